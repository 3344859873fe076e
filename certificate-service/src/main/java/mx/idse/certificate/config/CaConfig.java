package mx.idse.certificate.config;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the certificate authority's keys ({@code idse.ca.*}). */
@ConfigMapping(prefix = "idse.ca")
public interface CaConfig {

    /** PKCS#12 keystore with the issuing CA's key and its chain [issuing, root]; no default outside dev and test. */
    Path keystorePath();

    /** Password of the issuing CA's keystore; from a secret in production. */
    String keystorePassword();

    /**
     * Password of the root's offline file, written only when a CA is made (init-ca, or dev and
     * test): required then, and it must differ from the keystore's, so the Secret every replica
     * mounts cannot open the root's key. Never needed to run the service.
     */
    Optional<String> rootKeystorePassword();

    /** Alias of the issuing key entry in the keystore. */
    @WithDefault("idse-emisora-1")
    String issuingAlias();

    /** Subject DN of the root CA certificate made by init-ca. */
    @WithDefault("CN=IDSE Certificados Raiz,O=Instituto Mexicano del Seguro Social,C=MX")
    String rootSubject();

    /** Subject DN of the issuing CA certificate made by init-ca. */
    @WithDefault("CN=IDSE Certificados Emisora 1,O=Instituto Mexicano del Seguro Social,C=MX")
    String issuingSubject();

    /** RSA modulus size of the root key made by init-ca. */
    @WithDefault("4096")
    int rootKeySize();

    /** RSA modulus size of the issuing key made by init-ca. */
    @WithDefault("2048")
    int issuingKeySize();

    /** Years the root CA certificate is valid. */
    @WithDefault("20")
    int rootValidityYears();

    /** Years the issuing CA certificate is valid (capped by the root's validity). */
    @WithDefault("10")
    int issuingValidityYears();

    /** PBKDF2-HMAC-SHA256 iterations protecting the keystore files written by init-ca. */
    @WithDefault("600000")
    int keystoreKdfIterations();

    /**
     * Make a new CA when the keystore is missing: true only in dev and test and with the init-ca
     * command. Otherwise a missing keystore stops the start-up: two replicas must never each invent a CA.
     */
    @WithDefault("false")
    boolean generateIfMissing();
}
