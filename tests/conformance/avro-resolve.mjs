// Reads a JSON array of {writer, reader} Avro schemas (file given as the argument) and prints
// a JSON array saying, for each pair, whether avsc can resolve data written with the writer
// schema into the reader's: reader.createResolver(writer) succeeds. Parse errors are reported
// as such, so that a pair avsc cannot read never passes for "incompatible".
import { readFileSync } from 'node:fs';
import avro from 'avsc';

const pairs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const verdicts = pairs.map(({ writer, reader }) => {
  let w, r;
  try {
    w = avro.Type.forSchema(writer);
    r = avro.Type.forSchema(reader);
  } catch (error) {
    return { error: String(error.message) };
  }
  try {
    r.createResolver(w);
    return { compatible: true };
  } catch (error) {
    return { compatible: false, reason: String(error.message) };
  }
});
process.stdout.write(JSON.stringify(verdicts));
