package mx.idse.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import mx.idse.platform.internal.ServiceTokens;
import mx.idse.pki.testing.Openssl;

/**
 * Stories 2 and 3: a principal holder gets an additional certificate for staff with its .pfx,
 * then cancels its own certificate online; the cascade revokes both in the CRL and in OCSP,
 * both holders are emailed, and the principal's usuario is free for a new request.
 */
class AdicionalYCancelacionStoryTest {

    private static final Duration REVOCATION_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void additionalUnderTheSameNpieThenCancelledWithItsPrincipal() throws Exception {
        Applicant patron = new Applicant("casc").submit().concludedByOperator().awaitCertificate();
        byte[] principalPfx = patron.pfx();

        // Story 2: staff certificate with the principal's .pfx only, no office visit.
        Applicant staff = patron.additional("adic", principalPfx).awaitCertificate();
        assertEquals(patron.npie, staff.npie, "issued under the principal's NPIE");
        given().get(Applicant.certificateService("/api/v1/certificados?npie=" + patron.npie)).then().statusCode(200)
                // The NPIE is the patrón's: other stories' certificates of the same RFC are listed too.
                .body("numeroSerie", hasItems(patron.numeroSerie, staff.numeroSerie))
                .body("find { it.numeroSerie == '" + patron.numeroSerie + "' }.tipo", equalTo("PRINCIPAL"))
                .body("find { it.numeroSerie == '" + staff.numeroSerie + "' }.tipo", equalTo("ADICIONAL"))
                .body("find { it.numeroSerie == '" + staff.numeroSerie + "' }.principalSerie", equalTo(patron.numeroSerie));
        Mail.awaitSubject(staff.correo, "Tu certificado " + staff.numeroSerie);
        Mail.awaitSubject(patron.correo, "Se emitió el certificado adicional " + staff.numeroSerie);

        // Story 3: online cancellation of the principal, proven with its .pfx.
        given().multiPart("certificado", "principal.pfx", principalPfx, "application/octet-stream")
                .multiPart("usuario", patron.usuario).multiPart("contrasena", Applicant.PASSWORD)
                .multiPart("motivo", "CESE_DE_OPERACIONES")
                .post(Applicant.cancellationService("/api/v1/cancelaciones/en-linea"))
                .then().statusCode(201)
                .body("numeroSerie", equalTo(patron.numeroSerie))
                .body("canal", equalTo("EN_LINEA"))
                .body("adicionalesCancelados", hasItem(staff.numeroSerie));

        Path work = Openssl.workDirectory("story3");
        try {
            RelyingParty relyingParty = new RelyingParty(work);
            await().atMost(REVOCATION_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() ->
                    relyingParty.crlEntry(patron.numeroSerie) != null && relyingParty.crlEntry(staff.numeroSerie) != null);
            assertEquals(CRLReason.CESSATION_OF_OPERATION, relyingParty.crlEntry(patron.numeroSerie).getRevocationReason());
            assertEquals(CRLReason.CESSATION_OF_OPERATION, relyingParty.crlEntry(staff.numeroSerie).getRevocationReason());
            assertTrue(relyingParty.opensslCrl().contains("verify OK"), "openssl verifies the CRL against the chain");

            await().atMost(REVOCATION_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() ->
                    relyingParty.ocsp(patron.numeroSerie).contains(": revoked")
                            && relyingParty.ocsp(staff.numeroSerie).contains(": revoked"));
            String answer = relyingParty.ocsp(staff.numeroSerie);
            assertTrue(answer.contains("Response verify OK"), answer);
            assertTrue(answer.contains("Reason: cessationOfOperation"), answer);
        } finally {
            Openssl.delete(work);
        }

        Mail.awaitSubject(patron.correo, "Tu certificado " + patron.numeroSerie + " fue cancelado");
        Mail.awaitSubject(staff.correo, "Tu certificado " + staff.numeroSerie + " fue cancelado");
        Mail.awaitSubject(patron.correo, "Se canceló el certificado adicional " + staff.numeroSerie);

        // A cancelled certificate no longer authenticates.
        given().header(ServiceTokens.HEADER, SystemUnderTest.get().internalApiToken())
                .multiPart("certificado", "principal.pfx", principalPfx, "application/octet-stream")
                .multiPart("usuario", patron.usuario).multiPart("contrasena", Applicant.PASSWORD)
                .post(Applicant.certificateService("/api/v1/autenticaciones"))
                .then().statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS"));

        // The same usuario may request again once request-service has followed the cancellation.
        await().atMost(REVOCATION_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().contentType(ContentType.JSON).body(patron.requestBody())
                        .post(Applicant.requestService("/api/v1/solicitudes")).statusCode() == 201);
    }

    /**
     * Additional requests racing their principal's cancellation: whatever certificate-service issued
     * before or while it heard of the cancellation ends revoked in the CRL and in OCSP, and each of
     * those holders gets exactly one cancellation email (the issuance and cancellation topics are
     * not ordered with each other).
     */
    @Test
    void additionalsIssuedWhileThePrincipalIsCancelledEndRevokedWithOneEmailEach() throws Exception {
        Applicant patron = new Applicant("carrera").submit().concludedByOperator().awaitCertificate();
        byte[] principalPfx = patron.pfx();
        Applicant before = patron.additional("antes", principalPfx);

        ExecutorService staff = Executors.newFixedThreadPool(3);
        List<Applicant> issued = new ArrayList<>(List.of(before));
        try {
            List<Future<Optional<Applicant>>> racing = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                racing.add(staff.submit(() -> patron.tryAdditional("carr", principalPfx)));
            }
            given().multiPart("certificado", "principal.pfx", principalPfx, "application/octet-stream")
                    .multiPart("usuario", patron.usuario).multiPart("contrasena", Applicant.PASSWORD)
                    .multiPart("motivo", "PERDIDA_O_ROBO")
                    .post(Applicant.cancellationService("/api/v1/cancelaciones/en-linea")).then().statusCode(201);
            for (Future<Optional<Applicant>> request : racing) {
                request.get().ifPresent(issued::add);
            }
        } finally {
            staff.shutdownNow();
        }

        Path work = Openssl.workDirectory("carrera");
        try {
            RelyingParty relyingParty = new RelyingParty(work);
            for (Applicant additional : issued) {
                if (!"ATENDIDA".equals(additional.awaitOutcome())) {
                    continue; // refused at issuance: certificate-service knew its principal was revoked
                }
                await().atMost(REVOCATION_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() ->
                        relyingParty.crlEntry(additional.numeroSerie) != null
                                && relyingParty.ocsp(additional.numeroSerie).contains(": revoked"));
                String subject = "Tu certificado " + additional.numeroSerie + " fue cancelado";
                await().atMost(Mail.DELIVERY_TIMEOUT).until(() -> Mail.countWithSubject(additional.correo, subject) >= 1);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> Mail.countWithSubject(additional.correo, subject) == 1);
            }
        } finally {
            Openssl.delete(work);
        }
    }
}
