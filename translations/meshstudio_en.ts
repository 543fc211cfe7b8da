<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the type or its alternatives changed</source>
        <translation>the type or its alternatives changed</translation>
    </message>
    <message>
        <source>the type was narrowed (number to integer)</source>
        <translation>the type was narrowed (number to integer)</translation>
    </message>
    <message>
        <source>a constraint was added</source>
        <translation>a constraint was added</translation>
    </message>
    <message>
        <source>the content model was closed</source>
        <translation>the content model was closed</translation>
    </message>
    <message>
        <source>a lower limit was raised</source>
        <translation>a lower limit was raised</translation>
    </message>
    <message>
        <source>an upper limit was lowered</source>
        <translation>an upper limit was lowered</translation>
    </message>
    <message>
        <source>the value changed</source>
        <translation>the value changed</translation>
    </message>
    <message>
        <source>fewer values or alternatives are allowed</source>
        <translation>fewer values or alternatives are allowed</translation>
    </message>
    <message>
        <source>more is excluded or more alternatives must hold at once</source>
        <translation>more is excluded or more alternatives must hold at once</translation>
    </message>
    <message>
        <source>added to an open content model, where earlier data may hold it with any value</source>
        <translation>added to an open content model, where earlier data may hold it with any value</translation>
    </message>
    <message>
        <source>a required property without a default was added</source>
        <translation>a required property without a default was added</translation>
    </message>
    <message>
        <source>removed from a closed content model, which now refuses it</source>
        <translation>removed from a closed content model, which now refuses it</translation>
    </message>
    <message>
        <source>not covered by the partially open content model (patternProperties, additionalProperties or additionalItems)</source>
        <translation>not covered by the partially open content model (patternProperties, additionalProperties or additionalItems)</translation>
    </message>
    <message>
        <source>an incompatible change</source>
        <translation>an incompatible change</translation>
    </message>
    <message>
        <source>the message was removed</source>
        <translation>the message was removed</translation>
    </message>
    <message>
        <source>a required field was added</source>
        <translation>a required field was added</translation>
    </message>
    <message>
        <source>a required field was removed</source>
        <translation>a required field was removed</translation>
    </message>
    <message>
        <source>the field changed between a scalar, a message and a map</source>
        <translation>the field changed between a scalar, a message and a map</translation>
    </message>
    <message>
        <source>the field&apos;s type changed to one the wire does not carry the same way</source>
        <translation>the field&apos;s type changed to one the wire does not carry the same way</translation>
    </message>
    <message>
        <source>the field&apos;s message type changed, or changed incompatibly</source>
        <translation>the field&apos;s message type changed, or changed incompatibly</translation>
    </message>
    <message>
        <source>a numeric field changed between optional, required and repeated</source>
        <translation>a numeric field changed between optional, required and repeated</translation>
    </message>
    <message>
        <source>a field was removed from its oneof</source>
        <translation>a field was removed from its oneof</translation>
    </message>
    <message>
        <source>several fields were moved into one oneof</source>
        <translation>several fields were moved into one oneof</translation>
    </message>
    <message>
        <source>a field was moved into an existing oneof</source>
        <translation>a field was moved into an existing oneof</translation>
    </message>
</context>
<context>
    <name>mesh::app::AdminCommand</name>
    <message>
        <source>Administer a shared catalog: init-shared URL, grant URL ROLE USER</source>
        <translation>Administer a shared catalog: init-shared URL, grant URL ROLE USER</translation>
    </message>
    <message>
        <source>Create (or upgrade) the catalog&apos;s schema and the roles mesh_viewer, mesh_modeler and mesh_approver in a PostgreSQL database. Run it as the database&apos;s owner; running it again changes nothing.</source>
        <translation>Create (or upgrade) the catalog&apos;s schema and the roles mesh_viewer, mesh_modeler and mesh_approver in a PostgreSQL database. Run it as the database&apos;s owner; running it again changes nothing.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database</source>
        <translation>postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>%1 is a shared catalog (format %2)</source>
        <translation>%1 is a shared catalog (format %2)</translation>
    </message>
    <message>
        <source>Give a database user one role on a shared catalog: viewer (reads), modeler (changes) or approver (also approves). The server enforces it.</source>
        <translation>Give a database user one role on a shared catalog: viewer (reads), modeler (changes) or approver (also approves). The server enforces it.</translation>
    </message>
    <message>
        <source>viewer, modeler or approver</source>
        <translation>viewer, modeler or approver</translation>
    </message>
    <message>
        <source>An existing database user.</source>
        <translation>An existing database user.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3</source>
        <translation>%1 is now %2 of %3</translation>
    </message>
    <message>
        <source>Usage: meshstudio admin init-shared URL
       meshstudio admin grant URL ROLE USER

%1
</source>
        <translation>Usage: meshstudio admin init-shared URL
       meshstudio admin grant URL ROLE USER

%1
</translation>
    </message>
    <message>
        <source>missing action: init-shared or grant (see --help)</source>
        <translation>missing action: init-shared or grant (see --help)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: init-shared or grant (see --help)</source>
        <translation>unknown action &quot;%1&quot;: init-shared or grant (see --help)</translation>
    </message>
</context>
<context>
    <name>mesh::app::AnalyzeCommand</name>
    <message>
        <source>Compute each flow&apos;s end-to-end uptime, latency and throughput, and which synchronous hop to turn into an event</source>
        <translation>Compute each flow&apos;s end-to-end uptime, latency and throughput, and which synchronous hop to turn into an event</translation>
    </message>
    <message>
        <source>uptime %1 %, latency p50 %2 ms, p99 %3 ms</source>
        <translation>uptime %1 %, latency p50 %2 ms, p99 %3 ms</translation>
    </message>
    <message>
        <source>, throughput %1 requests/s (slowest: %2)</source>
        <translation>, throughput %1 requests/s (slowest: %2)</translation>
    </message>
    <message>
        <source>Flow from %1</source>
        <translation>Flow from %1</translation>
    </message>
    <message>
        <source>no synchronous hop</source>
        <translation>no synchronous hop</translation>
    </message>
    <message>
        <source>synchronous: %1</source>
        <translation>synchronous: %1</translation>
    </message>
    <message>
        <source>not declared (counted as perfect): %1</source>
        <translation>not declared (counted as perfect): %1</translation>
    </message>
    <message>
        <source>isolated by events: %1</source>
        <translation>isolated by events: %1</translation>
    </message>
    <message>
        <source>turn %1 → %2 into an event: uptime %3 % (+%4 points), p99 %5 ms (−%6 ms)</source>
        <translation>turn %1 → %2 into an event: uptime %3 % (+%4 points), p99 %5 ms (−%6 ms)</translation>
    </message>
    <message>
        <source>If %1 is down, these flows fail: %2</source>
        <translation>If %1 is down, these flows fail: %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::ApplyCommand</name>
    <message>
        <source>Apply changes given as JSON Lines, all or nothing</source>
        <translation>Apply changes given as JSON Lines, all or nothing</translation>
    </message>
    <message>
        <source>A catalog file.</source>
        <translation>A catalog file.</translation>
    </message>
    <message>
        <source>JSON Lines of changes, or - for standard input.</source>
        <translation>JSON Lines of changes, or - for standard input.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <source> (field &quot;%1&quot;)</source>
        <translation> (field &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>; nothing was applied</source>
        <translation>; nothing was applied</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s)</source>
        <translation>
            <numerusform>Applied %n change</numerusform>
            <numerusform>Applied %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source> as revision %1</source>
        <translation> as revision %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n change(s) for later: the server of %1 cannot be reached; they are committed when the catalog is next opened with the server back</source>
        <translation>
            <numerusform>Kept %n change for later: the server of %1 cannot be reached; they are committed when the catalog is next opened with the server back</numerusform>
            <numerusform>Kept %n changes for later: the server of %1 cannot be reached; they are committed when the catalog is next opened with the server back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::CatalogSession</name>
    <message>
        <source>Opened read-only: your role on this shared catalog only reads.</source>
        <translation>Opened read-only: your role on this shared catalog only reads.</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved to this file.</source>
        <translation>Opened read-only: changes cannot be saved to this file.</translation>
    </message>
    <message>
        <source>%1 is the catalog that is open.</source>
        <translation>%1 is the catalog that is open.</translation>
    </message>
    <message>
        <source>%1: its steps are final, so undo went on past them</source>
        <translation>%1: its steps are final, so undo went on past them</translation>
    </message>
</context>
<context>
    <name>mesh::app::CatalogTree</name>
    <message>
        <source>Filter elements</source>
        <translation>Filter elements</translation>
    </message>
    <message>
        <source>Outside any context</source>
        <translation>Outside any context</translation>
    </message>
    <message>
        <source>No context yet</source>
        <translation>No context yet</translation>
    </message>
    <message>
        <source>Drafts that wait for their bounded context: draw a context frame around them on a board, or drop them into one</source>
        <translation>Drafts that wait for their bounded context: draw a context frame around them on a board, or drop them into one</translation>
    </message>
