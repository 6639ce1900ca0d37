-- Accounts and session tokens. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Times are epoch milliseconds (BIGINT), as the JESS API reports them.

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    -- lower-cased email: addresses are unique ignoring case
    email_key     VARCHAR(254) NOT NULL,
    nickname      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    is_admin      BOOLEAN      NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created       BIGINT       NOT NULL,
    CONSTRAINT account_email_key_uq UNIQUE (email_key)
);

-- Only a SHA-256 digest of each token is stored: a copy of the table does not let anyone log on.
CREATE TABLE session_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    created     BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL
);

CREATE INDEX session_token_account_ix ON session_token (account_id);
CREATE INDEX session_token_expiry_ix ON session_token (expires_at);
