package mx.idse.cancellation.support;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import mx.idse.cancellation.certificado.CertificadoEntity;
import mx.idse.cancellation.certificado.EstadoCertificado;
import mx.idse.cancellation.support.Titulares.Titular;
import mx.idse.events.EventType;
import mx.idse.events.testing.OutboxRows;
import mx.idse.testinfra.Multipart;
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

    /** Multipart as {@code curl -F 'certificado=<archivo.pfx'} sends it; a null value leaves its part out. */
    public static ValidatableResponse online(byte[] pfx, String usuario, String contrasena, String motivo, String numeroSerie) {
        return new Multipart().binary("certificado", pfx).text("usuario", usuario).text("contrasena", contrasena)
                .text("motivo", motivo).text("numeroSerie", numeroSerie).post(ONLINE);
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
        return OutboxRows.recordedFor(dataSource, numeroSerie, EventType.CERTIFICATE_CANCELLED);
    }
}
