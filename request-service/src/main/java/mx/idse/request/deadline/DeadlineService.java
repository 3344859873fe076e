package mx.idse.request.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.platform.time.MexicoCity;
import mx.idse.request.calendar.BusinessCalendar;
import mx.idse.request.config.RequestServiceConfig;

/** Applies the 10-business-day rule of DESIGN.md to a submission instant. */
@ApplicationScoped
public class DeadlineService {

    private final BusinessCalendar calendar;
    private final RequestServiceConfig config;

    DeadlineService(RequestServiceConfig config) {
        this.config = config;
        this.calendar = new BusinessCalendar(config.imssNonWorkingDates().orElse(List.of()));
    }

    /** The submission day never counts; the deadline is the N-th business day after it. */
    public Deadline forSubmission(Instant submittedAt) {
        LocalDate submittedOn = MexicoCity.dateOf(submittedAt);
        LocalDate fechaLimite = calendar.addBusinessDays(submittedOn, config.businessDaysToConclude());
        Instant expiresAt = MexicoCity.endOf(fechaLimite);
        Instant noticeAt = MexicoCity.startOf(noticeDay(fechaLimite));
        return new Deadline(fechaLimite, expiresAt, noticeAt);
    }

    /** Business days left to conclude, counting the deadline day itself, seen from {@code now}. */
    public int businessDaysLeft(Instant now, LocalDate fechaLimite) {
        return calendar.businessDaysBetween(MexicoCity.dateOf(now).minusDays(1), fechaLimite);
    }

    /** The day on which exactly the configured number of business days remain, the deadline included. */
    private LocalDate noticeDay(LocalDate fechaLimite) {
        LocalDate day = fechaLimite;
        int counted = 0;
        while (true) {
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
            if (counted >= config.deadlineNoticeBusinessDays()) {
                return day;
            }
            day = day.minusDays(1);
        }
    }
}
