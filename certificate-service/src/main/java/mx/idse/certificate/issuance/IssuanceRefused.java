package mx.idse.certificate.issuance;

/** Issuance refused on the request's own content: becomes CertificateIssuanceFailed, never a retry. */
public class IssuanceRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final MotivoFalla motivo;

    /** @param detalle Spanish, shown to the applicant; never secrets */
    public IssuanceRefused(MotivoFalla motivo, String detalle) {
        super(detalle, null, false, false);
        this.motivo = motivo;
    }

    public MotivoFalla motivo() {
        return motivo;
    }

    public String detalle() {
        return getMessage();
    }
}
