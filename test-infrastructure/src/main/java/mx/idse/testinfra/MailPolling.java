package mx.idse.testinfra;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

/** Waits for mail without sleeping a fixed time: polls the mailbox until enough messages arrived. */
final class MailPolling {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private MailPolling() {
    }

    /** Polls {@code mailbox} until it holds {@code count} messages or {@code timeout} passes; returns what it holds. */
    static List<MimeMessage> awaitAtLeast(int count, Duration timeout, Supplier<List<MimeMessage>> mailbox) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> messages = mailbox.get();
        while (messages.size() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
            messages = mailbox.get();
        }
        return messages;
    }
}
