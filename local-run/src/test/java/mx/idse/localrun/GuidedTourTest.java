package mx.idse.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tour printed after start-up must be bash a person can paste, with this run's values in it. */
class GuidedTourTest {

    private final List<String> tour = GuidedTour.lines("127.0.0.1", 18081, 18082, 18180, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

    @Test
    void carriesThisRunsPortsAndToken() {
        String text = String.join("\n", tour);
        assertTrue(text.contains("http://127.0.0.1:18081/api/v1"));
        assertTrue(text.contains("http://127.0.0.1:18082"));
        assertTrue(text.contains("http://127.0.0.1:18180/api/user/"));
        assertTrue(text.contains("TOKEN='eyJhbGciOiJSUzI1NiJ9.e30.c2ln'"));
        assertTrue(text.contains("/conclusion"));
    }

    @Test
    void isValidBash() throws IOException, InterruptedException {
        Path script = Files.createTempFile("tour", ".sh");
        try {
            Files.write(script, tour, StandardCharsets.UTF_8);
            Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, check.waitFor(), output);
        } finally {
            Files.delete(script);
        }
    }
}
