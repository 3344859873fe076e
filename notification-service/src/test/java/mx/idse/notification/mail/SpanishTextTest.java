package mx.idse.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishTextTest {

    @ParameterizedTest
    @CsvSource({
            "2026-12-11, 11 de diciembre de 2026",
            "2027-01-01, 1 de enero de 2027",
            "2027-09-16, 16 de septiembre de 2027",
    })
    void datesAreWrittenOutInSpanish(LocalDate date, String expected) {
        assertEquals(expected, SpanishText.longDate(date));
    }

    @ParameterizedTest
    @CsvSource({
            // 05:59 UTC is still the evening before in Mexico City (UTC-6).
            "2026-12-12T05:59:00Z, 11 de diciembre de 2026",
            "2026-12-12T06:00:00Z, 12 de diciembre de 2026",
    })
    void instantsAreMexicoCityDays(Instant instant, String expected) {
        assertEquals(expected, SpanishText.longDate(instant));
    }

    @ParameterizedTest
    @CsvSource({
            "OLVIDO_CONTRASENA, olvido de la contraseña",
            "PERDIDA_O_ROBO, pérdida o robo del certificado o de la llave privada",
            "PRINCIPAL_CANCELADO, cancelación del certificado principal",
            // A motivo newer than this service, or the RFC 5280 names of old events: a generic phrase.
            "ALGO_NUEVO, cancelación registrada en el IMSS",
            "KEY_COMPROMISE, cancelación registrada en el IMSS",
    })
    void cancellationReasonsInWords(String code, String expected) {
        assertEquals(expected, SpanishText.cancellationReason(code));
    }
}
