package mx.idse.pki.pkcs12;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

import mx.idse.pki.keys.BcProvider;

/**
 * Builds a PKCS#12 (.pfx) in memory: the private key, its certificate and the chain, all under
 * the holder's password with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for the key bag and for the
 * certificates, and an HMAC-SHA256 MAC: what OpenSSL 3 opens without {@code -legacy}, and the
 * JDK's and Windows' PKCS12 readers open too. Key and certificate carry the same localKeyId (the
 * SHA-1 of the certificate) and friendly name, so tools pair them. Thread-safe; the result is
 * never written to disk here and must never be stored.
 */
public final class Pkcs12Builder {

    private static final AlgorithmIdentifier HMAC_SHA256 =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);
    private static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    /** @param iterations PBKDF2 and MAC iteration count (OpenSSL 3 uses 2048; NIST SP 800-132 asks for more) */
    public Pkcs12Builder(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1: " + iterations);
        }
        this.iterations = iterations;
    }

    /**
     * @param chain        issuing CA first, then up to the root; may be empty
     * @param friendlyName shown by certificate stores (e.g. the serial number)
     */
    public byte[] build(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain, String friendlyName,
            char[] password) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(friendlyName, "friendlyName");
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("password is required");
        }
        try {
            DEROctetString localKeyId = new DEROctetString(sha1(certificate.getEncoded()));
            DERBMPString name = new DERBMPString(friendlyName);

            // 1. Certificate bags: the holder's (paired with the key), then the chain.
            List<PKCS12SafeBag> certificateBags = new ArrayList<>();
            PKCS12SafeBagBuilder holder = new JcaPKCS12SafeBagBuilder(certificate);
            holder.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name);
            holder.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId);
            certificateBags.add(holder.build());
            for (X509Certificate ca : chain) {
                certificateBags.add(new JcaPKCS12SafeBagBuilder(ca).build());
            }

            // 2. The key as a shrouded key bag with the same attributes.
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key, encryptor(password));
            keyBag.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name);
            keyBag.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId);

            // 3. Certificates in an encrypted safe (own salt and IV), the key in a plain one (it is already
            //    encrypted), then the HMAC-SHA256 MAC over both.
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            pfx.addEncryptedData(encryptor(password), certificateBags.toArray(PKCS12SafeBag[]::new));
            pfx.addData(keyBag.build());
            BcPKCS12MacCalculatorBuilder mac = new BcPKCS12MacCalculatorBuilder(new SHA256Digest(), SHA256)
                    .setIterationCount(iterations);
            return pfx.build(mac, password).getEncoded();
        } catch (IOException | PKCSException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("could not build the PKCS#12", e);
        }
    }

    /** A new encryptor per use, so the key bag and the certificate safe get their own salt and IV. */
    private OutputEncryptor encryptor(char[] password) throws OperatorCreationException {
        return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                .setProvider(BcProvider.INSTANCE)
                .setPRF(HMAC_SHA256)
                .setIterationCount(iterations)
                .setRandom(random)
                .build(password);
    }

    private static byte[] sha1(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-1").digest(data);
    }
}
