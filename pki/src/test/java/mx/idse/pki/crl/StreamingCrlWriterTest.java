package mx.idse.pki.crl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.keys.BcProvider;
import mx.idse.pki.testing.Openssl;
import mx.idse.pki.testing.TestPki;

class StreamingCrlWriterTest {

    private static final Instant THIS_UPDATE = Instant.parse("2026-05-04T10:15:30Z");
    private static final Instant NEXT_UPDATE = THIS_UPDATE.plus(1, ChronoUnit.DAYS);
    /** Top bit of the first byte set: DER needs a leading 0x00 to keep it positive. */
    private static final BigInteger HIGH_BIT_SERIAL = new BigInteger("FF00112233445566", 16);

    private static TestPki pki;
    private static Path work;

    record Entry(BigInteger serial, Instant revokedAt, int reason) {
    }

    @BeforeAll
    static void createCa() {
        pki = TestPki.create();
        work = Openssl.workDirectory("crl");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        Openssl.delete(work);
    }

    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {0, 1, 1000})
    void isByteForByteTheCrlBouncyCastleBuilds(int size) throws Exception {
        List<Entry> entries = entries(size);

        assertArrayEquals(bouncyCastle(entries, 7), streaming(entries, 7));
    }

    @Test
    void edgeCasesAreByteForByteTheSameToo() throws Exception {
        List<Entry> entries = List.of(
                new Entry(HIGH_BIT_SERIAL, THIS_UPDATE, CRLReason.keyCompromise),
                new Entry(BigInteger.ONE, Instant.parse("1949-12-31T23:59:59Z"), CRLReason.unspecified),
                new Entry(new BigInteger("999999999999999"), Instant.parse("2049-12-31T23:59:59Z"), CRLReason.aACompromise),
                new Entry(new BigInteger("100000000000000"), Instant.parse("2050-01-01T00:00:00Z"), CRLReason.removeFromCRL),
                new Entry(BigInteger.TWO.pow(159).subtract(BigInteger.ONE), THIS_UPDATE, CRLReason.privilegeWithdrawn));

        assertArrayEquals(bouncyCastle(entries, Long.MAX_VALUE), streaming(entries, Long.MAX_VALUE));
    }

    @Test
    void jdkAndBouncyCastleParseItAndVerifyItsSignature() throws Exception {
        List<Entry> entries = entries(1000);
        byte[] der = streaming(entries, 42);

        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(pki.issuing.getPublicKey());
        assertEquals(2, crl.getVersion());
        assertEquals(pki.issuing.getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(Date.from(THIS_UPDATE), crl.getThisUpdate());
        assertEquals(Date.from(NEXT_UPDATE), crl.getNextUpdate());
        assertEquals(1000, crl.getRevokedCertificates().size());

        X509CRLHolder holder = new X509CRLHolder(der);
        assertTrue(holder.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BcProvider.INSTANCE)
                .build(pki.issuing.getPublicKey())));
        assertEquals(BigInteger.valueOf(42), CRLNumber.getInstance(holder.getExtension(Extension.cRLNumber).getParsedValue())
                .getCRLNumber());
        assertArrayEquals(EndEntityCertificateBuilder.issuingKeyIdentifier(pki.issuing), AuthorityKeyIdentifier
                .getInstance(holder.getExtension(Extension.authorityKeyIdentifier).getParsedValue()).getKeyIdentifier());
        for (Entry entry : entries) {
            X509CRLEntry revoked = crl.getRevokedCertificate(entry.serial());
            assertEquals(Date.from(entry.revokedAt()), revoked.getRevocationDate());
            assertEquals(entry.reason() == 0 ? null : entry.reason(), revoked.getRevocationReason() == null ? null
                    : revoked.getRevocationReason().ordinal(), "reason of " + entry.serial());
        }
    }

    @Test
    void unspecifiedReasonWritesNoReasonCodeExtension() throws Exception {
        X509CRLHolder holder = new X509CRLHolder(streaming(List.of(
                new Entry(BigInteger.TEN, THIS_UPDATE, CRLReason.unspecified),
                new Entry(BigInteger.TWO, THIS_UPDATE, CRLReason.superseded)), 1));

        X509CRLEntryHolder unspecified = holder.getRevokedCertificate(BigInteger.TEN);
        assertFalse(unspecified.hasExtensions());
        X509CRLEntryHolder superseded = holder.getRevokedCertificate(BigInteger.TWO);
        assertEquals(CRLReason.lookup(CRLReason.superseded), CRLReason.getInstance(
                superseded.getExtension(Extension.reasonCode).getParsedValue()));
    }

    @Test
    void anEmptyCrlHasNoRevokedCertificatesFieldAtAll() throws Exception {
        byte[] der = streaming(List.of(), 1);

        ASN1Sequence tbs = ASN1Sequence.getInstance(CertificateList.getInstance(der).getTBSCertList().getEncoded());
        // version, signature, issuer, thisUpdate, nextUpdate, [0] crlExtensions: no revokedCertificates.
        assertEquals(6, tbs.size());
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        assertNull(crl.getRevokedCertificates());
        crl.verify(pki.issuing.getPublicKey());
    }

    @Test
    void openSslVerifiesItAgainstTheChainAndPrintsReasons() throws Exception {
        Openssl.assumePresent();
        List<Entry> entries = List.of(new Entry(HIGH_BIT_SERIAL, THIS_UPDATE, CRLReason.keyCompromise),
                new Entry(new BigInteger("123456789012345"), THIS_UPDATE, CRLReason.cessationOfOperation),
                new Entry(new BigInteger("223456789012345"), THIS_UPDATE, CRLReason.unspecified));
        Path crl = Files.write(work.resolve("crl.der"), streaming(entries, 3));
        Path chain = Files.writeString(work.resolve("chain.pem"), TestPki.pem(pki.issuing) + TestPki.pem(pki.root));

        String text = Openssl.ok("crl", "-inform", "DER", "-in", crl.toString(), "-CAfile", chain.toString(), "-noout", "-text");

        assertTrue(text.contains("verify OK"), text);
        assertTrue(text.contains("X509v3 CRL Number: \n                3"), text);
        assertTrue(text.contains("Serial Number: FF00112233445566"), text);
        assertTrue(text.contains("Key Compromise"), text);
        assertTrue(text.contains("Cessation Of Operation"), text);
        assertEquals(2, text.split("X509v3 CRL Reason Code").length - 1, text);
    }

    @Test
    void refusesWhatRfc5280DoesNotAllow() {
        StreamingCrlWriter writer = new StreamingCrlWriter(pki.issuing);
        CrlDraft draft = writer.begin(1, THIS_UPDATE, NEXT_UPDATE);

        assertThrows(IllegalArgumentException.class, () -> draft.add(BigInteger.ONE, THIS_UPDATE, 7));
        assertThrows(IllegalArgumentException.class, () -> draft.add(BigInteger.ONE, THIS_UPDATE, 11));
        assertThrows(IllegalArgumentException.class, () -> draft.add(BigInteger.ZERO, THIS_UPDATE, 0));
        assertThrows(IllegalArgumentException.class, () -> writer.begin(1, NEXT_UPDATE, THIS_UPDATE));
        draft.sign(pki.issuingSigner());
        assertThrows(IllegalStateException.class, () -> draft.add(BigInteger.ONE, THIS_UPDATE, 0));
    }

    /** Serials of 15 digits as issued, every reason but 7, revocation times spread over a year. */
    private static List<Entry> entries(int size) {
        List<Entry> entries = new ArrayList<>(size);
        int[] reasons = {0, 1, 2, 3, 4, 5, 6, 8, 9, 10};
        for (int i = 0; i < size; i++) {
            entries.add(new Entry(BigInteger.valueOf(100_000_000_000_000L + 7_919L * i),
                    THIS_UPDATE.minusSeconds(31_536L * i), reasons[i % reasons.length]));
        }
        return entries;
    }

    private static byte[] streaming(List<Entry> entries, long crlNumber) {
        CrlDraft draft = new StreamingCrlWriter(pki.issuing).begin(crlNumber, THIS_UPDATE, NEXT_UPDATE);
        entries.forEach(e -> draft.add(e.serial(), e.revokedAt(), e.reason()));
        return draft.sign(pki.issuingSigner());
    }

    private static byte[] bouncyCastle(List<Entry> entries, long crlNumber) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(pki.issuing.getSubjectX500Principal().getEncoded()),
                Date.from(THIS_UPDATE));
        builder.setNextUpdate(Date.from(NEXT_UPDATE));
        entries.forEach(e -> builder.addCRLEntry(e.serial(), Date.from(e.revokedAt()), e.reason()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(EndEntityCertificateBuilder.issuingKeyIdentifier(pki.issuing)));
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber)));
        return builder.build(pki.issuingSigner()).getEncoded();
    }
}
