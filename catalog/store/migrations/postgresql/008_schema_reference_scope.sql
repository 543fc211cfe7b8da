-- Schema version 8: a schema version may use only what the studio lets it use, so that a
-- batch written by hand (psql) cannot store a schema whose references no export resolves.
--
-- * A type a text uses and does not declare must be declared by the latest version of
--   another subject: not by an older version of its own subject, nor by a version another
--   subject has since replaced (the studio resolves, and every export writes registry
--   references, against the latest version of each other subject).
-- * A JSON Schema's `$ref` to another document must name, once read against the root's `$id`
--   as RFC 3986 reads a relative reference, the root `$id` of the latest JSON Schema version
--   of another subject. Refs into the document itself ("#...", or the root's own `$id`) and
--   the values of const, enum, default and examples (data, not schemas) are not references.
-- Refusals are SQLSTATE 23514 and name the subject, the version and the reference.

-- RFC 3986 (appendix B) splits a URI reference into scheme, authority, path, query, fragment.
CREATE FUNCTION mesh.uri_parts(p_uri text) RETURNS text[]
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT ARRAY[m[2], m[4], COALESCE(m[5], ''), m[7], m[9]]
    FROM (SELECT regexp_match(p_uri, '^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$') AS m) parts
$$;

-- RFC 3986 section 5.2.4.
CREATE FUNCTION mesh.uri_without_dot_segments(p_path text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_input text := p_path;
    v_output text := '';
    v_segment text;
BEGIN
    WHILE v_input <> '' LOOP
        IF v_input LIKE '../%' THEN
            v_input := substr(v_input, 4);
        ELSIF v_input LIKE './%' THEN
            v_input := substr(v_input, 3);
        ELSIF v_input LIKE '/./%' THEN
            v_input := substr(v_input, 3);
        ELSIF v_input = '/.' THEN
            v_input := '/';
        ELSIF v_input LIKE '/../%' OR v_input = '/..' THEN
            v_input := '/' || substr(v_input, CASE WHEN v_input = '/..' THEN 4 ELSE 5 END);
            v_output := regexp_replace(v_output, '/?[^/]*$', '');
        ELSIF v_input IN ('.', '..') THEN
            v_input := '';
        ELSE
            v_segment := substring(v_input FROM '^/?[^/]*');
            v_output := v_output || v_segment;
            v_input := substr(v_input, length(v_segment) + 1);
        END IF;
    END LOOP;
    RETURN v_output;
END
$$;

-- A URI without its fragment, scheme and host in lower case (as the studio's QUrl writes it).
CREATE FUNCTION mesh.uri_text(p_scheme text, p_authority text, p_path text, p_query text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT COALESCE(lower(p_scheme) || ':', '')
        || COALESCE('//' || COALESCE(substring(p_authority FROM '^(.*@)'), '')
                         || lower(regexp_replace(p_authority, '^.*@', '')), '')
        || p_path || COALESCE('?' || p_query, '')
$$;

-- The absolute form of a `$ref`'s document part, read against the root's `$id` (RFC 3986
-- section 5.2.2), without a fragment: the name the referenced document is found by.
CREATE FUNCTION mesh.json_ref_target(p_root_id text, p_ref text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r text[] := mesh.uri_parts(p_ref);
    b text[];
    v_path text;
BEGIN
    IF r IS NULL THEN
        RETURN split_part(p_ref, '#', 1);
    END IF;
    IF p_root_id = '' OR r[1] IS NOT NULL THEN
        RETURN mesh.uri_text(r[1], r[2], CASE WHEN r[1] IS NULL THEN r[3] ELSE mesh.uri_without_dot_segments(r[3]) END, r[4]);
    END IF;
    b := mesh.uri_parts(p_root_id);
    IF b IS NULL THEN
        RETURN mesh.uri_text(NULL, r[2], r[3], r[4]);
    END IF;
    IF r[2] IS NOT NULL THEN
        RETURN mesh.uri_text(b[1], r[2], mesh.uri_without_dot_segments(r[3]), r[4]);
    END IF;
    IF r[3] = '' THEN
        RETURN mesh.uri_text(b[1], b[2], b[3], COALESCE(r[4], b[4]));
    END IF;
    IF r[3] LIKE '/%' THEN
        v_path := r[3];
    ELSIF b[2] IS NOT NULL AND b[3] = '' THEN
        v_path := '/' || r[3];
    ELSE
        v_path := regexp_replace(b[3], '[^/]*$', '') || r[3];
    END IF;
    RETURN mesh.uri_text(b[1], b[2], mesh.uri_without_dot_segments(v_path), r[4]);
END
$$;

-- The root `$id` without a fragment ("" when there is none, or when it is not a string).
CREATE FUNCTION mesh.json_document_id(p_document jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_parts text[];
BEGIN
    IF jsonb_typeof(p_document->'$id') IS DISTINCT FROM 'string' OR p_document->>'$id' = '' THEN
        RETURN '';
    END IF;
    v_parts := mesh.uri_parts(p_document->>'$id');
    IF v_parts IS NULL THEN
        RETURN split_part(p_document->>'$id', '#', 1);
    END IF;
    RETURN mesh.uri_text(v_parts[1], v_parts[2], v_parts[3], v_parts[4]);
END
$$;

-- What a JSON Schema declares (its root `$id`) and the other documents its `$ref`s name,
-- each once, in the outline's shape (declared, external with name and candidates).
CREATE FUNCTION mesh.jsonschema_outline(p_document jsonb) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_root text := mesh.json_document_id(p_document);
    v_external jsonb;
BEGIN
    WITH RECURSIVE walk(node) AS (
        SELECT p_document
        UNION ALL
        SELECT child.value
        FROM walk, LATERAL (
            SELECT m.value FROM jsonb_each(CASE WHEN jsonb_typeof(walk.node) = 'object' THEN walk.node END) m
            WHERE m.key NOT IN ('const', 'enum', 'default', 'examples')
                  AND NOT (m.key = '$ref' AND jsonb_typeof(m.value) = 'string')
            UNION ALL
            SELECT a.value FROM jsonb_array_elements(CASE WHEN jsonb_typeof(walk.node) = 'array' THEN walk.node END) a
        ) child
        WHERE jsonb_typeof(child.value) IN ('object', 'array')
    ), refs AS (
        SELECT node->>'$ref' AS ref FROM walk
        WHERE jsonb_typeof(node) = 'object' AND jsonb_typeof(node->'$ref') = 'string' AND NOT (node->>'$ref' LIKE '#%')
    ), targets AS (
        SELECT DISTINCT ON (target) ref, target
        FROM (SELECT ref, mesh.json_ref_target(v_root, ref) AS target FROM refs) t
        WHERE v_root = '' OR target <> v_root
        ORDER BY target, ref
    )
    SELECT COALESCE(jsonb_agg(jsonb_build_object('name', target, 'candidates', jsonb_build_array(target),
                                                 'where', format('the $ref "%s"', ref)) ORDER BY target), '[]'::jsonb)
    INTO v_external FROM targets;
    RETURN jsonb_build_object('declared', CASE WHEN v_root = '' THEN '[]'::jsonb ELSE jsonb_build_array(v_root) END,
                              'external', v_external);
END
$$;

CREATE OR REPLACE FUNCTION mesh.schema_outline(p_format text, p_text text) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_json jsonb;
BEGIN
    IF octet_length(p_text) > 1048576 THEN
        PERFORM mesh.schema_error(NULL, NULL, format('a schema text is at most 1 MiB (this one is %s bytes)', octet_length(p_text)));
    END IF;
    IF btrim(p_text, E' \t\r\n') = '' THEN
        PERFORM mesh.schema_error(NULL, NULL, 'a schema version needs a text');
    END IF;
    IF p_format = 'protobuf' THEN
        RETURN mesh.protobuf_outline(p_text);
    END IF;
    v_json := mesh.schema_json(p_text);
    IF p_format = 'jsonschema' THEN
        IF jsonb_typeof(v_json) <> 'object' THEN
            PERFORM mesh.schema_error(NULL, NULL, 'a JSON Schema document is an object');
        END IF;
        RETURN mesh.jsonschema_outline(v_json);
    END IF;
    RETURN mesh.avro_walk(v_json, '', '', 0, jsonb_build_object('declared', '[]'::jsonb, 'external', '[]'::jsonb));
END
$$;

CREATE OR REPLACE FUNCTION mesh.schema_version_placed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_kind text;
    v_use jsonb;
    v_count bigint;
    v_max integer;
BEGIN
    SELECT e.kind INTO v_kind FROM mesh.elements e WHERE e.id = NEW.subject_id;
    IF v_kind IS NOT NULL AND v_kind NOT IN ('Command', 'Event', 'ReadModel') THEN
        RAISE EXCEPTION 'schema version % of %: only events, commands and read models have schemas', NEW.version, NEW.subject_id
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT count(*), max(s.version) INTO v_count, v_max FROM mesh.schema_versions s WHERE s.subject_id = NEW.subject_id;
    IF v_count <> v_max THEN
        RAISE EXCEPTION 'schema version % of % does not follow the latest: a subject''s versions count 1, 2, 3... (it has % of them up to %)',
            NEW.version, NEW.subject_id, v_count, v_max USING ERRCODE = 'check_violation';
    END IF;
    FOR v_use IN SELECT value FROM jsonb_array_elements(mesh.schema_outline(NEW.format, NEW.text)->'external') LOOP
        CONTINUE WHEN NEW.format = 'protobuf' AND EXISTS (
            SELECT 1 FROM jsonb_array_elements_text(v_use->'candidates') c WHERE c IN ('google.protobuf.Any', 'google.protobuf.Api',
                'google.protobuf.BoolValue', 'google.protobuf.BytesValue', 'google.protobuf.DoubleValue', 'google.protobuf.Duration',
                'google.protobuf.Empty', 'google.protobuf.Enum', 'google.protobuf.EnumValue', 'google.protobuf.Field',
                'google.protobuf.Field.Kind', 'google.protobuf.Field.Cardinality', 'google.protobuf.FieldMask',
                'google.protobuf.FloatValue', 'google.protobuf.Int32Value', 'google.protobuf.Int64Value', 'google.protobuf.ListValue',
                'google.protobuf.Method', 'google.protobuf.Mixin', 'google.protobuf.NullValue', 'google.protobuf.Option',
                'google.protobuf.SourceContext', 'google.protobuf.StringValue', 'google.protobuf.Struct', 'google.protobuf.Syntax',
                'google.protobuf.Timestamp', 'google.protobuf.Type', 'google.protobuf.UInt32Value', 'google.protobuf.UInt64Value',
                'google.protobuf.Value', 'google.protobuf.FileOptions', 'google.protobuf.MessageOptions', 'google.protobuf.FieldOptions',
                'google.protobuf.OneofOptions', 'google.protobuf.EnumOptions', 'google.protobuf.EnumValueOptions',
                'google.protobuf.ServiceOptions', 'google.protobuf.MethodOptions', 'google.protobuf.ExtensionRangeOptions'));
        -- Declared by the latest version of another subject, the one each export references.
        CONTINUE WHEN EXISTS (
            SELECT 1 FROM mesh.schema_declarations d
            WHERE d.format = NEW.format AND d.subject_id <> NEW.subject_id
              AND d.full_name IN (SELECT jsonb_array_elements_text(v_use->'candidates'))
              AND d.version = (SELECT max(s.version) FROM mesh.schema_versions s WHERE s.subject_id = d.subject_id));
        IF NEW.format = 'jsonschema' THEN
            PERFORM mesh.schema_refusal(NEW.subject_id, NEW.version, NEW.format,
                format('%s names no JSON Schema of this catalog (no other subject''s latest version has the $id %s)',
                       v_use->>'where', v_use->>'name'));
        END IF;
        PERFORM mesh.schema_refusal(NEW.subject_id, NEW.version, NEW.format,
            format('%s%s uses the type %s, which neither this schema nor the latest schema of any other subject of this catalog declares',
                   CASE WHEN v_use ? 'line' THEN format('line %s, column %s: ', v_use->>'line', v_use->>'column') ELSE '' END,
                   COALESCE(v_use->>'where', 'it'), v_use->>'name'));
    END LOOP;
    RETURN NULL;
END
$$;

-- What the JSON Schema versions stored before this migration declare (their root `$id`).
DO $$
DECLARE
    v_row record;
BEGIN
    FOR v_row IN SELECT subject_id, version, text FROM mesh.schema_versions WHERE format = 'jsonschema' LOOP
        BEGIN
            INSERT INTO mesh.schema_declarations(subject_id, version, format, full_name)
            SELECT DISTINCT v_row.subject_id, v_row.version, 'jsonschema', d
            FROM jsonb_array_elements_text(mesh.schema_outline('jsonschema', v_row.text)->'declared') d;
        EXCEPTION WHEN check_violation OR statement_too_complex OR program_limit_exceeded THEN
            RAISE WARNING 'schema version % of % does not pass the new checks: %', v_row.version, v_row.subject_id, SQLERRM;
        END;
    END LOOP;
END
$$;

-- Only the write functions (as the catalog's owner) run these.
REVOKE ALL ON FUNCTION mesh.uri_parts(text), mesh.uri_without_dot_segments(text), mesh.uri_text(text, text, text, text),
    mesh.json_ref_target(text, text), mesh.json_document_id(jsonb), mesh.jsonschema_outline(jsonb) FROM PUBLIC;
