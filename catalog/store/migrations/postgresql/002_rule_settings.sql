-- Schema version 2: the catalog's own settings of governance rules.
CREATE TABLE mesh.rule_settings (
    rule_id text PRIMARY KEY,
    enabled integer NOT NULL,
    severity text NOT NULL,
    parameters text NOT NULL
);
GRANT SELECT ON mesh.rule_settings TO mesh_viewer;
GRANT INSERT, UPDATE, DELETE ON mesh.rule_settings TO mesh_modeler;
