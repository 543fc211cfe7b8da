-- Schema version 6: the server keeps the rules, whatever SQL a client sends.
--
-- * Roles read (SELECT) and nothing more. Every write goes through the SECURITY DEFINER
--   functions below: mesh.commit_batch (a batch: the log rows and the state rows it
--   rewrites), mesh.lock_writers, mesh.announce_presence and mesh.withdraw_presence.
--   They run with a fixed search_path and name everything with its schema, so no object a
--   caller creates (a TEMP table named like a system catalog) can stand in for ours.
-- * commit_batch checks the caller's role, takes the writers' lock (a row lock only these
--   functions can take, with a lock timeout), refuses a batch made against an older
--   revision (SQLSTATE 40001), assigns the next revision itself, stamps session_user as
--   the author, and checks that every state row it rewrites is the one a change of the
--   batch names, changing only the columns that change names: nothing changes unlogged.
--   Lifecycle decisions (entering or leaving approved, deprecated, retired) and the rule
--   settings belong to approvers; a schema version's format and text never change.
-- * Roles are per catalog: mesh_<catalog id>_viewer/_modeler/_approver, so granting on one
--   database never touches another's.
-- * CHECK constraints on enumerated values and revision ranges.

-- The catalog's own roles, named after its id.
CREATE FUNCTION mesh.role_name(p_role text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT 'mesh_' || replace(left(i.value, 13), '-', '') || '_' || p_role
    FROM mesh.catalog_info i WHERE i.key = 'id'
$$;

-- Whether the connected user (session_user: SECURITY DEFINER changes current_user only)
-- holds ROLE in this catalog. The catalog's owner holds every role. These helpers run with
-- their caller's privileges and name every object with its schema; the write functions
-- that call them fix the search_path.
CREATE FUNCTION mesh.caller_holds(p_role text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.pg_has_role(session_user, n.nspowner, 'MEMBER')
        OR pg_catalog.pg_has_role(session_user, mesh.role_name(p_role), 'MEMBER')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = 'mesh'
$$;

CREATE FUNCTION mesh.caller_owns_catalog() RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.pg_has_role(session_user, n.nspowner, 'MEMBER')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = 'mesh'
$$;

DO $$
DECLARE
    v_old text;
    v_role text;
    v_member record;
BEGIN
    FOREACH v_role IN ARRAY ARRAY['viewer', 'modeler', 'approver'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = mesh.role_name(v_role)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', mesh.role_name(v_role));
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', mesh.role_name('viewer'), mesh.role_name('modeler'));
    EXECUTE format('GRANT %I TO %I', mesh.role_name('modeler'), mesh.role_name('approver'));
    -- Catalogs before this version used cluster-wide roles: who held one keeps it here
    -- (only when upgrading a catalog in use: a new one starts with nobody).
    FOREACH v_role IN ARRAY ARRAY['viewer', 'modeler', 'approver'] LOOP
        v_old := 'mesh_' || v_role;
        IF COALESCE(NULLIF(current_setting('mesh.upgrading_from', true), ''), '0')::integer > 0 THEN
            FOR v_member IN
                SELECT m.rolname FROM pg_catalog.pg_auth_members a
                JOIN pg_catalog.pg_roles r ON r.oid = a.roleid
                JOIN pg_catalog.pg_roles m ON m.oid = a.member
                WHERE r.rolname = v_old AND m.rolname NOT LIKE 'mesh\_%'
            LOOP
                EXECUTE format('GRANT %I TO %I', mesh.role_name(v_role), v_member.rolname);
            END LOOP;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_old) THEN
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA mesh FROM %I', v_old);
            EXECUTE format('REVOKE ALL ON SCHEMA mesh FROM %I', v_old);
        END IF;
    END LOOP;
END
$$;

-- The approval triggers and the author-stamping trigger gave way to commit_batch.
DROP TRIGGER IF EXISTS elements_approval ON mesh.elements;
DROP TRIGGER IF EXISTS schema_versions_approval ON mesh.schema_versions;
DROP TRIGGER IF EXISTS revisions_author ON mesh.revisions;
DROP FUNCTION IF EXISTS mesh.check_approval();
DROP FUNCTION IF EXISTS mesh.stamp_author();
DROP FUNCTION IF EXISTS mesh.lock_for_commit();
ALTER TABLE mesh.revisions ALTER COLUMN author DROP DEFAULT;
ALTER TABLE mesh.presence ALTER COLUMN user_name DROP DEFAULT;
DROP POLICY IF EXISTS presence_visible ON mesh.presence;
DROP POLICY IF EXISTS presence_own ON mesh.presence;
ALTER TABLE mesh.presence DISABLE ROW LEVEL SECURITY;

-- Values the model knows, and nothing else.
ALTER TABLE mesh.elements
    ADD CONSTRAINT elements_kind_known CHECK (kind IN ('BoundedContext', 'Aggregate', 'Command', 'Event', 'ReadModel',
        'Policy', 'Actor', 'ExternalSystem', 'Service', 'Api', 'Channel', 'Team', 'HotSpot')),
    ADD CONSTRAINT elements_lifecycle_known CHECK (lifecycle IN ('draft', 'proposed', 'approved', 'deprecated', 'retired')),
    ADD CONSTRAINT elements_name_present CHECK (length(name) BETWEEN 1 AND 200),
    ADD CONSTRAINT elements_tags_json CHECK (tags IS NULL OR tags::jsonb IS NOT NULL),
    ADD CONSTRAINT elements_attributes_json CHECK (attributes IS NULL OR attributes::jsonb IS NOT NULL);
ALTER TABLE mesh.relations
    ADD CONSTRAINT relations_kind_known CHECK (kind IN ('issues', 'handled-by', 'emits', 'feeds', 'publishes',
        'subscribes', 'calls', 'exposes', 'carries', 'partnership', 'shared-kernel', 'customer-supplier', 'conformist',
        'anticorruption-layer', 'open-host-service', 'published-language'));
ALTER TABLE mesh.schema_versions
    ADD CONSTRAINT schema_versions_format_known CHECK (format IN ('avro', 'protobuf', 'jsonschema')),
    ADD CONSTRAINT schema_versions_compatibility_known CHECK (compatibility IN ('NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE',
        'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE')),
    ADD CONSTRAINT schema_versions_lifecycle_known CHECK (lifecycle IN ('draft', 'proposed', 'approved', 'deprecated', 'retired')),
    ADD CONSTRAINT schema_versions_version_range CHECK (version BETWEEN 1 AND 1000000);
ALTER TABLE mesh.diagrams
    ADD CONSTRAINT diagrams_kind_known CHECK (kind IN ('board', 'timeline', 'context-map')),
    ADD CONSTRAINT diagrams_slices_json CHECK (jsonb_typeof(slices::jsonb) = 'array'),
    ADD CONSTRAINT diagrams_routes_json CHECK (jsonb_typeof(routes::jsonb) = 'object');
ALTER TABLE mesh.placements
    ADD CONSTRAINT placements_geometry_finite CHECK (x BETWEEN -1e9 AND 1e9 AND y BETWEEN -1e9 AND 1e9
        AND width BETWEEN 0 AND 1e9 AND height BETWEEN 0 AND 1e9),
    ADD CONSTRAINT placements_pinned_flag CHECK (pinned IN (0, 1));
ALTER TABLE mesh.rule_settings
    ADD CONSTRAINT rule_settings_severity_known CHECK (severity IN ('error', 'warning', 'info')),
    ADD CONSTRAINT rule_settings_enabled_flag CHECK (enabled IN (0, 1)),
    ADD CONSTRAINT rule_settings_parameters_json CHECK (jsonb_typeof(parameters::jsonb) = 'object');
ALTER TABLE mesh.reviews
    ADD CONSTRAINT reviews_document_json CHECK (jsonb_typeof(document::jsonb) = 'object');
-- Revisions count up from 1 by one; 2^53 - 1 keeps them exact in every JSON reader.
ALTER TABLE mesh.revisions
    ADD CONSTRAINT revisions_range CHECK (revision BETWEEN 1 AND 9007199254740991);
ALTER TABLE mesh.changes
    ADD CONSTRAINT changes_seq_range CHECK (seq BETWEEN 0 AND 10000000),
    ADD CONSTRAINT changes_json CHECK (jsonb_typeof(change::jsonb) = 'object');

-- The writers' lock: one row that only the functions below may lock (FOR UPDATE needs the
-- UPDATE privilege, which no role has).
CREATE TABLE mesh.writer_lock (id integer PRIMARY KEY CHECK (id = 1));
INSERT INTO mesh.writer_lock VALUES (1);

-- Takes the writers' lock until the end of the caller's transaction; returns the latest
-- revision, read after the lock was granted.
CREATE FUNCTION mesh.lock_writers() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '10s' AS $$
BEGIN
    IF NOT mesh.caller_holds('modeler') THEN
        RAISE EXCEPTION 'only modelers may change this catalog (% is not one)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM mesh.writer_lock WHERE id = 1 FOR UPDATE;
    RETURN (SELECT COALESCE(MAX(r.revision), 0) FROM mesh.revisions r);
END
$$;

-- Whether a lifecycle move is an approver's decision.
CREATE FUNCTION mesh.is_lifecycle_decision(p_before text, p_after text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT p_before IS DISTINCT FROM p_after
       AND (COALESCE(p_before, 'draft') IN ('approved', 'deprecated', 'retired')
            OR COALESCE(p_after, 'draft') IN ('approved', 'deprecated', 'retired'))
$$;

-- The element columns an "update" change's `set` keys may change.
CREATE FUNCTION mesh.element_columns(p_set jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(array_agg(DISTINCT CASE k WHEN 'name' THEN 'name' WHEN 'description' THEN 'description'
        WHEN 'owner' THEN 'owner' WHEN 'tags' THEN 'tags' WHEN 'lifecycle' THEN 'lifecycle'
        WHEN 'context' THEN 'context_id' ELSE 'attributes' END), '{}')
    FROM jsonb_object_keys(CASE WHEN jsonb_typeof(p_set) = 'object' THEN p_set ELSE '{}' END) k
$$;

CREATE FUNCTION mesh.refuse(p_message text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', p_message USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE FUNCTION mesh.deny(p_message text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% (% is not an approver of this catalog)', p_message, session_user
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Commits one batch as the next revision. p_changes: [{"summary": text, "change": text}]
-- with each change's canonical JSON; p_rows: per table {"put": [rows], "drop": [keys]},
-- the rows the batch leaves. p_author and p_time count only for the catalog's owner
-- (a copy keeps the original authors and times); everyone else is session_user, now.
CREATE FUNCTION mesh.commit_batch(p_base bigint, p_client text, p_changes jsonb, p_inverse text, p_rows jsonb,
                                  p_author text DEFAULT NULL, p_time text DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    v_latest bigint;
    v_revision bigint;
    v_owner boolean := mesh.caller_owns_catalog();
    v_approver boolean := mesh.caller_holds('approver');
    v_index jsonb;   -- "op:key" -> the changes of the batch with that op and key
    v_put_elements jsonb := COALESCE(p_rows->'elements'->'put', '[]');
    v_drop_elements jsonb := COALESCE(p_rows->'elements'->'drop', '[]');
    v_put_relations jsonb := COALESCE(p_rows->'relations'->'put', '[]');
    v_drop_relations jsonb := COALESCE(p_rows->'relations'->'drop', '[]');
    v_put_schema_versions jsonb := COALESCE(p_rows->'schema_versions'->'put', '[]');
    v_drop_schema_versions jsonb := COALESCE(p_rows->'schema_versions'->'drop', '[]');
    v_put_diagrams jsonb := COALESCE(p_rows->'diagrams'->'put', '[]');
    v_drop_diagrams jsonb := COALESCE(p_rows->'diagrams'->'drop', '[]');
    v_put_placements jsonb := COALESCE(p_rows->'placements'->'put', '[]');
    v_drop_placements jsonb := COALESCE(p_rows->'placements'->'drop', '[]');
    v_put_rule_settings jsonb := COALESCE(p_rows->'rule_settings'->'put', '[]');
    v_drop_rule_settings jsonb := COALESCE(p_rows->'rule_settings'->'drop', '[]');
    v_put_reviews jsonb := COALESCE(p_rows->'reviews'->'put', '[]');
    v_drop_reviews jsonb := COALESCE(p_rows->'reviews'->'drop', '[]');
    v_row jsonb;
    v_new jsonb;
    v_old jsonb;
    v_key text;
    v_allowed text[];
    v_column text;
BEGIN
    IF NOT mesh.caller_holds('modeler') THEN
        RAISE EXCEPTION 'only modelers may change this catalog (% is not one)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(p_changes) IS DISTINCT FROM 'array' OR jsonb_array_length(p_changes) = 0
       OR jsonb_typeof(p_rows) IS DISTINCT FROM 'object' THEN
        PERFORM mesh.refuse('a batch needs changes and rows');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_changes) e WHERE jsonb_typeof(e->'change') IS DISTINCT FROM 'string') THEN
        PERFORM mesh.refuse('each change is given as its JSON text');
    END IF;
    v_latest := mesh.lock_writers();
    IF p_base IS DISTINCT FROM v_latest THEN
        RAISE EXCEPTION 'the catalog moved on (revision %, this batch was made at %)', v_latest, p_base
            USING ERRCODE = 'serialization_failure';
    END IF;
    v_revision := v_latest + 1;

    -- The log (a change that is no JSON object is refused by the changes_json constraint).
    INSERT INTO mesh.revisions(revision, author, client_id, committed_at, inverse)
    VALUES (v_revision,
            CASE WHEN v_owner AND p_author IS NOT NULL THEN p_author ELSE session_user END,
            COALESCE(p_client, ''),
            CASE WHEN v_owner AND p_time IS NOT NULL THEN p_time
                 ELSE to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END,
            COALESCE(p_inverse, ''));
    INSERT INTO mesh.changes(revision, seq, summary, change)
    SELECT v_revision, (e.ordinality - 1)::integer, COALESCE(e.value->>'summary', ''), e.value->>'change'
    FROM jsonb_array_elements(p_changes) WITH ORDINALITY e;

    SELECT COALESCE(jsonb_object_agg(k, v), '{}') INTO v_index FROM (
        SELECT k, jsonb_agg(c) AS v FROM (
            SELECT c, CASE c->>'op'
                WHEN 'create' THEN 'create:' || (c->>'id')
                WHEN 'update' THEN 'update:' || (c->>'ref')
                WHEN 'delete' THEN 'delete:' || (c->>'ref')
                WHEN 'relate' THEN 'relate:' || (c->>'id')
                WHEN 'updateRelation' THEN 'updateRelation:' || (c->>'id')
                WHEN 'unrelate' THEN 'unrelate:' || (c->>'id')
                WHEN 'addSchemaVersion' THEN 'addSchemaVersion:' || (c->>'subject') || ':' || (c->>'version')
                WHEN 'updateSchemaVersion' THEN 'updateSchemaVersion:' || (c->>'subject') || ':' || (c->>'version')
                WHEN 'removeSchemaVersion' THEN 'removeSchemaVersion:' || (c->>'subject') || ':' || (c->>'version')
                WHEN 'createDiagram' THEN 'createDiagram:' || (c->>'id')
                WHEN 'updateDiagram' THEN 'updateDiagram:' || (c->>'diagram')
                WHEN 'deleteDiagram' THEN 'deleteDiagram:' || (c->>'diagram')
                WHEN 'place' THEN 'placement:' || (c->>'diagram') || ':' || (c->>'element')
                WHEN 'move' THEN 'placement:' || (c->>'diagram') || ':' || (c->>'element')
                WHEN 'unplace' THEN 'placement:' || (c->>'diagram') || ':' || (c->>'element')
                WHEN 'setRule' THEN 'rule:' || (c->>'rule')
                WHEN 'resetRule' THEN 'rule:' || (c->>'rule')
                WHEN 'setReview' THEN 'review:' || (c->'review'->>'id')
                WHEN 'deleteReview' THEN 'review:' || (c->>'review')
                END AS k
            FROM (SELECT (e.value->>'change')::jsonb AS c FROM jsonb_array_elements(p_changes) e) parsed
        ) keyed WHERE k IS NOT NULL GROUP BY k
    ) grouped;

    -- Elements: created whole (or re-created after a delete in the same batch), or updated
    -- in exactly the columns the batch's updates set.
    IF jsonb_array_length(v_put_elements) > 0 THEN
        FOR v_row IN SELECT value FROM jsonb_array_elements(v_put_elements) LOOP
            v_key := v_row->>'id';
            v_new := to_jsonb(jsonb_populate_record(NULL::mesh.elements, v_row));
            SELECT to_jsonb(e) INTO v_old FROM mesh.elements e WHERE e.id = v_key::uuid;
            IF v_index ? ('create:' || v_key) THEN
                IF v_index->('create:' || v_key)->0->>'kind' IS DISTINCT FROM v_new->>'kind'
                   OR (v_old IS NOT NULL AND NOT v_index ? ('delete:' || v_key)) THEN
                    PERFORM mesh.refuse(format('element %s is written but no change of the batch creates it so', v_key));
                END IF;
            ELSIF v_old IS NULL THEN
                PERFORM mesh.refuse(format('element %s is written but no change of the batch creates it', v_key));
            ELSE
                SELECT array_agg(DISTINCT col) INTO v_allowed
                FROM jsonb_array_elements(COALESCE(v_index->('update:' || v_key), '[]')) c, unnest(mesh.element_columns(c->'set')) col;
                SELECT min(o.key) INTO v_column FROM jsonb_each(v_old) o
                WHERE o.value IS DISTINCT FROM v_new->o.key AND NOT (o.key = ANY (COALESCE(v_allowed, '{}')));
                IF v_column IS NOT NULL THEN
                    PERFORM mesh.refuse(format('element %s: "%s" is changed but no change of the batch sets it', v_key, v_column));
                END IF;
            END IF;
            IF NOT v_approver AND mesh.is_lifecycle_decision(v_old->>'lifecycle', v_new->>'lifecycle') THEN
                PERFORM mesh.deny(format('moving "%s" (%s) from %s to %s is an approver''s decision', v_new->>'name', v_key,
                                         COALESCE(v_old->>'lifecycle', 'nothing'), v_new->>'lifecycle'));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_elements) > 0 THEN
        FOR v_key IN SELECT value FROM jsonb_array_elements_text(v_drop_elements) LOOP
            IF NOT v_index ? ('delete:' || v_key) THEN
                PERFORM mesh.refuse(format('element %s is removed but no change of the batch deletes it', v_key));
            END IF;
            SELECT to_jsonb(e) INTO v_old FROM mesh.elements e WHERE e.id = v_key::uuid;
            IF v_old IS NOT NULL AND NOT v_approver AND mesh.is_lifecycle_decision(v_old->>'lifecycle', NULL) THEN
                PERFORM mesh.deny(format('deleting the %s "%s" (%s) is an approver''s decision', v_old->>'lifecycle', v_old->>'name', v_key));
            END IF;
        END LOOP;
    END IF;

    -- Relations: created whole, or their description updated; removed with a change or with an end.
    IF jsonb_array_length(v_put_relations) > 0 THEN
        FOR v_row IN SELECT value FROM jsonb_array_elements(v_put_relations) LOOP
            v_key := v_row->>'id';
            v_new := to_jsonb(jsonb_populate_record(NULL::mesh.relations, v_row));
            IF v_index ? ('relate:' || v_key) THEN
                v_old := v_index->('relate:' || v_key)->0;
                IF v_old->>'kind' = v_new->>'kind' AND v_old->>'from' = v_new->>'from_id' AND v_old->>'to' = v_new->>'to_id' THEN
                    CONTINUE;
                END IF;
            END IF;
            SELECT to_jsonb(r) INTO v_old FROM mesh.relations r WHERE r.id = v_key::uuid;
            IF v_old IS NULL OR NOT v_index ? ('updateRelation:' || v_key) OR v_old->>'kind' IS DISTINCT FROM v_new->>'kind'
               OR v_old->>'from_id' IS DISTINCT FROM v_new->>'from_id' OR v_old->>'to_id' IS DISTINCT FROM v_new->>'to_id' THEN
                PERFORM mesh.refuse(format('relation %s is written but no change of the batch makes it so', v_key));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_relations) > 0 THEN
        FOR v_key IN SELECT value FROM jsonb_array_elements_text(v_drop_relations) LOOP
            SELECT to_jsonb(r) INTO v_old FROM mesh.relations r WHERE r.id = v_key::uuid;
            IF NOT (v_index ? ('unrelate:' || v_key) OR v_index ? ('delete:' || (v_old->>'from_id'))
                    OR v_index ? ('delete:' || (v_old->>'to_id'))) THEN
                PERFORM mesh.refuse(format('relation %s is removed but no change of the batch removes it', v_key));
            END IF;
        END LOOP;
    END IF;

    -- Schema versions: added whole; afterwards only their lifecycle and compatibility change.
    IF jsonb_array_length(v_put_schema_versions) > 0 THEN
        FOR v_row IN SELECT value FROM jsonb_array_elements(v_put_schema_versions) LOOP
            v_new := to_jsonb(jsonb_populate_record(NULL::mesh.schema_versions, v_row));
            v_key := (v_new->>'subject_id') || ':' || (v_new->>'version');
            SELECT to_jsonb(s) INTO v_old FROM mesh.schema_versions s
            WHERE s.subject_id = (v_new->>'subject_id')::uuid AND s.version = (v_new->>'version')::integer;
            IF v_old IS NULL THEN
                IF NOT EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(v_index->('addSchemaVersion:' || v_key), '[]')) c
                               WHERE c->>'text' = v_new->>'text' AND c->>'format' = v_new->>'format') THEN
                    PERFORM mesh.refuse(format('schema %s is written but no change of the batch adds it', v_key));
                END IF;
            ELSE
                IF v_old->>'text' IS DISTINCT FROM v_new->>'text' OR v_old->>'format' IS DISTINCT FROM v_new->>'format' THEN
                    PERFORM mesh.refuse(format('schema %s: a schema version''s format and text never change once added', v_key));
                END IF;
                IF NOT v_index ? ('updateSchemaVersion:' || v_key) THEN
                    PERFORM mesh.refuse(format('schema %s is changed but no change of the batch updates it', v_key));
                END IF;
            END IF;
            IF NOT v_approver AND mesh.is_lifecycle_decision(v_old->>'lifecycle', v_new->>'lifecycle') THEN
                PERFORM mesh.deny(format('moving schema %s from %s to %s is an approver''s decision', v_key,
                                         COALESCE(v_old->>'lifecycle', 'nothing'), v_new->>'lifecycle'));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_schema_versions) > 0 THEN
        FOR v_row IN SELECT value FROM jsonb_array_elements(v_drop_schema_versions) LOOP
            v_key := (v_row->>'subject_id') || ':' || (v_row->>'version');
            IF NOT (v_index ? ('removeSchemaVersion:' || v_key) OR v_index ? ('delete:' || (v_row->>'subject_id'))) THEN
                PERFORM mesh.refuse(format('schema %s is removed but no change of the batch removes it', v_key));
            END IF;
            SELECT to_jsonb(s) INTO v_old FROM mesh.schema_versions s
            WHERE s.subject_id = (v_row->>'subject_id')::uuid AND s.version = (v_row->>'version')::integer;
            IF v_old IS NOT NULL AND NOT v_approver AND mesh.is_lifecycle_decision(v_old->>'lifecycle', NULL) THEN
                PERFORM mesh.deny(format('removing the %s schema %s is an approver''s decision', v_old->>'lifecycle', v_key));
            END IF;
        END LOOP;
    END IF;

    -- Diagrams, placements, rule settings and reviews: each row named by a change.
    IF jsonb_array_length(v_put_diagrams) > 0 THEN
        FOR v_row IN SELECT value FROM jsonb_array_elements(v_put_diagrams) LOOP
            v_key := v_row->>'id';
            SELECT to_jsonb(d) INTO v_old FROM mesh.diagrams d WHERE d.id = v_key::uuid;
            IF NOT ((v_index ? ('createDiagram:' || v_key) AND v_index->('createDiagram:' || v_key)->0->>'kind' = v_row->>'kind')
                    OR (v_index ? ('updateDiagram:' || v_key) AND v_old->>'kind' = v_row->>'kind')) THEN
                PERFORM mesh.refuse(format('diagram %s is written but no change of the batch makes it so', v_key));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_diagrams) > 0 THEN
        FOR v_key IN SELECT value FROM jsonb_array_elements_text(v_drop_diagrams) LOOP
            IF NOT v_index ? ('deleteDiagram:' || v_key) THEN
                PERFORM mesh.refuse(format('diagram %s is removed but no change of the batch deletes it', v_key));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_placements) + jsonb_array_length(v_put_placements) > 0 THEN
        FOR v_row IN SELECT value FROM jsonb_array_elements(v_put_placements)
                     UNION ALL SELECT value FROM jsonb_array_elements(v_drop_placements) LOOP
            IF NOT (v_index ? ('placement:' || (v_row->>'diagram_id') || ':' || (v_row->>'element_id'))
                    OR v_index ? ('delete:' || (v_row->>'element_id')) OR v_index ? ('deleteDiagram:' || (v_row->>'diagram_id'))) THEN
                PERFORM mesh.refuse(format('the placement of %s on diagram %s is written but no change of the batch names it',
                                           v_row->>'element_id', v_row->>'diagram_id'));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_rule_settings) + jsonb_array_length(v_put_rule_settings) > 0 THEN
        FOR v_key IN SELECT value->>'rule_id' FROM jsonb_array_elements(v_put_rule_settings)
                     UNION ALL SELECT value FROM jsonb_array_elements_text(v_drop_rule_settings) LOOP
            IF NOT v_index ? ('rule:' || v_key) THEN
                PERFORM mesh.refuse(format('rule %s is set but no change of the batch sets it', v_key));
            END IF;
            IF NOT v_approver THEN
                PERFORM mesh.deny(format('setting rule %s is an approver''s decision', v_key));
            END IF;
        END LOOP;
    END IF;
    IF jsonb_array_length(v_drop_reviews) + jsonb_array_length(v_put_reviews) > 0 THEN
        FOR v_key IN SELECT value->>'id' FROM jsonb_array_elements(v_put_reviews)
                     UNION ALL SELECT value FROM jsonb_array_elements_text(v_drop_reviews) LOOP
            IF NOT v_index ? ('review:' || v_key) THEN
                PERFORM mesh.refuse(format('review %s is written but no change of the batch names it', v_key));
            END IF;
        END LOOP;
    END IF;

    -- The rows themselves: removed, then written (references are checked at commit).
    IF jsonb_array_length(v_drop_placements) > 0 THEN
        DELETE FROM mesh.placements p USING jsonb_array_elements(v_drop_placements) k
        WHERE p.diagram_id = (k->>'diagram_id')::uuid AND p.element_id = (k->>'element_id')::uuid;
    END IF;
    IF jsonb_array_length(v_drop_relations) > 0 THEN
        DELETE FROM mesh.relations r WHERE r.id IN (SELECT value::uuid FROM jsonb_array_elements_text(v_drop_relations));
    END IF;
    IF jsonb_array_length(v_drop_schema_versions) > 0 THEN
        DELETE FROM mesh.schema_versions s USING jsonb_array_elements(v_drop_schema_versions) k
        WHERE s.subject_id = (k->>'subject_id')::uuid AND s.version = (k->>'version')::integer;
    END IF;
    IF jsonb_array_length(v_drop_diagrams) > 0 THEN
        DELETE FROM mesh.diagrams d WHERE d.id IN (SELECT value::uuid FROM jsonb_array_elements_text(v_drop_diagrams));
    END IF;
    IF jsonb_array_length(v_drop_elements) > 0 THEN
        DELETE FROM mesh.elements e WHERE e.id IN (SELECT value::uuid FROM jsonb_array_elements_text(v_drop_elements));
    END IF;
    IF jsonb_array_length(v_drop_rule_settings) > 0 THEN
        DELETE FROM mesh.rule_settings s WHERE s.rule_id IN (SELECT value FROM jsonb_array_elements_text(v_drop_rule_settings));
    END IF;
    IF jsonb_array_length(v_drop_reviews) > 0 THEN
        DELETE FROM mesh.reviews v WHERE v.id IN (SELECT value::uuid FROM jsonb_array_elements_text(v_drop_reviews));
    END IF;
    IF jsonb_array_length(v_put_elements) > 0 THEN
        INSERT INTO mesh.elements(id, kind, name, context_id, description, owner, tags, lifecycle, attributes)
        SELECT r.id, r.kind, r.name, r.context_id, r.description, r.owner, r.tags, r.lifecycle, r.attributes
        FROM jsonb_populate_recordset(NULL::mesh.elements, v_put_elements) r
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, context_id = excluded.context_id,
            description = excluded.description, owner = excluded.owner, tags = excluded.tags,
            lifecycle = excluded.lifecycle, attributes = excluded.attributes;
    END IF;
    IF jsonb_array_length(v_put_relations) > 0 THEN
        INSERT INTO mesh.relations(id, kind, from_id, to_id, description)
        SELECT r.id, r.kind, r.from_id, r.to_id, r.description
        FROM jsonb_populate_recordset(NULL::mesh.relations, v_put_relations) r
        ON CONFLICT (id) DO UPDATE SET description = excluded.description;
    END IF;
    IF jsonb_array_length(v_put_schema_versions) > 0 THEN
        INSERT INTO mesh.schema_versions(subject_id, version, format, compatibility, lifecycle, text)
        SELECT r.subject_id, r.version, r.format, r.compatibility, r.lifecycle, r.text
        FROM jsonb_populate_recordset(NULL::mesh.schema_versions, v_put_schema_versions) r
        ON CONFLICT (subject_id, version) DO UPDATE SET compatibility = excluded.compatibility, lifecycle = excluded.lifecycle;
    END IF;
    IF jsonb_array_length(v_put_diagrams) > 0 THEN
        INSERT INTO mesh.diagrams(id, name, kind, slices, routes)
        SELECT r.id, r.name, r.kind, COALESCE(r.slices, '[]'), COALESCE(r.routes, '{}')
        FROM jsonb_populate_recordset(NULL::mesh.diagrams, v_put_diagrams) r
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, slices = excluded.slices, routes = excluded.routes;
    END IF;
    IF jsonb_array_length(v_put_placements) > 0 THEN
        INSERT INTO mesh.placements(diagram_id, element_id, x, y, width, height, lane, pinned)
        SELECT r.diagram_id, r.element_id, r.x, r.y, r.width, r.height, r.lane, COALESCE(r.pinned, 0)
        FROM jsonb_populate_recordset(NULL::mesh.placements, v_put_placements) r
        ON CONFLICT (diagram_id, element_id) DO UPDATE SET x = excluded.x, y = excluded.y, width = excluded.width,
            height = excluded.height, lane = excluded.lane, pinned = excluded.pinned;
    END IF;
    IF jsonb_array_length(v_put_rule_settings) > 0 THEN
        INSERT INTO mesh.rule_settings(rule_id, enabled, severity, parameters)
        SELECT r.rule_id, r.enabled, r.severity, r.parameters
        FROM jsonb_populate_recordset(NULL::mesh.rule_settings, v_put_rule_settings) r
        ON CONFLICT (rule_id) DO UPDATE SET enabled = excluded.enabled, severity = excluded.severity, parameters = excluded.parameters;
    END IF;
    IF jsonb_array_length(v_put_reviews) > 0 THEN
        INSERT INTO mesh.reviews(id, document)
        SELECT r.id, r.document FROM jsonb_populate_recordset(NULL::mesh.reviews, v_put_reviews) r
        ON CONFLICT (id) DO UPDATE SET document = excluded.document;
    END IF;
    RETURN v_revision;
