package mx.idse.pki.pbe;

/**
 * The most key-derivation work an uploaded file may ask for. Whoever makes a .key or .pfx picks
 * its iteration count or scrypt cost, so a file could ask for hours of CPU; these caps are
 * checked before any derivation starts (docs/pki.md, "KDF caps").
 *
 * @param maxPbkdf2Iterations iteration count of PBKDF2 and of the PKCS#12 KDF (MAC, legacy PBE)
 * @param maxScryptBytes      scrypt's 128·N·r·p: memory of one lane times the lanes, which bounds
 *                            both the memory and the time of a derivation
 */
public record KdfLimits(long maxPbkdf2Iterations, long maxScryptBytes) {

    /** 10 million PBKDF2 iterations (several seconds of one core), scrypt 64 MiB. */
    public static final KdfLimits DEFAULT = new KdfLimits(10_000_000L, 64L * 1024 * 1024);

    public KdfLimits {
        if (maxPbkdf2Iterations < 1 || maxScryptBytes < 1) {
            throw new IllegalArgumentException("KDF limits must be positive");
        }
    }
}
