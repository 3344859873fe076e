package mx.idse.localrun;

import java.util.List;

/**
 * The one table of services the local run starts, in start order. Add a row when a service
 * module lands (certificate-service 8082, cancellation-service 8083, notification-service 8084).
 */
public final class Services {

    /** Every service of the system that exists in the repository today. */
    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("request-service", 8081, "request_service"));

    private Services() {
    }
}
