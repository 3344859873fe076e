package mx.idse.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import mx.idse.cancellation.enlinea.CancelacionEnLineaBody;
import mx.idse.cancellation.enlinea.CancelacionEnLineaValidator;
import mx.idse.cancellation.presencial.CancelacionPresencialBody;
import mx.idse.cancellation.presencial.CancelacionPresencialValidator;
import mx.idse.identifiers.testing.IdentifierCase;
import mx.idse.identifiers.testing.IdentifierCase.Kind;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

/**
 * The identifiers table (identifiers module, test-jar) fed to cancellation-service's validators,
 * which run before any credential work: the serial of an in-person cancellation, of the holder's
 * certificate and of the additional to cancel online, and the usuario online. Each must accept
 * exactly the valid rows and refuse the rest naming the field, as request-service and
 * certificate-service do with the same rows. Plain Java: milliseconds.
 */
class IdentifierAgreementTest {

    private static final String SERIAL = "482915730046128";
    private static final String USUARIO = "usuario2026";
    private static final String CONTRASENA = "Secreto2026x";
    private static final List<String> DOCUMENTOS = List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL",
            "CARTA_TERMINOS_CONDICIONES");

    static Stream<IdentifierCase> serialRows() {
        return IdentifierCase.of(Kind.NUMERO_SERIE);
    }

    static Stream<IdentifierCase> usuarioRows() {
        return IdentifierCase.of(Kind.USUARIO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serialRows")
    void everySerialFieldTakesExactlyTheValidSerials(IdentifierCase row) {
        String serial = row.value();
        List<String> refused = row.accepted() ? List.of() : List.of("numeroSerie");
        // The serial of the additional to cancel is optional: a blank one is not given, not a bad one.
        boolean refusedWhenOptional = !row.accepted() && !serial.isBlank();

        assertEquals(refused, refusedFields(() -> CancelacionPresencialValidator.validate(
                new CancelacionPresencialBody(serial, "PERDIDA_O_ROBO", DOCUMENTOS, null))), "presencial");
        assertEquals(refused, refusedFields(() -> CancelacionEnLineaValidator.withSignedChallenge(
                new CancelacionEnLineaBody(serial, USUARIO, CONTRASENA, "firma", "PERDIDA_O_ROBO", null))), "reto firmado");
        assertEquals(refusedWhenOptional ? List.of("numeroSerie") : List.of(), refusedFields(() -> CancelacionEnLineaValidator
                .withPfx(new byte[] {1}, USUARIO, CONTRASENA, "PERDIDA_O_ROBO", serial)), "pfx, adicional a cancelar");
        assertEquals(refusedWhenOptional ? List.of("numeroSerieACancelar") : List.of(),
                refusedFields(() -> CancelacionEnLineaValidator.withSignedChallenge(new CancelacionEnLineaBody(SERIAL,
                        USUARIO, CONTRASENA, "firma", "PERDIDA_O_ROBO", serial))), "reto firmado, adicional a cancelar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usuarioRows")
    void onlineTakesExactlyTheValidUsuarios(IdentifierCase row) {
        List<String> refused = row.accepted() ? List.of() : List.of("usuario");

        assertEquals(refused, refusedFields(() -> CancelacionEnLineaValidator.withPfx(new byte[] {1}, row.value(),
                CONTRASENA, "PERDIDA_O_ROBO", null)), "pfx");
        assertEquals(refused, refusedFields(() -> CancelacionEnLineaValidator.withSignedChallenge(
                new CancelacionEnLineaBody(SERIAL, row.value(), CONTRASENA, "firma", "PERDIDA_O_ROBO", null))), "reto firmado");
    }

    private static List<String> refusedFields(Runnable validation) {
        try {
            validation.run();
            return List.of();
        } catch (ApiProblem problem) {
            assertEquals(400, problem.status());
            return problem.errors().stream().map(FieldError::campo).toList();
        }
    }
}
