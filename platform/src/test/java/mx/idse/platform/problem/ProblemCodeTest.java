package mx.idse.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "USUARIO_EN_USO,              https://idse.imss.gob.mx/problemas/usuario-en-uso",
            "IDEMPOTENCY_KEY_REUTILIZADA, https://idse.imss.gob.mx/problemas/idempotency-key-reutilizada",
            "NO_AUTENTICADO,              https://idse.imss.gob.mx/problemas/no-autenticado" })
    void theTypeIsTheBaseUriPlusTheCodeWithDashes(ProblemCode code, String type) {
        assertEquals(type, code.type());
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasAClientOrServerErrorStatusASpanishTitleAndAUsableType(ProblemCode code) {
        assertTrue(code.status() >= 400 && code.status() <= 599, code + " " + code.status());
        assertFalse(code.title().isBlank(), code.name());
        assertTrue(Character.isUpperCase(code.title().charAt(0)), "title starts with a capital: " + code.title());
        assertFalse(code.title().matches(".*\\b(Bad Request|Not Found|Conflict|Forbidden|Unauthorized)\\b.*"),
                "titles are Spanish, not HTTP reason phrases: " + code.title());
        assertTrue(code.type().matches("https://idse\\.imss\\.gob\\.mx/problemas/[a-z0-9]+(-[a-z0-9]+)*"), code.type());
    }

    @Test
    void typesAndTitlesAreDistinct() {
        List<ProblemCode> all = Arrays.asList(ProblemCode.values());
        assertEquals(all.size(), all.stream().map(ProblemCode::type).distinct().count());
        assertEquals(all.size(), all.stream().map(ProblemCode::title).distinct().count());
    }

    @Test
    void aProblemBodyCarriesTheCodesTypeTitleAndStatus() {
        ProblemResponse body = ProblemResponse.of(ProblemCode.SOLICITUD_VENCIDA, "La solicitud venció.", "/x", List.of());
        assertEquals("https://idse.imss.gob.mx/problemas/solicitud-vencida", body.type());
        assertEquals("Solicitud vencida", body.title());
        assertEquals(409, body.status());
        assertEquals("SOLICITUD_VENCIDA", body.code());
    }
}
