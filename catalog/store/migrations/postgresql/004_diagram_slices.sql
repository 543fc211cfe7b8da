-- Named vertical slices of timelines, as JSON: [{"name", "left", "right"}].
ALTER TABLE mesh.diagrams ADD COLUMN slices text NOT NULL DEFAULT '[]';
