// Checks an export folder with each format's own validator; prints one line per problem
// ("path: message") and a summary; exits 1 when anything fails (a format that was expected
// but has no file fails too), 2 on a usage error.
//   node validate.mjs EXPORT_DIR STRIMZI_SCHEMA [EXPECTED_FORMAT,...] [PROTOC_EVERY]
// PROTOC_EVERY (default 1) runs protoc on every Nth Protobuf file only, for very large
// generated catalogs; protobufjs still parses every one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import avro from 'avsc';
import yaml from 'js-yaml';
import jsf from 'json-schema-faker';
import protobuf from 'protobufjs';
import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { AstBuilder, GherkinClassicTokenMatcher, Parser as GherkinParser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';

const [root, strimziSchemaPath, expectedList, protocEveryText] = process.argv.slice(2);
const protocEvery = Math.max(1, Number(protocEveryText ?? 1));
let protobufFiles = 0;
const protocThisOne = () => protobufFiles++ % protocEvery === 0;
if (!root || !strimziSchemaPath) {
  console.error('usage: node validate.mjs EXPORT_DIR STRIMZI_SCHEMA');
  process.exit(2);
}

const problems = [];
const counts = {};
const fail = (file, message) => problems.push(`${path.relative(root, file)}: ${message}`);
const count = (kind) => { counts[kind] = (counts[kind] ?? 0) + 1; };

function filesUnder(dir, suffix) {
  let found = [];
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return found; }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found = found.concat(filesUnder(full, suffix));
    else if (entry.name.endsWith(suffix)) found.push(full);
  }
  return found;
}

// JSON Schema: ajv's strict meta-schema check for draft 2020-12, then an example payload
// generated from the schema must validate against it.
// strictTuples is a lint, not validity: a tuple with an open tail of other items is a real
// pattern (prefixItems with items), which it would refuse.
const ajv2020 = new Ajv2020({ strict: true, strictTuples: false, allErrors: true, validateSchema: true });
addFormats(ajv2020);
jsf.option({ alwaysFakeOptionals: true, useExamplesValue: true, random: () => 0.5 });
for (const file of filesUnder(path.join(root, 'jsonschema'), '.schema.json')) {
  count('jsonschema');
  try {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (!ajv2020.validateSchema(schema)) { fail(file, ajv2020.errorsText(ajv2020.errors)); continue; }
    const validate = ajv2020.compile(schema);
    // json-schema-faker 0.5 predates these 2020-12 keywords and makes examples that ignore
    // them; for such schemas ajv's compile above is the check.
    if (/"(prefixItems|dependentRequired|dependentSchemas|unevaluatedItems|unevaluatedProperties|\$dynamicRef)"\s*:/.test(JSON.stringify(schema))) continue;
    const example = jsf.generate(schema);
    if (!validate(example)) fail(file, `generated example ${JSON.stringify(example)} does not validate: ${ajv2020.errorsText(validate.errors)}`);
  } catch (error) { fail(file, error.message); }
}

// Avro: avsc parses every schema.
for (const file of filesUnder(path.join(root, 'avro'), '.avsc')) {
  count('avro');
  try { avro.Type.forSchema(JSON.parse(readFileSync(file, 'utf8'))); } catch (error) { fail(file, error.message); }
}

// AsyncAPI: the official parser, with the Avro and Protobuf schema parsers registered, must
// report no error.
const parser = new Parser();
parser.registerSchemaParser(AvroSchemaParser());
parser.registerSchemaParser(ProtoBuffSchemaParser());
for (const file of [...filesUnder(path.join(root, 'asyncapi'), '.yaml'), ...filesUnder(path.join(root, 'asyncapi'), '.json'),
                    ...filesUnder(path.join(root, 'eventcatalog'), 'asyncapi.yaml')]) {
  count('asyncapi');
  const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'), { source: file });
  const errors = diagnostics.filter((d) => d.severity === 0);
  for (const d of errors) fail(file, `${d.code}: ${d.message} at ${d.path.join('.')}`);
  if (!document && errors.length === 0) fail(file, 'the parser returned no document');
}

// Strimzi: every KafkaTopic against the CRD's schema.
const strimzi = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(strimziSchemaPath, 'utf8')));
for (const file of filesUnder(path.join(root, 'strimzi'), '.yaml')) {
  count('strimzi');
  try {
    const resource = yaml.load(readFileSync(file, 'utf8'));
    if (!strimzi(resource)) fail(file, JSON.stringify(strimzi.errors));
  } catch (error) { fail(file, error.message); }
}

