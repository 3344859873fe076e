-- cancellation-service owns cancellations and keeps its own read model of issued certificates
-- (from CertificateIssued), so it never reads certificate-service's database. Instants are UTC.
CREATE TABLE certificado (
    numero_serie      TEXT PRIMARY KEY,
    folio             TEXT        NOT NULL,
    tipo              TEXT        NOT NULL,
    npie              TEXT        NOT NULL,
    correo            TEXT        NOT NULL,
    principal_serial  TEXT,
    principal_correo  TEXT,
    valido_desde      TIMESTAMPTZ NOT NULL,
    valido_hasta      TIMESTAMPTZ NOT NULL,
    estado            TEXT        NOT NULL,
    cancelado_at      TIMESTAMPTZ
);

-- The cascade looks up a principal's additional certificates.
CREATE INDEX certificado_principal_serial_idx ON certificado (principal_serial) WHERE principal_serial IS NOT NULL;

-- One row per cancelled certificate; a cascade's rows point at the cancellation that caused them.
CREATE TABLE cancelacion (
    id                UUID PRIMARY KEY,
    numero_serie      TEXT        NOT NULL UNIQUE REFERENCES certificado (numero_serie),
    motivo            TEXT        NOT NULL,
    canal             TEXT        NOT NULL,
    fecha             TIMESTAMPTZ NOT NULL,
    -- Online: the serial that authenticated (the holder, or the principal cancelling an additional).
    solicitada_por    TEXT,
    operador          TEXT,
    subdelegacion     TEXT,
    causa_id          UUID REFERENCES cancelacion (id)
);

-- GET /api/v1/cancelaciones/{id} lists the additionals cancelled with a principal.
CREATE INDEX cancelacion_causa_idx ON cancelacion (causa_id) WHERE causa_id IS NOT NULL;
