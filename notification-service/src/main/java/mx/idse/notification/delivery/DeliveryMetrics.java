package mx.idse.notification.delivery;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** {@code idse.notifications.sent|retried|failed} counters and the {@code idse.notifications.send} latency. */
@ApplicationScoped
public class DeliveryMetrics {

    private final Counter sent;
    private final Counter retried;
    private final Counter failed;
    private final Timer sendLatency;

    DeliveryMetrics(MeterRegistry registry) {
        this.sent = registry.counter("idse.notifications.sent");
        this.retried = registry.counter("idse.notifications.retried");
        this.failed = registry.counter("idse.notifications.failed");
        this.sendLatency = Timer.builder("idse.notifications.send").description("One SMTP send").register(registry);
    }

    void sent(Duration took) {
        sent.increment();
        sendLatency.record(took);
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }
}
