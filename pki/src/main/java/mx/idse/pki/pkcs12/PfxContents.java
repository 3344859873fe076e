package mx.idse.pki.pkcs12;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What an opened PKCS#12 holds: the private key, the certificate it was proven to belong to
 * ({@code KeyMatch}), and the other certificates (usually the chain). Whether that certificate
 * is one this CA issued, active and valid, is the caller's check.
 */
public record PfxContents(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> otherCertificates) {

    public PfxContents {
        otherCertificates = List.copyOf(otherCertificates);
    }

    /** Keeps the private key out of logs even when the record is printed. */
    @Override
    public String toString() {
        return "PfxContents[certificate=" + certificate.getSubjectX500Principal() + ", serial="
                + certificate.getSerialNumber() + ", otherCertificates=" + otherCertificates.size() + ", privateKey=<redacted>]";
    }
}
