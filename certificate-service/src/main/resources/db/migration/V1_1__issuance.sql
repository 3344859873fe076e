-- Issuance: serial reservations and the NPIE number sequence.

-- Every serial ever drawn, reserved before anything is signed with it (boulder's "serials"
-- table): the primary key is the uniqueness check, and a serial is never handed out twice,
-- even when its certificate was never stored.
CREATE TABLE serial_reservation (
    numero_serie  TEXT        PRIMARY KEY CHECK (numero_serie ~ '^[1-9][0-9]{14}$'),
    folio         TEXT        NOT NULL,
    reserved_at   TIMESTAMPTZ NOT NULL
);

-- The number inside an NPIE (docs/request-to-certificate.md): NP + 8 digits + a Damm check digit.
CREATE SEQUENCE npie_number START WITH 10000000 MINVALUE 10000000 MAXVALUE 99999999 NO CYCLE;
