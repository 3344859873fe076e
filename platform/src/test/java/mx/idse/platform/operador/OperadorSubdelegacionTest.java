package mx.idse.platform.operador;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.ProblemCode;

class OperadorSubdelegacionTest {

    private static final String CENTRO = "Subdelegación Centro";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "body omits it              | NULL",
            "body is blank              | '   '",
            "body is the same           | Subdelegación Centro",
            "body has spaces around it  | '  Subdelegación Centro '",
            "body differs only in case  | SUBDELEGACIÓN centro",
            "body is decomposed Unicode | Subdelegacio\u0301n Centro" })
    void theTokensSubdelegacionIsRecorded(String name, String fromBody) {
        assertEquals(CENTRO, OperadorSubdelegacion.resolve(" " + CENTRO + " ", fromBody));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "another Subdelegación   | Subdelegación Norte",
            "without the accent      | Subdelegacion Centro",
            "a prefix of it          | Subdelegación" })
    void aDifferentBodyValueIsRefused(String name, String fromBody) {
        ApiProblem refused = assertThrows(ApiProblem.class, () -> OperadorSubdelegacion.resolve(CENTRO, fromBody));
        assertEquals(ProblemCode.SUBDELEGACION_NO_COINCIDE, refused.code());
        assertEquals(403, refused.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "no claim            | NULL",
            "blank claim         | '  '",
            "control characters  | 'Centro\u0000'" })
    void aTokenWithoutAUsableClaimCannotAct(String name, String claim) {
        ApiProblem refused = assertThrows(ApiProblem.class, () -> OperadorSubdelegacion.resolve(claim, CENTRO));
        assertEquals(ProblemCode.SIN_PERMISO, refused.code());
    }

    @Test
    void aClaimLongerThanTheStoredColumnIsRefused() {
        ApiProblem refused = assertThrows(ApiProblem.class,
                () -> OperadorSubdelegacion.resolve("x".repeat(OperadorSubdelegacion.MAX_LENGTH + 1), null));
        assertEquals(ProblemCode.SIN_PERMISO, refused.code());
    }
}
