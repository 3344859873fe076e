-- The effect of the test handler (events module tests only): one row per application of an event.
CREATE TABLE test_effect (
    id        BIGSERIAL PRIMARY KEY,
    folio     TEXT NOT NULL
);