// Schema Registry bodies, registered in the order subjects.tsv gives as a registry would:
// every reference names a subject and version registered before it, and the schema parses
// in its own format with its references resolved (avsc with the referenced named types,
// protobufjs and protoc with the referenced files under their import names).
const registered = new Map();   // "subject\u0000version" → body
const registryDir = path.join(root, 'registry');
const order = existsSync(path.join(registryDir, 'subjects.tsv'))
  ? readFileSync(path.join(registryDir, 'subjects.tsv'), 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'))
  : [];
const listed = new Set(order.map(([folder]) => folder));
for (const file of filesUnder(registryDir, '.json')) {
  const folder = path.relative(registryDir, path.dirname(file));
  if (!listed.has(folder)) fail(file, 'its subject is not in subjects.tsv');
}
const referencedBodies = (body, seen = new Set()) => {
  const found = [];
  for (const reference of body.references) {
    const key = `${reference.subject}\u0000${reference.version}`;
    const referenced = registered.get(key);
    if (!referenced) throw new Error(`references ${reference.subject} v${reference.version}, which is not registered before it`);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(...referencedBodies(referenced, seen), { name: reference.name, body: referenced });
  }
  return found;
};
for (const [folder, encodedSubject] of order) {
  const subject = decodeURIComponent(encodedSubject);
  const versions = filesUnder(path.join(registryDir, folder), '.json')
    .sort((a, b) => Number(/v(\d+)\.json$/.exec(a)[1]) - Number(/v(\d+)\.json$/.exec(b)[1]));
  if (versions.length === 0) fail(path.join(registryDir, folder), 'a subject in subjects.tsv without a version');
  for (const [index, file] of versions.entries()) {
    count('registry');
    try {
      const body = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof body.schema !== 'string') { fail(file, 'no "schema" string'); continue; }
      if (!Array.isArray(body.references)) { fail(file, '"references" is not an array'); continue; }
      if (!file.endsWith(`v${index + 1}.json`)) fail(file, `versions of ${subject} are not numbered 1, 2, 3…`);
      const references = referencedBodies(body);
      if (body.schemaType === 'AVRO') {
        const registry = {};
        for (const { body: referenced } of references) avro.Type.forSchema(JSON.parse(referenced.schema), { registry });
        avro.Type.forSchema(JSON.parse(body.schema), { registry });
      } else if (body.schemaType === 'PROTOBUF') {
        const sources = new Map(references.map(({ name, body: referenced }) => [name, referenced.schema]));
        const rootProto = new protobuf.Root();
        rootProto.resolvePath = (origin, target) => target;
        const wellKnownLoaded = new Set();
        const parseInto = (name, text) => {
          const parsed = protobuf.parse(text, rootProto, { keepCase: true });
          for (const imported of parsed.imports ?? []) {
            if (imported.startsWith('google/protobuf/')) {
              if (!wellKnownLoaded.has(imported) && protobuf.common[imported]) rootProto.addJSON(protobuf.common[imported].nested);
              wellKnownLoaded.add(imported);
              continue;
            }
            if (!sources.has(imported)) throw new Error(`imports ${imported}, which no reference names`);
          }
        };
        for (const [name, text] of sources) parseInto(name, text);
        parseInto('__body.proto', body.schema);
        rootProto.resolveAll();
        // protoc, the compiler teams generate code with, on the body and its references.
        if (!protocThisOne()) { registered.set(`${subject}\u0000${index + 1}`, body); continue; }
        const dir = mkdtempSync(path.join(tmpdir(), 'registry-proto-'));
        try {
          for (const [name, text] of [...sources, ['__body.proto', body.schema]]) {
            mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            writeFileSync(path.join(dir, name), text);
          }
          execFileSync('protoc', [`--proto_path=${dir}`, '--descriptor_set_out=/dev/null', '__body.proto'], { stdio: 'pipe' });
        } catch (error) {
          throw new Error(`protoc: ${(error.stderr ?? error.message).toString().trim()}`);
        } finally { rmSync(dir, { recursive: true, force: true }); }
      } else if (body.schemaType === 'JSON') {
        // The referenced documents under their reference names (the URIs the $refs resolve
        // to), as the registry hands them to its validator; compiling resolves every $ref.
        const schema = JSON.parse(body.schema);
        if (!ajv2020.validateSchema(schema)) { fail(file, ajv2020.errorsText(ajv2020.errors)); continue; }
        const withReferences = new Ajv2020({ strict: false, allErrors: true });
        addFormats(withReferences);
        for (const { name, body: referenced } of referencedBodies(body)) {
          const { $id, ...rest } = JSON.parse(referenced.schema);
          if ($id !== undefined && $id !== name) throw new Error(`reference ${name} names a schema whose $id is ${$id}`);
          withReferences.addSchema(rest, name);
        }
        withReferences.compile(schema);
      } else fail(file, `unknown schemaType ${body.schemaType}`);
      registered.set(`${subject}\u0000${index + 1}`, body);
    } catch (error) { fail(file, error.message); }
  }
}

