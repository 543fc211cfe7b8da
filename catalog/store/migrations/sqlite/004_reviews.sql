-- Schema version 4: review sessions (one JSON document each: decisions, comments, sign-off).
CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL
);