</context>
<context>
    <name>mesh::app::CheckCommand</name>
    <message>
        <source>Check a catalog against its governance rules (exit 1 when there are errors)</source>
        <translation>Check a catalog against its governance rules (exit 1 when there are errors)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message>
        <source>Only findings at least this severe: error, warning or info.</source>
        <translation>Only findings at least this severe: error, warning or info.</translation>
    </message>
    <message>
        <source>Only findings of these rules (comma-separated ids; may be repeated).</source>
        <translation>Only findings of these rules (comma-separated ids; may be repeated).</translation>
    </message>
    <message>
        <source>At most N findings, the most severe first (SARIF: 25,000, what code scanning takes in one run).</source>
        <translation>At most N findings, the most severe first (SARIF: 25,000, what code scanning takes in one run).</translation>
    </message>
    <message>
        <source>no rule &quot;%1&quot;; see Governance rules in the README</source>
        <translation>no rule &quot;%1&quot;; see Governance rules in the README</translation>
    </message>
    <message>
        <source>--max-results must be a number of findings, not &quot;%1&quot;</source>
        <translation>--max-results must be a number of findings, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source> (%n more not shown)</source>
        <translation>
            <numerusform> (%n more not shown)</numerusform>
            <numerusform> (%n more not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::CliCommand</name>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>A catalog file or a postgresql:// URL.</source>
        <translation>A catalog file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Output format: %1.</translation>
    </message>
    <message>
        <source>meshstudio: cannot start %1, which draws diagrams and shows the window: %2</source>
        <translation>meshstudio: cannot start %1, which draws diagrams and shows the window: %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::CommandLine</name>
    <message>
        <source>Usage: meshstudio [CATALOG]            open the studio window</source>
        <translation>Usage: meshstudio [CATALOG]            open the studio window</translation>
    </message>
    <message>
        <source>       meshstudio COMMAND [OPTIONS]    run a command without a window</source>
        <translation>       meshstudio COMMAND [OPTIONS]    run a command without a window</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &quot;meshstudio COMMAND --help&quot; for a command&apos;s arguments.</source>
        <translation>Run &quot;meshstudio COMMAND --help&quot; for a command&apos;s arguments.</translation>
    </message>
    <message>
        <source>meshstudio: &quot;%1&quot; is neither a command nor a catalog; see meshstudio --help</source>
        <translation>meshstudio: &quot;%1&quot; is neither a command nor a catalog; see meshstudio --help</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command&apos;s check failed, 2 usage or input error, 3 changes kept for later (the shared catalog&apos;s server went away), 4 the server cannot be reached.</source>
        <translation>Exit codes: 0 success, 1 the command&apos;s check failed, 2 usage or input error, 3 changes kept for later (the shared catalog&apos;s server went away), 4 the server cannot be reached.</translation>
    </message>
    <message>
        <source>meshstudio: no display to open the studio window on (DISPLAY is not set); the commands run without one: see meshstudio --help</source>
        <translation>meshstudio: no display to open the studio window on (DISPLAY is not set); the commands run without one: see meshstudio --help</translation>
    </message>
</context>
<context>
    <name>mesh::app::CommandParser</name>
    <message>
        <source>missing argument (see --help)</source>
        <translation>missing argument (see --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see --help)</source>
        <translation>unexpected argument &quot;%1&quot; (see --help)</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>--%1 must be one of %2, not &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>mesh::app::CompatCommand</name>
    <message>
        <source>Check schema versions for compatibility as a schema registry would (exit 1 when incompatible)</source>
        <translation>Check schema versions for compatibility as a schema registry would (exit 1 when incompatible)</translation>
    </message>
    <message>
        <source>NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.</source>
        <translation>NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Output format: text or json.</translation>
    </message>
    <message>
        <source>Schema versions, oldest first; the last is the candidate.</source>
        <translation>Schema versions, oldest first; the last is the candidate.</translation>
    </message>
    <message>
        <source>--type must be avro, protobuf or jsonschema, not &quot;%1&quot;</source>
        <translation>--type must be avro, protobuf or jsonschema, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--mode must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not &quot;%1&quot;</source>
        <translation>--mode must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 compatible</source>
        <translation>%1 is %2 compatible</translation>
    </message>
    <message>
        <source>%1 is not %2 compatible:</source>
        <translation>%1 is not %2 compatible:</translation>
    </message>
    <message>
        <source>breaks readers still on %1</source>
        <translation>breaks readers still on %1</translation>
    </message>
    <message>
        <source>cannot read data written with %1</source>
        <translation>cannot read data written with %1</translation>
    </message>
    <message>
        <source>The schema format: avro, protobuf or jsonschema (default: by the files&apos; extensions, .avsc, .proto, .json).</source>
        <translation>The schema format: avro, protobuf or jsonschema (default: by the files&apos; extensions, .avsc, .proto, .json).</translation>
    </message>
    <message>
        <source>give at least two schema versions, oldest first: the last is checked against the others</source>
        <translation>give at least two schema versions, oldest first: the last is checked against the others</translation>
    </message>
    <message>
        <source>%1 is a %2 file by its extension, but --type is %3</source>
        <translation>%1 is a %2 file by its extension, but --type is %3</translation>
    </message>
    <message>
        <source>%1 is a %2 file by its extension, unlike the files before it; give --type</source>
        <translation>%1 is a %2 file by its extension, unlike the files before it; give --type</translation>
    </message>
    <message>
        <source>cannot tell the schema format from the files&apos; extensions (.avsc, .proto, .json): give --type</source>
        <translation>cannot tell the schema format from the files&apos; extensions (.avsc, .proto, .json): give --type</translation>
    </message>
    <message>
        <source>JSON Schema only: STRICT (the registry&apos;s default) or LENIENT (properties of an open content model may be added and removed).</source>
        <translation>JSON Schema only: STRICT (the registry&apos;s default) or LENIENT (properties of an open content model may be added and removed).</translation>
    </message>
    <message>
        <source>--policy must be STRICT or LENIENT, not &quot;%1&quot;</source>
        <translation>--policy must be STRICT or LENIENT, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--policy applies to JSON Schema only</source>
        <translation>--policy applies to JSON Schema only</translation>
    </message>
    <message>
        <source>%1 imports &quot;%2&quot;, which is in none of: %3 (give the folder that holds it with --import-path)</source>
        <translation>%1 imports &quot;%2&quot;, which is in none of: %3 (give the folder that holds it with --import-path)</translation>
    </message>
    <message>
        <source>Protobuf only: a folder to find imported files in (after the schema&apos;s own folder); may be given several times.</source>
        <translation>Protobuf only: a folder to find imported files in (after the schema&apos;s own folder); may be given several times.</translation>
    </message>
    <message>
        <source>--import-path applies to Protobuf only</source>
        <translation>--import-path applies to Protobuf only</translation>
    </message>
    <message>
        <source>--import-path %1 is not a folder</source>
        <translation>--import-path %1 is not a folder</translation>
    </message>
</context>
<context>
    <name>mesh::app::CopyCommand</name>
    <message>
        <source>Copy a catalog between a file and a shared catalog, ids and change log included</source>
        <translation>Copy a catalog between a file and a shared catalog, ids and change log included</translation>
    </message>
    <message>
        <source>The catalog to copy: a file or a postgresql:// URL.</source>
        <translation>The catalog to copy: a file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>A new file, or an empty shared catalog (created with admin init-shared).</source>
        <translation>A new file, or an empty shared catalog (created with admin init-shared).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n revision(s) to %1</source>
        <translation>
            <numerusform>Copied %n revision to %1</numerusform>
            <numerusform>Copied %n revisions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::DiagramWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Layout cancelled</source>
        <translation>Layout cancelled</translation>
    </message>
    <message>
        <source>The diagram changed while it was being laid out; lay it out again</source>
        <translation>The diagram changed while it was being laid out; lay it out again</translation>
    </message>
    <message>
        <source>Lay out %1</source>
        <translation>Lay out %1</translation>
    </message>
    <message>
        <source>Laid out</source>
        <translation>Laid out</translation>
    </message>
    <message>
        <source>Create diagram %1</source>
        <translation>Create diagram %1</translation>
    </message>
    <message>
        <source>Rename diagram %1 to %2</source>
        <translation>Rename diagram %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n element(s)… (Esc cancels)</source>
        <translation>
            <numerusform>Laying out %n element… (Esc cancels)</numerusform>
            <numerusform>Laying out %n elements… (Esc cancels)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::DiffCommand</name>
    <message>
        <source>not checked: %1</source>
        <translation>not checked: %1</translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>compatible</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible: %1</translation>
    </message>
    <message>
        <source>What changed between two revisions: elements, fields, relations, schema versions with their verdict, findings</source>
        <translation>What changed between two revisions: elements, fields, relations, schema versions with their verdict, findings</translation>
    </message>
    <message>
        <source>The later revision (default: the latest).</source>
        <translation>The later revision (default: the latest).</translation>
    </message>
    <message>
        <source>--from REV is required</source>
        <translation>--from REV is required</translation>
    </message>
    <message>
        <source>--from must be a revision between 0 and %1, not &quot;%2&quot;</source>
        <translation>--from must be a revision between 0 and %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--to must be a revision between %1 and %2, not &quot;%3&quot;</source>
        <translation>--to must be a revision between %1 and %2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>### Catalog changes, revisions %1 → %2</source>
        <translation>### Catalog changes, revisions %1 → %2</translation>
    </message>
    <message>
        <source>Revisions %1 → %2</source>
        <translation>Revisions %1 → %2</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>New findings</translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation>Resolved findings</translation>
    </message>
    <message>
        <source>The earlier revision, or &quot;baseline&quot;: the end of the latest closed review.</source>
        <translation>The earlier revision, or &quot;baseline&quot;: the end of the latest closed review.</translation>
    </message>
    <message>
        <source>Exit 1 when findings at least this severe appeared between the revisions: error or warning.</source>
        <translation>Exit 1 when findings at least this severe appeared between the revisions: error or warning.</translation>
    </message>
</context>
<context>
    <name>mesh::app::ExportCommand</name>
    <message>
        <source>Write schemas, AsyncAPI documents and Kafka topic configurations into a folder (only what changed)</source>
        <translation>Write schemas, AsyncAPI documents and Kafka topic configurations into a folder (only what changed)</translation>
    </message>
    <message>
        <source>The folder to write into (created when missing).</source>
        <translation>The folder to write into (created when missing).</translation>
    </message>
    <message>
        <source>Comma-separated formats (default: all): %1.</source>
        <translation>Comma-separated formats (default: all): %1.</translation>
    </message>
    <message>
        <source>List what would be added, changed and removed; write nothing.</source>
        <translation>List what would be added, changed and removed; write nothing.</translation>
    </message>
    <message>
        <source>Refuse (exit 1, listing the findings) while the catalog has governance errors.</source>
        <translation>Refuse (exit 1, listing the findings) while the catalog has governance errors.</translation>
    </message>
    <message>
        <source>Export approved (and deprecated) elements and schema versions only.</source>
        <translation>Export approved (and deprecated) elements and schema versions only.</translation>
    </message>
    <message>
        <source>Write AsyncAPI documents as JSON instead of YAML.</source>
        <translation>Write AsyncAPI documents as JSON instead of YAML.</translation>
    </message>
    <message>
        <source>The Strimzi cluster the KafkaTopic resources belong to.</source>
        <translation>The Strimzi cluster the KafkaTopic resources belong to.</translation>
    </message>
    <message>
        <source>--to DIR is required</source>
        <translation>--to DIR is required</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; the formats are %2</source>
        <translation>unknown format &quot;%1&quot;; the formats are %2</translation>
    </message>
    <message numerus="yes">
        <source>export refused: the catalog has %n governance error(s)</source>
        <translation>
            <numerusform>export refused: the catalog has %n governance error</numerusform>
            <numerusform>export refused: the catalog has %n governance errors</numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1: no longer exported, but edited since the last export</source>
        <translation>kept %1: no longer exported, but edited since the last export</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 added, %2 changed, %3 removed, %4 unchanged</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1</source>
        <translation>Dry run, nothing written: %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>Exported to %1: %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::ExportDialog</name>
    <message>
        <source>Approved elements and schema versions only</source>
        <translation>Approved elements and schema versions only</translation>
    </message>
    <message>
        <source>Refuse while the catalog has governance errors</source>
        <translation>Refuse while the catalog has governance errors</translation>
    </message>
    <message>
        <source>AsyncAPI documents as JSON (YAML otherwise)</source>
        <translation>AsyncAPI documents as JSON (YAML otherwise)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Strimzi cluster:</source>
        <translation>Strimzi cluster:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>What the export will do:</source>
        <translation>What the export will do:</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Export Into</translation>
    </message>
    <message>
        <source>Exported to %1: %2 added, %3 changed, %4 removed, %5 unchanged.</source>
        <translation>Exported to %1: %2 added, %3 changed, %4 removed, %5 unchanged.</translation>
    </message>
    <message>
        <source>Choose the folder to export into: usually a git working tree, so that a pull request shows what changed.</source>
        <translation>Choose the folder to export into: usually a git working tree, so that a pull request shows what changed.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choose the folder to export into.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message numerus="yes">
        <source>The export is refused: the catalog has %n governance error(s) (see Findings).</source>
        <translation>
            <numerusform>The export is refused: the catalog has %n governance error (see Findings).</numerusform>
            <numerusform>The export is refused: the catalog has %n governance errors (see Findings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out what the export will do…</source>
        <translation>Working out what the export will do…</translation>
    </message>
    <message numerus="yes">
        <source>The folder is up to date: its %n file(s) are what this export writes.</source>
        <translation>
            <numerusform>The folder is up to date: its %n file is what this export writes.</numerusform>
            <numerusform>The folder is up to date: its %n files are what this export writes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Removed (%1)</translation>
    </message>
    <message>
        <source>Kept, edited since the last export (%1)</source>
        <translation>Kept, edited since the last export (%1)</translation>
    </message>
    <message>
        <source>Unchanged (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <source>Nothing to write: the folder already holds this export.</source>
        <translation>Nothing to write: the folder already holds this export.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove in %4.</source>
        <translation>%1 to add, %2 to change, %3 to remove in %4.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>mesh::app::FieldLineageBox</name>
    <message>
        <source>Field lineage</source>
        <translation>Field lineage</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Made by %1 itself (a generated field).</source>
        <translation>Made by %1 itself (a generated field).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comes from:&lt;/b&gt; no field found that leads to it.</source>
        <translation>&lt;b&gt;Comes from:&lt;/b&gt; no field found that leads to it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comes from:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comes from:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes to:&lt;/b&gt; nothing yet.</source>
        <translation>&lt;b&gt;Goes to:&lt;/b&gt; nothing yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes to:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Goes to:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not known for %1: no readable schema.</source>
        <translation>Not known for %1: no readable schema.</translation>
    </message>
</context>
<context>
    <name>mesh::app::FindingsOutput</name>
    <message>
        <source>%1 Each finding names the element and says how to fix it; the rule&apos;s severity and parameters are set per catalog (Governance → Rules…).</source>
        <translation>%1 Each finding names the element and says how to fix it; the rule&apos;s severity and parameters are set per catalog (Governance → Rules…).</translation>
    </message>
</context>
<context>
    <name>mesh::app::FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::HistoryPanel</name>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>mesh::app::ImportCommand</name>
    <message>
        <source>Import AsyncAPI documents, .avsc, .proto and JSON Schema files into a catalog (one change batch)</source>
        <translation>Import AsyncAPI documents, .avsc, .proto and JSON Schema files into a catalog (one change batch)</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Files or folders to import.</translation>
    </message>
    <message>
        <source>The catalog to import into (a file or a postgresql:// URL).</source>
        <translation>The catalog to import into (a file or a postgresql:// URL).</translation>
    </message>
    <message>
        <source>The bounded context for what names none.</source>
        <translation>The bounded context for what names none.</translation>
    </message>
    <message>
        <source>A folder .proto imports are looked up in (repeatable).</source>
        <translation>A folder .proto imports are looked up in (repeatable).</translation>
    </message>
    <message>
        <source>Show what would be added, changed and removed; change nothing.</source>
        <translation>Show what would be added, changed and removed; change nothing.</translation>
    </message>
    <message>
        <source>Import schema versions their subject&apos;s compatibility mode refuses.</source>
        <translation>Import schema versions their subject&apos;s compatibility mode refuses.</translation>
    </message>
    <message>
        <source>Output format: text, json.</source>
        <translation>Output format: text, json.</translation>
    </message>
    <message>
        <source>--into CATALOG is required</source>
        <translation>--into CATALOG is required</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; nothing was imported</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 added, %2 changed, %3 removed</translation>
    </message>
    <message>
        <source>Nothing to import: the catalog already says what the files say</source>
        <translation>Nothing to import: the catalog already says what the files say</translation>
    </message>
    <message>
        <source>Dry run, nothing imported: %1</source>
        <translation>Dry run, nothing imported: %1</translation>
    </message>
    <message>
        <source>Kept for later (%1): the server of %2 cannot be reached</source>
        <translation>Kept for later (%1): the server of %2 cannot be reached</translation>
    </message>
    <message>
        <source>Imported as revision %1: %2</source>
        <translation>Imported as revision %1: %2</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n schema version(s) their subject&apos;s compatibility mode refuses; nothing was imported (--allow-incompatible imports them anyway)</source>
        <translation>
            <numerusform>%n schema version their subject&apos;s compatibility mode refuses; nothing was imported (--allow-incompatible imports them anyway)</numerusform>
            <numerusform>%n schema versions their subject&apos;s compatibility mode refuses; nothing was imported (--allow-incompatible imports them anyway)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::ImportDialog</name>
    <message>
        <source>Import schema versions their subject&apos;s compatibility mode refuses</source>
        <translation>Import schema versions their subject&apos;s compatibility mode refuses</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>the document&apos;s own, else its title</source>
        <translation>the document&apos;s own, else its title</translation>
    </message>
    <message>
        <source>folders separated by %1</source>
        <translation>folders separated by %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Files and folders:</source>
        <translation>Files and folders:</translation>
    </message>
    <message>
        <source>Bounded context:</source>
        <translation>Bounded context:</translation>
    </message>
    <message>
        <source>.proto import paths:</source>
        <translation>.proto import paths:</translation>
    </message>
    <message>
        <source>What the import will do in the catalog:</source>
        <translation>What the import will do in the catalog:</translation>
    </message>
    <message>
        <source>Add AsyncAPI documents (2.x or 3.0, YAML or JSON), .avsc, .proto or JSON Schema files, or folders holding them.</source>
        <translation>Add AsyncAPI documents (2.x or 3.0, YAML or JSON), .avsc, .proto or JSON Schema files, or folders holding them.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>Event mesh files (*.yaml *.yml *.json *.avsc *.proto);;All files (*)</source>
        <translation>Event mesh files (*.yaml *.yml *.json *.avsc *.proto);;All files (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add the files or folders to import.</source>
        <translation>Add the files or folders to import.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>
Nothing is imported.</source>
        <translation>
Nothing is imported.</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Removed (%1)</translation>
    </message>
    <message>
        <source>Refused by their subject&apos;s compatibility mode (%1)</source>
        <translation>Refused by their subject&apos;s compatibility mode (%1)</translation>
    </message>
    <message>
        <source>Not kept (%1)</source>
        <translation>Not kept (%1)</translation>
    </message>
    <message>
        <source>Nothing to import: the catalog already says what the files say.</source>
        <translation>Nothing to import: the catalog already says what the files say.</translation>
    </message>
    <message numerus="yes">
        <source>%n new schema version(s) break their subject&apos;s compatibility mode: fix the files, or allow them above.</source>
        <translation>
            <numerusform>%n new schema version break their subject&apos;s compatibility mode: fix the files, or allow them above.</numerusform>
            <numerusform>%n new schema versions break their subject&apos;s compatibility mode: fix the files, or allow them above.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, as one change you can undo.</source>
        <translation>%1 to add, %2 to change, %3 to remove, as one change you can undo.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) and folder(s)</source>
        <translation>
            <numerusform>Import %n file and folder</numerusform>
            <numerusform>Import %n files and folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::InfoCommand</name>
    <message>
        <source>Count a catalog&apos;s elements per kind, relations, schema versions and changes</source>
        <translation>Count a catalog&apos;s elements per kind, relations, schema versions and changes</translation>
    </message>
    <message>
        <source>Catalog:         %1</source>
        <translation>Catalog:         %1</translation>
    </message>
    <message>
        <source>Revision:        %1</source>
        <translation>Revision:        %1</translation>
    </message>
    <message>
        <source>Elements:        %1</source>
        <translation>Elements:        %1</translation>
    </message>
    <message>
        <source>Relations:       %1</source>
        <translation>Relations:       %1</translation>
    </message>
    <message>
        <source>Schema versions: %1</source>
        <translation>Schema versions: %1</translation>
    </message>
    <message>
        <source>Diagrams:        %1</source>
        <translation>Diagrams:        %1</translation>
    </message>
    <message>
        <source>Changes:         %1</source>
        <translation>Changes:         %1</translation>
    </message>
</context>
<context>
    <name>mesh::app::InitCommand</name>
    <message>
        <source>Create an empty catalog, or a copy of the sample catalog</source>
        <translation>Create an empty catalog, or a copy of the sample catalog</translation>
    </message>
    <message>
        <source>The catalog file to create (suggested extension .meshcat).</source>
        <translation>The catalog file to create (suggested extension .meshcat).</translation>
    </message>
    <message>
        <source>Fill it with the sample catalog.</source>
        <translation>Fill it with the sample catalog.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 (%n element(s))</source>
        <translation>
            <numerusform>Created %1 (%n element)</numerusform>
            <numerusform>Created %1 (%n elements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::app::LogCommand</name>
    <message>
        <source>Print the change log (its JSON Lines are what apply reads)</source>
        <translation>Print the change log (its JSON Lines are what apply reads)</translation>
    </message>
    <message>
        <source>A catalog file.</source>
        <translation>A catalog file.</translation>
    </message>
    <message>
        <source>Only changes after revision REV.</source>
        <translation>Only changes after revision REV.</translation>
    </message>
    <message>
        <source>Output format: text or jsonl.</source>
        <translation>Output format: text or jsonl.</translation>
    </message>
    <message>
        <source>--since must be a revision number, not &quot;%1&quot;</source>
        <translation>--since must be a revision number, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>mesh::app::MainWindow</name>
    <message>
        <source>Mesh Studio catalogs (*.meshcat);;All files (*)</source>
        <translation>Mesh Studio catalogs (*.meshcat);;All files (*)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>The language changes the next time Mesh Studio starts.</source>
        <translation>The language changes the next time Mesh Studio starts.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mesh Studio</source>
        <translation>&amp;About Mesh Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Catalog…</source>
        <translation>&amp;New Catalog…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Cannot open the catalog</source>
        <translation>Cannot open the catalog</translation>
    </message>
    <message>
        <source>Mesh Studio</source>
        <translation>Mesh Studio</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>No catalog</translation>
    </message>
    <message>
        <source>%1 — Mesh Studio</source>
        <translation>%1 — Mesh Studio</translation>
    </message>
    <message>
        <source>%1 · revision %2%3</source>
        <translation>%1 · revision %2%3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>New Catalog</source>
        <translation>New Catalog</translation>
    </message>
    <message>
        <source>Cannot create the catalog</source>
        <translation>Cannot create the catalog</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Open Catalog</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Save a Copy As</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Saved a copy to %1</translation>
    </message>
    <message>
        <source>About Mesh Studio</source>
        <translation>About Mesh Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mesh Studio %1&lt;/h3&gt;&lt;p&gt;Model an event-driven architecture together and keep it as a governed catalog.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mesh Studio %1&lt;/h3&gt;&lt;p&gt;Model an event-driven architecture together and keep it as a governed catalog.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <source>Open &amp;Shared…</source>
        <translation>Open &amp;Shared…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Password for %2:</translation>
    </message>
    <message>
        <source>A change made offline was not applied</source>
        <translation>A change made offline was not applied</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1

The catalog now shows their version.</source>
        <translation>%1

The catalog now shows their version.</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Keep Theirs</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● live</translation>
    </message>
    <message numerus="yes">
        <source>⚠ offline — %n change(s) waiting</source>
        <translation>
            <numerusform>⚠ offline — %n change waiting</numerusform>
            <numerusform>⚠ offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Governance</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Rules…</translation>
    </message>
    <message>
        <source>Change governance rules</source>
        <translation>Change governance rules</translation>
    </message>
    <message>
        <source>Mesh Analysis</source>
        <translation>Mesh Analysis</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Diagram Overview</source>
        <translation>Diagram Overview</translation>
    </message>
    <message>
        <source>Delete from the Catalog</source>
        <translation>Delete from the Catalog</translation>
    </message>
    <message>
        <source>Delete these from the catalog, with everything that goes with them?

%1

Removing from the diagram only is Delete without Shift.</source>
        <translation>Delete these from the catalog, with everything that goes with them?

%1

Removing from the diagram only is Delete without Shift.</translation>
    </message>
    <message>
        <source>Open or create a diagram first (Diagram menu)</source>
        <translation>Open or create a diagram first (Diagram menu)</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>New &amp;Event Storming Board…</source>
        <translation>New &amp;Event Storming Board…</translation>
    </message>
    <message>
        <source>New Event &amp;Modeling Timeline…</source>
        <translation>New Event &amp;Modeling Timeline…</translation>
    </message>
    <message>
        <source>New &amp;Context Map…</source>
        <translation>New &amp;Context Map…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>No diagram yet</source>
        <translation>No diagram yet</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename Diagram</source>
        <translation>Rename Diagram</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Delete Diagram</translation>
    </message>
    <message>
        <source>Delete the diagram %1? Its elements stay in the catalog.</source>
        <translation>Delete the diagram %1? Its elements stay in the catalog.</translation>
    </message>
    <message>
        <source>Delete diagram %1</source>
        <translation>Delete diagram %1</translation>
    </message>
    <message>
        <source>&amp;Pin or Unpin Selection</source>
        <translation>&amp;Pin or Unpin Selection</translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation>A&amp;lign</translation>
    </message>
    <message>
        <source>Dis&amp;tribute</source>
        <translation>Dis&amp;tribute</translation>
    </message>
    <message>
        <source>Horizontally</source>
        <translation>Horizontally</translation>
    </message>
    <message>
        <source>Vertically</source>
        <translation>Vertically</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>&amp;Auto-Layout</translation>
    </message>
    <message>
        <source>High-&amp;Quality Layout (Whole Graph)</source>
        <translation>High-&amp;Quality Layout (Whole Graph)</translation>
    </message>
    <message>
        <source>Cancel Layout</source>
        <translation>Cancel Layout</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100 %)</source>
        <translation>Actual &amp;Size (100 %)</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation>Export &amp;Picture…</translation>
    </message>
    <message>
        <source>Find on diagram (Ctrl+F)</source>
        <translation>Find on diagram (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on Diagram</source>
        <translation>Find on Diagram</translation>
    </message>
    <message>
        <source>Event Storming</source>
        <translation>Event Storming</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Context Map</source>
        <translation>Context Map</translation>
    </message>
    <message>
        <source>New Diagram</source>
        <translation>New Diagram</translation>
    </message>
    <message>
        <source>Nothing on this diagram is called &quot;%1&quot;</source>
        <translation>Nothing on this diagram is called &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) found</source>
        <translation>
            <numerusform>%n element found</numerusform>
            <numerusform>%n elements found</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Export Picture</translation>
    </message>
    <message>
        <source>SVG picture (*.svg);;PNG image (*.png)</source>
        <translation>SVG picture (*.svg);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Name a Slice Over the Selection…</source>
        <translation>Name a Slice Over the Selection…</translation>
    </message>
    <message>
        <source>Slices are steps of a timeline: open one first</source>
        <translation>Slices are steps of a timeline: open one first</translation>
    </message>
    <message>
        <source>Name a Slice</source>
        <translation>Name a Slice</translation>
    </message>
    <message>
        <source>Remove the Selection&apos;s Slices</source>
        <translation>Remove the Selection&apos;s Slices</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the catalog</source>
        <translation>
            <numerusform>Delete %n item from the catalog</numerusform>
            <numerusform>Delete %n items from the catalog</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom: Ctrl+0 fits the diagram, Ctrl+1 is 100 %</source>
        <translation>Zoom: Ctrl+0 fits the diagram, Ctrl+1 is 100 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>The catalog&apos;s rules refuse this approval while errors remain.</source>
        <translation>The catalog&apos;s rules refuse this approval while errors remain.</translation>
    </message>
    <message>
        <source>Fix these findings first (they are listed in the Findings panel):

• %1</source>
        <translation>Fix these findings first (they are listed in the Findings panel):

• %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Remove from Diagram</source>
        <translation>&amp;Remove from Diagram</translation>
    </message>
    <message>
        <source>&amp;Delete from Catalog…</source>
        <translation>&amp;Delete from Catalog…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), one step to undo</source>
        <translation>
            <numerusform>%1: %n change, one step to undo</numerusform>
            <numerusform>%1: %n changes, one step to undo</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the sample catalog</source>
        <translation>Cannot open the sample catalog</translation>
    </message>
</context>
<context>
    <name>mesh::app::MeshAnalysisPanel</name>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Latency p50 / p99</source>
        <translation>Latency p50 / p99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 ms</translation>
    </message>
    <message>
        <source>%1 requests/s (%2)</source>
        <translation>%1 requests/s (%2)</translation>
    </message>
    <message>
        <source>Flow from %1</source>
        <translation>Flow from %1</translation>
    </message>
    <message>
        <source>synchronous: %1 → %2</source>
        <translation>synchronous: %1 → %2</translation>
    </message>
    <message>
        <source>isolated by the event %1</source>
        <translation>isolated by the event %1</translation>
    </message>
    <message>
        <source>as an event instead: %1 → %2</source>
        <translation>as an event instead: %1 → %2</translation>
    </message>
    <message>
        <source>If %1 is down, these flows fail: %2</source>
        <translation>If %1 is down, these flows fail: %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::OpenSharedCatalogDialog</name>
    <message>
        <source>Open Shared Catalog</source>
        <translation>Open Shared Catalog</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass; otherwise you are asked for it. It is never saved.</source>
        <translation>The password comes from ~/.pgpass; otherwise you are asked for it. It is never saved.</translation>
    </message>
</context>
<context>
    <name>mesh::app::OverviewPage</name>
    <message>
        <source>&lt;h3&gt;Start&lt;/h3&gt;&lt;p&gt;&lt;a href=&apos;start:sample&apos;&gt;Open the sample catalog&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:new&apos;&gt;New catalog…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:open&apos;&gt;Open a catalog file…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:shared&apos;&gt;Open a shared catalog…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Start&lt;/h3&gt;&lt;p&gt;&lt;a href=&apos;start:sample&apos;&gt;Open the sample catalog&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:new&apos;&gt;New catalog…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:open&apos;&gt;Open a catalog file…&lt;/a&gt;&lt;br&gt;&lt;a href=&apos;start:shared&apos;&gt;Open a shared catalog…&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recent catalogs&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recent catalogs&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No catalog is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No catalog is open&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Revision %2 · %3 relations · %4 schema versions&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;%5&lt;/table&gt;&lt;p style=&apos;color:gray&apos;&gt;Select an element in the catalog tree to edit it.&lt;/p&gt;%6</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Revision %2 · %3 relations · %4 schema versions&lt;/p&gt;&lt;table cellspacing=&apos;6&apos;&gt;%5&lt;/table&gt;&lt;p style=&apos;color:gray&apos;&gt;Select an element in the catalog tree to edit it.&lt;/p&gt;%6</translation>
    </message>
</context>
<context>
    <name>mesh::app::PalettePanel</name>
    <message>
        <source>Click, then click on the diagram; or drag onto the diagram</source>
        <translation>Click, then click on the diagram; or drag onto the diagram</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Drag from one element to another to relate them; click again to stop</source>
        <translation>Drag from one element to another to relate them; click again to stop</translation>
    </message>
</context>
<context>
    <name>mesh::app::PresencePanel</name>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Only you: people appear here when several studios open the same shared catalog.</source>
        <translation>Only you: people appear here when several studios open the same shared catalog.</translation>
    </message>
    <message>
        <source>Offline: presence comes back with the connection.</source>
        <translation>Offline: presence comes back with the connection.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — you</source>
        <translation>%1 — you</translation>
    </message>
    <message>
        <source>catalog tree</source>
        <translation>catalog tree</translation>
    </message>
</context>
<context>
    <name>mesh::app::PropertiesPanel</name>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Select an element in the catalog tree to see and edit its properties.</source>
        <translation>Select an element in the catalog tree to see and edit its properties.</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Owning team</translation>
    </message>
    <message>
        <source>Comma-separated tags</source>
        <translation>Comma-separated tags</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3 · %4</source>
        <translation>v%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No schema yet.</source>
        <translation>No schema yet.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>No relations.</source>
        <translation>No relations.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Comma-separated</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>(none yet: choose one)</source>
        <translation>(none yet: choose one)</translation>
    </message>
</context>
<context>
    <name>mesh::app::RelationProperties</name>
    <message>
        <source>Synchronous: the caller waits for the answer.</source>
        <translation>Synchronous: the caller waits for the answer.</translation>
    </message>
    <message>
        <source>A context-map pattern between two bounded contexts.</source>
        <translation>A context-map pattern between two bounded contexts.</translation>
    </message>
    <message>
        <source>Asynchronous: a step of the event flow.</source>
        <translation>Asynchronous: a step of the event flow.</translation>
    </message>
    <message>
        <source>Delete Relation</source>
        <translation>Delete Relation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delete a relation</source>
        <translation>Delete a relation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relation&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Relation&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>What flows here, and why</source>
        <translation>What flows here, and why</translation>
    </message>
    <message>
        <source>Describe a relation</source>
        <translation>Describe a relation</translation>
    </message>
</context>
<context>
    <name>mesh::app::RenderCommand</name>
    <message>
        <source>Draw diagrams as SVG or PNG pictures, optionally laid out first</source>
        <translation>Draw diagrams as SVG or PNG pictures, optionally laid out first</translation>
    </message>
    <message>
        <source>The diagram to draw, by name.</source>
        <translation>The diagram to draw, by name.</translation>
    </message>
    <message>
        <source>Draw every diagram, one file each, into the folder --out names.</source>
        <translation>Draw every diagram, one file each, into the folder --out names.</translation>
    </message>
    <message>
        <source>The picture (.svg or .png), or the folder with --all.</source>
        <translation>The picture (.svg or .png), or the folder with --all.</translation>
    </message>
    <message>
        <source>With --all: PNG pictures instead of SVG.</source>
        <translation>With --all: PNG pictures instead of SVG.</translation>
    </message>
    <message>
        <source>Lay the diagram out first (the picture only; the catalog is not changed).</source>
        <translation>Lay the diagram out first (the picture only; the catalog is not changed).</translation>
    </message>
    <message>
        <source>With --layout: keep the layout in the catalog too (one change per diagram).</source>
        <translation>With --layout: keep the layout in the catalog too (one change per diagram).</translation>
    </message>
    <message>
        <source>Size factor of PNG pictures (default 1).</source>
        <translation>Size factor of PNG pictures (default 1).</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <source>give either --diagram NAME or --all</source>
        <translation>give either --diagram NAME or --all</translation>
    </message>
    <message>
        <source>--scale must be a number between 0 and 16, not &quot;%1&quot;</source>
        <translation>--scale must be a number between 0 and 16, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>no diagram is called &quot;%1&quot;; the diagrams are: %2</source>
        <translation>no diagram is called &quot;%1&quot;; the diagrams are: %2</translation>
    </message>
    <message>
        <source>%1: the layout failed</source>
        <translation>%1: the layout failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>Wrote %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mesh::app::ReviewPanel</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Open Review</translation>
    </message>
    <message>
        <source>Close and Sign Off</source>
        <translation>Close and Sign Off</translation>
    </message>
    <message>
        <source>Revert Rejected</source>
        <translation>Revert Rejected</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Comment on the selected item, then Enter</source>
        <translation>Comment on the selected item, then Enter</translation>
    </message>
    <message>
        <source>No review yet. The baseline is revision %1.</source>
        <translation>No review yet. The baseline is revision %1.</translation>
    </message>
    <message>
        <source>%1 — revisions %2 → %3, signed off by %4</source>
        <translation>%1 — revisions %2 → %3, signed off by %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 — revisions %2 → %3, %n item(s)</source>
        <translation>
            <numerusform>%1 — revisions %2 → %3, %n item</numerusform>
            <numerusform>%1 — revisions %2 → %3, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>compatible</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible: %1</translation>
    </message>
    <message>
        <source>(undecided)</source>
        <translation>(undecided)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Needs work</translation>
    </message>
    <message>
        <source>Open a review</source>
        <translation>Open a review</translation>
    </message>
    <message>
        <source>Decide on a review item</source>
        <translation>Decide on a review item</translation>
    </message>
    <message>
        <source>Comment on a review item</source>
        <translation>Comment on a review item</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Close the review</translation>
    </message>
    <message>
        <source>Nothing was rejected, or it was already taken back.</source>
        <translation>Nothing was rejected, or it was already taken back.</translation>
    </message>
    <message>
        <source>Revert rejected items</source>
        <translation>Revert rejected items</translation>
    </message>
    <message>
        <source>Review opened %1</source>
        <translation>Review opened %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All contexts</source>
        <translation>All contexts</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>Approve Selected</source>
        <translation>Approve Selected</translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation>Reject Selected</translation>
    </message>
    <message>
        <source>Needs Work</source>
        <translation>Needs Work</translation>
    </message>
    <message>
        <source>Approve All Shown</source>
        <translation>Approve All Shown</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The selected item&apos;s comments</source>
        <translation>The selected item&apos;s comments</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing changed since the last sign-off (revision %1).</source>
        <translation>Nothing changed since the last sign-off (revision %1).</translation>
    </message>
    <message numerus="yes">
        <source>Decide on %n review item(s)</source>
        <translation>
            <numerusform>Decide on %n review item</numerusform>
            <numerusform>Decide on %n review items</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign off &quot;%1&quot;?

%2 approved, %3 rejected, %4 needing work.

A sign-off is final: it becomes the baseline and cannot be undone.</source>
        <translation>Sign off &quot;%1&quot;?

%2 approved, %3 rejected, %4 needing work.

A sign-off is final: it becomes the baseline and cannot be undone.</translation>
    </message>
    <message>
        <source>Sign Off the Review</source>
        <translation>Sign Off the Review</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Sign Off</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
</context>
<context>
    <name>mesh::app::RuleSettingsDialog</name>
    <message>
        <source>Governance Rules</source>
        <translation>Governance Rules</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parameters (JSON)</translation>
    </message>
    <message>
        <source>Rules in bold are set by this catalog; the others follow the default rule set.</source>
        <translation>Rules in bold are set by this catalog; the others follow the default rule set.</translation>
    </message>
    <message>
        <source>%1: the parameters are not a JSON object (%2)</source>
        <translation>%1: the parameters are not a JSON object (%2)</translation>
    </message>
</context>
<context>
    <name>mesh::app::SampleCatalog</name>
    <message>
        <source>The sample catalog is invalid (line %1): %2</source>
        <translation>The sample catalog is invalid (line %1): %2</translation>
    </message>
    <message>
        <source>The sample as shipped</source>
        <translation>The sample as shipped</translation>
    </message>
</context>
<context>
    <name>mesh::app::SchemaEditorPanel</name>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>Save as New Version</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>How each new version must relate to the earlier ones, as in Confluent Schema Registry</source>
        <translation>How each new version must relate to the earlier ones, as in Confluent Schema Registry</translation>
    </message>
    <message>
        <source>Select an event, command or read model to see and edit its schema.</source>
        <translation>Select an event, command or read model to see and edit its schema.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Compatibility:</source>
        <translation>Compatibility:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>What this is about</source>
        <translation>What this is about</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Version 1 (new)</source>
        <translation>Version 1 (new)</translation>
    </message>
    <message>
        <source>Version %1 (new, from version %2)</source>
        <translation>Version %1 (new, from version %2)</translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation>Does not parse: %1</translation>
    </message>
    <message>
        <source>Parses as %1.</source>
        <translation>Parses as %1.</translation>
    </message>
    <message>
        <source>The first version: nothing to be compatible with.</source>
        <translation>The first version: nothing to be compatible with.</translation>
    </message>
    <message>
        <source>Incompatible: the earlier versions are not %1; a registry refuses a new format under the same subject</source>
        <translation>Incompatible: the earlier versions are not %1; a registry refuses a new format under the same subject</translation>
    </message>
    <message>
        <source>An earlier version cannot be read: %1</source>
        <translation>An earlier version cannot be read: %1</translation>
    </message>
    <message>
        <source>Compatibility is not checked (NONE).</source>
        <translation>Compatibility is not checked (NONE).</translation>
    </message>
    <message>
        <source>Compatible with the earlier versions (%1).</source>
        <translation>Compatible with the earlier versions (%1).</translation>
    </message>
    <message>
        <source>breaks old readers</source>
        <translation>breaks old readers</translation>
    </message>
    <message>
        <source>breaks old writers&apos; data</source>
        <translation>breaks old writers&apos; data</translation>
    </message>
    <message>
        <source>Against version %1, %2: %3 (%4)</source>
        <translation>Against version %1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Add schema version %1 of %2</source>
        <translation>Add schema version %1 of %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::SchemaFieldTable</name>
    <message>
        <source>Make Schema Version</source>
        <translation>Make Schema Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Add Field</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Remove Field</translation>
    </message>
    <message>
        <source>The fields of version %1. Change them and make the next version.</source>
        <translation>The fields of version %1. Change them and make the next version.</translation>
    </message>
    <message>
        <source>Version %1 was written by hand and stays as written; fields here make a new version from scratch.</source>
        <translation>Version %1 was written by hand and stays as written; fields here make a new version from scratch.</translation>
    </message>
    <message>
        <source>No schema yet: list the fields and make the first version.</source>
        <translation>No schema yet: list the fields and make the first version.</translation>
    </message>
    <message>
        <source>Add schema version %1 of %2 from its fields</source>
        <translation>Add schema version %1 of %2 from its fields</translation>
    </message>
</context>
<context>
    <name>mesh::app::SlicePanel</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Example value</source>
        <translation>Example value</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Add Scenario</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Remove Scenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>The refusal expected instead of events, if any</source>
        <translation>The refusal expected instead of events, if any</translation>
    </message>
    <message>
        <source>Slice:</source>
        <translation>Slice:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Given (events)</source>
        <translation>Given (events)</translation>
    </message>
    <message>
        <source>When (a command)</source>
        <translation>When (a command)</translation>
    </message>
    <message>
        <source>Then (events, or a state view&apos;s read models)</source>
        <translation>Then (events, or a state view&apos;s read models)</translation>
    </message>
    <message>
        <source>Add a row: an element, or one more of its fields</source>
        <translation>Add a row: an element, or one more of its fields</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <source>Or refused with:</source>
        <translation>Or refused with:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Rename slice %1 to %2</source>
        <translation>Rename slice %1 to %2</translation>
    </message>
    <message>
        <source>Make slice %1 a %2</source>
        <translation>Make slice %1 a %2</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Add scenario %1 to slice %2</source>
        <translation>Add scenario %1 to slice %2</translation>
    </message>
    <message>
        <source>Remove scenario %1 from slice %2</source>
        <translation>Remove scenario %1 from slice %2</translation>
    </message>
    <message>
        <source>Slices are parts of an Event Modeling timeline: open one.</source>
        <translation>Slices are parts of an Event Modeling timeline: open one.</translation>
    </message>
    <message>
        <source>Select the stickies of one step of the story and use Diagram → Name a Slice Over the Selection.</source>
        <translation>Select the stickies of one step of the story and use Diagram → Name a Slice Over the Selection.</translation>
    </message>
    <message>
        <source>Each slice is specified by its scenarios: given these events, when this command, then these events — or the read model shows these values.</source>
        <translation>Each slice is specified by its scenarios: given these events, when this command, then these events — or the read model shows these values.</translation>
    </message>
    <message>
        <source>Edit scenario %1 of slice %2</source>
        <translation>Edit scenario %1 of slice %2</translation>
    </message>
</context>
<context>
    <name>mesh::app::ViewFollower</name>
    <message>
        <source>You moved the view: no longer following %1</source>
        <translation>You moved the view: no longer following %1</translation>
    </message>
    <message>
        <source>the presenter</source>
        <translation>the presenter</translation>
    </message>
</context>
<context>
    <name>mesh::app::WatchCommand</name>
    <message>
        <source>Print changes as they land, from any client, until interrupted</source>
        <translation>Print changes as they land, from any client, until interrupted</translation>
    </message>
    <message>
        <source>A catalog file or a postgresql:// URL.</source>
        <translation>A catalog file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>First print the changes after revision REV (default: none, only new ones).</source>
        <translation>First print the changes after revision REV (default: none, only new ones).</translation>
    </message>
    <message>
        <source>Stop once revision REV has been printed.</source>
        <translation>Stop once revision REV has been printed.</translation>
    </message>
    <message>
        <source>Output format: text or jsonl.</source>
        <translation>Output format: text or jsonl.</translation>
    </message>
    <message>
        <source>--since must be a revision number, not &quot;%1&quot;</source>
        <translation>--since must be a revision number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--until must be a revision number, not &quot;%1&quot;</source>
        <translation>--until must be a revision number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Give up after SECONDS: exit 1 when --until REV has not landed by then (default: wait on).</source>
        <translation>Give up after SECONDS: exit 1 when --until REV has not landed by then (default: wait on).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout must be a number of seconds, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>revision %1 did not land within %2 s (the catalog is at %3)</source>
        <translation>revision %1 did not land within %2 s (the catalog is at %3)</translation>
    </message>
    <message>
        <source>meshstudio watch: waiting for revision %1; the catalog is at %2 (--timeout SECONDS gives up)</source>
        <translation>meshstudio watch: waiting for revision %1; the catalog is at %2 (--timeout SECONDS gives up)</translation>
    </message>
</context>
<context>
    <name>mesh::app::WorkshopPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Vote on Stickies</source>
        <translation>Vote on Stickies</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Reset Votes…</source>
        <translation>Reset Votes…</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>While on, a click on a sticky gives it one of your dots; Shift+click takes one back</source>
        <translation>While on, a click on a sticky gives it one of your dots; Shift+click takes one back</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Sticky</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Dots each:</source>
        <translation>Dots each:</translation>
    </message>
    <message>
        <source>A question, a doubt, a hot spot…</source>
        <translation>A question, a doubt, a hot spot…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Open a diagram to vote on its stickies.</source>
        <translation>Open a diagram to vote on its stickies.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) left of %2 on %3</source>
        <translation>
            <numerusform>%1 has %n dot left of %2 on %3</numerusform>
            <numerusform>%1 has %n dots left of %2 on %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Comments on %1</translation>
    </message>
    <message>
        <source>Select an element to read and write its comments.</source>
        <translation>Select an element to read and write its comments.</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message numerus="yes">
        <source>Give everyone %n dot(s) on %1</source>
        <translation>
            <numerusform>Give everyone %n dot on %1</numerusform>
            <numerusform>Give everyone %n dots on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Votes</source>
        <translation>Reset Votes</translation>
    </message>
    <message numerus="yes">
        <source>Take back everyone&apos;s dots on this diagram (%n vote(s))? Undo puts them back.</source>
        <translation>
            <numerusform>Take back everyone&apos;s dots on this diagram (%n vote)? Undo puts them back.</numerusform>
            <numerusform>Take back everyone&apos;s dots on this diagram (%n votes)? Undo puts them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the votes on %1</source>
        <translation>Reset the votes on %1</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Present My View</source>
        <translation>Present My View</translation>
    </message>
    <message>
        <source>Follow the Presenter</source>
        <translation>Follow the Presenter</translation>
    </message>
    <message>
        <source>The other studios that follow see your diagram, zoom and position</source>
        <translation>The other studios that follow see your diagram, zoom and position</translation>
    </message>
    <message>
        <source>Show what the presenting studio shows, until you move the view yourself</source>
        <translation>Show what the presenting studio shows, until you move the view yourself</translation>
    </message>
    <message>
        <source>Follow the facilitator</source>
        <translation>Follow the facilitator</translation>
    </message>
    <message>
        <source>On a shared catalog, one studio presents and the others follow.</source>
        <translation>On a shared catalog, one studio presents and the others follow.</translation>
    </message>
</context>
<context>
    <name>mesh::canvas::DiagramRenderer</name>
    <message>
        <source>%1: the picture is written as .svg or .png</source>
        <translation>%1: the picture is written as .svg or .png</translation>
    </message>
    <message>
        <source>the scale is between 0 and 16, not %1</source>
        <translation>the scale is between 0 and 16, not %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>A diagram from Mesh Studio</source>
        <translation>A diagram from Mesh Studio</translation>
    </message>
    <message>
        <source>cannot write %1: the PNG encoder failed</source>
        <translation>cannot write %1: the PNG encoder failed</translation>
    </message>
</context>
<context>
    <name>mesh::canvas::DiagramScene</name>
    <message>
        <source>Triggers and actors</source>
        <translation>Triggers and actors</translation>
    </message>
    <message>
        <source>Commands and read models</source>
        <translation>Commands and read models</translation>
    </message>
    <message>
        <source>Events · %1</source>
        <translation>Events · %1</translation>
    </message>
    <message>
        <source>Place %1 %2</source>
        <translation>Place %1 %2</translation>
    </message>
    <message>
        <source>Already on this diagram</source>
        <translation>Already on this diagram</translation>
    </message>
    <message numerus="yes">
        <source>Add %n element(s) to the diagram</source>
        <translation>
            <numerusform>Add %n element to the diagram</numerusform>
            <numerusform>Add %n elements to the diagram</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Move %1 into %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Move %n element</numerusform>
            <numerusform>Move %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n element(s) from the diagram</source>
        <translation>
            <numerusform>Remove %n element from the diagram</numerusform>
            <numerusform>Remove %n elements from the diagram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema version(s)</source>
        <translation>
            <numerusform>%n schema version</numerusform>
            <numerusform>%n schema versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) on other diagrams</source>
        <translation>
            <numerusform>%n placement on other diagrams</numerusform>
            <numerusform>%n placements on other diagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) inside the deleted contexts</source>
        <translation>
            <numerusform>%n element inside the deleted contexts</numerusform>
            <numerusform>%n elements inside the deleted contexts</numerusform>
        </translation>
    </message>
    <message>
        <source>An element cannot be related to itself</source>
        <translation>An element cannot be related to itself</translation>
    </message>
    <message>
        <source>Relate %1 %2 %3</source>
        <translation>Relate %1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n element(s)</source>
        <translation>
            <numerusform>Pin %n element</numerusform>
            <numerusform>Pin %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n element(s)</source>
        <translation>
            <numerusform>Unpin %n element</numerusform>
            <numerusform>Unpin %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n element(s)</source>
        <translation>
            <numerusform>Align %n element</numerusform>
            <numerusform>Align %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n element(s)</source>
        <translation>
            <numerusform>Distribute %n element</numerusform>
            <numerusform>Distribute %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Resize %1</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Paste %n element</numerusform>
            <numerusform>Paste %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>No kind of relation goes from %1 to %2</source>
        <translation>No kind of relation goes from %1 to %2</translation>
    </message>
    <message>
        <source>Select the stickies of the slice first</source>
        <translation>Select the stickies of the slice first</translation>
    </message>
    <message>
        <source>Add slice %1</source>
        <translation>Add slice %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n slice(s)</source>
        <translation>
            <numerusform>Remove %n slice</numerusform>
            <numerusform>Remove %n slices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relation(s)</source>
        <translation>
            <numerusform>Delete %n relation</numerusform>
            <numerusform>Delete %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the selection from the diagram</source>
        <translation>Remove the selection from the diagram</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n element(s)</source>
        <translation>
            <numerusform>Nudge %n element</numerusform>
            <numerusform>Nudge %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Left Edges</source>
        <translation>Left Edges</translation>
    </message>
    <message>
        <source>Right Edges</source>
        <translation>Right Edges</translation>
    </message>
    <message>
        <source>Top Edges</source>
        <translation>Top Edges</translation>
    </message>
    <message>
        <source>Bottom Edges</source>
        <translation>Bottom Edges</translation>
    </message>
    <message>
        <source>Centres in a Row</source>
        <translation>Centres in a Row</translation>
    </message>
    <message>
        <source>Centres in a Column</source>
        <translation>Centres in a Column</translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s) into their contexts</source>
        <translation>
            <numerusform>Move %n element into their contexts</numerusform>
            <numerusform>Move %n elements into their contexts</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back a dot from %1</source>
        <translation>Take back a dot from %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation>Vote for %1</translation>
    </message>
    <message>
        <source>Events · no context</source>
        <translation>Events · no context</translation>
    </message>
