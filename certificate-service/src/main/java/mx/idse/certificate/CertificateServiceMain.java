package mx.idse.certificate;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import mx.idse.certificate.ca.CaKeystore;
import mx.idse.certificate.config.CaConfig;
import mx.idse.certificate.signer.CertificateSigner;

/**
 * Runs the service, or, with the argument {@code init-ca}, makes the CA keystore once and exits:
 * {@code java -jar certificate-service/target/quarkus-app/quarkus-run.jar init-ca} with
 * {@code idse.ca.keystore-path} and {@code idse.ca.keystore-password} set (and the database, as
 * for any start). An existing keystore is never replaced: init-ca then only prints its fingerprints.
 */
@QuarkusMain
public class CertificateServiceMain implements QuarkusApplication {

    static final String INIT_CA = "init-ca";
    private static final Logger LOG = Logger.getLogger(CertificateServiceMain.class);

    @Inject
    CertificateSigner signer;
    @Inject
    CaConfig config;

    public static void main(String... args) {
        if (args.length > 0 && INIT_CA.equals(args[0])) {
            // Set before Quarkus reads its configuration: this start may make the CA, and it is a
            // short command, not a server (no migrations, no fixed port next to a running service).
            System.setProperty("idse.ca.generate-if-missing", "true");
            System.setProperty("quarkus.flyway.migrate-at-start", "false");
            System.setProperty("quarkus.http.port", "0");
        }
        Quarkus.run(CertificateServiceMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && INIT_CA.equals(args[0])) {
            // The CA was opened (made if missing) while the application started.
            LOG.infof("init-ca: keystore %s holds the issuing CA (SHA-256 %s) and the root certificate (SHA-256 %s); "
                            + "the root's key is in %s: move it offline.", config.keystorePath().toAbsolutePath(),
                    CaKeystore.fingerprint(signer.issuingCertificate()), CaKeystore.fingerprint(signer.chain().get(1)),
                    CaKeystore.rootOfflinePath(config.keystorePath()).toAbsolutePath());
            return 0;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
