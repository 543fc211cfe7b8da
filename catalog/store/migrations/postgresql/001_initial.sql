-- Mesh Studio shared catalog, schema version 1: the state, the log, presence, the roles
-- and the rules the server enforces whatever the client does.
CREATE TABLE mesh.catalog_info (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE mesh.elements (
    id uuid PRIMARY KEY,
    kind text NOT NULL,
    name text NOT NULL,
    context_id uuid REFERENCES mesh.elements(id) DEFERRABLE INITIALLY DEFERRED,
    description text,
    owner text,
    tags text,
    lifecycle text NOT NULL,
    attributes text
);
CREATE TABLE mesh.relations (
    id uuid PRIMARY KEY,
    kind text NOT NULL,
    from_id uuid NOT NULL REFERENCES mesh.elements(id) DEFERRABLE INITIALLY DEFERRED,
    to_id uuid NOT NULL REFERENCES mesh.elements(id) DEFERRABLE INITIALLY DEFERRED,
    description text
);
CREATE TABLE mesh.schema_versions (
    subject_id uuid NOT NULL REFERENCES mesh.elements(id) DEFERRABLE INITIALLY DEFERRED,
    version integer NOT NULL,
    format text NOT NULL,
    compatibility text NOT NULL,
    lifecycle text NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (subject_id, version)
);
CREATE TABLE mesh.diagrams (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL
);
CREATE TABLE mesh.placements (
    diagram_id uuid NOT NULL REFERENCES mesh.diagrams(id) DEFERRABLE INITIALLY DEFERRED,
    element_id uuid NOT NULL REFERENCES mesh.elements(id) DEFERRABLE INITIALLY DEFERRED,
    x double precision NOT NULL,
    y double precision NOT NULL,
    width double precision NOT NULL,
    height double precision NOT NULL,
    lane text,
    pinned integer NOT NULL DEFAULT 0,
    PRIMARY KEY (diagram_id, element_id)
);
CREATE TABLE mesh.revisions (
    revision bigint PRIMARY KEY,
    author text NOT NULL DEFAULT session_user,
    client_id text NOT NULL,
    committed_at text NOT NULL,
    inverse text NOT NULL
);
CREATE TABLE mesh.changes (
    revision bigint NOT NULL REFERENCES mesh.revisions(revision) DEFERRABLE INITIALLY DEFERRED,
    seq integer NOT NULL,
    summary text NOT NULL,
    change text NOT NULL,
    PRIMARY KEY (revision, seq)
);
CREATE TABLE mesh.presence (
    client_id text PRIMARY KEY,
    user_name text NOT NULL DEFAULT session_user,
    display_name text NOT NULL,
    diagram text,
    selection text,
    seen_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX relations_from ON mesh.relations(from_id);
CREATE INDEX relations_to ON mesh.relations(to_id);
CREATE INDEX placements_element ON mesh.placements(element_id);
CREATE INDEX elements_context ON mesh.elements(context_id);

-- Roles: viewers read, modelers change, approvers approve. Group roles, granted to users
-- with `meshstudio admin grant`.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mesh_viewer') THEN
        CREATE ROLE mesh_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mesh_modeler') THEN
        CREATE ROLE mesh_modeler NOLOGIN IN ROLE mesh_viewer;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mesh_approver') THEN
        CREATE ROLE mesh_approver NOLOGIN IN ROLE mesh_modeler;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA mesh TO mesh_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA mesh TO mesh_viewer;
GRANT INSERT, UPDATE, DELETE ON mesh.presence TO mesh_viewer;
GRANT INSERT, UPDATE, DELETE ON mesh.elements, mesh.relations, mesh.schema_versions, mesh.diagrams, mesh.placements TO mesh_modeler;
-- The log is append-only for everyone but its owner.
GRANT INSERT ON mesh.revisions, mesh.changes TO mesh_modeler;

-- Only approvers approve: an element or schema version entering "approved" needs the role.
CREATE FUNCTION mesh.check_approval() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.lifecycle = 'approved'
       AND (TG_OP = 'INSERT' OR OLD.lifecycle IS DISTINCT FROM 'approved')
       AND NOT pg_has_role(session_user, 'mesh_approver', 'MEMBER') THEN
        RAISE EXCEPTION 'only approvers may approve (% is not one)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER elements_approval BEFORE INSERT OR UPDATE ON mesh.elements
    FOR EACH ROW EXECUTE FUNCTION mesh.check_approval();
CREATE TRIGGER schema_versions_approval BEFORE INSERT OR UPDATE ON mesh.schema_versions
    FOR EACH ROW EXECUTE FUNCTION mesh.check_approval();

-- The log names who really made a change: the database user, not what the client says
-- (the catalog's owner may keep the original authors when it copies a catalog in).
CREATE FUNCTION mesh.stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'mesh'), 'MEMBER') THEN
        NEW.author := session_user;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER revisions_author BEFORE INSERT ON mesh.revisions
    FOR EACH ROW EXECUTE FUNCTION mesh.stamp_author();

-- Everyone shows where they are; nobody can move someone else.
ALTER TABLE mesh.presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY presence_visible ON mesh.presence FOR SELECT USING (true);
CREATE POLICY presence_own ON mesh.presence FOR ALL
    USING (user_name = session_user) WITH CHECK (user_name = session_user);

-- Commits: writers queue on one advisory lock (1296388936 is "MESH"); the function reads
-- the latest revision after the lock is granted (each statement of a volatile function
-- sees a new snapshot), so the writer behind sees what the one before wrote.
CREATE FUNCTION mesh.lock_for_commit() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1296388936);
    RETURN (SELECT COALESCE(MAX(revision), 0) FROM mesh.revisions);
END
$$;

-- Every committed revision is announced to the studios listening, whoever wrote it.
CREATE FUNCTION mesh.announce_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('mesh_changes', NEW.revision::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER revisions_announce AFTER INSERT ON mesh.revisions
    FOR EACH ROW EXECUTE FUNCTION mesh.announce_revision();
