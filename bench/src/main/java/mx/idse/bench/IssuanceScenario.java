package mx.idse.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.idse.events.Topics;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.pki.credentials.PasswordHasher;

/**
 * Issuance end to end on the real path: N RequestConcluded published on {@code idse.issuance} as
 * fast as the producer goes, certificate-service (packaged, production profile, a fresh CA)
 * verifies each CSR, signs, stores and publishes through its outbox, and the harness watches
 * {@code idse.certificates} until every folio's CertificateIssued (or CertificateIssuanceFailed)
 * arrived. Reports certificates/s, publish-to-observed latency, failures and CPU per certificate,
 * and which provider the service signs with (its {@code idse_ca_signer} metric).
 */
final class IssuanceScenario implements Scenario {

    static final String THROUGHPUT = "issuance.throughput";
    static final String CPU_PER_CERTIFICATE = "issuance.cpu-per-certificate";
    static final int TARGET_PER_SECOND = 1500;
    private static final Pattern SIGNER_METRIC = Pattern.compile("idse_ca_signer\\{[^}]*provider=\"([^\"]+)\"");
    private static final Duration CONSUMER_WAIT = Duration.ofSeconds(30);
    private static final Duration STALL = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "issuance";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        // 1. Client side, before any clock: one Argon2id hash (the service only stores it) and a CSR per event.
        String passwordHash = new PasswordHasher(HashingScenario.MEMORY_KIB, HashingScenario.ITERATIONS,
                HashingScenario.PARALLELISM).hash("Secreto2026x".toCharArray());
        context.progress("Issuance: making " + (options.issuanceWarmup() + options.issuanceN()) + " CSRs (" + options.csrKeys() + ")");
        List<RequestConcluded> warmup = RequestConcludedEvents.make(0, options.issuanceWarmup(), options.csrKeys(), passwordHash);
        List<RequestConcluded> measured = RequestConcludedEvents.make(options.issuanceWarmup(), options.issuanceN(), options.csrKeys(), passwordHash);

