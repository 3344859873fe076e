-- The CRL (docs/crl.md): every replica serves the newest row, so they all serve the same CRL.

-- RFC 5280 5.2.3: cRLNumber strictly increases; taken under the builders' advisory lock.
CREATE SEQUENCE crl_number START WITH 1 MINVALUE 1 NO CYCLE;

CREATE TABLE crl (
    crl_number   BIGINT      PRIMARY KEY,
    this_update  TIMESTAMPTZ NOT NULL,
    next_update  TIMESTAMPTZ NOT NULL,
    -- revokedCertificates entries: cancelled certificates not yet expired at this_update.
    entries      INTEGER     NOT NULL CHECK (entries >= 0),
    der          BYTEA       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    CHECK (this_update < next_update)
);

-- The CRL builder streams the cancelled certificates only: a partial index keeps that scan
-- proportional to the cancellations, not to every certificate ever issued.
CREATE INDEX certificate_cancelado_not_after_idx ON certificate (not_after) WHERE estado = 'CANCELADO';
