package mx.idse.bench;

import java.io.PrintStream;

/** What scenarios share during one run: the options, the lazily started stack, a progress stream. */
final class BenchContext implements AutoCloseable {

    private final BenchOptions options;
    private final PrintStream progress;
    private BenchStack stack;

    BenchContext(BenchOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    BenchOptions options() {
        return options;
    }

    /** The infrastructure and services, started on first use and kept for later scenarios. */
    synchronized BenchStack stack() throws InterruptedException {
        if (stack == null) {
            stack = BenchStack.start(options, this);
        }
        return stack;
    }

    /** A progress line (stderr by default), kept apart from the report. */
    void progress(String message) {
        progress.println("[bench] " + message);
        progress.flush();
    }

    /** The progress stream itself, for tools that print their own progress (JMH). */
    PrintStream progressStream() {
        return progress;
    }

    @Override
    public synchronized void close() {
        if (stack != null) {
            stack.close();
        }
    }
}
