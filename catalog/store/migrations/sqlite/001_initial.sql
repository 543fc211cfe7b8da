-- Mesh Studio catalog, schema version 1: current state and the change log.
CREATE TABLE catalog_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE elements (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    context_id TEXT REFERENCES elements(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT,
    owner TEXT,
    tags TEXT,
    lifecycle TEXT NOT NULL,
    attributes TEXT
);
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    from_id TEXT NOT NULL REFERENCES elements(id) DEFERRABLE INITIALLY DEFERRED,
    to_id TEXT NOT NULL REFERENCES elements(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT
);
CREATE TABLE schema_versions (
    subject_id TEXT NOT NULL REFERENCES elements(id) DEFERRABLE INITIALLY DEFERRED,
    version INTEGER NOT NULL,
    format TEXT NOT NULL,
    compatibility TEXT NOT NULL,
    lifecycle TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (subject_id, version)
);
CREATE TABLE diagrams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE placements (
    diagram_id TEXT NOT NULL REFERENCES diagrams(id) DEFERRABLE INITIALLY DEFERRED,
    element_id TEXT NOT NULL REFERENCES elements(id) DEFERRABLE INITIALLY DEFERRED,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    lane TEXT,
    pinned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (diagram_id, element_id)
);
CREATE TABLE revisions (
    revision INTEGER PRIMARY KEY,
    author TEXT NOT NULL,
    client_id TEXT NOT NULL,
    committed_at TEXT NOT NULL,
    inverse TEXT NOT NULL
);
CREATE TABLE changes (
    revision INTEGER NOT NULL REFERENCES revisions(revision) DEFERRABLE INITIALLY DEFERRED,
    seq INTEGER NOT NULL,
    summary TEXT NOT NULL,
    change TEXT NOT NULL,
    PRIMARY KEY (revision, seq)
);
