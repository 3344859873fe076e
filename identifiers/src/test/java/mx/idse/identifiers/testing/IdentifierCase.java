package mx.idse.identifiers.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One named row of {@code rules/identifiers.csv}, the one table of identifier cases: the
 * identifiers module checks its rules against it, and each service's agreement test feeds the
 * same rows to its own entry points (this class ships in the module's test-jar).
 *
 * @param usuario for a {@link Kind#CONTRASENA} row, the usuario it must differ from; else null
 */
public record IdentifierCase(Kind kind, String name, String value, Outcome outcome, String usuario) {

    public static final String TABLE = "/rules/identifiers.csv";

    /** The rule a row is about (the CSV's {@code kind}). */
    public enum Kind { RFC, CURP, REGISTRO_PATRONAL, CODIGO_POSTAL, USUARIO, CONTRASENA, NUMERO_SERIE, NPIE, FOLIO }

    /**
     * {@code valid}; {@code warning}: accepted with an advertencia the operator resolves (an RFC
     * whose only fault is its check digit); {@code invalid}: refused with a message.
     */
    public enum Outcome { VALID, WARNING, INVALID }

    /** Whether every entry point must accept the value (with an advertencia at intake for WARNING). */
    public boolean accepted() {
        return outcome != Outcome.INVALID;
    }

    /** Every row of the table, in order. */
    public static List<IdentifierCase> all() {
        try (InputStream in = IdentifierCase.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<IdentifierCase> cases = new ArrayList<>();
            lines.readLine(); // header: kind,case,value,outcome,usuario
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    cases.add(parse(line));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows about one rule. */
    public static Stream<IdentifierCase> of(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return all().stream().filter(c -> wanted.contains(c.kind()));
    }

    /** Five cells separated by commas; a cell in double quotes keeps its spaces (no commas or quotes inside). */
    private static IdentifierCase parse(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        while (start <= line.length()) {
            int end;
            String cell;
            if (start < line.length() && line.charAt(start) == '"') {
                int close = line.indexOf('"', start + 1);
                cell = line.substring(start + 1, close);
                end = close + 1;
            } else {
                end = line.indexOf(',', start);
                end = end < 0 ? line.length() : end;
                cell = line.substring(start, end);
            }
            cells.add(cell);
            start = end + 1;
        }
        if (cells.size() != 5) {
            throw new IllegalArgumentException("expected 5 cells in: " + line);
        }
        return new IdentifierCase(Kind.valueOf(cells.get(0)), cells.get(1), cells.get(2),
                Outcome.valueOf(cells.get(3).toUpperCase(java.util.Locale.ROOT)), cells.get(4).isEmpty() ? null : cells.get(4));
    }

    /** How a parameterised test names the row: {@code CURP [NUPJ…] invalid: Núñez Peña with Ñ}. */
    @Override
    public String toString() {
        return kind + " [" + value + "] " + outcome.name().toLowerCase(java.util.Locale.ROOT) + ": " + name;
    }
}
