-- Schema version 9: workshop aids — votes (a participant's dots on a sticky of a diagram),
-- comments on elements, a diagram's dot budget — kept in the catalog, so every studio on it
-- sees them, one JSON document each (as reviews are).
--
-- mesh.commit_batch takes them in p_rows->'annotations' and keeps these promises:
-- * every row it writes or removes is named by a change of the batch (annotate with that
--   very document; unannotate, or deleting the element, the diagram or the placement the
--   row belongs to), and every annotate/unannotate change of the log has its row;
-- * votes and comments are their author's own: a modeler writes them under their own
--   database user, or puts back exactly what another author once wrote (undo);
-- * a participant's dots on a diagram stay within its dot budget (3 without one), each on a
--   sticky of that diagram, at most one votes row per participant and sticky;
-- * a comment says something (1 to 4000 characters); withdrawing another's comment is an
--   approver's decision;
-- * no annotation is left pointing at a deleted element or diagram.
-- Refusals are SQLSTATE 23000 (the batch breaks a rule; 23514 for a row's own constraints) or
-- 42501 (not this role's decision).

CREATE TABLE mesh.annotations (
    id uuid PRIMARY KEY,
    document text NOT NULL,
    -- What the server's checks look up, read once from the document when a row is written.
    kind text GENERATED ALWAYS AS (document::jsonb->>'kind') STORED,
    diagram_id text GENERATED ALWAYS AS (document::jsonb->>'diagram') STORED,
    element_id text GENERATED ALWAYS AS (document::jsonb->>'element') STORED,
    author text GENERATED ALWAYS AS (document::jsonb->>'author') STORED,
    dots integer GENERATED ALWAYS AS (CASE WHEN (document::jsonb->>'count') ~ '^[0-9]{1,2}$'
                                           THEN (document::jsonb->>'count')::integer END) STORED,
    CONSTRAINT annotations_document_json CHECK (jsonb_typeof(document::jsonb) = 'object'),
    CONSTRAINT annotations_kind_known CHECK (kind IN ('votes', 'comment', 'dotBudget')),
    CONSTRAINT annotations_id_matches CHECK ((document::jsonb->>'id') = id::text),
    CONSTRAINT annotations_author_named CHECK (btrim(COALESCE(author, '')) <> ''),
    CONSTRAINT annotations_counts CHECK (CASE kind
        WHEN 'comment' THEN jsonb_typeof(document::jsonb->'text') = 'string' AND btrim(document::jsonb->>'text') <> ''
                            AND length(document::jsonb->>'text') <= 4000 AND element_id IS NOT NULL
        WHEN 'votes' THEN jsonb_typeof(document::jsonb->'count') = 'number' AND dots BETWEEN 1 AND 99
                          AND diagram_id IS NOT NULL AND element_id IS NOT NULL
        ELSE jsonb_typeof(document::jsonb->'count') = 'number' AND dots BETWEEN 1 AND 99 AND diagram_id IS NOT NULL END)
);
CREATE INDEX annotations_votes ON mesh.annotations (diagram_id, author) WHERE kind = 'votes';
CREATE INDEX annotations_element ON mesh.annotations (element_id);
CREATE INDEX annotations_diagram ON mesh.annotations (diagram_id);

-- What each author once wrote, found without reading the whole log (restoring another's words).
CREATE INDEX changes_annotations ON mesh.changes (((change::jsonb)->'annotation'->>'id')) WHERE (change::jsonb)->>'op' = 'annotate';

ALTER FUNCTION mesh.commit_batch(bigint, text, jsonb, text, jsonb, text, text) RENAME TO commit_batch_state;

CREATE FUNCTION mesh.commit_batch(p_base bigint, p_client text, p_changes jsonb, p_inverse text, p_rows jsonb,
                                  p_author text DEFAULT NULL, p_time text DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    v_revision bigint;
    v_put jsonb := COALESCE(p_rows->'annotations'->'put', '[]');
    v_drop jsonb := COALESCE(p_rows->'annotations'->'drop', '[]');
    v_owner boolean := mesh.caller_owns_catalog();
    v_approver boolean := mesh.caller_holds('approver');
    v_changes jsonb;
    v_row jsonb;
    v_doc jsonb;
    v_old jsonb;
    v_key text;
    v_over record;
BEGIN
    -- Roles, the writers' lock, the revision, the log and the other tables.
    v_revision := mesh.commit_batch_state(p_base, p_client, p_changes, p_inverse, p_rows - 'annotations', p_author, p_time);
    -- Most batches touch no annotation: nothing more to check unless they delete what one belongs to.
    IF jsonb_typeof(v_put) = 'array' AND jsonb_typeof(v_drop) = 'array' AND jsonb_array_length(v_put) + jsonb_array_length(v_drop) = 0
       AND position('annotate' IN p_changes::text) = 0
       AND jsonb_array_length(COALESCE(p_rows->'elements'->'drop', '[]')) + jsonb_array_length(COALESCE(p_rows->'diagrams'->'drop', '[]'))
           + jsonb_array_length(COALESCE(p_rows->'placements'->'drop', '[]')) = 0 THEN
        RETURN v_revision;
    END IF;
    IF jsonb_typeof(v_put) IS DISTINCT FROM 'array' OR jsonb_typeof(v_drop) IS DISTINCT FROM 'array' THEN
        PERFORM mesh.refuse('annotations are given as put and drop arrays');
    END IF;
    SELECT COALESCE(jsonb_agg((e.value->>'change')::jsonb ORDER BY e.ordinality), '[]') INTO v_changes
    FROM jsonb_array_elements(p_changes) WITH ORDINALITY e;

    -- Each annotate and unannotate change of the log has its row.
    SELECT c->'annotation'->>'id' INTO v_key FROM jsonb_array_elements(v_changes) c
    WHERE c->>'op' = 'annotate' AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_put) r WHERE r->>'id' = c->'annotation'->>'id')
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(v_drop) d WHERE d = c->'annotation'->>'id')
    LIMIT 1;
    IF v_key IS NOT NULL THEN
        PERFORM mesh.refuse(format('annotation %s is logged but its row is not written', v_key));
    END IF;
    SELECT c->>'annotation' INTO v_key FROM jsonb_array_elements(v_changes) c
    WHERE c->>'op' = 'unannotate' AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(v_drop) d WHERE d = c->>'annotation')
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_put) r WHERE r->>'id' = c->>'annotation')
    LIMIT 1;
    IF v_key IS NOT NULL THEN
        PERFORM mesh.refuse(format('annotation %s is logged as removed but its row is not removed', v_key));
    END IF;

    -- Removed rows: named by a change, and another's comment only by an approver.
    FOR v_key IN SELECT value FROM jsonb_array_elements_text(v_drop) LOOP
        SELECT a.document::jsonb INTO v_old FROM mesh.annotations a WHERE a.id = v_key::uuid;
        CONTINUE WHEN v_old IS NULL;
        IF NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_changes) c
                       WHERE (c->>'op' = 'unannotate' AND c->>'annotation' = v_key)
                          OR (c->>'op' = 'delete' AND c->>'ref' = v_old->>'element')
                          OR (c->>'op' = 'deleteDiagram' AND c->>'diagram' = v_old->>'diagram')
                          OR (c->>'op' = 'unplace' AND v_old->>'kind' = 'votes' AND c->>'diagram' = v_old->>'diagram'
                              AND c->>'element' = v_old->>'element')) THEN
            PERFORM mesh.refuse(format('annotation %s is removed but no change of the batch removes it', v_key));
        END IF;
        IF v_old->>'kind' = 'comment' AND v_old->>'author' IS DISTINCT FROM session_user AND NOT v_approver
           AND EXISTS (SELECT 1 FROM jsonb_array_elements(v_changes) c WHERE c->>'op' = 'unannotate' AND c->>'annotation' = v_key) THEN
            PERFORM mesh.deny(format('withdrawing %s''s comment is an approver''s decision', v_old->>'author'));
        END IF;
    END LOOP;

    -- Written rows: the very document an annotate change names, under its author's name.
    FOR v_row IN SELECT value FROM jsonb_array_elements(v_put) LOOP
        v_key := v_row->>'id';
        v_doc := (v_row->>'document')::jsonb;
        IF jsonb_typeof(v_doc) IS DISTINCT FROM 'object' OR v_doc->>'id' IS DISTINCT FROM v_key
           OR NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_changes) c WHERE c->>'op' = 'annotate' AND c->'annotation' = v_doc) THEN
            PERFORM mesh.refuse(format('annotation %s is written but no change of the batch writes it so', v_key));
        END IF;
        SELECT a.document::jsonb INTO v_old FROM mesh.annotations a WHERE a.id = v_key::uuid;
        IF v_old IS NOT NULL AND v_old->>'kind' IS DISTINCT FROM v_doc->>'kind' THEN
            PERFORM mesh.refuse(format('annotation %s changes its kind', v_key));
        END IF;
        IF NOT v_owner AND v_doc->>'author' IS DISTINCT FROM session_user
           AND v_doc IS DISTINCT FROM v_old
           AND NOT EXISTS (SELECT 1 FROM mesh.changes ch JOIN mesh.revisions r ON r.revision = ch.revision
                           WHERE (ch.change::jsonb)->>'op' = 'annotate' AND ((ch.change::jsonb)->'annotation'->>'id') = v_key
                             AND (ch.change::jsonb)->'annotation' = v_doc AND r.author = v_doc->>'author' AND r.revision < v_revision) THEN
            PERFORM mesh.deny(format('%s may write annotations as %s only, or put back what another author once wrote (not as %s)',
                                     session_user, session_user, COALESCE(v_doc->>'author', 'nobody')));
        END IF;
    END LOOP;

    IF jsonb_array_length(v_drop) > 0 THEN
        DELETE FROM mesh.annotations a WHERE a.id IN (SELECT value::uuid FROM jsonb_array_elements_text(v_drop));
    END IF;
    IF jsonb_array_length(v_put) > 0 THEN
        INSERT INTO mesh.annotations(id, document)
        SELECT (r->>'id')::uuid, r->>'document' FROM jsonb_array_elements(v_put) r
        ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    END IF;

    -- What the catalog holds afterwards, where this batch touched it: votes on stickies of
    -- their diagram, one row per participant and sticky, within the budget; nothing left
    -- pointing at an element, a diagram or a sticky that is gone.
    SELECT a.id INTO v_key FROM mesh.annotations a
    WHERE (a.id::text IN (SELECT r->>'id' FROM jsonb_array_elements(v_put) r)
           OR a.element_id IN (SELECT value FROM jsonb_array_elements_text(COALESCE(p_rows->'elements'->'drop', '[]')))
           OR a.diagram_id IN (SELECT value FROM jsonb_array_elements_text(COALESCE(p_rows->'diagrams'->'drop', '[]')))
           OR (a.kind = 'votes' AND (a.diagram_id, a.element_id) IN (
                   SELECT k->>'diagram_id', k->>'element_id' FROM jsonb_array_elements(COALESCE(p_rows->'placements'->'drop', '[]')) k)))
      AND ((a.element_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mesh.elements e WHERE e.id::text = a.element_id))
           OR (a.diagram_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mesh.diagrams d WHERE d.id::text = a.diagram_id))
           OR (a.kind = 'votes' AND NOT EXISTS (SELECT 1 FROM mesh.placements p
                                                WHERE p.diagram_id::text = a.diagram_id AND p.element_id::text = a.element_id)))
    LIMIT 1;
    IF v_key IS NOT NULL THEN
        PERFORM mesh.refuse(format('annotation %s would point at an element, a diagram or a sticky the catalog does not have', v_key));
    END IF;
    FOR v_over IN
        SELECT DISTINCT a.diagram_id AS diagram, a.author AS author FROM mesh.annotations a
        WHERE a.kind = 'votes' AND a.id::text IN (SELECT r->>'id' FROM jsonb_array_elements(v_put) r)
    LOOP
        IF EXISTS (SELECT 1 FROM mesh.annotations a WHERE a.kind = 'votes' AND a.diagram_id = v_over.diagram AND a.author = v_over.author
                   GROUP BY a.element_id HAVING count(*) > 1) THEN
            PERFORM mesh.refuse(format('%s has voted twice on a sticky of diagram %s', v_over.author, v_over.diagram));
        END IF;
        IF (SELECT sum(a.dots) FROM mesh.annotations a WHERE a.kind = 'votes' AND a.diagram_id = v_over.diagram AND a.author = v_over.author)
           > COALESCE((SELECT min(b.dots) FROM mesh.annotations b WHERE b.kind = 'dotBudget' AND b.diagram_id = v_over.diagram), 3) THEN
            PERFORM mesh.refuse(format('%s has %s dot(s) on diagram %s and gives more', v_over.author,
                COALESCE((SELECT min(b.dots) FROM mesh.annotations b WHERE b.kind = 'dotBudget' AND b.diagram_id = v_over.diagram), 3),
                v_over.diagram));
        END IF;
    END LOOP;
    IF EXISTS (SELECT 1 FROM mesh.annotations a WHERE a.kind = 'dotBudget'
               AND a.diagram_id IN (SELECT (r->>'document')::jsonb->>'diagram' FROM jsonb_array_elements(v_put) r)
               GROUP BY a.diagram_id HAVING count(*) > 1) THEN
        PERFORM mesh.refuse('a diagram has one dot budget');
    END IF;
    RETURN v_revision;
END
$$;

REVOKE ALL ON mesh.annotations FROM PUBLIC;
REVOKE ALL ON FUNCTION mesh.commit_batch(bigint, text, jsonb, text, jsonb, text, text) FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON mesh.annotations TO %I', mesh.role_name('viewer'));
    EXECUTE format('REVOKE EXECUTE ON FUNCTION mesh.commit_batch_state(bigint, text, jsonb, text, jsonb, text, text) FROM %I', mesh.role_name('modeler'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION mesh.commit_batch(bigint, text, jsonb, text, jsonb, text, text) TO %I', mesh.role_name('modeler'));
END
$$;
