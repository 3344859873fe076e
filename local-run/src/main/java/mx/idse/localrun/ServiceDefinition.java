package mx.idse.localrun;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One service of the system as the local run starts it: its name (= Maven module folder), its
 * default HTTP port and its PostgreSQL database.
 */
public record ServiceDefinition(String name, int defaultPort, String database) {

    /** Prefix of this service's environment variables, e.g. {@code IDSE_REQUEST_SERVICE}. */
    public String envPrefix() {
        return "IDSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Where {@code ./mvnw package} puts the runnable jar of this service. */
    public Path defaultJar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
