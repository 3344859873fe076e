package mx.idse.bench;

/**
 * One measured figure: a stable dotted name (tests and scripts look for it), a value and its unit,
 * e.g. {@code intake.throughput 21.4 requests/s}.
 */
public record Figure(String name, double value, String unit) {

    /** The report line: name, value, unit. */
    String line() {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
        return String.format(java.util.Locale.ROOT, "%-44s %12s %s", name, number, unit);
    }
}
