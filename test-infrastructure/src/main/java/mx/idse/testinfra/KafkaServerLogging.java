package mx.idse.testinfra;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the embedded broker's own loggers to WARNING through java.util.logging, which JBoss
 * LogManager (Quarkus tests) honours. Client warnings and errors still show.
 */
final class KafkaServerLogging {

    private static final List<String> SERVER_CATEGORIES = List.of(
            "kafka", "state.change.logger",
            "org.apache.kafka.server", "org.apache.kafka.controller", "org.apache.kafka.raft",
            "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.storage",
            "org.apache.kafka.coordinator", "org.apache.kafka.queue", "org.apache.kafka.snapshot",
            "org.apache.kafka.network", "org.apache.kafka.security", "org.apache.kafka.common.metrics",
            "org.apache.kafka.common.utils.AppInfoParser", "org.apache.kafka.common.network",
            // Every client prints its whole configuration at INFO; tests start many of them.
            "org.apache.kafka.common.config",
            // The tests' own topic readers log each partition assignment and offset reset.
            "org.apache.kafka.clients.consumer.internals");

    // JUL keeps loggers weakly: hold them, or the level is lost when they are collected.
    private static List<Logger> quieted = List.of();

    private KafkaServerLogging() {
    }

    static synchronized void quiet() {
        if (!quieted.isEmpty()) {
            return;
        }
        quieted = SERVER_CATEGORIES.stream().map(Logger::getLogger).toList();
        quieted.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
