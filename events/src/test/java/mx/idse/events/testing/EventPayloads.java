package mx.idse.events.testing;

import java.time.LocalDate;
import java.time.ZoneId;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.TipoPersona;

/**
 * Event payloads for tests, built by name instead of by position:
 * {@code EventPayloads.certificateIssued().folio(f).serial(s).build()}. Every field starts with a
 * valid value (the examples of {@code asyncapi.yaml}; instants at build time, so a certificate is
 * valid now); a test sets only what it is about.
 */
public final class EventPayloads {

    public static final String FOLIO = "M9S3-46Q3-D25V-N";
    public static final String SERIAL = "482915730046128";
    public static final String NPIE = "NP100000011";
    public static final String CORREO = "rh@example.com.mx";
    public static final String RFC = "CFE370814QI0";
    public static final String RAZON_SOCIAL = "Comisión Federal de Electricidad";
    public static final String REGISTRO_PATRONAL = "Y5412345678";
    public static final String REPRESENTANTE = "Beatriz Sánchez Cruz";
    public static final String REPRESENTANTE_CURP = "SABC560626MDFLRN01";
    public static final String USUARIO = "cfeNomina01";
    public static final String SUBDELEGACION = "Subdelegación Centro";
    public static final String OPERADOR = "operador-1";

    private EventPayloads() {
    }

    public static RequestSubmittedBuilder requestSubmitted() {
        return new RequestSubmittedBuilder();
    }

    public static RequestDeadlineApproachingBuilder requestDeadlineApproaching() {
        return new RequestDeadlineApproachingBuilder();
    }

    public static RequestRejectedBuilder requestRejected() {
        return new RequestRejectedBuilder();
    }

    public static RequestExpiredBuilder requestExpired() {
        return new RequestExpiredBuilder();
    }

    public static RequestWithdrawnBuilder requestWithdrawn() {
        return new RequestWithdrawnBuilder();
    }

    public static RequestConcludedBuilder requestConcluded() {
        return new RequestConcludedBuilder();
    }

    public static CertificateIssuedBuilder certificateIssued() {
        return new CertificateIssuedBuilder();
    }

    public static CertificateIssuanceFailedBuilder certificateIssuanceFailed() {
        return new CertificateIssuanceFailedBuilder();
    }

    public static CertificateExpiringBuilder certificateExpiring() {
        return new CertificateExpiringBuilder();
    }

    public static CertificateCancelledBuilder certificateCancelled() {
        return new CertificateCancelledBuilder();
    }

    /** The persona moral of the examples, without CURP. */
    public static Patron patronMoral() {
        return new Patron(TipoPersona.MORAL, RFC, RAZON_SOCIAL, REGISTRO_PATRONAL, null);
    }

    public static RepresentanteLegal representanteLegal() {
        return new RepresentanteLegal(REPRESENTANTE, REPRESENTANTE_CURP);
    }

    public static DomicilioFiscal domicilioFiscal() {
        return new DomicilioFiscal("Avenida Paseo de la Reforma", "164", null, "Juárez", "06600", "Cuauhtémoc", "09");
    }

    /** Today in Mexico City, where deadlines are counted. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Mexico_City"));
    }

    /** Ten business days or so from today: a deadline still ahead. */
    static LocalDate fechaLimite() {
        return today().plusDays(14);
    }
}
