package mx.idse.testinfra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from the zonky embedded binaries, run as a child process of this
 * JVM. It works when the JVM runs as root (the zonky binaries take care of it).
 *
 * <p>Two flavours: {@link #ephemeral()} for tests (dynamic port, throw-away data directory,
 * durability switched off for speed) and {@link #persistent(Path, Path, int)} for the local run
 * (fixed port, data kept between runs). Isolate tests by database, not by server:
 * {@link #createDatabase(String)} is cheap.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Path dataDirectory;
    private final Path workingDirectory;
    private final int requestedPort;
    private final boolean persistent;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDirectory, Path workingDirectory, int requestedPort, boolean persistent) {
        this.dataDirectory = dataDirectory;
        this.workingDirectory = workingDirectory;
        this.requestedPort = requestedPort;
        this.persistent = persistent;
    }

    /** A server for tests: dynamic port, data in a temp directory that is removed when it stops. */
    public static EmbeddedPostgresServer ephemeral() {
        return new EmbeddedPostgresServer(null, null, 0, false);
    }

    /**
     * A server for the local run: data kept in {@code dataDirectory} between runs, binaries
     * unpacked under {@code workingDirectory}, listening on {@code port}.
     */
    public static EmbeddedPostgresServer persistent(Path dataDirectory, Path workingDirectory, int port) {
        return new EmbeddedPostgresServer(dataDirectory, workingDirectory, port, true);
    }

    /** Starts PostgreSQL (runs initdb first when the data directory is new); no-op if started. */
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300");
            if (persistent) {
                Files.createDirectories(dataDirectory);
                Files.createDirectories(workingDirectory);
                builder.setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(workingDirectory.toFile())
                        .setPort(requestedPort);
            } else {
                // Test data is disposable: trade durability for speed.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
                if (System.getProperty("ot.epg.working-dir") == null) {
                    builder.setOverrideWorkingDirectory(new File(System.getProperty("java.io.tmpdir"), "embedded-pg"));
                }
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /** Stops PostgreSQL cleanly; a persistent data directory stays for the next run. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        EmbeddedPostgres running = postgres;
        postgres = null;
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Tells whether the server is started. */
    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /**
     * Creates database {@code name} if it does not exist yet and returns its JDBC URL.
     * Names are lower-case letters, digits and underscores (they are not quoted in SQL).
     */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD)) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    /** The JDBC URL of database {@code name} on this server. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + name;
    }

    /** The port PostgreSQL listens on. */
    public synchronized int port() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL is not started");
        }
        return postgres.getPort();
    }

    /** The superuser name for JDBC connections. */
    public String username() {
        return USERNAME;
    }

    /** The superuser password for JDBC connections (local trust auth accepts any). */
    public String password() {
        return PASSWORD;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
