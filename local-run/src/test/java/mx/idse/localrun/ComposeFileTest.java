package mx.idse.localrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docker-compose.yml cannot run on the build machines, so this keeps it honest: every service is
 * there, built from its Dockerfile, on its own port, with its own database, health-checked, waiting
 * for healthy dependencies, and given every setting its sources say it cannot start without.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The local run's table plus cancellation-service, whose module may land after this file. */
    private static final List<ServiceDefinition> SERVICES = Stream.concat(Services.ALL.stream(),
            Stream.of(new ServiceDefinition("cancellation-service", 8083, "cancellation_service")))
            .filter(distinctByName()).toList();

    private static JsonNode compose;
    private static String databaseScript;

    @BeforeAll
    static void read() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        databaseScript = Files.readString(ROOT.resolve("deploy/compose/postgres-init.sql"));
    }

    static List<ServiceDefinition> services() {
        return SERVICES;
    }

    @Test
    void infrastructureIsKafkaInKraftModePostgresAndMailpit() {
        assertTrue(service("kafka").path("image").asText().startsWith("apache/kafka:"));
        assertTrue(env("kafka").path("KAFKA_PROCESS_ROLES").asText().contains("controller"), "KRaft, no ZooKeeper");
        assertEquals("PLAINTEXT://kafka:9092", env("kafka").path("KAFKA_ADVERTISED_LISTENERS").asText());
        assertTrue(service("postgres").path("image").asText().startsWith("postgres:16"));
        assertTrue(service("mailpit").path("image").asText().startsWith("axllent/mailpit"));
        assertTrue(ports("mailpit").containsAll(List.of("127.0.0.1:1025:1025", "127.0.0.1:8025:8025")), "SMTP and the web UI");
        for (String name : List.of("kafka", "postgres", "mailpit")) {
            assertTrue(service(name).has("healthcheck"), name + " has a health check");
        }
    }

    @Test
    void onlyLoopbackPortsArePublishedAndNeverTheDatabase() {
        List<String> wide = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(entry -> entry.getValue().path("ports").forEach(port -> {
            if (!port.asText().startsWith("127.0.0.1:")) {
                wide.add(entry.getKey() + " " + port.asText());
            }
        }));
        assertEquals(List.of(), wide, "ports published on every interface");
        assertTrue(service("postgres").path("ports").isMissingNode(), "PostgreSQL is reached on the compose network only");
    }

    @Test
    void servicePortsAreDistinctAndTheSystemsOwn() {
        Set<Integer> ports = new HashSet<>();
        for (ServiceDefinition definition : SERVICES) {
            assertTrue(ports.add(definition.defaultPort()), "port " + definition.defaultPort() + " taken twice");
        }
        assertEquals(Set.of(8081, 8082, 8083, 8084), ports);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void eachServiceIsBuiltFromItsDockerfileAndPublishedOnItsPort(ServiceDefinition definition) {
        String name = definition.name();
        JsonNode build = service(name).path("build");
        assertEquals("./" + name, build.path("context").asText());
        assertEquals("src/main/docker/Dockerfile.jvm", build.path("dockerfile").asText());
        assertTrue(Files.isRegularFile(ROOT.resolve(name).resolve("src/main/docker/Dockerfile.jvm")), name + " Dockerfile");
        int port = definition.defaultPort();
        assertEquals(List.of("127.0.0.1:" + port + ":" + port), ports(name));
        assertEquals(String.valueOf(port), env(name).path("QUARKUS_HTTP_PORT").asText());
        assertTrue(service(name).path("healthcheck").path("test").toString().contains("localhost:9000/q/health/ready"),
                name + " health check asks its readiness on the management port, which is not published");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void eachServiceHasItsOwnDatabaseAndRole(ServiceDefinition definition) {
        JsonNode env = env(definition.name());
        assertEquals("jdbc:postgresql://postgres:5432/" + definition.database(), env.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        String user = env.path("QUARKUS_DATASOURCE_USERNAME").asText();
        assertTrue(databaseScript.contains("CREATE DATABASE " + definition.database() + " OWNER " + user + ";"),
                "init script creates " + definition.database() + " owned by " + user);
        assertTrue(databaseScript.contains("CREATE ROLE " + user + " LOGIN PASSWORD '"
                + env.path("QUARKUS_DATASOURCE_PASSWORD").asText() + "';"), "role " + user + " with the service's password");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void eachServiceWaitsForHealthyDependencies(ServiceDefinition definition) {
        JsonNode dependsOn = service(definition.name()).path("depends_on");
        assertTrue(dependsOn.has("postgres") && dependsOn.has("kafka"), definition.name() + " waits for postgres and kafka");
        dependsOn.fields().forEachRemaining(dependency -> {
            String condition = dependency.getValue().path("condition").asText();
            String expected = dependency.getKey().equals("operator-keys") ? "service_completed_successfully" : "service_healthy";
            assertEquals(expected, condition, definition.name() + " -> " + dependency.getKey());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void eachServiceGetsEverySettingItCannotStartWithout(ServiceDefinition definition) {
        String name = definition.name();
        List<String> needed = new ArrayList<>(List.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", RequiredSettings.envName("mp.jwt.verify.publickey.location")));
        Path module = ROOT.resolve(name);
        if (Files.isDirectory(module.resolve("src/main/java"))) {
            needed.addAll(RequiredSettings.of(module));
        }
        for (String variable : needed) {
            assertTrue(!env(name).path(variable).asText().isBlank(), name + " needs " + variable);
        }
        assertEquals("kafka:9092", env(name).path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertTrue(volumes(name).contains("operator-keys:/keys:ro"), name + " reads the operator key");
    }

    @Test
    void credentialChecksGoToCertificateServiceWithTheTokenItAccepts() {
        String accepted = env("certificate-service").path("IDSE_INTERNAL_API_ACCEPTED_TOKENS").asText();
        assertTrue(accepted.length() >= 32, "certificate-service accepts a service token of 32 characters or more");
        for (String name : List.of("request-service", "cancellation-service")) {
            assertEquals("http://certificate-service:8082", env(name).path("IDSE_CERTIFICATE_SERVICE_URL").asText(), name);
            assertEquals(accepted, env(name).path("IDSE_INTERNAL_API_TOKEN").asText(), name + " sends the accepted token");
        }
    }

    @Test
    void notificationServiceSendsThroughMailpitWithPublicLinks() {
        JsonNode env = env("notification-service");
        assertEquals("mailpit", env.path("QUARKUS_MAILER_HOST").asText());
        assertEquals("1025", env.path("QUARKUS_MAILER_PORT").asText());
        assertEquals("false", env.path("QUARKUS_MAILER_MOCK").asText());
        assertTrue(env.path("IDSE_NOTIFICATIONS_PUBLIC_BASE_URL").asText().startsWith("http"));
    }

    @Test
    void certificateServiceKeepsItsDemoCaOnAVolume() {
        JsonNode env = env("certificate-service");
        assertEquals("true", env.path("IDSE_CA_GENERATE_IF_MISSING").asText());
        String keystore = env.path("IDSE_CA_KEYSTORE_PATH").asText();
        assertTrue(volumes("certificate-service").stream().anyMatch(v -> v.startsWith("ca:") && keystore.startsWith(v.substring(3))),
                "the keystore " + keystore + " is on the ca volume");
    }

    private static JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        assertTrue(service.isObject(), "docker-compose.yml has service " + name);
        return service;
    }

    private static JsonNode env(String name) {
        return service(name).path("environment");
    }

    private static List<String> ports(String name) {
        return texts(service(name).path("ports"));
    }

    private static List<String> volumes(String name) {
        return texts(service(name).path("volumes"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static java.util.function.Predicate<ServiceDefinition> distinctByName() {
        Set<String> seen = new HashSet<>();
        return definition -> seen.add(definition.name());
    }
}
