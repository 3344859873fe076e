package mx.idse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Valid {@code POST /api/v1/solicitudes} bodies as an applicant's tool sends them: a persona moral
 * with its representative, a distinct usuario each, and a CSR made with the applicant's own key
 * (EC P-256 or RSA-2048, {@link ClientCsrs}). Built before the clock starts.
 */
final class IntakeBodies {

    private IntakeBodies() {
    }

    /** {@code count} bodies; {@code keys} is ec, rsa or mixed (alternating, EC first). */
    static List<String> make(int count, String keys) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> csrs = ClientCsrs.make(count, keys);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String usuario = "b" + run + String.format("%06d", i);
            bodies.add(json(usuario, csrs.get(i)));
        }
        return bodies;
    }

    private static String json(String usuario, String csrPem) {
        return """
                {"patron":{"tipoPersona":"MORAL","rfc":"CFE370814QI0","nombre":"Comisión Federal de Electricidad",\
                "registroPatronal":"Y54-12345-10-8"},\
                "representanteLegal":{"nombre":"Beatriz Sánchez Cruz","curp":"SABC560626MDFLRN01"},\
                "domicilioFiscal":{"calle":"Paseo de la Reforma","numeroExterior":"164","colonia":"Juárez",\
                "codigoPostal":"06600","municipio":"Cuauhtémoc","entidadFederativa":"Ciudad de Mexico"},\
                "correo":"%s@example.mx","usuario":"%s","contrasena":"Secreto2026x","csr":"%s"}"""
                .formatted(usuario, usuario, csrPem.replace("\r", "").replace("\n", "\\n"));
    }
}
