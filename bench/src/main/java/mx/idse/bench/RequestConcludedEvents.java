package mx.idse.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import mx.idse.events.payload.DomicilioFiscal;
import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.testinfra.OperadorTokens;

/**
 * RequestConcluded payloads as request-service publishes them when an operator concludes a
 * principal request: each with its own folio, usuario and patrón (same RFC, its own registro
 * patronal, so each gets a new NPIE, the costlier path) and a client CSR. The Argon2id hash is made
 * once by the caller and shared: certificate-service only stores it.
 */
final class RequestConcludedEvents {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private RequestConcludedEvents() {
    }

    /**
     * {@code count} payloads numbered from {@code first} (so warm-up and measured events never
     * share a folio, usuario or patrón); {@code keys} is ec, rsa or mixed.
     */
    static List<RequestConcluded> make(int first, int count, String keys, String passwordHash) {
        List<String> csrs = ClientCsrs.make(count, keys);
        String run = symbols(ThreadLocalRandom.current().nextLong(), 4);
        Instant now = Instant.now();
        List<RequestConcluded> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int number = first + i;
            // The folio's shape (XXXX-XXXX-XXXX-C); the check symbol is not computed, nothing downstream checks it.
            String folio = run + "-" + symbols(number >>> 20, 4) + "-" + symbols(number, 4) + "-0";
            String usuario = "c" + run.toLowerCase(Locale.ROOT) + String.format("%08d", number);
            String registroPatronal = "Y54" + String.format("%08d", number);
            requests.add(new RequestConcluded(folio, TipoSolicitud.PRINCIPAL, usuario + "@example.mx",
                    new Patron(TipoPersona.MORAL, "CFE370814QI0", "Comisión Federal de Electricidad", registroPatronal, null),
                    new RepresentanteLegal("Beatriz Sánchez Cruz", "SABC560626MDFLRN01"),
                    new DomicilioFiscal("Paseo de la Reforma", "164", null, "Juárez", "06600", "Cuauhtémoc", "09"),
                    usuario, passwordHash, csrs.get(i), OperadorTokens.SUBDELEGACION, "operador-bench", now,
                    null, null, null));
        }
        return requests;
    }

    /** The low {@code count} * 5 bits of {@code value} as Crockford base32 symbols. */
    private static String symbols(long value, int count) {
        char[] out = new char[count];
        for (int i = count - 1; i >= 0; i--) {
            out[i] = CROCKFORD.charAt((int) (value & 0x1F));
            value >>>= 5;
        }
        return new String(out);
    }
}
