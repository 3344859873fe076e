package mx.idse.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A story with services going down in the middle: the CA and the mail service are stopped while
 * the request is submitted and concluded, then started again. The events they missed wait in
 * Kafka; when they are back the certificate is issued and each email arrives once.
 */
class RestartStoryTest {

    @Test
    void eventsWaitForStoppedServicesAndNothingIsLostOrDoubled() {
        SystemUnderTest system = SystemUnderTest.get();
        system.stop("notification-service");
        system.stop("certificate-service");
        Applicant patron;
        try {
            patron = new Applicant("rest").submit().concludedByOperator();
        } finally {
            system.restart("certificate-service");
            system.restart("notification-service");
        }
        patron.awaitCertificate();

        Mail.awaitSubject(patron.correo, "Recibimos tu solicitud " + patron.folio);
        Mail.awaitSubject(patron.correo, "Tu certificado " + patron.numeroSerie);
        // Redeliveries after a restart would arrive within seconds: none may come.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() ->
                Mail.countWithSubject(patron.correo, "Recibimos tu solicitud") == 1
                        && Mail.countWithSubject(patron.correo, "Tu certificado") == 1);
        assertEquals(2, system.smtp().receivedMessagesFor(patron.correo).size(), "exactly the two emails of the story");
    }
}
