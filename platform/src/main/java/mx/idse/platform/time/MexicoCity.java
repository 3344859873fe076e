package mx.idse.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants are stored in UTC; people see dates and times in Mexico City, and days (deadlines,
 * validity shown to people) begin and end there. The one place that knows the zone.
 */
public final class MexicoCity {

    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private MexicoCity() {
    }

    /** The calendar day in Mexico City at that instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The instant a Mexico City day starts. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The instant a Mexico City day ends: the start of the next day (exclusive end). */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** ISO-8601 with the Mexico City offset, e.g. {@code 2026-11-27T12:00:00-06:00}; null stays null. */
    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE).withNano(0));
    }
}
