package mx.idse.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import mx.idse.platform.internal.ServiceTokens;
import mx.idse.pki.testing.Openssl;

/**
 * Story 1: a patrón requests its certificate, concludes in person, gets it by email, recovers it
 * by NPIE, installs it, builds its .pfx and passes the credential check: every step over HTTP
 * against the packaged services, every artefact opened with stock OpenSSL.
 */
class PrincipalCertificateStoryTest {

    @Test
    void fromRequestToAWorkingPfx() throws Exception {
        Applicant patron = new Applicant("prin").submit();

        MimeMessage submitted = Mail.awaitSubject(patron.correo, "Recibimos tu solicitud " + patron.folio);
        assertTrue(Mail.text(submitted).contains(patron.folio), "the email names the folio");

        patron.concludedByOperator().awaitCertificate();
        assertTrue(patron.numeroSerie.matches("\\d{15}"), patron.numeroSerie);

        MimeMessage issued = Mail.awaitSubject(patron.correo, "Tu certificado " + patron.numeroSerie);
        String text = Mail.text(issued);
        assertTrue(text.contains(patron.npie), "the issued email gives the NPIE");
        assertTrue(text.contains("SERIAL_NOM=" + patron.numeroSerie), "the issued email gives the install link");

        given().get(Applicant.certificateService("/api/v1/certificados?npie=" + patron.npie))
                .then().statusCode(200).body("numeroSerie", hasItem(patron.numeroSerie));

        Path work = Openssl.workDirectory("story1");
        try {
            byte[] p7b = given().get(Applicant.certificateService("/certificacion/instalaRenovacion.idse?SERIAL_NOM=" + patron.numeroSerie))
                    .then().statusCode(200).extract().asByteArray();
            Files.write(work.resolve("cert.p7b"), p7b);
            assertTrue(Openssl.ok("pkcs7", "-inform", "DER", "-in", work.resolve("cert.p7b").toString(), "-print_certs", "-noout")
                    .contains("subject="), "the .p7b holds the certificate and its chain");

            byte[] pfx = patron.pfx();
            Files.write(work.resolve("cert.pfx"), pfx);
            Openssl.ok("pkcs12", "-in", work.resolve("cert.pfx").toString(), "-info", "-noout", "-passin", "pass:" + Applicant.PASSWORD);

            given().header(ServiceTokens.HEADER, SystemUnderTest.get().internalApiToken()).multiPart("certificado", "cert.pfx", pfx, "application/octet-stream")
                    .multiPart("usuario", patron.usuario).multiPart("contrasena", Applicant.PASSWORD)
                    .post(Applicant.certificateService("/api/v1/autenticaciones"))
                    .then().statusCode(200).body("numeroSerie", equalTo(patron.numeroSerie)).body("npie", equalTo(patron.npie));
        } finally {
            Openssl.delete(work);
        }
        assertEquals(1, Mail.countWithSubject(patron.correo, "Recibimos tu solicitud"), "one submission email, not two");
    }
}