END
$$;

-- Presence: each studio writes its own row, as the user it connected as.
CREATE FUNCTION mesh.announce_presence(p_client text, p_display text, p_diagram text, p_selection text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT mesh.caller_holds('viewer') THEN
        RAISE EXCEPTION '% may not read this catalog', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO mesh.presence AS p (client_id, user_name, display_name, diagram, selection, seen_at)
    VALUES (left(p_client, 100), session_user, left(COALESCE(p_display, ''), 200), left(p_diagram, 100),
            left(p_selection, 100000), clock_timestamp())
    ON CONFLICT (client_id) DO UPDATE SET display_name = excluded.display_name, diagram = excluded.diagram,
        selection = excluded.selection, seen_at = excluded.seen_at
    WHERE p.user_name = session_user;
    -- Rows nobody refreshed for a day are gone for good.
    DELETE FROM mesh.presence p WHERE p.seen_at < clock_timestamp() - interval '1 day';
END
$$;

CREATE FUNCTION mesh.withdraw_presence(p_client text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DELETE FROM mesh.presence p WHERE p.client_id = p_client AND p.user_name = session_user
$$;

-- Makes USER a viewer, modeler or approver of this catalog only. Run by the owner.
CREATE FUNCTION mesh.grant_role(p_user text, p_role text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_other text;
BEGIN
    IF p_role NOT IN ('viewer', 'modeler', 'approver') THEN
        RAISE EXCEPTION 'unknown role "%"', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_user) THEN
        RAISE EXCEPTION 'no database user "%"', p_user USING ERRCODE = 'undefined_object';
    END IF;
    FOREACH v_other IN ARRAY ARRAY['viewer', 'modeler', 'approver'] LOOP
        IF pg_catalog.pg_has_role(p_user, mesh.role_name(v_other), 'USAGE')
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members a
                       WHERE a.roleid = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = mesh.role_name(v_other))
                         AND a.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = p_user)) THEN
            EXECUTE format('REVOKE %I FROM %I', mesh.role_name(v_other), p_user);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', mesh.role_name(p_role), p_user);
END
$$;

-- Privileges: reading for the catalog's roles, the write functions for its writers.
REVOKE ALL ON ALL TABLES IN SCHEMA mesh FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mesh FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA mesh TO %I', mesh.role_name('viewer'));
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA mesh TO %I', mesh.role_name('viewer'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION mesh.role_name(text), mesh.caller_holds(text), mesh.caller_owns_catalog(), '
                   'mesh.announce_presence(text, text, text, text), mesh.withdraw_presence(text) TO %I', mesh.role_name('viewer'));
    EXECUTE format('GRANT EXECUTE ON FUNCTION mesh.lock_writers(), mesh.is_lifecycle_decision(text, text), '
                   'mesh.element_columns(jsonb), mesh.refuse(text), mesh.deny(text), '
                   'mesh.commit_batch(bigint, text, jsonb, text, jsonb, text, text) TO %I', mesh.role_name('modeler'));
END
$$;
