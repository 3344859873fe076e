package mx.idse.testinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Apache Kafka 4.x broker in KRaft mode (combined broker + controller),
 * run in-process with Kafka's own {@code KafkaRaftServer}, the class {@code kafka-server-start.sh}
 * runs.
 *
 * <p>Why not {@code KafkaClusterTestKit}: its listeners are pre-bound to random ports, so a
 * fixed port (9092 for the local run) is not possible. Here both the client listener and the
 * controller listener have ports chosen once and kept: {@link #stop()} followed by
 * {@link #start()} brings the broker back on the same address with the same log directory, so
 * already-configured producers and consumers reconnect and earlier records are still there.
 * That is how tests simulate a broker outage.
 *
 * <p>Settings suit one node: every internal topic has replication factor 1 and min ISR 1,
 * topics are auto-created with 3 partitions (so per-key ordering is real), consumer groups
 * rebalance without the initial delay.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final boolean deleteOnClose;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path directory, int port, int controllerPort, boolean deleteOnClose) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.deleteOnClose = deleteOnClose;
    }

    /** A broker for tests: free ports picked now and then pinned, a temp log dir deleted on close. */
    public static EmbeddedKafkaBroker ephemeral() {
        return new EmbeddedKafkaBroker(Directories.newTempDirectory("kafka-"), Ports.freePort(), Ports.freePort(), true);
    }

    /** A broker that keeps its data in {@code directory} between runs, on fixed ports (the local run). */
    public static EmbeddedKafkaBroker persistent(Path directory, int port, int controllerPort) {
        return new EmbeddedKafkaBroker(directory, port, controllerPort, false);
    }

    /** Starts the broker (formats the log directory the first time) and waits until it serves clients. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaServerLogging.quiet();
        try {
            Files.createDirectories(logDirectory());
            KafkaConfig config = new KafkaConfig(brokerConfig(), false);
            formatIfNeeded(config);
            KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
            started.startup();
            server = started;
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Kafka's log directory " + directory, e);
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("Kafka did not start on " + bootstrapServers(), e);
        }
    }

    /** Stops the broker and its controller; data stays, and {@link #start()} brings it back on the same port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer running = server;
        server = null;
        running.shutdown();
        running.awaitShutdown();
    }

    /** Tells whether the broker is currently started. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The client bootstrap address, the same before and after a restart. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The client listener's port. */
    public int port() {
        return port;
    }

    /** The folder holding the broker's logs and metadata. */
    public Path directory() {
        return directory;
    }

    /** Stops the broker and, for an ephemeral one, deletes its data. */
    @Override
    public synchronized void close() {
        stopQuietly();
        if (deleteOnClose) {
            Directories.deleteQuietly(directory);
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            server = null;
        }
    }

    private Path logDirectory() {
        return directory.resolve("log");
    }

    private Map<String, Object> brokerConfig() {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("log.dirs", logDirectory().toString());
        // One node: nothing can be replicated, so every factor and ISR is 1.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("min.insync.replicas", "1");
        props.put("default.replication.factor", "1");
        // Three partitions so that per-key ordering is exercised for real.
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");
        // Faster group joins and a smaller offsets topic: this is a test/dev broker on 2 cores.
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("offsets.topic.num.partitions", "5");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("background.threads", "4");
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        props.put("controlled.shutdown.enable", "true");
        return props;
    }

    private void formatIfNeeded(KafkaConfig config) throws Exception {
        if (Files.exists(logDirectory().resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(logDirectory().toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private void awaitReady() throws Exception {
        // startup() returns once the broker is unfenced; one metadata round trip proves clients get answers.
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
