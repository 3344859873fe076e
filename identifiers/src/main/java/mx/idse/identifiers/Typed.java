package mx.idse.identifiers;

import java.text.Normalizer;
import java.util.Locale;

/** How a typed identifier is read before its rule checks it. */
final class Typed {

    private Typed() {
    }

    /**
     * Surrounding whitespace stripped, NFC (a decomposed Ñ becomes Ñ) and upper case whatever the
     * JVM's locale; null stays null.
     */
    static String upperCase(String value) {
        return value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }
}
