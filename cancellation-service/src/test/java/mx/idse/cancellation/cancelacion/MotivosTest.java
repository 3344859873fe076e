package mx.idse.cancellation.cancelacion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which motivo a person may choose on which channel. */
class MotivosTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "PERDIDA_O_ROBO,        EN_LINEA,   true",
            "PERDIDA_O_ROBO,        PRESENCIAL, true",
            "CAMBIO_DE_DATOS,       EN_LINEA,   true",
            "CESE_DE_OPERACIONES,   PRESENCIAL, true",
            "SOLICITUD_DEL_TITULAR, EN_LINEA,   true",
            "' PERDIDA_O_ROBO ',    EN_LINEA,   true",
            "OLVIDO_CONTRASENA,     PRESENCIAL, true",
            "OLVIDO_CONTRASENA,     EN_LINEA,   false",
            "PRINCIPAL_CANCELADO,   PRESENCIAL, false",
            "PRINCIPAL_CANCELADO,   EN_LINEA,   false",
            "perdida_o_robo,        EN_LINEA,   false",
            "ROBO,                  PRESENCIAL, false",
            "'',                    PRESENCIAL, false",
    })
    void aPersonMayChooseOnlyTheMotivosOfItsChannel(String code, Canal canal, boolean allowed) {
        assertEquals(allowed, Motivos.refusal(code, canal).isEmpty(), () -> Motivos.refusal(code, canal).orElse(""));
    }
}
