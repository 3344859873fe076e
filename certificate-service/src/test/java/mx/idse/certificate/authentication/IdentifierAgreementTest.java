package mx.idse.certificate.authentication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import mx.idse.certificate.issuance.IssuanceRefused;
import mx.idse.certificate.issuance.MotivoFalla;
import mx.idse.certificate.issuance.Titular;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.identifiers.Curp;
import mx.idse.identifiers.RegistroPatronal;
import mx.idse.identifiers.Rfc;
import mx.idse.identifiers.testing.IdentifierCase;
import mx.idse.identifiers.testing.IdentifierCase.Kind;
import mx.idse.platform.problem.ApiProblem;
import mx.idse.platform.problem.FieldError;

/**
 * The identifiers table (identifiers module, test-jar) fed to certificate-service's entry points:
 * issuance re-reads the holder from RequestConcluded ({@link Titular#of}) and must accept exactly
 * what intake accepts (an RFC whose only fault is its check digit included: the operator resolved
 * its advertencia) and refuse the rest with DATOS_INVALIDOS; the credential check refuses a
 * malformed usuario with a 400 before any work. request-service and cancellation-service run the
 * same rows through theirs. Plain Java: milliseconds.
 */
class IdentifierAgreementTest {

    static Stream<IdentifierCase> issuanceRows() {
        return IdentifierCase.of(Kind.RFC, Kind.CURP, Kind.REGISTRO_PATRONAL);
    }

    static Stream<IdentifierCase> usuarioRows() {
        return IdentifierCase.of(Kind.USUARIO);
    }

    /** Issuance gets what intake stored: the value normalised as intake normalises it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("issuanceRows")
    void issuanceAcceptsExactlyWhatIntakeAccepts(IdentifierCase row) {
        String rfc = row.kind() == Kind.RFC ? Rfc.normalize(row.value()) : "CFE370814QI0";
        String curp = row.kind() == Kind.CURP ? Curp.normalize(row.value()) : "SABC560626MDFLRN01";
        String registro = row.kind() == Kind.REGISTRO_PATRONAL ? RegistroPatronal.normalize(row.value()) : "Y5412345108";
        TipoPersona tipo = rfc.length() == Rfc.LENGTH_FISICA ? TipoPersona.FISICA : TipoPersona.MORAL;
        RequestConcluded request = new RequestConcluded("SOL-1", TipoSolicitud.PRINCIPAL, "a@example.mx",
                new Patron(tipo, rfc, "Comisión Federal de Electricidad", registro, null),
                new RepresentanteLegal("Beatriz Sánchez Cruz", curp), null, "usuario2026", "$argon2id$x", "csr", null,
                null, null, null, null, null);

        boolean accepted;
        try {
            Titular.of(request);
            accepted = true;
        } catch (IssuanceRefused refused) {
            assertEquals(MotivoFalla.DATOS_INVALIDOS, refused.motivo());
            accepted = false;
        }
        assertEquals(row.accepted(), accepted, row.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usuarioRows")
    void theCredentialCheckRefusesExactlyTheUsuariosIntakeRefuses(IdentifierCase row) {
        List<String> refused;
        try {
            CredentialFields.require(CredentialFields.errors(), row.value(), "Secreto2026x");
            refused = List.of();
        } catch (ApiProblem problem) {
            assertEquals(400, problem.status());
            refused = problem.errors().stream().map(FieldError::campo).toList();
        }
        assertEquals(row.accepted() ? List.of() : List.of("usuario"), refused, row.toString());
    }
}
