package mx.idse.request.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every error of request-service leaves through platform's ApiProblem with a ProblemCode, so its
 * status and title come from the one enum: no status picked at a throw site, no hand-built error
 * response, no code as a string literal. A look at the sources, since the compiler alone does not
 * stop {@code Response.status(409)} or {@code new WebApplicationException(...)}.
 */
class ErrorsUseProblemCodesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("Response\\s*\\.\\s*status\\s*\\("),
            Pattern.compile("Response\\.Status\\."),
            Pattern.compile("new\\s+(WebApplicationException|ClientErrorException|ServerErrorException|BadRequestException"
                    + "|NotFoundException|ForbiddenException|NotAuthorizedException)\\s*\\("),
            Pattern.compile("new\\s+ProblemResponse\\s*\\("),
            Pattern.compile("new\\s+ApiProblem\\s*\\((?!\\s*ProblemCode\\.)"));

    @Test
    void noErrorIsBuiltOutsideApiProblemAndProblemCode() {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            for (Pattern pattern : FORBIDDEN) {
                Matcher match = pattern.matcher(source);
                while (match.find()) {
                    offences.add(file + ": " + match.group());
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theServiceThrowsApiProblems() {
        long throwers = javaFiles().stream().filter(f -> read(f).contains("ApiProblem")).count();
        assertTrue(throwers >= 4, "the scan sees the sources (found " + throwers + " files using ApiProblem)");
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
