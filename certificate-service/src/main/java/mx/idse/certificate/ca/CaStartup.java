package mx.idse.certificate.ca;

import java.nio.file.Path;

/** What a start does with the CA keystore; plain Java so a unit test reaches every case. */
enum CaStartup {
    /** The keystore exists: use it, whatever the profile. */
    LOAD,
    /** Dev, test or init-ca, and no keystore yet: make a new CA. */
    GENERATE;

    /**
     * @throws IllegalStateException when the keystore is missing and this start may not make one
     */
    static CaStartup decide(boolean keystoreExists, boolean generateIfMissing, Path keystore) {
        if (keystoreExists) {
            return LOAD;
        }
        if (generateIfMissing) {
            return GENERATE;
        }
        throw new IllegalStateException("No CA keystore at " + keystore.toAbsolutePath() + ". certificate-service "
                + "does not make a CA on its own outside dev and test: two replicas must never each invent a CA. "
                + "Create it once with 'java -jar quarkus-run.jar init-ca', move the root's offline file away, "
                + "and give every replica the same keystore (idse.ca.keystore-path, idse.ca.keystore-password).");
    }
}
