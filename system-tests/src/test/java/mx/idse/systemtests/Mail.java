package mx.idse.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The emails a person received, read as their mail client would: subject and plain-text part. */
final class Mail {

    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    private Mail() {
    }

    /** Waits for at least {@code count} emails to {@code correo} and returns them all. */
    static List<MimeMessage> awaitFor(String correo, int count) {
        List<MimeMessage> received = SystemUnderTest.get().smtp().awaitMessagesFor(correo, count, DELIVERY_TIMEOUT);
        if (received.size() < count) {
            throw new AssertionError("Expected " + count + " emails to " + correo + " within " + DELIVERY_TIMEOUT.toSeconds()
                    + " s, got " + received.size() + ": " + subjects(received));
        }
        return received;
    }

    /** The email whose subject contains {@code words}, waiting for it; fails when it never comes. */
    static MimeMessage awaitSubject(String correo, String words) {
        return await().alias("an email to " + correo + " with \"" + words + "\" in its subject")
                .atMost(DELIVERY_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> withSubject(correo, words), Optional::isPresent).orElseThrow();
    }

    private static Optional<MimeMessage> withSubject(String correo, String words) {
        return SystemUnderTest.get().smtp().receivedMessagesFor(correo).stream()
                .filter(message -> subject(message).contains(words)).findFirst();
    }

    /** How many emails to {@code correo} have {@code words} in their subject right now. */
    static long countWithSubject(String correo, String words) {
        return SystemUnderTest.get().smtp().receivedMessagesFor(correo).stream().filter(m -> subject(m).contains(words)).count();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part (UTF-8 decoded by the mail library). */
    static String text(MimeMessage message) {
        try {
            String text = find(message, "text/plain");
            if (text == null) {
                throw new AssertionError("Email \"" + subject(message) + "\" has no text/plain part");
            }
            return text;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(Mail::subject).toList();
    }
}
