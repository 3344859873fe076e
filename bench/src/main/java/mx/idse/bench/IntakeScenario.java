package mx.idse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New requests through the REST API on the real path: {@code POST /api/v1/solicitudes} with a
 * client CSR, answered after PostgreSQL committed the request and its outbox row; then the relay
 * publishes RequestSubmitted to Kafka. Reports throughput, latency percentiles, errors by status,
 * and how long after the last answer the last event was on the topic.
 */
final class IntakeScenario implements Scenario {

    static final String THROUGHPUT = "intake.throughput";
    static final String CPU_PER_REQUEST = "intake.cpu-per-request";
    private static final Pattern FOLIO = Pattern.compile("\"folio\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        context.progress("Intake: making " + (options.warmup() + options.n()) + " CSRs (" + options.csrKeys() + ")");
        List<String> warmupBodies = IntakeBodies.make(options.warmup(), options.csrKeys());
        List<String> bodies = IntakeBodies.make(options.n(), options.csrKeys());
        BenchStack stack = context.stack();
        URI endpoint = stack.requestService().resolve("/api/v1/solicitudes");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        context.progress("Intake: warm-up " + warmupBodies.size() + " requests");
        send(client, endpoint, warmupBodies, options.concurrency());
        context.progress("Intake: " + bodies.size() + " requests at concurrency " + options.concurrency());
        long servicePid = stack.requestServiceProcess().pid();
        long serviceCpuBefore = CpuTime.ofProcess(servicePid);
        long restCpuBefore = CpuTime.ofRestOfStack(servicePid);
        Run run = send(client, endpoint, bodies, options.concurrency());
        double cpuPerRequest = (CpuTime.ofProcess(servicePid) - serviceCpuBefore) / 1e6 / bodies.size();
        double restCpuPerRequest = (CpuTime.ofRestOfStack(servicePid) - restCpuBefore) / 1e6 / bodies.size();
        context.progress("Intake: waiting for " + run.folios.size() + " RequestSubmitted on " + PublishedEvents.TOPIC);
        PublishedEvents.Outcome events = PublishedEvents.await(stack.kafkaBootstrap(), run.folios, EVENT_TIMEOUT);

        Latencies latencies = new Latencies(run.latencies);
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(THROUGHPUT, bodies.size() / run.seconds(), "requests/s (concurrency " + options.concurrency() + ")"),
                new Figure("intake.latency.p50", latencies.percentileMillis(50), "ms"),
                new Figure("intake.latency.p99", latencies.percentileMillis(99), "ms"),
                new Figure(CPU_PER_REQUEST, cpuPerRequest, "ms CPU/request (request-service process, GC included)"),
                new Figure("intake.cpu-per-request.rest-of-stack", restCpuPerRequest,
                        "ms CPU/request (PostgreSQL, Kafka and the load generator, on the same cores here)"),
                new Figure("intake.created", run.folios.size(), "requests (201)"),
                new Figure("intake.errors", bodies.size() - run.folios.size(), "requests (not 201)")));
        run.statuses.forEach((status, count) -> {
            if (!status.equals("201")) {
                figures.add(new Figure("intake.errors.status-" + status, count, "requests"));
            }
        });
        figures.add(new Figure("intake.events.published", events.found(), "of " + run.folios.size() + " RequestSubmitted on Kafka"));
        figures.add(new Figure("intake.events.last-after-last-response",
                events.found() == 0 ? 0 : events.lastPublishedEpochMillis() - run.lastResponseEpochMillis.get(),
                "ms (publication of the last event after the last 201)"));
        return figures;
    }

    /** What one batch of requests produced. */
    private record Run(long[] latencies, long elapsedNanos, Set<String> folios, Map<String, Integer> statuses,
            AtomicLong lastResponseEpochMillis) {
        double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    /** Sends every body with {@code concurrency} requests in flight; records each latency and status. */
    private static Run send(HttpClient client, URI endpoint, List<String> bodies, int concurrency) throws InterruptedException {
        long[] latencies = new long[bodies.size()];
        Set<String> folios = ConcurrentHashMap.newKeySet();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        AtomicLong lastResponse = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    String status = post(client, endpoint, bodies.get(i), folios);
                    latencies[i] = System.nanoTime() - sent;
                    lastResponse.accumulateAndGet(System.currentTimeMillis(), Math::max);
                    statuses.merge(status, 1, Integer::sum);
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("requests did not finish within an hour");
        }
        return new Run(latencies, System.nanoTime() - start, folios, new TreeMap<>(statuses), lastResponse);
    }

    /** The status as text ("201", "429", "io" when no answer); a 201's folio goes into {@code folios}. */
    private static String post(HttpClient client, URI endpoint, String body, Set<String> folios) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                Matcher folio = FOLIO.matcher(response.body());
                if (folio.find()) {
                    folios.add(folio.group(1));
                }
            }
            return String.valueOf(response.statusCode());
        } catch (IOException e) {
            return "io";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
