package mx.idse.pki.pbe;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

import mx.idse.pki.keys.BcProvider;

/**
 * Opens an applicant's {@code .key}: an encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}) in PEM
 * or DER, protected with PBES2, as {@code KeyGenerator} and {@code openssl pkcs8 -topk8 -v2
 * aes-256-cbc} write it. The file's KDF parameters are checked against the caps before the
 * password is used. Thread-safe.
 */
public final class EncryptedKeyReader {

    /** An encrypted RSA-4096 key is about 3.3 KiB in PEM; 16 KiB leaves room and caps abuse. */
    public static final int MAX_BYTES = 16 * 1024;

    private static final String PEM_TYPE = "ENCRYPTED PRIVATE KEY";

    private final KdfLimits limits;

    public EncryptedKeyReader(KdfLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @throws RefusedParametersException     too large, or a KDF or cipher outside the allowlist or the caps
     * @throws UnreadableCredentialException  wrong password, or not an encrypted private key
     */
    public PrivateKey read(byte[] file, char[] password) throws RefusedParametersException, UnreadableCredentialException {
        // 1. Bound the input before parsing anything.
        if (file == null || file.length == 0 || password == null || password.length == 0) {
            throw new UnreadableCredentialException();
        }
        if (file.length > MAX_BYTES) {
            throw new RefusedParametersException("El archivo de llave excede el tamaño máximo de 16 KiB.");
        }
        // 2. Parse the structure only (PEM or DER); nothing is derived yet.
        EncryptedPrivateKeyInfo info = parse(file);
        // 3. Refuse expensive or unknown parameters before the password is used.
        PbeAllowlist.requirePbes2(info.getEncryptionAlgorithm(), limits);
        // 4. Derive, decrypt and decode; every failure is the same failure.
        try {
            PrivateKeyInfo keyInfo = new PKCS8EncryptedPrivateKeyInfo(info).decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BcProvider.INSTANCE).build(password));
            return new JcaPEMKeyConverter().getPrivateKey(keyInfo);
        } catch (Exception e) {
            throw new UnreadableCredentialException();
        }
    }

    private static EncryptedPrivateKeyInfo parse(byte[] file) throws UnreadableCredentialException {
        try {
            byte[] der = looksLikePem(file) ? pemContent(file) : file;
            return EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableCredentialException();
        }
    }

    private static boolean looksLikePem(byte[] file) {
        return new String(file, 0, Math.min(file.length, 64), StandardCharsets.US_ASCII).strip().startsWith("-----BEGIN ");
    }

    /** Exactly one {@code ENCRYPTED PRIVATE KEY} block; anything else (a plain key, a certificate) is not accepted. */
    private static byte[] pemContent(byte[] file) throws IOException, UnreadableCredentialException {
        try (PemReader reader = new PemReader(new StringReader(new String(file, StandardCharsets.US_ASCII)))) {
            PemObject first = reader.readPemObject();
            if (first == null || !PEM_TYPE.equals(first.getType()) || reader.readPemObject() != null) {
                throw new UnreadableCredentialException();
            }
            return first.getContent();
        }
    }
}
