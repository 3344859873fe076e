package mx.idse.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void readsScenariosNAndConcurrency() {
        BenchOptions options = BenchOptions.parse("--scenarios", "intake", "--n", "7", "--concurrency", "3");
        assertEquals(List.of("intake"), options.scenarios());
        assertEquals(7, options.n());
        assertEquals(3, options.concurrency());
    }

    @Test
    void readsTheIssuanceAndSigningOptionsWithDefaults() {
        BenchOptions defaults = BenchOptions.parse();
        assertEquals(List.of("hashing", "intake", "signing", "issuance", "crl", "ocsp", "notification", "footprint"), defaults.scenarios());
        assertEquals(2000, defaults.issuanceN());
        assertEquals(400, defaults.notificationN());
        assertEquals(20, defaults.notificationRate());
        assertEquals(500, defaults.issuanceWarmup());
        assertEquals(5, defaults.signingSeconds());

        BenchOptions chosen = BenchOptions.parse("--scenarios", "signing,issuance", "--issuance-n", "50", "--signing-seconds", "2");
        assertEquals(List.of("signing", "issuance"), chosen.scenarios());
        assertEquals(50, chosen.issuanceN());
        assertEquals(2, chosen.signingSeconds());
    }

    @Test
    void refusesAnUnknownScenario() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--scenarios", "hashing,emails"));
    }

    @Test
    void refusesAZeroN() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--n", "0"));
    }

    @Test
    void percentilesUseNearestRank() {
        Latencies latencies = new Latencies(new long[] {4_000_000, 1_000_000, 3_000_000, 2_000_000});
        assertEquals(2.0, latencies.percentileMillis(50));
        assertEquals(4.0, latencies.percentileMillis(99));
    }
}
