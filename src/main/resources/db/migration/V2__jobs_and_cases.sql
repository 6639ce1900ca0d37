-- Simulation jobs and their cases. Portable SQL for H2 2.x and PostgreSQL 13+.
-- Case counts per state are kept on the job row, in the same transaction as every case
-- transition, so that a status poll reads one row whatever the number of cases.

CREATE SEQUENCE job_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE job (
    id               BIGINT        NOT NULL PRIMARY KEY,
    owner_id         BIGINT        NOT NULL REFERENCES account (id),
    title            VARCHAR(500),
    description      VARCHAR(4000),
    job_type         VARCHAR(20)   NOT NULL,
    job_subset       VARCHAR(20),
    job_args         VARCHAR(4000),
    model_name       VARCHAR(500),
    weather_name     VARCHAR(500),
    expand_objects   BOOLEAN       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    status_info      VARCHAR(4000) NOT NULL,
    -- 0 or 1: EclipseLink's H2 platform compares booleans with integer literals, which H2 2.x refuses
    cancel_flag      SMALLINT      NOT NULL,
    njobs            INTEGER       NOT NULL,
    n_failed         INTEGER       NOT NULL,
    n_rejected       INTEGER       NOT NULL,
    n_cancelled      INTEGER       NOT NULL,
    n_queued         INTEGER       NOT NULL,
    n_running        INTEGER       NOT NULL,
    n_simulated      INTEGER       NOT NULL,
    n_collected      INTEGER       NOT NULL,
    received         BIGINT        NOT NULL,
    accepted         BIGINT,
    prepared         BIGINT,
    simulated        BIGINT,
    collected        BIGINT,
    cancelled        BIGINT,
    retrieved        BIGINT,
    completion_time  BIGINT,
    last_update      BIGINT        NOT NULL,
    submission_size  BIGINT        NOT NULL,
    storage_size     BIGINT        NOT NULL,
    result_size      BIGINT        NOT NULL,
    cpu_millis       BIGINT        NOT NULL
);

CREATE INDEX job_owner_ix ON job (owner_id, received);
CREATE INDEX job_status_ix ON job (status);

CREATE TABLE sim_case (
    job_id       BIGINT        NOT NULL REFERENCES job (id),
    case_no      INTEGER       NOT NULL,
    name         VARCHAR(500)  NOT NULL,
    model        VARCHAR(1000) NOT NULL,
    weather      VARCHAR(1000) NOT NULL,
    engine       VARCHAR(20),
    state        VARCHAR(20)   NOT NULL,
    message      VARCHAR(4000),
    -- the instance that runs the case, and until when its claim holds unless renewed
    lease_owner  VARCHAR(64),
    lease_until  BIGINT,
    attempts     INTEGER       NOT NULL,
    started      BIGINT,
    ended        BIGINT,
    exit_code    INTEGER,
    cpu_millis   BIGINT        NOT NULL,
    result_size  BIGINT        NOT NULL,
    PRIMARY KEY (job_id, case_no)
);

-- claims read a job's queued cases in order from this index, without sorting
CREATE INDEX sim_case_claim_ix ON sim_case (job_id, state, case_no);
-- the sweeper (expired leases) and the heartbeat (an instance's own leases) find running cases through this one
CREATE INDEX sim_case_state_ix ON sim_case (state, lease_until);
