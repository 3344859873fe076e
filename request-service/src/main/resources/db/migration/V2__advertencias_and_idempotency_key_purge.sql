-- What the operator must confirm in person before concluding, e.g.
-- [{"campo":"patron.rfc","codigo":"RFC_DIGITO_VERIFICADOR","mensaje":"..."}]; empty for most requests.
ALTER TABLE solicitud ADD COLUMN advertencias JSONB NOT NULL DEFAULT '[]'::jsonb;

-- The scheduled job deletes keys older than idse.requests.idempotency-key-retention.
CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at);
