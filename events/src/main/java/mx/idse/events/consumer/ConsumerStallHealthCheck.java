package mx.idse.events.consumer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while a consumer retries an event after a failure on our side: its partition is stalled
 * and newer events wait. UP again as soon as the event applies. The data names the oldest stall.
 */
@Readiness
@ApplicationScoped
public class ConsumerStallHealthCheck implements HealthCheck {

    private final ConsumerStalls stalls;

    ConsumerStallHealthCheck(ConsumerStalls stalls) {
        this.stalls = stalls;
    }

    @Override
    public HealthCheckResponse call() {
        List<ConsumerStalls.Stall> current = stalls.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers")
                .withData("stalled", current.size());
        if (current.isEmpty()) {
            return response.up().build();
        }
        ConsumerStalls.Stall oldest = current.get(0);
        return response.down()
                .withData("consumer", oldest.consumer())
                .withData("eventId", oldest.eventId().toString())
                .withData("type", oldest.type())
                .withData("attempts", oldest.attempts())
                .withData("since", oldest.since().toString())
                .withData("lastError", oldest.lastError())
                .build();
    }
}
