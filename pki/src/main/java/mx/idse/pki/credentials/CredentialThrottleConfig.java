package mx.idse.pki.credentials;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Failed-attempt throttle of credential checks ({@code idse.crypto.throttle.*}); see {@link ThrottlePolicy}. */
@ConfigMapping(prefix = "idse.crypto.throttle")
public interface CredentialThrottleConfig {

    /** Failures in a row (each within the window of the previous) that lock a target. */
    @WithDefault("5")
    int maxFailures();

    /** Quiet time after which a target's failures are forgotten. */
    @WithDefault("15m")
    Duration window();

    /** Lockout at the max-failures-th failure; it doubles with each further failure. */
    @WithDefault("60s")
    Duration baseLockout();

    /** Longest lockout, however many failures. */
    @WithDefault("15m")
    Duration maxLockout();

    /** How often rows that no longer matter (quiet for longer than the window) are deleted. */
    @WithDefault("1h")
    Duration purgeInterval();
}
