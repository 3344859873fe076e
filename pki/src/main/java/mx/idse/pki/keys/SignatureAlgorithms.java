package mx.idse.pki.keys;

import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The signature algorithms accepted on a CSR: SHA-256, SHA-384 or SHA-512 with RSA PKCS#1 v1.5,
 * RSA-PSS (MGF1 with the same hash) or ECDSA. MD5, SHA-1 and SHA-224 are refused.
 */
public final class SignatureAlgorithms {

    private static final Set<ASN1ObjectIdentifier> RSA_PKCS1 = Set.of(
            PKCSObjectIdentifiers.sha256WithRSAEncryption,
            PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption);
    private static final Set<ASN1ObjectIdentifier> ECDSA = Set.of(
            X9ObjectIdentifiers.ecdsa_with_SHA256,
            X9ObjectIdentifiers.ecdsa_with_SHA384,
            X9ObjectIdentifiers.ecdsa_with_SHA512);
    private static final Set<ASN1ObjectIdentifier> HASHES = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private SignatureAlgorithms() {
    }

    public static boolean isAllowed(AlgorithmIdentifier algorithm) {
        if (algorithm == null) {
            return false;
        }
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (RSA_PKCS1.contains(oid)) {
            // RFC 4055: parameters absent or NULL.
            ASN1Encodable params = algorithm.getParameters();
            return params == null || DERNull.INSTANCE.equals(params);
        }
        if (ECDSA.contains(oid)) {
            return algorithm.getParameters() == null; // RFC 5758: parameters absent
        }
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
            return isAllowedPss(algorithm.getParameters());
        }
        return false;
    }

    private static boolean isAllowedPss(ASN1Encodable encoded) {
        if (encoded == null) {
            return false; // the defaults are SHA-1
        }
        try {
            RSASSAPSSparams params = RSASSAPSSparams.getInstance(encoded);
            ASN1ObjectIdentifier hash = params.getHashAlgorithm().getAlgorithm();
            AlgorithmIdentifier mgf = params.getMaskGenAlgorithm();
            if (!HASHES.contains(hash) || !PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())) {
                return false;
            }
            AlgorithmIdentifier mgfHash = AlgorithmIdentifier.getInstance(mgf.getParameters());
            return hash.equals(mgfHash.getAlgorithm()) && params.getTrailerField().intValue() == 1;
        } catch (RuntimeException e) {
            return false; // malformed parameters
        }
    }
}
