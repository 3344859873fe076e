package mx.idse.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Runs the whole benchmark command (every scenario) with a tiny N against the packaged services, so
 * the harness cannot rot. Checks that every figure is printed and nothing failed; never a speed.
 */
class BenchCommandTest {

    private static final List<String> EXPECTED_FIGURES = List.of(
            "hashing.argon2id.1-thread", "hashing.argon2id.all-cores",
            "intake.throughput", "intake.latency.p50", "intake.latency.p99",
            "intake.created", "intake.errors", "intake.events.published",
            "intake.events.last-after-last-response", "intake.cpu-per-request",
            "hashing.argon2id.cpu-per-hash", Bench.RATIO, Bench.CPU_RATIO,
            "signing.provider.accp", "signing.rsa2048.service.1-thread", "signing.rsa2048.service.all-cores",
            "signing.rsa2048.jdk.1-thread", "signing.rsa2048.jdk.all-cores", "ratio.signing.service-vs-jdk",
            "issuance.signer.accp", "issuance.consumers", "issuance.throughput", "issuance.latency.p50",
            "issuance.latency.p99", "issuance.issued", "issuance.failed", "issuance.dead-lettered", "issuance.missing",
            "issuance.cpu-per-certificate", Bench.ISSUANCE_RATIO, Bench.ISSUANCE_CPU_RATIO,
            "crl.streaming.entries", CrlScenario.STREAMING_SECONDS, "crl.streaming.bytes", "crl.naive.entries",
            "crl.naive.seconds", "crl.naive.bytes", "ratio.crl.naive-vs-streaming",
            OcspScenario.PRE_SIGNED, "ocsp.pre-signed.latency.p99", "ocsp.pre-signed.errors",
            OcspScenario.LIVE, "ocsp.live.latency.p99", "ocsp.live.errors",
            "notification.submitted", "notification.submit-rate", "notification.emails-per-second",
            "notification.submit-to-inbox.p50", "notification.submit-to-inbox.p99", "notification.delivered",
            "notification.missing", "notification.refused");

    @Test
    void printsEveryFigureWithNoErrorsAndEveryEventOnKafka() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        List<Figure> figures = Bench.run(
                BenchOptions.parse("--n", "5", "--warmup", "1", "--concurrency", "2", "--issuance-n", "6", "--issuance-warmup", "1",
                        "--signing-seconds", "1", "--notification-n", "5", "--notification-rate", "5"),
                new PrintStream(report, true, StandardCharsets.UTF_8), System.err);

        String printed = report.toString(StandardCharsets.UTF_8);
        for (String name : Stream.concat(EXPECTED_FIGURES.stream(), FootprintScenario.figureNames().stream()).toList()) {
            assertTrue(printed.lines().anyMatch(line -> line.startsWith(name + " ")), "report line for " + name + " in:\n" + printed);
        }
        Map<String, Double> values = figures.stream().collect(Collectors.toMap(Figure::name, Figure::value, (a, b) -> a));
        assertEquals(5, values.get("intake.created"), printed);
        assertEquals(0, values.get("intake.errors"), printed);
        assertEquals(5, values.get("intake.events.published"), printed);
        assertTrue(figures.stream().map(Figure::name).noneMatch(n -> n.startsWith("intake.errors.status-")), printed);
        // Every RequestConcluded became a certificate, seen on idse.certificates.
        assertEquals(1, values.get("issuance.consumers"), printed);
        assertEquals(6, values.get("issuance.issued"), printed);
        assertEquals(0, values.get("issuance.failed"), printed);
        assertEquals(0, values.get("issuance.dead-lettered"), printed);
        assertEquals(0, values.get("issuance.missing"), printed);
        // The CRL scales with --n: 25,000 entries here, and the naive build a tenth of that.
        assertEquals(25_000, values.get("crl.streaming.entries"), printed);
        assertEquals(2_500, values.get("crl.naive.entries"), printed);
        // Every OCSP request was answered.
        assertEquals(0, values.get("ocsp.pre-signed.errors"), printed);
        assertEquals(0, values.get("ocsp.live.errors"), printed);
        // Every submitted request's RequestSubmitted email reached the SMTP server (a gentle rate:
        // this checks the harness, and a busy build machine must not make intake refuse requests).
        assertEquals(5, values.get("notification.submitted"), printed);
        assertEquals(5, values.get("notification.delivered"), printed);
        assertEquals(0, values.get("notification.missing"), printed);
        // Start-up and memory were read from every service process.
        FootprintScenario.figureNames().forEach(name -> assertTrue(values.get(name) > 0, name + " measured in:\n" + printed));
        // The in-process choice and the service's are the same code on the same machine: they agree.
        assertEquals(values.get("signing.provider.accp"), values.get("issuance.signer.accp"), printed);
    }
}
