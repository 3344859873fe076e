package mx.idse.cancellation.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import mx.idse.cancellation.certificado.CertificadoEntity;
import mx.idse.events.CloudEvent;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.TipoCertificado;
import mx.idse.events.testing.CertificateIssuedBuilder;
import mx.idse.events.testing.EventPayloads;
import mx.idse.events.testing.TestEvents;
import mx.idse.pki.pkcs12.Pkcs12Builder;
import mx.idse.pki.testing.IssuedCredential;
import mx.idse.pki.testing.TestPki;
import mx.idse.platform.credentials.TitularAutenticado;
import mx.idse.platform.testing.FakeCredentialCheck;
import mx.idse.platform.testing.FakeCredentialCheckResource;

/**
 * Certificate holders as certificate-service makes them: a real certificate and .pfx from the test
 * CA, its CertificateIssued on {@code idse.certificates} (awaited in this service's read model),
 * and the stand-in credential check taught to accept its .pfx and a signed challenge. The annotation
 * points every test of this module at that stand-in.
 */
@QuarkusTestResource(value = FakeCredentialCheckResource.class, restrictToAnnotatedClass = false)
public final class Titulares {

    private static final TestPki PKI = TestPki.create();
    private static final Pkcs12Builder PFX = new Pkcs12Builder(2048);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** What the holder has; {@code firma} stands for a challenge it signed. */
    public record Titular(String numeroSerie, String folio, String npie, String correo, TipoCertificado tipo,
                         String principalSerial, String principalCorreo, String usuario, String contrasena, byte[] pfx,
                         String firma, CloudEvent issued) {
    }

    private Titulares() {
    }

    public static Titular principal() {
        return issue(TipoCertificado.PRINCIPAL, null);
    }

    public static Titular additionalOf(Titular principal) {
        return issue(TipoCertificado.ADICIONAL, principal);
    }

    /**
     * The CertificateIssued of an additional that certificate-service issued under {@code principal},
     * not published yet: the test decides when this service hears of it (e.g. after the principal's
     * cancellation, which the issuance and cancellation topics do not order).
     */
    public static CertificateIssued additionalIssuedLaterOf(Titular principal) {
        int n = SEQUENCE.incrementAndGet();
        String serial = String.valueOf(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000_000L));
        return EventPayloads.certificateIssued().folio("F" + serial).tipo(TipoCertificado.ADICIONAL).serial(serial)
                .npie(principal.npie()).correo("personal" + n + "@example.mx").usuario("personal" + n + "abc")
                .adicionalOf(principal.numeroSerie(), principal.correo()).build();
    }

    /** Publishes the issued event again, as a redelivery does (same event id). */
    public static void republish(CloudEvent event) {
        TestEvents.publish(event);
    }

    private static Titular issue(TipoCertificado tipo, Titular principal) {
        int n = SEQUENCE.incrementAndGet();
        IssuedCredential credential = IssuedCredential.issue(PKI, TestPki.ecP256());
        String serial = credential.certificate().getSerialNumber().toString();
        String usuario = ("cancel" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "xxxxxxxx").substring(0, 14);
        String contrasena = "Clave2026" + n;
        byte[] pfx = PFX.build(credential.keys().getPrivate(), credential.certificate(), credential.chain(), serial,
                contrasena.toCharArray());
        String npie = principal == null ? "NPIE" + serial : principal.npie();
        CertificateIssuedBuilder issued = EventPayloads.certificateIssued().folio("F" + serial).tipo(tipo).serial(serial)
                .npie(npie).correo("titular" + n + "@example.mx").usuario(usuario)
                .urlInstalacion("http://localhost:8082/certificacion/instalaRenovacion.idse?SERIAL_NOM=" + serial);
        if (principal != null) {
            issued.adicionalOf(principal.numeroSerie(), principal.correo());
        }
        CertificateIssued event = issued.build();
        CloudEvent envelope = TestEvents.publish(event, serial);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> known(serial));
        Titular holder = new Titular(serial, event.folio(), npie, event.correo(), tipo, event.principalSerial(),
                event.principalCorreo(), usuario, contrasena, pfx, "firma-" + serial, envelope);
        TitularAutenticado authenticated = new TitularAutenticado(serial, npie, "CFE370814QI0", tipo.name());
        FakeCredentialCheck credentialCheck = FakeCredentialCheck.running();
        credentialCheck.acceptPfx(pfx, usuario, contrasena, authenticated);
        credentialCheck.acceptChallenge(serial, usuario, contrasena, holder.firma(), authenticated);
        return holder;
    }

    private static boolean known(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.find(serial).isPresent());
    }

    /** A principal with {@code count} additional certificates. */
    public static List<Titular> principalWithAdditionals(int count) {
        Titular principal = principal();
        ArrayList<Titular> all = new ArrayList<>(List.of(principal));
        for (int i = 0; i < count; i++) {
            all.add(additionalOf(principal));
        }
        return all;
    }
}
