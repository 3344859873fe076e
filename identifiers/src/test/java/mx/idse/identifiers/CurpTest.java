package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurpTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SABC560626MDFLRN01", "sabc560626mdflrn01", " SABC560626MDFLRN01 "})
    void acceptsValidCurpWhateverTheCaseAndSurroundingSpaces(String curp) {
        assertEquals(Optional.empty(), Curp.check(curp));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SABC560626MDFLRN02, dígito verificador",
        "SABC560626MDFLRN0, 18 caracteres",
        "SABC560626MDFLRN011, 18 caracteres",
        "SAB1560626MDFLRN01, 4 caracteres",
        "SABC56O626MDFLRN01, fecha de nacimiento",
        "SABC561326MDFLRN01, fecha de nacimiento",
        "SABC000229MDFLRN01, fecha de nacimiento",
        "SABC560626ZDFLRN01, H, M o X",
        "SABC560626MXXLRN01, entidad",
        "SABC560626MDFARN01, consonantes",
        "SABC560626MDFLRN-1, letra o un dígito",
        "'', obligatoria",
    })
    void rejectsInvalidCurpNamingTheProblem(String curp, String expectedWords) {
        Optional<String> problem = Curp.check(curp);
        assertTrue(problem.orElse("").contains(expectedWords), () -> curp + " -> " + problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SABC560626MNELRN0", // born abroad
        "SABC560626XDFLRN0", // sex X
        "SABC000229MDFLRNA", // 29 Feb 2000: letter differentiator means born from 2000 on
    })
    void acceptsBornAbroadSexXAndTwoThousandLeapDay(String first17) {
        String curp = first17 + Curp.checkDigit(first17);
        assertEquals(Optional.empty(), Curp.check(curp), curp);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NUPJ800101HDFÑÑS06", "ÑUPJ800101HDFXXS06", "nupj800101hdfññs06", "NUPJ800101HDFN\u0303XS06"})
    void refusesEnieFirstSayingRenapoWritesX(String curp) {
        Optional<String> problem = Curp.check(curp);
        assertTrue(problem.orElse("").startsWith("La CURP no lleva Ñ: RENAPO la escribe con X"), () -> curp + " -> " + problem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SABC560626MDFLRN0, 1", "UHQB840811HDFWXY0, 2", "NUPJ800101HDFXXS0, 6"})
    void computesTheCheckDigitOfRenapo(String first17, char expected) {
        assertEquals(expected, Curp.checkDigit(first17));
    }
}
