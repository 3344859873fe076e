package mx.idse.certificate.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Uploaded credentials (.key, .pfx, signed challenges) and the PFX this service builds ({@code idse.credential-check.*}). */
@ConfigMapping(prefix = "idse.credential-check")
public interface CredentialCheckConfig {

    /**
     * Most PBKDF2 / PKCS#12-KDF iterations an uploaded .key or .pfx may ask for; a file above it
     * is refused before any derivation. Must stay above what this system writes (the .key of
     * {@code idse.crypto.private-key-pbkdf2-iterations}, the PFX of {@link #pfxIterations()}).
     */
    @WithDefault("1000000")
    long maxKdfIterations();

    /** Most scrypt memory (128·N·r·p bytes) an uploaded .key or .pfx may ask for. */
    @WithDefault("67108864")
    long maxScryptBytes();

    /** PBKDF2 and MAC iterations of the PFX built by {@code POST /api/v1/certificados/{serie}/pfx}. */
    @WithDefault("100000")
    int pfxIterations();

    /** How long a login challenge ({@code POST /api/v1/autenticaciones/retos}) can be used. */
    @WithDefault("PT2M")
    Duration challengeValidity();
}
