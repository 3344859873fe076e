-- Shared by every service, shipped by the events module under its own location (db/events) and
-- a 0.x version range, so it can never clash with a service's own V1, V2... migrations.

-- Transactional outbox: written in the same transaction as the state change, published by the relay.
CREATE TABLE outbox_event (
    id            BIGSERIAL PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    event_type    TEXT        NOT NULL,
    topic         TEXT        NOT NULL,
    message_key   TEXT        NOT NULL,
    payload       TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ
);

-- The relay only ever scans unpublished rows, in id order.
CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE published_at IS NULL;

-- Idempotent consumption: the event id is inserted in the same transaction as its effect.
CREATE TABLE consumed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    consumed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
