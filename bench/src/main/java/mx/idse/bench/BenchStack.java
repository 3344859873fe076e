package mx.idse.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mx.idse.localrun.ChildProcess;
import mx.idse.localrun.ServiceCommand;
import mx.idse.localrun.ServiceDefinition;
import mx.idse.localrun.Services;
import mx.idse.testinfra.Directories;
import mx.idse.testinfra.EmbeddedKafkaBroker;
import mx.idse.testinfra.EmbeddedPostgresServer;
import mx.idse.testinfra.EmbeddedSmtpServer;
import mx.idse.testinfra.OperadorTokenIssuer;
import mx.idse.testinfra.OperadorTokens;
import mx.idse.testinfra.Ports;

/**
 * The real path, started as {@code ./run-local.sh} starts it (same {@link ServiceCommand}) but on
 * free ports and with fresh data under the bench's scratch directory, so a running local run is
 * never disturbed: PostgreSQL (durable, as in production), Kafka (KRaft) and SMTP at once, then each
 * service from its packaged jar in the production profile (production Argon2id parameters, no
 * dev clock) when a scenario first asks for it, so one scenario's service does not share the
 * cores while another measures.
 */
final class BenchStack implements AutoCloseable {

    static final String REQUEST_SERVICE = "request-service";
    static final String CERTIFICATE_SERVICE = "certificate-service";
    static final String NOTIFICATION_SERVICE = "notification-service";
    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Deque<Runnable> stops = new ArrayDeque<>();
    private final Map<String, ChildProcess> services = new HashMap<>();
    private final Map<String, URI> serviceUris = new HashMap<>();
    private final Map<String, URI> managementUris = new HashMap<>();
    /** The benchmark's service token for the internal credential check. */
    private final String internalApiToken = ServiceCommand.newInternalApiToken();
    private final Map<String, Footprint.Start> starts = new HashMap<>();
    private final BenchOptions options;
    private final BenchContext context;
    private EmbeddedPostgresServer postgres;
    private String kafkaBootstrap;
    private EmbeddedSmtpServer smtp;

    private BenchStack(BenchOptions options, BenchContext context) {
        this.options = options;
        this.context = context;
    }

    static BenchStack start(BenchOptions options, BenchContext context) {
        BenchStack stack = new BenchStack(options, context);
        try {
            stack.startInfrastructure();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        Path work = options.workDirectory();
        // Fresh data every run (a fresh CA too); the unpacked PostgreSQL binaries are kept to save seconds.
        Directories.deleteRecursively(work.resolve("postgres"));
        Directories.deleteRecursively(work.resolve("kafka"));
        Directories.deleteRecursively(work.resolve("ca"));

        int postgresPort = Ports.freePort();
        context.progress("Starting PostgreSQL on " + HOST + ":" + postgresPort + " (data in " + work.resolve("postgres") + ")");
        postgres = EmbeddedPostgresServer.persistent(work.resolve("postgres"), work.resolve("postgres-binaries"), postgresPort);
        postgres.start();
        stops.push(postgres::stop);

        int kafkaPort = Ports.freePort();
        context.progress("Starting Kafka (KRaft) on " + HOST + ":" + kafkaPort);
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), kafkaPort, Ports.freePort());
        kafka.start();
        stops.push(kafka::stop);
        kafkaBootstrap = HOST + ":" + kafkaPort;

