package mx.idse.events.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import mx.idse.events.consumer.EventHandlers;
import mx.idse.events.consumer.IdempotentConsumer;
import mx.idse.events.payload.RequestWithdrawn;

/**
 * A tiny consumer of the test topic. It handles RequestWithdrawn only; its {@code nombre} picks
 * the behaviour: {@value #POISON} always fails (a bug), {@value #DATABASE} fails like a lost
 * database connection while its folio is in {@link #databaseDown}; anything else applies.
 */
@ApplicationScoped
public class TestEventsConsumer {

    static final String CONSUMER = "events-test";
    static final String NEVER_DEAD_LETTER_CONSUMER = "events-test-revocations";
    static final String POISON = "veneno";
    static final String DATABASE = "bd";

    static final Set<String> databaseDown = ConcurrentHashMap.newKeySet();
    /** Folios whose POISON bug is "fixed" (as by a redeploy) for the never-dead-letter consumer. */
    static final Set<String> bugFixed = ConcurrentHashMap.newKeySet();
    static final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    private final IdempotentConsumer consumer;
    private final AgroalDataSource dataSource;
    private final EventHandlers handlers;
    private final EventHandlers neverDeadLetterHandlers;

    TestEventsConsumer(IdempotentConsumer consumer, AgroalDataSource dataSource) {
        this.consumer = consumer;
        this.dataSource = dataSource;
        this.handlers = new EventHandlers().on(RequestWithdrawn.class, this::withdrawn);
        this.neverDeadLetterHandlers = new EventHandlers().on(RequestWithdrawn.class, this::withdrawn).neverDeadLetter();
    }

    @Incoming("test-revocations")
    @Blocking
    public void onRevocation(String message) {
        consumer.consume(NEVER_DEAD_LETTER_CONSUMER, message, neverDeadLetterHandlers);
    }

    @Incoming("test-events")
    @Blocking
    public void onEvent(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    void withdrawn(RequestWithdrawn event) {
        attempts.computeIfAbsent(event.folio(), f -> new AtomicInteger()).incrementAndGet();
        if (POISON.equals(event.nombre()) && !bugFixed.contains(event.folio())) {
            throw new IllegalArgumentException("folio " + event.folio() + " cannot be handled");
        }
        if (DATABASE.equals(event.nombre()) && databaseDown.contains(event.folio())) {
            throw new IllegalStateException("could not write", new SQLException("An I/O error occurred", "08006"));
        }
        record(event.folio());
    }

    private void record(String folio) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO test_effect (folio) VALUES (?)")) {
            insert.setString(1, folio);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