</context>
<context>
    <name>mesh::canvas::DiagramView</name>
    <message>
        <source>Name of the new %1</source>
        <translation>Name of the new %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Pin or Unpin</source>
        <translation>Pin or Unpin</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Align</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <source>Horizontally</source>
        <translation>Horizontally</translation>
    </message>
    <message>
        <source>Vertically</source>
        <translation>Vertically</translation>
    </message>
    <message>
        <source>Remove from Diagram</source>
        <translation>Remove from Diagram</translation>
    </message>
    <message>
        <source>Delete from Catalog…</source>
        <translation>Delete from Catalog…</translation>
    </message>
    <message>
        <source>Delete Relation</source>
        <translation>Delete Relation</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::AttributeField</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <source>%1 is out of range (expected %2)</source>
        <translation>%1 is out of range (expected %2)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>expected a list of strings</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <source>Latency to data update</source>
        <translation>Latency to data update</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation>Cardinality</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>Change throughput</source>
        <translation>Change throughput</translation>
    </message>
    <message>
        <source>changes/s</source>
        <translation>changes/s</translation>
    </message>
    <message>
        <source>Response time p50</source>
        <translation>Response time p50</translation>
    </message>
    <message>
        <source>Response time p90</source>
        <translation>Response time p90</translation>
    </message>
    <message>
        <source>Response time p99</source>
        <translation>Response time p99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requests/s</translation>
    </message>
    <message>
        <source>Uptime SLO</source>
        <translation>Uptime SLO</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Paths</translation>
    </message>
    <message>
        <source>Topic name</source>
        <translation>Topic name</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Replication factor</source>
        <translation>Replication factor</translation>
    </message>
    <message>
        <source>Min in-sync replicas</source>
        <translation>Min in-sync replicas</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Cleanup policy</source>
        <translation>Cleanup policy</translation>
    </message>
    <message>
        <source>Key schema</source>
        <translation>Key schema</translation>
    </message>
    <message>
        <source>Value schema</source>
        <translation>Value schema</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic name Kafka accepts: 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</source>
        <translation>&quot;%1&quot; is not a topic name Kafka accepts: 1 to 249 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</translation>
    </message>
    <message>
        <source>Subject naming</source>
        <translation>Subject naming</translation>
    </message>
    <message>
        <source>Generated fields</source>
        <translation>Generated fields</translation>
    </message>
    <message>
        <source>Field sources</source>
        <translation>Field sources</translation>
    </message>
    <message>
        <source>JSON Schema policy</source>
        <translation>JSON Schema policy</translation>
    </message>
    <message>
        <source>AsyncAPI address</source>
        <translation>AsyncAPI address</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::AvroCompatibility</name>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a schema is a type name, an object or an array (union)</source>
        <translation>a schema is a type name, an object or an array (union)</translation>
    </message>
    <message>
        <source>a %1 needs a name</source>
        <translation>a %1 needs a name</translation>
    </message>
    <message>
        <source>an enum needs its symbols</source>
        <translation>an enum needs its symbols</translation>
    </message>
    <message>
        <source>a fixed needs its size</source>
        <translation>a fixed needs its size</translation>
    </message>
    <message>
        <source>a record needs its fields</source>
        <translation>a record needs its fields</translation>
    </message>
    <message>
        <source>a field needs a name</source>
        <translation>a field needs a name</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no branch of the reader&apos;s union reads the writer&apos;s %1</source>
        <translation>no branch of the reader&apos;s union reads the writer&apos;s %1</translation>
    </message>
    <message>
        <source>the type changed from %1 to %2</source>
        <translation>the type changed from %1 to %2</translation>
    </message>
    <message>
        <source>the record name changed from %1 to %2</source>
        <translation>the record name changed from %1 to %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is new and has no default</source>
        <translation>the field &quot;%1&quot; is new and has no default</translation>
    </message>
    <message>
        <source>the enum name changed from %1 to %2</source>
        <translation>the enum name changed from %1 to %2</translation>
    </message>
    <message>
        <source>the symbols %1 are missing from the reader&apos;s enum, which has no default</source>
        <translation>the symbols %1 are missing from the reader&apos;s enum, which has no default</translation>
    </message>
    <message>
        <source>the fixed name changed from %1 to %2</source>
        <translation>the fixed name changed from %1 to %2</translation>
    </message>
    <message>
        <source>the fixed size changed from %1 to %2</source>
        <translation>the fixed size changed from %1 to %2</translation>
    </message>
    <message>
        <source>a union cannot hold a union</source>
        <translation>a union cannot hold a union</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Avro name</source>
        <translation>&quot;%1&quot; is not a valid Avro name</translation>
    </message>
    <message>
        <source>the type %1 is defined twice</source>
        <translation>the type %1 is defined twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid enum symbol</source>
        <translation>&quot;%1&quot; is not a valid enum symbol</translation>
    </message>
    <message>
        <source>the symbol %1 appears twice</source>
        <translation>the symbol %1 appears twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name</source>
        <translation>&quot;%1&quot; is not a valid field name</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice</source>
        <translation>the field &quot;%1&quot; appears twice</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Catalog</name>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 is open read-only</translation>
    </message>
    <message>
        <source>%1 changed %2 (revision %3: %4)</source>
        <translation>%1 changed %2 (revision %3: %4)</translation>
    </message>
    <message>
        <source>the same thing</source>
        <translation>the same thing</translation>
    </message>
    <message>
        <source>Someone else changed the same thing since: %1</source>
        <translation>Someone else changed the same thing since: %1</translation>
    </message>
    <message>
        <source>A copy cannot replace the catalog itself</source>
        <translation>A copy cannot replace the catalog itself</translation>
    </message>
    <message>
        <source>A change made offline was not applied: %1</source>
        <translation>A change made offline was not applied: %1</translation>
    </message>
    <message>
        <source>The catalog in memory no longer matches %1; close and reopen it</source>
        <translation>The catalog in memory no longer matches %1; close and reopen it</translation>
    </message>
    <message>
        <source>Taking back a change failed (%1): the catalog in memory no longer matches %2; close and reopen it</source>
        <translation>Taking back a change failed (%1): the catalog in memory no longer matches %2; close and reopen it</translation>
    </message>
    <message>
        <source>Revision %1 of %2 cannot be applied here (change %3: %4); nothing of it was</source>
        <translation>Revision %1 of %2 cannot be applied here (change %3: %4); nothing of it was</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::CatalogCopier</name>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 is not empty</translation>
    </message>
    <message>
        <source>The change log of %1 does not lead to its current state (%2)</source>
        <translation>The change log of %1 does not lead to its current state (%2)</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>Writing %1 failed</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ChangeApplier</name>
    <message>
        <source>A new element needs an id</source>
        <translation>A new element needs an id</translation>
    </message>
    <message>
        <source>An element with id %1 already exists</source>
        <translation>An element with id %1 already exists</translation>
    </message>
    <message>
        <source>No element with id %1</source>
        <translation>No element with id %1</translation>
    </message>
    <message>
        <source>An update must set at least one field</source>
        <translation>An update must set at least one field</translation>
    </message>
    <message numerus="yes">
        <source>The bounded context &quot;%1&quot; still contains %n element(s); move or delete them first</source>
        <translation>
            <numerusform>The bounded context &quot;%1&quot; still contains %n element; move or delete them first</numerusform>
            <numerusform>The bounded context &quot;%1&quot; still contains %n elements; move or delete them first</numerusform>
        </translation>
    </message>
    <message>
        <source>A new relation needs an id</source>
        <translation>A new relation needs an id</translation>
    </message>
    <message>
        <source>A relation with id %1 already exists</source>
        <translation>A relation with id %1 already exists</translation>
    </message>
    <message>
        <source>An element cannot be related to itself</source>
        <translation>An element cannot be related to itself</translation>
    </message>
    <message>
        <source>A relation &quot;%2&quot; cannot go from kind %1 to kind %3 (allowed: %4)</source>
        <translation>A relation &quot;%2&quot; cannot go from kind %1 to kind %3 (allowed: %4)</translation>
    </message>
    <message>
        <source>%1 already %2 %3</source>
        <translation>%1 already %2 %3</translation>
    </message>
    <message>
        <source>No relation with id %1</source>
        <translation>No relation with id %1</translation>
    </message>
    <message>
        <source>Elements of kind %1 have no schema; only events, commands and read models do</source>
        <translation>Elements of kind %1 have no schema; only events, commands and read models do</translation>
    </message>
    <message>
        <source>Schema version %1 of %2 does not follow the latest (expected %3)</source>
        <translation>Schema version %1 of %2 does not follow the latest (expected %3)</translation>
    </message>
    <message>
        <source>A schema version needs a text</source>
        <translation>A schema version needs a text</translation>
    </message>
    <message>
        <source>Only the latest schema version of a subject can be removed</source>
        <translation>Only the latest schema version of a subject can be removed</translation>
    </message>
    <message>
        <source>No schema version %1 for %2</source>
        <translation>No schema version %1 for %2</translation>
    </message>
    <message>
        <source>Unknown lifecycle &quot;%1&quot;</source>
        <translation>Unknown lifecycle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown compatibility mode &quot;%1&quot;</source>
        <translation>Unknown compatibility mode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of a schema version cannot be changed; add a new version instead</source>
        <translation>Field &quot;%1&quot; of a schema version cannot be changed; add a new version instead</translation>
    </message>
    <message>
        <source>A new diagram needs an id</source>
        <translation>A new diagram needs an id</translation>
    </message>
    <message>
        <source>A diagram with id %1 already exists</source>
        <translation>A diagram with id %1 already exists</translation>
    </message>
    <message>
        <source>No diagram with id %1</source>
        <translation>No diagram with id %1</translation>
    </message>
    <message>
        <source>%1 is already on this diagram</source>
        <translation>%1 is already on this diagram</translation>
    </message>
    <message>
        <source>%1 is not on this diagram</source>
        <translation>%1 is not on this diagram</translation>
    </message>
    <message>
        <source>Elements of kind %1 cannot belong to a bounded context</source>
        <translation>Elements of kind %1 cannot belong to a bounded context</translation>
    </message>
    <message>
        <source>No bounded context with id %1</source>
        <translation>No bounded context with id %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists in %3</source>
        <translation>%1 &quot;%2&quot; already exists in %3</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>the catalog</translation>
    </message>
    <message>
        <source>A diagram named &quot;%1&quot; already exists</source>
        <translation>A diagram named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>A placement needs a finite position and a positive size</source>
        <translation>A placement needs a finite position and a positive size</translation>
    </message>
    <message>
        <source>The name is empty</source>
        <translation>The name is empty</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts or ends with spaces</source>
        <translation>The name &quot;%1&quot; starts or ends with spaces</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains &apos;/&apos;, which separates a context from a name</source>
        <translation>The name &quot;%1&quot; contains &apos;/&apos;, which separates a context from a name</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters</source>
        <translation>The name is longer than %1 characters</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; contains a control character</source>
        <translation>The name &quot;%1&quot; contains a control character</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; already runs as the default rule set says</source>
        <translation>The rule &quot;%1&quot; already runs as the default rule set says</translation>
    </message>
    <message>
        <source>%1 cannot be approved while it has errors: %2</source>
        <translation>%1 cannot be approved while it has errors: %2</translation>
    </message>
    <message>
        <source>A review needs an id</source>
        <translation>A review needs an id</translation>
    </message>
    <message>
        <source>A review goes from an earlier revision to a later one</source>
        <translation>A review goes from an earlier revision to a later one</translation>
    </message>
    <message>
        <source>The review &quot;%1&quot; is closed</source>
        <translation>The review &quot;%1&quot; is closed</translation>
    </message>
    <message>
        <source>No review with id %1</source>
        <translation>No review with id %1</translation>
    </message>
    <message>
        <source>Routes map relation ids to lists of coordinates: x and y of a start, then of three points per curve</source>
        <translation>Routes map relation ids to lists of coordinates: x and y of a start, then of three points per curve</translation>
    </message>
    <message>
        <source>Only the name, the slices and the routes of a diagram can be changed</source>
        <translation>Only the name, the slices and the routes of a diagram can be changed</translation>
    </message>
    <message>
        <source>Only the description of a relation can be changed; its kind and ends make it what it is</source>
        <translation>Only the description of a relation can be changed; its kind and ends make it what it is</translation>
    </message>
    <message>
        <source>Taking back a refused batch failed (%1 after %2); the catalog in memory is no longer what it was: close and reopen it</source>
        <translation>Taking back a refused batch failed (%1 after %2); the catalog in memory is no longer what it was: close and reopen it</translation>
    </message>
    <message>
        <source>Schema version %1 of %2 is not a valid %3 schema: %4</source>
        <translation>Schema version %1 of %2 is not a valid %3 schema: %4</translation>
    </message>
    <message>
        <source>A schema text is at most 1 MiB (this one is %1 bytes)</source>
        <translation>A schema text is at most 1 MiB (this one is %1 bytes)</translation>
    </message>
    <message>
        <source>%1 must belong to a bounded context before it is %2</source>
        <translation>%1 must belong to a bounded context before it is %2</translation>
    </message>
    <message>
        <source>A vote or comment needs an id</source>
        <translation>A vote or comment needs an id</translation>
    </message>
    <message>
        <source>Annotation %1 is of another kind</source>
        <translation>Annotation %1 is of another kind</translation>
    </message>
    <message>
        <source>No vote or comment with id %1</source>
        <translation>No vote or comment with id %1</translation>
    </message>
    <message>
        <source>A vote or comment names its author</source>
        <translation>A vote or comment names its author</translation>
    </message>
    <message>
        <source>A comment needs a text</source>
        <translation>A comment needs a text</translation>
    </message>
    <message>
        <source>A comment is at most %1 characters</source>
        <translation>A comment is at most %1 characters</translation>
    </message>
    <message>
        <source>A dot budget is 1 to %1 dots</source>
        <translation>A dot budget is 1 to %1 dots</translation>
    </message>
    <message>
        <source>This diagram has a dot budget already</source>
        <translation>This diagram has a dot budget already</translation>
    </message>
    <message>
        <source>Votes are at least one dot (taking them all back removes them)</source>
        <translation>Votes are at least one dot (taking them all back removes them)</translation>
    </message>
    <message>
        <source>%1 has voted on %2 already</source>
        <translation>%1 has voted on %2 already</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this diagram and no more</source>
        <translation>
            <numerusform>%1 has %n dot on this diagram and no more</numerusform>
            <numerusform>%1 has %n dots on this diagram and no more</numerusform>
        </translation>
    </message>
    <message>
        <source>Slices are a list of {name, left, right, kind, scenarios}: %1</source>
        <translation>Slices are a list of {name, left, right, kind, scenarios}: %1</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; of slice &quot;%2&quot;: %3 is %4</source>
        <translation>Scenario &quot;%1&quot; of slice &quot;%2&quot;: %3 is %4</translation>
    </message>
    <message>
        <source>no event (Given lists events)</source>
        <translation>no event (Given lists events)</translation>
    </message>
    <message>
        <source>no command (When is a command)</source>
        <translation>no command (When is a command)</translation>
    </message>
    <message>
        <source>no read model (Then shows read models)</source>
        <translation>no read model (Then shows read models)</translation>
    </message>
    <message>
        <source>no event (Then lists events)</source>
        <translation>no event (Then lists events)</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ChangeJson</name>
    <message>
        <source>Field &quot;%1&quot;: expected a string</source>
        <translation>Field &quot;%1&quot;: expected a string</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected an object</source>
        <translation>Field &quot;%1&quot;: expected an object</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected a number</source>
        <translation>Field &quot;%1&quot;: expected a number</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not a UUID</source>
        <translation>Field &quot;%1&quot;: &quot;%2&quot; is not a UUID</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;</source>
        <translation>Unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Missing field &quot;%1&quot;</source>
        <translation>Missing field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no diagram &quot;%2&quot;</source>
        <translation>Field &quot;%1&quot;: no diagram &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected true or false</source>
        <translation>Field &quot;%1&quot;: expected true or false</translation>
    </message>
    <message>
        <source>Field &quot;format&quot;: expected avro, protobuf or jsonschema</source>
        <translation>Field &quot;format&quot;: expected avro, protobuf or jsonschema</translation>
    </message>
    <message>
        <source>Field &quot;compatibility&quot;: unknown mode &quot;%1&quot;</source>
        <translation>Field &quot;compatibility&quot;: unknown mode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;lifecycle&quot;: unknown lifecycle &quot;%1&quot;</source>
        <translation>Field &quot;lifecycle&quot;: unknown lifecycle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;kind&quot;: unknown element kind &quot;%1&quot;</source>
        <translation>Field &quot;kind&quot;: unknown element kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;kind&quot;: unknown relation kind &quot;%1&quot;</source>
        <translation>Field &quot;kind&quot;: unknown relation kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Field &quot;id&quot;: no relation with id %1</source>
        <translation>Field &quot;id&quot;: no relation with id %1</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; relation from %2 to %3</source>
        <translation>No &quot;%1&quot; relation from %2 to %3</translation>
    </message>
    <message>
        <source>Field &quot;kind&quot;: expected board, timeline or context-map</source>
        <translation>Field &quot;kind&quot;: expected board, timeline or context-map</translation>
    </message>
    <message>
        <source>Field &quot;op&quot;: unknown operation &quot;%1&quot;</source>
        <translation>Field &quot;op&quot;: unknown operation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Malformed JSON at column %1: %2</source>
        <translation>Malformed JSON at column %1: %2</translation>
    </message>
    <message>
        <source>Expected a JSON object</source>
        <translation>Expected a JSON object</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no element with id %2</source>
        <translation>Field &quot;%1&quot;: no element with id %2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no bounded context &quot;%2&quot;</source>
        <translation>Field &quot;%1&quot;: no bounded context &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: no element &quot;%2&quot;</source>
        <translation>Field &quot;%1&quot;: no element &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is ambiguous (%3); use the id</source>
        <translation>Field &quot;%1&quot;: &quot;%2&quot; is ambiguous (%3); use the id</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is of kind %3</source>
        <translation>Field &quot;%1&quot;: &quot;%2&quot; is of kind %3</translation>
    </message>
    <message>
        <source>Field &quot;severity&quot;: expected error, warning or info</source>
        <translation>Field &quot;severity&quot;: expected error, warning or info</translation>
    </message>
    <message>
        <source>Field &quot;routes&quot;: expected relation ids mapped to lists of coordinates</source>
        <translation>Field &quot;routes&quot;: expected relation ids mapped to lists of coordinates</translation>
    </message>
    <message>
        <source>Field &quot;set&quot;: expected an object of fields to change</source>
        <translation>Field &quot;set&quot;: expected an object of fields to change</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: expected a version number from 1 to 1000000</source>
        <translation>Field &quot;%1&quot;: expected a version number from 1 to 1000000</translation>
    </message>
    <message>
        <source>Field &quot;annotation&quot;: its kind is votes, comment or dotBudget</source>
        <translation>Field &quot;annotation&quot;: its kind is votes, comment or dotBudget</translation>
    </message>
    <message>
        <source>Field &quot;slices&quot;: %1</source>
        <translation>Field &quot;slices&quot;: %1</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Diagram</name>
    <message>
        <source>slices are a list</source>
        <translation>slices are a list</translation>
    </message>
    <message>
        <source>slice %1</source>
        <translation>slice %1</translation>
    </message>
    <message>
        <source>%1: expected {name, left, right}</source>
        <translation>%1: expected {name, left, right}</translation>
    </message>
    <message>
        <source>%1: a slice is named, its left before its right</source>
        <translation>%1: a slice is named, its left before its right</translation>
    </message>
    <message>
        <source>%1: kind &quot;%2&quot; is none of state-change, state-view, automation, translation</source>
        <translation>%1: kind &quot;%2&quot; is none of state-change, state-view, automation, translation</translation>
    </message>
    <message>
        <source>%1: scenarios are a list</source>
        <translation>%1: scenarios are a list</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ElementFields</name>
    <message>
        <source>Field &quot;%1&quot;: expected %2</source>
        <translation>Field &quot;%1&quot;: expected %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>a list of strings</translation>
    </message>
    <message>
        <source>one of draft, proposed, approved, deprecated, retired</source>
        <translation>one of draft, proposed, approved, deprecated, retired</translation>
    </message>
    <message>
        <source>the id of a bounded context</source>
        <translation>the id of a bounded context</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; cannot be changed</source>
        <translation>Field &quot;%1&quot; cannot be changed</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for kind %2</source>
        <translation>Unknown field &quot;%1&quot; for kind %2</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ElementKind</name>
    <message>
        <source>Bounded context</source>
        <translation>Bounded context</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>Bounded contexts</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregates</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Read model</source>
        <translation>Read model</translation>
    </message>
    <message>
        <source>Read models</source>
        <translation>Read models</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>External system</source>
        <translation>External system</translation>
    </message>
    <message>
        <source>External systems</source>
        <translation>External systems</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Hot spot</source>
        <translation>Hot spot</translation>
    </message>
    <message>
        <source>Hot spots</source>
        <translation>Hot spots</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::EventModelingRules</name>
    <message>
        <source>No information is lost: every field of a read model comes from an event that feeds it, every field of an event from the command that leads to it or is marked as generated.</source>
        <translation>No information is lost: every field of a read model comes from an event that feeds it, every field of an event from the command that leads to it or is marked as generated.</translation>
    </message>
    <message>
        <source>Correct the entry of %1 in its Field sources.</source>
        <translation>Correct the entry of %1 in its Field sources.</translation>
    </message>
    <message>
        <source>Field %1 of the read model %2 comes from no event that feeds it (%3)</source>
        <translation>Field %1 of the read model %2 comes from no event that feeds it (%3)</translation>
    </message>
    <message>
        <source>Add %1 to one of those events, feed the read model from an event that has it, or map it in its Field sources (%1=Event.field).</source>
        <translation>Add %1 to one of those events, feed the read model from an event that has it, or map it in its Field sources (%1=Event.field).</translation>
    </message>
    <message>
        <source>Field %1 of the event %2 comes from no command that leads to it (%3)</source>
        <translation>Field %1 of the event %2 comes from no command that leads to it (%3)</translation>
    </message>
    <message>
        <source>Add %1 to the command, map it in the event&apos;s Field sources (%1=Command.field), or list it in its Generated fields when the event makes it (an id, a timestamp).</source>
        <translation>Add %1 to the command, map it in the event&apos;s Field sources (%1=Command.field), or list it in its Generated fields when the event makes it (an id, a timestamp).</translation>
    </message>
    <message>
        <source>Field %1 of %2 is mapped to %3, which no event feeding it has (%4)</source>
        <translation>Field %1 of %2 is mapped to %3, which no event feeding it has (%4)</translation>
    </message>
    <message>
        <source>Field %1 of %2 is mapped to %3, which no command leading to it has (%4)</source>
        <translation>Field %1 of %2 is mapped to %3, which no command leading to it has (%4)</translation>
    </message>
    <message>
        <source>Field %1 in the scenario &quot;%2&quot; of the slice &quot;%3&quot; (%4) is not a field of %5</source>
        <translation>Field %1 in the scenario &quot;%2&quot; of the slice &quot;%3&quot; (%4) is not a field of %5</translation>
    </message>
    <message>
        <source>Use one of %1 in the scenario, or add %2 to the schema of %3.</source>
        <translation>Use one of %1 in the scenario, or add %2 to the schema of %3.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::FlowRules</name>
    <message>
        <source>Every event is emitted by something: an aggregate, a service or an external system.</source>
        <translation>Every event is emitted by something: an aggregate, a service or an external system.</translation>
    </message>
    <message>
        <source>Nothing emits the event %1</source>
        <translation>Nothing emits the event %1</translation>
    </message>
    <message>
        <source>Relate the aggregate, service or external system that emits it.</source>
        <translation>Relate the aggregate, service or external system that emits it.</translation>
    </message>
    <message>
        <source>An event consumed outside its bounded context has a schema and a lifecycle of at least proposed.</source>
        <translation>An event consumed outside its bounded context has a schema and a lifecycle of at least proposed.</translation>
    </message>
    <message>
        <source>%1 is consumed by %2 but has no schema</source>
        <translation>%1 is consumed by %2 but has no schema</translation>
    </message>
    <message>
        <source>Add a schema version: it is the contract its consumers rely on.</source>
        <translation>Add a schema version: it is the contract its consumers rely on.</translation>
    </message>
    <message>
        <source>%1 is consumed by %2 but is still %3</source>
        <translation>%1 is consumed by %2 but is still %3</translation>
    </message>
    <message>
        <source>Propose it (lifecycle %1) so that its consumers can rely on it.</source>
        <translation>Propose it (lifecycle %1) so that its consumers can rely on it.</translation>
    </message>
    <message>
        <source>A context consumes another context&apos;s event only when that event is published on a channel.</source>
        <translation>A context consumes another context&apos;s event only when that event is published on a channel.</translation>
    </message>
    <message>
        <source>%1 is consumed by %2 but not published</source>
        <translation>%1 is consumed by %2 but not published</translation>
    </message>
    <message>
        <source>Publish it: a channel that carries it and a service that publishes the channel.</source>
        <translation>Publish it: a channel that carries it and a service that publishes the channel.</translation>
    </message>
    <message>
        <source>Every channel has a producer.</source>
        <translation>Every channel has a producer.</translation>
    </message>
    <message>
        <source>No service publishes the channel %1</source>
        <translation>No service publishes the channel %1</translation>
    </message>
    <message>
        <source>Relate the service that publishes it.</source>
        <translation>Relate the service that publishes it.</translation>
    </message>
    <message>
        <source>Topic names follow the template ({context}, {event}, {major}).</source>
        <translation>Topic names follow the template ({context}, {event}, {major}).</translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; does not follow the template; expected &quot;%2&quot;</source>
        <translation>The topic &quot;%1&quot; does not follow the template; expected &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Rename the topic to &quot;%1&quot;.</source>
        <translation>Rename the topic to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Synchronous calls across bounded contexts are flagged: an event would isolate the caller.</source>
        <translation>Synchronous calls across bounded contexts are flagged: an event would isolate the caller.</translation>
    </message>
    <message>
        <source>%1 calls %2 synchronously, across contexts</source>
        <translation>%1 calls %2 synchronously, across contexts</translation>
    </message>
    <message>
        <source>Consider consuming the other context&apos;s events into a local read model instead.</source>
        <translation>Consider consuming the other context&apos;s events into a local read model instead.</translation>
    </message>
    <message>
        <source>Elements are related to something.</source>
        <translation>Elements are related to something.</translation>
    </message>
    <message>
        <source>%1 is related to nothing</source>
        <translation>%1 is related to nothing</translation>
    </message>
    <message>
        <source>Relate it, or delete it if it is not needed.</source>
        <translation>Relate it, or delete it if it is not needed.</translation>
    </message>
    <message>
        <source>A channel&apos;s partitions never decrease from one approved version to the next.</source>
        <translation>A channel&apos;s partitions never decrease from one approved version to the next.</translation>
    </message>
    <message>
        <source>%1 has %2 partitions; review &quot;%3&quot; approved %4, and Kafka cannot take partitions away</source>
        <translation>%1 has %2 partitions; review &quot;%3&quot; approved %4, and Kafka cannot take partitions away</translation>
    </message>
    <message>
        <source>Set the partitions back to %1 or more; for fewer, create a new version of the topic and move its consumers.</source>
        <translation>Set the partitions back to %1 or more; for fewer, create a new version of the topic and move its consumers.</translation>
    </message>
    <message>
        <source>Elements that live in a bounded context have one before they are approved.</source>
        <translation>Elements that live in a bounded context have one before they are approved.</translation>
    </message>
    <message>
        <source>%1 belongs to no bounded context yet</source>
        <translation>%1 belongs to no bounded context yet</translation>
    </message>
    <message>
        <source>Draw a context frame around it on a board, drop it into one, or choose its context in the properties.</source>
        <translation>Draw a context frame around it on a board, drop it into one, or choose its context in the properties.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::JsonSchemaCompatibility</name>
    <message>
        <source>a JSON Schema document is an object</source>
        <translation>a JSON Schema document is an object</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Lifecycle</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Deprecated</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::NamingRules</name>
    <message>
        <source>Events are named in PascalCase, in the past tense (something that happened).</source>
        <translation>Events are named in PascalCase, in the past tense (something that happened).</translation>
    </message>
    <message>
        <source>The event name &quot;%1&quot; is not PascalCase</source>
        <translation>The event name &quot;%1&quot; is not PascalCase</translation>
    </message>
    <message>
        <source>Write it as one word per part, each capitalised: &quot;ProfilePublished&quot;.</source>
        <translation>Write it as one word per part, each capitalised: &quot;ProfilePublished&quot;.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is not named in the past tense</source>
        <translation>The event &quot;%1&quot; is not named in the past tense</translation>
    </message>
    <message>
        <source>Name what happened: &quot;%1Happened&quot;, &quot;OrderPlaced&quot;, &quot;ProfilePublished&quot;.</source>
        <translation>Name what happened: &quot;%1Happened&quot;, &quot;OrderPlaced&quot;, &quot;ProfilePublished&quot;.</translation>
    </message>
    <message>
        <source>Commands are named as an order: a verb in the imperative, then what it acts on.</source>
        <translation>Commands are named as an order: a verb in the imperative, then what it acts on.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not named as an imperative verb and its object</source>
        <translation>The command &quot;%1&quot; is not named as an imperative verb and its object</translation>
    </message>
    <message>
        <source>Start with the verb: &quot;PublishProfile&quot;, &quot;AddParticipant&quot;.</source>
        <translation>Start with the verb: &quot;PublishProfile&quot;, &quot;AddParticipant&quot;.</translation>
    </message>
    <message>
        <source>Names follow the pattern configured for their kind.</source>
        <translation>Names follow the pattern configured for their kind.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not follow the pattern for %2: %3</source>
        <translation>The name &quot;%1&quot; does not follow the pattern for %2: %3</translation>
    </message>
    <message>
        <source>Rename it, or change the pattern in the rule set.</source>
        <translation>Rename it, or change the pattern in the rule set.</translation>
    </message>
    <message>
        <source>Elements others rely on have an owning team.</source>
        <translation>Elements others rely on have an owning team.</translation>
    </message>
    <message>
        <source>Elements others rely on are described.</source>
        <translation>Elements others rely on are described.</translation>
    </message>
    <message>
        <source>%1 has no owning team</source>
        <translation>%1 has no owning team</translation>
    </message>
    <message>
        <source>Set its owner in the properties.</source>
        <translation>Set its owner in the properties.</translation>
    </message>
    <message>
        <source>%1 has no description</source>
        <translation>%1 has no description</translation>
    </message>
    <message>
        <source>Describe it in the properties.</source>
        <translation>Describe it in the properties.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::OfflineQueue</name>
    <message>
        <source>Keeping the change for later failed (%1): %2</source>
        <translation>Keeping the change for later failed (%1): %2</translation>
    </message>
    <message>
        <source>Reading the changes kept for later failed (%1): %2</source>
        <translation>Reading the changes kept for later failed (%1): %2</translation>
    </message>
    <message>
        <source>Updating %1 failed: %2</source>
        <translation>Updating %1 failed: %2</translation>
    </message>
    <message>
        <source>Removing %1 failed</source>
        <translation>Removing %1 failed</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::OperationsRules</name>
    <message>
        <source>Between two contexts the patterns agree: one side upstream (open host service, published language, supplier), the other downstream (conformist, anticorruption layer, customer); a partnership or shared kernel is not also upstream/downstream.</source>
        <translation>Between two contexts the patterns agree: one side upstream (open host service, published language, supplier), the other downstream (conformist, anticorruption layer, customer); a partnership or shared kernel is not also upstream/downstream.</translation>
    </message>
    <message>
        <source>%1 and %2 disagree: &quot;%3&quot; and &quot;%4&quot;</source>
        <translation>%1 and %2 disagree: &quot;%3&quot; and &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Decide which context is upstream and keep the patterns of that direction.</source>
        <translation>Decide which context is upstream and keep the patterns of that direction.</translation>
    </message>
    <message>
        <source>Services and APIs on a synchronous path declare an uptime SLO.</source>
        <translation>Services and APIs on a synchronous path declare an uptime SLO.</translation>
    </message>
    <message>
        <source>%1 is on a synchronous path but declares no uptime SLO</source>
        <translation>%1 is on a synchronous path but declares no uptime SLO</translation>
    </message>
    <message>
        <source>Set its uptime SLO: the path is only as available as the product of its hops.</source>
        <translation>Set its uptime SLO: the path is only as available as the product of its hops.</translation>
    </message>
    <message>
        <source>A read model fed from another context declares its latency to data update.</source>
        <translation>A read model fed from another context declares its latency to data update.</translation>
    </message>
    <message>
        <source>%1 copies data of %2 but declares no latency to data update</source>
        <translation>%1 copies data of %2 but declares no latency to data update</translation>
    </message>
    <message>
        <source>Set its latency to data update, so its readers know how fresh it is.</source>
        <translation>Set its latency to data update, so its readers know how fresh it is.</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::PostgresCatalogStore</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>%1: the server of %2 cannot be reached (%3)</source>
        <translation>%1: the server of %2 cannot be reached (%3)</translation>
    </message>
    <message>
        <source>%1: refused by the server of %2: %3</source>
        <translation>%1: refused by the server of %2: %3</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 failed for %2: %3</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Running &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no Mesh Studio catalog; its owner creates one with: meshstudio admin init-shared URL</source>
        <translation>%1 holds no Mesh Studio catalog; its owner creates one with: meshstudio admin init-shared URL</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</source>
        <translation>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</translation>
    </message>
    <message>
        <source>%1 uses an older catalog format (%2); its owner upgrades it with: meshstudio admin init-shared URL</source>
        <translation>%1 uses an older catalog format (%2); its owner upgrades it with: meshstudio admin init-shared URL</translation>
    </message>
    <message>
        <source>%1: your role may only read this catalog</source>
        <translation>%1: your role may only read this catalog</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mesh Studio (catalog format %2)</source>
        <translation>%1 was written by a newer Mesh Studio (catalog format %2)</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Missing migration %1</translation>
    </message>
    <message>
        <source>Creating the shared catalog in %1 failed: %2</source>
        <translation>Creating the shared catalog in %1 failed: %2</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot; (viewer, modeler or approver)</source>
        <translation>Unknown role &quot;%1&quot; (viewer, modeler or approver)</translation>
    </message>
    <message>
        <source>No database user &quot;%1&quot; on the server of %2</source>
        <translation>No database user &quot;%1&quot; on the server of %2</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 is open read-only</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Starting a transaction</translation>
    </message>
    <message>
        <source>Committing the change</source>
        <translation>Committing the change</translation>
    </message>
    <message>
        <source>%1 moved on while this change was being saved</source>
        <translation>%1 moved on while this change was being saved</translation>
    </message>
    <message>
        <source>Cannot follow the changes of %1: %2</source>
        <translation>Cannot follow the changes of %1: %2</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>Reading the change log</translation>
    </message>
    <message>
        <source>%1: %2 is busy: another writer has held its lock for too long (%3)</source>
        <translation>%1: %2 is busy: another writer has held its lock for too long (%3)</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Saving the change</translation>
    </message>
    <message>
        <source>Reading %1 failed: not connected</source>
        <translation>Reading %1 failed: not connected</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::PostgresUrl</name>
    <message>
        <source>%1 is not a postgresql://user@host:port/database URL</source>
        <translation>%1 is not a postgresql://user@host:port/database URL</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://user@host:port/database)</source>
        <translation>%1 names no database (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>%1: the URL may not set &quot;%2&quot; (the server, user and database are the URL&apos;s own parts)</source>
        <translation>%1: the URL may not set &quot;%2&quot; (the server, user and database are the URL&apos;s own parts)</translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; may not hold a semicolon or a control character</source>
        <translation>%1: the value of &quot;%2&quot; may not hold a semicolon or a control character</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ProtobufCompatibility</name>
    <message>
        <source>not a .proto file</source>
        <translation>not a .proto file</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::RelationKind</name>
    <message>
        <source>issues</source>
        <translation>issues</translation>
    </message>
    <message>
        <source>handled by</source>
        <translation>handled by</translation>
    </message>
    <message>
        <source>emits</source>
        <translation>emits</translation>
    </message>
    <message>
        <source>feeds</source>
        <translation>feeds</translation>
    </message>
    <message>
        <source>publishes</source>
        <translation>publishes</translation>
    </message>
    <message>
        <source>subscribes</source>
        <translation>subscribes</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>calls</translation>
    </message>
    <message>
        <source>exposes</source>
        <translation>exposes</translation>
    </message>
    <message>
        <source>carries</source>
        <translation>carries</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Shared Kernel</source>
        <translation>Shared Kernel</translation>
    </message>
    <message>
        <source>Customer/Supplier</source>
        <translation>Customer/Supplier</translation>
    </message>
    <message>
        <source>Conformist</source>
        <translation>Conformist</translation>
    </message>
    <message>
        <source>Anticorruption Layer</source>
        <translation>Anticorruption Layer</translation>
    </message>
    <message>
        <source>Open Host Service</source>
        <translation>Open Host Service</translation>
    </message>
    <message>
        <source>Published Language</source>
        <translation>Published Language</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::ReviewSession</name>
    <message>
        <source>A decision is approve, reject or needs-work, not &quot;%1&quot;</source>
        <translation>A decision is approve, reject or needs-work, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need a decision: %1</source>
        <translation>
            <numerusform>%n item still needs a decision: %1</numerusform>
            <numerusform>%n items still need a decision: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesh::catalog::RowCodec</name>
    <message>
        <source>%1 has an invalid %2: %3</source>
        <translation>%1 has an invalid %2: %3</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::RuleRegistry</name>
    <message>
        <source>Rule %1 has no parameter &quot;%2&quot;</source>
        <translation>Rule %1 has no parameter &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; of rule %2 has the wrong type</source>
        <translation>Parameter &quot;%1&quot; of rule %2 has the wrong type</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;</source>
        <translation>Unknown rule &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Scenario</name>
    <message>
        <source>%1: expected {&quot;element&quot;: id, &quot;values&quot;: {…}}</source>
        <translation>%1: expected {&quot;element&quot;: id, &quot;values&quot;: {…}}</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; is an object of field names and example values</source>
        <translation>%1: &quot;values&quot; is an object of field names and example values</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1: expected a list</translation>
    </message>
    <message>
        <source>a scenario has a name</source>
        <translation>a scenario has a name</translation>
    </message>
    <message>
        <source>%1: &quot;error&quot; is a text</source>
        <translation>%1: &quot;error&quot; is a text</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SchemaCompatibility</name>
    <message>
        <source>version %1: %2</source>
        <translation>version %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the schema nests deeper than %1 levels</source>
        <translation>the schema nests deeper than %1 levels</translation>
    </message>
    <message>
        <source>version %1, imported %2: %3</source>
        <translation>version %1, imported %2: %3</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SchemaFields</name>
    <message>
        <source>Field %1: &quot;%2&quot; is not a name a schema accepts (letters, digits and _, not starting with a digit)</source>
        <translation>Field %1: &quot;%2&quot; is not a name a schema accepts (letters, digits and _, not starting with a digit)</translation>
    </message>
    <message>
        <source>Field %1: &quot;%2&quot; is named twice</source>
        <translation>Field %1: &quot;%2&quot; is named twice</translation>
    </message>
    <message>
        <source>Field %1 (%2): unknown type &quot;%3&quot;</source>
        <translation>Field %1 (%2): unknown type &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Field %1 (%2): the default &quot;%3&quot; is not a %4</source>
        <translation>Field %1 (%2): the default &quot;%3&quot; is not a %4</translation>
    </message>
    <message>
        <source>The fields do not make a valid .proto message</source>
        <translation>The fields do not make a valid .proto message</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SchemaLibrary</name>
    <message>
        <source>unknown type &quot;%1&quot;: no schema of this catalog declares it</source>
        <translation>unknown type &quot;%1&quot;: no schema of this catalog declares it</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>field %1 has the type %2, which neither this schema nor any other schema of this catalog declares</source>
        <translation>field %1 has the type %2, which neither this schema nor any other schema of this catalog declares</translation>
    </message>
    <message>
        <source>%1 is half of a character (a lone UTF-16 surrogate), which no UTF-8 text can hold</source>
        <translation>%1 is half of a character (a lone UTF-16 surrogate), which no UTF-8 text can hold</translation>
    </message>
    <message>
        <source>with the types it uses from other subjects: %1</source>
        <translation>with the types it uses from other subjects: %1</translation>
    </message>
    <message>
        <source>not a valid .proto file</source>
        <translation>not a valid .proto file</translation>
    </message>
    <message>
        <source>the $ref &quot;%1&quot; names no JSON Schema of this catalog (none has the $id %2)</source>
        <translation>the $ref &quot;%1&quot; names no JSON Schema of this catalog (none has the $id %2)</translation>
    </message>
    <message>
        <source>a JSON Schema document is an object</source>
        <translation>a JSON Schema document is an object</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::Severity</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SliceKind</name>
    <message>
        <source>State change (screen → command → event)</source>
        <translation>State change (screen → command → event)</translation>
    </message>
    <message>
        <source>State view (events → read model → screen)</source>
        <translation>State view (events → read model → screen)</translation>
    </message>
    <message>
        <source>Automation (event → read model → processor → command → event)</source>
        <translation>Automation (event → read model → processor → command → event)</translation>
    </message>
    <message>
        <source>Translation (external → processor → command → event)</source>
        <translation>Translation (external → processor → command → event)</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SqlStatements</name>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation>Preparing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Saving the change</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::SqliteCatalogStore</name>
    <message>
        <source>%1: the disk is full (%2)</source>
        <translation>%1: the disk is full (%2)</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 failed for %2: %3</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;</source>
        <translation>Running &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Creating the catalog</source>
        <translation>Creating the catalog</translation>
    </message>
    <message>
        <source>Opening the catalog</source>
        <translation>Opening the catalog</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Missing migration %1</translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot;</source>
        <translation>Preparing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading the revision</source>
        <translation>Reading the revision</translation>
    </message>
    <message>
        <source>No catalog at %1</source>
        <translation>No catalog at %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 cannot be read (permission denied)</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 is read-only</translation>
    </message>
    <message>
        <source>%1 is not a Mesh Studio catalog</source>
        <translation>%1 is not a Mesh Studio catalog</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</source>
        <translation>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</translation>
    </message>
    <message>
        <source>%1 uses an older catalog format (%2) and must be opened for writing once to be upgraded</source>
        <translation>%1 uses an older catalog format (%2) and must be opened for writing once to be upgraded</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>The folder %1 does not exist</translation>
    </message>
    <message>
        <source>The folder %1 is read-only</source>
        <translation>The folder %1 is read-only</translation>
    </message>
    <message>
        <source>Opening the catalog failed for %1</source>
        <translation>Opening the catalog failed for %1</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 is open read-only</translation>
    </message>
    <message>
        <source>Committing the change</source>
        <translation>Committing the change</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>Reading the change log</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>Checking integrity</translation>
    </message>
    <message>
        <source>%1 was changed by another program (revision %2, this change was made at %3)</source>
        <translation>%1 was changed by another program (revision %2, this change was made at %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: its catalog format is %2, which no Mesh Studio writes</source>
        <translation>%1 is damaged: its catalog format is %2, which no Mesh Studio writes</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite (%1) than this program (%2); a catalog is only opened with one</source>
        <translation>Qt&apos;s SQLite driver uses another SQLite (%1) than this program (%2); a catalog is only opened with one</translation>
    </message>
    <message>
        <source>Migration %1 failed for %2: %3</source>
        <translation>Migration %1 failed for %2: %3</translation>
    </message>
</context>
<context>
    <name>mesh::catalog::StoreFactory</name>
    <message>
        <source>The shared catalog %1 is not empty</source>
        <translation>The shared catalog %1 is not empty</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::AsyncApiReader</name>
    <message>
        <source>not an AsyncAPI document: it has no &quot;asyncapi&quot; field with its version</source>
        <translation>not an AsyncAPI document: it has no &quot;asyncapi&quot; field with its version</translation>
    </message>
    <message>
        <source>AsyncAPI %1 is not supported (2.0 to 2.6 and 3.0 are)</source>
        <translation>AsyncAPI %1 is not supported (2.0 to 2.6 and 3.0 are)</translation>
    </message>
    <message>
        <source>the document has no info.title to name its service by</source>
        <translation>the document has no info.title to name its service by</translation>
    </message>
    <message>
        <source>traits is not a list</source>
        <translation>traits is not a list</translation>
    </message>
    <message>
        <source>%1: unknown x-lifecycle &quot;%2&quot;, ignored</source>
        <translation>%1: unknown x-lifecycle &quot;%2&quot;, ignored</translation>
    </message>
    <message>
        <source>a channel is an object</source>
        <translation>a channel is an object</translation>
    </message>
    <message>
        <source>a Protobuf schema is the text of a .proto file</source>
        <translation>a Protobuf schema is the text of a .proto file</translation>
    </message>
    <message>
        <source>%1: the schema format &quot;%2&quot; has no schema kind in the catalog; the message is kept without it</source>
        <translation>%1: the schema format &quot;%2&quot; has no schema kind in the catalog; the message is kept without it</translation>
    </message>
    <message>
        <source>a message is an object</source>
        <translation>a message is an object</translation>
    </message>
    <message>
        <source>the message has no name, key or messageId to name its event by</source>
        <translation>the message has no name, key or messageId to name its event by</translation>
    </message>
    <message>
        <source>the operation&apos;s action is &quot;send&quot; or &quot;receive&quot;, not &quot;%1&quot;</source>
        <translation>the operation&apos;s action is &quot;send&quot; or &quot;receive&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the operation names no channel</source>
        <translation>the operation names no channel</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::DocumentSet</name>
    <message>
        <source>%1:%2:%3: invalid YAML: %4</source>
        <translation>%1:%2:%3: invalid YAML: %4</translation>
    </message>
    <message>
        <source>%1: invalid YAML: %2</source>
        <translation>%1: invalid YAML: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: the $ref &quot;%2&quot; names a file that cannot be read: %3</source>
        <translation>%1: the $ref &quot;%2&quot; names a file that cannot be read: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON pointer</source>
        <translation>%1: &quot;%2&quot; is not a JSON pointer</translation>
    </message>
    <message>
        <source>%1: unresolvable $ref &quot;%2&quot;: %3 has no &quot;%4&quot;</source>
        <translation>%1: unresolvable $ref &quot;%2&quot;: %3 has no &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: $ref is not a string</source>
        <translation>%1: $ref is not a string</translation>
    </message>
    <message>
        <source>%1: the $ref &quot;%2&quot; leads back to itself</source>
        <translation>%1: the $ref &quot;%2&quot; leads back to itself</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels, which no schema needs</source>
        <translation>%1: nested deeper than %2 levels, which no schema needs</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::EventCatalogReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: the page has no front matter (--- … ---)</source>
        <translation>%1: the page has no front matter (--- … ---)</translation>
    </message>
    <message>
        <source>%1: the front matter has no closing ---</source>
        <translation>%1: the front matter has no closing ---</translation>
    </message>
    <message>
        <source>%1: the front matter is not a mapping</source>
        <translation>%1: the front matter is not a mapping</translation>
    </message>
    <message>
        <source>%1: a schema of a kind the catalog does not keep; left out</source>
        <translation>%1: a schema of a kind the catalog does not keep; left out</translation>
    </message>
    <message>
        <source>%1: %2 names the message &quot;%3&quot;, which the catalog folder does not have</source>
        <translation>%1: %2 names the message &quot;%3&quot;, which the catalog folder does not have</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ExportFormat</name>
    <message>
        <source>Avro schemas (.avsc)</source>
        <translation>Avro schemas (.avsc)</translation>
    </message>
    <message>
        <source>Protobuf files (.proto), one per bounded context</source>
        <translation>Protobuf files (.proto), one per bounded context</translation>
    </message>
    <message>
        <source>JSON Schema (draft 2020-12)</source>
        <translation>JSON Schema (draft 2020-12)</translation>
    </message>
    <message>
        <source>AsyncAPI 3.0, one document per service</source>
        <translation>AsyncAPI 3.0, one document per service</translation>
    </message>
    <message>
        <source>Strimzi KafkaTopic resources</source>
        <translation>Strimzi KafkaTopic resources</translation>
    </message>
    <message>
        <source>Terraform kafka_topic resources</source>
        <translation>Terraform kafka_topic resources</translation>
    </message>
    <message>
        <source>Schema Registry request bodies</source>
        <translation>Schema Registry request bodies</translation>
    </message>
    <message>
        <source>EventCatalog folder</source>
        <translation>EventCatalog folder</translation>
    </message>
    <message>
        <source>Diagrams as SVG pictures</source>
        <translation>Diagrams as SVG pictures</translation>
    </message>
    <message>
        <source>Slice specifications (Markdown and Gherkin)</source>
        <translation>Slice specifications (Markdown and Gherkin)</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ExportWriter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not an export manifest (%3); move it away to export into this folder</source>
        <translation>%1, line %2: not an export manifest (%3); move it away to export into this folder</translation>
    </message>
    <message>
        <source>%1: the entry %2 is refused: %3</source>
        <translation>%1: the entry %2 is refused: %3</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the export does not write through links</source>
        <translation>%1 is a symbolic link; the export does not write through links</translation>
    </message>
    <message>
        <source>%1 is a file where the export needs a folder</source>
        <translation>%1 is a file where the export needs a folder</translation>
    </message>
    <message>
        <source>%1 is a folder where the export writes a file</source>
        <translation>%1 is a folder where the export writes a file</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>cannot create the folder of %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 is a file, not a folder</translation>
    </message>
    <message>
        <source>refused to write %1: %2</source>
        <translation>refused to write %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists and was not written by a Mesh Studio export; move it away or export into another folder</source>
        <translation>%1 already exists and was not written by a Mesh Studio export; move it away or export into another folder</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>the export was cancelled; the folder holds old and new files, each whole</source>
        <translation>the export was cancelled; the folder holds old and new files, each whole</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::Exporter</name>
    <message>
        <source>%1 export: %2</source>
        <translation>%1 export: %2</translation>
    </message>
    <message>
        <source>refused to write %1: %2</source>
        <translation>refused to write %1: %2</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::FileNames</name>
    <message>
        <source>the path is empty</source>
        <translation>the path is empty</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>the path is absolute</translation>
    </message>
    <message>
        <source>the path leaves the export folder</source>
        <translation>the path leaves the export folder</translation>
    </message>
    <message>
        <source>the path contains a character that is not allowed</source>
        <translation>the path contains a character that is not allowed</translation>
    </message>
    <message>
        <source>the path contains a reserved device name</source>
        <translation>the path contains a reserved device name</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ImportPlanner</name>
    <message>
        <source>lifecycle %1</source>
        <translation>lifecycle %1</translation>
    </message>
    <message>
        <source>schema version %1: compatibility %2</source>
        <translation>schema version %1: compatibility %2</translation>
    </message>
    <message>
        <source>the format changes from %1 to %2</source>
        <translation>the format changes from %1 to %2</translation>
    </message>
    <message>
        <source>%1 version %2: %3</source>
        <translation>%1 version %2: %3</translation>
    </message>
    <message>
        <source>incompatible: %1</source>
        <translation>incompatible: %1</translation>
    </message>
    <message>
        <source>compatible</source>
        <translation>compatible</translation>
    </message>
    <message>
        <source>schema version %1 (%2): %3</source>
        <translation>schema version %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: no bounded context for %2 &quot;%3&quot;; it stays a draft (give one with --context)</source>
        <translation>%1: no bounded context for %2 &quot;%3&quot;; it stays a draft (give one with --context)</translation>
    </message>
    <message>
        <source>schema version %1 (%2)</source>
        <translation>schema version %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ImportSources</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>the import was cancelled</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ImportedMesh</name>
    <message>
        <source>%1 and %2 give %3 &quot;%4&quot; two different schemas</source>
        <translation>%1 and %2 give %3 &quot;%4&quot; two different schemas</translation>
    </message>
    <message>
        <source>%1 restates %2 with another payload; the sender&apos;s (%3) is kept</source>
        <translation>%1 restates %2 with another payload; the sender&apos;s (%3) is kept</translation>
    </message>
    <message>
        <source>%1 → %2: no &quot;%3&quot; relation goes from a %4 to a %5 in the catalog; left out</source>
        <translation>%1 → %2: no &quot;%3&quot; relation goes from a %4 to a %5 in the catalog; left out</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::JsonText</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::ProtoMerger</name>
    <message>
        <source>%1 and %2 both declare %3 differently; rename one of them</source>
        <translation>%1 and %2 both declare %3 differently; rename one of them</translation>
    </message>
    <message>
        <source>%1: field %2 has the unknown type %3</source>
        <translation>%1: field %2 has the unknown type %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the Protobuf schemas of %1 and the files it uses refer to each other in a cycle, which .proto imports cannot express</source>
        <translation>the Protobuf schemas of %1 and the files it uses refer to each other in a cycle, which .proto imports cannot express</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::RegistryExporter</name>
    <message>
        <source>%1 has no named record, which the RecordNameStrategy needs</source>
        <translation>%1 has no named record, which the RecordNameStrategy needs</translation>
    </message>
    <message>
        <source>channel %1 carries %2 kinds of event but names its subject by the TopicNameStrategy, which gives the topic one value schema; choose the RecordNameStrategy or the TopicRecordNameStrategy in its Subject naming setting</source>
        <translation>channel %1 carries %2 kinds of event but names its subject by the TopicNameStrategy, which gives the topic one value schema; choose the RecordNameStrategy or the TopicRecordNameStrategy in its Subject naming setting</translation>
    </message>
    <message>
        <source>the schemas of subject %1 and the subjects it references refer to each other in a cycle, which a registry cannot take</source>
        <translation>the schemas of subject %1 and the subjects it references refer to each other in a cycle, which a registry cannot take</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::RegistryReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: no subject folder &quot;%3&quot;</source>
        <translation>%1:%2: no subject folder &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: a registry body has its schema as a string in &quot;schema&quot;</source>
        <translation>%1: a registry body has its schema as a string in &quot;schema&quot;</translation>
    </message>
    <message>
        <source>%1: unknown schemaType &quot;%2&quot; (AVRO, PROTOBUF or JSON)</source>
        <translation>%1: unknown schemaType &quot;%2&quot; (AVRO, PROTOBUF or JSON)</translation>
    </message>
</context>
<context>
    <name>mesh::exporters::SchemaFileReader</name>
    <message>
        <source>%1: the schema declares no named type (record, enum or fixed) to name a subject by</source>
        <translation>%1: the schema declares no named type (record, enum or fixed) to name a subject by</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: neither an AsyncAPI document (no &quot;asyncapi&quot; field) nor a JSON Schema</source>
        <translation>%1: neither an AsyncAPI document (no &quot;asyncapi&quot; field) nor a JSON Schema</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: the file declares no message to name a subject by</source>
        <translation>%1: the file declares no message to name a subject by</translation>
    </message>
</context>
</TS>