        smtp = EmbeddedSmtpServer.on(HOST, Ports.freePort());
        context.progress("Starting SMTP (GreenMail) on " + HOST + ":" + smtp.port());
        smtp.start();
        stops.push(smtp::stop);
        OperadorTokenIssuer.loadOrCreate(work.resolve("jwt"));
    }

    /** Base URI of request-service, e.g. {@code http://127.0.0.1:23456}, started on first use. */
    URI requestService() throws InterruptedException {
        return uriOf(REQUEST_SERVICE);
    }

    /** The request-service process (its pid for CPU time, its log). */
    ChildProcess requestServiceProcess() throws InterruptedException {
        return process(REQUEST_SERVICE);
    }

    /** Base URI of certificate-service, started on first use with a fresh CA in the scratch directory. */
    URI certificateService() throws InterruptedException {
        return uriOf(CERTIFICATE_SERVICE);
    }

    /** The certificate-service process. */
    ChildProcess certificateServiceProcess() throws InterruptedException {
        return process(CERTIFICATE_SERVICE);
    }

    /** Base URI of notification-service, started on first use, sending to {@link #smtp()}. */
    URI notificationService() throws InterruptedException {
        return uriOf(NOTIFICATION_SERVICE);
    }

    /** The SMTP server every service sends to. */
    EmbeddedSmtpServer smtp() {
        return smtp;
    }

    /** Starts the service if it is not running yet and returns its process. */
    ChildProcess ensureStarted(String name) throws InterruptedException {
        return process(name);
    }

    /** Start-up time and idle RSS of each service started so far, by name. */
    synchronized Map<String, Footprint.Start> starts() {
        return Map.copyOf(starts);
    }

    /** Kafka bootstrap servers, host:port. */
    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    private synchronized URI uriOf(String name) throws InterruptedException {
        process(name);
        return serviceUris.get(name);
    }

    /** Base URI of a service's management interface (health, metrics), started on first use. */
    synchronized URI managementUri(String name) throws InterruptedException {
        process(name);
        return managementUris.get(name);
    }

    private synchronized ChildProcess process(String name) throws InterruptedException {
        ChildProcess running = services.get(name);
        if (running == null) {
            running = startService(name);
            services.put(name, running);
        }
        return running;
    }

    /** Starts one service as the local run does, in the production profile, and waits until it is ready. */
    private ChildProcess startService(String name) throws InterruptedException {
        ServiceDefinition service = Services.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        Path work = options.workDirectory();
        Path jar = service.defaultJar(options.repositoryRoot());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found; build it with ./mvnw -B -DskipTests package");
        }
        String jdbcUrl = postgres.createDatabase(service.database());
        int port = Ports.freePort();
        Path scratch = Directories.create(work.resolve("tmp").resolve(name));
        // The service's own settings as the local run passes them (certificate-service: a CA made in work/ca/).
        ServiceCommand command = new ServiceCommand(javaCommand(), options.serviceJavaOptions(), scratch, HOST, port,
                Ports.freePort(), jdbcUrl, postgres.username(), postgres.password(), kafkaBootstrap, smtp.port(),
                work.resolve("jwt").resolve("public-key.pem").toAbsolutePath(), OperadorTokens.ISSUER,
                OperadorTokens.AUDIENCE, internalApiToken, false, jar);
        Path log = work.resolve("logs").resolve(name + ".log");
        context.progress("Starting " + name + " on http://" + HOST + ":" + port + " (production profile; log " + log + ")");
        URI uri = URI.create("http://" + HOST + ":" + port);
        ChildProcess process = new ChildProcess(name, command.toList(benchSettings(service, work)), command.workingDirectory(),
                log, command.readiness());
        long launched = System.nanoTime();
        process.start();
        stops.push(process::stop);
        if (!process.awaitReady(READY_TIMEOUT)) {
            throw new IllegalStateException(name + " did not become ready; last lines of " + log + ":\n" + process.tail(40));
        }
        starts.put(name, Footprint.measureStart(process, Duration.ofNanos(System.nanoTime() - launched)));
        // Production figures only: the dev clock exists only when idse.dev-clock.enabled is set.
        int devClock = ChildProcess.statusOf(uri.resolve("/dev/reloj"));
        if (devClock != 404) {
            throw new IllegalStateException(name + " answers " + devClock + " on /dev/reloj: it is not running as in production");
        }
        serviceUris.put(name, uri);
        managementUris.put(name, command.readiness().resolve("/"));
        return process;
    }

    /**
     * The service's own settings; notification-service also starts from the newest events, so the
     * emails of earlier scenarios' thousands of events do not queue ahead of the ones it times.
     */
    private static Map<String, String> benchSettings(ServiceDefinition service, Path work) {
        Map<String, String> settings = new HashMap<>(service.ownSettings().apply(work));
        if (service.name().equals(NOTIFICATION_SERVICE)) {
            settings.put("mp.messaging.connector.smallrye-kafka.auto.offset.reset", "latest");
        }
        return settings;
    }

    /** Stops the services, then Kafka, then PostgreSQL. */
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
}
