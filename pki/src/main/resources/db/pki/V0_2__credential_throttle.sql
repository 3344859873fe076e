-- Shipped by the pki module under its own location (db/pki) and the 0.x range, like db/events,
-- so it never clashes with a service's own V1, V2... migrations.

-- Failed credential checks per target ("retiro:<folio>", "usuario:<u>", "certificado:<serial>").
-- Never a password: only how many attempts failed and until when the target is locked.
CREATE TABLE credential_throttle (
    target           TEXT        PRIMARY KEY,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMPTZ NOT NULL,
    locked_until     TIMESTAMPTZ
);

-- The purge deletes rows quiet for longer than the window.
CREATE INDEX credential_throttle_last_failure_idx ON credential_throttle (last_failure_at);
