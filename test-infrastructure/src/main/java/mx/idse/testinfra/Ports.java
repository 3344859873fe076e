package mx.idse.testinfra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Small helpers for loopback TCP ports. */
public final class Ports {

    /*
     * Below Linux's ephemeral range (32768-60999): a port the OS hands out for port 0 can be taken
     * by any outgoing connection's local end before the server binds it, and again while a broker
     * is stopped for an outage test. Ports from this range are only ever taken by listeners.
     */
    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /** Returns a TCP port on 127.0.0.1 that is free now and was not returned before in this JVM. */
    public static synchronized int freePort() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (!HANDED_OUT.contains(port) && !isInUse(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + FIRST + " and " + LAST);
    }

    /** Tells whether something already listens on 127.0.0.1:{@code port}. */
    public static boolean isInUse(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
