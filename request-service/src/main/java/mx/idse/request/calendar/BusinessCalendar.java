package mx.idse.request.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days (días hábiles) for the request deadline: weekends, the rest days of
 * Ley Federal del Trabajo art. 74 and a configurable list of IMSS non-working dates are excluded.
 * Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** First year of the six-year cycle in which 1 October is the presidential handover. */
    private static final int FIRST_HANDOVER_ON_OCTOBER_1 = 2024;

    private final Set<LocalDate> imssNonWorkingDates;
    // LFT days are computed once per year on demand; a calendar is queried for a few years only.
    private final Map<Integer, Set<LocalDate>> lftByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(Collection<LocalDate> imssNonWorkingDates) {
        Objects.requireNonNull(imssNonWorkingDates, "imssNonWorkingDates");
        this.imssNonWorkingDates = Set.copyOf(imssNonWorkingDates);
    }

    /**
     * Rest days of LFT art. 74 for {@code year}, sorted. Uses the text in force since the 2024
     * handover (1 October every six years); earlier historical variants are not modelled because
     * deadlines are only computed for current dates.
     */
    public static List<LocalDate> restDaysOfLft(int year) {
        List<LocalDate> days = new ArrayList<>(8);
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(nthMonday(year, Month.FEBRUARY, 1));
        days.add(nthMonday(year, Month.MARCH, 3));
        days.add(LocalDate.of(year, Month.MAY, 1));
        days.add(LocalDate.of(year, Month.SEPTEMBER, 16));
        if (year >= FIRST_HANDOVER_ON_OCTOBER_1 && (year - FIRST_HANDOVER_ON_OCTOBER_1) % 6 == 0) {
            days.add(LocalDate.of(year, Month.OCTOBER, 1));
        }
        days.add(nthMonday(year, Month.NOVEMBER, 3));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        return List.copyOf(days); // already in calendar order
    }

    public boolean isBusinessDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (imssNonWorkingDates.contains(day)) {
            return false;
        }
        return !lftByYear.computeIfAbsent(day.getYear(), y -> Set.copyOf(restDaysOfLft(y)))
                .contains(day);
    }

    /**
     * The {@code days}-th business day after {@code start}. The start day never counts, even
     * when it is a business day (the submission day is not part of the term).
     */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Business days in (fromExclusive, toInclusive]; 0 when {@code to} is not after {@code from}. */
    public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
