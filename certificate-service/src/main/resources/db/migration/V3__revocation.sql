-- Revocation status: when certificate-service recorded a state change, read by every replica's
-- OCSP pre-signing poll (docs/revocation.md), and the CertificateExpiring notices already sent.

-- When this service recorded the change to CANCELADO (not the cancellation's own date, which is
-- cancelled_at): each replica re-signs its OCSP answers for rows changed after its watermark.
ALTER TABLE certificate ADD COLUMN estado_cambiado_en TIMESTAMPTZ;
CREATE INDEX certificate_estado_cambiado_en_idx ON certificate (estado_cambiado_en) WHERE estado_cambiado_en IS NOT NULL;
-- The same poll finds new certificates by created_at; start-up loads those not yet expired and
-- the expiring scheduler looks for active ones close to not_after.
CREATE INDEX certificate_created_at_idx ON certificate (created_at);
CREATE INDEX certificate_active_not_after_idx ON certificate (not_after) WHERE estado = 'ACTIVO';

-- One CertificateExpiring per certificate and notice (30 or 7 days before not_after): the primary
-- key lets two replicas claim the same notice and only one of them emit it.
CREATE TABLE expiring_notice (
    numero_serie  TEXT        NOT NULL REFERENCES certificate (numero_serie),
    dias          INTEGER     NOT NULL CHECK (dias > 0),
    sent_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (numero_serie, dias)
);
