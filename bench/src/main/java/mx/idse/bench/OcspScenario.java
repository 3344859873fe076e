package mx.idse.bench;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

import mx.idse.events.payload.RequestConcluded;
import mx.idse.pki.credentials.PasswordHasher;

/**
 * The OCSP responder over HTTP on the real path: certificate-service (packaged, production
 * profile) issues a few certificates end to end, then {@code --concurrency} client threads POST
 * OCSP requests (the SHA-1 CertID openssl sends) for {@code --signing-seconds} each: first without
 * nonce (pre-signed answers from memory), then each with a fresh nonce (a live RSA signature per
 * request). The client runs on the same cores as the service, so its CPU is part of the ceiling.
 */
final class OcspScenario implements Scenario {

    static final String PRE_SIGNED = "ocsp.pre-signed.throughput";
    static final String LIVE = "ocsp.live.throughput";
    private static final int CERTIFICATES = 20;
    private static final Duration STALL = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "ocsp";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        // 1. Certificates to ask about, issued end to end (RequestConcluded -> CertificateIssued).
        BenchStack stack = context.stack();
        IssuanceTopics.create(stack.kafkaBootstrap());
        URI service = stack.certificateService();
        List<BigInteger> serials = issue(stack, options);
        X509Certificate issuer = issuingCertificate(service);
        context.progress("OCSP: " + serials.size() + " certificates issued; measuring " + options.signingSeconds() + " s per mode");

        // 2. Requests built before any clock: the pre-signed ones are reused, the live ones each carry their own nonce.
        List<byte[]> preSigned = serials.stream().map(serial -> request(issuer, serial, null)).toList();
        verify(service, preSigned.get(0), issuer);
        URI ocsp = service.resolve("/ocsp");
        Duration measured = Duration.ofSeconds(options.signingSeconds());

        // 3. Warm-up, then the two measurements.
        List<Figure> figures = new ArrayList<>();
        Load.run(ocsp, preSigned, options.concurrency(), Duration.ofSeconds(Math.min(3, options.signingSeconds())));
        Load.Result fromMemory = Load.run(ocsp, preSigned, options.concurrency(), measured);
        figures.addAll(fromMemory.figures("ocsp.pre-signed", "no nonce: answered from memory; target >= 20000/s, p99 < 5 ms"));
        SecureRandom random = new SecureRandom();
        List<byte[]> withNonce = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            withNonce.add(request(issuer, serials.get(i % serials.size()), nonce));
        }
        Load.run(ocsp, withNonce, options.concurrency(), Duration.ofSeconds(1));
        Load.Result live = Load.run(ocsp, withNonce, options.concurrency(), measured);
        figures.addAll(live.figures("ocsp.live", "with nonce: one RSA-2048 signature each; target >= 3000/s"));
        return figures;
    }

    private static List<BigInteger> issue(BenchStack stack, BenchOptions options) throws Exception {
        String hash = new PasswordHasher(HashingScenario.MEMORY_KIB, HashingScenario.ITERATIONS, HashingScenario.PARALLELISM)
                .hash("Secreto2026x".toCharArray());
        List<RequestConcluded> requests = RequestConcludedEvents.make(1_000_000, CERTIFICATES, "ec", hash);
        try (CertificateEvents events = CertificateEvents.start(stack.kafkaBootstrap(), STALL);
                RequestConcludedPublisher publisher = new RequestConcludedPublisher(stack.kafkaBootstrap(), Clock.systemUTC())) {
            events.awaitOutcomes(publisher.publish(requests).keySet(), STALL);
            List<BigInteger> serials = events.serials().values().stream().map(BigInteger::new).toList();
            if (serials.isEmpty()) {
                throw new IllegalStateException("OCSP: no certificate was issued to ask about");
            }
            return serials;
        }
    }

    private static X509Certificate issuingCertificate(URI service) throws Exception {
        HttpResponse<byte[]> chain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("/api/v1/ca/certificados"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(chain.body()))
                .iterator().next();
    }

    /** One answer checked whole (status, signature by the issuing CA) before the load, which checks only HTTP 200. */
    private static void verify(URI service, byte[] request, X509Certificate issuer) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.resolve("/ocsp"))
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        OCSPResp answer = new OCSPResp(response.body());
        BasicOCSPResp basic = (BasicOCSPResp) answer.getResponseObject();
        if (answer.getStatus() != OCSPResp.SUCCESSFUL || !basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))
                || basic.getResponses()[0].getCertStatus() != null) {
            throw new IllegalStateException("OCSP: the responder did not answer good, signed by the issuing CA: "
                    + new String(response.body(), StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] request(X509Certificate issuer, BigInteger serial, byte[] nonce) {
        try {
            OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(new CertificateID(
                    new BcDigestCalculatorProvider().get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), serial));
            if (nonce != null) {
                builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(new DEROctetString(nonce).getEncoded()))));
            }
            return builder.build().getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closed-loop load: each thread sends its next request when the previous answer arrived. */
    static final class Load {

        record Result(long ok, long errors, double seconds, long[] nanos) {
            List<Figure> figures(String prefix, String what) {
                Latencies latency = new Latencies(nanos);
                return List.of(new Figure(prefix + ".throughput", ok / seconds, "requests/s (" + what + ")"),
                        new Figure(prefix + ".latency.p50", latency.percentileMillis(50), "ms"),
                        new Figure(prefix + ".latency.p99", latency.percentileMillis(99), "ms"),
                        new Figure(prefix + ".errors", errors, "responses not 200"));
            }
        }

        static Result run(URI ocsp, List<byte[]> requests, int threads, Duration duration) throws InterruptedException {
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long[][] latencies = new long[threads][];
            long end = System.nanoTime() + duration.toNanos();
            List<Thread> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int index = t;
                Thread worker = new Thread(() -> latencies[index] = loop(ocsp, requests, index, end, ok, errors), "ocsp-load-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
            return new Result(ok.get(), errors.get(), seconds, all);
        }

        /**
         * One keep-alive connection per thread with the requests written as raw HTTP/1.1 bytes: the
         * JDK HttpClient costs more CPU per request than the pre-signed answer itself, and the load
         * generator shares the two cores with the responder.
         */
        private static long[] loop(URI ocsp, List<byte[]> requests, int offset, long end, AtomicLong ok, AtomicLong errors) {
            List<byte[]> wire = requests.stream().map(body -> RawHttp.post(ocsp, "application/ocsp-request", body)).toList();
            long[] nanos = new long[1 << 16];
            int count = 0;
            RawHttp connection = null;
            for (int i = offset; System.nanoTime() < end; i++) {
                long sent = System.nanoTime();
                try {
                    if (connection == null) {
                        connection = RawHttp.open(ocsp);
                    }
                    int status = connection.exchange(wire.get(i % wire.size()));
                    (status == 200 ? ok : errors).incrementAndGet();
                } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                    RawHttp.closeQuietly(connection);
                    connection = null;
                }
                if (count == nanos.length) {
                    nanos = Arrays.copyOf(nanos, nanos.length * 2);
                }
                nanos[count++] = System.nanoTime() - sent;
            }
            RawHttp.closeQuietly(connection);
            return Arrays.copyOf(nanos, count);
        }
    }
}
