-- certificate-service owns issued certificates, their accounts and the NPIEs. Instants are
-- timestamptz (UTC). Issuance writes the three (and the outbox row) in one transaction.

-- One NPIE per patrón (RFC + registro patronal), made with the patrón's first principal
-- certificate and reused afterwards.
CREATE TABLE npie (
    rfc                TEXT        NOT NULL,
    registro_patronal  TEXT        NOT NULL,
    npie               TEXT        NOT NULL UNIQUE,
    created_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rfc, registro_patronal)
);

CREATE TABLE certificate (
    -- 15 decimal digits from a CSPRNG in [10^14, 10^15): the X.509 serial; reserved before signing.
    numero_serie       TEXT        PRIMARY KEY CHECK (numero_serie ~ '^[1-9][0-9]{14}$'),
    -- One certificate per concluded request: a redelivered RequestConcluded finds its row.
    folio              TEXT        NOT NULL UNIQUE,
    tipo               TEXT        NOT NULL CHECK (tipo IN ('PRINCIPAL', 'ADICIONAL')),
    -- The principal an additional certificate hangs from (cancelling it cascades).
    principal_serie    TEXT        REFERENCES certificate (numero_serie),
    npie               TEXT        NOT NULL REFERENCES npie (npie),
    rfc                TEXT        NOT NULL,
    registro_patronal  TEXT        NOT NULL,
    nombre_titular     TEXT        NOT NULL,
    razon_social       TEXT        NOT NULL,
    curp               TEXT,
    correo             TEXT        NOT NULL,
    not_before         TIMESTAMPTZ NOT NULL,
    not_after          TIMESTAMPTZ NOT NULL,
    estado             TEXT        NOT NULL CHECK (estado IN ('ACTIVO', 'CANCELADO')),
    cancelled_at       TIMESTAMPTZ,
    -- RFC 5280 reason name of the cancellation (e.g. keyCompromise), or OLVIDO_CONTRASENA.
    motivo             TEXT,
    der                BYTEA       NOT NULL,
    -- Hex SHA-256 of the subject public key info: finds the certificate of an uploaded key.
    spki_sha256        TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CHECK ((tipo = 'PRINCIPAL') = (principal_serie IS NULL)),
    CHECK (not_before < not_after),
    CHECK ((estado = 'CANCELADO') = (cancelled_at IS NOT NULL))
);

-- Recovery search (serials of an NPIE) and the cancellation cascade.
CREATE INDEX certificate_npie_idx ON certificate (npie);
CREATE INDEX certificate_principal_serie_idx ON certificate (principal_serie) WHERE principal_serie IS NOT NULL;
CREATE INDEX certificate_spki_sha256_idx ON certificate (spki_sha256);

-- One account per certificate: the usuario and the Argon2id hash (PHC string) from the request.
-- Uniqueness of usuarios among living certificates is request-service's rule (a usuario is free
-- again once its certificate is cancelled or past validity), so it is not a constraint here.
CREATE TABLE account (
    numero_serie   TEXT        PRIMARY KEY REFERENCES certificate (numero_serie),
    usuario        TEXT        NOT NULL,
    -- Never a password: only an Argon2id PHC string is accepted.
    password_hash  TEXT        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    created_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX account_usuario_idx ON account (lower(usuario));
