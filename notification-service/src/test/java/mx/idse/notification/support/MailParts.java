package mx.idse.notification.support;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The text/plain and text/html parts of a received message, decoded with their declared charset.
 *
 * @param text the plain-text part, or null
 * @param html the HTML part, or null
 */
public record MailParts(String subject, String text, String html) {

    public static MailParts of(MimeMessage message) {
        try {
            String[] found = new String[2];
            collect(message, found);
            return new MailParts(message.getSubject(), found[0], found[1]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable MIME message", e);
        }
    }

    private static void collect(Part part, String[] found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        } else if (part.isMimeType("text/plain") && found[0] == null) {
            found[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && found[1] == null) {
            found[1] = (String) part.getContent();
        }
    }
}
