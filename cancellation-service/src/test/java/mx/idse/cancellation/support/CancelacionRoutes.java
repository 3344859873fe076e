package mx.idse.cancellation.support;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.cancellation.certificado.CertificadoEntity;
import mx.idse.cancellation.certificado.EstadoCertificado;
import mx.idse.cancellation.support.Titulares.Titular;
import mx.idse.testinfra.OperadorTokens;

/** The cancellation routes as a holder's client and an operator's frontend call them. */
public final class CancelacionRoutes {

    public static final String ONLINE = "/api/v1/cancelaciones/en-linea";
    public static final String IN_PERSON = "/api/v1/cancelaciones/presenciales";
    public static final List<String> ALL_DOCUMENTS = List.of("IDENTIFICACION_OFICIAL", "TARJETA_IDENTIFICACION_PATRONAL",
            "CARTA_TERMINOS_CONDICIONES");

    private CancelacionRoutes() {
    }

    /** Online with the holder's own .pfx, usuario and contraseña. */
    public static ValidatableResponse online(Titular holder, String motivo) {
        return online(holder.pfx(), holder.usuario(), holder.contrasena(), motivo, null);
    }

    /**
     * Multipart as {@code curl -F 'certificado=<archivo.pfx'} sends it: parts without a filename,
     * the .pfx typed application/octet-stream; a null value leaves its part out.
     */
    public static ValidatableResponse online(byte[] pfx, String usuario, String contrasena, String motivo, String numeroSerie) {
        String boundary = "idse-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "certificado", "application/octet-stream", pfx);
        part(body, boundary, "usuario", "text/plain; charset=UTF-8", utf8(usuario));
        part(body, boundary, "contrasena", "text/plain; charset=UTF-8", utf8(contrasena));
        part(body, boundary, "motivo", "text/plain; charset=UTF-8", utf8(motivo));
        part(body, boundary, "numeroSerie", "text/plain; charset=UTF-8", utf8(numeroSerie));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return given().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post(ONLINE).then().log().ifValidationFails();
    }

    /** Online with a signed challenge (JSON). */
    public static ValidatableResponse onlineWithChallenge(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(ONLINE).then().log().ifValidationFails();
    }

    public static ValidatableResponse inPerson(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(IN_PERSON)
                .then().log().ifValidationFails();
    }

    /** In person by operator ana.lopez with the three documents. */
    public static ValidatableResponse inPerson(String numeroSerie, String motivo) {
        return inPerson(OperadorTokens.operador("ana.lopez"),
                Map.of("numeroSerie", numeroSerie, "motivo", motivo, "documentosVerificados", ALL_DOCUMENTS));
    }

    public static EstadoCertificado estado(String numeroSerie) {
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.find(numeroSerie).orElseThrow().estado);
    }

    /** CertificateCancelled events recorded in the outbox for this serial (published or not). */
    public static int eventsFor(DataSource dataSource, String numeroSerie) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE message_key = ? AND event_type LIKE '%cancelled%'")) {
            query.setString(1, numeroSerie);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String type, byte[] content) {
        if (content == null) {
            return;
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
