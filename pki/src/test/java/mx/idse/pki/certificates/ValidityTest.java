package mx.idse.pki.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import mx.idse.pki.testing.TestPki;

class ValidityTest {

    private static final Instant CA_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration CA_LIFETIME = Duration.ofDays(1000);
    private static final Instant CA_END = CA_START.plus(CA_LIFETIME);
    private static final Duration TWO_YEARS = Duration.ofDays(730);
    private static TestPki pki;

    @BeforeAll
    static void makeCa() {
        pki = TestPki.create(CA_START, CA_LIFETIME);
    }

    @Test
    void keepsTheRequestedPeriodWhenTheCaCoversIt() {
        Instant start = Instant.parse("2026-03-01T10:00:00.789Z");
        Validity validity = Validity.withinIssuingCa(pki.issuing, start, TWO_YEARS);
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), validity.notBefore());
        assertEquals(Instant.parse("2028-02-29T10:00:00Z"), validity.notAfter());
    }

    @Test
    void endsWithTheIssuingCaWhenTheRequestOutlivesIt() {
        Instant start = CA_END.minus(Duration.ofDays(100));
        Validity validity = Validity.withinIssuingCa(pki.issuing, start, TWO_YEARS);
        assertEquals(start, validity.notBefore());
        assertEquals(CA_END, validity.notAfter());
    }

    @Test
    void neverStartsBeforeTheIssuingCa() {
        Validity validity = Validity.withinIssuingCa(pki.issuing, CA_START.minus(Duration.ofDays(3)), TWO_YEARS);
        assertEquals(CA_START, validity.notBefore());
    }

    @Test
    void refusesToIssueFromAnExpiredOrNotYetValidCa() {
        assertThrows(IllegalStateException.class,
                () -> Validity.withinIssuingCa(pki.issuing, CA_END.plusSeconds(1), TWO_YEARS));
        assertThrows(IllegalStateException.class,
                () -> Validity.withinIssuingCa(pki.issuing, CA_START.minus(Duration.ofDays(10)), Duration.ofDays(5)));
    }

    @Test
    void refusesAnEmptyOrNegativeLength() {
        assertThrows(IllegalArgumentException.class, () -> Validity.withinIssuingCa(pki.issuing, CA_START, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Validity(CA_END, CA_START));
    }
}
