package mx.idse.testinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Owner of the JVM-wide servers. {@link Infrastructure} creates one instance from the system
 * class loader (never closed, unlike Quarkus' per-profile class loaders) and registers it as an
 * MBean; every class loader then talks to it through JMX. Servers start lazily and stop in a
 * JVM shutdown hook.
 */
public final class SharedInfrastructure implements SharedInfrastructureMBean {

    private final Object postgresLock = new Object();
    private final Object kafkaLock = new Object();
    private final Object smtpLock = new Object();
    private final Object jwtLock = new Object();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedSmtpServer smtp;
    private Path jwtKeyDirectory;

    /** Creates the owner and registers the shutdown hook that stops whatever it started. */
    public SharedInfrastructure() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "idse-test-infrastructure-stop"));
    }

    @Override
    public void startAll() {
        inOwnLoader(this::startAllNow);
    }

    private Void startAllNow() {
        CompletableFuture<Void> pg = CompletableFuture.runAsync(this::postgres);
        CompletableFuture<Void> mail = CompletableFuture.runAsync(this::smtp);
        kafka();
        try {
            CompletableFuture.allOf(pg, mail).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        return null;
    }

    @Override
    public String getKafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    @Override
    public boolean isKafkaRunning() {
        return kafka().isRunning();
    }

    @Override
    public void stopKafka() {
        kafka().stop();
    }

    @Override
    public void startKafka() {
        EmbeddedKafkaBroker broker = kafka();
        inOwnLoader(() -> {
            broker.start();
            return null;
        });
    }

    @Override
    public String createDatabase(String name) {
        return postgres().createDatabase(name);
    }

    @Override
    public String jdbcUrl(String name) {
        return postgres().jdbcUrl(name);
    }

    @Override
    public int getPostgresPort() {
        return postgres().port();
    }

    @Override
    public String getPostgresUsername() {
        return postgres().username();
    }

    @Override
    public String getPostgresPassword() {
        return postgres().password();
    }

    @Override
    public String getSmtpHost() {
        return smtp().host();
    }

    @Override
    public int getSmtpPort() {
        return smtp().port();
    }

    @Override
    public byte[][] smtpMessagesFor(String email) {
        List<MimeMessage> messages = smtp().receivedMessagesFor(email);
        byte[][] raw = new byte[messages.size()][];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = toBytes(messages.get(i));
        }
        return raw;
    }

    @Override
    public void purgeSmtp() {
        smtp().purge();
    }

    @Override
    public String getJwtKeyDirectory() {
        synchronized (jwtLock) {
            if (jwtKeyDirectory == null) {
                Path directory = Directories.newTempDirectory("idse-jwt-");
                OperadorTokenIssuer.loadOrCreate(directory);
                jwtKeyDirectory = directory.toAbsolutePath();
            }
            return jwtKeyDirectory.toString();
        }
    }

    /**
     * Runs {@code action} with this class's loader as context loader: threads the servers start
     * inherit it, and Kafka loads plugins through it, so a closed Quarkus loader never leaks in.
     */
    private static <T> T inOwnLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SharedInfrastructure.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private EmbeddedPostgresServer postgres() {
        synchronized (postgresLock) {
            if (postgres == null) {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.ephemeral();
                inOwnLoader(() -> {
                    server.start();
                    return null;
                });
                postgres = server;
            }
            return postgres;
        }
    }

    private EmbeddedKafkaBroker kafka() {
        synchronized (kafkaLock) {
            if (kafka == null) {
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.ephemeral();
                inOwnLoader(() -> {
                    broker.start();
                    return null;
                });
                kafka = broker;
            }
            return kafka;
        }
    }

    private EmbeddedSmtpServer smtp() {
        synchronized (smtpLock) {
            if (smtp == null) {
                EmbeddedSmtpServer server = EmbeddedSmtpServer.ephemeral();
                inOwnLoader(() -> {
                    server.start();
                    return null;
                });
                smtp = server;
            }
            return smtp;
        }
    }

    private void stopAll() {
        // Kafka first: it is the slowest to stop and nothing else depends on it at exit.
        closeQuietly(kafka);
        closeQuietly(smtp);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (Exception e) {
            // The JVM is exiting; an unclean stop only leaves files under target/.
        }
    }

    private static byte[] toBytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message in GreenMail", e);
        }
    }
}
