<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <source>the schema now rejects everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no alternative of the new schema accepts what the earlier one did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the type no longer allows %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the pattern is new or changed (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>multipleOf is new or no longer divides the earlier one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>items must now be unique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a constant value is new or changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the values are now limited to an enumeration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the values %1 were removed from the enumeration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is new (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 went from %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the property "%1" is now required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the property "%1" was added to an open content model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the property "%1" was removed from a closed content model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the content model was closed (additionalProperties: false)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1, column %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the package changed from "%1" to "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message %1 was removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the required field %1 = %2 was removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the field %1 = %2 was removed from its oneof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field %1 changed from %2 to %3, which the wire does not carry the same way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field %1 changed from message %2 to message %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field %1 changed between single and repeated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field %1 became required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field %1 left its oneof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field %1 moved into an existing oneof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the required field %1 = %2 was added</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::AdminCommand</name>
        <message>
            <source>Administer a shared catalog: init-shared URL, grant URL ROLE USER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create (or upgrade) the catalog's schema and the roles mesh_viewer, mesh_modeler and mesh_approver in a PostgreSQL database. Run it as the database's owner; running it again changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>postgresql://user@host:port/database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a shared catalog (format %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a database user one role on a shared catalog: viewer (reads), modeler (changes) or approver (also approves). The server enforces it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>viewer, modeler or approver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An existing database user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now %2 of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: meshstudio admin init-shared URL
       meshstudio admin grant URL ROLE USER

%1
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing action: init-shared or grant (see --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown action "%1": init-shared or grant (see --help)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::AnalyzeCommand</name>
        <message>
            <source>Compute each flow's end-to-end uptime, latency and throughput, and which synchronous hop to turn into an event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>uptime %1 %, latency p50 %2 ms, p99 %3 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, throughput %1 requests/s (slowest: %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flow from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no synchronous hop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synchronous: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not declared (counted as perfect): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>isolated by events: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>turn %1 → %2 into an event: uptime %3 % (+%4 points), p99 %5 ms (−%6 ms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If %1 is down, these flows fail: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::ApplyCommand</name>
        <message>
            <source>Apply changes given as JSON Lines, all or nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A catalog file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON Lines of changes, or - for standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;stdin&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (field "%1")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; nothing was applied</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::CatalogTree</name>
        <message>
            <source>Filter elements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside any context</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::CheckCommand</name>
        <message>
            <source>Check a catalog against its governance rules (exit 1 when there are errors)</source>
            <translation type="unfinished" />
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
        <name>mesh::app::CliCommand</name>
        <message>
            <source>Password for %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A catalog file or a postgresql:// URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output format: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::CommandLine</name>
        <message>
            <source>Usage: meshstudio [CATALOG]            open the studio window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>       meshstudio COMMAND [OPTIONS]    run a command without a window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run "meshstudio COMMAND --help" for a command's arguments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit codes: 0 success, 1 the command's check failed, 2 usage or input error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>meshstudio: "%1" is neither a command nor a catalog; see meshstudio --help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::CommandParser</name>
        <message>
            <source>missing argument (see --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument "%1" (see --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 must be one of %2, not "%3"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::CompatCommand</name>
        <message>
            <source>Check schema versions for compatibility as a schema registry would (exit 1 when incompatible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output format: text or json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema versions, oldest first; the last is the candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--type must be avro, protobuf or jsonschema, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--mode must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing argument (see --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2 compatible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not %2 compatible:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>breaks readers still on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read data written with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schema format: avro, protobuf or jsonschema.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::CopyCommand</name>
        <message>
            <source>Copy a catalog between a file and a shared catalog, ids and change log included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The catalog to copy: a file or a postgresql:// URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new file, or an empty shared catalog (created with admin init-shared).</source>
            <translation type="unfinished" />
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
        <name>mesh::app::DiffCommand</name>
        <message>
            <source>not checked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>compatible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>incompatible: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed between two revisions: elements, fields, relations, schema versions with their verdict, findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The later revision (default: the latest).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--from REV is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--from must be a revision between 0 and %1, not "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--to must be a revision between %1 and %2, not "%3"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>### Catalog changes, revisions %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revisions %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The earlier revision, or "baseline": the end of the latest closed review.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::FindingsPanel</name>
        <message>
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Element</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::InfoCommand</name>
        <message>
            <source>Count a catalog's elements per kind, relations, schema versions and changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog:         %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision:        %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements:        %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations:       %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema versions: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagrams:        %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes:         %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::InitCommand</name>
        <message>
            <source>Create an empty catalog, or a copy of the sample catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The catalog file to create (suggested extension .meshcat).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill it with the sample catalog.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>A catalog file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only changes after revision REV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output format: text or jsonl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--since must be a revision number, not "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::MainWindow</name>
        <message>
            <source>Mesh Studio catalogs (*.meshcat);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language changes the next time Mesh Studio starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Mesh Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New Catalog…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the sample catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened read-only: changes cannot be saved to this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mesh Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No catalog is open. Use File → Open or File → New Catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — Mesh Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · revision %2%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Revision %2 · %3 relations · %4 schema versions&lt;/p&gt;&lt;table cellspacing='6'&gt;%5&lt;/table&gt;&lt;p style='color:gray'&gt;Select an element in the catalog tree to edit it.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is the catalog that is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Mesh Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Mesh Studio %1&lt;/h3&gt;&lt;p&gt;Model an event-driven architecture together and keep it as a governed catalog.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Shared…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened read-only: your role on this shared catalog only reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1

Password for %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change made offline was not applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1

The catalog now shows their version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● live</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Governance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change governance rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mesh Analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::MeshAnalysisPanel</name>
        <message>
            <source>Flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uptime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latency p50 / p99</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throughput</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 requests/s (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flow from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>synchronous: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>isolated by the event %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as an event instead: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If %1 is down, these flows fail: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::OpenSharedCatalogDialog</name>
        <message>
            <source>Open Shared Catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password comes from ~/.pgpass; otherwise you are asked for it. It is never saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::PresencePanel</name>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only you: people appear here when several studios open the same shared catalog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: presence comes back with the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>catalog tree</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::PropertiesPanel</name>
        <message>
            <source>Metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an element in the catalog tree to see and edit its properties.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owning team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>v%1 · %2 · %3 · %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No schema yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ← %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No relations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "%2" is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::ReviewPanel</name>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close and Sign Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment on the selected item, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No review yet. The baseline is revision %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — revisions %2 → %3, signed off by %4</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>incompatible: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(undecided)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide on a review item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment on a review item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was rejected, or it was already taken back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert rejected items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review opened %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::RuleSettingsDialog</name>
        <message>
            <source>Governance Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameters (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules in bold are set by this catalog; the others follow the default rule set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the parameters are not a JSON object (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::SampleCatalog</name>
        <message>
            <source>The sample catalog is invalid (line %1): %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::app::WatchCommand</name>
        <message>
            <source>Print changes as they land, from any client, until interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A catalog file or a postgresql:// URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First print the changes after revision REV (default: none, only new ones).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop once revision REV has been printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output format: text or jsonl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--since must be a revision number, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--until must be a revision number, not "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::AttributeField</name>
        <message>
            <source>Field "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>between %1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is out of range (expected %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a list of strings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latency to data update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cardinality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change throughput</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changes/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response time p50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response time p90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response time p99</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Throughput</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>requests/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uptime SLO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MTTR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replication factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min in-sync replicas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleanup policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::AvroCompatibility</name>
        <message>
            <source>unknown type "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a schema is a type name, an object or an array (union)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a %1 needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an enum needs its symbols</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a fixed needs its size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a record needs its fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a field needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no branch of the reader's union reads the writer's %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the type changed from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record name changed from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the field "%1" is new and has no default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the enum name changed from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the symbols %1 are missing from the reader's enum, which has no default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the fixed name changed from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the fixed size changed from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1, column %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::Catalog</name>
        <message>
            <source>%1 is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 changed %2 (revision %3: %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same thing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else changed the same thing since: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy cannot replace the catalog itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change made offline was not applied: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::CatalogCopier</name>
        <message>
            <source>%1 is not empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change log of %1 does not lead to its current state (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %1 failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::ChangeApplier</name>
        <message>
            <source>A new element needs an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An element with id %1 already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No element with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An update must set at least one field</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The bounded context "%1" still contains %n element(s); move or delete them first</source>
            <translation>
                <numerusform>The bounded context "%1" still contains %n element; move or delete them first</numerusform>
                <numerusform>The bounded context "%1" still contains %n elements; move or delete them first</numerusform>
            </translation>
        </message>
        <message>
            <source>A new relation needs an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A relation with id %1 already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An element cannot be related to itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A relation "%2" cannot go from kind %1 to kind %3 (allowed: %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No relation with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements of kind %1 have no schema; only events, commands and read models do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema version %1 of %2 does not follow the latest (expected %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A schema version needs a text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the latest schema version of a subject can be removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No schema version %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown lifecycle "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown compatibility mode "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1" of a schema version cannot be changed; add a new version instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new diagram needs an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A diagram with id %1 already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No diagram with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the name of a diagram can be changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already on this diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not on this diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements of kind %1 cannot belong to a bounded context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements of kind %1 must belong to a bounded context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bounded context with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 "%2" already exists in %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A diagram named "%1" already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A placement needs a finite position and a positive size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name "%1" starts or ends with spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name "%1" contains '/', which separates a context from a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is longer than %1 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name "%1" contains a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rule "%1" already runs as the default rule set says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be approved while it has errors: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A review needs an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A review goes from an earlier revision to a later one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The review "%1" is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No review with id %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::ChangeJson</name>
        <message>
            <source>Field "%1": expected a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": expected an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": expected a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": "%2" is not a UUID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown field "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing field "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": no diagram "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": expected true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "format": expected avro, protobuf or jsonschema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "compatibility": unknown mode "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "lifecycle": unknown lifecycle "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "kind": unknown element kind "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "kind": unknown relation kind "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "id": no relation with id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No "%1" relation from %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "kind": expected board, timeline or context-map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "op": unknown operation "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Malformed JSON at column %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": no element with id %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": no bounded context "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": no element "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": "%2" is ambiguous (%3); use the id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1": "%2" is of kind %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "severity": expected error, warning or info</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::ElementFields</name>
        <message>
            <source>Field "%1": expected %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list of strings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of draft, proposed, approved, deprecated, retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id of a bounded context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field "%1" cannot be changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown field "%1" for kind %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::ElementKind</name>
        <message>
            <source>Bounded context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounded contexts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aggregate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aggregates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External systems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>APIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::FlowRules</name>
        <message>
            <source>Every event is emitted by something: an aggregate, a service or an external system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing emits the event %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relate the aggregate, service or external system that emits it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An event consumed outside its bounded context has a schema and a lifecycle of at least proposed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is consumed by %2 but has no schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a schema version: it is the contract its consumers rely on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is consumed by %2 but is still %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Propose it (lifecycle %1) so that its consumers can rely on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A context consumes another context's event only when that event is published on a channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is consumed by %2 but not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish it: a channel that carries it and a service that publishes the channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every channel has a producer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No service publishes the channel %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relate the service that publishes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic names follow the template ({context}, {event}, {major}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The topic "%1" does not follow the template; expected "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the topic to "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronous calls across bounded contexts are flagged: an event would isolate the caller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 calls %2 synchronously, across contexts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consider consuming the other context's events into a local read model instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements are related to something.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is related to nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relate it, or delete it if it is not needed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::JsonSchemaCompatibility</name>
        <message>
            <source>line %1, column %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON Schema document is an object</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::Lifecycle</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deprecated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::NamingRules</name>
        <message>
            <source>Events are named in PascalCase, in the past tense (something that happened).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The event name "%1" is not PascalCase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write it as one word per part, each capitalised: "ProfilePublished".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The event "%1" is not named in the past tense</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name what happened: "%1Happened", "OrderPlaced", "ProfilePublished".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands are named as an order: a verb in the imperative, then what it acts on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command "%1" is not named as an imperative verb and its object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with the verb: "PublishProfile", "AddParticipant".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names follow the pattern configured for their kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name "%1" does not follow the pattern for %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename it, or change the pattern in the rule set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements others rely on have an owning team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elements others rely on are described.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no owning team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set its owner in the properties.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe it in the properties.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::OfflineQueue</name>
        <message>
            <source>Keeping the change for later failed (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the changes kept for later failed (%1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing %1 failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::OperationsRules</name>
        <message>
            <source>Between two contexts the patterns agree: one side upstream (open host service, published language, supplier), the other downstream (conformist, anticorruption layer, customer); a partnership or shared kernel is not also upstream/downstream.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 and %2 disagree: "%3" and "%4"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide which context is upstream and keep the patterns of that direction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services and APIs on a synchronous path declare an uptime SLO.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is on a synchronous path but declares no uptime SLO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set its uptime SLO: the path is only as available as the product of its hops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A read model fed from another context declares its latency to data update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 copies data of %2 but declares no latency to data update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set its latency to data update, so its readers know how fresh it is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::PostgresCatalogStore</name>
        <message>
            <source>%1 is not a postgresql://user@host:port/database URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 names no database (postgresql://user@host:port/database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the server of %2 cannot be reached (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: refused by the server of %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed for %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no Mesh Studio catalog; its owner creates one with: meshstudio admin init-shared URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 uses an older catalog format (%2); its owner upgrades it with: meshstudio admin init-shared URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: your role may only read this catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was written by a newer Mesh Studio (catalog format %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing migration %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the shared catalog in %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role "%1" (viewer, modeler or approver)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No database user "%1" on the server of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting a transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 moved on (revision %2, this change was made at %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committing the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 moved on while this change was being saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot follow the changes of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the change log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::ProtobufCompatibility</name>
        <message>
            <source>not a .proto file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::RelationKind</name>
        <message>
            <source>issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handled by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>emits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>publishes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>subscribes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exposes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>carries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared Kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer/Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conformist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anticorruption Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Host Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::ReviewSession</name>
        <message>
            <source>A decision is approve, reject or needs-work, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) still need a decision: %1</source>
            <translation>
                <numerusform>%n item still need a decision: %1</numerusform>
                <numerusform>%n items still need a decision: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mesh::catalog::RowCodec</name>
        <message>
            <source>%1 has an invalid %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::RuleRegistry</name>
        <message>
            <source>Rule %1 has no parameter "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parameter "%1" of rule %2 has the wrong type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown rule "%1"</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::SchemaCompatibility</name>
        <message>
            <source>version %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::Severity</name>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::SqlStatements</name>
        <message>
            <source>Preparing "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving the change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::SqliteCatalogStore</name>
        <message>
            <source>%1: the disk is full (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed for %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing migration %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No catalog at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read (permission denied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Mesh Studio catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 uses an older catalog format (%2) and must be opened for writing once to be upgraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the catalog failed for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committing the change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the change log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was changed by another program (revision %2, this change was made at %3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mesh::catalog::StoreFactory</name>
        <message>
            <source>The shared catalog %1 is not empty</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
