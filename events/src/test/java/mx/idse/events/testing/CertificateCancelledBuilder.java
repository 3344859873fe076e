package mx.idse.events.testing;

import java.time.Instant;

import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.MotivoCancelacion;
import mx.idse.events.payload.TipoCertificado;

/** A principal certificate cancelled online now at its holder's request; see {@link EventPayloads}. */
public final class CertificateCancelledBuilder {

    private String serial = EventPayloads.SERIAL;
    private String folio = EventPayloads.FOLIO;
    private TipoCertificado tipo = TipoCertificado.PRINCIPAL;
    private String npie = EventPayloads.NPIE;
    private String correo = EventPayloads.CORREO;
    private String motivo = MotivoCancelacion.SOLICITUD_DEL_TITULAR.name();
    private String origen = "EN_LINEA";
    private Instant fechaCancelacion = Instant.now();
    private String operador;
    private String subdelegacion;
    private String principalSerial;
    private String principalCorreo;

    CertificateCancelledBuilder() {
    }

    /** Cancelled at a Subdelegación by this operator. */
    public CertificateCancelledBuilder presencial(String operador, String subdelegacion) {
        this.origen = "PRESENCIAL";
        this.operador = operador;
        this.subdelegacion = subdelegacion;
        return this;
    }

    /** An additional certificate under the principal's serial; its principal is told at that address. */
    public CertificateCancelledBuilder adicionalOf(String principalSerial, String principalCorreo) {
        this.tipo = TipoCertificado.ADICIONAL;
        this.principalSerial = principalSerial;
        this.principalCorreo = principalCorreo;
        return this;
    }

    public CertificateCancelledBuilder serial(String serial) {
        this.serial = serial;
        return this;
    }

    public CertificateCancelledBuilder folio(String folio) {
        this.folio = folio;
        return this;
    }

    public CertificateCancelledBuilder npie(String npie) {
        this.npie = npie;
        return this;
    }

    public CertificateCancelledBuilder correo(String correo) {
        this.correo = correo;
        return this;
    }

    /** A {@link MotivoCancelacion} name, or any string (consumers must cope with motivos they do not know). */
    public CertificateCancelledBuilder motivo(String motivo) {
        this.motivo = motivo;
        return this;
    }

    public CertificateCancelledBuilder fechaCancelacion(Instant fechaCancelacion) {
        this.fechaCancelacion = fechaCancelacion;
        return this;
    }

    public CertificateCancelled build() {
        return new CertificateCancelled(serial, folio, tipo, npie, correo, motivo, origen, fechaCancelacion, operador,
                subdelegacion, principalSerial, principalCorreo);
    }
}
