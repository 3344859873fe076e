package mx.idse.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfcTest {

    @ParameterizedTest(name = "{0} moral={1}")
    @CsvSource({
        "CFE370814QI0, true",
        "cfe370814qi0, true",
        "'  CFE370814QI0 ', true",
        "XIII860122DT8, false",
        "PFNG690407VH4, false",
    })
    void acceptsValidRfcWhateverTheCaseAndSurroundingSpaces(String rfc, boolean moral) {
        assertEquals(Optional.empty(), Rfc.check(rfc, moral));
        assertEquals(Optional.empty(), Rfc.check(rfc));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "TAT721026DR0, true",
        "XKSE5301185W0, false",
        "TOA3008232D0, true",
    })
    void aWrongCheckDigitPassesTheCheckButDoesNotMatch(String rfc, boolean moral) {
        assertEquals(Optional.empty(), Rfc.check(rfc, moral), "SAT has issued RFCs like this: only a warning");
        assertEquals(Optional.empty(), Rfc.check(rfc));
        assertFalse(Rfc.checkDigitMatches(rfc));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CFE370814QI0", "' cfe370814qi0 '", "XIII860122DT8", "TOA3008232D8"})
    void aRightCheckDigitMatches(String rfc) {
        assertTrue(Rfc.checkDigitMatches(rfc));
        assertEquals(Optional.empty(), Rfc.checkDigitAdvertencia(rfc));
    }

    @Test
    void aWrongCheckDigitGetsTheAdvertenciaTheOperatorResolves() {
        assertTrue(Rfc.checkDigitAdvertencia("CFE370814QI1").orElseThrow().contains("Tarjeta de Identificación Patronal"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "XAXX010101000, false, genérico",
        "XEXX010101000, false, genérico",
        "CFE370814QI, true, 12 caracteres",
        "CFE370814QI0, false, 13 caracteres",
        "XIII860122DT8, true, 12 caracteres",
        "CF1370814QI0, true, letras",
        "CFE37A814QI0, true, letras",
        "CFE37081-QI0, true, homoclave",
        "CFE371314QI0, true, fecha",
        "CFE370230QI0, true, fecha",
        "XIII860231DT8, false, fecha",
        "'', true, obligatorio",
    })
    void rejectsInvalidRfcNamingTheProblem(String rfc, boolean moral, String expectedWords) {
        Optional<String> problem = Rfc.check(rfc, moral);
        assertTrue(problem.orElse("").contains(expectedWords), () -> rfc + " -> " + problem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CFE370814QI, 12 caracteres (persona moral) o 13",
        "XIII860122DT88, 12 caracteres (persona moral) o 13",
    })
    void rejectsRfcOfUndeclaredTypeByItsLength(String rfc, String expectedWords) {
        assertTrue(Rfc.check(rfc).orElse("").contains(expectedWords), () -> String.valueOf(Rfc.check(rfc)));
    }

    @Test
    void rejectsNullRfc() {
        assertTrue(Rfc.check(null).isPresent());
        assertTrue(Rfc.check(null, true).isPresent());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CFE370814QI, 0",   // public example
        "TOA3008232D, 8",
        "XIII860122DT, 8",
    })
    void computesTheCheckDigitOfSat(String withoutCheckDigit, char expected) {
        assertEquals(expected, Rfc.checkDigit(withoutCheckDigit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"A&A", "AÑA", "ÑAA"})
    void acceptsAmpersandAndEnieInTheLetters(String letters) {
        String body = letters + "010203AB";
        String rfc = body + Rfc.checkDigit(body);
        assertEquals(Optional.empty(), Rfc.check(rfc, true), rfc);
    }

    @Test
    void acceptsDecomposedEnie() {
        String body = "AÑA010203AB";
        String rfc = body + Rfc.checkDigit(body);
        String decomposed = rfc.replace("Ñ", "N\u0303");
        assertEquals(Optional.empty(), Rfc.check(decomposed));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"' cfe370814qi0 ', CFE370814QI0", "añb, AÑB"})
    void normalizesToTrimmedUpperCase(String input, String expected) {
        assertEquals(expected, Rfc.normalize(input));
    }
}
