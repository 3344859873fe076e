package mx.idse.events.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the transactional outbox and its relay. */
@ConfigMapping(prefix = "idse.outbox")
public interface OutboxConfig {

    /** Whether this replica runs the relay at all (the advisory lock keeps it to one at a time anyway). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for unpublished events. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events published per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long a batch waits for the broker's acknowledgements before giving up until the next poll. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Published rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** The value of the service's {@code source} CloudEvents attribute, e.g. /idse/request-service. */
    String source();
}
