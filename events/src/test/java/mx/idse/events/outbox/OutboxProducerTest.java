package mx.idse.events.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import mx.idse.events.Topics;

class OutboxProducerTest {

    /** What Quarkus' default-kafka-broker map holds for kafka.* settings of a secured cluster. */
    private static final Map<String, Object> SECURED = Map.of(
            "bootstrap.servers", "kafka-0.example:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "ssl.truststore.location", "/etc/kafka/truststore.p12",
            "client.dns.lookup", "use_all_dns_ips",
            "group.id", "request-service",
            "acks", "1",
            "enable.idempotence", "false",
            "retries", "0");

    @Test
    void theRelayProducerGetsEveryKafkaClientSettingOfTheService() {
        Map<String, Object> settings = OutboxProducer.settings(SECURED);

        assertEquals("kafka-0.example:9093", settings.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("SASL_SSL", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals("/etc/kafka/truststore.p12", settings.get("ssl.truststore.location"));
        assertEquals("use_all_dns_ips", settings.get("client.dns.lookup"));
        assertFalse(settings.containsKey("group.id"), "a consumer setting is not passed to the producer");
    }

    @Test
    void aUserSettingCannotWeakenDelivery() {
        Map<String, Object> settings = OutboxProducer.settings(SECURED);

        assertEquals("all", settings.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(true, settings.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals(Integer.MAX_VALUE, settings.get(ProducerConfig.RETRIES_CONFIG));
    }

    @Test
    void aFatalErrorClosesTheProducerAndTheNextBatchGetsANewOne() {
        List<MockProducer<String, String>> built = new ArrayList<>();
        OutboxProducer producer = new OutboxProducer(SECURED, settings -> {
            MockProducer<String, String> mock = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
            built.add(mock);
            return mock;
        });
        Producer<String, String> first = producer.get();

        producer.failed(new ProducerFencedException("fenced"));

        assertTrue(built.get(0).closed(), "the broken producer is closed");
        Producer<String, String> second = producer.get();
        assertNotSame(first, second);
        assertEquals(2, built.size());
    }

    @Test
    void afterAnyFailedBatchNothingOfItIsLeftToBeSentLate() {
        List<MockProducer<String, String>> built = new ArrayList<>();
        OutboxProducer producer = new OutboxProducer(SECURED, settings -> {
            MockProducer<String, String> mock = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
            built.add(mock);
            return mock;
        });
        producer.get().send(new ProducerRecord<>(Topics.REQUESTS, "F-1", "evento 1"));
        producer.get().send(new ProducerRecord<>(Topics.REQUESTS, "F-1", "evento 2"));

        producer.failed(new TimeoutException("Expiring 1 record(s)"));

        assertTrue(built.get(0).closed(), "the buffered records of the failed round are dropped with their producer");
        assertNotSame(built.get(0), producer.get());
    }
}
