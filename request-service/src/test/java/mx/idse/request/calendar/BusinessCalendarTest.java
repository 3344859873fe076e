package mx.idse.request.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessCalendarTest {

    private static final String LFT_TABLE = "/rules/lft-rest-days.csv";
    private final BusinessCalendar calendar = new BusinessCalendar(List.of());

    static IntStream yearsInLftTable() throws IOException {
        return lftTable().stream().mapToInt(LocalDate::getYear).distinct().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsInLftTable")
    void restDaysOfLftMatchTheTableForEveryYear(int year) throws IOException {
        List<LocalDate> expected = lftTable().stream()
                .filter(d -> d.getYear() == year).sorted().collect(Collectors.toList());
        assertEquals(expected, BusinessCalendar.restDaysOfLft(year));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/rules/deadlines.csv", numLinesToSkip = 1)
    void fechaLimiteIsTheTenthBusinessDayAfterSubmission(LocalDate submittedOn, LocalDate fechaLimite) {
        assertEquals(fechaLimite, calendar.addBusinessDays(submittedOn, 10));
        assertEquals(10, calendar.businessDaysBetween(submittedOn, fechaLimite));
    }

    @ParameterizedTest(name = "{0} hábil={1}")
    @CsvSource({
        "2026-11-27, true",  // Friday
        "2026-11-28, false", // Saturday
        "2026-11-29, false", // Sunday
        "2026-11-30, true",  // Monday
        "2026-11-16, false", // third Monday of November
        "2026-12-25, false", // Christmas, a Friday
        "2030-10-01, false", // handover of the Poder Ejecutivo, a Tuesday
        "2027-10-01, true",  // no handover that year, a Friday
    })
    void weekendsAndRestDaysAreNotBusinessDays(LocalDate day, boolean businessDay) {
        assertEquals(businessDay, calendar.isBusinessDay(day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024, true", "2025, false", "2029, false", "2030, true", "2036, true", "2042, true", "2018, false"})
    void octoberFirstIsRestOnlyInHandoverYears(int year, boolean rest) {
        assertEquals(rest, BusinessCalendar.restDaysOfLft(year).contains(LocalDate.of(year, 10, 1)));
    }

    @Test
    void imssNonWorkingDatePushesTheDeadlineByOneDay() {
        BusinessCalendar withImssDay = new BusinessCalendar(List.of(LocalDate.of(2026, 12, 1)));
        assertFalse(withImssDay.isBusinessDay(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 12, 14), withImssDay.addBusinessDays(LocalDate.of(2026, 11, 27), 10));
    }

    @Test
    void imssNonWorkingDateOnAWeekendChangesNothing() {
        BusinessCalendar withSaturday = new BusinessCalendar(List.of(LocalDate.of(2026, 12, 5)));
        assertEquals(LocalDate.of(2026, 12, 11), withSaturday.addBusinessDays(LocalDate.of(2026, 11, 27), 10));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2026-11-26, 1, 2026-11-27", // a business start day does not count
        "2026-11-27, 1, 2026-11-30", // Friday -> Monday
        "2026-11-28, 1, 2026-11-30", // Saturday -> Monday
        "2026-11-27, 0, 2026-11-27",
    })
    void startDayNeverCounts(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, calendar.addBusinessDays(start, days));
    }

    @ParameterizedTest(name = "({0}, {1}] = {2}")
    @CsvSource({
        "2026-11-27, 2026-11-27, 0",
        "2026-11-30, 2026-11-27, 0",
        "2026-11-27, 2026-11-29, 0",
        "2026-11-27, 2026-11-30, 1",
        "2026-11-26, 2026-11-30, 2",
    })
    void businessDaysBetweenExcludesStartAndIncludesEnd(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, calendar.businessDaysBetween(from, to));
    }

    @Test
    void rejectsNegativeDays() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addBusinessDays(LocalDate.of(2026, 1, 5), -1));
    }

    @Test
    void everyYearHasSevenOrEightSortedRestDays() {
        for (int year = 2000; year <= 2100; year++) {
            List<LocalDate> days = BusinessCalendar.restDaysOfLft(year);
            assertTrue(days.size() == 7 || days.size() == 8, "year " + year);
            assertEquals(days.stream().sorted().collect(Collectors.toList()), days);
        }
    }

    /** Only the date column is read: the reason column may contain unquoted commas. */
    private static List<LocalDate> lftTable() throws IOException {
        try (InputStream in = Objects.requireNonNull(BusinessCalendarTest.class.getResourceAsStream(LFT_TABLE));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> LocalDate.parse(l.substring(0, l.indexOf(','))))
                    .collect(Collectors.toList());
        }
    }
}
