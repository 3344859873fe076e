package mx.idse.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import mx.idse.testinfra.EmbeddedKafkaBroker;
import mx.idse.testinfra.EmbeddedPostgresServer;
import mx.idse.testinfra.OperadorTokenIssuer;
import mx.idse.testinfra.OperadorTokens;
import mx.idse.testinfra.Ports;

/**
 * Runs the whole system on one machine: PostgreSQL, Kafka (KRaft) and GreenMail, then every
 * service as its own JVM, and stops it all on Ctrl-C. Started by {@code ./run-local.sh} from the
 * repository root; everything it keeps lives in {@code .local-run/} (git-ignored):
 * {@code postgres/} (database files, kept between runs), {@code kafka/} (broker logs, kept),
 * {@code jwt/} (key pair, kept), {@code ca/} (certificate-service's local CA keystore, kept),
 * {@code operator.jwt} (a fresh 12 h operator token each run), {@code internal-api.token} (this run's
 * service token for the internal credential check),
 * {@code logs/} (one log per process) and {@code data/} (scratch: unpacked PostgreSQL binaries,
 * the services' temp dirs).
 *
 * <p>Environment variables (default in brackets):
 * <ul>
 * <li>{@code IDSE_HOME} [current directory] repository root</li>
 * <li>{@code IDSE_LOCAL_RUN_DIR} [{@code <root>/.local-run}] where data and logs go</li>
 * <li>{@code IDSE_POSTGRES_PORT} [55432]</li>
 * <li>{@code IDSE_KAFKA_PORT} [9092] client listener; {@code IDSE_KAFKA_CONTROLLER_PORT} [9093]</li>
 * <li>{@code IDSE_SMTP_PORT} [2525]; {@code IDSE_MAIL_API_PORT} [8180] GreenMail REST API</li>
 * <li>{@code IDSE_<SERVICE>_PORT} per service, e.g. {@code IDSE_REQUEST_SERVICE_PORT} [8081], and
 * {@code IDSE_<SERVICE>_MANAGEMENT_PORT} for its health and metrics [that port + 1000]</li>
 * <li>{@code IDSE_<SERVICE>_JAR} per service [{@code <service>/target/quarkus-app/quarkus-run.jar}]</li>
 * <li>{@code IDSE_READY_TIMEOUT_SECONDS} [120] how long a service may take to become ready</li>
 * <li>{@code IDSE_JAVA} [this JVM's java] the java that runs services and GreenMail</li>
 * <li>{@code IDSE_SERVICE_JAVA_OPTS} [{@link ServiceCommand#MEMORY_SETTINGS}] JVM options for every service (they replace the memory settings), e.g. {@code -Xmx384m -XX:+UseSerialGC}</li>
 * <li>{@code IDSE_GREENMAIL_JAR} [{@code local-run/target/greenmail/greenmail-standalone.jar}]</li>
 * </ul>
 */
public final class LocalRun {

    private static final String HOST = "127.0.0.1";
    /** A shift, and no more than the services' mp.jwt.verify.token.age accepts. */
    private static final Duration TOKEN_VALIDITY = OperadorTokens.MAX_AGE;
    private static final String OPERATOR_SUBJECT = "operador.local";
    private static final int LOG_TAIL_LINES = 60;

    private final LocalRunSettings settings;
    private final Path logs;
    private final Path data;
    /** Everything started so far, stopped in reverse order. */
    private final Deque<Stoppable> started = new ArrayDeque<>();
    private final Map<ServiceDefinition, String> jdbcUrls = new LinkedHashMap<>();
    /** This run's service token for the internal credential check (a Secret in production). */
    private final String internalApiToken = ServiceCommand.newInternalApiToken();
    private boolean stopping;

    private LocalRun(LocalRunSettings settings) {
        this.settings = settings;
        this.logs = settings.workDirectory.resolve("logs");
        this.data = settings.workDirectory.resolve("data");
    }

