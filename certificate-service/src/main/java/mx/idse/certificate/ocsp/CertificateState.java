package mx.idse.certificate.ocsp;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RevokedStatus;

import mx.idse.certificate.revocation.RevocationReasons;

/** What an OCSP answer says about one issued certificate: the columns it is signed from. */
record CertificateState(String numeroSerie, boolean cancelled, Instant cancelledAt, String motivo, Instant notAfter) {

    BigInteger serial() {
        return new BigInteger(numeroSerie);
    }

    /** good, or revoked with its time and reason (no reason for unspecified, as RFC 5280 5.3.1 asks). */
    CertificateStatus ocspStatus() {
        if (!cancelled) {
            return CertificateStatus.GOOD;
        }
        int code = RevocationReasons.reasonCode(motivo);
        CRLReason reason = code == RevocationReasons.UNSPECIFIED ? null : CRLReason.lookup(code);
        return new RevokedStatus(new RevokedInfo(new ASN1GeneralizedTime(Date.from(cancelledAt)), reason));
    }
}
