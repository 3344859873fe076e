-- Single-use login challenges (POST /api/v1/autenticaciones/retos). A challenge is deleted the
-- first time a signature over it is presented, right or wrong; expired ones are purged.
CREATE TABLE login_challenge (
    -- Hex SHA-256 of the 32 random bytes: the content of a signature finds its challenge.
    challenge_sha256  TEXT        PRIMARY KEY,
    expires_at        TIMESTAMPTZ NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX login_challenge_expires_at_idx ON login_challenge (expires_at);
