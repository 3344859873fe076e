package mx.idse.localrun;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the local run can be told, each with a default and an environment variable to
 * override it. Read once at start; {@link #describe()} lists them for the startup banner.
 */
final class LocalRunSettings {

    /** One resolved setting, for the banner. */
    record Setting(String variable, String value, boolean overridden) {
    }

    private final Map<String, String> environment;
    private final List<Setting> described = new ArrayList<>();

    final Path repositoryRoot;
    final Path workDirectory;
    final int postgresPort;
    final int kafkaPort;
    final int kafkaControllerPort;
    final int smtpPort;
    final int mailApiPort;
    final Duration readyTimeout;
    final String javaCommand;
    final List<String> serviceJavaOptions;
    final Path greenMailJar;
    final Map<ServiceDefinition, Integer> servicePorts = new LinkedHashMap<>();
    final Map<ServiceDefinition, Integer> managementPorts = new LinkedHashMap<>();
    final Map<ServiceDefinition, Path> serviceJars = new LinkedHashMap<>();

    private LocalRunSettings(Map<String, String> environment) {
        this.environment = environment;
        repositoryRoot = Path.of(text("IDSE_HOME", Path.of("").toAbsolutePath().toString())).toAbsolutePath().normalize();
        workDirectory = Path.of(text("IDSE_LOCAL_RUN_DIR", repositoryRoot.resolve(".local-run").toString())).toAbsolutePath();
        postgresPort = number("IDSE_POSTGRES_PORT", 55432);
        kafkaPort = number("IDSE_KAFKA_PORT", 9092);
        kafkaControllerPort = number("IDSE_KAFKA_CONTROLLER_PORT", 9093);
        smtpPort = number("IDSE_SMTP_PORT", 2525);
        mailApiPort = number("IDSE_MAIL_API_PORT", 8180);
        readyTimeout = Duration.ofSeconds(number("IDSE_READY_TIMEOUT_SECONDS", 120));
        javaCommand = text("IDSE_JAVA", currentJava());
        String options = text("IDSE_SERVICE_JAVA_OPTS", "");
        serviceJavaOptions = options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
        greenMailJar = Path.of(text("IDSE_GREENMAIL_JAR", launcherDirectory().resolve("greenmail/greenmail-standalone.jar").toString()));
        for (ServiceDefinition service : Services.ALL) {
            servicePorts.put(service, number(service.envPrefix() + "_PORT", service.defaultPort()));
            managementPorts.put(service, number(service.envPrefix() + "_MANAGEMENT_PORT", service.defaultPort() + 1000));
            serviceJars.put(service, Path.of(text(service.envPrefix() + "_JAR", service.defaultJar(repositoryRoot).toString())));
        }
    }

    /** Reads the settings from the process environment. */
    static LocalRunSettings fromEnvironment() {
        return new LocalRunSettings(System.getenv());
    }

    /** Every setting with its value, in the order read. */
    List<Setting> describe() {
        return List.copyOf(described);
    }

    private String text(String variable, String defaultValue) {
        String value = environment.get(variable);
        boolean overridden = value != null && !value.isBlank();
        String resolved = overridden ? value.trim() : defaultValue;
        described.add(new Setting(variable, resolved, overridden));
        return resolved;
    }

    private int number(String variable, int defaultValue) {
        String value = text(variable, String.valueOf(defaultValue));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a number, not '" + value + "'");
        }
    }

    private static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path launcherDirectory() {
        // local-run/target/local-run-*.jar -> local-run/target, where the build copies GreenMail.
        try {
            Path location = Path.of(LocalRunSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("local-run", "target").toAbsolutePath();
        }
    }
}