// EventCatalog: every page has YAML frontmatter with an id, a name and a version.
for (const file of filesUnder(path.join(root, 'eventcatalog'), '.mdx')) {
  count('eventcatalog');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  if (!match) { fail(file, 'no frontmatter'); continue; }
  try {
    const matter = yaml.load(match[1]);
    for (const key of file.includes(`${path.sep}teams${path.sep}`) ? ['id', 'name'] : ['id', 'name', 'version'])
      if (typeof matter[key] !== 'string') fail(file, `frontmatter "${key}" is missing or not a string`);
  } catch (error) { fail(file, error.message); }
}

// Slice specifications: each feature file parses with Cucumber's own Gherkin parser into one
// feature whose scenarios have steps (a name or value that broke a line would break that),
// and sits beside its Markdown page.
for (const file of filesUnder(path.join(root, 'specs'), '.feature')) {
  count('specs');
  try {
    const gherkin = new GherkinParser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
    const document = gherkin.parse(readFileSync(file, 'utf8'));
    if (!document.feature) throw new Error('no feature');
    const scenarios = document.feature.children.filter((child) => child.scenario).map((child) => child.scenario);
    if (!scenarios.length) throw new Error('a feature without scenarios');
    for (const scenario of scenarios) {
      if (!scenario.steps.length) throw new Error(`scenario "${scenario.name}" has no steps`);
      for (const step of scenario.steps)
        if (step.dataTable && step.dataTable.rows.some((row) => row.cells.length !== 2)) throw new Error(`a table of "${step.text}" is not two columns`);
    }
    if (!existsSync(file.replace(/\.feature$/, '.md'))) throw new Error('no Markdown page beside it');
  } catch (error) { fail(file, error.message); }
}
for (const file of filesUnder(path.join(root, 'specs'), '.md')) {
  count('specs-pages');
  const lines = readFileSync(file, 'utf8').split('\n');
  if (!lines[0].startsWith('# ') || lines[0].length < 3) fail(file, 'the page does not start with its title');
}

// A validator that found nothing to check has checked nothing.
for (const kind of (expectedList ?? '').split(',').filter(Boolean))
  if (!counts[kind]) problems.push(`${kind}: no file was checked, though the export was expected to have some`);

// EventCatalog's schema files stand alone: each parses, or compiles, by itself.
for (const file of filesUnder(path.join(root, 'eventcatalog'), '')) {
  const name = path.basename(file);
  if (!name.startsWith('schema.')) continue;
  count('eventcatalog-schema');
  try {
    if (name === 'schema.avsc') avro.Type.forSchema(JSON.parse(readFileSync(file, 'utf8')));
    else if (name === 'schema.json') { if (!ajv2020.validateSchema(JSON.parse(readFileSync(file, 'utf8')))) fail(file, ajv2020.errorsText(ajv2020.errors)); }
    else if (name === 'schema.proto') {
      protobuf.parse(readFileSync(file, 'utf8'), { keepCase: true });
      if (!protocThisOne()) continue;
      try {
        execFileSync('protoc', [`--proto_path=${path.dirname(file)}`, '--descriptor_set_out=/dev/null', name], { stdio: 'pipe' });
      } catch (error) { throw new Error(`protoc: ${(error.stderr ?? error.message).toString().trim()}`); }
    } else fail(file, 'a schema file of no known format');
  } catch (error) { fail(file, error.message); }
}

for (const problem of problems) console.log(problem);
console.log(`checked ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing'}; ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
