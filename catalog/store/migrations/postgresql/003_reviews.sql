-- Schema version 3: review sessions.
CREATE TABLE mesh.reviews (
    id uuid PRIMARY KEY,
    document text NOT NULL
);
GRANT SELECT ON mesh.reviews TO mesh_viewer;
GRANT INSERT, UPDATE, DELETE ON mesh.reviews TO mesh_modeler;
