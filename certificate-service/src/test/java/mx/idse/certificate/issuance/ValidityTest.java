package mx.idse.certificate.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.Period;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import mx.idse.pki.certificates.Validity;

/** The configured validity (2 years by default) from now, capped by the issuing CA's. */
class ValidityTest {

    private static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");

    @Test
    void twoYearsFromNowWhenTheCaOutlivesThem() throws Exception {
        X509Certificate ca = ca(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2035-01-01T00:00:00Z"));
        Validity validity = IssuanceService.validity(ca, NOW, Period.ofYears(2));
        assertEquals(NOW, validity.notBefore());
        assertEquals(Instant.parse("2028-11-30T18:00:00Z"), validity.notAfter());
    }

    @Test
    void endsWithTheIssuingCaWhenItExpiresFirst() throws Exception {
        Instant caEnd = Instant.parse("2027-06-01T00:00:00Z");
        Validity validity = IssuanceService.validity(ca(Instant.parse("2025-01-01T00:00:00Z"), caEnd), NOW,
                Period.ofYears(2));
        assertEquals(caEnd, validity.notAfter());
    }

    @Test
    void refusesToIssueUnderAnExpiredCa() throws Exception {
        X509Certificate expired = ca(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        assertThrows(IllegalStateException.class, () -> IssuanceService.validity(expired, NOW, Period.ofYears(2)));
    }

    private static X509Certificate ca(Instant notBefore, Instant notAfter) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Emisora de prueba,C=MX");
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(notBefore), Date.from(notAfter), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }
}
