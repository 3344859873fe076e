package mx.idse.pki.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectTextTest {

    static Stream<Arguments> refusedCharacters() {
        return Stream.of(
                Arguments.of("right-to-left override U+202E", "ACME\u202EAS", "U+202E"),
                Arguments.of("zero-width space U+200B", "AC\u200BME", "U+200B"),
                Arguments.of("zero-width joiner U+200D", "AC\u200DME", "U+200D"),
                Arguments.of("byte order mark U+FEFF inside", "AC\uFEFFME", "U+FEFF"),
                Arguments.of("NUL", "ACME\u0000SA", "U+0000"),
                Arguments.of("inner TAB", "ACME\tSA", "U+0009"),
                Arguments.of("inner line break", "ACME\nSA", "U+000A"),
                Arguments.of("DEL", "ACME\u007FSA", "U+007F"),
                Arguments.of("soft hyphen U+00AD (Cf)", "Ma\u00ADría", "U+00AD"),
                Arguments.of("C1 control U+0085", "ACME\u0085SA", "U+0085"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCharacters")
    void refusesControlAndFormatCharactersNamingThem(String name, String raw, String codePoint) {
        Optional<String> problem = SubjectText.check(SubjectText.normalize(raw), SubjectText.COMMON_NAME_MAX);

        assertTrue(problem.orElse("").contains(codePoint), () -> name + " -> " + problem);
    }

    static Stream<Arguments> normalisedNames() {
        return Stream.of(
                Arguments.of("decomposed Ñ becomes precomposed", "Compan\u0303i\u0301a", "Compañía"),
                Arguments.of("surrounding and repeated spaces", "  Comisión   Federal ", "Comisión Federal"),
                Arguments.of("no-break space collapses", "ACME\u00A0\u00A0SA", "ACME SA"),
                Arguments.of("surrounding line breaks stripped", "\nACME SA\t", "ACME SA"),
                Arguments.of("surrounding no-break spaces stripped", "\u00A0ACME SA\u00A0\t", "ACME SA"));
    }

    @Test
    void onlySpacesNormaliseToEmpty() {
        assertEquals("", SubjectText.normalize("\u00A0\t \u2009"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normalisedNames")
    void normalisesToNfcWithCollapsedSpaces(String name, String raw, String expected) {
        String normalized = SubjectText.normalize(raw);

        assertEquals(expected, normalized);
        assertEquals(Optional.empty(), SubjectText.check(normalized, SubjectText.ORGANIZATION_NAME_MAX));
    }

    static Stream<Arguments> lengths() {
        String astral = "\uD835\uDC00"; // U+1D400, one code point in two UTF-16 units
        return Stream.of(
                Arguments.of("64 letters", "A".repeat(64), true),
                Arguments.of("65 letters", "A".repeat(65), false),
                Arguments.of("64 accented letters", "É".repeat(64), true),
                Arguments.of("64 decomposed accents count as 64 after NFC", "E\u0301".repeat(64), true),
                Arguments.of("64 astral characters (128 UTF-16 units)", astral.repeat(64), true),
                Arguments.of("65 astral characters", astral.repeat(65), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengths")
    void enforcesTheX520UpperBoundInCodePoints(String name, String raw, boolean accepted) {
        Optional<String> problem = SubjectText.check(SubjectText.normalize(raw), SubjectText.COMMON_NAME_MAX);

        assertEquals(accepted, problem.isEmpty(), () -> name + " -> " + problem);
        problem.ifPresent(message -> assertTrue(message.contains("64"), message));
    }

    @Test
    void aSubjectCannotBeBuiltWithANameOverTheBound() {
        assertThrows(IllegalArgumentException.class, () -> CertificateSubject.forGeneratedCsr("A".repeat(65), "ACME",
                "CFE370814QI0", null));
        assertThrows(IllegalArgumentException.class, () -> CertificateSubject.forGeneratedCsr("Ana", "AC\u202EME",
                "CFE370814QI0", null));
    }
}
