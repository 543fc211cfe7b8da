// Checks an export folder with each format's own validator; prints one line per problem
// ("path: message") and a summary; exits 1 when anything fails, 2 on a usage error.
//   node validate.mjs EXPORT_DIR STRIMZI_SCHEMA
import { readFileSync, readdirSync } from 'node:fs';
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

const [root, strimziSchemaPath] = process.argv.slice(2);
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
const ajv2020 = new Ajv2020({ strict: true, allErrors: true, validateSchema: true });
addFormats(ajv2020);
jsf.option({ alwaysFakeOptionals: true, useExamplesValue: true, random: () => 0.5 });
for (const file of filesUnder(path.join(root, 'jsonschema'), '.schema.json')) {
  count('jsonschema');
  try {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (!ajv2020.validateSchema(schema)) { fail(file, ajv2020.errorsText(ajv2020.errors)); continue; }
    const validate = ajv2020.compile(schema);
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
for (const file of [...filesUnder(path.join(root, 'asyncapi'), '.yaml'), ...filesUnder(path.join(root, 'asyncapi'), '.json')]) {
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

// Schema Registry bodies: valid JSON whose schema parses in its own format.
for (const file of filesUnder(path.join(root, 'registry'), '.json')) {
  count('registry');
  try {
    const body = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof body.schema !== 'string') { fail(file, 'no "schema" string'); continue; }
    if (!Array.isArray(body.references)) fail(file, '"references" is not an array');
    if (body.schemaType === 'AVRO') avro.Type.forSchema(JSON.parse(body.schema));
    else if (body.schemaType === 'PROTOBUF') protobuf.parse(body.schema);
    else if (body.schemaType === 'JSON') { if (!ajv2020.validateSchema(JSON.parse(body.schema))) fail(file, ajv2020.errorsText(ajv2020.errors)); }
    else fail(file, `unknown schemaType ${body.schemaType}`);
  } catch (error) { fail(file, error.message); }
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

for (const problem of problems) console.log(problem);
console.log(`checked ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing'}; ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
