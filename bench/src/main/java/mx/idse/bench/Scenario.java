package mx.idse.bench;

import java.util.List;

/**
 * One measurement of the benchmark. Each scenario sets up what it needs (in-process objects or the
 * shared {@link BenchStack}), measures, and returns its figures; it prints progress on
 * {@link BenchContext#progress(String)}, never the figures themselves.
 */
interface Scenario {

    /** The name used with {@code --scenarios}. */
    String name();

    /** Runs the measurement. */
    List<Figure> run(BenchContext context) throws Exception;
}
