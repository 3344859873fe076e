package mx.idse.certificate.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaStartupTest {

    private static final Path KEYSTORE = Path.of("/etc/idse/ca/idse-ca.p12");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "existing keystore in production loads,           true,  false, LOAD",
            "existing keystore in dev loads and never regenerates, true, true, LOAD",
            "missing keystore in dev or test or init-ca generates, false, true, GENERATE",
    })
    void decidesWhatToDoWithTheKeystore(String name, boolean exists, boolean generateIfMissing, CaStartup expected) {
        assertEquals(expected, CaStartup.decide(exists, generateIfMissing, KEYSTORE));
    }

    @Test
    void refusesToStartWithoutAKeystoreOutsideDevAndTest() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> CaStartup.decide(false, false, KEYSTORE));
        assertTrue(refusal.getMessage().contains("two replicas must never each invent a CA"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("/etc/idse/ca/idse-ca.p12"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("init-ca"), refusal.getMessage());
    }
}
