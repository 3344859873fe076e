package mx.idse.notification.support;

import io.quarkus.test.common.QuarkusTestResource;
import mx.idse.testinfra.IdseTestInfrastructure;

/**
 * Wires every {@code @QuarkusTest} of this module to the real PostgreSQL, Kafka and SMTP servers,
 * started once per JVM.
 */
@QuarkusTestResource(value = IdseTestInfrastructure.class, restrictToAnnotatedClass = false)
public class InfrastructureTestResource {
}
