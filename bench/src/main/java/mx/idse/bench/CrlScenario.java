package mx.idse.bench;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.crl.CrlDraft;
import mx.idse.pki.crl.StreamingCrlWriter;
import mx.idse.pki.keys.SigningProvider;

/**
 * Time to build and sign a CRL of {@code --crl-entries} synthetic revoked certificates (15-digit
 * serials, every motivo's reason) in this JVM: with {@link StreamingCrlWriter}, as certificate-service
 * does, and with BouncyCastle's {@code X509v2CRLBuilder} for comparison on {@code --crl-naive-entries}.
 * Both sign with RSA-2048 through the service's provider choice. The database read is not included
 * (docs/benchmarks.md).
 */
final class CrlScenario implements Scenario {

    static final String STREAMING_SECONDS = "crl.streaming.seconds";
    private static final int[] REASONS = java.util.Arrays.stream(MotivoCancelacion.values())
            .mapToInt(MotivoCancelacion::reasonCode).toArray();
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Override
    public String name() {
        return "crl";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int entries = context.options().crlEntries();
        int naiveEntries = context.options().crlNaiveEntries();
        SigningProvider provider = SigningProvider.fastest();
        KeyPair caKeys = rsa2048();
        X509Certificate ca = selfSigned(caKeys, provider);
        context.progress("CRL: " + entries + " entries streamed, " + naiveEntries + " with BouncyCastle's X509v2CRLBuilder; RSA-2048 with "
                + provider.name());
        List<Figure> figures = new ArrayList<>();
        // Warm-up: the JIT compiles the entry loop before the measured build.
        streaming(ca, signer(caKeys, provider), Math.min(entries, 100_000));
        long start = System.nanoTime();
        byte[] crl = streaming(ca, signer(caKeys, provider), entries);
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.add(new Figure("crl.streaming.entries", entries, "revoked entries"));
        figures.add(new Figure(STREAMING_SECONDS, seconds, "s to build and sign (StreamingCrlWriter; target <= 2 for 1,000,000)"));
        figures.add(new Figure("crl.streaming.bytes", crl.length, "bytes of DER"));
        if (naiveEntries > 0) {
            naive(ca, signer(caKeys, provider), Math.min(naiveEntries, 10_000));
            start = System.nanoTime();
            byte[] naive = naive(ca, signer(caKeys, provider), naiveEntries);
            double naiveSeconds = (System.nanoTime() - start) / 1e9;
            figures.add(new Figure("crl.naive.entries", naiveEntries, "revoked entries"));
            figures.add(new Figure("crl.naive.seconds", naiveSeconds, "s to build and sign (BouncyCastle X509v2CRLBuilder)"));
            figures.add(new Figure("crl.naive.bytes", naive.length, "bytes of DER"));
            if (seconds > 0) {
                double perEntryRatio = (naiveSeconds / naiveEntries) / (seconds / Math.max(1, entries));
                figures.add(new Figure("ratio.crl.naive-vs-streaming", perEntryRatio, "x (time per entry, naive / streaming)"));
            }
        }
        return figures;
    }

    private static byte[] streaming(X509Certificate ca, ContentSigner signer, int entries) {
        CrlDraft draft = new StreamingCrlWriter(ca).begin(1, NOW, NOW.plus(Duration.ofDays(1)));
        for (int i = 0; i < entries; i++) {
            draft.add(serial(i), NOW.minusSeconds(i), REASONS[i % REASONS.length]);
        }
        return draft.sign(signer);
    }

    private static byte[] naive(X509Certificate ca, ContentSigner signer, int entries) throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                Date.from(NOW));
        builder.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(1))));
        for (int i = 0; i < entries; i++) {
            builder.addCRLEntry(serial(i), Date.from(NOW.minusSeconds(i)), REASONS[i % REASONS.length]);
        }
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(EndEntityCertificateBuilder.issuingKeyIdentifier(ca)));
        builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
        return builder.build(signer).getEncoded();
    }

    /** Distinct 15-digit serials, as issued. */
    private static BigInteger serial(int i) {
        return BigInteger.valueOf(100_000_000_000_000L + 7_919L * i);
    }

    private static KeyPair rsa2048() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(KeyPair keys, SigningProvider provider) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").setProvider(provider.provider()).build(keys.getPrivate());
    }

    private static X509Certificate selfSigned(KeyPair keys, SigningProvider provider) throws Exception {
        X500Name name = new X500Name("CN=IDSE Bench Emisora,O=IMSS Pruebas,C=MX");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(NOW.minus(Duration.ofDays(1))),
                Date.from(NOW.plus(Duration.ofDays(365))), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        builder.addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(keys, provider)));
    }
}
