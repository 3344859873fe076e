-- request-service owns solicitudes. Instants are timestamptz (UTC); fecha_limite is a Mexico City date.
CREATE TABLE solicitud (
    folio                      TEXT PRIMARY KEY,
    tipo                       TEXT        NOT NULL,
    estado                     TEXT        NOT NULL,
    tipo_persona               TEXT        NOT NULL,
    rfc                        TEXT        NOT NULL,
    nombre                     TEXT        NOT NULL,
    registro_patronal          TEXT        NOT NULL,
    patron_curp                TEXT,
    representante_nombre       TEXT,
    representante_curp         TEXT,
    calle                      TEXT        NOT NULL,
    numero_exterior            TEXT        NOT NULL,
    numero_interior            TEXT,
    colonia                    TEXT        NOT NULL,
    codigo_postal              TEXT        NOT NULL,
    municipio                  TEXT        NOT NULL,
    entidad_federativa         TEXT        NOT NULL,
    correo                     TEXT        NOT NULL,
    usuario                    TEXT        NOT NULL,
    password_hash              TEXT        NOT NULL,
    csr                        TEXT        NOT NULL,
    key_generated              BOOLEAN     NOT NULL,
    submitted_at               TIMESTAMPTZ NOT NULL,
    fecha_limite               DATE        NOT NULL,
    expires_at                 TIMESTAMPTZ NOT NULL,
    deadline_notice_at         TIMESTAMPTZ NOT NULL,
    deadline_notice_sent_at    TIMESTAMPTZ,
    concluded_at               TIMESTAMPTZ,
    subdelegacion              TEXT,
    operador                   TEXT,
    documentos_verificados     TEXT,
    rejected_at                TIMESTAMPTZ,
    motivo_rechazo             TEXT,
    expired_at                 TIMESTAMPTZ,
    withdrawn_at               TIMESTAMPTZ,
    numero_serie               TEXT,
    npie                       TEXT,
    issued_at                  TIMESTAMPTZ,
    certificate_valid_until    TIMESTAMPTZ,
    certificate_cancelled_at   TIMESTAMPTZ,
    issuance_failure_reason    TEXT,
    usuario_held               BOOLEAN     NOT NULL,
    version                    BIGINT      NOT NULL DEFAULT 0
);

-- One holder per usuario (case-insensitive); freed rows drop out of the index.
CREATE UNIQUE INDEX solicitud_usuario_held_uq ON solicitud (lower(usuario)) WHERE usuario_held;
-- The expiry and notice jobs scan only pending requests.
CREATE INDEX solicitud_pending_expiry_idx ON solicitud (expires_at) WHERE estado = 'PENDIENTE';
CREATE INDEX solicitud_pending_notice_idx ON solicitud (deadline_notice_at)
    WHERE estado = 'PENDIENTE' AND deadline_notice_sent_at IS NULL;
-- Releasing usuarios whose certificate passed its validity.
CREATE INDEX solicitud_held_certificate_idx ON solicitud (certificate_valid_until)
    WHERE usuario_held AND estado = 'ATENDIDA';

-- A retried POST with the same Idempotency-Key returns the same folio.
CREATE TABLE idempotency_key (
    idempotency_key   TEXT PRIMARY KEY,
    body_fingerprint  TEXT        NOT NULL,
    folio             TEXT        NOT NULL REFERENCES solicitud (folio),
    created_at        TIMESTAMPTZ NOT NULL
);

-- Audit trail: every state change, with the operator and Subdelegación for operator actions.
CREATE TABLE solicitud_audit (
    id             BIGSERIAL PRIMARY KEY,
    folio          TEXT        NOT NULL REFERENCES solicitud (folio),
    estado         TEXT        NOT NULL,
    actor          TEXT        NOT NULL,
    subdelegacion  TEXT,
    detalle        TEXT,
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX solicitud_audit_folio_idx ON solicitud_audit (folio);
