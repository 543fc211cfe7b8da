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
    CONSTRAINT annotations_document_json CHECK (jsonb_typeof(document::jsonb) = 'object'),
    CONSTRAINT annotations_kind_known CHECK ((document::jsonb->>'kind') IN ('votes', 'comment', 'dotBudget')),
    CONSTRAINT annotations_id_matches CHECK ((document::jsonb->>'id') = id::text),
    CONSTRAINT annotations_author_named CHECK (btrim(COALESCE(document::jsonb->>'author', '')) <> ''),
    CONSTRAINT annotations_counts CHECK (CASE document::jsonb->>'kind'
        WHEN 'votes' THEN jsonb_typeof(document::jsonb->'count') = 'number' AND (document::jsonb->>'count')::numeric BETWEEN 1 AND 99
                          AND (document::jsonb->>'count')::numeric = trunc((document::jsonb->>'count')::numeric)
        WHEN 'dotBudget' THEN jsonb_typeof(document::jsonb->'count') = 'number' AND (document::jsonb->>'count')::numeric BETWEEN 1 AND 99
                          AND (document::jsonb->>'count')::numeric = trunc((document::jsonb->>'count')::numeric)
        ELSE jsonb_typeof(document::jsonb->'text') = 'string' AND btrim(document::jsonb->>'text') <> ''
             AND length(document::jsonb->>'text') <= 4000 END)
);

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

    -- What the catalog holds afterwards: votes on stickies of their diagram, one row per
    -- participant and sticky, within the budget; nothing pointing at what is gone.
    IF jsonb_array_length(v_put) > 0 OR jsonb_array_length(COALESCE(p_rows->'elements'->'drop', '[]')) > 0
       OR jsonb_array_length(COALESCE(p_rows->'diagrams'->'drop', '[]')) > 0
       OR jsonb_array_length(COALESCE(p_rows->'placements'->'drop', '[]')) > 0 THEN
        SELECT a.id INTO v_key FROM mesh.annotations a
        WHERE ((a.document::jsonb ? 'element') AND NOT EXISTS (SELECT 1 FROM mesh.elements e WHERE e.id::text = a.document::jsonb->>'element'))
           OR ((a.document::jsonb ? 'diagram') AND NOT EXISTS (SELECT 1 FROM mesh.diagrams d WHERE d.id::text = a.document::jsonb->>'diagram'))
           OR (a.document::jsonb->>'kind' = 'votes' AND NOT EXISTS (
                   SELECT 1 FROM mesh.placements p WHERE p.diagram_id::text = a.document::jsonb->>'diagram'
                                                     AND p.element_id::text = a.document::jsonb->>'element'))
           OR (a.document::jsonb->>'kind' IN ('votes', 'dotBudget') AND NOT (a.document::jsonb ? 'diagram'))
           OR (a.document::jsonb->>'kind' IN ('votes', 'comment') AND NOT (a.document::jsonb ? 'element'))
        LIMIT 1;
        IF v_key IS NOT NULL THEN
            PERFORM mesh.refuse(format('annotation %s would point at an element, a diagram or a sticky the catalog does not have', v_key));
        END IF;
        SELECT document::jsonb->>'diagram' AS diagram, document::jsonb->>'element' AS element, document::jsonb->>'author' AS author
        INTO v_over FROM mesh.annotations WHERE document::jsonb->>'kind' = 'votes'
        GROUP BY 1, 2, 3 HAVING count(*) > 1 LIMIT 1;
        IF FOUND THEN
            PERFORM mesh.refuse(format('%s has voted on %s twice', v_over.author, v_over.element));
        END IF;
        SELECT v.diagram, v.author, v.dots, COALESCE(b.budget, 3) AS budget INTO v_over
        FROM (SELECT document::jsonb->>'diagram' AS diagram, document::jsonb->>'author' AS author, sum((document::jsonb->>'count')::integer) AS dots
              FROM mesh.annotations WHERE document::jsonb->>'kind' = 'votes' GROUP BY 1, 2) v
        LEFT JOIN (SELECT document::jsonb->>'diagram' AS diagram, min((document::jsonb->>'count')::integer) AS budget
                   FROM mesh.annotations WHERE document::jsonb->>'kind' = 'dotBudget' GROUP BY 1) b ON b.diagram = v.diagram
        WHERE v.dots > COALESCE(b.budget, 3)
          AND v.author IN (SELECT (r->>'document')::jsonb->>'author' FROM jsonb_array_elements(v_put) r)
        LIMIT 1;
        IF FOUND THEN
            PERFORM mesh.refuse(format('%s has %s dot(s) on diagram %s and gives %s', v_over.author, v_over.budget, v_over.diagram, v_over.dots));
        END IF;
        IF (SELECT count(*) FROM mesh.annotations WHERE document::jsonb->>'kind' = 'dotBudget'
            GROUP BY document::jsonb->>'diagram' ORDER BY 1 DESC LIMIT 1) > 1 THEN
            PERFORM mesh.refuse('a diagram has one dot budget');
        END IF;
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
