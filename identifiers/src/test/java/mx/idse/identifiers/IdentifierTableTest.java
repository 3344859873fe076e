package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every row of the shared identifiers table, whatever its kind. "Valid" means fully valid; an RFC
 * whose only fault is its check digit is accepted at intake with a warning (RfcTest).
 */
class IdentifierTableTest {

    @ParameterizedTest(name = "{0} {1} válido={2} ({3})")
    @CsvFileSource(resources = "/rules/identifiers.csv", numLinesToSkip = 1)
    void acceptsOnlyTheValidIdentifiersOfTheTable(String kind, String value, boolean valid, String note) {
        Optional<String> problem = switch (kind) {
            case "RFC" -> Rfc.check(value).or(() -> Rfc.checkDigitMatches(value) ? Optional.empty()
                    : Optional.of("dígito verificador"));
            case "CURP" -> Curp.check(value);
            case "REGISTRO_PATRONAL" -> RegistroPatronal.check(value);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        assertEquals(valid, problem.isEmpty(), () -> value + ": " + problem.orElse("válido"));
    }
}
