package mx.idse.systemtests;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
 * The whole system once per test JVM: PostgreSQL, Kafka (KRaft) and an SMTP server in this
 * process, and every service of {@link Services#ALL} from its packaged jar as its own process,
 * started with the local run's command line (dev profile, so the request-service clock can be
 * moved). Each process logs to {@code target/system/logs/<service>[-<n>].log}, kept after the
 * build for whoever reads a failure.
 */
final class SystemUnderTest {

    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static SystemUnderTest instance;

    private final Path repositoryRoot = Path.of(System.getProperty("idse.home", "..")).toAbsolutePath().normalize();
    private final Path work = Path.of(System.getProperty("idse.system-tests.dir", "target/system")).toAbsolutePath();
    private final Deque<Runnable> stops = new ArrayDeque<>();
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();
    private final Map<String, List<String>> commands = new LinkedHashMap<>();
    private final Map<String, Path> workingDirectories = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, URI> readiness = new LinkedHashMap<>();
    /** This run's service token: the services call the credential check with it, and so may the stories. */
    private final String internalApiToken = ServiceCommand.newInternalApiToken();
    private final Map<String, AtomicInteger> starts = new LinkedHashMap<>();
    private EmbeddedSmtpServer smtp;
    private OperadorTokenIssuer tokens;

    /** The running system, started on first use and stopped when the JVM exits. */
    static synchronized SystemUnderTest get() {
        if (instance == null) {
            SystemUnderTest system = new SystemUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stopAll, "system-tests-stop"));
            system.start();
            instance = system;
        }
        return instance;
    }

    private void start() {
        Directories.deleteRecursively(work);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(
                work.resolve("postgres"), Directories.create(work.resolve("postgres-binaries")), Ports.freePort());
        postgres.start();
        stops.push(postgres::stop);
        int kafkaPort = Ports.freePort();
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.persistent(work.resolve("kafka"), kafkaPort, Ports.freePort());
        kafka.start();
        stops.push(kafka::stop);
        smtp = EmbeddedSmtpServer.on(HOST, Ports.freePort());
        smtp.start();
        stops.push(smtp::stop);
        tokens = OperadorTokenIssuer.generate();
        Path publicKey = tokens.writePublicKeyPem(work.resolve("jwt-public-key.pem"));

        // Every port first: a service's command names the ports of the services it calls.
        Services.ALL.forEach(service -> ports.put(service.name(), Ports.freePort()));
        for (ServiceDefinition service : Services.ALL) {
            Path jar = service.defaultJar(repositoryRoot);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " not found: run the stories through ./mvnw verify, which packages every service first");
            }
            int port = ports.get(service.name());
            ServiceCommand command = new ServiceCommand(javaCommand(), List.of(),
                    Directories.create(work.resolve("tmp").resolve(service.name())), HOST, port, Ports.freePort(),
                    postgres.createDatabase(service.database()), postgres.username(), postgres.password(),
                    HOST + ":" + kafkaPort, smtp.port(), publicKey, OperadorTokens.ISSUER, OperadorTokens.AUDIENCE,
                    internalApiToken, true, jar);
            commands.put(service.name(), command.toList(withPeers(service.ownSettings().apply(work))));
            readiness.put(service.name(), command.readiness());
            workingDirectories.put(service.name(), command.workingDirectory());
            starts.put(service.name(), new AtomicInteger());
        }
        commands.keySet().forEach(this::launch);
        commands.keySet().forEach(this::awaitReady);
    }

    /** Services that call another one find it on the port this run chose. */
    private Map<String, String> withPeers(Map<String, String> own) {
        Map<String, String> settings = new LinkedHashMap<>(own);
        settings.put("idse.certificate-service.url", "http://" + HOST + ":" + ports.get("certificate-service"));
        return settings;
    }

    /** Base URI of a service, e.g. {@code http://127.0.0.1:40123}. */
    URI uri(String service) {
        return URI.create("http://" + HOST + ":" + ports.get(service));
    }

    /** The service token of this run, for stories that call certificate-service's internal credential check. */
    String internalApiToken() {
        return internalApiToken;
    }

    /** The SMTP server every email goes to. */
    EmbeddedSmtpServer smtp() {
        return smtp;
    }

    /** A fresh operator token of the Subdelegación the tokens of the local run carry. */
    String operatorToken() {
        Instant now = Instant.now();
        return tokens.sign("operador.e2e", OperadorTokens.ISSUER, OperadorTokens.AUDIENCE, Set.of(OperadorTokens.OPERADOR_GROUP),
                OperadorTokens.SUBDELEGACION, now, now.plus(Duration.ofHours(1)));
    }

    /** Stops a service as an operator would (SIGTERM), mid-story. */
    synchronized void stop(String service) {
        running.remove(service).stop();
    }

    /** Starts a stopped service again (a new log file) and waits until it is ready. */
    synchronized void restart(String service) {
        launch(service);
        awaitReady(service);
    }

    private synchronized void launch(String service) {
        int run = starts.get(service).incrementAndGet();
        Path log = work.resolve("logs").resolve(run == 1 ? service + ".log" : service + "-" + run + ".log");
        ChildProcess process = new ChildProcess(service, commands.get(service), workingDirectories.get(service), log,
                readiness.get(service));
        process.start();
        running.put(service, process);
        stops.push(process::stop);
    }

    private void awaitReady(String service) {
        ChildProcess process = running.get(service);
        try {
            if (!process.awaitReady(READY_TIMEOUT)) {
                throw new IllegalStateException(service + " did not become ready; last lines of " + process.log() + ":\n" + process.tail(60));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + service, e);
        }
    }

    private synchronized void stopAll() {
        while (!stops.isEmpty()) {
            try {
                stops.pop().run();
            } catch (RuntimeException e) {
                System.err.println("[system-tests] could not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
