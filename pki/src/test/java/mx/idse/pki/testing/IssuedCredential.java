package mx.idse.pki.testing;

import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import mx.idse.pki.certificates.CertificateProfile;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.certificates.Validity;
import mx.idse.pki.subject.CertificateSubject;

/** A key pair and the end-entity certificate the test CA issued for it. */
public record IssuedCredential(KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {

    public static final CertificateProfile PROFILE = new CertificateProfile(URI.create("http://crl.idse.example.mx/emisora.crl"),
            URI.create("http://ocsp.idse.example.mx"), null);
    public static final CertificateSubject SUBJECT = new CertificateSubject("Beatriz Sánchez Cruz",
            "Comisión Federal de Electricidad", "CFE370814QI0", "SABC560626MDFLRN01", "NPIE0000123456", "Y5412345108");

    public static IssuedCredential issue(TestPki pki, KeyPair keys) {
        Validity validity = Validity.withinIssuingCa(pki.issuing, Instant.now(), Duration.ofDays(730));
        X509Certificate certificate = TestPki.toX509(new EndEntityCertificateBuilder(pki.issuing, PROFILE)
                .build(SUBJECT, TestPki.spki(keys), new SerialNumbers().next(), validity, pki.issuingSigner()));
        return new IssuedCredential(keys, certificate, List.of(pki.issuing, pki.root));
    }
}
