// How long the official AsyncAPI parser takes to parse a document (the parse alone, after
// the modules are loaded), in milliseconds on stdout. For bench_import.
//   node asyncapi-parse-time.mjs FILE [--baseline]
// --baseline loads the parser and reads the file but parses nothing: the process's own
// memory before any parsing, for comparing what parsing adds.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const parser = new Parser();
if (process.argv[3] === '--baseline') {
  console.log('0');
  process.exit(0);
}
const started = performance.now();
const { document, diagnostics } = await parser.parse(text, { source: file });
const elapsed = performance.now() - started;
const errors = diagnostics.filter((d) => d.severity === 0);
if (!document || errors.length > 0) {
  console.error(`${file}: ${errors.slice(0, 3).map((e) => e.message).join('; ')}`);
  process.exit(1);
}
console.log(elapsed.toFixed(1));
