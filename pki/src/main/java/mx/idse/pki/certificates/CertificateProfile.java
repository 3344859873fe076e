package mx.idse.pki.certificates;

import java.net.URI;
import java.util.Objects;

/**
 * The URLs an IDSE end-entity certificate points to; everything else in the profile is fixed
 * (docs/pki.md, "Certificate profile"): basicConstraints CA:FALSE (critical), keyUsage
 * digitalSignature + nonRepudiation (critical), extendedKeyUsage clientAuth + emailProtection,
 * subject and authority key identifiers, CRL distribution point, authority information access.
 *
 * @param crlDistributionPoint where the issuing CA's CRL is served (http, as RFC 5280 advises)
 * @param ocspResponder        the OCSP responder (AIA id-ad-ocsp)
 * @param caIssuers            where the issuing CA certificate can be fetched (AIA id-ad-caIssuers), or null
 */
public record CertificateProfile(URI crlDistributionPoint, URI ocspResponder, URI caIssuers) {

    public CertificateProfile {
        requireAbsolute(Objects.requireNonNull(crlDistributionPoint, "crlDistributionPoint"));
        requireAbsolute(Objects.requireNonNull(ocspResponder, "ocspResponder"));
        if (caIssuers != null) {
            requireAbsolute(caIssuers);
        }
    }

    private static void requireAbsolute(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("certificate URLs must be absolute with a host: " + uri);
        }
    }
}
