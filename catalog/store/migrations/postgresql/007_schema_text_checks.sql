-- Schema version 7: the server checks a schema version's text when it is added, as the studio
-- does before it sends it, so that a batch written by hand (psql) cannot store a schema every
-- export and registry would refuse.
--
-- * JSON Schema and Avro texts are JSON; Avro's types are checked as the specification
--   defines them (names, fields, symbols, sizes, every named type declared before use).
-- * Protobuf texts are read by a parser of the .proto grammar (proto2 and proto3) that checks
--   what protoc checks of one file: statements, field numbers (range, reserved, unique),
--   names unique in their scope, proto3's rules, enum values, map keys.
-- * A type the text uses and does not declare must be declared by another schema version of
--   the catalog (or be a well-known google.protobuf type); mesh.schema_declarations lists what
--   each version declares, filled by the same checks.
-- * A text is at most 1 MiB; the checks take time in proportion to its size.
-- * A channel's topic is one Kafka accepts.
-- * A version belongs to an event, a command or a read model, and a subject's versions count
--   1, 2, 3... without a gap.
-- Refusals are SQLSTATE 23514 and name the subject, the version, the line and the column.

-- Schema Registry keeps each schema in one Kafka record (1 MB by default); a text larger than
-- 1 MiB would not register anywhere, and no check below has to read more. NOT VALID: a
-- catalog upgraded in place keeps what it has.
ALTER TABLE mesh.schema_versions
    ADD CONSTRAINT schema_versions_text_size CHECK (octet_length(text) <= 1048576) NOT VALID;

-- A channel's topic is a name Kafka accepts (kafka.common.Topic), as the studio checks when
-- it is set: otherwise every topic export would be refused by the cluster.
ALTER TABLE mesh.elements
    ADD CONSTRAINT elements_channel_topic_kafka CHECK (kind <> 'Channel' OR attributes IS NULL
        OR NOT (attributes::jsonb ? 'topic') OR jsonb_typeof(attributes::jsonb->'topic') = 'null'
        OR (jsonb_typeof(attributes::jsonb->'topic') = 'string'
            AND (attributes::jsonb->>'topic') ~ '^[a-zA-Z0-9._-]{1,249}$' AND (attributes::jsonb->>'topic') NOT IN ('.', '..'))) NOT VALID;

