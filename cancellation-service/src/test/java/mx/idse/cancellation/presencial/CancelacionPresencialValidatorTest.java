package mx.idse.cancellation.presencial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.idse.platform.problem.FieldError;

/** The three documents of an in-person cancellation, and what the operator is told when one is missing. */
class CancelacionPresencialValidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all three | IDENTIFICACION_OFICIAL,TARJETA_IDENTIFICACION_PATRONAL,CARTA_TERMINOS_CONDICIONES | ''",
            "repeated and spaced | IDENTIFICACION_OFICIAL, IDENTIFICACION_OFICIAL ,TARJETA_IDENTIFICACION_PATRONAL,CARTA_TERMINOS_CONDICIONES | ''",
            "none | '' | Faltan documentos por verificar: IDENTIFICACION_OFICIAL, TARJETA_IDENTIFICACION_PATRONAL, CARTA_TERMINOS_CONDICIONES.",
            "only the id | IDENTIFICACION_OFICIAL | Faltan documentos por verificar: TARJETA_IDENTIFICACION_PATRONAL, CARTA_TERMINOS_CONDICIONES.",
            "unknown one | IDENTIFICACION_OFICIAL,PODER_NOTARIAL | Documentos desconocidos: PODER_NOTARIAL; se verifican IDENTIFICACION_OFICIAL, TARJETA_IDENTIFICACION_PATRONAL, CARTA_TERMINOS_CONDICIONES.",
    })
    void allThreeDocumentsOrTheMissingOnesByName(String name, String documents, String expected) {
        List<String> codes = documents.isBlank() ? List.of() : Arrays.asList(documents.split(","));

        String message = CancelacionPresencialValidator.documentError(codes).map(FieldError::mensaje).orElse("");

        assertEquals(expected, message);
    }
}
