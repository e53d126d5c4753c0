-- Registered database connections. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- The password is stored only as SecretCipher ciphertext ("v1:<keyId>:<base64>"), never in clear.
CREATE TABLE db_connection (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    organization    VARCHAR(200)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    engine          VARCHAR(20)   NOT NULL,
    host            VARCHAR(255),
    port            INTEGER,
    database_name   VARCHAR(4096) NOT NULL,
    username        VARCHAR(200),
    password_secret TEXT,
    ssl_mode        VARCHAR(20)   NOT NULL,
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL,
    CONSTRAINT uq_db_connection_name UNIQUE (organization, name)
);
