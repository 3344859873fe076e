package mx.idse.cancellation.enlinea;

import static mx.idse.cancellation.support.CancelacionRoutes.online;
import static mx.idse.cancellation.support.CancelacionRoutes.onlineWithChallenge;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import mx.idse.cancellation.certificado.EstadoCertificado;
import mx.idse.cancellation.support.CancelacionRoutes;
import mx.idse.cancellation.support.Titulares;
import mx.idse.cancellation.support.Titulares.Titular;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.platform.testing.FakeCredentialCheck;
import mx.idse.testinfra.KafkaTopics;

/** The holder cancels online, proven by certificate-service's credential check (a stand-in here). */
@QuarkusTest
class CancelacionEnLineaTest {

    @Inject
    DataSource dataSource;

    @Test
    void theHolderCancelsWithItsPfxAndCertificateCancelledIsPublished() {
        Titular holder = Titulares.principal();

        String id = online(holder, "PERDIDA_O_ROBO").statusCode(201)
                .header("Location", containsString("/api/v1/cancelaciones/"))
                .body("numeroSerie", equalTo(holder.numeroSerie()))
                .body("motivo", equalTo("PERDIDA_O_ROBO"))
                .body("canal", equalTo("EN_LINEA"))
                .body("fecha", notNullValue())
                .body("adicionalesCancelados", empty())
                .extract().path("id");

        assertEquals(EstadoCertificado.CANCELADO, CancelacionRoutes.estado(holder.numeroSerie()));
        CertificateCancelled event = cancelledEvent(holder.numeroSerie());
        assertEquals(holder.folio(), event.folio());
        assertEquals(TipoCertificado.PRINCIPAL, event.tipo());
        assertEquals(holder.npie(), event.npie());
        assertEquals(holder.correo(), event.correo());
        assertEquals("PERDIDA_O_ROBO", event.motivo());
        assertEquals("EN_LINEA", event.origen());
        assertEquals(null, event.operador());
        io.restassured.RestAssured.given().get("/api/v1/cancelaciones/" + id).then().statusCode(200)
                .body("numeroSerie", equalTo(holder.numeroSerie()))
                .body("canal", equalTo("EN_LINEA"));
    }

