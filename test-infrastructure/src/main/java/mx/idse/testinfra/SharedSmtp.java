package mx.idse.testinfra;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The JVM-wide SMTP server (GreenMail) as tests see it (see {@link Infrastructure#smtp()}).
 * Messages come back as fresh {@link MimeMessage} copies parsed in the caller's class loader.
 */
public final class SharedSmtp {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final SharedInfrastructureMBean shared;

    SharedSmtp(SharedInfrastructureMBean shared) {
        this.shared = shared;
    }

    /** The SMTP host for {@code quarkus.mailer.host}. */
    public String host() {
        return shared.getSmtpHost();
    }

    /** The SMTP port for {@code quarkus.mailer.port}. */
    public int port() {
        return shared.getSmtpPort();
    }

    /** Messages delivered so far to {@code email} (any address is accepted; case-insensitive). */
    public List<MimeMessage> receivedMessagesFor(String email) {
        List<MimeMessage> messages = new ArrayList<>();
        for (byte[] raw : shared.smtpMessagesFor(email)) {
            try {
                messages.add(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
            } catch (MessagingException e) {
                throw new IllegalStateException("Unreadable message for " + email, e);
            }
        }
        return messages;
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
        shared.purgeSmtp();
    }
}
