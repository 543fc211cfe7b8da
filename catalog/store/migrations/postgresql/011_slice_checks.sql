-- Schema version 11: timelines' slices as the studio checks them. Each slice is named on one
-- line, its left before its right, of one of Event Modeling's four kinds; each scenario is
-- named on one line, and its steps speak of elements of the catalog of the kinds their part
-- takes: Given events, When a command, Then events (or, in a state view, read models). A
-- hand-written commit_batch with anything else is refused (23514) naming the slice, the
-- scenario and the step, so that no studio silently drops a diagram's slices on loading.
CREATE FUNCTION mesh.check_slices() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_slices jsonb;
    v_slice jsonb;
    v_scenario jsonb;
    v_part text;
    v_step jsonb;
    v_kind text;
    v_at text;
    v_scenario_at text;
    v_element_kind text;
    v_index int := 0;
BEGIN
    BEGIN
        v_slices := NEW.slices::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the slices of the diagram % are not JSON', NEW.name USING ERRCODE = 'check_violation';
    END;
    IF jsonb_typeof(v_slices) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the slices of the diagram % are not a list', NEW.name USING ERRCODE = 'check_violation';
    END IF;
    FOR v_slice IN SELECT value FROM jsonb_array_elements(v_slices) LOOP
        v_index := v_index + 1;
        v_at := format('slice %s of the diagram %s', v_index, NEW.name);
        IF jsonb_typeof(v_slice) IS DISTINCT FROM 'object' OR jsonb_typeof(v_slice->'name') IS DISTINCT FROM 'string'
           OR btrim(v_slice->>'name') = '' OR v_slice->>'name' ~ '[[:cntrl:]]'
           OR jsonb_typeof(v_slice->'left') IS DISTINCT FROM 'number' OR jsonb_typeof(v_slice->'right') IS DISTINCT FROM 'number'
           OR (v_slice->>'left')::float8 >= (v_slice->>'right')::float8 THEN
            RAISE EXCEPTION '%: a slice has a name of one line, and its left before its right', v_at USING ERRCODE = 'check_violation';
        END IF;
        v_at := format('slice "%s" of the diagram %s', v_slice->>'name', NEW.name);
        v_kind := COALESCE(v_slice->>'kind', 'state-change');
        IF (v_slice ? 'kind' AND jsonb_typeof(v_slice->'kind') IS DISTINCT FROM 'string')
           OR v_kind NOT IN ('state-change', 'state-view', 'automation', 'translation') THEN
            RAISE EXCEPTION '%: kind % is none of state-change, state-view, automation, translation', v_at, v_slice->'kind'
                USING ERRCODE = 'check_violation';
        END IF;
        IF v_slice ? 'scenarios' AND jsonb_typeof(v_slice->'scenarios') IS DISTINCT FROM 'array' THEN
            RAISE EXCEPTION '%: scenarios are a list', v_at USING ERRCODE = 'check_violation';
        END IF;
        FOR v_scenario IN SELECT value FROM jsonb_array_elements(COALESCE(v_slice->'scenarios', '[]'::jsonb)) LOOP
            IF jsonb_typeof(v_scenario) IS DISTINCT FROM 'object' OR jsonb_typeof(v_scenario->'name') IS DISTINCT FROM 'string'
               OR btrim(v_scenario->>'name') = '' OR v_scenario->>'name' ~ '[[:cntrl:]]' THEN
                RAISE EXCEPTION '%: a scenario has a name of one line', v_at USING ERRCODE = 'check_violation';
            END IF;
            v_scenario_at := format('%s, scenario "%s"', v_at, v_scenario->>'name');
            IF (v_scenario ? 'given' AND jsonb_typeof(v_scenario->'given') IS DISTINCT FROM 'array')
               OR (v_scenario ? 'then' AND jsonb_typeof(v_scenario->'then') IS DISTINCT FROM 'array')
               OR (v_scenario ? 'error' AND jsonb_typeof(v_scenario->'error') IS DISTINCT FROM 'string') THEN
                RAISE EXCEPTION '%: given and then are lists, error a text', v_scenario_at USING ERRCODE = 'check_violation';
            END IF;
            FOR v_part, v_step IN
                SELECT 'given', value FROM jsonb_array_elements(COALESCE(v_scenario->'given', '[]'::jsonb))
                UNION ALL SELECT 'when', v_scenario->'when' WHERE v_scenario ? 'when'
                UNION ALL SELECT 'then', value FROM jsonb_array_elements(COALESCE(v_scenario->'then', '[]'::jsonb))
            LOOP
                IF jsonb_typeof(v_step) IS DISTINCT FROM 'object' OR jsonb_typeof(v_step->'element') IS DISTINCT FROM 'string'
                   OR v_step->>'element' !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                   OR (v_step ? 'values' AND jsonb_typeof(v_step->'values') IS DISTINCT FROM 'object') THEN
                    RAISE EXCEPTION '%: a % step is {"element": id, "values": {…}}', v_scenario_at, v_part USING ERRCODE = 'check_violation';
                END IF;
                SELECT e.kind INTO v_element_kind FROM mesh.elements e WHERE e.id = (v_step->>'element')::uuid;
                IF v_element_kind IS NULL
                   OR NOT ((v_part = 'given' AND v_element_kind = 'Event')
                           OR (v_part = 'when' AND v_element_kind = 'Command')
                           OR (v_part = 'then' AND (v_element_kind = 'Event' OR (v_kind = 'state-view' AND v_element_kind = 'ReadModel')))) THEN
                    RAISE EXCEPTION '%: % speaks of %, which is %', v_scenario_at, v_part, v_step->>'element',
                        CASE WHEN v_element_kind IS NULL THEN 'no element of the catalog' ELSE 'a ' || v_element_kind END
                        USING ERRCODE = 'check_violation';
                END IF;
                v_element_kind := NULL;
            END LOOP;
        END LOOP;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER diagrams_slices_checked BEFORE INSERT OR UPDATE OF slices ON mesh.diagrams
    FOR EACH ROW EXECUTE FUNCTION mesh.check_slices();
