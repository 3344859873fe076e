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
record ServiceDefinition(String name, int defaultPort, String database,
                         Function<Path, Map<String, String>> ownSettings) {

    ServiceDefinition(String name, int defaultPort, String database) {
        this(name, defaultPort, database, workDirectory -> Map.of());
    }

    /** Prefix of this service's environment variables, e.g. {@code IDSE_REQUEST_SERVICE}. */
    String envPrefix() {
        return "IDSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Where {@code ./mvnw install} puts the runnable jar of this service. */
    Path defaultJar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
