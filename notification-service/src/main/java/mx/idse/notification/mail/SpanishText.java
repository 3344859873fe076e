package mx.idse.notification.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.platform.time.MexicoCity;

/** Dates and codes as people read them in Mexican Spanish. */
public final class SpanishText {

    public static final Locale ES_MX = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", ES_MX);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d 'de' MMMM", ES_MX);

    // The same texts request-service shows for its DocumentoRequerido codes.
    private static final Map<String, String> DOCUMENTS = Map.of(
            "IDENTIFICACION_OFICIAL", "Identificación oficial vigente del patrón o representante legal (original)",
            "TARJETA_IDENTIFICACION_PATRONAL", "Tarjeta de identificación patronal",
            "CARTA_TERMINOS_CONDICIONES", "Carta de términos y condiciones firmada",
            "PODER_NOTARIAL", "Poder notarial del representante legal (persona moral)");

    // A motivo added to the contract after this service was built still reads as a sentence.
    private static final String UNKNOWN_CANCELLATION_REASON = "cancelación registrada en el IMSS";

    private SpanishText() {
    }

    /** e.g. {@code 11 de diciembre de 2026}. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** The Mexico City day of that instant, e.g. {@code 11 de diciembre de 2026}. */
    public static String longDate(Instant instant) {
        return instant == null ? "" : longDate(MexicoCity.dateOf(instant));
    }

    /** e.g. {@code 11 de diciembre}, for subjects. */
    public static String dayAndMonth(LocalDate date) {
        return date == null ? "" : DAY_AND_MONTH.format(date);
    }

    /** The description of a document code; an unknown code is shown as it came. */
    public static String document(String code) {
        return DOCUMENTS.getOrDefault(code, code);
    }

    /** The reason of a cancellation in words, from {@link MotivoCancelacion}; an unknown name gets a generic phrase. */
    public static String cancellationReason(String motivo) {
        return motivo(motivo).map(MotivoCancelacion::descripcion).orElse(UNKNOWN_CANCELLATION_REASON);
    }

    /** The motivo of that name, empty when null or not (yet) in the contract. */
    public static Optional<MotivoCancelacion> motivo(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MotivoCancelacion.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
