-- The lead book's first schema. Portable SQL for SQLite and PostgreSQL: times are ISO 8601 UTC text (they sort as
-- text), flags are 0/1 integers, JSON is text. {{identity}} is the one dialect difference (an auto-numbered key).

CREATE TABLE departments (
    department_id TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE users (
    user_name     TEXT PRIMARY KEY,
    department_id TEXT REFERENCES departments (department_id),
    created_at    TEXT NOT NULL
);

CREATE TABLE runs (
    run_id          {{identity}},
    imported_at     TEXT NOT NULL,
    imported_by     TEXT NOT NULL,
    leads_file      TEXT NOT NULL,
    leads_sha256    TEXT,
    lead_count      INTEGER NOT NULL,
    model_ids       TEXT NOT NULL,
    run_record_json TEXT
);

CREATE TABLE leads (
    lead_id                 TEXT PRIMARY KEY,
    model_id                TEXT NOT NULL,
    model_version           TEXT NOT NULL,
    subject_key             TEXT NOT NULL,
    subject_name            TEXT NOT NULL,
    subject_kind            TEXT NOT NULL,
    subject_role            TEXT NOT NULL,
    score                   DOUBLE PRECISION NOT NULL,
    lead_rank               INTEGER NOT NULL,
    rule_ids                TEXT NOT NULL,
    evidence_count          INTEGER NOT NULL,
    lead_json               TEXT NOT NULL,
    status                  TEXT NOT NULL,
    outcome                 TEXT,
    outcome_reason          TEXT,
    referred_to             TEXT,
    assignee                TEXT,
    department_id           TEXT,
    due_date                TEXT,
    has_new_evidence        INTEGER NOT NULL,
    missing_from_latest_run INTEGER NOT NULL,
    first_run_id            BIGINT NOT NULL REFERENCES runs (run_id),
    last_run_id             BIGINT NOT NULL REFERENCES runs (run_id),
    first_seen_at           TEXT NOT NULL,
    last_seen_at            TEXT NOT NULL,
    closed_at               TEXT,
    version                 INTEGER NOT NULL,
    updated_by              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);

CREATE INDEX ix_leads_status_model ON leads (status, model_id);
CREATE INDEX ix_leads_assignee ON leads (assignee);
CREATE INDEX ix_leads_last_run ON leads (model_id, last_run_id);

-- Append-only: the code only ever inserts here.
CREATE TABLE lead_events (
    event_id  {{identity}},
    lead_id   TEXT NOT NULL REFERENCES leads (lead_id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    note      TEXT,
    run_id    BIGINT REFERENCES runs (run_id)
);

CREATE INDEX ix_lead_events_lead ON lead_events (lead_id, event_id);

CREATE TABLE suppressions (
    model_id    TEXT NOT NULL,
    rule_id     TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (model_id, rule_id, subject_key)
);
