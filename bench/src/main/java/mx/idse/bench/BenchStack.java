package mx.idse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import mx.idse.localrun.ChildProcess;
import mx.idse.localrun.ServiceCommand;
import mx.idse.localrun.ServiceDefinition;
import mx.idse.localrun.Services;
import mx.idse.testinfra.EmbeddedKafkaBroker;
import mx.idse.testinfra.EmbeddedPostgresServer;
import mx.idse.testinfra.OperatorTokenIssuer;
import mx.idse.testinfra.OperatorTokens;
import mx.idse.testinfra.Ports;

/**
 * The real path, started as {@code ./run-local.sh} starts it (same {@link ServiceCommand}) but on
 * free ports and with fresh data under the bench's scratch directory, so a running local run is
 * never disturbed: PostgreSQL (durable, as in production), Kafka (KRaft) and request-service from
 * its packaged jar in the production profile (production Argon2id parameters, no dev clock).
 */
final class BenchStack implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final ServiceDefinition REQUEST_SERVICE = Services.ALL.stream()
            .filter(s -> s.name().equals("request-service")).findFirst().orElseThrow();

    private final Deque<Runnable> stops = new ArrayDeque<>();
    private String kafkaBootstrap;
    private ChildProcess requestService;
    private URI requestServiceUri;

    private BenchStack() {
    }

    static BenchStack start(BenchOptions options, BenchContext context) throws InterruptedException {
        BenchStack stack = new BenchStack();
        try {
            stack.startAll(options, context);
            return stack;
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(BenchOptions options, BenchContext context) throws InterruptedException {
        Path work = options.workDirectory();
        Path jar = REQUEST_SERVICE.defaultJar(options.repositoryRoot());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found; build it with ./mvnw -B -DskipTests package");
        }
        // Fresh data every run; the unpacked PostgreSQL binaries are kept to save seconds.
        deleteRecursively(work.resolve("postgres"));
        deleteRecursively(work.resolve("kafka"));

        int postgresPort = Ports.freePort();
        context.progress("Starting PostgreSQL on " + HOST + ":" + postgresPort + " (data in " + work.resolve("postgres") + ")");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(
                work.resolve("postgres"), work.resolve("postgres-binaries"), postgresPort);
        postgres.start();
        stops.push(postgres::stop);
        String jdbcUrl = postgres.createDatabase(REQUEST_SERVICE.database());

        int kafkaPort = Ports.freePort();
        context.progress("Starting Kafka (KRaft) on " + HOST + ":" + kafkaPort);
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), kafkaPort, Ports.freePort());
        kafka.start();
        stops.push(kafka::stop);
        kafkaBootstrap = HOST + ":" + kafkaPort;

        Path jwt = work.resolve("jwt");
        OperatorTokenIssuer.loadOrCreate(jwt);
        int port = Ports.freePort();
        Path scratch = directory(work.resolve("tmp").resolve(REQUEST_SERVICE.name()));
        List<String> command = new ServiceCommand(javaCommand(), options.serviceJavaOptions(), scratch, HOST, port,
                jdbcUrl, postgres.username(), postgres.password(), kafkaBootstrap, Ports.freePort(),
                jwt.resolve("public-key.pem").toAbsolutePath(), OperatorTokens.ISSUER, OperatorTokens.AUDIENCE, false,
                jar).toList();
        Path log = work.resolve("logs").resolve(REQUEST_SERVICE.name() + ".log");
        context.progress("Starting request-service on http://" + HOST + ":" + port + " (production profile; log " + log + ")");
        requestServiceUri = URI.create("http://" + HOST + ":" + port);
        requestService = new ChildProcess(REQUEST_SERVICE.name(), command, log, requestServiceUri.resolve("/q/health/ready"));
        requestService.start();
        stops.push(requestService::stop);
        if (!requestService.awaitReady(READY_TIMEOUT)) {
            throw new IllegalStateException("request-service did not become ready; last lines of " + log + ":\n"
                    + requestService.tail(40));
        }
        // Production figures only: the dev clock exists only when idse.dev-clock.enabled is set.
        int devClock = ChildProcess.statusOf(requestServiceUri.resolve("/dev/reloj"));
        if (devClock != 404) {
            throw new IllegalStateException("request-service answers " + devClock + " on /dev/reloj: it is not running as in production");
        }
    }

    /** Base URI of request-service, e.g. {@code http://127.0.0.1:23456}. */
    URI requestService() {
        return requestServiceUri;
    }

    /** The request-service process (its pid for jcmd, its log). */
    ChildProcess requestServiceProcess() {
        return requestService;
    }

    /** Kafka bootstrap servers, host:port. */
    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** Stops the service, then Kafka, then PostgreSQL. */
    @Override
    public synchronized void close() {
        while (!stops.isEmpty()) {
            try {
                stops.pop().run();
            } catch (RuntimeException e) {
                System.err.println("[bench] could not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
