package mx.idse.pki.pbe;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The password-based encryption this project opens, checked on the AlgorithmIdentifier alone,
 * before any key derivation (docs/pki.md, "KDF caps"):
 * <ul>
 * <li>PBES2 with PBKDF2 (PRF HMAC-SHA-1/224/256/384/512) or scrypt, and AES-128/192/256-CBC:
 * what OpenSSL 3, {@code KeyGenerator}, {@code Pkcs12Builder} and Windows' "AES256-SHA256"
 * export write;</li>
 * <li>PKCS#12 only: the legacy {@code pbeWithSHAAnd3-KeyTripleDES-CBC} of Windows' "TripleDES-SHA1"
 * export and of older Java and OpenSSL 1.x (same iteration cap, nothing else to support); and
 * {@code pbeWithSHAAnd40BitRC2-CBC}/{@code 128BitRC2} for the certificate bag only, where
 * OpenSSL 1.x and older Windows put it: it protects public certificates, never a key.</li>
 * </ul>
 * Everything else (PBES1 with DES/MD5, RC4, DES, unknown OIDs, malformed parameters) is refused.
 */
public final class PbeAllowlist {

    private static final Set<ASN1ObjectIdentifier> PBKDF2_PRFS = Set.of(
            PKCSObjectIdentifiers.id_hmacWithSHA1, PKCSObjectIdentifiers.id_hmacWithSHA224,
            PKCSObjectIdentifiers.id_hmacWithSHA256, PKCSObjectIdentifiers.id_hmacWithSHA384,
            PKCSObjectIdentifiers.id_hmacWithSHA512);
    private static final Set<ASN1ObjectIdentifier> CIPHERS = Set.of(
            NISTObjectIdentifiers.id_aes128_CBC, NISTObjectIdentifiers.id_aes192_CBC, NISTObjectIdentifiers.id_aes256_CBC);
    private static final Map<ASN1ObjectIdentifier, Boolean> PKCS12_LEGACY_KEY_ALLOWED = Map.of(
            PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC, true,
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC, false,
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC, false);
    private static final BigInteger SCRYPT_BLOCK_BYTES = BigInteger.valueOf(128);

    /** Where an encryption algorithm was found: a key may be protected only by the stronger ones. */
    public enum Protects { PRIVATE_KEY, CERTIFICATES }

    private PbeAllowlist() {
    }

    /** PBES2 only: the encrypted PKCS#8 .key of an applicant. */
    public static void requirePbes2(AlgorithmIdentifier algorithm, KdfLimits limits) throws RefusedParametersException {
        if (algorithm == null || !PKCSObjectIdentifiers.id_PBES2.equals(algorithm.getAlgorithm())) {
            throw new RefusedParametersException("El cifrado de la llave no es compatible: use PBES2 con AES"
                    + " (openssl pkcs8 -topk8 -v2 aes-256-cbc).");
        }
        PBES2Parameters pbes2;
        try {
            pbes2 = PBES2Parameters.getInstance(algorithm.getParameters());
        } catch (RuntimeException e) {
            throw malformed();
        }
        if (pbes2 == null || !CIPHERS.contains(pbes2.getEncryptionScheme().getAlgorithm())) {
            throw new RefusedParametersException("El algoritmo de cifrado no es compatible: use AES-128, AES-192 o AES-256 en modo CBC.");
        }
        KeyDerivationFunc kdf = pbes2.getKeyDerivationFunc();
        if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
            checkPbkdf2(kdf.getParameters(), limits);
        } else if (MiscObjectIdentifiers.id_scrypt.equals(kdf.getAlgorithm())) {
            checkScrypt(kdf.getParameters(), limits);
        } else {
            throw new RefusedParametersException("La función de derivación de la contraseña no es compatible: use PBKDF2 o scrypt.");
        }
    }

    /** A bag or safe of a PKCS#12 file: PBES2, or the legacy PKCS#12 PBE allowed for what it protects. */
    public static void requirePkcs12Encryption(AlgorithmIdentifier algorithm, Protects protects, KdfLimits limits)
            throws RefusedParametersException {
        Boolean allowedForKeys = algorithm == null ? null : PKCS12_LEGACY_KEY_ALLOWED.get(algorithm.getAlgorithm());
        if (allowedForKeys == null) {
            requirePbes2(algorithm, limits);
            return;
        }
        if (protects == Protects.PRIVATE_KEY && !allowedForKeys) {
            throw new RefusedParametersException("La llave del archivo .pfx está cifrada con RC2, que no se acepta:"
                    + " expórtela con AES-256 (o TripleDES).");
        }
        PKCS12PBEParams params;
        try {
            params = PKCS12PBEParams.getInstance(algorithm.getParameters());
        } catch (RuntimeException e) {
            throw malformed();
        }
        if (params == null) {
            throw malformed();
        }
        requireIterations(params.getIterations(), limits);
    }

    /** The iteration count of a PKCS#12 MAC or PBKDF2: at least 1, at most the cap. */
    public static void requireIterations(BigInteger iterations, KdfLimits limits) throws RefusedParametersException {
        if (iterations == null || iterations.signum() <= 0) {
            throw malformed();
        }
        if (iterations.compareTo(BigInteger.valueOf(limits.maxPbkdf2Iterations())) > 0) {
            throw new RefusedParametersException("El archivo pide " + iterations + " iteraciones de derivación de la"
                    + " contraseña; el máximo aceptado es " + limits.maxPbkdf2Iterations() + ".");
        }
    }

    private static void checkPbkdf2(ASN1Encodable kdfParameters, KdfLimits limits) throws RefusedParametersException {
        PBKDF2Params params;
        try {
            params = PBKDF2Params.getInstance(kdfParameters);
        } catch (RuntimeException e) {
            throw malformed();
        }
        if (params == null || !PBKDF2_PRFS.contains(params.getPrf().getAlgorithm())) {
            throw new RefusedParametersException("La función PRF de PBKDF2 no es compatible: use HMAC con SHA-1 o SHA-2.");
        }
        requireIterations(params.getIterationCount(), limits);
    }

    private static void checkScrypt(ASN1Encodable kdfParameters, KdfLimits limits) throws RefusedParametersException {
        ScryptParams params;
        try {
            params = ScryptParams.getInstance(kdfParameters);
        } catch (RuntimeException e) {
            throw malformed();
        }
        if (params == null) {
            throw malformed();
        }
        BigInteger n = params.getCostParameter();
        BigInteger r = params.getBlockSize();
        BigInteger p = params.getParallelizationParameter();
        if (n.compareTo(BigInteger.ONE) <= 0 || n.bitCount() != 1 || r.signum() <= 0 || p.signum() <= 0) {
            throw malformed();
        }
        BigInteger work = SCRYPT_BLOCK_BYTES.multiply(n).multiply(r).multiply(p);
        if (work.compareTo(BigInteger.valueOf(limits.maxScryptBytes())) > 0) {
            throw new RefusedParametersException("El archivo pide una derivación scrypt de " + work + " bytes"
                    + " (128·N·r·p); el máximo aceptado es " + limits.maxScryptBytes() + ".");
        }
    }

    private static RefusedParametersException malformed() {
        return new RefusedParametersException("Los parámetros de cifrado del archivo están mal formados.");
    }
}
