package mx.idse.cancellation.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import mx.idse.testinfra.Ports;

/**
 * Picks the port of the certificate-service stand-in and points {@code idse.certificate-service.url}
 * at it. The server itself is started by the tests ({@link FakeCertificateService#running()}):
 * test resources live in another class loader than the tests, and the tests own its state.
 */
public class FakeCertificateServiceResource implements QuarkusTestResourceLifecycleManager {

    /** JVM-wide, so both class loaders see the same port. */
    static final String PORT_PROPERTY = "idse.test.fake-certificate-service.port";

    @Override
    public Map<String, String> start() {
        int port = Ports.freePort();
        System.setProperty(PORT_PROPERTY, String.valueOf(port));
        return Map.of("idse.certificate-service.url", "http://127.0.0.1:" + port,
                "idse.certificate-service.timeout", "5s");
    }

    @Override
    public void stop() {
        // The server belongs to the tests' class loader and stops with the JVM.
    }
}
