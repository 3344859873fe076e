package mx.idse.certificate.certificado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import mx.idse.events.payload.TipoCertificado;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The tables issuance writes in one transaction, and the rules the database itself keeps. */
@QuarkusTest
class CertificadoSchemaTest {

    private static final String PHC = "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

    @Test
    void storesCertificateAccountAndNpieTogether() {
        String serial = serial();
        String npie = "N" + serial;
        QuarkusTransaction.requiringNew().run(() -> {
            npie(npie, "REG" + serial.substring(0, 8)).persist();
            certificate(serial, npie).persist();
            account(serial, PHC).persist();
        });

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(serial, CertificadoEntity.<CertificadoEntity>find("folio", "F-" + serial).firstResult().numeroSerie);
            assertEquals(1, CertificadoEntity.count("npie", npie));
            assertEquals("usuario01", CuentaEntity.<CuentaEntity>findById(serial).usuario);
            assertEquals(npie, NpieEntity.<NpieEntity>findById(new NpieEntity.Patron("XAXX010101AB1", "REG" + serial.substring(0, 8))).npie);
        });
    }

    @Test
    void refusesAnAccountWithoutAnArgon2idHash() {
        String serial = serial();
        String npie = "N" + serial;
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            npie(npie, "REG" + serial.substring(0, 8)).persist();
            certificate(serial, npie).persist();
            account(serial, "Secreto2026x").persist();
        }));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.count("numeroSerie", serial)),
                "nothing of the failed issuance is stored");
    }

    @Test
    void refusesASecondCertificateForTheSameFolio() {
        String serial = serial();
        String npie = "N" + serial;
        QuarkusTransaction.requiringNew().run(() -> {
            npie(npie, "REG" + serial.substring(0, 8)).persist();
            certificate(serial, npie).persist();
        });
        CertificadoEntity again = certificate(serial(), npie);
        again.folio = "F-" + serial;
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(again::persist));
    }

    private static String serial() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 1_000_000_000_000_000L));
    }

    private static NpieEntity npie(String npie, String registroPatronal) {
        NpieEntity entity = new NpieEntity();
        entity.rfc = "XAXX010101AB1";
        entity.registroPatronal = registroPatronal;
        entity.npie = npie;
        entity.createdAt = Instant.now();
        return entity;
    }

    private static CertificadoEntity certificate(String serial, String npie) {
        CertificadoEntity entity = new CertificadoEntity();
        entity.numeroSerie = serial;
        entity.folio = "F-" + serial;
        entity.tipo = TipoCertificado.PRINCIPAL;
        entity.npie = npie;
        entity.rfc = "XAXX010101AB1";
        entity.registroPatronal = "A1234567890";
        entity.nombreTitular = "María Pérez";
        entity.razonSocial = "Comercial del Norte SA de CV";
        entity.correo = "maria@example.mx";
        entity.notBefore = Instant.now();
        entity.notAfter = entity.notBefore.plus(730, ChronoUnit.DAYS);
        entity.estado = EstadoCertificado.ACTIVO;
        entity.der = new byte[] {0x30};
        entity.spkiSha256 = "00";
        entity.createdAt = Instant.now();
        return entity;
    }

    private static CuentaEntity account(String serial, String hash) {
        CuentaEntity entity = new CuentaEntity();
        entity.numeroSerie = serial;
        entity.usuario = "usuario01";
        entity.passwordHash = hash;
        entity.createdAt = Instant.now();
        return entity;
    }
}
