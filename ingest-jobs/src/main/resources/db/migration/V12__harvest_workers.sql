-- The processes that run harvests and which of them runs each job execution, so that a process
-- starting up can tell a run left STARTED by a process that died from one a live process executes.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE harvest_worker (
    worker_id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    host               VARCHAR(255) NOT NULL,
    pid                BIGINT       NOT NULL,
    process_started_at TIMESTAMP WITH TIME ZONE,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE harvest_run_owner (
    job_execution_id BIGINT      NOT NULL PRIMARY KEY,
    worker_id        VARCHAR(64) NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX harvest_run_owner_worker_idx ON harvest_run_owner (worker_id);