CREATE TABLE mesh.schema_declarations (
    subject_id uuid NOT NULL,
    version integer NOT NULL,
    format text NOT NULL,
    full_name text NOT NULL,
    FOREIGN KEY (subject_id, version) REFERENCES mesh.schema_versions(subject_id, version)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX schema_declarations_by_name ON mesh.schema_declarations(format, full_name);

CREATE FUNCTION mesh.schema_error(p_line integer, p_column integer, p_message text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF p_line IS NULL THEN
        RAISE EXCEPTION '%', p_message USING ERRCODE = 'check_violation';
    END IF;
    RAISE EXCEPTION 'line %, column %: %', p_line, p_column, p_message USING ERRCODE = 'check_violation';
END
$$;

-- The text as jsonb, or a refusal naming where JSON reading stopped.
CREATE FUNCTION mesh.schema_json(p_text text) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_detail text;
    v_context text;
BEGIN
    BEGIN
        RETURN p_text::jsonb;
    EXCEPTION WHEN untranslatable_character THEN
        -- jsonb cannot hold \u0000, which JSON allows: read the text with it spelled otherwise.
        RETURN mesh.schema_json(replace(p_text, '\u0000', '\u0020'));
    WHEN invalid_text_representation OR invalid_parameter_value OR program_limit_exceeded OR statement_too_complex THEN
        GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_context = PG_EXCEPTION_CONTEXT;
        v_context := substring(v_context FROM 'JSON data, (line [0-9]+)');
        PERFORM mesh.schema_error(NULL, NULL, format('not valid JSON%s: %s', COALESCE(' at ' || v_context, ''),
                                                     COALESCE(NULLIF(v_detail, ''), SQLERRM)));
    END;
    RETURN NULL;
END
$$;

CREATE FUNCTION mesh.avro_name_valid(p_name text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT p_name ~ '^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$'
$$;

-- Walks an Avro schema. p_state: {"declared": [full names], "external": [{name, candidates, path}]};
-- a type name not declared before it is used goes to "external" for the catalog to resolve.
CREATE FUNCTION mesh.avro_walk(p_schema jsonb, p_namespace text, p_path text, p_depth integer, p_state jsonb) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_type text;
    v_name text;
    v_full text;
    v_space text;
    v_item jsonb;
    v_index integer := 0;
    v_where text := COALESCE(NULLIF(p_path, ''), 'schema');
    v_candidates text[];
BEGIN
    IF p_depth > 64 THEN
        PERFORM mesh.schema_error(NULL, NULL, 'the schema nests deeper than 64 levels');
    END IF;
    CASE jsonb_typeof(p_schema)
    WHEN 'array' THEN
        FOR v_item IN SELECT value FROM jsonb_array_elements(p_schema) LOOP
            IF jsonb_typeof(v_item) = 'array' THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s[%s]: a union cannot hold a union', v_where, v_index));
            END IF;
            p_state := mesh.avro_walk(v_item, p_namespace, format('%s[%s]', p_path, v_index), p_depth + 1, p_state);
            v_index := v_index + 1;
        END LOOP;
        RETURN p_state;
    WHEN 'string' THEN
        v_name := p_schema #>> '{}';
        IF v_name IN ('null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string') THEN
            RETURN p_state;
        END IF;
        IF NOT mesh.avro_name_valid(v_name) THEN
            PERFORM mesh.schema_error(NULL, NULL, format('%s: unknown type "%s"', v_where, v_name));
        END IF;
        v_candidates := CASE WHEN position('.' IN v_name) > 0 OR p_namespace = '' THEN ARRAY[v_name]
                             ELSE ARRAY[p_namespace || '.' || v_name, v_name] END;
        IF NOT (p_state->'declared') ?| v_candidates THEN
            p_state := jsonb_set(p_state, '{external}', (p_state->'external')
                || jsonb_build_object('name', v_name, 'candidates', to_jsonb(v_candidates), 'where', v_where));
        END IF;
        RETURN p_state;
    WHEN 'object' THEN
        NULL;
    ELSE
        PERFORM mesh.schema_error(NULL, NULL, format('%s: a schema is a type name, an object or an array (union)', v_where));
    END CASE;

    IF jsonb_typeof(p_schema->'type') IS DISTINCT FROM 'string' THEN
        PERFORM mesh.schema_error(NULL, NULL, format('%s: "type" names a type', v_where));
    END IF;
    v_type := p_schema->>'type';
    IF v_type IN ('record', 'error', 'enum', 'fixed') THEN
        v_name := p_schema->>'name';
        IF jsonb_typeof(p_schema->'name') IS DISTINCT FROM 'string' OR v_name = '' THEN
            PERFORM mesh.schema_error(NULL, NULL, format('%s: a %s needs a name', v_where, v_type));
        END IF;
        v_space := CASE WHEN jsonb_typeof(p_schema->'namespace') = 'string' THEN p_schema->>'namespace' ELSE p_namespace END;
        v_full := CASE WHEN position('.' IN v_name) > 0 OR v_space = '' THEN v_name ELSE v_space || '.' || v_name END;
        IF NOT mesh.avro_name_valid(v_full) THEN
            PERFORM mesh.schema_error(NULL, NULL, format('%s: "%s" is not a valid Avro name', v_where, v_full));
        END IF;
        IF (p_state->'declared') ? v_full THEN
            PERFORM mesh.schema_error(NULL, NULL, format('%s: the type %s is defined twice', v_where, v_full));
        END IF;
        p_state := jsonb_set(p_state, '{declared}', (p_state->'declared') || to_jsonb(v_full));
        v_space := regexp_replace(v_full, '\.?[^.]*$', '');
        IF v_type = 'enum' THEN
            IF jsonb_typeof(p_schema->'symbols') IS DISTINCT FROM 'array' THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s: an enum needs its symbols', v_where));
            END IF;
            SELECT value INTO v_item FROM jsonb_array_elements(p_schema->'symbols')
            WHERE jsonb_typeof(value) IS DISTINCT FROM 'string' OR NOT (value #>> '{}') ~ '^[A-Za-z_][A-Za-z0-9_]*$' LIMIT 1;
            IF FOUND THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s: %s is not a valid enum symbol', v_where, v_item));
            END IF;
            SELECT value INTO v_item FROM jsonb_array_elements(p_schema->'symbols') GROUP BY value HAVING count(*) > 1 LIMIT 1;
            IF FOUND THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s: the symbol %s appears twice', v_where, v_item));
            END IF;
        ELSIF v_type = 'fixed' THEN
            IF jsonb_typeof(p_schema->'size') IS DISTINCT FROM 'number' OR (p_schema->>'size')::numeric < 0
               OR (p_schema->>'size')::numeric <> trunc((p_schema->>'size')::numeric) THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s: a fixed needs its size', v_where));
            END IF;
        ELSE
            IF jsonb_typeof(p_schema->'fields') IS DISTINCT FROM 'array' THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s: a record needs its fields', v_where));
            END IF;
            SELECT value->>'name' INTO v_name FROM jsonb_array_elements(p_schema->'fields')
            WHERE jsonb_typeof(value->'name') = 'string' GROUP BY value->>'name' HAVING count(*) > 1 LIMIT 1;
            IF FOUND THEN
                PERFORM mesh.schema_error(NULL, NULL, format('%s: the field "%s" appears twice', v_where, v_name));
            END IF;
            FOR v_item IN SELECT value FROM jsonb_array_elements(p_schema->'fields') LOOP
                v_name := v_item->>'name';
                IF jsonb_typeof(v_item->'name') IS DISTINCT FROM 'string' OR v_name = '' THEN
                    PERFORM mesh.schema_error(NULL, NULL, format('%s: a field needs a name', v_where));
                END IF;
                IF NOT v_name ~ '^[A-Za-z_][A-Za-z0-9_]*$' THEN
                    PERFORM mesh.schema_error(NULL, NULL, format('%s: "%s" is not a valid field name', v_where, v_name));
                END IF;
                IF NOT v_item ? 'type' THEN
                    PERFORM mesh.schema_error(NULL, NULL, format('%s.%s: a field needs a type', p_path, v_name));
                END IF;
                -- primitives need no walk (a record of many fields is not copied for each)
                CONTINUE WHEN v_item->>'type' IN ('null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string')
                              AND jsonb_typeof(v_item->'type') = 'string';
                p_state := mesh.avro_walk(v_item->'type', v_space, CASE WHEN p_path = '' THEN v_name ELSE p_path || '.' || v_name END,
                                          p_depth + 1, p_state);
            END LOOP;
        END IF;
        RETURN p_state;
    ELSIF v_type = 'array' THEN
        IF NOT p_schema ? 'items' THEN
            PERFORM mesh.schema_error(NULL, NULL, format('%s: an array needs its items', v_where));
        END IF;
        RETURN mesh.avro_walk(p_schema->'items', p_namespace, p_path || '[]', p_depth + 1, p_state);
    ELSIF v_type = 'map' THEN
        IF NOT p_schema ? 'values' THEN
            PERFORM mesh.schema_error(NULL, NULL, format('%s: a map needs its values', v_where));
        END IF;
        RETURN mesh.avro_walk(p_schema->'values', p_namespace, p_path || '{}', p_depth + 1, p_state);
    END IF;
    RETURN mesh.avro_walk(p_schema->'type', p_namespace, p_path, p_depth + 1, p_state);
END
$$;

-- What a .proto text declares and the type names it uses without declaring them:
-- {"declared": [full names of messages and enums], "external": [{name, candidates, line, column}]}.
-- Refuses what protoc refuses of a single file (see the header).
CREATE FUNCTION mesh.protobuf_outline(p_text text) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    c_scalars constant text[] := ARRAY['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64',
        'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes'];
    c_map_keys constant text[] := ARRAY['int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64',
        'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string'];
    t text[] := '{}';       -- the tokens, without spaces and comments
    tl integer[] := '{}';   -- their lines
    tc integer[] := '{}';   -- their columns
    n integer;
    i integer := 1;
    v_tok text;
    v_line integer := 1;
    v_col integer := 1;
    v_last integer;
    v_proto3 boolean := false;
    v_package text := '';
    v_statements integer := 0;
    -- The scopes open at i: kind (file, message, enum, oneof, service, rpc, extend) and full name;
    -- a oneof's and an extend's fields count in the message around them.
    s_kind text[] := ARRAY['file'];
    s_name text[] := ARRAY[''];
    v_depth integer := 1;
    v_kind text;
    v_scope text;
    v_message text;         -- the message whose fields a field statement adds to
    s_values integer[] := ARRAY[0];  -- per open scope: the values an enum has so far
    -- What the text declares and uses, in the order met, as parallel arrays: checked together
    -- at the end with set operations, so that a large text costs no more than its size.
    y_name text[] := '{}';       -- every full name declared: types, fields, oneofs, enum values, services, methods
    y_line integer[] := '{}';
    y_col integer[] := '{}';
    v_types text[] := '{}';      -- message and enum full names
    u_name text[] := '{}';       -- the type names used, with the scope they are looked up from
    u_scope text[] := '{}';
    u_line integer[] := '{}';
    u_col integer[] := '{}';
    f_owner text[] := '{}';      -- fields (of their message) and enum values (of their enum)
    f_name text[] := '{}';
    f_number numeric[] := '{}';
    f_enum boolean[] := '{}';
    f_line integer[] := '{}';
    f_col integer[] := '{}';
    r_owner text[] := '{}';      -- reserved numbers (from, to) and names, extension ranges
    r_from numeric[] := '{}';
    r_to numeric[] := '{}';
    r_name text[] := '{}';
    r_why text[] := '{}';
    v_aliased text[] := '{}';    -- enums with allow_alias
    c_use integer[] := '{}';     -- each use's candidate full names, innermost scope first
    c_name text[] := '{}';
    v_first text;
    v_why text;
    v_enum boolean;
    k integer;
    v_label text;
    v_type text;
    v_key text;
    v_name text;
    v_number numeric;
    v_to numeric;
    v_line0 integer;
    v_col0 integer;
    v_external jsonb := '[]';
    v_extend boolean;
    v_braces integer;
BEGIN
    -- Tokens: spaces, comments, identifiers, numbers, strings, one character of anything else.
    FOR v_tok IN
        SELECT m[1] FROM regexp_matches(p_text,
            '(\s+|//[^\n]*|/\*(?:[^*]|\*+[^*/])*\*+/|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_]*(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|"(?:[^"\\\n]|\\.)*"|''(?:[^''\\\n]|\\.)*''|.)',
            'g') m
    LOOP
        IF NOT (v_tok ~ '^\s' OR v_tok LIKE '//%' OR (v_tok LIKE '/*%' AND length(v_tok) > 1)) THEN
            t := t || v_tok;
            tl := tl || v_line;
            tc := tc || v_col;
        END IF;
        IF position(E'\n' IN v_tok) > 0 THEN
            v_line := v_line + length(v_tok) - length(replace(v_tok, E'\n', ''));
            v_col := length(v_tok) - length(regexp_replace(v_tok, '^.*\n', '')) + 1;
        ELSE
            v_col := v_col + length(v_tok);
        END IF;
    END LOOP;
    n := COALESCE(array_length(t, 1), 0);
    t := t || ''::text;   -- t[n + 1] is the end
    tl := tl || v_line;
    tc := tc || v_col;

    <<statements>>
    WHILE i <= n OR v_depth > 1 LOOP
        IF i > n THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('reached the end of the text inside %s "%s" (a "}" is missing)',
                                                           s_kind[v_depth], s_name[v_depth]));
        END IF;
        v_tok := t[i];
        v_kind := s_kind[v_depth];
        v_scope := s_name[v_depth];
        v_statements := v_statements + 1;
        IF v_tok = ';' THEN
            i := i + 1;
            CONTINUE;
        END IF;
        IF v_tok = '}' THEN
            IF v_depth = 1 THEN
                PERFORM mesh.schema_error(tl[i], tc[i], 'unmatched "}"');
            END IF;
            IF v_kind = 'enum' AND s_values[v_depth] = 0 THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('the enum %s needs at least one value', v_scope));
            END IF;
            v_depth := v_depth - 1;
            s_kind := s_kind[1:v_depth];
            s_name := s_name[1:v_depth];
            s_values := s_values[1:v_depth];
            i := i + 1;
            CONTINUE;
        END IF;

        -- option NAME = CONSTANT ;  (in every scope)
        IF v_tok = 'option' THEN
            i := i + 1;
            v_line0 := tl[i]; v_col0 := tc[i];
            v_name := '';
            LOOP
                IF t[i] = '(' THEN
                    i := i + 1;
                    IF t[i] = '.' THEN i := i + 1; END IF;
                    IF NOT t[i] ~ '^[A-Za-z_]' THEN
                        PERFORM mesh.schema_error(tl[i], tc[i], format('expected an option name, found "%s"', t[i]));
                    END IF;
                    i := i + 1;
                    WHILE t[i] = '.' AND t[i + 1] ~ '^[A-Za-z_]' LOOP i := i + 2; END LOOP;
                    IF t[i] <> ')' THEN
                        PERFORM mesh.schema_error(tl[i], tc[i], format('expected ")", found "%s"', t[i]));
                    END IF;
                    v_name := v_name || '(ext)';
                    i := i + 1;
                ELSIF t[i] ~ '^[A-Za-z_]' THEN
                    v_name := v_name || t[i];
                    i := i + 1;
                ELSE
                    PERFORM mesh.schema_error(tl[i], tc[i], format('expected an option name, found "%s"', t[i]));
                END IF;
                EXIT WHEN t[i] <> '.';
                v_name := v_name || '.';
                i := i + 1;
            END LOOP;
            IF t[i] <> '=' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected "=", found "%s"', t[i]));
            END IF;
            i := i + 1;
            IF v_kind = 'enum' AND v_name = 'allow_alias' THEN
                v_aliased := v_aliased || CASE WHEN t[i] = 'true' THEN v_scope END;
            END IF;
            -- the constant: an aggregate in braces, strings, a signed number or an identifier
            IF t[i] = '{' THEN
                v_braces := 0;
                LOOP
                    IF i > n THEN
                        PERFORM mesh.schema_error(tl[i], tc[i], 'reached the end of the text inside an option''s value');
                    END IF;
                    v_braces := v_braces + CASE t[i] WHEN '{' THEN 1 WHEN '}' THEN -1 ELSE 0 END;
                    i := i + 1;
                    EXIT WHEN v_braces = 0;
                END LOOP;
            ELSIF t[i] ~ '^["'']' THEN
                WHILE t[i] ~ '^["'']' LOOP i := i + 1; END LOOP;
            ELSE
                IF t[i] IN ('-', '+') THEN i := i + 1; END IF;
                IF NOT t[i] ~ '^[A-Za-z_0-9.]' OR t[i] = '.' AND NOT t[i + 1] ~ '^[A-Za-z_]' THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], format('expected a value for the option %s, found "%s"', v_name, t[i]));
                END IF;
                IF t[i] = '.' THEN i := i + 1; END IF;
                i := i + 1;
                WHILE t[i] = '.' AND t[i + 1] ~ '^[A-Za-z_]' LOOP i := i + 2; END LOOP;
            END IF;
            IF t[i] <> ';' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected ";", found "%s"', t[i]));
            END IF;
            i := i + 1;
            CONTINUE;
        END IF;

        IF v_kind = 'file' THEN
            IF v_tok = 'syntax' THEN
                IF v_statements > 1 THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], 'the syntax statement comes first');
                END IF;
                IF t[i + 1] <> '=' THEN
                    PERFORM mesh.schema_error(tl[i + 1], tc[i + 1], format('expected "=", found "%s"', t[i + 1]));
                END IF;
                IF t[i + 2] NOT IN ('"proto2"', '''proto2''', '"proto3"', '''proto3''') THEN
                    PERFORM mesh.schema_error(tl[i + 2], tc[i + 2], format('unknown syntax %s (proto2 or proto3)', t[i + 2]));
                END IF;
                v_proto3 := t[i + 2] LIKE '_proto3_';
                IF t[i + 3] <> ';' THEN
                    PERFORM mesh.schema_error(tl[i + 3], tc[i + 3], format('expected ";", found "%s"', t[i + 3]));
                END IF;
                i := i + 4;
            ELSIF v_tok = 'package' THEN
                IF v_package <> '' THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], 'a file has one package statement');
                END IF;
                i := i + 1;
                IF NOT t[i] ~ '^[A-Za-z_]' THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], format('expected a package name, found "%s"', t[i]));
                END IF;
                v_package := t[i];
                i := i + 1;
                WHILE t[i] = '.' LOOP
                    IF NOT t[i + 1] ~ '^[A-Za-z_]' THEN
                        PERFORM mesh.schema_error(tl[i + 1], tc[i + 1], format('expected a name, found "%s"', t[i + 1]));
                    END IF;
                    v_package := v_package || '.' || t[i + 1];
                    i := i + 2;
                END LOOP;
                IF t[i] <> ';' THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], format('expected ";", found "%s"', t[i]));
                END IF;
                s_name[1] := v_package;
                i := i + 1;
            ELSIF v_tok = 'import' THEN
                i := i + 1;
                IF t[i] IN ('public', 'weak') THEN i := i + 1; END IF;
                IF NOT t[i] ~ '^["'']' THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], format('expected the imported file''s name, found "%s"', t[i]));
                END IF;
                IF t[i + 1] <> ';' THEN
                    PERFORM mesh.schema_error(tl[i + 1], tc[i + 1], format('expected ";", found "%s"', t[i + 1]));
                END IF;
                i := i + 2;
            ELSIF v_tok NOT IN ('message', 'enum', 'service', 'extend') THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected a top-level statement (message, enum, service...), found "%s"', v_tok));
            END IF;
            IF v_tok NOT IN ('message', 'enum', 'service', 'extend') THEN
                CONTINUE;
            END IF;
        END IF;

        IF v_kind IN ('service') THEN
            IF v_tok <> 'rpc' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected "rpc" or "option" in a service, found "%s"', v_tok));
            END IF;
            i := i + 1;
            IF NOT t[i] ~ '^[A-Za-z_]' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected a method name, found "%s"', t[i]));
            END IF;
            v_name := v_scope || '.' || t[i];
            y_name := y_name || v_name;
            y_line := y_line || tl[i];
            y_col := y_col || tc[i];
            i := i + 1;
            FOR v_label IN SELECT unnest(ARRAY['(', 'type', ')', 'returns', '(', 'type', ')']) LOOP
                IF v_label = 'type' THEN
                    IF t[i] = 'stream' AND t[i + 1] <> ')' THEN i := i + 1; END IF;
                    v_line0 := tl[i]; v_col0 := tc[i];
                    v_type := CASE WHEN t[i] = '.' THEN '.' ELSE '' END;
                    i := i + length(v_type);
                    IF NOT t[i] ~ '^[A-Za-z_]' THEN
                        PERFORM mesh.schema_error(tl[i], tc[i], format('expected a message type, found "%s"', t[i]));
                    END IF;
                    v_type := v_type || t[i];
                    i := i + 1;
                    WHILE t[i] = '.' AND t[i + 1] ~ '^[A-Za-z_]' LOOP v_type := v_type || '.' || t[i + 1]; i := i + 2; END LOOP;
                    u_name := u_name || v_type;
                    u_scope := u_scope || v_package;
                    u_line := u_line || v_line0;
                    u_col := u_col || v_col0;
                ELSIF t[i] <> v_label THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], format('expected "%s", found "%s"', v_label, t[i]));
                ELSE
                    i := i + 1;
                END IF;
            END LOOP;
            IF t[i] = '{' THEN
                v_depth := v_depth + 1;
                s_kind := s_kind || 'rpc'::text;
                s_values := s_values || 0;
                s_name := s_name || v_name;
            ELSIF t[i] <> ';' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected ";" or "{", found "%s"', t[i]));
            END IF;
            i := i + 1;
            CONTINUE;
        END IF;
        IF v_kind = 'rpc' THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('expected "option" or "}" in a method, found "%s"', v_tok));
        END IF;

        -- reserved and extensions: number ranges or names
        IF v_tok IN ('reserved', 'extensions') AND v_kind IN ('message', 'enum') THEN
            IF v_tok = 'extensions' AND (v_kind = 'enum' OR v_proto3) THEN
                PERFORM mesh.schema_error(tl[i], tc[i], 'extension ranges are not allowed in proto3 nor in enums');
            END IF;
            v_label := v_tok;
            i := i + 1;
            LOOP
                IF t[i] ~ '^["'']' AND v_label = 'reserved' THEN
                    r_owner := r_owner || v_scope;
                    r_from := r_from || NULL::numeric;
                    r_to := r_to || NULL::numeric;
                    r_name := r_name || substr(t[i], 2, length(t[i]) - 2);
                    r_why := r_why || v_label;
                    i := i + 1;
                ELSE
                    v_line0 := tl[i]; v_col0 := tc[i];
                    v_key := CASE WHEN t[i] = '-' AND v_kind = 'enum' THEN '-' ELSE '' END;
                    IF v_key = '-' THEN i := i + 1; END IF;
                    IF NOT t[i] ~ '^[0-9]' THEN
                        PERFORM mesh.schema_error(tl[i], tc[i], format('expected a field number, a range or a name, found "%s"', t[i]));
                    END IF;
                    v_number := mesh.protobuf_integer(v_key || t[i], tl[i], tc[i]);
                    v_to := v_number;
                    i := i + 1;
                    IF t[i] = 'to' THEN
                        i := i + 1;
                        IF t[i] = 'max' THEN
                            v_to := CASE WHEN v_kind = 'enum' THEN 2147483647 ELSE 536870911 END;
                        ELSE
                            v_key := CASE WHEN t[i] = '-' AND v_kind = 'enum' THEN '-' ELSE '' END;
                            IF v_key = '-' THEN i := i + 1; END IF;
                            IF NOT t[i] ~ '^[0-9]' THEN
                                PERFORM mesh.schema_error(tl[i], tc[i], format('expected the range''s end, found "%s"', t[i]));
                            END IF;
                            v_to := mesh.protobuf_integer(v_key || t[i], tl[i], tc[i]);
                        END IF;
                        i := i + 1;
                    END IF;
                    IF v_to < v_number OR (v_kind = 'message' AND (v_number < 1 OR v_to > 536870911)) THEN
                        PERFORM mesh.schema_error(v_line0, v_col0, format('the range %s to %s is not a valid range of field numbers', v_number, v_to));
                    END IF;
                    r_owner := r_owner || v_scope;
                    r_from := r_from || v_number;
                    r_to := r_to || v_to;
                    r_name := r_name || NULL::text;
                    r_why := r_why || v_label;
                END IF;
                EXIT WHEN t[i] <> ',';
                i := i + 1;
            END LOOP;
            IF t[i] = '[' AND v_label = 'extensions' THEN
                WHILE t[i] <> ']' AND i <= n LOOP i := i + 1; END LOOP;
                i := i + 1;
            END IF;
            IF t[i] <> ';' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected ";", found "%s"', t[i]));
            END IF;
            i := i + 1;
            CONTINUE;
        END IF;

        -- message, enum, service, extend, oneof: a new scope
        IF (v_tok IN ('message', 'enum') AND v_kind IN ('file', 'message')) OR (v_tok = 'service' AND v_kind = 'file')
           OR (v_tok = 'oneof' AND v_kind = 'message') THEN
            i := i + 1;
            IF NOT t[i] ~ '^[A-Za-z_]' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected a name for the %s, found "%s"', v_tok, t[i]));
            END IF;
            v_name := CASE WHEN v_scope = '' THEN t[i] ELSE v_scope || '.' || t[i] END;
            y_name := y_name || v_name;
            y_line := y_line || tl[i];
            y_col := y_col || tc[i];
            IF v_tok IN ('message', 'enum') THEN
                v_types := v_types || v_name;
            END IF;
            IF t[i + 1] <> '{' THEN
                PERFORM mesh.schema_error(tl[i + 1], tc[i + 1], format('expected "{", found "%s"', t[i + 1]));
            END IF;
            v_depth := v_depth + 1;
            s_kind := s_kind || v_tok;
            s_values := s_values || 0;
            -- a oneof's fields belong to its message: the oneof's scope name is the message's
            s_name := s_name || CASE WHEN v_tok = 'oneof' THEN v_scope ELSE v_name END;
            i := i + 2;
            CONTINUE;
        END IF;
        IF v_tok = 'extend' AND v_kind IN ('file', 'message') THEN
            i := i + 1;
            v_line0 := tl[i]; v_col0 := tc[i];
            v_type := CASE WHEN t[i] = '.' THEN '.' ELSE '' END;
            i := i + length(v_type);
            IF NOT t[i] ~ '^[A-Za-z_]' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected the extended message, found "%s"', t[i]));
            END IF;
            v_type := v_type || t[i];
            i := i + 1;
            WHILE t[i] = '.' AND t[i + 1] ~ '^[A-Za-z_]' LOOP v_type := v_type || '.' || t[i + 1]; i := i + 2; END LOOP;
            u_name := u_name || v_type;
            u_scope := u_scope || v_scope;
            u_line := u_line || v_line0;
            u_col := u_col || v_col0;
            IF t[i] <> '{' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected "{", found "%s"', t[i]));
            END IF;
            v_depth := v_depth + 1;
            s_kind := s_kind || 'extend'::text;
            s_values := s_values || 0;
            s_name := s_name || v_scope;
            i := i + 1;
            CONTINUE;
        END IF;

        -- an enum value: NAME = NUMBER [options] ;
        IF v_kind = 'enum' THEN
            IF NOT v_tok ~ '^[A-Za-z_]' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected an enum value, found "%s"', v_tok));
            END IF;
            -- enum values are siblings of their enum (C++ scoping)
            v_name := CASE WHEN v_scope ~ '\.' THEN regexp_replace(v_scope, '\.[^.]*$', '') || '.' || v_tok ELSE v_tok END;
            y_name := y_name || v_name;
            y_line := y_line || tl[i];
            y_col := y_col || tc[i];
            v_line0 := tl[i]; v_col0 := tc[i];
            IF t[i + 1] <> '=' THEN
                PERFORM mesh.schema_error(tl[i + 1], tc[i + 1], format('expected "=", found "%s"', t[i + 1]));
            END IF;
            i := i + 2;
            v_key := '';
            IF t[i] = '-' THEN v_key := '-'; i := i + 1; END IF;
            IF NOT t[i] ~ '^[0-9]' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected the value''s number, found "%s"', t[i]));
            END IF;
            v_number := mesh.protobuf_integer(v_key || t[i], tl[i], tc[i]);
            IF v_number < -2147483648 OR v_number > 2147483647 THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('the enum value %s is outside the int32 range', v_number));
            END IF;
            IF v_proto3 AND s_values[v_depth] = 0 AND v_number <> 0 THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('the first value of the enum %s must be zero in proto3', v_scope));
            END IF;
            s_values[v_depth] := s_values[v_depth] + 1;
            f_owner := f_owner || v_scope;
            f_name := f_name || v_tok;
            f_number := f_number || v_number;
            f_enum := f_enum || true;
            f_line := f_line || v_line0;
            f_col := f_col || v_col0;
            i := i + 1;
            IF t[i] = '[' THEN
                WHILE t[i] <> ']' AND i <= n LOOP i := i + 1; END LOOP;
                i := i + 1;
            END IF;
            IF t[i] <> ';' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected ";", found "%s"', t[i]));
            END IF;
            i := i + 1;
            CONTINUE;
        END IF;

        -- a field: [label] TYPE NAME = NUMBER [options] ;  or  map<K, V> NAME = NUMBER ...;  or a proto2 group
        IF v_kind NOT IN ('message', 'oneof', 'extend') THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('unexpected "%s"', v_tok));
        END IF;
        v_extend := v_kind = 'extend';
        v_message := v_scope;
        v_label := NULL;
        IF v_tok IN ('optional', 'required', 'repeated') THEN
            IF v_kind = 'oneof' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], 'fields in a oneof have no label');
            END IF;
            IF v_tok = 'required' AND v_proto3 THEN
                PERFORM mesh.schema_error(tl[i], tc[i], 'required fields are not allowed in proto3');
            END IF;
            v_label := v_tok;
            i := i + 1;
        END IF;
        v_line0 := tl[i]; v_col0 := tc[i];
        IF t[i] = 'map' AND t[i + 1] = '<' THEN
            IF v_label IS NOT NULL OR v_kind <> 'message' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], 'a map field has no label and is not in a oneof nor an extend');
            END IF;
            IF NOT t[i + 2] = ANY (c_map_keys) THEN
                PERFORM mesh.schema_error(tl[i + 2], tc[i + 2], format('%s cannot be the key of a map', t[i + 2]));
            END IF;
            IF t[i + 3] <> ',' THEN
                PERFORM mesh.schema_error(tl[i + 3], tc[i + 3], format('expected ",", found "%s"', t[i + 3]));
            END IF;
            i := i + 4;
            v_line0 := tl[i]; v_col0 := tc[i];
            v_label := 'map';
        ELSIF v_label IS NULL AND NOT v_proto3 AND v_kind <> 'oneof' THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('expected "required", "optional" or "repeated", found "%s"', t[i]));
        END IF;
        IF t[i] = 'group' AND t[i + 1] ~ '^[A-Z]' AND NOT v_proto3 THEN
            v_type := 'group';
            i := i + 1;
        ELSE
            v_type := CASE WHEN t[i] = '.' THEN '.' ELSE '' END;
            i := i + length(v_type);
            IF NOT t[i] ~ '^[A-Za-z_]' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected a field type, found "%s"', t[i]));
            END IF;
            v_type := v_type || t[i];
            i := i + 1;
            WHILE t[i] = '.' AND t[i + 1] ~ '^[A-Za-z_]' LOOP v_type := v_type || '.' || t[i + 1]; i := i + 2; END LOOP;
            IF NOT v_type = ANY (c_scalars) THEN
                u_name := u_name || v_type;
                u_scope := u_scope || v_scope;
                u_line := u_line || v_line0;
                u_col := u_col || v_col0;
            END IF;
        END IF;
        IF v_label = 'map' THEN
            IF t[i] <> '>' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected ">", found "%s"', t[i]));
            END IF;
            i := i + 1;
        END IF;
        IF NOT t[i] ~ '^[A-Za-z_]' THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('expected a field name, found "%s"', t[i]));
        END IF;
        v_name := t[i];
        v_line0 := tl[i]; v_col0 := tc[i];
        IF NOT v_extend THEN
            y_name := y_name || (v_message || '.' || v_name);
            y_line := y_line || tl[i];
            y_col := y_col || tc[i];
        END IF;
        IF t[i + 1] <> '=' THEN
            PERFORM mesh.schema_error(tl[i + 1], tc[i + 1], format('expected "=", found "%s"', t[i + 1]));
        END IF;
        i := i + 2;
        IF NOT t[i] ~ '^[0-9]' THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('expected a field number, found "%s"', t[i]));
        END IF;
        v_number := mesh.protobuf_integer(t[i], tl[i], tc[i]);
        IF v_number < 1 OR v_number > 536870911 THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('the field number %s is outside 1 to 536870911', v_number));
        END IF;
        IF v_number BETWEEN 19000 AND 19999 THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('the field numbers 19000 to 19999 (%s) are reserved for the protocol buffer library', v_number));
        END IF;
        IF NOT v_extend THEN
            f_owner := f_owner || v_message;
            f_name := f_name || v_name;
            f_number := f_number || v_number;
            f_enum := f_enum || false;
            f_line := f_line || tl[i];
            f_col := f_col || tc[i];
        END IF;
        i := i + 1;
        IF t[i] = '[' THEN
            LOOP
                i := i + 1;
                IF t[i] = 'default' AND v_proto3 THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], 'explicit default values are not allowed in proto3');
                END IF;
                v_braces := 0;
                WHILE i <= n AND NOT (v_braces = 0 AND t[i] IN (',', ']')) LOOP
                    v_braces := v_braces + CASE t[i] WHEN '{' THEN 1 WHEN '}' THEN -1 ELSE 0 END;
                    i := i + 1;
                END LOOP;
                IF i > n THEN
                    PERFORM mesh.schema_error(tl[i], tc[i], 'reached the end of the text inside a field''s options');
                END IF;
                EXIT WHEN t[i] = ']';
            END LOOP;
            i := i + 1;
        END IF;
        IF v_type = 'group' THEN
            IF t[i] <> '{' THEN
                PERFORM mesh.schema_error(tl[i], tc[i], format('expected "{", found "%s"', t[i]));
            END IF;
            v_name := v_message || '.' || initcap(v_name);
            v_types := v_types || v_name;
            v_depth := v_depth + 1;
            s_kind := s_kind || 'message'::text;
            s_values := s_values || 0;
            s_name := s_name || v_name;
            i := i + 1;
            CONTINUE;
        END IF;
        IF t[i] <> ';' THEN
            PERFORM mesh.schema_error(tl[i], tc[i], format('expected ";", found "%s"', t[i]));
        END IF;
        i := i + 1;
    END LOOP;

    -- A name declared twice (the second time is named).
    SELECT d.name, d.line, d.col INTO v_name, v_line0, v_col0
    FROM (SELECT u.name, u.line, u.col, u.o, row_number() OVER (PARTITION BY u.name ORDER BY u.o) AS nth
          FROM unnest(y_name, y_line, y_col) WITH ORDINALITY u(name, line, col, o)) d
    WHERE d.nth = 2 ORDER BY d.o LIMIT 1;
    IF FOUND THEN
        PERFORM mesh.schema_error(v_line0, v_col0, format('"%s" is already defined', v_name));
    END IF;
    -- A number used twice in a message, or in an enum without allow_alias.
    SELECT d.owner, d.name, d.number, d.is_enum, d.line, d.col, d.first INTO v_scope, v_name, v_number, v_enum, v_line0, v_col0, v_first
    FROM (SELECT u.*, row_number() OVER w AS nth, first_value(u.name) OVER w AS first
          FROM unnest(f_owner, f_name, f_number, f_enum, f_line, f_col) WITH ORDINALITY u(owner, name, number, is_enum, line, col, o)
          WINDOW w AS (PARTITION BY u.owner, u.number ORDER BY u.o)) d
    WHERE d.nth = 2 AND NOT (d.is_enum AND d.owner = ANY (v_aliased)) ORDER BY d.o LIMIT 1;
    IF FOUND THEN
        PERFORM mesh.schema_error(v_line0, v_col0, CASE WHEN v_enum
            THEN format('%s uses the number %s of %s (set allow_alias to share numbers)', v_name, v_number, v_first)
            ELSE format('the field number %s is already used in %s by the field %s', v_number, v_scope, v_first) END);
    END IF;
    -- Reserved numbers and names, and extension ranges, against the fields declared anywhere in their message.
    SELECT f.owner, f.name, f.number, f.line, f.col, r.why, r.name IS NOT NULL INTO v_scope, v_name, v_number, v_line0, v_col0, v_why, v_enum
    FROM unnest(r_owner, r_from, r_to, r_name, r_why) r(owner, lo, hi, name, why)
    JOIN unnest(f_owner, f_name, f_number, f_line, f_col) WITH ORDINALITY f(owner, name, number, line, col, o)
      ON f.owner = r.owner AND (f.number BETWEEN r.lo AND r.hi OR f.name = r.name)
    ORDER BY f.o LIMIT 1;
    IF FOUND THEN
        PERFORM mesh.schema_error(v_line0, v_col0, CASE WHEN v_enum THEN format('the name %s is reserved in %s', v_name, v_scope)
            WHEN v_why = 'reserved' THEN format('the number %s of %s is reserved', v_number, v_scope)
            ELSE format('the number %s of %s is in an extension range', v_number, v_scope) END);
    END IF;

    -- Each type used is looked up as protoc does: from the innermost scope outwards.
    FOR k IN 1 .. COALESCE(array_length(u_name, 1), 0) LOOP
        v_name := u_name[k];
        IF v_name LIKE '.%' THEN
            c_use := c_use || k;
            c_name := c_name || substr(v_name, 2);
        ELSE
            v_scope := u_scope[k];
            LOOP
                c_use := c_use || k;
                c_name := c_name || CASE WHEN v_scope = '' THEN v_name ELSE v_scope || '.' || v_name END;
                EXIT WHEN v_scope = '';
                v_scope := CASE WHEN v_scope ~ '\.' THEN regexp_replace(v_scope, '\.[^.]*$', '') ELSE '' END;
            END LOOP;
        END IF;
    END LOOP;
    SELECT COALESCE(jsonb_agg(jsonb_build_object('name', u.name, 'candidates', c.candidates, 'line', u.line, 'column', u.col) ORDER BY u.o), '[]')
    INTO v_external
    FROM (SELECT c.use, jsonb_agg(c.name ORDER BY c.o) AS candidates, bool_or(d.name IS NOT NULL) AS resolved
          FROM unnest(c_use, c_name) WITH ORDINALITY c(use, name, o)
          LEFT JOIN (SELECT DISTINCT unnest(v_types) AS name) d ON d.name = c.name
          GROUP BY c.use) c
    JOIN unnest(u_name, u_line, u_col) WITH ORDINALITY u(name, line, col, o) ON u.o = c.use
    WHERE NOT c.resolved;
    RETURN jsonb_build_object('declared', to_jsonb(v_types), 'external', v_external);
