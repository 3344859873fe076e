package mx.idse.events.testing;

import java.time.Duration;
import java.time.Instant;

import mx.idse.events.payload.CertificateExpiring;
import mx.idse.events.payload.TipoCertificado;

/** A principal certificate that expires in 30 days; see {@link EventPayloads}. */
public final class CertificateExpiringBuilder {

    private String serial = EventPayloads.SERIAL;
    private TipoCertificado tipo = TipoCertificado.PRINCIPAL;
    private String npie = EventPayloads.NPIE;
    private String correo = EventPayloads.CORREO;
    private Instant validoHasta = Instant.now().plus(Duration.ofDays(30));

    CertificateExpiringBuilder() {
    }

    public CertificateExpiringBuilder serial(String serial) {
        this.serial = serial;
        return this;
    }

    public CertificateExpiringBuilder tipo(TipoCertificado tipo) {
        this.tipo = tipo;
        return this;
    }

    public CertificateExpiringBuilder npie(String npie) {
        this.npie = npie;
        return this;
    }

    public CertificateExpiringBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    public CertificateExpiringBuilder validoHasta(Instant validoHasta) {
        this.validoHasta = validoHasta;
        return this;
    }

    public CertificateExpiring build() {
        return new CertificateExpiring(serial, tipo, npie, correo, validoHasta);
    }
}
