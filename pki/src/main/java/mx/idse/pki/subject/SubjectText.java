package mx.idse.pki.subject;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for text that goes into a certificate subject, applied at intake (request-service)
 * and again at issuance (certificate-service): NFC, no control or format characters (Unicode
 * Cc, Cf: bidi overrides and zero-width characters could make a name display as another), and
 * within the X.520 upper bound of the attribute it becomes (RFC 5280 appendix A), counted in
 * code points.
 */
public final class SubjectText {

    /** ub-common-name. */
    public static final int COMMON_NAME_MAX = 64;
    /** ub-organization-name. */
    public static final int ORGANIZATION_NAME_MAX = 64;
    /** ub-organizational-unit-name. */
    public static final int ORGANIZATIONAL_UNIT_NAME_MAX = 64;
    /** ub-serial-number. */
    public static final int SERIAL_NUMBER_MAX = 64;

    // Space separators (space, NBSP, thin space...), not tabs or line breaks: those are Cc and refused.
    private static final Pattern SPACE_RUNS = Pattern.compile("\\p{Zs}+");

    private SubjectText() {
    }

    /** NFC, surrounding whitespace stripped, inner runs of spaces collapsed to one space; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        // Collapse first, so an edge no-break space (not whitespace to strip()) is stripped too.
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACE_RUNS.matcher(nfc).replaceAll(" ").strip();
    }

    /** A Spanish message naming the first control or format character, or empty when there is none. */
    public static Optional<String> checkCharacters(String text) {
        return text.codePoints()
                .filter(SubjectText::isControlOrFormat)
                .mapToObj(c -> String.format("Contiene un carácter de control o de formato no permitido (U+%04X).", c))
                .findFirst();
    }

    /**
     * The Spanish problem with a normalised value bound for an attribute of at most
     * {@code maxCodePoints} characters, or empty when it may go into a certificate as is.
     */
    public static Optional<String> check(String normalized, int maxCodePoints) {
        Optional<String> characters = checkCharacters(normalized);
        if (characters.isPresent()) {
            return characters;
        }
        if (!Normalizer.isNormalized(normalized, Normalizer.Form.NFC)) {
            return Optional.of("No está en forma normalizada NFC.");
        }
        int length = normalized.codePointCount(0, normalized.length());
        if (length > maxCodePoints) {
            return Optional.of("Admite como máximo " + maxCodePoints + " caracteres en el certificado; tiene "
                    + length + ".");
        }
        return Optional.empty();
    }

    /** For building a subject: refuses a value that {@link #check} would refuse. */
    static String require(String value, int maxCodePoints, String attribute) {
        check(value, maxCodePoints).ifPresent(problem -> {
            throw new IllegalArgumentException(attribute + ": " + problem);
        });
        return value;
    }

    private static boolean isControlOrFormat(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
