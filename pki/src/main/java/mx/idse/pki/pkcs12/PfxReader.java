package mx.idse.pki.pkcs12;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

import mx.idse.pki.keys.BcProvider;
import mx.idse.pki.keys.KeyMatch;
import mx.idse.pki.keys.KeyPolicy;
import mx.idse.pki.pbe.KdfLimits;
import mx.idse.pki.pbe.PbeAllowlist;
import mx.idse.pki.pbe.PbeAllowlist.Protects;
import mx.idse.pki.pbe.RefusedParametersException;
import mx.idse.pki.pbe.UnreadableCredentialException;

/**
 * Opens an uploaded PKCS#12 (.pfx) with its password and returns the key and the certificate it
 * belongs to. Every iteration count and algorithm the file names (MAC, encrypted safes, key
 * bags) is checked against {@link KdfLimits} and {@link PbeAllowlist} before any derivation,
 * and a file may ask for at most {@value #MAX_DERIVATIONS} derivations in all, so its cost is
 * bounded whatever its author chose. Thread-safe.
 */
public final class PfxReader {

    /** A PFX with an RSA-4096 key and a three-certificate chain is under 10 KiB. */
    public static final int MAX_BYTES = 64 * 1024;
    /** The MAC, the certificate safe, the key bag, and one spare for exporters that split safes. */
    public static final int MAX_DERIVATIONS = 4;

    private static final Set<ASN1ObjectIdentifier> MAC_DIGESTS = Set.of(OIWObjectIdentifiers.idSHA1,
            NISTObjectIdentifiers.id_sha224, NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384,
            NISTObjectIdentifiers.id_sha512);

    private final KdfLimits limits;
    private final KeyPolicy keyPolicy;

