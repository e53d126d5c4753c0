-- Jobs: every long-running operation (migration, sync, backup...) is a row here, with its event log
-- and the checkpoints that let it resume. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Timestamps are epoch milliseconds; booleans are INTEGER 0/1.
CREATE TABLE job (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization     VARCHAR(200) NOT NULL,
    type             VARCHAR(100) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    parameters       TEXT         NOT NULL,
    phase            VARCHAR(200),
    items_done       BIGINT,
    items_total      BIGINT,
    rows_done        BIGINT       NOT NULL DEFAULT 0,
    bytes_done       BIGINT       NOT NULL DEFAULT 0,
    eta_seconds      BIGINT,
    result           TEXT,
    error_message    TEXT,
    error_context    TEXT,
    created_by       VARCHAR(200),
    cancel_requested INTEGER      NOT NULL DEFAULT 0,
    -- Last job_event.seq handed out; incrementing it locks the job row, which serialises event
    -- writers of one job on both engines without autoincrement syntax (which differs between them).
    last_event_seq   BIGINT       NOT NULL DEFAULT 0,
    created_at       BIGINT       NOT NULL,
    started_at       BIGINT,
    finished_at      BIGINT,
    updated_at       BIGINT       NOT NULL
);

-- The queue (oldest pending first) and the history (newest first, per organization).
CREATE INDEX job_queue ON job (status, created_at);
CREATE INDEX job_history ON job (organization, created_at);

CREATE TABLE job_event (
    job_id     VARCHAR(36) NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    seq        BIGINT      NOT NULL,
    created_at BIGINT      NOT NULL,
    level      VARCHAR(10) NOT NULL,
    message    TEXT        NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- Per-job resume state, e.g. one row per table with the last copied key.
CREATE TABLE job_checkpoint (
    job_id         VARCHAR(36)  NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    checkpoint_key VARCHAR(500) NOT NULL,
    state          TEXT         NOT NULL,
    updated_at     BIGINT       NOT NULL,
    PRIMARY KEY (job_id, checkpoint_key)
);
