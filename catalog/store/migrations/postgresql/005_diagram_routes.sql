-- Relations' paths from the last auto-layout, as JSON: {"relation id": [x0, y0, x1, y1, …]}.
ALTER TABLE mesh.diagrams ADD COLUMN routes text NOT NULL DEFAULT '{}';
