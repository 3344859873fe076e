package mx.idse.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submit-to-inbox on the real path: requests go to request-service's REST API at a fixed rate
 * (client CSRs), its relay publishes RequestSubmitted, notification-service records and sends the
 * email, and the bench's SMTP server receives it. Per request: from the 201 to the email with its
 * folio in the SMTP server. Target: p99 under 1 s at 20 requests/s.
 */
final class NotificacionScenario implements Scenario {

    private static final Pattern FOLIO = Pattern.compile("\"folio\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration FIRST_EMAIL_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration LAST_EMAIL_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "notification";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        int n = options.notificationN();
        int rate = options.notificationRate();
        context.progress("Notification: making " + (n + 20) + " CSRs (" + options.csrKeys() + ")");
        List<String> warmup = IntakeBodies.make(20, options.csrKeys());
        List<String> bodies = IntakeBodies.make(n, options.csrKeys());
        BenchStack stack = context.stack();
        stack.notificationService();
        URI endpoint = stack.requestService().resolve("/api/v1/solicitudes");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        try (Inbox inbox = Inbox.watch(stack.smtp())) {
            // 1. Warm up until emails flow: notification-service reads from the latest offset, so the
            //    first events may come before its partitions are assigned.
            context.progress("Notification: warm-up until the first email arrives");
            Map<String, Long> warm = submitAtRate(client, endpoint, warmup, rate, new ConcurrentHashMap<>());
            if (!inbox.awaitAny(warm.keySet(), FIRST_EMAIL_TIMEOUT)) {
                throw new IllegalStateException("no RequestSubmitted email arrived within " + FIRST_EMAIL_TIMEOUT);
            }
            // 2. The measured requests, one every 1/rate s.
            context.progress("Notification: " + n + " requests at " + rate + "/s, timing each email into the SMTP server");
            long start = System.nanoTime();
            Map<Integer, Integer> refused = new ConcurrentHashMap<>();
            Map<String, Long> submitted = submitAtRate(client, endpoint, bodies, rate, refused);
            double submitSeconds = (System.nanoTime() - start) / 1e9;
            inbox.awaitAll(submitted.keySet(), LAST_EMAIL_TIMEOUT);

            // 3. Latency per folio that arrived; throughput over the whole window.
            List<Long> latencies = new ArrayList<>();
            long lastArrival = start;
            for (Map.Entry<String, Long> request : submitted.entrySet()) {
                Long arrived = inbox.arrivals().get(request.getKey());
                if (arrived != null) {
                    latencies.add(arrived - request.getValue());
                    lastArrival = Math.max(lastArrival, arrived);
                }
            }
            Latencies inboxLatency = new Latencies(latencies.stream().mapToLong(Long::longValue).toArray());
            double windowSeconds = (lastArrival - start) / 1e9;
            return List.of(
                    new Figure("notification.submitted", submitted.size(), "requests (201) of " + n),
                    new Figure("notification.submit-rate", bodies.size() / submitSeconds, "requests/s offered (target " + rate + ")"),
                    new Figure("notification.refused", n - submitted.size(), "requests without 201, by status (-1: no answer): "
                            + new TreeMap<>(refused)),
                    new Figure("notification.emails-per-second", windowSeconds == 0 ? 0 : latencies.size() / windowSeconds,
                            "emails/s (first submit to last email in the SMTP server)"),
                    new Figure("notification.submit-to-inbox.p50", inboxLatency.percentileMillis(50), "ms (201 to email received)"),
                    new Figure("notification.submit-to-inbox.p99", inboxLatency.percentileMillis(99), "ms (target < 1000 at 20 requests/s)"),
                    new Figure("notification.submit-to-inbox.max", inboxLatency.percentileMillis(100), "ms"),
                    new Figure("notification.delivered", latencies.size(), "emails"),
                    new Figure("notification.missing", submitted.size() - latencies.size(), "emails not received within "
                            + LAST_EMAIL_TIMEOUT.toSeconds() + " s of the last submit"));
        }
    }

    /** Posts one body every 1/rate s (each on its own thread, so a slow answer does not delay the next); folio to 201 time. */
    private static Map<String, Long> submitAtRate(HttpClient client, URI endpoint, List<String> bodies, int rate,
            Map<Integer, Integer> refused) throws InterruptedException {
        Map<String, Long> created = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newCachedThreadPool();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = bodies.get(i);
            senders.execute(() -> post(client, endpoint, body, created, refused));
        }
        senders.shutdown();
        if (!senders.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("requests did not finish within 5 minutes");
        }
        return created;
    }

    private static void post(HttpClient client, URI endpoint, String body, Map<String, Long> created,
            Map<Integer, Integer> refused) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            Matcher folio = FOLIO.matcher(response.body());
            if (response.statusCode() == 201 && folio.find()) {
                created.put(folio.group(1), answered);
            } else {
                refused.merge(response.statusCode(), 1, Integer::sum);
            }
        } catch (java.io.IOException e) {
            refused.merge(-1, 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
