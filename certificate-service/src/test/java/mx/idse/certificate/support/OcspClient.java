package mx.idse.certificate.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import mx.idse.pki.testing.Openssl;

/** A relying party of the OCSP responder: BouncyCastle requests over HTTP, and the openssl binary. */
public final class OcspClient {

    public static final String RESPONSE_TYPE = "application/ocsp-response";

    private OcspClient() {
    }

    /** A request for one serial of the issuer, with the CertID hashed by {@code hash}, with or without a nonce. */
    public static OCSPReq request(X509Certificate issuer, BigInteger serial, AlgorithmIdentifier hash, byte[] nonce) {
        return request(issuer, List.of(serial), hash, nonce);
    }

    public static OCSPReq request(X509Certificate issuer, List<BigInteger> serials, AlgorithmIdentifier hash, byte[] nonce) {
        try {
            OCSPReqBuilder builder = new OCSPReqBuilder();
            for (BigInteger serial : serials) {
                builder.addRequest(new CertificateID(new BcDigestCalculatorProvider().get(hash),
                        new JcaX509CertificateHolder(issuer), serial));
            }
            if (nonce != null) {
                builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(new DEROctetString(nonce).getEncoded()))));
            }
            return builder.build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] nonce() {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        return nonce;
    }

    /** POST /ocsp; checks the media type and Content-Length every OCSP client relies on. */
    public static OCSPResp post(byte[] body) {
        return read(given().contentType("application/ocsp-request").body(body).post("/ocsp"));
    }

    /** GET /ocsp/{path}, the path as given (base64, URL-encoded or not). */
    public static OCSPResp get(String path) {
        return read(given().urlEncodingEnabled(false).get("/ocsp/" + path));
    }

    private static OCSPResp read(Response response) {
        assertEquals(200, response.statusCode());
        assertEquals(RESPONSE_TYPE, response.contentType());
        byte[] body = response.asByteArray();
        assertEquals(String.valueOf(body.length), response.header("Content-Length"));
        try {
            return new OCSPResp(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The basic response of a successful answer, after checking it is signed by the issuing CA. */
    public static BasicOCSPResp verified(OCSPResp response, X509Certificate issuer) {
        assertEquals(OCSPResp.SUCCESSFUL, response.getStatus());
        try {
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            assertTrue(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey())),
                    "signed by the issuing CA");
            return basic;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code openssl ocsp} against the running responder; returns its output (also when it failed). */
    public static String openssl(Path directory, X509Certificate certificate, List<X509Certificate> chain, boolean nonce) {
        Path issuerPem = write(directory.resolve("issuer.pem"), List.of(chain.get(0)));
        Path chainPem = write(directory.resolve("chain.pem"), chain);
        Path certPem = write(directory.resolve("cert-" + certificate.getSerialNumber() + ".pem"), List.of(certificate));
        return Openssl.run("ocsp", "-issuer", issuerPem.toString(), "-cert", certPem.toString(),
                "-url", "http://127.0.0.1:" + RestAssured.port + "/ocsp", "-CAfile", chainPem.toString(),
                nonce ? "-nonce" : "-no_nonce").output();
    }

    private static Path write(Path file, List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                pem.writeObject(certificate);
            }
            pem.flush();
            return Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
