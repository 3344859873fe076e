package mx.idse.identifiers;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CURP (Clave Única de Registro de Población), 18 characters with a check digit. {@link #check}
 * returns an empty Optional when valid, else a Spanish message naming the problem.
 *
 * <p>A CURP never holds Ñ: RENAPO writes X in its place when it forms one (Núñez gives X among
 * the inner consonants). That matters beyond RENAPO: the CURP goes into the certificate's
 * serialNumber (2.5.4.5), a PrintableString that cannot carry Ñ. A CURP written with Ñ is
 * refused with a message that says so, at intake as at issuance.
 */
public final class Curp {

    public static final int LENGTH = 18;

    /** Values 0..36 by position (RENAPO's table, Ñ between N and O, though no CURP it forms holds one). */
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    /** "NE": nacido en el extranjero. */
    private static final String BORN_ABROAD = "NE";
    private static final Set<String> STATE_CODES = new HashSet<>();

    static {
        for (EntidadFederativa e : EntidadFederativa.values()) {
            STATE_CODES.add(e.codigoCurp());
        }
        STATE_CODES.add(BORN_ABROAD);
    }

    private static final String ENIE_REFUSED = "La CURP no lleva Ñ: RENAPO la escribe con X en su lugar (la Ñ de Núñez es X"
            + " en la CURP). Escríbala como aparece en su constancia de la CURP.";

    private static final Pattern NAME_LETTERS = Pattern.compile("[A-Z]{4}");
    private static final Pattern DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern SEX = Pattern.compile("[HMX]");
    private static final Pattern CONSONANTS = Pattern.compile("[B-DF-HJ-NP-TV-Z]{3}");
    private static final Pattern DIFFERENTIATOR = Pattern.compile("[A-Z0-9]");

    private Curp() {
    }

    /** Trim, NFC and upper case, independent of the JVM locale. */
    public static String normalize(String curp) {
        return Typed.upperCase(curp);
    }

    public static Optional<String> check(String curp) {
        String v = normalize(curp);
        if (v == null || v.isEmpty()) {
            return Optional.of("La CURP es obligatoria.");
        }
        if (v.indexOf('Ñ') >= 0) {
            return Optional.of(ENIE_REFUSED);
        }
        if (v.length() != LENGTH) {
            return Optional.of("La CURP debe tener 18 caracteres; tiene " + v.length() + ".");
        }
        if (!NAME_LETTERS.matcher(v.substring(0, 4)).matches()) {
            return Optional.of("Los primeros 4 caracteres de la CURP deben ser letras.");
        }
        if (!DIGITS.matcher(v.substring(4, 10)).matches()) {
            return Optional.of("Los caracteres 5 a 10 de la CURP deben ser la fecha de nacimiento (aammdd).");
        }
        if (!SEX.matcher(v.substring(10, 11)).matches()) {
            return Optional.of("El carácter 11 de la CURP debe ser H, M o X (sexo).");
        }
        if (!STATE_CODES.contains(v.substring(11, 13))) {
            return Optional.of("Los caracteres 12 y 13 de la CURP (" + v.substring(11, 13)
                    + ") no son una clave de entidad de nacimiento.");
        }
        if (!CONSONANTS.matcher(v.substring(13, 16)).matches()) {
            return Optional.of("Los caracteres 14 a 16 de la CURP deben ser consonantes.");
        }
        char differentiator = v.charAt(16);
        if (!DIFFERENTIATOR.matcher(String.valueOf(differentiator)).matches()) {
            return Optional.of("El carácter 17 de la CURP debe ser una letra o un dígito.");
        }
        // RENAPO uses a digit for people born before 2000 and a letter from 2000 on.
        int century = Character.isDigit(differentiator) ? 1900 : 2000;
        if (!YyMmDd.isRealDate(v.substring(4, 10), century)) {
            return Optional.of("La fecha de nacimiento de la CURP (" + v.substring(4, 10)
                    + ") no es una fecha válida.");
        }
        if (v.charAt(17) != checkDigit(v.substring(0, 17))) {
            return Optional.of("El dígito verificador de la CURP no corresponde: revise la CURP.");
        }
        return Optional.empty();
    }

    /** Check digit over the first 17 characters: weights 18 down to 2, (10 - sum mod 10) mod 10. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character outside the CURP alphabet");
            }
            sum += value * (18 - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
