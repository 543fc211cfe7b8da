// What the official AsyncAPI parser reads in documents, as one JSON object per document
// on stdout: its channels (address, message names), operations (send or receive by
// isSend()/isReceive(), channel address, message names) and messages (name, payload
// schema format, number of top-level payload properties). Exits 1 when a document has an
// error, naming it. The import tests compare what `meshstudio import` reads with this.
//   node asyncapi-summary.mjs FILE...
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';

const parser = new Parser();
parser.registerSchemaParser(AvroSchemaParser());
parser.registerSchemaParser(ProtoBuffSchemaParser());

const nameOf = (message) => message.name() ?? message.id();
const summaries = [];
let failed = false;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'), { source: file });
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (!document || errors.length > 0) {
    console.error(`${file}: ${errors.map((e) => `${e.path.join('/')}: ${e.message}`).join('; ')}`);
    failed = true;
    continue;
  }
  const messages = {};
  for (const message of document.allMessages().all()) {
    const payload = message.payload();
    messages[nameOf(message)] = {
      hasPayload: Boolean(payload),
      schemaFormat: message.schemaFormat(),
      properties: payload && payload.properties() ? Object.keys(payload.properties()).length : 0,
    };
  }
  summaries.push({
    file,
    title: document.info().title(),
    channels: document.channels().all().map((channel) => ({
      id: channel.id(),
      address: channel.address(),
      messages: channel.messages().all().map(nameOf).sort(),
    })),
    operations: document.operations().all().map((operation) => ({
      send: operation.isSend(),
      receive: operation.isReceive(),
      channels: operation.channels().all().map((channel) => channel.address()),
      channelIds: operation.channels().all().map((channel) => channel.id()),
      messages: operation.messages().all().map(nameOf).sort(),
    })),
    messages,
  });
}
console.log(JSON.stringify(summaries, null, 2));
process.exit(failed ? 1 : 0);
