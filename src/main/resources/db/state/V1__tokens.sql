-- Portable SQL: runs unchanged on SQLite and PostgreSQL (Ferry's two state stores).
-- Timestamps are epoch milliseconds so both engines order and compare them the same way.
CREATE TABLE api_token (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    organization VARCHAR(200) NOT NULL,
    roles        VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    created_at   BIGINT       NOT NULL,
    created_by   VARCHAR(200),
    last_used_at BIGINT
);
