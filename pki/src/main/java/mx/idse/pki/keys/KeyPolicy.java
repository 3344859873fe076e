package mx.idse.pki.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Weak-key policy for subject keys, in the spirit of Let's Encrypt boulder's goodkey: RSA 2048
 * to 4096 bits with e = 65537 and a modulus free of known weaknesses, or EC P-256 / P-384 with a
 * valid point; anything else is refused. {@code check} returns empty when the key is acceptable,
 * else the reason in Spanish.
 */
public final class KeyPolicy {

    public static final int MIN_RSA_BITS = 2048;
    public static final int MAX_RSA_BITS = 4096;
    private static final BigInteger F4 = BigInteger.valueOf(65537);

    private final Set<String> blockedSpkiSha256Hex;

    /** @param blockedSpkiSha256Hex SHA-256 of DER SubjectPublicKeyInfo, hex, any case */
    public KeyPolicy(Set<String> blockedSpkiSha256Hex) {
        Objects.requireNonNull(blockedSpkiSha256Hex, "blockedSpkiSha256Hex");
        this.blockedSpkiSha256Hex = blockedSpkiSha256Hex.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The arithmetic rules with an empty blocklist. */
    public static KeyPolicy withDefaults() {
        return new KeyPolicy(Set.of());
    }

    public Optional<String> check(PublicKey key) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            return Optional.of("No se pudo leer la llave pública.");
        }
        SubjectPublicKeyInfo spki;
        try {
            spki = SubjectPublicKeyInfo.getInstance(encoded);
        } catch (RuntimeException e) {
            return Optional.of("No se pudo leer la llave pública.");
        }
        return check(spki);
    }

    public Optional<String> check(SubjectPublicKeyInfo spki) {
        Objects.requireNonNull(spki, "spki");
        try {
            if (blockedSpkiSha256Hex.contains(spkiSha256Hex(spki))) {
                return Optional.of("La llave pública está en la lista de llaves comprometidas; genere una nueva.");
            }
            ASN1ObjectIdentifier algorithm = spki.getAlgorithm().getAlgorithm();
            if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
                return checkRsa(RSAPublicKey.getInstance(spki.parsePublicKey()));
            }
            if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
                return checkEc(spki);
            }
            return Optional.of("Algoritmo de llave no permitido: use RSA de 2048 a 4096 bits o EC P-256/P-384.");
        } catch (IOException | RuntimeException e) {
            // Malformed encodings are refused, never allowed to escape as a 500.
            return Optional.of("La llave pública está mal codificada.");
        }
    }

    /** Hex SHA-256 of the DER SubjectPublicKeyInfo: the blocklist's key. */
    public static String spkiSha256Hex(SubjectPublicKeyInfo spki) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spki.getEncoded(ASN1Encoding.DER));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    private static Optional<String> checkRsa(RSAPublicKey rsa) {
        BigInteger n = rsa.getModulus();
        int bits = n.bitLength();
        if (n.signum() <= 0 || bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            return Optional.of("La llave RSA de " + bits + " bits no es aceptable: se requieren entre "
                    + MIN_RSA_BITS + " y " + MAX_RSA_BITS + " bits.");
        }
        if (!F4.equals(rsa.getPublicExponent())) {
            return Optional.of("El exponente público de la llave RSA debe ser 65537.");
        }
        if (!n.testBit(0)) {
            return Optional.of("El módulo de la llave RSA es par; la llave no es válida.");
        }
        if (RsaModulusChecks.hasSmallPrimeFactor(n)) {
            return Optional.of("El módulo de la llave RSA tiene un factor primo pequeño; la llave no es segura.");
        }
        if (RsaModulusChecks.hasRocaFingerprint(n)) {
            return Optional.of("La llave RSA tiene la huella de la vulnerabilidad ROCA (CVE-2017-15361);"
                    + " genere una nueva con otro dispositivo o programa.");
        }
        if (RsaModulusChecks.isFermatFactorable(n, RsaModulusChecks.FERMAT_ROUNDS)) {
            return Optional.of("La llave RSA puede factorizarse: sus factores primos están demasiado cerca.");
        }
        return Optional.empty();
    }

    private static Optional<String> checkEc(SubjectPublicKeyInfo spki) {
        X962Parameters params = X962Parameters.getInstance(spki.getAlgorithm().getParameters());
        // Explicit curve parameters are refused: only a named, allowed curve is trusted.
        if (!params.isNamedCurve()) {
            return Optional.of("La llave EC debe usar una curva con nombre: P-256 o P-384.");
        }
        ASN1ObjectIdentifier curve = ASN1ObjectIdentifier.getInstance(params.getParameters());
        if (!SECObjectIdentifiers.secp256r1.equals(curve) && !SECObjectIdentifiers.secp384r1.equals(curve)) {
            return Optional.of("Curva elíptica no permitida: solo P-256 (secp256r1) y P-384 (secp384r1).");
        }
        X9ECParameters x9 = ECNamedCurveTable.getByOID(curve);
        String notOnCurve = "El punto público de la llave EC no es válido para la curva.";
        ECPoint point;
        try {
            point = x9.getCurve().decodePoint(spki.getPublicKeyData().getOctets());
        } catch (IllegalArgumentException e) {
            return Optional.of(notOnCurve); // BC refuses off-curve coordinates while decoding
        }
        return point.isInfinity() || !point.isValid() ? Optional.of(notOnCurve) : Optional.empty();
    }
}
