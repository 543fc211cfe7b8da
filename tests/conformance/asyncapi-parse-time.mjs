// How long the official AsyncAPI parser takes to parse a document (the parse alone, after
// the modules are loaded), in milliseconds on stdout. For bench_import.
//   node asyncapi-parse-time.mjs FILE
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const parser = new Parser();
const started = performance.now();
const { document, diagnostics } = await parser.parse(text, { source: file });
const elapsed = performance.now() - started;
const errors = diagnostics.filter((d) => d.severity === 0);
if (!document || errors.length > 0) {
  console.error(`${file}: ${errors.slice(0, 3).map((e) => e.message).join('; ')}`);
  process.exit(1);
}
console.log(elapsed.toFixed(1));
