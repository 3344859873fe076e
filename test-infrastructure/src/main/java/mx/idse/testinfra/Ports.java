package mx.idse.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Small helpers for loopback TCP ports. */
public final class Ports {

    private Ports() {
    }

    /** Returns a TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
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
