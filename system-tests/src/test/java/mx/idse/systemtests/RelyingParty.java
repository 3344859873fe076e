package mx.idse.systemtests;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;

import mx.idse.pki.testing.Openssl;

/** Checks a certificate's status the way a relying party does: the published CRL and OCSP, with stock OpenSSL. */
final class RelyingParty {

    private final Path work;

    RelyingParty(Path work) {
        this.work = work;
    }

    /** The CRL's entry for the serial, or null when the serial is not revoked in it (signature checked by the JDK). */
    X509CRLEntry crlEntry(String numeroSerie) throws Exception {
        byte[] der = given().get(Applicant.certificateService("/crl")).then().statusCode(200).extract().asByteArray();
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(issuingCa().getPublicKey());
        return crl.getRevokedCertificate(new BigInteger(numeroSerie));
    }

    /** {@code openssl crl} verifies the CRL against the published chain. */
    String opensslCrl() throws Exception {
        byte[] der = given().get(Applicant.certificateService("/crl")).then().statusCode(200).extract().asByteArray();
        Path crl = Files.write(work.resolve("crl.der"), der);
        return Openssl.run("crl", "-inform", "DER", "-in", crl.toString(), "-CAfile", chain().toString(), "-noout").output();
    }

    /** What {@code openssl ocsp} prints for the certificate, asking certificate-service's responder. */
    String ocsp(String numeroSerie) throws Exception {
        Path cert = work.resolve(numeroSerie + ".pem");
        Files.writeString(cert, given().header("Accept", "application/x-pem-file")
                .get(Applicant.certificateService("/api/v1/certificados/" + numeroSerie)).then().statusCode(200).extract().asString());
        Path issuer = work.resolve("issuing-ca.pem");
        Files.writeString(issuer, pem(issuingCa()));
        return Openssl.run("ocsp", "-issuer", issuer.toString(), "-cert", cert.toString(),
                "-url", Applicant.certificateService("/ocsp"), "-CAfile", chain().toString()).output();
    }

    private Path chain() throws Exception {
        Path chain = work.resolve("chain.pem");
        if (!Files.exists(chain)) {
            Files.writeString(chain, given().get(Applicant.certificateService("/api/v1/ca/certificados")).then().statusCode(200).extract().asString());
        }
        return chain;
    }

    /** The chain's certificate that is not self-signed: the CA that signs certificates, CRLs and OCSP answers. */
    private X509Certificate issuingCa() throws Exception {
        Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                .generateCertificates(Files.newInputStream(chain()));
        return all.stream().map(X509Certificate.class::cast)
                .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                .findFirst().orElseThrow();
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
