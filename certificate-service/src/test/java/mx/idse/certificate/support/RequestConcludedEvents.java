package mx.idse.certificate.support;

import java.util.concurrent.ThreadLocalRandom;

import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.RequestConcludedBuilder;

/**
 * RequestConcluded payloads as request-service publishes them, with unique folios, usuarios and
 * patrones; the rest is {@link EventPayloads}' defaults (e.g. its representante legal and razón social).
 */
public final class RequestConcludedEvents {

    public static final String PERSONA_FISICA = "José Ñúñez Peña";
    public static final String PERSONA_FISICA_CURP = "NUPJ800101HDFXXS06";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private RequestConcludedEvents() {
    }

    /** A persona moral's principal request, with its representante legal. */
    public static RequestConcluded moral(String rfc, String registroPatronal, String csr, String passwordHash) {
        return request(csr, passwordHash).patron(new Patron(TipoPersona.MORAL, rfc, EventPayloads.RAZON_SOCIAL,
                registroPatronal, null)).build();
    }

    /** A persona física applying for itself, without a representative. */
    public static RequestConcluded fisica(String rfc, String registroPatronal, String csr, String passwordHash) {
        return request(csr, passwordHash).patron(new Patron(TipoPersona.FISICA, rfc, PERSONA_FISICA, registroPatronal,
                PERSONA_FISICA_CURP)).representanteLegal(null).build();
    }

    /** An additional certificate for a member of the principal's staff, under the principal's serial. */
    public static RequestConcluded adicional(RequestConcluded principal, String principalSerial, String csr,
            String passwordHash) {
        String folio = "SOL-" + random(10, "0123456789");
        return request(csr, passwordHash).folio(folio).correo("personal+" + folio.toLowerCase() + "@example.mx")
                .patron(principal.patron()).representanteLegal(new RepresentanteLegal("Luis Pérez Gómez", "PEGL750312HDFRMS07"))
                .domicilioFiscal(principal.domicilioFiscal()).adicionalOf(principalSerial, principal.correo()).build();
    }

    /** A principal request with a unique folio, address and usuario. */
    private static RequestConcludedBuilder request(String csr, String passwordHash) {
        String folio = "SOL-" + random(10, "0123456789");
        return EventPayloads.requestConcluded().folio(folio).correo("titular+" + folio.toLowerCase() + "@example.mx")
                .usuario("usuario" + random(6, "0123456789")).csr(csr).passwordHash(passwordHash);
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
