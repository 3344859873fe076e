package mx.idse.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The six-digit date (yymmdd) that RFC and CURP carry. */
final class YyMmDd {

    private YyMmDd() {
    }

    /** True when the six digits are a real date in the given century (1900 or 2000). */
    static boolean isRealDate(String sixDigits, int century) {
        try {
            int yy = Integer.parseInt(sixDigits.substring(0, 2));
            int mm = Integer.parseInt(sixDigits.substring(2, 4));
            int dd = Integer.parseInt(sixDigits.substring(4, 6));
            LocalDate.of(century + yy, mm, dd);
            return true;
        } catch (NumberFormatException | DateTimeException e) {
            return false;
        }
    }

    /**
     * True when the digits are a real date in some century. 20yy is a leap year whenever yy is a
     * multiple of 4, so checking the 2000s accepts every date valid in 1900 or 2000.
     */
    static boolean isRealDateAnyCentury(String sixDigits) {
        return isRealDate(sixDigits, 2000);
    }
}
