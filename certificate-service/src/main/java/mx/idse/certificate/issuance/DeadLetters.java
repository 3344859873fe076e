package mx.idse.certificate.issuance;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import mx.idse.events.Topics;

/**
 * Sends one message of a batch to {@code idse.dlq}, with the headers the connector's own
 * dead-letter strategy writes. A batch channel cannot nack one record (a nack would dead-letter the
 * whole batch, good events included), so the issuance consumer dead-letters its poison itself and
 * acknowledges the batch. It waits for the broker, so the offset is committed only after.
 * (IdempotentConsumer has already counted the event as dead-lettered.)
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<String> emitter;

    DeadLetters(@Channel("issuance-dead-letters") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    void send(String message, String key, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", text(String.valueOf(reason.getMessage())));
        headers.add("dead-letter-cause", text(reason.getClass().getName()));
        headers.add("dead-letter-topic", text(Topics.ISSUANCE));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key).withHeaders(headers).build();
        emitter.sendMessageAndAwait(Message.of(message).addMetadata(metadata));
        LOG.warnf("%s: message with key %s sent to %s: %s", IssuanceConsumer.CONSUMER, key, Topics.DEAD_LETTERS, reason);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