    /** Entry point: starts everything, prints where to find it, and waits for Ctrl-C. */
    public static void main(String[] args) throws InterruptedException {
        LocalRunSettings settings;
        try {
            settings = LocalRunSettings.fromEnvironment();
        } catch (IllegalArgumentException e) {
            Console.error(e.getMessage());
            System.exit(2);
            return;
        }
        LocalRun run = new LocalRun(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopAll, "local-run-stop"));
        try {
            run.start();
        } catch (StartupFailure e) {
            Console.error(e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            Console.error("Start-up failed: " + e);
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void start() throws InterruptedException {
        printSettings();
        checkPrerequisites();
        createFolders();

        EmbeddedPostgresServer postgres = startPostgres();
        startKafka();
        startGreenMail();
        OperadorTokenIssuer tokens = OperadorTokenIssuer.loadOrCreate(settings.workDirectory.resolve("jwt"));
        Path publicKey = settings.workDirectory.resolve("jwt").resolve("public-key.pem").toAbsolutePath();
        String operatorToken = writeOperatorToken(tokens);
        writeInternalApiToken();

        List<ChildProcess> services = new ArrayList<>();
        for (ServiceDefinition service : Services.ALL) {
            services.add(startService(service, postgres, publicKey));
        }
        for (int i = 0; i < services.size(); i++) {
            awaitReady(services.get(i), Services.ALL.get(i));
        }
        printSummary(postgres, operatorToken);
    }

    private void printSettings() {
        Console.step("IDSE Certificados local run; settings (override with environment variables):");
        for (LocalRunSettings.Setting setting : settings.describe()) {
            Console.line(String.format("    %-30s %s%s", setting.variable(), setting.value(), setting.overridden() ? "  (from environment)" : ""));
        }
    }

    private void checkPrerequisites() {
        List<String> problems = new ArrayList<>();
        settings.serviceJars.forEach((service, jar) -> {
            if (!Files.isRegularFile(jar)) {
                problems.add(service.name() + ": " + jar + " not found; build it with ./mvnw -B -DskipTests install");
            }
        });
        if (!Files.isRegularFile(settings.greenMailJar)) {
            problems.add("GreenMail: " + settings.greenMailJar + " not found; build local-run with ./mvnw -B -DskipTests install");
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("IDSE_POSTGRES_PORT", settings.postgresPort);
        ports.put("IDSE_KAFKA_PORT", settings.kafkaPort);
        ports.put("IDSE_KAFKA_CONTROLLER_PORT", settings.kafkaControllerPort);
        ports.put("IDSE_SMTP_PORT", settings.smtpPort);
        ports.put("IDSE_MAIL_API_PORT", settings.mailApiPort);
        settings.servicePorts.forEach((service, port) -> ports.put(service.envPrefix() + "_PORT", port));
        settings.managementPorts.forEach((service, port) -> ports.put(service.envPrefix() + "_MANAGEMENT_PORT", port));
        ports.forEach((variable, port) -> {
            if (Ports.isInUse(port)) {
                problems.add("port " + port + " (" + variable + ") is already in use: is another local run going? "
                        + "Stop it or choose another port with " + variable + "." + stalePostgresHint(variable));
            }
        });
        if (!problems.isEmpty()) {
            throw new StartupFailure("Cannot start:" + System.lineSeparator() + "  - "
                    + String.join(System.lineSeparator() + "  - ", problems));
        }
    }

    private String stalePostgresHint(String variable) {
        Path pid = settings.workDirectory.resolve("postgres").resolve("postmaster.pid");
        if (!variable.equals("IDSE_POSTGRES_PORT") || !Files.exists(pid)) {
            return "";
        }
        try {
            String processId = Files.readAllLines(pid).get(0).trim();
            return " A PostgreSQL left over from an earlier run may still hold it: kill " + processId;
        } catch (IOException | IndexOutOfBoundsException e) {
            return "";
        }
    }

    private void createFolders() {
        try {
            Files.createDirectories(logs);
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + settings.workDirectory, e);
        }
    }

    private EmbeddedPostgresServer startPostgres() {
        Console.step("Starting PostgreSQL on " + HOST + ":" + settings.postgresPort + " (data in "
                + relative(settings.workDirectory.resolve("postgres")) + ")");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(
                settings.workDirectory.resolve("postgres"), data.resolve("postgres-binaries"), settings.postgresPort);
        postgres.start();
        register("PostgreSQL", postgres::stop);
        for (ServiceDefinition service : Services.ALL) {
            jdbcUrls.put(service, postgres.createDatabase(service.database()));
        }
        return postgres;
    }

    private void startKafka() {
        Console.step("Starting Kafka (KRaft) on " + HOST + ":" + settings.kafkaPort + " (data in "
                + relative(settings.workDirectory.resolve("kafka")) + ")");
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.persistent(
                settings.workDirectory.resolve("kafka"), settings.kafkaPort, settings.kafkaControllerPort);
        kafka.start();
        register("Kafka", kafka::stop);
    }

    private void startGreenMail() throws InterruptedException {
        Console.step("Starting GreenMail: SMTP " + HOST + ":" + settings.smtpPort + ", mail API http://" + HOST + ":" + settings.mailApiPort);
        List<String> command = List.of(settings.javaCommand, "-Xmx128m",
                "-Djava.io.tmpdir=" + scratch("greenmail"),
                "-Dgreenmail.smtp.hostname=" + HOST,
                "-Dgreenmail.smtp.port=" + settings.smtpPort,
                "-Dgreenmail.api.hostname=" + HOST,
                "-Dgreenmail.api.port=" + settings.mailApiPort,
                // No auth, any recipient: GreenMail creates a mailbox on first delivery.
                "-Dgreenmail.auth.disabled",
                "-jar", settings.greenMailJar.toString());
        ChildProcess greenMail = new ChildProcess("greenmail", command, logs.resolve("greenmail.log"),
                URI.create("http://" + HOST + ":" + settings.mailApiPort + "/api/service/readiness"));
        greenMail.start();
        register("GreenMail", greenMail::stop);
        if (!greenMail.awaitReady(Duration.ofSeconds(60))) {
            throw failure(greenMail, "GreenMail did not become ready");
        }
    }

    /** For a person who wants to call the internal credential check as the services do (the README's tour). */
    private void writeInternalApiToken() {
        try {
            Files.writeString(settings.workDirectory.resolve("internal-api.token"), internalApiToken + System.lineSeparator(),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the service token", e);
        }
    }

    private String writeOperatorToken(OperadorTokenIssuer tokens) {
        Instant now = Instant.now();
        String token = tokens.sign(OPERATOR_SUBJECT, OperadorTokens.ISSUER, OperadorTokens.AUDIENCE,
                Set.of(OperadorTokens.OPERADOR_GROUP), OperadorTokens.SUBDELEGACION, now, now.plus(TOKEN_VALIDITY));
        try {
            Files.writeString(settings.workDirectory.resolve("operator.jwt"), token + System.lineSeparator(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the operator token", e);
        }
        return token;
    }

    private ChildProcess startService(ServiceDefinition service, EmbeddedPostgresServer postgres, Path publicKey) {
        int port = settings.servicePorts.get(service);
        Console.step("Starting " + service.name() + " on http://" + HOST + ":" + port + " (log "
                + relative(logs.resolve(service.name() + ".log")) + ")");
        ServiceCommand command = new ServiceCommand(settings.javaCommand, settings.serviceJavaOptions,
                scratch(service.name()), HOST, port, settings.managementPorts.get(service), jdbcUrls.get(service),
                postgres.username(), postgres.password(), HOST + ":" + settings.kafkaPort, settings.smtpPort, publicKey,
                OperadorTokens.ISSUER, OperadorTokens.AUDIENCE, internalApiToken, true, settings.serviceJars.get(service));
        ChildProcess process = new ChildProcess(service.name(),
                command.toList(withPeers(service.ownSettings().apply(settings.workDirectory.toAbsolutePath()))),
                command.workingDirectory(), logs.resolve(service.name() + ".log"), command.readiness());
        process.start();
        register(service.name(), process::stop);
        return process;
    }

    private void awaitReady(ChildProcess service, ServiceDefinition definition) throws InterruptedException {
        Console.step("Waiting for " + service.name() + " to be ready (up to " + settings.readyTimeout.toSeconds() + " s)...");
        if (!service.awaitReady(settings.readyTimeout)) {
            String why = service.isAlive()
                    ? "did not answer 200 on its /q/health/ready within " + settings.readyTimeout.toSeconds() + " s"
                    : "exited with code " + service.exitCode();
            throw failure(service, definition.name() + " " + why);
        }
        // From now on a crash would go unnoticed in the log file: say it on the terminal.
        service.onExit(code -> {
            if (!isStopping()) {
                Console.warn(service.name() + " exited with code " + code + "; see " + relative(service.log()));
            }
        });
    }

    private StartupFailure failure(ChildProcess process, String message) {
        return new StartupFailure(message + ". Last lines of " + relative(process.log()) + ":" + System.lineSeparator()
                + process.tail(LOG_TAIL_LINES));
    }

    private void printSummary(EmbeddedPostgresServer postgres, String operatorToken) {
        Console.blank();
        Console.line("IDSE Certificados is running.");
        Console.blank();
        Console.line("Services:");
        for (ServiceDefinition service : Services.ALL) {
            String base = "http://" + HOST + ":" + settings.servicePorts.get(service);
            Console.line(String.format("  %-22s %s", service.name(), base));
            Console.line(String.format("  %-22s %s/q/openapi", "", base));
            if (ChildProcess.statusOf(URI.create(base + "/q/swagger-ui/")) == 200) {
                Console.line(String.format("  %-22s %s/q/swagger-ui/", "", base));
            }
            Console.line(String.format("  %-22s http://%s:%d/q/health (management port: health, metrics)", "", HOST,
                    settings.managementPorts.get(service)));
        }
        Console.blank();
        Console.line("Infrastructure:");
        Console.line(String.format("  %-22s %s (user %s, password %s)", "PostgreSQL",
                postgres.jdbcUrl("<database>"), postgres.username(), postgres.password()));
        jdbcUrls.forEach((service, url) -> Console.line(String.format("  %-22s %s", "", url)));
        Console.line(String.format("  %-22s %s:%d", "Kafka bootstrap", HOST, settings.kafkaPort));
        Console.line(String.format("  %-22s %s:%d", "SMTP (GreenMail)", HOST, settings.smtpPort));
        Console.line(String.format("  %-22s curl http://%s:%d/api/user/<correo>/messages/", "Mail received", HOST, settings.mailApiPort));
        Console.blank();
        Path tokenFile = settings.workDirectory.resolve("operator.jwt");
        Console.line("Operator token (sub " + OPERATOR_SUBJECT + ", groups [operador], subdelegacion "
                + OperadorTokens.SUBDELEGACION + ", valid " + TOKEN_VALIDITY.toHours() + " h), also in " + relative(tokenFile) + ":");
        Console.line(operatorToken);
        Console.line("  e.g. curl -H \"Authorization: Bearer $(cat " + relative(tokenFile) + ")\" http://" + HOST + ":"
                + settings.servicePorts.values().iterator().next() + "/...");
        Console.blank();
        Console.line("A short tour (paste into another terminal; the README's tour goes further):");
        GuidedTour.lines(HOST, portOf("request-service"), portOf("certificate-service"), settings.mailApiPort, operatorToken)
                .forEach(line -> Console.line("  " + line));
        Console.blank();
        Console.line("Logs: " + relative(logs) + "/");
        Console.line("Ctrl-C to stop.");
    }

    /** Services that call another one (the credential check) find it on the port this run gave it. */
    private Map<String, String> withPeers(Map<String, String> own) {
        Map<String, String> all = new LinkedHashMap<>(own);
        all.put("idse.certificate-service.url", "http://" + HOST + ":" + portOf("certificate-service"));
        return all;
    }

    private int portOf(String service) {
        return settings.servicePorts.entrySet().stream().filter(entry -> entry.getKey().name().equals(service))
                .findFirst().orElseThrow().getValue();
    }

    private synchronized void register(String name, Runnable stop) {
        started.push(new Stoppable(name, stop));
        if (stopping) {
            // Ctrl-C came while this was starting: stop it right away.
            stopAll();
        }
    }

    /** Stops services first, then GreenMail, Kafka and PostgreSQL (reverse start order). */
    private synchronized void stopAll() {
        stopping = true;
        if (started.isEmpty()) {
            return;
        }
        Console.step("Stopping...");
        while (!started.isEmpty()) {
            Stoppable next = started.pop();
            try {
                next.stop().run();
                Console.step("  stopped " + next.name());
            } catch (RuntimeException e) {
                Console.warn("could not stop " + next.name() + " cleanly: " + e.getMessage());
            }
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private Path scratch(String name) {
        Path directory = data.resolve("tmp").resolve(name);
        try {
            // java.io.tmpdir must exist: the JVM does not create it.
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
        return directory;
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(settings.repositoryRoot) ? settings.repositoryRoot.relativize(absolute).toString() : absolute.toString();
    }

    private record Stoppable(String name, Runnable stop) {
    }

    /** A start-up problem explained for people; the launcher prints it and exits non-zero. */
    private static final class StartupFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartupFailure(String message) {
            super(message);
        }
    }
}
