package mx.idse.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** docs/problem-codes.md is the list clients read: it must name exactly the enum's codes, with their statuses. */
class ProblemCodesDocTest {

    private static final Path DOC = Path.of("..", "docs", "problem-codes.md");
    /** A row of the codes table: | `CODE` | status | when |; the status cell starts with the number. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|\\s*(\\d{3})\\b[^|]*\\|.*$");

    @Test
    void theDocListsEveryCodeOfTheEnumAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>(documentedStatuses().keySet());
        Set<String> enumCodes = Arrays.stream(ProblemCode.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(enumCodes);
        missing.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(enumCodes);
        assertTrue(missing.isEmpty(), "codes missing from docs/problem-codes.md: " + missing);
        assertTrue(unknown.isEmpty(), "docs/problem-codes.md lists codes ProblemCode lacks: " + unknown);
    }

    @Test
    void eachDocumentedStatusIsTheEnums() throws IOException {
        documentedStatuses().forEach((code, status) ->
                assertEquals(ProblemCode.valueOf(code).status(), status, "status of " + code + " in the doc"));
    }

    private static Map<String, Integer> documentedStatuses() throws IOException {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && statuses.put(row.group(1), Integer.parseInt(row.group(2))) != null) {
                throw new AssertionError(row.group(1) + " is listed twice in " + DOC);
            }
        }
        assertTrue(statuses.size() > 5, "no codes table found in " + DOC.toAbsolutePath());
        return statuses;
    }
}
