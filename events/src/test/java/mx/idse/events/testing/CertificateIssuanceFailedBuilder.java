package mx.idse.events.testing;

import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.TipoSolicitud;

/** A principal request refused for a weak key; see {@link EventPayloads}. */
public final class CertificateIssuanceFailedBuilder {

    private String folio = EventPayloads.FOLIO;
    private String correo = EventPayloads.CORREO;
    private String motivo = "LLAVE_DEBIL";
    private String detalle = "La llave RSA es de 1024 bits; se requieren 2048 o más";

    CertificateIssuanceFailedBuilder() {
    }

    public CertificateIssuanceFailedBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public CertificateIssuanceFailedBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public CertificateIssuanceFailedBuilder motivo(String motivo, String detalle) {
        this.motivo = motivo;
        this.detalle = detalle;
        return this;
    }

    public CertificateIssuanceFailed build() {
        return new CertificateIssuanceFailed(folio, TipoSolicitud.PRINCIPAL, correo, motivo, detalle, null);
    }
}