    public PfxReader(KdfLimits limits, KeyPolicy keyPolicy) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.keyPolicy = Objects.requireNonNull(keyPolicy, "keyPolicy");
    }

    /**
     * @throws RefusedParametersException    too large, or an algorithm or cost outside the allowlist or the caps
     * @throws UnreadableCredentialException wrong password, not a PKCS#12, or no certificate for the key
     */
    public PfxContents read(byte[] file, char[] password) throws RefusedParametersException, UnreadableCredentialException {
        // 1. Bound the input, then parse the structure only.
        if (file == null || file.length == 0 || password == null || password.length == 0) {
            throw new UnreadableCredentialException();
        }
        if (file.length > MAX_BYTES) {
            throw new RefusedParametersException("El archivo .pfx excede el tamaño máximo de 64 KiB.");
        }
        PKCS12PfxPdu pfx;
        ContentInfo[] safes;
        try {
            pfx = new PKCS12PfxPdu(file);
            safes = pfx.getContentInfos();
        } catch (Exception e) {
            throw new UnreadableCredentialException();
        }
        // 2. Check every derivation the file asks for, before the password is used.
        Budget budget = new Budget();
        checkMac(pfx, budget);
        for (ContentInfo safe : safes) {
            checkSafe(safe, budget);
        }
        // 3. The MAC proves the password (one derivation) before anything is decrypted.
        try {
            if (!pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), password)) {
                throw new UnreadableCredentialException();
            }
        } catch (UnreadableCredentialException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableCredentialException();
        }
        // 4. Decrypt the safes and the key; bags found inside encrypted safes are checked before use.
        InputDecryptorProvider decryptor;
        try {
            decryptor = new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BcProvider.INSTANCE).build(password);
        } catch (Exception e) {
            throw new UnreadableCredentialException();
        }
        List<PrivateKey> keys = new ArrayList<>();
        List<X509Certificate> certificates = new ArrayList<>();
        for (ContentInfo safe : safes) {
            boolean checkedInStep2 = PKCSObjectIdentifiers.data.equals(safe.getContentType());
            for (PKCS12SafeBag bag : bags(safe, decryptor)) {
                collect(bag, checkedInStep2, decryptor, budget, keys, certificates);
            }
        }
        // 5. Exactly one key, and the certificate it proves to belong to.
        return pair(keys, certificates);
    }

    private void checkMac(PKCS12PfxPdu pfx, Budget budget) throws RefusedParametersException {
        MacData mac = pfx.toASN1Structure().getMacData();
        if (mac == null) {
            throw new RefusedParametersException("El archivo .pfx no tiene código de integridad (MAC) y no se acepta.");
        }
        if (!MAC_DIGESTS.contains(mac.getMac().getAlgorithmId().getAlgorithm())) {
            throw new RefusedParametersException("El algoritmo de integridad (MAC) del archivo .pfx no es compatible.");
        }
        PbeAllowlist.requireIterations(mac.getIterationCount(), limits);
        budget.spend();
    }

    private void checkSafe(ContentInfo safe, Budget budget) throws RefusedParametersException, UnreadableCredentialException {
        ASN1ObjectIdentifier type = safe.getContentType();
        if (PKCSObjectIdentifiers.encryptedData.equals(type)) {
            EncryptedData encrypted;
            try {
                encrypted = EncryptedData.getInstance(safe.getContent());
            } catch (RuntimeException e) {
                throw new UnreadableCredentialException();
            }
            PbeAllowlist.requirePkcs12Encryption(encrypted.getEncryptionAlgorithm(), Protects.CERTIFICATES, limits);
            budget.spend();
        } else if (PKCSObjectIdentifiers.data.equals(type)) {
            for (PKCS12SafeBag bag : bags(safe, null)) {
                checkBag(bag, budget);
            }
        } else {
            throw new RefusedParametersException("El archivo .pfx usa un tipo de contenido no compatible (" + type + ").");
        }
    }

    private void checkBag(PKCS12SafeBag bag, Budget budget) throws RefusedParametersException, UnreadableCredentialException {
        Object value;
        try {
            value = bag.getBagValue();
        } catch (RuntimeException e) {
            // A bag whose content is not what its type says (e.g. a certBag without a certificate).
            throw new UnreadableCredentialException();
        }
        if (value instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
            PbeAllowlist.requirePkcs12Encryption(shrouded.getEncryptionAlgorithm(), Protects.PRIVATE_KEY, limits);
            budget.spend();
        }
    }

    private void collect(PKCS12SafeBag bag, boolean checkedInStep2, InputDecryptorProvider decryptor, Budget budget, List<PrivateKey> keys,
            List<X509Certificate> certificates) throws RefusedParametersException, UnreadableCredentialException {
        try {
            Object value = bag.getBagValue();
            if (value instanceof X509CertificateHolder holder) {
                certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
            } else if (value instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
                if (!checkedInStep2) {
                    checkBag(bag, budget); // found inside an encrypted safe: check it now, before decrypting
                }
                keys.add(new JcaPEMKeyConverter().getPrivateKey(shrouded.decryptPrivateKeyInfo(decryptor)));
            } else if (value instanceof PrivateKeyInfo plain) {
                keys.add(new JcaPEMKeyConverter().getPrivateKey(plain));
            }
        } catch (RefusedParametersException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableCredentialException();
        }
    }

    private PfxContents pair(List<PrivateKey> keys, List<X509Certificate> certificates) throws UnreadableCredentialException {
        if (keys.size() != 1) {
            throw new UnreadableCredentialException();
        }
        PrivateKey key = keys.get(0);
        for (X509Certificate candidate : certificates) {
            // The key policy bounds the cost of the proof (no 16384-bit RSA from the uploader).
            if (keyPolicy.check(candidate.getPublicKey()).isEmpty() && KeyMatch.matches(key, candidate.getPublicKey())) {
                List<X509Certificate> others = new ArrayList<>(certificates);
                others.remove(candidate);
                return new PfxContents(key, candidate, others);
            }
        }
        throw new UnreadableCredentialException();
    }

    private static PKCS12SafeBag[] bags(ContentInfo safe, InputDecryptorProvider decryptor) throws UnreadableCredentialException {
        try {
            boolean encrypted = PKCSObjectIdentifiers.encryptedData.equals(safe.getContentType());
            return (encrypted ? new PKCS12SafeBagFactory(safe, decryptor) : new PKCS12SafeBagFactory(safe)).getSafeBags();
        } catch (Exception e) {
            throw new UnreadableCredentialException();
        }
    }

    /** Counts the derivations a file asks for. */
    private static final class Budget {
        private int spent;

        void spend() throws RefusedParametersException {
            if (++spent > MAX_DERIVATIONS) {
                throw new RefusedParametersException("El archivo .pfx pide más de " + MAX_DERIVATIONS
                        + " derivaciones de la contraseña y no se acepta.");
            }
        }
    }
}
