package mx.idse.certificate.support;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

import mx.idse.pki.pkcs12.Pkcs12Builder;

/** Files a holder (or an attacker) uploads: PFX of a holder, forged certificates, files with hostile KDF costs. */
public final class CredentialFiles {

    /** Far above any cap: deriving with it would take hours. */
    public static final int HUGE_ITERATIONS = 2_000_000_000;

    private CredentialFiles() {
    }

    /** The holder's PFX as a client would export it (cheap KDF). */
    public static byte[] pfx(CertificadosDePrueba.Titular holder, List<X509Certificate> chain) {
        return new Pkcs12Builder(2048).build(holder.privateKey(), holder.certificate(), chain, holder.numeroSerie(),
                holder.contrasena().toCharArray());
    }

    /**
     * A PFX whose certificate copies the holder's serial, subject and issuer name, but is signed
     * by another key (a CA we are not), holding a fresh key pair under the holder's password.
     */
    public static byte[] forgedPfx(CertificadosDePrueba.Titular holder) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair subject = generator.generateKeyPair();
        KeyPair fakeCa = generator.generateKeyPair();
        X509Certificate real = holder.certificate();
        X509Certificate forged = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                real.getIssuerX500Principal(), new BigInteger(holder.numeroSerie()), real.getNotBefore(), real.getNotAfter(),
                real.getSubjectX500Principal(), subject.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(fakeCa.getPrivate())));
        return new Pkcs12Builder(2048).build(subject.getPrivate(), forged, List.of(), holder.numeroSerie(),
                holder.contrasena().toCharArray());
    }

    /** The same PFX with its MAC asking for {@link #HUGE_ITERATIONS}. */
    public static byte[] withHugeMacIterations(byte[] pfx) throws Exception {
        Pfx parsed = Pfx.getInstance(pfx);
        MacData mac = parsed.getMacData();
        return new Pfx(parsed.getAuthSafe(), new MacData(mac.getMac(), mac.getSalt(), HUGE_ITERATIONS)).getEncoded("DER");
    }

    /** The same encrypted PKCS#8 .key with its PBKDF2 asking for {@link #HUGE_ITERATIONS}. */
    public static String withHugeKeyIterations(String keyPem) throws Exception {
        PemObject pem;
        try (PemReader reader = new PemReader(new StringReader(keyPem))) {
            pem = reader.readPemObject();
        }
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(pem.getContent());
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        PBKDF2Params costly = new PBKDF2Params(kdf.getSalt(), HUGE_ITERATIONS, kdf.getPrf());
        PBES2Parameters changed = new PBES2Parameters(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, costly),
                pbes2.getEncryptionScheme());
        byte[] der = new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, changed),
                info.getEncryptedData()).getEncoded("DER");
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject("ENCRYPTED PRIVATE KEY", der));
        }
        return out.toString();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
