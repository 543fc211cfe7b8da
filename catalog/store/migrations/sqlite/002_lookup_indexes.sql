-- Schema version 2: indexes for the lookups the studio makes once catalogs grow
-- (relations of an element, placements of an element, elements of a context).
CREATE INDEX relations_from ON relations(from_id);
CREATE INDEX relations_to ON relations(to_id);
CREATE INDEX placements_element ON placements(element_id);
CREATE INDEX elements_context ON elements(context_id);
