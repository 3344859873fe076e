package mx.idse.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MexicoCityTest {

    @Test
    void requestExpiresWhenTheLastDayEndsInMexicoCity() {
        // Mexico City has no daylight saving time since 2022: UTC-6 all year.
        assertEquals(Instant.parse("2026-12-12T06:00:00Z"), MexicoCity.endOf(LocalDate.of(2026, 12, 11)));
    }

    @Test
    void aUtcInstantAfterMidnightIsStillTheDayBeforeInMexicoCity() {
        assertEquals(LocalDate.of(2026, 11, 27), MexicoCity.dateOf(Instant.parse("2026-11-28T05:59:59Z")));
        assertEquals(LocalDate.of(2026, 11, 28), MexicoCity.dateOf(Instant.parse("2026-11-28T06:00:00Z")));
    }

    @Test
    void formatsWithTheMexicoCityOffset() {
        assertEquals("2026-11-27T12:00:00-06:00", MexicoCity.format(Instant.parse("2026-11-27T18:00:00.123Z")));
        assertEquals(null, MexicoCity.format(null));
    }
}
