package mx.idse.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Proves the shared servers are real and behave as the services' tests expect. */
class InfrastructureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void postgresCreatesDatabasesThatAnswerQueries() throws Exception {
        SharedPostgres postgres = Infrastructure.postgres();
        String url = postgres.createDatabase("infra_" + unique());

        try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE solicitud (folio text PRIMARY KEY)");
            statement.execute("INSERT INTO solicitud VALUES ('F-1')");
            try (ResultSet rows = statement.executeQuery("SELECT count(*), current_setting('server_version_num')::int FROM solicitud")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
                assertTrue(rows.getInt(2) >= 150000, "PostgreSQL 15+ expected");
            }
        }
    }

    @Test
    void testResourceGivesEachQuarkusStartAFreshDatabase() {
        IdseTestInfrastructure resource = new IdseTestInfrastructure();
        Map<String, String> first = resource.start();
        Map<String, String> second = resource.start();

        assertNotEquals(first.get("quarkus.datasource.jdbc.url"), second.get("quarkus.datasource.jdbc.url"));
        assertEquals(Infrastructure.kafka().bootstrapServers(), first.get("kafka.bootstrap.servers"));
        assertEquals("false", first.get("quarkus.mailer.mock"));
        assertEquals(OperadorTokens.ISSUER, first.get("mp.jwt.verify.issuer"));
        assertEquals(OperadorTokens.publicKeyPem(), first.get("mp.jwt.verify.publickey"));
    }

    @Test
    void kafkaAutoCreatesTopicsWithThreePartitionsAndDeliversRecords() throws Exception {
        String topic = "infra." + unique();
        String key = "folio-" + unique();

        KafkaTopics.send(topic, key, "{\"n\":1}");
        List<ConsumerRecord<String, String>> records =
                KafkaTopics.awaitRecords(topic, r -> key.equals(r.key()), 1, TIMEOUT);

        assertEquals(1, records.size());
        assertEquals("{\"n\":1}", records.get(0).value());
        assertEquals(3, partitionCount(topic));
        assertEquals(1, KafkaTopics.readAllNow(topic, Duration.ofMillis(300)).size());
    }

    @Test
    void kafkaComesBackOnTheSameAddressAfterAnOutage() throws Exception {
        SharedKafka broker = Infrastructure.kafka();
        String topic = "infra.outage." + unique();
        String before = broker.bootstrapServers();
        KafkaTopics.send(topic, "k", "before-outage");

        try (KafkaProducer<String, String> impatient = producer(before, 2_000);
                KafkaProducer<String, String> patient = producer(before, 120_000)) {
            // Both producers know the topic's leader before the broker goes away.
            impatient.send(new ProducerRecord<>(topic, "k", "warm-up")).get(30, TimeUnit.SECONDS);
            patient.send(new ProducerRecord<>(topic, "k", "warm-up")).get(30, TimeUnit.SECONDS);

            broker.stop();
            CompletableFuture<RecordMetadata> pending;
            try {
                assertFalse(broker.isRunning());
                assertThrows(ExecutionException.class,
                        () -> impatient.send(new ProducerRecord<>(topic, "k", "lost")).get(30, TimeUnit.SECONDS));
                // send() itself may block while metadata is unavailable: run it off the test thread.
                pending = CompletableFuture.supplyAsync(() -> sendAndWait(patient, topic, "sent-during-outage"));
                assertThrows(TimeoutException.class, () -> pending.get(1, TimeUnit.SECONDS));
            } finally {
                broker.start();
            }

            assertEquals(before, broker.bootstrapServers());
            pending.get(60, TimeUnit.SECONDS);
        }
        KafkaTopics.send(topic, "k", "after-outage");

        List<String> values = KafkaTopics.awaitRecords(topic, r -> true, 5, TIMEOUT).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(List.of("before-outage", "warm-up", "warm-up", "sent-during-outage", "after-outage"), values);
    }

    @Test
    void smtpAcceptsMailForAnyRecipient() throws Exception {
        SharedSmtp smtp = Infrastructure.smtp();
        String recipient = "patron." + unique() + "@example.mx";

        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(IdseTestInfrastructure.MAIL_FROM));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("Solicitud recibida", "UTF-8");
        message.setText("Folio F-1", "UTF-8");
        Transport.send(message);

        List<MimeMessage> received = smtp.awaitMessagesFor(recipient, 1, TIMEOUT);
        assertEquals(1, received.size());
        assertEquals("Solicitud recibida", received.get(0).getSubject());
    }

    @Test
    void anotherClassLoaderReachesTheSameServers() throws Exception {
        // Quarkus loads test dependencies once per test profile; model that with a fresh loader.
        URL classes = Infrastructure.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> otherInfrastructure = isolated.loadClass(Infrastructure.class.getName());
            assertNotEquals(Infrastructure.class, otherInfrastructure);
            Object otherKafka = otherInfrastructure.getMethod("kafka").invoke(null);
            Object otherBootstrap = otherKafka.getClass().getMethod("bootstrapServers").invoke(otherKafka);

            assertEquals(Infrastructure.kafka().bootstrapServers(), otherBootstrap);
        }
    }

    @Test
    void operatorTokensVerifyWithThePublishedPublicKey() throws Exception {
        JwtConsumer consumer = jwtConsumer(readPem(Path.of(OperadorTokens.publicKeyLocation())));

        JwtClaims claims = consumer.processToClaims(OperadorTokens.operador("ana.lopez"));
        assertEquals(OperadorTokens.ISSUER, claims.getIssuer());
        assertEquals("ana.lopez", claims.getSubject());
        assertEquals("ana.lopez", claims.getStringClaimValue("upn"));
        assertEquals(List.of("operador"), claims.getStringListClaimValue("groups"));
        assertEquals("Subdelegación Centro", claims.getStringClaimValue("subdelegacion"));

        assertEquals(List.of("auditor"),
                consumer.processToClaims(OperadorTokens.withGroups("b", "auditor")).getStringListClaimValue("groups"));
        assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(OperadorTokens.expired("c")));
        assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(OperadorTokens.signedByUnknownKey("d")));
        assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(OperadorTokens.withIssuer("e", "urn:otro")));
    }

    private static JwtConsumer jwtConsumer(PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(OperadorTokens.ISSUER)
                .setExpectedAudience(OperadorTokens.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }

    private static PublicKey readPem(Path file) throws Exception {
        String base64 = Files.readString(file).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static KafkaProducer<String, String> producer(String bootstrap, int deliveryTimeoutMs) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryTimeoutMs, 30_000));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeoutMs);
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return new KafkaProducer<>(props);
    }

    private static RecordMetadata sendAndWait(KafkaProducer<String, String> producer, String topic, String value) {
        try {
            return producer.send(new ProducerRecord<>(topic, "k", value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int partitionCount(String topic) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