END
$$;

-- A .proto integer literal (decimal, hex, octal) as a number, or a refusal.
CREATE FUNCTION mesh.protobuf_integer(p_literal text, p_line integer, p_column integer) RETURNS numeric
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_sign numeric := 1;
    v_digits text := p_literal;
    v_value numeric := 0;
    v_base integer := 10;
    v_char text;
BEGIN
    IF v_digits LIKE '-%' THEN v_sign := -1; v_digits := substr(v_digits, 2); END IF;
    IF v_digits ~* '^0x[0-9a-f]+$' THEN
        v_base := 16; v_digits := substr(v_digits, 3);
    ELSIF v_digits ~ '^0[0-7]+$' THEN
        v_base := 8;
    ELSIF NOT v_digits ~ '^[0-9]+$' THEN
        PERFORM mesh.schema_error(p_line, p_column, format('expected an integer, found "%s"', p_literal));
    END IF;
    IF length(v_digits) > 20 THEN
        PERFORM mesh.schema_error(p_line, p_column, format('the integer %s is too large', p_literal));
    END IF;
    FOREACH v_char IN ARRAY regexp_split_to_array(lower(v_digits), '') LOOP
        v_value := v_value * v_base + position(v_char IN '0123456789abcdef') - 1;
    END LOOP;
    RETURN v_sign * v_value;
