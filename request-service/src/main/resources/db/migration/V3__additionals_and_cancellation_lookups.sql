-- Additional certificates (docs/additional-certificates.md): the principal certificate an
-- additional request hangs from, and the principal holder's email for its notices.
ALTER TABLE solicitud ADD COLUMN principal_serie TEXT;
ALTER TABLE solicitud ADD COLUMN principal_correo TEXT;
ALTER TABLE solicitud ADD CONSTRAINT solicitud_principal_serie_ck
    CHECK ((tipo = 'ADICIONAL') = (principal_serie IS NOT NULL));

-- What the certificate-event consumers and the additional route look up besides the folio (PK):
-- the request of a serial (cancellations, the principal of an additional request) ...
CREATE INDEX solicitud_numero_serie_idx ON solicitud (numero_serie) WHERE numero_serie IS NOT NULL;
-- ... and the additionals of a principal (the limit per principal).
CREATE INDEX solicitud_principal_serie_idx ON solicitud (principal_serie) WHERE principal_serie IS NOT NULL;
