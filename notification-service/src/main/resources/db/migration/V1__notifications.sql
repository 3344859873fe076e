-- One row per email: written in the transaction that records its event as consumed, sent later by
-- the delivery scheduler. The unique key is what makes a redelivered event send nothing new.
CREATE TABLE notification (
    id              BIGSERIAL    PRIMARY KEY,
    event_id        UUID         NOT NULL,
    template        VARCHAR(64)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    folio           VARCHAR(64),
    subject         VARCHAR(255) NOT NULL,
    html_body       TEXT         NOT NULL,
    text_body       TEXT         NOT NULL,
    -- Derived from the event id: a retried send of the same email carries the same Message-ID.
    message_id      VARCHAR(255) NOT NULL,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (event_id, template, recipient)
);

-- The scheduler only ever scans pending rows that are due.
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE status = 'PENDING';
-- The delivery log is looked up by address and folio.
CREATE INDEX notification_recipient_idx ON notification (lower(recipient));
CREATE INDEX notification_folio_idx ON notification (folio);
