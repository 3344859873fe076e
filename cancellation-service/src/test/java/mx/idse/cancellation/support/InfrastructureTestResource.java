package mx.idse.cancellation.support;

import io.quarkus.test.common.QuarkusTestResource;
import mx.idse.platform.testing.FakeCredentialCheckResource;
import mx.idse.testinfra.IdseTestInfrastructure;

/**
 * Wires every {@code @QuarkusTest} of this module to the real PostgreSQL, Kafka and SMTP servers,
 * started once per JVM, and to the stand-in for certificate-service's credential check.
 */
@QuarkusTestResource(value = IdseTestInfrastructure.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeCredentialCheckResource.class, restrictToAnnotatedClass = false)
public class InfrastructureTestResource {
}
