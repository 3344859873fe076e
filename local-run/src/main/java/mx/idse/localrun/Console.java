package mx.idse.localrun;

import java.io.PrintStream;

/** The launcher's voice on the terminal: plain lines on stdout, problems on stderr. */
final class Console {

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private Console() {
    }

    /** Prints a progress line. */
    static void step(String message) {
        OUT.println("[local-run] " + message);
        OUT.flush();
    }

    /** Prints a line as is (summaries, tables). */
    static void line(String text) {
        OUT.println(text);
        OUT.flush();
    }

    /** Prints an empty line. */
    static void blank() {
        line("");
    }

    /** Prints a problem. */
    static void error(String message) {
        ERR.println("[local-run] ERROR: " + message);
        ERR.flush();
    }

    /** Prints a warning. */
    static void warn(String message) {
        ERR.println("[local-run] WARNING: " + message);
        ERR.flush();
    }
}
