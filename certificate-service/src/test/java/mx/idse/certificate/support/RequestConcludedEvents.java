package mx.idse.certificate.support;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;

/** RequestConcluded payloads as request-service publishes them, with unique folios and patrones. */
public final class RequestConcludedEvents {

    public static final String REPRESENTANTE = "Beatriz Sánchez Cruz";
    public static final String REPRESENTANTE_CURP = "SABC560626MDFLRN01";
    public static final String RAZON_SOCIAL = "Comisión Federal de Electricidad";
    public static final String PERSONA_FISICA = "José Ñúñez Peña";
    public static final String PERSONA_FISICA_CURP = "NUPJ800101HDFXXS06";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private RequestConcludedEvents() {
    }

    /** A persona moral's principal request, with its representante legal. */
    public static RequestConcluded moral(String rfc, String registroPatronal, String csr, String passwordHash) {
        return request(new Patron(TipoPersona.MORAL, rfc, RAZON_SOCIAL, registroPatronal, null),
                new RepresentanteLegal(REPRESENTANTE, REPRESENTANTE_CURP), csr, passwordHash);
    }

    /** A persona física applying for itself, without a representative. */
    public static RequestConcluded fisica(String rfc, String registroPatronal, String csr, String passwordHash) {
        return request(new Patron(TipoPersona.FISICA, rfc, PERSONA_FISICA, registroPatronal, PERSONA_FISICA_CURP),
                null, csr, passwordHash);
    }

    /** An additional certificate for a member of the principal's staff, under the principal's serial. */
    public static RequestConcluded adicional(RequestConcluded principal, String principalSerial, String csr,
            String passwordHash) {
        String folio = "SOL-" + random(10, "0123456789");
        return new RequestConcluded(folio, TipoSolicitud.ADICIONAL, "personal+" + folio.toLowerCase() + "@example.mx",
                principal.patron(), new RepresentanteLegal("Luis Pérez Gómez", "PEGL750312HDFRMS07"),
                principal.domicilioFiscal(), "usuario" + random(6, "0123456789"), passwordHash, csr, null, null,
                Instant.now(), null, principalSerial, principal.correo());
    }

    private static RequestConcluded request(Patron patron, RepresentanteLegal representante, String csr,
            String passwordHash) {
        String folio = "SOL-" + random(10, "0123456789");
        return new RequestConcluded(folio, TipoSolicitud.PRINCIPAL, "titular+" + folio.toLowerCase() + "@example.mx",
                patron, representante, new DomicilioFiscal("Reforma", "164", null, "Juárez", "06600", "Cuauhtémoc",
                        "CDMX"), "usuario" + random(6, "0123456789"), passwordHash, csr, "Subdelegación Centro",
                "operador-1", Instant.now(), null, null, null);
    }

    /** A unique 12-character RFC of a persona moral (shape only). */
    public static String rfcMoral() {
        return random(3, LETTERS) + "010101" + random(3, LETTERS);
    }

    /** A unique 13-character RFC of a persona física (shape only). */
    public static String rfcFisica() {
        return random(4, LETTERS) + "800101" + random(3, LETTERS);
    }

    /** A unique registro patronal: 3 letters or digits, then 8 digits. */
    public static String registroPatronal() {
        return random(3, LETTERS) + random(8, "0123456789");
    }

    private static String random(int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
