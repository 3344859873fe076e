package mx.idse.testinfra;

import java.lang.management.ManagementFactory;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The servers shared by every test in this JVM: PostgreSQL, Kafka and SMTP, each started lazily
 * on first use (thread-safe) and stopped by one JVM shutdown hook. Starting them once per JVM and
 * isolating tests by data is what keeps a test suite fast on two cores.
 *
 * <p>Quarkus loads a service's test dependencies in a new class loader for each test profile, so
 * plain static fields would start a second set of servers. Here the servers are owned by one
 * {@link SharedInfrastructure} made from the system class loader and registered as a JMX MBean;
 * the views below reach it through JMX from whatever class loader they live in.
 *
 * <pre>{@code
 * Infrastructure.kafka().stop();   // simulate a broker outage
 * ...
 * Infrastructure.kafka().start();  // same bootstrap address, data kept
 * }</pre>
 */
public final class Infrastructure {

    private static final ObjectName NAME = objectName();
    private static volatile SharedInfrastructureMBean shared;

    private Infrastructure() {
    }

    /** The shared PostgreSQL server (started on first use). */
    public static SharedPostgres postgres() {
        return new SharedPostgres(shared());
    }

    /** The shared Kafka broker (started on first use; tests may stop and start it). */
    public static SharedKafka kafka() {
        return new SharedKafka(shared());
    }

    /** The shared SMTP server (started on first use). */
    public static SharedSmtp smtp() {
        return new SharedSmtp(shared());
    }

    /** Starts all three servers in parallel (a no-op for those already running). */
    public static void startAll() {
        shared().startAll();
    }

    /** The JVM-wide owner of the servers, seen through JMX. */
    static SharedInfrastructureMBean shared() {
        SharedInfrastructureMBean current = shared;
        if (current == null) {
            synchronized (Infrastructure.class) {
                if (shared == null) {
                    shared = lookUpOrRegister();
                }
                current = shared;
            }
        }
        return current;
    }

    private static SharedInfrastructureMBean lookUpOrRegister() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        if (!server.isRegistered(NAME)) {
            try {
                server.registerMBean(newOwner(), NAME);
            } catch (InstanceAlreadyExistsException e) {
                // Another class loader registered it first: use that one.
            } catch (JMException e) {
                throw new IllegalStateException("Could not register the shared test infrastructure", e);
            }
        }
        return JMX.newMBeanProxy(server, NAME, SharedInfrastructureMBean.class);
    }

    private static Object newOwner() {
        // The system class loader lives as long as the JVM; Quarkus closes its own loaders.
        try {
            Class<?> type = Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new SharedInfrastructure();
        }
    }

    private static ObjectName objectName() {
        try {
            return new ObjectName("mx.idse.testinfra:type=SharedInfrastructure");
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
