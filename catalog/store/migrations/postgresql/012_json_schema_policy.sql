-- Schema version 12: a subject's JSON Schema policy. An event, command or read model may say
-- which of the registry's JSON Schema policies judges its versions (attributes.jsonSchemaPolicy,
-- STRICT or LENIENT); anything else written by hand is refused (23514), so that no studio judges
-- a subject by a policy the catalog did not mean.
ALTER TABLE mesh.elements
    ADD CONSTRAINT elements_json_schema_policy_known CHECK (attributes IS NULL
        OR NOT (attributes::jsonb ? 'jsonSchemaPolicy') OR jsonb_typeof(attributes::jsonb->'jsonSchemaPolicy') = 'null'
        OR (kind IN ('Event', 'Command', 'ReadModel') AND attributes::jsonb->>'jsonSchemaPolicy' IN ('STRICT', 'LENIENT'))) NOT VALID;
