package mx.idse.testinfra;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail, SMTP only) run in-process. Authentication is disabled and any
 * recipient is accepted: GreenMail creates a mailbox the first time an address receives mail.
 *
 * <p>Uses GreenMail core only. The local run gets GreenMail's REST API from the
 * {@code greenmail-standalone} jar in a child process instead, because that jar bundles unshaded
 * Jersey, Jackson, Log4j and SLF4J classes that must stay off a Quarkus classpath.
 */
public final class EmbeddedSmtpServer implements AutoCloseable {


    private final String host;
    private final int port;
    private GreenMail greenMail;

    private EmbeddedSmtpServer(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** An SMTP server for tests on 127.0.0.1 and a free port (pinned from now on). */
    public static EmbeddedSmtpServer ephemeral() {
        return new EmbeddedSmtpServer("127.0.0.1", Ports.freePort());
    }

    /** An SMTP server on a given address. */
    public static EmbeddedSmtpServer on(String host, int port) {
        return new EmbeddedSmtpServer(host, port);
    }

    /** Starts SMTP; no-op if started. */
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        GreenMail server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        greenMail = server;
    }

    /** Stops SMTP; received mail is lost. */
    public synchronized void stop() {
        if (greenMail == null) {
            return;
        }
        GreenMail running = greenMail;
        greenMail = null;
        running.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The SMTP host to configure in a mailer. */
    public String host() {
        return host;
    }

    /** The SMTP port to configure in a mailer. */
    public int port() {
        return port;
    }

    /** The GreenMail instance, for anything this class does not wrap. */
    public synchronized GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("SMTP server is not started");
        }
        return greenMail;
    }

    /** Messages delivered so far to the mailbox of {@code email} (case-insensitive). */
    public List<MimeMessage> receivedMessagesFor(String email) {
        return greenMail()
                .findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(email), message -> true)
                .toList();
    }

    /**
     * Polls until {@code email} has at least {@code count} messages or {@code timeout} passes,
     * then returns what arrived (callers assert on it).
     */
    public List<MimeMessage> awaitMessagesFor(String email, int count, Duration timeout) {
        return MailPolling.awaitAtLeast(count, timeout, () -> receivedMessagesFor(email));
    }

    /** Deletes every received message from every mailbox. */
    public void purge() {
        try {
            greenMail().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not purge GreenMail mailboxes", e);
        }
    }
}
