-- Schema version 10: following the facilitator, and each element's context by its kind. A studio's presence carries the view it
-- presents (a JSON object: presenting, diagram zoom and centre; '' when it presents
-- nothing), and every announcement is pushed to the other studios (NOTIFY mesh_presence,
-- the announcing client's id as payload), so that followers keep up without polling.
ALTER TABLE mesh.presence ADD COLUMN view text NOT NULL DEFAULT '';

CREATE FUNCTION mesh.announce_presence(p_client text, p_display text, p_diagram text, p_selection text, p_view text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT mesh.caller_holds('viewer') THEN
        RAISE EXCEPTION '% may not read this catalog', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO mesh.presence AS p (client_id, user_name, display_name, diagram, selection, view, seen_at)
    VALUES (left(p_client, 100), session_user, left(COALESCE(p_display, ''), 200), left(p_diagram, 100),
            left(p_selection, 100000), left(COALESCE(p_view, ''), 1000), clock_timestamp())
    ON CONFLICT (client_id) DO UPDATE SET display_name = excluded.display_name, diagram = excluded.diagram,
        selection = excluded.selection, view = excluded.view, seen_at = excluded.seen_at
    WHERE p.user_name = session_user;
    IF FOUND THEN
        PERFORM pg_catalog.pg_notify('mesh_presence', left(p_client, 100));
    END IF;
    -- Rows nobody refreshed for a day are gone for good.
    DELETE FROM mesh.presence p WHERE p.seen_at < clock_timestamp() - interval '1 day';
END
$$;

REVOKE ALL ON FUNCTION mesh.announce_presence(text, text, text, text, text) FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION mesh.announce_presence(text, text, text, text, text) TO %I', mesh.role_name('viewer'));
END
$$;

-- Where an element may stand, as the studio checks it: bounded contexts and teams in no
-- context; aggregates, commands, events, read models, policies, services, APIs and channels
-- in one, except drafts put up before anyone knew their context (events first). NOT VALID:
-- a catalog upgraded in place keeps what it has.
ALTER TABLE mesh.elements
    ADD CONSTRAINT elements_context_by_kind CHECK (
        (kind IN ('BoundedContext', 'Team') AND context_id IS NULL)
        OR (kind IN ('Aggregate', 'Command', 'Event', 'ReadModel', 'Policy', 'Service', 'Api', 'Channel')
            AND (context_id IS NOT NULL OR lifecycle = 'draft'))
        OR kind NOT IN ('BoundedContext', 'Team', 'Aggregate', 'Command', 'Event', 'ReadModel', 'Policy', 'Service', 'Api', 'Channel')) NOT VALID;
