package mx.idse.request.support;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Valid request bodies with unique usuarios, and short-hands for the calls tests make. */
public final class Solicitudes {

    public static final String RFC_MORAL = "CFE370814QI0";
    public static final String RFC_FISICA = "XIII860122DT8";
    public static final String CURP = "SABC560626MDFLRN01";
    public static final String CURP_FISICA = "UHQB840811HDFWXY02";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "abcdefghijkmnpqrstuvwxyz23456789";

    private Solicitudes() {
    }

    /** A fresh usuario (8-20 letters or digits) no other test uses. */
    public static String uniqueUsuario() {
        StringBuilder usuario = new StringBuilder("usr");
        for (int i = 0; i < 12; i++) {
            usuario.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return usuario.toString();
    }

    /** A valid persona moral request as a mutable JSON tree. */
    public static Map<String, Object> personaMoral() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patron", new LinkedHashMap<>(Map.of(
                "tipoPersona", "MORAL",
                "rfc", RFC_MORAL,
                "nombre", "Comisión Federal de Electricidad",
                "registroPatronal", "Y54-12345-10-8")));
        body.put("representanteLegal", new LinkedHashMap<>(Map.of(
                "nombre", "Beatriz Sánchez Cruz",
                "curp", CURP)));
        body.put("domicilioFiscal", new LinkedHashMap<>(Map.of(
                "calle", "Paseo de la Reforma",
                "numeroExterior", "164",
                "colonia", "Juárez",
                "codigoPostal", "06600",
                "municipio", "Cuauhtémoc",
                "entidadFederativa", "Ciudad de Mexico")));
        String usuario = uniqueUsuario();
        body.put("correo", usuario + "@example.mx");
        body.put("usuario", usuario);
        body.put("contrasena", "Secreto2026x");
        return body;
    }

    /** A valid persona física request (no representative). */
    public static Map<String, Object> personaFisica() {
        Map<String, Object> body = personaMoral();
        body.remove("representanteLegal");
        @SuppressWarnings("unchecked")
        Map<String, Object> patron = (Map<String, Object>) body.get("patron");
        patron.put("tipoPersona", "FISICA");
        patron.put("rfc", RFC_FISICA);
        patron.put("nombre", "Ximena Iturbide Ibarra");
        patron.put("curp", CURP_FISICA);
        return body;
    }

    /** Sets a nested field, e.g. {@code set(body, "patron.rfc", "X")}; null removes it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> set(Map<String, Object> body, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        if (value == null) {
            node.remove(parts[parts.length - 1]);
        } else {
            node.put(parts[parts.length - 1], value);
        }
        return body;
    }

    public static ValidatableResponse submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/solicitudes").then();
    }

    /** Submits a valid request with a CSR-less body and returns its folio. */
    public static String submitValid(Map<String, Object> body) {
        return submit(body).statusCode(201).extract().path("folio");
    }

    public static ValidatableResponse get(String folio) {
        return given().when().get("/api/v1/solicitudes/{folio}", folio).then();
    }

    /** Concludes with every document a persona moral needs, as operator "ana.lopez". */
    public static ValidatableResponse conclude(String folio, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("subdelegacion", "Subdelegación Centro", "documentosVerificados",
                        java.util.List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL",
                                "CARTA_TERMINOS_CONDICIONES", "PODER_NOTARIAL")))
                .when().post("/api/v1/solicitudes/{folio}/conclusion", folio).then();
    }
}
