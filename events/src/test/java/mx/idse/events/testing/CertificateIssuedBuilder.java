package mx.idse.events.testing;

import java.time.Duration;
import java.time.Instant;

import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.TipoCertificado;

/**
 * A principal certificate valid from a minute ago for two years, without an install URL (older
 * events had none); see {@link EventPayloads}.
 */
public final class CertificateIssuedBuilder {

    private String folio = EventPayloads.FOLIO;
    private TipoCertificado tipo = TipoCertificado.PRINCIPAL;
    private String serial = EventPayloads.SERIAL;
    private String npie = EventPayloads.NPIE;
    private String correo = EventPayloads.CORREO;
    private String nombre = EventPayloads.REPRESENTANTE;
    private String rfc = EventPayloads.RFC;
    private String usuario = EventPayloads.USUARIO;
    private Instant validoDesde = Instant.now().minusSeconds(60);
    private Instant validoHasta = validoDesde.plus(Duration.ofDays(730));
    private String principalSerial;
    private String principalCorreo;
    private String urlInstalacion;

    CertificateIssuedBuilder() {
    }

    /** An additional certificate under the principal's serial; its principal is told at that address. */
    public CertificateIssuedBuilder adicionalOf(String principalSerial, String principalCorreo) {
        this.tipo = TipoCertificado.ADICIONAL;
        this.principalSerial = principalSerial;
        this.principalCorreo = principalCorreo;
        return this;
    }

    public CertificateIssuedBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public CertificateIssuedBuilder tipo(TipoCertificado tipo) {
        this.tipo = tipo;
        return this;
    }

    public CertificateIssuedBuilder serial(String serial) {
        this.serial = serial;
        return this;
    }

    public CertificateIssuedBuilder npie(String npie) {
        this.npie = npie;
        return this;
    }

    public CertificateIssuedBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public CertificateIssuedBuilder nombre(String nombre) {
        this.nombre = nombre;
        return this;
    }

    public CertificateIssuedBuilder rfc(String rfc) {
        this.rfc = rfc;
        return this;
    }

    public CertificateIssuedBuilder usuario(String usuario) {
        this.usuario = usuario;
        return this;
    }

    public CertificateIssuedBuilder validity(Instant validoDesde, Instant validoHasta) {
        this.validoDesde = validoDesde;
        this.validoHasta = validoHasta;
        return this;
    }

    public CertificateIssuedBuilder urlInstalacion(String urlInstalacion) {
        this.urlInstalacion = urlInstalacion;
        return this;
    }

    public CertificateIssued build() {
        return new CertificateIssued(folio, tipo, serial, npie, correo, nombre, rfc, usuario, validoDesde, validoHasta,
                principalSerial, principalCorreo, urlInstalacion);
    }
}
