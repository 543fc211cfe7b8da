-- Named vertical slices of timelines, as JSON: [{"name", "left", "right"}].
ALTER TABLE diagrams ADD COLUMN slices TEXT NOT NULL DEFAULT '[]';
