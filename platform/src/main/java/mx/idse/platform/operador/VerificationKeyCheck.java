package mx.idse.platform.operador;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * A service that verifies operator tokens refuses to start as a packaged application without a
 * verification key, instead of answering 401 to every operator forever. Only dev and test mode
 * run without one: there Quarkus makes a key of its own (and the tests bring theirs).
 */
public class VerificationKeyCheck {

    /** The settings any of which gives SmallRye JWT a verification key (a JWKS URL goes in the location). */
    static final List<String> KEY_SETTINGS = List.of(
            "mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location", "smallrye.jwt.verify.key.location");

    private static final String JWT_EXTENSION_CLASS = "io.smallrye.jwt.auth.principal.JWTParser";

    void onStart(@Observes StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        boolean jwtActive = isOnClasspath(JWT_EXTENSION_CLASS)
                && config.getOptionalValue("quarkus.smallrye-jwt.enabled", Boolean.class).orElse(true);
        boolean keyConfigured = KEY_SETTINGS.stream()
                .anyMatch(key -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).isPresent());
        problem(jwtActive, LaunchMode.current(), keyConfigured).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    /** Why the service must not start, if it must not; plain Java so a unit test reaches every case. */
    static Optional<String> problem(boolean jwtActive, LaunchMode mode, boolean keyConfigured) {
        if (!jwtActive || keyConfigured || mode.isDevOrTest()) {
            return Optional.empty();
        }
        return Optional.of("No key to verify operator tokens: set mp.jwt.verify.publickey.location (a PEM file, "
                + "a JWKS file or a JWKS URL) or mp.jwt.verify.publickey. There is no default key outside dev "
                + "and test mode; without one every operator request would be refused with 401.");
    }

    private static boolean isOnClasspath(String className) {
        try {
            Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