    @Test
    void eachWrongCredentialIs401AndCancelsNothing() throws Exception {
        Titular holder = Titulares.principal();
        Titular other = Titulares.principal();
        Map<String, Runnable> attempts = new java.util.LinkedHashMap<>();
        attempts.put("wrong password", () -> online(holder.pfx(), holder.usuario(), "OtraClave2026", "PERDIDA_O_ROBO", null)
                .statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS")));
        attempts.put("wrong usuario", () -> online(holder.pfx(), "otroUsuario1", holder.contrasena(), "PERDIDA_O_ROBO", null)
                .statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS")));
        attempts.put("another holder's pfx", () -> online(other.pfx(), holder.usuario(), holder.contrasena(),
                "PERDIDA_O_ROBO", null).statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS")));
        attempts.put("damaged pfx", () -> online(new byte[] {0x30, 0x03, 0x02, 0x01, 0x03}, holder.usuario(),
                holder.contrasena(), "PERDIDA_O_ROBO", null).statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS")));
        attempts.forEach((cause, attempt) -> attempt.run());

        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(other.numeroSerie()));
        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, holder.numeroSerie()));
        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, other.numeroSerie()));
    }

    @Test
    void aCertificateCancelledHereNoLongerAuthenticatesEvenIfCertificateServiceHasNotHeardYet() throws Exception {
        Titular holder = Titulares.principal();
        online(holder, "CAMBIO_DE_DATOS").statusCode(201);

        // The stand-in still answers 200, as certificate-service would before it consumed the event.
        online(holder, "PERDIDA_O_ROBO").statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS"));
        assertEquals(1, CancelacionRoutes.eventsFor(dataSource, holder.numeroSerie()));
    }

    @Test
    void repeatedFailuresLockTheUsuarioWith429BeforeCertificateServiceIsAsked() {
        Titular holder = Titulares.principal();
        for (int i = 0; i < 5; i++) {
            online(holder.pfx(), holder.usuario(), "Equivocada" + i, "PERDIDA_O_ROBO", null).statusCode(401);
        }
        int callsBefore = FakeCredentialCheck.running().calls();

        online(holder, "PERDIDA_O_ROBO").statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("DEMASIADOS_INTENTOS"));

        assertEquals(callsBefore, FakeCredentialCheck.running().calls(), "a locked usuario is not checked");
        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
    }

    @Test
    void certificateServiceDownIs503AndCancelsNothing() throws Exception {
        Titular holder = Titulares.principal();
        FakeCredentialCheck.stop();
        try {
            online(holder, "PERDIDA_O_ROBO").statusCode(503)
                    .header("Retry-After", notNullValue())
                    .body("code", equalTo("SERVICIO_NO_DISPONIBLE"));
        } finally {
            FakeCredentialCheck.running();
        }
        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, holder.numeroSerie()));
    }

    @Test
    void theHolderCancelsWithASignedChallenge() {
        Titular holder = Titulares.principal();

        onlineWithChallenge(challenge(holder, "SOLICITUD_DEL_TITULAR", null)).statusCode(201)
                .body("numeroSerie", equalTo(holder.numeroSerie()))
                .body("motivo", equalTo("SOLICITUD_DEL_TITULAR"));

        assertEquals("SOLICITUD_DEL_TITULAR", cancelledEvent(holder.numeroSerie()).motivo());
    }

    @Test
    void aWrongSignatureIs401() throws Exception {
        Titular holder = Titulares.principal();
        Map<String, Object> body = challenge(holder, "PERDIDA_O_ROBO", null);
        body.put("firma", "b3RyYSBmaXJtYQ==");

        onlineWithChallenge(body).statusCode(401).body("code", equalTo("CREDENCIALES_INVALIDAS"));
        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, holder.numeroSerie()));
    }

    @Test
    void aPrincipalCancelsOneOfItsAdditionalsOnline() {
        List<Titular> family = Titulares.principalWithAdditionals(2);
        Titular principal = family.get(0);
        Titular leaving = family.get(1);

        online(principal.pfx(), principal.usuario(), principal.contrasena(), "CESE_DE_OPERACIONES", leaving.numeroSerie())
                .statusCode(201)
                .body("numeroSerie", equalTo(leaving.numeroSerie()))
                .body("adicionalesCancelados", empty());

        assertEquals(EstadoCertificado.CANCELADO, CancelacionRoutes.estado(leaving.numeroSerie()));
        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(principal.numeroSerie()));
        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(family.get(2).numeroSerie()));
        CertificateCancelled event = cancelledEvent(leaving.numeroSerie());
        assertEquals(TipoCertificado.ADICIONAL, event.tipo());
        assertEquals(principal.numeroSerie(), event.principalSerial());
        assertEquals(principal.correo(), event.principalCorreo());
    }

    @Test
    void aPrincipalCannotCancelAnotherPrincipalsAdditionalNorCanAnAdditionalCancelItsPrincipal() throws Exception {
        List<Titular> family = Titulares.principalWithAdditionals(1);
        Titular stranger = Titulares.principal();

        online(stranger.pfx(), stranger.usuario(), stranger.contrasena(), "PERDIDA_O_ROBO", family.get(1).numeroSerie())
                .statusCode(403).body("code", equalTo("SIN_PERMISO"));
        onlineWithChallenge(challenge(family.get(1), "PERDIDA_O_ROBO", family.get(0).numeroSerie()))
                .statusCode(403).body("code", equalTo("SIN_PERMISO"));

        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, family.get(0).numeroSerie()));
        assertEquals(0, CancelacionRoutes.eventsFor(dataSource, family.get(1).numeroSerie()));
    }

    @Test
    void forgottenPasswordIsRefusedOnlineAndTheCascadeMotivoIsNeverAccepted() {
        Titular holder = Titulares.principal();

        online(holder, "OLVIDO_CONTRASENA").statusCode(400)
                .body("code", equalTo("DATOS_INVALIDOS"))
                .body("errores.campo", hasItem("motivo"))
                .body("errores.mensaje", hasItem(containsString("Subdelegación")));
        online(holder, "PRINCIPAL_CANCELADO").statusCode(400).body("errores.campo", hasItem("motivo"));
        online(holder, "PORQUE_SI").statusCode(400).body("errores.campo", hasItem("motivo"));
        online(null, holder.usuario(), holder.contrasena(), "PERDIDA_O_ROBO", null).statusCode(400)
                .body("errores.campo", hasItem("certificado"));

        assertEquals(EstadoCertificado.ACTIVO, CancelacionRoutes.estado(holder.numeroSerie()));
    }

    private static Map<String, Object> challenge(Titular holder, String motivo, String numeroSerieACancelar) {
        Map<String, Object> body = new HashMap<>();
        body.put("numeroSerie", holder.numeroSerie());
        body.put("usuario", holder.usuario());
        body.put("contrasena", holder.contrasena());
        body.put("firma", holder.firma());
        body.put("motivo", motivo);
        if (numeroSerieACancelar != null) {
            body.put("numeroSerieACancelar", numeroSerieACancelar);
        }
        return body;
    }

    static CertificateCancelled cancelledEvent(String numeroSerie) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(Topics.CANCELLATIONS,
                r -> numeroSerie.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "CertificateCancelled for " + numeroSerie);
        CloudEvent event = EventJson.read(records.get(0).value());
        assertEquals(numeroSerie, event.subject());
        return event.dataAs(CertificateCancelled.class);
    }
}