        // 2. The stack: topics first, so the service's consumer gets its partitions as it starts.
        BenchStack stack = context.stack();
        IssuanceTopics.create(stack.kafkaBootstrap());
        URI service = stack.certificateService();
        String provider = signerProvider(stack.managementUri(BenchStack.CERTIFICATE_SERVICE));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("issuance.signer.accp", provider.equals("AmazonCorrettoCryptoProvider") ? 1 : 0,
                "(1 = ACCP) certificate-service signs with " + provider + " (idse_ca_signer on /q/metrics)"));

        // 3. Nothing to measure without a consumer of idse.issuance (the issuance feature not built in).
        Optional<String> group = IssuanceTopics.consumerGroup(stack.kafkaBootstrap(), CONSUMER_WAIT);
        if (group.isEmpty()) {
            context.progress("Issuance: NO CONSUMER of " + Topics.ISSUANCE + " within " + CONSUMER_WAIT.toSeconds() + " s; nothing measured");
            figures.add(new Figure("issuance.consumers", 0, "no consumer: certificate-service reads nothing from idse.issuance"
                    + " (issuance consumer missing or disabled); end-to-end issuance not measured"));
            return figures;
        }
        figures.add(new Figure("issuance.consumers", 1, "consumer group " + group.get() + " reads idse.issuance"));

        try (CertificateEvents events = CertificateEvents.start(stack.kafkaBootstrap(), CONSUMER_WAIT);
                RequestConcludedPublisher publisher = new RequestConcludedPublisher(stack.kafkaBootstrap(), Clock.systemUTC())) {
            // 4. Warm-up: the same path, unmeasured, so the service's JIT has compiled it.
            context.progress("Issuance: warm-up " + warmup.size() + " RequestConcluded");
            Map<String, Long> warmupSent = publisher.publish(warmup);
            events.awaitOutcomes(warmupSent.keySet(), STALL);

            // 5. Measured: every event published at once, then wait for every outcome.
            context.progress("Issuance: " + measured.size() + " RequestConcluded on idse.issuance, waiting for CertificateIssued");
            long servicePid = stack.certificateServiceProcess().pid();
            long serviceCpuBefore = CpuTime.ofProcess(servicePid);
            long restCpuBefore = CpuTime.ofRestOfStack(servicePid);
            long start = System.nanoTime();
            Map<String, Long> sent = publisher.publish(measured);
            long published = System.nanoTime();
            int missing = events.awaitOutcomes(sent.keySet(), STALL);
            double serviceCpuMs = (CpuTime.ofProcess(servicePid) - serviceCpuBefore) / 1e6;
            double restCpuMs = (CpuTime.ofRestOfStack(servicePid) - restCpuBefore) / 1e6;

            // 6. Figures over the measured folios only.
            long[] latencies = sent.entrySet().stream().filter(e -> events.issuedAtNanos().containsKey(e.getKey()))
                    .mapToLong(e -> events.issuedAtNanos().get(e.getKey()) - e.getValue()).toArray();
            long lastIssued = sent.keySet().stream().map(events.issuedAtNanos()::get).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).max().orElse(start);
            int issued = latencies.length;
            Map<String, Integer> motivos = new TreeMap<>();
            sent.keySet().stream().map(events.failureMotivos()::get).filter(Objects::nonNull)
                    .forEach(m -> motivos.merge(m, 1, Integer::sum));
            int failed = motivos.values().stream().mapToInt(Integer::intValue).sum();
            Latencies latency = new Latencies(latencies);
            double seconds = Math.max(1, lastIssued - start) / 1e9;
            figures.add(new Figure(THROUGHPUT, issued / seconds, "certificates/s (" + measured.size()
                    + " RequestConcluded published at once -> CertificateIssued observed; target >= " + TARGET_PER_SECOND + ")"));
            figures.add(new Figure("issuance.latency.p50", latency.percentileMillis(50), "ms (publish -> CertificateIssued observed)"));
            figures.add(new Figure("issuance.latency.p99", latency.percentileMillis(99), "ms"));
            figures.add(new Figure("issuance.issued", issued, "certificates (CertificateIssued)"));
            figures.add(new Figure("issuance.failed", failed, "requests (CertificateIssuanceFailed)"));
            motivos.forEach((motivo, count) -> figures.add(new Figure("issuance.failed.motivo-" + motivo, count, "requests")));
            int deadLettered = (int) sent.keySet().stream().filter(events.deadLettered()::contains).count();
            figures.add(new Figure("issuance.dead-lettered", deadLettered, "requests (RequestConcluded sent to idse.dlq by the service)"));
            figures.add(new Figure("issuance.missing", missing, "requests with no outcome after " + STALL.toSeconds() + " s without progress"));
            figures.add(new Figure("issuance.publish-rate", measured.size() / ((published - start) / 1e9),
                    "events/s (the harness putting RequestConcluded on Kafka, acknowledged)"));
            figures.add(new Figure(CPU_PER_CERTIFICATE, issued == 0 ? 0 : serviceCpuMs / issued,
                    "ms CPU/certificate (certificate-service process, GC included)"));
            figures.add(new Figure("issuance.cpu-per-certificate.rest-of-stack", issued == 0 ? 0 : restCpuMs / issued,
                    "ms CPU/certificate (PostgreSQL, Kafka, the harness and any idle service, same cores)"));
        }
        return figures;
    }

    /** The provider tag of certificate-service's {@code idse_ca_signer} gauge (on its management port). */
    private static String signerProvider(URI management) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(management.resolve("/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = SIGNER_METRIC.matcher(metrics.body());
        return matcher.find() ? matcher.group(1) : "unknown (no idse_ca_signer on /q/metrics, status " + metrics.statusCode() + ")";
    }
}
