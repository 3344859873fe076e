package mx.idse.localrun;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One service of the system as the local run starts it: its name (= Maven module folder), its
 * default HTTP port, its PostgreSQL database and any settings of its own (system properties,
 * given the local run's work directory).
 */
public record ServiceDefinition(String name, int defaultPort, String database,
                         Function<Path, Map<String, String>> ownSettings) {

    public ServiceDefinition(String name, int defaultPort, String database) {
        this(name, defaultPort, database, workDirectory -> Map.of());
    }

    /** Prefix of this service's environment variables, e.g. {@code IDSE_REQUEST_SERVICE}. */
    public String envPrefix() {
        return "IDSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Where {@code ./mvnw package} puts the runnable jar of this service. */
    public Path defaultJar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
