package mx.idse.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.idse.request.support.TestConfig;

class DeadlineServiceTest {

    private static DeadlineService service(List<LocalDate> imssDates) {
        return new DeadlineService(TestConfig.withImssDates(imssDates));
    }

    @Test
    void aFridaySubmissionHasItsDeadlineTenBusinessDaysLaterAndExpiresWhenThatDayEndsInMexicoCity() {
        // 2026-11-27 15:00 in Mexico City (UTC-6).
        Deadline deadline = service(List.of()).forSubmission(Instant.parse("2026-11-27T21:00:00Z"));

        assertEquals(LocalDate.of(2026, 12, 11), deadline.fechaLimite());
        assertEquals(Instant.parse("2026-12-12T06:00:00Z"), deadline.expiresAt());
        assertEquals(Instant.parse("2026-12-10T06:00:00Z"), deadline.noticeAt(), "two business days left: 10 and 11");
    }

    @Test
    void theSubmissionDayIsTheMexicoCityDayNotTheUtcDay() {
        // Friday 23:30 in Mexico City is already Saturday in UTC; it is still a Friday submission.
        Deadline deadline = service(List.of()).forSubmission(Instant.parse("2026-11-28T05:30:00Z"));

        assertEquals(LocalDate.of(2026, 12, 11), deadline.fechaLimite());
    }

    @Test
    void anImssNonWorkingDatePushesTheDeadline() {
        Deadline deadline = service(List.of(LocalDate.of(2026, 12, 7)))
                .forSubmission(Instant.parse("2026-11-27T21:00:00Z"));

        assertEquals(LocalDate.of(2026, 12, 14), deadline.fechaLimite());
    }

    @Test
    void countsBusinessDaysLeftIncludingTodayAndTheDeadline() {
        DeadlineService service = service(List.of());
        LocalDate limit = LocalDate.of(2026, 12, 11);

        assertEquals(2, service.businessDaysLeft(Instant.parse("2026-12-10T18:00:00Z"), limit));
        assertEquals(1, service.businessDaysLeft(Instant.parse("2026-12-11T18:00:00Z"), limit));
        assertEquals(10, service.businessDaysLeft(Instant.parse("2026-11-28T18:00:00Z"), limit), "from a Saturday");
    }
}
