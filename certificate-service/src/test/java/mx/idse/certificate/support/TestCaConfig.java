package mx.idse.certificate.support;

import java.nio.file.Path;
import java.util.Optional;

import mx.idse.certificate.config.CaConfig;

/** CA settings for plain unit tests: small keys and a cheap KDF, names as in production. */
public record TestCaConfig(Path keystorePath, String keystorePassword, Optional<String> rootKeystorePassword,
        boolean generateIfMissing) implements CaConfig {

    /** The root's password is the keystore's with a suffix: different, as init-ca requires. */
    public TestCaConfig(Path keystorePath, String keystorePassword, boolean generateIfMissing) {
        this(keystorePath, keystorePassword, Optional.of(rootPasswordFor(keystorePassword)), generateIfMissing);
    }

    public static String rootPasswordFor(String keystorePassword) {
        return keystorePassword + "-raiz";
    }

    public static final String ROOT_SUBJECT = "CN=IDSE Certificados Raiz,O=Instituto Mexicano del Seguro Social,C=MX";
    public static final String ISSUING_SUBJECT = "CN=IDSE Certificados Emisora 1,O=Instituto Mexicano del Seguro Social,C=MX";

    @Override
    public String issuingAlias() {
        return "idse-emisora-1";
    }

    @Override
    public String rootSubject() {
        return ROOT_SUBJECT;
    }

    @Override
    public String issuingSubject() {
        return ISSUING_SUBJECT;
    }

    @Override
    public int rootKeySize() {
        return 2048;
    }

    @Override
    public int issuingKeySize() {
        return 2048;
    }

    @Override
    public int rootValidityYears() {
        return 20;
    }

    @Override
    public int issuingValidityYears() {
        return 10;
    }

    @Override
    public int keystoreKdfIterations() {
        return 1000;
    }
}
