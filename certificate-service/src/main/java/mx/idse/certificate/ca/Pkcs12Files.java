package mx.idse.certificate.ca;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Reads and writes the CA's PKCS#12 files. Written with PBES2 (AES-256-CBC, PBKDF2-HMAC-SHA256)
 * and an HMAC-SHA256 MAC, so OpenSSL 3 opens them without {@code -legacy}; the JDK's own writer
 * may choose legacy algorithms (see PITFALLS, PKI). Read with the JDK's PKCS12 KeyStore.
 */
final class Pkcs12Files {

    /** BouncyCastle for the PBE and MAC builders only, never registered globally. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final AlgorithmIdentifier HMAC_SHA256 =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);

    /** A key entry as read back: the key and its chain, leaf first. */
    record KeyEntry(PrivateKey key, List<X509Certificate> chain) {
    }

    private Pkcs12Files() {
    }

    /** The PKCS#12 bytes of one key entry with its chain (leaf first). */
    static byte[] encode(String alias, PrivateKey key, List<X509Certificate> chain, char[] password, int iterations)
            throws IOException, GeneralSecurityException {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            var localKeyId = extensions.createSubjectKeyIdentifier(chain.get(0).getPublicKey());

            List<PKCS12SafeBag> certificateBags = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                JcaPKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(chain.get(i));
                if (i == 0) {
                    // The leaf carries the key's id and alias, which ties the chain to the key.
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(alias));
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
                }
                certificateBags.add(bag.build());
            }
            JcaPKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key, encryptor(password, iterations));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(alias));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);

            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor(password, iterations), certificateBags.toArray(PKCS12SafeBag[]::new));
            pfx.addData(keyBag.build());
            return pfx.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setIterationCount(iterations).setProvider(BC), password).getEncoded();
        } catch (OperatorCreationException | PKCSException e) {
            throw new GeneralSecurityException("Could not build the PKCS#12 file", e);
        }
    }

    /** Reads the key entry under the alias; fails clearly if the alias or the password is wrong. */
    static KeyEntry read(Path file, String alias, char[] password) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, password);
        }
        if (!keyStore.isKeyEntry(alias)) {
            throw new GeneralSecurityException("No key entry '" + alias + "' in " + file + " (entries: "
                    + String.join(", ", Collections.list(keyStore.aliases())) + ")");
        }
        PrivateKey key = (PrivateKey) keyStore.getKey(alias, password);
        Certificate[] chain = keyStore.getCertificateChain(alias);
        List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
        return new KeyEntry(key, certificates);
    }

    private static OutputEncryptor encryptor(char[] password, int iterations)
            throws OperatorCreationException {
        return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                .setPRF(HMAC_SHA256).setIterationCount(iterations).setProvider(BC).build(password);
    }
}