END
$$;

-- The outline of a version's text in its format (see the two functions above); refuses a
-- text that is not a valid schema of its format.
CREATE FUNCTION mesh.schema_outline(p_format text, p_text text) RETURNS jsonb
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
        RETURN jsonb_build_object('declared', '[]'::jsonb, 'external', '[]'::jsonb);
    END IF;
    RETURN mesh.avro_walk(v_json, '', '', 0, jsonb_build_object('declared', '[]'::jsonb, 'external', '[]'::jsonb));
END
$$;

CREATE FUNCTION mesh.schema_refusal(p_subject uuid, p_version integer, p_format text, p_why text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'schema version % of % is not a valid % schema: %', p_version,
        COALESCE((SELECT e.name FROM mesh.elements e WHERE e.id = p_subject), p_subject::text), p_format, p_why
        USING ERRCODE = 'check_violation';
END
$$;

-- Before a version is stored: its text is read and what it declares recorded.
CREATE FUNCTION mesh.schema_version_read() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_outline jsonb;
BEGIN
    IF EXISTS (SELECT 1 FROM mesh.schema_versions s WHERE s.subject_id = NEW.subject_id AND s.version = NEW.version) THEN
        RETURN NEW;   -- INSERT ... ON CONFLICT on a stored version: its text never changes (commit_batch)
    END IF;
    BEGIN
        v_outline := mesh.schema_outline(NEW.format, NEW.text);
    EXCEPTION WHEN check_violation OR statement_too_complex OR program_limit_exceeded THEN
        PERFORM mesh.schema_refusal(NEW.subject_id, NEW.version, NEW.format, SQLERRM);
    END;
    INSERT INTO mesh.schema_declarations(subject_id, version, format, full_name)
    SELECT DISTINCT NEW.subject_id, NEW.version, NEW.format, d FROM jsonb_array_elements_text(v_outline->'declared') d;
    RETURN NEW;
END
$$;

-- Once the statement has stored every version it adds: the subject, the numbering and the
-- types the text takes from other schemas.
CREATE FUNCTION mesh.schema_version_placed() RETURNS trigger
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
        CONTINUE WHEN EXISTS (SELECT 1 FROM mesh.schema_declarations d
                              WHERE d.format = NEW.format AND d.full_name IN (SELECT jsonb_array_elements_text(v_use->'candidates')));
        PERFORM mesh.schema_refusal(NEW.subject_id, NEW.version, NEW.format,
            format('%s%s uses the type %s, which neither this schema nor any other schema of this catalog declares',
                   CASE WHEN v_use ? 'line' THEN format('line %s, column %s: ', v_use->>'line', v_use->>'column') ELSE '' END,
                   COALESCE(v_use->>'where', 'it'), v_use->>'name'));
    END LOOP;
    RETURN NULL;
END
$$;

-- What the versions stored before this migration declare (they were checked by the studios).
DO $$
DECLARE
    v_row record;
BEGIN
    FOR v_row IN SELECT subject_id, version, format, text FROM mesh.schema_versions LOOP
        BEGIN
            INSERT INTO mesh.schema_declarations(subject_id, version, format, full_name)
            SELECT DISTINCT v_row.subject_id, v_row.version, v_row.format, d
            FROM jsonb_array_elements_text(mesh.schema_outline(v_row.format, v_row.text)->'declared') d;
        EXCEPTION WHEN check_violation OR statement_too_complex OR program_limit_exceeded THEN
            RAISE WARNING 'schema version % of % does not pass the new checks: %', v_row.version, v_row.subject_id, SQLERRM;
        END;
    END LOOP;
END
$$;

CREATE TRIGGER schema_versions_read BEFORE INSERT ON mesh.schema_versions
    FOR EACH ROW EXECUTE FUNCTION mesh.schema_version_read();
CREATE TRIGGER schema_versions_placed AFTER INSERT ON mesh.schema_versions
    FOR EACH ROW EXECUTE FUNCTION mesh.schema_version_placed();

-- Only the write functions (as the catalog's owner) run these; viewers may read what is declared.
REVOKE ALL ON mesh.schema_declarations FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA mesh FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT SELECT ON mesh.schema_declarations TO %I', mesh.role_name('viewer'));
END
$$;
