package mx.idse.notification.mail;

/**
 * One rendered email, ready to be recorded and sent.
 *
 * @param template  stable name of what the email says, e.g. {@code request-submitted}
 * @param folio     the request it is about, when known (the delivery log is searched by it)
 */
public record Email(String template, String recipient, String folio, String subject, String html, String text) {
}
