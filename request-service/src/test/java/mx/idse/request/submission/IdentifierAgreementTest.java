package mx.idse.request.submission;

import static mx.idse.request.support.Solicitudes.personaFisica;
import static mx.idse.request.support.Solicitudes.personaMoral;
import static mx.idse.request.support.Solicitudes.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import mx.idse.identifiers.Rfc;
import mx.idse.identifiers.testing.IdentifierCase;
import mx.idse.identifiers.testing.IdentifierCase.Kind;
import mx.idse.identifiers.testing.IdentifierCase.Outcome;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;
import mx.idse.request.adicional.TitularAdicionalInput;
import mx.idse.request.adicional.TitularAdicionalValidator;
import mx.idse.request.intake.SolicitudBody;
import mx.idse.request.intake.SolicitudResource;
import mx.idse.request.intake.SolicitudValidator;
import mx.idse.request.solicitud.Advertencia;

/**
 * The identifiers table (identifiers module, test-jar) fed to every request-service entry point
 * that validates an identifier: intake (a whole body), the validation route (the field alone),
 * the additional holder, the folio of every route. Each must give the row's outcome: accepted,
 * accepted with an advertencia, or refused naming the field. certificate-service and
 * cancellation-service run the same rows through theirs, so all agree. Plain Java: milliseconds.
 */
class IdentifierAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRASENA = "Secreto2026x";

    private final SolicitudValidator intake = new SolicitudValidator(KeyPolicy.withDefaults());
    private final TitularAdicionalValidator additional = new TitularAdicionalValidator(KeyPolicy.withDefaults());

    static Stream<IdentifierCase> intakeRows() {
        return IdentifierCase.of(Kind.RFC, Kind.CURP, Kind.REGISTRO_PATRONAL, Kind.CODIGO_POSTAL, Kind.USUARIO,
                Kind.CONTRASENA);
    }

    static Stream<IdentifierCase> additionalRows() {
        return IdentifierCase.of(Kind.CURP, Kind.USUARIO, Kind.CONTRASENA);
    }

    static Stream<IdentifierCase> folioRows() {
        return IdentifierCase.of(Kind.FOLIO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intakeRows")
    void intakeAndTheValidationRouteGiveTheOutcomeOfTheTable(IdentifierCase row) {
        String field = field(row);
        Map<String, Object> whole = whole(row);
        Map<String, Object> alone = alone(row);

        assertEquals(row.outcome(), outcome(field, () -> intake.validate(body(whole)).advertencias()), "intake");
        assertEquals(row.outcome(), outcome(field, () -> intake.check(body(alone)).advertencias()), "validación");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("additionalRows")
    void theAdditionalHolderGetsTheOutcomeOfTheTable(IdentifierCase row) {
        String curp = row.kind() == Kind.CURP ? row.value() : "PEGL800101HDFRMS09";
        String usuario = row.kind() == Kind.USUARIO ? row.value() : row.kind() == Kind.CONTRASENA ? row.usuario() : "personal2026";
        String contrasena = row.kind() == Kind.CONTRASENA ? row.value() : CONTRASENA;
        String field = switch (row.kind()) {
            case CURP -> "curp";
            case USUARIO -> "usuarioAdicional";
            default -> "contrasenaAdicional";
        };
        TitularAdicionalInput input = new TitularAdicionalInput("Luis Pérez Gómez", curp, "luis@example.mx", usuario,
                contrasena, null);

        assertEquals(row.outcome(), outcome(field, () -> {
            additional.validate(input);
            return List.of();
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folioRows")
    void everyRouteReadsTheFolioAsTheTableSays(IdentifierCase row) {
        Outcome outcome;
        try {
            SolicitudResource.canonicalFolio(row.value());
            outcome = Outcome.VALID;
        } catch (ApiProblem notFound) {
            assertEquals(404, notFound.status());
            outcome = Outcome.INVALID;
        }
        assertEquals(row.outcome(), outcome);
    }

    /** INVALID when refused with an error on exactly {@code field}; WARNING when accepted with an advertencia. */
    private static Outcome outcome(String field, Supplier<List<Advertencia>> entryPoint) {
        try {
            return entryPoint.get().isEmpty() ? Outcome.VALID : Outcome.WARNING;
        } catch (ApiProblem refused) {
            assertEquals(List.of(field), refused.errors().stream().map(FieldError::campo).toList(), refused.errors().toString());
            return Outcome.INVALID;
        }
    }

    private static String field(IdentifierCase row) {
        return switch (row.kind()) {
            case RFC -> "patron.rfc";
            case CURP -> "representanteLegal.curp";
            case REGISTRO_PATRONAL -> "patron.registroPatronal";
            case CODIGO_POSTAL -> "domicilioFiscal.codigoPostal";
            case USUARIO -> "usuario";
            case CONTRASENA -> "contrasena";
            default -> throw new IllegalArgumentException(row.toString());
        };
    }

    /** A valid request but for the row's value; an RFC of 13 characters goes with a persona física. */
    private static Map<String, Object> whole(IdentifierCase row) {
        boolean fisica = row.kind() == Kind.RFC && Rfc.normalize(row.value()).length() == Rfc.LENGTH_FISICA;
        Map<String, Object> body = fisica ? personaFisica() : personaMoral();
        if (row.kind() == Kind.CONTRASENA) {
            set(body, "usuario", row.usuario());
        }
        return set(body, field(row), row.value());
    }

    /** The row's field and nothing else (with the usuario it must differ from, for a contraseña). */
    private static Map<String, Object> alone(IdentifierCase row) {
        Map<String, Object> body = new LinkedHashMap<>();
        String[] path = field(row).split("\\.");
        if (path.length == 2) {
            body.put(path[0], new LinkedHashMap<>(Map.of(path[1], row.value())));
        } else {
            body.put(path[0], row.value());
        }
        if (row.kind() == Kind.CONTRASENA) {
            body.put("usuario", row.usuario());
        }
        return body;
    }

    private static SolicitudBody body(Map<String, Object> json) {
        return JSON.convertValue(json, SolicitudBody.class);
    }
}
