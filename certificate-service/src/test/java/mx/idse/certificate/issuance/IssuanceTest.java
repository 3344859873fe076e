package mx.idse.certificate.issuance;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CuentaEntity;
import mx.idse.certificate.signer.CertificateSigner;
import mx.idse.identifiers.Npie;
import mx.idse.certificate.support.RequestConcludedEvents;
import mx.idse.events.CloudEvent;
import mx.idse.events.EventJson;
import mx.idse.events.Topics;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.testing.EventPayloads;
import mx.idse.pki.credentials.PasswordHasher;
import mx.idse.pki.testing.Csrs;
import mx.idse.pki.testing.Openssl;
import mx.idse.testinfra.Infrastructure;
import mx.idse.testinfra.KafkaTopics;

/** RequestConcluded on idse.issuance, through the real Kafka and PostgreSQL, to a certificate and its event. */
@QuarkusTest
class IssuanceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    CertificateSigner signer;
    @Inject
    PasswordHasher hasher;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;

    @Test
    void issuesACertificateFromTheRequestDataThatOpenSslVerifies() throws Exception {
        String hash = hasher.hash("Contrasena123".toCharArray());
        RequestConcluded request = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hash);

        CertificateIssued issued = publishAndAwaitIssued(request);

        CertificadoEntity stored = certificateOf(request.folio()).orElseThrow();
        assertEquals(issued.serial(), stored.numeroSerie);
        assertTrue(issued.serial().matches("[1-9][0-9]{14}"), issued.serial());
        X509CertificateHolder certificate = new X509CertificateHolder(stored.der);
        assertEquals(issued.serial(), certificate.getSerialNumber().toString());
        assertTrue(certificate.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .build(signer.issuingCertificate())), "BouncyCastle verifies it with the issuing CA key");
        assertTrue(openSslVerifies(stored.der));

        X500Name subject = certificate.getSubject();
        assertEquals(EventPayloads.REPRESENTANTE, value(subject, BCStyle.CN));
        assertEquals(EventPayloads.RAZON_SOCIAL, value(subject, BCStyle.O));
        assertEquals(List.of(issued.npie(), request.patron().registroPatronal()), values(subject, BCStyle.OU));
        assertEquals(request.patron().rfc(), value(subject, BCStyle.UNIQUE_IDENTIFIER));
        assertEquals(EventPayloads.REPRESENTANTE_CURP, value(subject, BCStyle.SERIALNUMBER));
        assertFalse(subject.toString().contains(Csrs.CSR_COMMON_NAME), "nothing of the CSR subject");

        assertTrue(Npie.isValid(issued.npie()), issued.npie());
        assertEquals(request.folio(), issued.folio());
        assertEquals(request.correo(), issued.correo());
        assertEquals(request.usuario(), issued.usuario());
        assertEquals(EventPayloads.REPRESENTANTE, issued.nombre());
        assertEquals(certificate.getNotBefore().toInstant(), issued.validoDesde());
        assertEquals(certificate.getNotAfter().toInstant(), issued.validoHasta());
        assertEquals("http://127.0.0.1:8082/certificacion/instalaRenovacion.idse?SERIAL_NOM=" + issued.serial(),
                issued.urlInstalacion());
        CuentaEntity account = QuarkusTransaction.requiringNew().call(() -> CuentaEntity.findById(issued.serial()));
        assertEquals(request.usuario(), account.usuario);
        assertEquals(hash, account.passwordHash);
    }

    @Test
    void aRedeliveredRequestIssuesNothingNew() {
        RequestConcluded request = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hasher.hash("Contrasena123".toCharArray()));
        CloudEvent event = concluded(request);
        publish(event);
        awaitIssued(request.folio());

        // The same envelope again, then the same request under a new event id (keyed by folio: same partition, in order).
        publish(event);
        CloudEvent republished = concluded(request);
        publish(republished);
        await().atMost(WAIT).until(() -> consumed(republished.id()));

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.count("folio", request.folio())));
        assertEquals(1, KafkaTopics.readAllNow(Topics.CERTIFICATES, Duration.ofMillis(500)).stream()
                .filter(record -> record.value().contains(request.folio())).count());
    }

    @Test
    void reusesTheNpieOfTheSamePatronAndGivesAnotherPatronItsOwn() {
        String hash = hasher.hash("Contrasena123".toCharArray());
        String rfc = RequestConcludedEvents.rfcMoral();
        String registro = RequestConcludedEvents.registroPatronal();
        CertificateIssued first = publishAndAwaitIssued(RequestConcludedEvents.moral(rfc, registro, Csrs.rsa(2048), hash));
        CertificateIssued second = publishAndAwaitIssued(RequestConcludedEvents.moral(rfc, registro, Csrs.ecP256(), hash));
        CertificateIssued otherRegistro = publishAndAwaitIssued(
                RequestConcludedEvents.moral(rfc, RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hash));

        assertNotEquals(first.serial(), second.serial());
        assertEquals(first.npie(), second.npie());
        assertNotEquals(first.npie(), otherRegistro.npie());
    }

    @Test
    void refusesAWeakKeyWithIssuanceFailedAndStoresNothing() {
        assertRefused(Csrs.rsa(1024), "LLAVE_DEBIL");
    }

    @Test
    void refusesACsrWithoutProofOfPossession() {
        assertRefused(Csrs.withForeignSignature(), "FIRMA_CSR_INVALIDA");
    }

    @Test
    void aPersonaFisicaWithoutRepresentativeGetsItsOwnNameAndCurp() throws Exception {
        RequestConcluded request = RequestConcludedEvents.fisica(RequestConcludedEvents.rfcFisica(),
                RequestConcludedEvents.registroPatronal(), Csrs.ecP256(), hasher.hash("Contrasena123".toCharArray()));
        publishAndAwaitIssued(request);

        CertificadoEntity stored = certificateOf(request.folio()).orElseThrow();
        X500Name subject = new X509CertificateHolder(stored.der).getSubject();
        assertEquals(RequestConcludedEvents.PERSONA_FISICA, value(subject, BCStyle.CN));
        assertEquals(RequestConcludedEvents.PERSONA_FISICA, value(subject, BCStyle.O));
        assertEquals(RequestConcludedEvents.PERSONA_FISICA_CURP, value(subject, BCStyle.SERIALNUMBER));
        assertTrue(openSslVerifies(stored.der));
    }

    @Test
    void deadLettersAnUnreadableMessageAloneAndKeepsIssuing() {
        String key = "poison-" + UUID.randomUUID();
        KafkaTopics.send(Topics.ISSUANCE, key, "esto no es un CloudEvent");
        RequestConcluded request = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hasher.hash("Contrasena123".toCharArray()));
        publishAndAwaitIssued(request);

        List<ConsumerRecord<String, String>> dead = KafkaTopics.awaitRecords(Topics.DEAD_LETTERS,
                record -> key.equals(record.key()) || record.value().equals("esto no es un CloudEvent"), 1, WAIT);
        assertFalse(dead.isEmpty(), "the unreadable message is on idse.dlq");
        assertTrue(KafkaTopics.readAllNow(Topics.DEAD_LETTERS, Duration.ofMillis(200)).stream()
                .noneMatch(record -> record.value().contains(request.folio())), "the good event is not dead-lettered");
    }

    @Test
    void issuesABurstInBatchesWithOneNpiePerPatronAndCountsIt() {
        String hash = hasher.hash("Contrasena123".toCharArray());
        List<String[]> patrones = List.of(
                new String[] {RequestConcludedEvents.rfcMoral(), RequestConcludedEvents.registroPatronal()},
                new String[] {RequestConcludedEvents.rfcMoral(), RequestConcludedEvents.registroPatronal()},
                new String[] {RequestConcludedEvents.rfcMoral(), RequestConcludedEvents.registroPatronal()});
        List<RequestConcluded> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] patron = patrones.get(i % patrones.size());
            burst.add(RequestConcludedEvents.moral(patron[0], patron[1], i % 2 == 0 ? Csrs.rsa(2048) : Csrs.ecP256(), hash));
        }
        double issuedBefore = issuedCount();
        long latenciesBefore = latencyCount();

        publishAll(burst);
        Set<String> folios = burst.stream().map(RequestConcluded::folio).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(Topics.CERTIFICATES,
                record -> folios.contains(EventJson.read(record.value()).data().path("folio").asText()), 30, WAIT);
        List<CertificateIssued> issued = records.stream()
                .map(record -> EventJson.read(record.value()).dataAs(CertificateIssued.class)).toList();

        assertEquals(30, issued.size());
        assertEquals(30, issued.stream().map(CertificateIssued::serial).distinct().count());
        Map<String, Set<String>> npiesByRfc = issued.stream().collect(Collectors.groupingBy(CertificateIssued::rfc,
                Collectors.mapping(CertificateIssued::npie, Collectors.toSet())));
        assertEquals(3, npiesByRfc.size());
        npiesByRfc.values().forEach(npies -> assertEquals(1, npies.size(), "one NPIE per patrón: " + npies));
        assertEquals(3, npiesByRfc.values().stream().flatMap(Set::stream).distinct().count());
        assertEquals(issuedBefore + 30, issuedCount());
        assertEquals(latenciesBefore + 30, latencyCount());
    }

    private double issuedCount() {
        return registry.find("idse.certificates.issued").tags("tipo", "PRINCIPAL", "provider", signer.providerName())
                .counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private long latencyCount() {
        return registry.find("idse.certificates.issuance.latency").tag("provider", signer.providerName())
                .timers().stream().mapToLong(timer -> timer.count()).sum();
    }

    /** One producer for the whole burst, so the consumer finds many records per poll. */
    private static void publishAll(List<RequestConcluded> requests) {
        publishAll(requests, List.of(), List.of());
    }

    /** The requests, then raw messages (keyed by their subject), then more requests, with one producer. */
    private static void publishAll(List<RequestConcluded> first, List<String> rawMessages, List<RequestConcluded> last) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        List<String> messages = new ArrayList<>();
        first.forEach(request -> messages.add(EventJson.write(concluded(request))));
        messages.addAll(rawMessages);
        last.forEach(request -> messages.add(EventJson.write(concluded(request))));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (String message : messages) {
                producer.send(new ProducerRecord<>(Topics.ISSUANCE, EventJson.mapper().readTree(message)
                        .path("subject").asText(), message));
            }
            producer.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAdicionalHangsFromItsPrincipalUnderTheSameNpie() throws Exception {
        String hash = hasher.hash("Contrasena123".toCharArray());
        RequestConcluded principalRequest = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hash);
        CertificateIssued principal = publishAndAwaitIssued(principalRequest);

        RequestConcluded request = RequestConcludedEvents.adicional(principalRequest, principal.serial(), Csrs.ecP256(), hash);
        CertificateIssued adicional = publishAndAwaitIssued(request);

        assertEquals(principal.npie(), adicional.npie());
        assertEquals(principal.serial(), adicional.principalSerial());
        assertEquals(principalRequest.correo(), adicional.principalCorreo());
        assertEquals("Luis Pérez Gómez", adicional.nombre());
        CertificadoEntity stored = certificateOf(request.folio()).orElseThrow();
        assertEquals(principal.serial(), stored.principalSerie);
        assertTrue(openSslVerifies(stored.der));
    }

    @Test
    void refusesAnAdicionalWithoutALivingPrincipal() {
        RequestConcluded principalRequest = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), "$argon2id$unused");
        RequestConcluded request = RequestConcludedEvents.adicional(principalRequest, "999999999999999", Csrs.rsa(2048),
                hasher.hash("Contrasena123".toCharArray()));
        publish(concluded(request));
        assertFailed(request, "PRINCIPAL_NO_VIGENTE");
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneAndTheOthersAreIssued() {
        String hash = hasher.hash("Contrasena123".toCharArray());
        RequestConcluded before = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hash);
        RequestConcluded after = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), Csrs.rsa(2048), hash);
        // A RequestConcluded whose data breaks the contract (an unknown tipo).
        String poisonFolio = "SOL-POISON-" + UUID.randomUUID();
        String poison = EventJson.write(concluded(after)).replace(after.folio(), poisonFolio)
                .replace("\"tipo\":\"PRINCIPAL\"", "\"tipo\":\"OTRO\"");

        publishAll(List.of(before), List.of(poison), List.of(after));

        awaitIssued(before.folio());
        awaitIssued(after.folio());
        List<ConsumerRecord<String, String>> dead = KafkaTopics.awaitRecords(Topics.DEAD_LETTERS,
                record -> poisonFolio.equals(record.key()), 1, WAIT);
        assertEquals(1, dead.size(), "the poison event is on idse.dlq, keyed as received");
        assertFalse(dead.get(0).value().contains("$argon2"), "no password hash on the dead-letter topic: " + dead.get(0).value());
        assertTrue(dead.get(0).value().contains("\"passwordHash\":\"[redactado]\""), dead.get(0).value());
        assertTrue(dead.get(0).value().contains(poisonFolio), "the rest of the record is kept for the operator");
        assertTrue(KafkaTopics.readAllNow(Topics.DEAD_LETTERS, Duration.ofMillis(200)).stream()
                .noneMatch(record -> record.value().contains(before.folio()) || record.value().contains(after.folio())));
    }

    private void assertRefused(String csr, String motivo) {
        RequestConcluded request = RequestConcludedEvents.moral(RequestConcludedEvents.rfcMoral(),
                RequestConcludedEvents.registroPatronal(), csr, hasher.hash("Contrasena123".toCharArray()));
        publish(concluded(request));
        assertFailed(request, motivo);
    }

    private static void assertFailed(RequestConcluded request, String motivo) {
        List<ConsumerRecord<String, String>> failed = KafkaTopics.awaitRecords(Topics.CERTIFICATES,
                record -> request.folio().equals(record.key()), 1, WAIT);
        assertEquals(1, failed.size());
        CloudEvent event = EventJson.read(failed.get(0).value());
        assertEquals("idse.certificate.issuance-failed.v1", event.type());
        CertificateIssuanceFailed failure = event.dataAs(CertificateIssuanceFailed.class);
        assertEquals(motivo, failure.motivo());
        assertEquals(request.correo(), failure.correo());
        assertFalse(failure.detalle().isBlank());
        assertTrue(certificateOf(request.folio()).isEmpty(), "nothing stored");
    }

    private CertificateIssued publishAndAwaitIssued(RequestConcluded request) {
        publish(concluded(request));
        return awaitIssued(request.folio());
    }

    private static CertificateIssued awaitIssued(String folio) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.awaitRecords(Topics.CERTIFICATES,
                record -> record.value().contains("\"folio\":\"" + folio + "\""), 1, WAIT);
        assertEquals(1, records.size(), "CertificateIssued for " + folio);
        CloudEvent event = EventJson.read(records.get(0).value());
        assertEquals("idse.certificate.issued.v1", event.type());
        CertificateIssued issued = event.dataAs(CertificateIssued.class);
        assertEquals(issued.serial(), records.get(0).key(), "keyed by serial");
        return issued;
    }

    private static CloudEvent concluded(RequestConcluded request) {
        return CloudEvent.wrap(request, "/idse/request-service", request.folio(), Clock.systemUTC());
    }

    private static void publish(CloudEvent event) {
        KafkaTopics.send(Topics.ISSUANCE, event.subject(), EventJson.write(event));
    }

    private static Optional<CertificadoEntity> certificateOf(String folio) {
        return QuarkusTransaction.requiringNew().call(() -> CertificadoEntity.<CertificadoEntity>find("folio", folio).firstResultOptional());
    }

    private boolean consumed(UUID eventId) throws Exception {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT 1 FROM consumed_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            return query.executeQuery().next();
        }
    }

    private boolean openSslVerifies(byte[] der) throws IOException {
        Path directory = Files.createTempDirectory("issued");
        List<X509Certificate> chain = signer.chain();
        Path issuing = Files.writeString(directory.resolve("issuing.pem"), pem(chain.get(0)));
        Path root = Files.writeString(directory.resolve("root.pem"), pem(chain.get(1)));
        Path cert = Files.writeString(directory.resolve("cert.pem"), pem(new X509CertificateHolder(der)));
        Openssl.Result verify = Openssl.run("verify", "-CAfile", root.toString(), "-untrusted", issuing.toString(),
                cert.toString());
        assertTrue(verify.ok(), verify.output());
        Openssl.Result text = Openssl.run("x509", "-in", cert.toString(), "-noout", "-text");
        assertTrue(text.output().contains("URI:http://127.0.0.1:8082/crl"), text.output());
        assertTrue(text.output().contains("OCSP - URI:http://127.0.0.1:8082/ocsp"), text.output());
        return true;
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        List<String> values = values(name, type);
        assertEquals(1, values.size(), type.getId());
        return values.get(0);
    }

    private static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
        return java.util.stream.Stream.of(name.getRDNs(type)).map(RDN::getFirst)
                .map(attribute -> IETFUtils.valueToString(attribute.getValue())).toList();
    }
}
