package mx.idse.certificate.crl;

import mx.idse.events.payload.MotivoCancelacion;

/** The RFC 5280 reason code of a stored motivo (a {@link MotivoCancelacion} name). */
final class CrlReasons {

    private CrlReasons() {
    }

    /**
     * The motivo's reason code; a missing or unknown name is unspecified (0), so a value written
     * by an older or newer version never keeps a certificate off the CRL.
     */
    static int of(String motivo) {
        if (motivo == null) {
            return 0;
        }
        try {
            return MotivoCancelacion.valueOf(motivo).reasonCode();
        } catch (IllegalArgumentException unknown) {
            return 0;
        }
    }
}
