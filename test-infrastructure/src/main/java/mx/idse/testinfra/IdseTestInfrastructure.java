package mx.idse.testinfra;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource that wires a service to the real servers of {@link Infrastructure}
 * (PostgreSQL, Kafka, SMTP) and to the {@link OperadorTokens} key.
 *
 * <p>Registered once for every module whose tests have this jar on their classpath, in
 * {@code META-INF/services/io.quarkus.test.common.QuarkusTestResourceLifecycleManager}: Quarkus
 * 3.33 loads the resources listed there for every {@code @QuarkusTest} with no annotation, as a
 * {@code GLOBAL} resource would be (so Quarkus is not restarted per class). Do not annotate tests
 * with it as well: it would start twice, each start with a database of its own.
 *
 * <p>The servers start once per JVM and outlive {@link #stop()}. Each {@link #start()} (one per
 * Quarkus start, e.g. a new {@code @TestProfile}) gets a fresh, uniquely named database, so
 * Flyway always migrates a clean schema.
 */
public class IdseTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The sender address services get as {@code quarkus.mailer.from}. */
    public static final String MAIL_FROM = "no-responder@idse.local";

    /** Starts the shared servers if needed, creates a fresh database and returns the service config. */
    @Override
    public Map<String, String> start() {
        Infrastructure.startAll();
        SharedPostgres postgres = Infrastructure.postgres();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.devservices.enabled", "false");
        config.put("quarkus.datasource.db-kind", "postgresql");
        config.put("quarkus.datasource.jdbc.url", postgres.createDatabase(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", Infrastructure.kafka().bootstrapServers());
        SharedSmtp smtp = Infrastructure.smtp();
        config.put("quarkus.mailer.host", smtp.host());
        config.put("quarkus.mailer.port", String.valueOf(smtp.port()));
        config.put("quarkus.mailer.mock", "false");
        config.put("quarkus.mailer.from", MAIL_FROM);
        // In test mode Quarkus sets an in-memory mp.jwt.verify.publickey when none is configured at
        // build time: override that very property with ours.
        config.put("mp.jwt.verify.publickey", OperadorTokens.publicKeyPem());
        config.put("mp.jwt.verify.issuer", OperadorTokens.ISSUER);
        // The local run's request-service owns 8081, Quarkus' default test port.
        config.put("quarkus.http.test-port", "0");
        // The embedded broker logs through the test JVM's logging: keep its chatter out.
        config.put("quarkus.log.category.\"kafka\".level", "WARN");
        config.put("quarkus.log.category.\"org.apache.kafka\".level", "WARN");
        config.put("quarkus.log.category.\"state.change.logger\".level", "WARN");
        return config;
    }

    /** Does nothing: the servers live as long as the JVM (a shutdown hook stops them). */
    @Override
    public void stop() {
        // Intentionally empty; see the class comment.
    }
}
