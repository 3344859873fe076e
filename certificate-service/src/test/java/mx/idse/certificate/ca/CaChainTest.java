package mx.idse.certificate.ca;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.inject.Inject;

import mx.idse.testinfra.ManagementPort;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.pki.testing.Openssl;

/** The chain endpoint, the ca-key readiness check and the signer metric, on the running service. */
@QuarkusTest
class CaChainTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private static final String CHAIN = "/api/v1/ca/certificados";

    @Inject
    CertificateSigner signer;

    @Test
    void servesTheChainAsPemIssuingFirstThatOpenSslVerifies() throws Exception {
        String pem = given().get(CHAIN).then().statusCode(200)
                .contentType(equalTo("application/x-pem-file"))
                .header("Cache-Control", containsString("max-age=86400"))
                .extract().asString();

        List<X509Certificate> chain = parse(pem);
        assertEquals(2, chain.size());
        assertEquals(signer.issuingCertificate(), chain.get(0));
        assertEquals(chain.get(0).getIssuerX500Principal(), chain.get(1).getSubjectX500Principal());

        Path directory = Files.createTempDirectory("chain");
        String[] blocks = pem.split("(?<=-----END CERTIFICATE-----\\R)");
        Path issuing = Files.writeString(directory.resolve("issuing.pem"), blocks[0]);
        Path root = Files.writeString(directory.resolve("root.pem"), blocks[1]);
        Openssl.Result verify = Openssl.run("verify", "-CAfile", root.toString(), issuing.toString());
        assertTrue(verify.ok(), verify.output());
    }

    @Test
    void answersPemCertificateChainWhenAskedFor() {
        given().accept("application/pem-certificate-chain").get(CHAIN).then().statusCode(200)
                .contentType(equalTo("application/pem-certificate-chain"))
                .body(containsString("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void isReadyWhileTheIssuingKeySigns() {
        ManagementPort.given(management).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'ca-key' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'ca-key' }.data.provider", equalTo(signer.providerName()));
    }

    @Test
    void publishesWhichProviderSigns() {
        ManagementPort.given(management).get("/q/metrics").then().statusCode(200)
                .body(containsString("idse_ca_signer{algorithm=\"SHA256withRSA\",provider=\"" + signer.providerName() + "\"} 1.0"));
    }

    private static List<X509Certificate> parse(String pem) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        return factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).stream()
                .map(X509Certificate.class::cast).toList();
    }
}
