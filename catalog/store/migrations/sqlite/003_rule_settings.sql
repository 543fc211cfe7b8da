-- Schema version 3: the catalog's own settings of governance rules (a rule without a row
-- runs as the default rule set says).
CREATE TABLE rule_settings (
    rule_id TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL,
    severity TEXT NOT NULL,
    parameters TEXT NOT NULL
);
