package mx.idse.testinfra;

/** The JVM-wide PostgreSQL server as tests see it (see {@link Infrastructure#postgres()}). */
public final class SharedPostgres {

    private final SharedInfrastructureMBean shared;

    SharedPostgres(SharedInfrastructureMBean shared) {
        this.shared = shared;
    }

    /** Creates database {@code name} (lower-case letters, digits, underscores) if missing; returns its JDBC URL. */
    public String createDatabase(String name) {
        return shared.createDatabase(name);
    }

    /** The JDBC URL of database {@code name}. */
    public String jdbcUrl(String name) {
        return shared.jdbcUrl(name);
    }

    /** The port PostgreSQL listens on (127.0.0.1). */
    public int port() {
        return shared.getPostgresPort();
    }

    /** The user name for JDBC connections. */
    public String username() {
        return shared.getPostgresUsername();
    }

    /** The password for JDBC connections. */
    public String password() {
        return shared.getPostgresPassword();
    }
}
