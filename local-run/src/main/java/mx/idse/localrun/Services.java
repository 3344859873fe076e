package mx.idse.localrun;

import java.util.List;
import java.util.Map;

/**
 * The one table of services the local run starts, in start order.
 */
public final class Services {

    /** Protects only the throwaway CA of a local run; fixed so the kept keystore opens on every run. */
    static final String LOCAL_CA_PASSWORD = "idse-local-run-ca-only";
    /** The local CA's root file, which has its own password as in production. */
    static final String LOCAL_ROOT_PASSWORD = "idse-local-run-root-only";

    /** Every service of the system that exists in the repository today. */
    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("request-service", 8081, "request_service"),
            // The CA is made on the first local run and kept in .local-run/ca/ afterwards.
            new ServiceDefinition("certificate-service", 8082, "certificate_service", workDirectory -> Map.of(
                    "idse.ca.keystore-path", workDirectory.resolve("ca").resolve("idse-ca-local.p12").toString(),
                    "idse.ca.keystore-password", LOCAL_CA_PASSWORD,
                    "idse.ca.root-keystore-password", LOCAL_ROOT_PASSWORD,
                    "idse.ca.generate-if-missing", "true")),
            // Calls certificate-service's credential check at idse.certificate-service.url (default http://localhost:8082).
            new ServiceDefinition("cancellation-service", 8083, "cancellation_service"),
            new ServiceDefinition("notification-service", 8084, "notification_service"));

    private Services() {
    }
}
