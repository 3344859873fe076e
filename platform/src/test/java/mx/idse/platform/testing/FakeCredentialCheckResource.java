package mx.idse.platform.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import mx.idse.testinfra.Ports;

/**
 * Points {@code idse.certificate-service.url} at {@link FakeCredentialCheck} on a port of its own;
 * the tests start the stand-in there. Init args are passed on as configuration, for settings that
 * only the annotated tests want (e.g. {@code idse.requests.max-additionals-per-principal}).
 */
public class FakeCredentialCheckResource implements QuarkusTestResourceLifecycleManager {

    /** JVM-wide, so both class loaders see the same port. */
    private static final String PORT_PROPERTY = "idse.test.fake-credential-check.port";

    private final Map<String, String> extraConfig = new HashMap<>();

    /** The port the service under test calls. */
    static int port() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            throw new IllegalStateException("No port for the credential check stand-in: annotate a test with "
                    + "@QuarkusTestResource(FakeCredentialCheckResource.class)");
        }
        return Integer.parseInt(port);
    }

    @Override
    public void init(Map<String, String> initArgs) {
        extraConfig.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        int port = Ports.freePort();
        System.setProperty(PORT_PROPERTY, String.valueOf(port));
        Map<String, String> config = new HashMap<>(extraConfig);
        config.put("idse.certificate-service.url", "http://127.0.0.1:" + port);
        config.put("idse.certificate-service.timeout", "5s");
        return config;
    }

    @Override
    public void stop() {
        // The server belongs to the tests' class loader and stops with the JVM.
    }
}
