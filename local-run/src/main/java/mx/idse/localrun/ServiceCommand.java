package mx.idse.localrun;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The command line that runs one service's packaged jar against given infrastructure. The local
 * run and the benchmark both start services with it, so they run them the same way.
 *
 * @param javaCommand   the java executable
 * @param javaOptions   JVM options (heap, GC, flight recorder...), before the service's settings;
 *                      empty means {@link #MEMORY_SETTINGS}
 * @param scratch       the service's temp directory (must exist)
 * @param host          loopback address the service and the infrastructure listen on
 * @param port          the service's HTTP port (its API)
 * @param managementPort the port of its management interface (health, metrics)
 * @param jdbcUrl       the service's database
 * @param dbUsername    database user
 * @param dbPassword    database password
 * @param kafkaBootstrap Kafka bootstrap servers, host:port
 * @param smtpPort      SMTP port on {@code host}
 * @param jwtPublicKey  PEM public key that verifies operator tokens
 * @param jwtIssuer     issuer operator tokens must carry
 * @param jwtAudience   audience operator tokens must carry
 * @param internalApiToken the run's service token: the callers of the credential check send it and
 *                      certificate-service accepts it (a Secret in production)
 * @param devMode       {@code true}: dev profile and a movable clock (the local run); {@code false}:
 *                      the production profile as deployed, no dev clock (the benchmark)
 * @param jar           the service's {@code quarkus-run.jar}
 */
public record ServiceCommand(String javaCommand, List<String> javaOptions, Path scratch, String host, int port,
        int managementPort, String jdbcUrl, String dbUsername, String dbPassword, String kafkaBootstrap, int smtpPort,
        Path jwtPublicKey, String jwtIssuer, String jwtAudience, String internalApiToken, boolean devMode, Path jar) {

    /**
     * Each service's JVM memory when no options are given, measured in docs/operations.md ("Memory
     * and start-up"); the Dockerfiles use the same. Without them the heap defaults to a quarter of
     * the machine, and request-service grew past 1.7 GB RSS under a short load.
     */
    public static final List<String> MEMORY_SETTINGS = List.of("-Xms32m", "-Xmx256m", "-XX:MaxMetaspaceSize=160m",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    /** The class-data-sharing archive {@code quarkus.package.jar.appcds.enabled} writes next to the jar. */
    public static final String APP_CDS_ARCHIVE = "app-cds.jsa";

    /** A new random service token for one run of the system (the local run, the tests, the benchmark). */
    public static String newInternalApiToken() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return "idse-run-" + HexFormat.of().formatHex(random);
    }

    /** Where the service answers 200 once it is ready: its management interface. */
    public URI readiness() {
        return URI.create("http://" + host + ":" + managementPort + "/q/health/ready");
    }

    /** Where the command must run: the jar's folder (see {@link #APP_CDS_ARCHIVE}). */
    public Path workingDirectory() {
        return jar.toAbsolutePath().getParent();
    }

    /** The full command line, java first. */
    public List<String> toList() {
        return toList(Map.of());
    }

    /** The full command line with the service's own settings as {@code -D} options before {@code -jar}. */
    public List<String> toList(Map<String, String> ownSettings) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(javaOptions.isEmpty() ? MEMORY_SETTINGS : javaOptions);
        command.add("-Djava.io.tmpdir=" + scratch);
        command.add("-Dvertx.cacheDirBase=" + scratch.resolve("vertx"));
        if (devMode) {
            command.add("-Dquarkus.profile=dev");
            // Lets a person move the clock to watch a request expire; never set in production.
            command.add("-Didse.dev-clock.enabled=true");
        }
        command.addAll(List.of(
                "-Dquarkus.http.host=" + host,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=" + host,
                "-Dquarkus.management.port=" + managementPort,
                "-Didse.internal-api.token=" + internalApiToken,
                "-Didse.internal-api.accepted-tokens=" + internalApiToken,
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=" + dbUsername,
                "-Dquarkus.datasource.password=" + dbPassword,
                "-Dkafka.bootstrap.servers=" + kafkaBootstrap,
                "-Dquarkus.mailer.host=" + host,
                "-Dquarkus.mailer.port=" + smtpPort,
                "-Dquarkus.mailer.mock=false",
                "-Dmp.jwt.verify.publickey.location=" + jwtPublicKey,
                "-Dmp.jwt.verify.issuer=" + jwtIssuer,
                "-Dmp.jwt.verify.audiences=" + jwtAudience));
        ownSettings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // AppCDS: the archive the build made next to the jar, valid only with the jar named as at
        // dump time (relative, from its own folder): hence the working directory below.
        if (Files.isRegularFile(workingDirectory().resolve(APP_CDS_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + APP_CDS_ARCHIVE);
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        return command;
    }
}
