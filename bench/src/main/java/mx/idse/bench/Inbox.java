package mx.idse.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import mx.idse.testinfra.EmbeddedSmtpServer;

/**
 * Watches the bench's SMTP server and notes when each RequestSubmitted email (subject
 * "Recibimos tu solicitud FOLIO: ...") is first seen, by folio. Polled every 2 ms on its own
 * thread, so an arrival time is late by at most that plus one scan.
 */
final class Inbox implements AutoCloseable {

    private static final Pattern SUBJECT_FOLIO = Pattern.compile("^Recibimos tu solicitud (\\S+):");
    private static final long POLL_MILLIS = 2;

    private final EmbeddedSmtpServer smtp;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Thread watcher;
    private volatile boolean watching = true;

    private Inbox(EmbeddedSmtpServer smtp) {
        this.smtp = smtp;
        this.watcher = new Thread(this::watch, "bench-inbox");
        watcher.setDaemon(true);
    }

    static Inbox watch(EmbeddedSmtpServer smtp) {
        Inbox inbox = new Inbox(smtp);
        inbox.watcher.start();
        return inbox;
    }

    /** Folio to the System.nanoTime() its email was first seen. */
    Map<String, Long> arrivals() {
        return arrivals;
    }

    /** Whether an email for any of the folios arrived within the timeout. */
    boolean awaitAny(Collection<String> folios, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (folios.stream().anyMatch(arrivals::containsKey)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Waits until an email for every folio arrived or the timeout passed. */
    void awaitAll(Collection<String> folios, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !arrivals.keySet().containsAll(folios)) {
            Thread.sleep(50);
        }
    }

    private void watch() {
        int seen = 0;
        while (watching) {
            MimeMessage[] received = smtp.greenMail().getReceivedMessages();
            if (received.length != seen) {
                long now = System.nanoTime();
                seen = received.length;
                for (MimeMessage message : received) {
                    folioOf(message).ifPresent(folio -> arrivals.putIfAbsent(folio, now));
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static java.util.Optional<String> folioOf(MimeMessage message) {
        try {
            Matcher folio = SUBJECT_FOLIO.matcher(String.valueOf(message.getSubject()));
            return folio.find() ? java.util.Optional.of(folio.group(1)) : java.util.Optional.empty();
        } catch (MessagingException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void close() {
        watching = false;
        watcher.interrupt();
    }
}
