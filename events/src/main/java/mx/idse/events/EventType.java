package mx.idse.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.idse.events.payload.CertificateCancelled;
import mx.idse.events.payload.CertificateExpiring;
import mx.idse.events.payload.CertificateIssuanceFailed;
import mx.idse.events.payload.CertificateIssued;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.RequestDeadlineApproaching;
import mx.idse.events.payload.RequestExpired;
import mx.idse.events.payload.RequestRejected;
import mx.idse.events.payload.RequestSubmitted;
import mx.idse.events.payload.RequestWithdrawn;

/**
 * Every event of the system: its CloudEvents {@code type}, its topic and its payload record.
 * A breaking change to a payload is a new constant with a new {@code .vN} type, never an edit.
 */
public enum EventType {
    REQUEST_SUBMITTED("idse.request.submitted.v1", Topics.REQUESTS, RequestSubmitted.class),
    REQUEST_DEADLINE_APPROACHING("idse.request.deadline-approaching.v1", Topics.REQUESTS, RequestDeadlineApproaching.class),
    REQUEST_REJECTED("idse.request.rejected.v1", Topics.REQUESTS, RequestRejected.class),
    REQUEST_EXPIRED("idse.request.expired.v1", Topics.REQUESTS, RequestExpired.class),
    REQUEST_WITHDRAWN("idse.request.withdrawn.v1", Topics.REQUESTS, RequestWithdrawn.class),
    REQUEST_CONCLUDED("idse.request.concluded.v1", Topics.ISSUANCE, RequestConcluded.class),
    CERTIFICATE_ISSUED("idse.certificate.issued.v1", Topics.CERTIFICATES, CertificateIssued.class),
    CERTIFICATE_ISSUANCE_FAILED("idse.certificate.issuance-failed.v1", Topics.CERTIFICATES, CertificateIssuanceFailed.class),
    CERTIFICATE_EXPIRING("idse.certificate.expiring.v1", Topics.CERTIFICATES, CertificateExpiring.class),
    CERTIFICATE_CANCELLED("idse.certificate.cancelled.v1", Topics.CANCELLATIONS, CertificateCancelled.class);

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String type;
    private final String topic;
    private final Class<? extends Record> payloadClass;

    EventType(String type, String topic, Class<? extends Record> payloadClass) {
        this.type = type;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    /** The Kafka topic the event is published on. */
    public String topic() {
        return topic;
    }

    /** The record its {@code data} maps to. */
    public Class<? extends Record> payloadClass() {
        return payloadClass;
    }

    /** The event type for a CloudEvents {@code type} attribute, if this version knows it. */
    public static Optional<EventType> fromType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The event type whose payload is the given record class. */
    public static EventType of(Class<? extends Record> payloadClass) {
        return Arrays.stream(values())
                .filter(t -> t.payloadClass.equals(payloadClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event payload: " + payloadClass.getName()));
    }
}
