#include "exportfixtures.h"

const QByteArray kCaseCollision = R"({"op":"create","kind":"BoundedContext","name":"Sales"}
{"op":"create","kind":"Event","name":"Order","context":"Sales"}
{"op":"create","kind":"Command","name":"ORDER","context":"Sales"}
{"op":"addSchemaVersion","subject":"Sales/Order","format":"avro","text":"{\"type\":\"record\",\"name\":\"Order\",\"fields\":[]}"}
{"op":"addSchemaVersion","subject":"Sales/ORDER","format":"avro","text":"{\"type\":\"record\",\"name\":\"PlaceOrder\",\"fields\":[]}"}
)";

const QByteArray kBrokenAvro = R"({"op":"create","kind":"BoundedContext","name":"Sales"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Sales"}
{"op":"addSchemaVersion","subject":"Sales/OrderPlaced","format":"avro","text":"{\n  \"type\": \"record\",\n  \"name\": \"OrderPlaced\"\n  \"fields\": []\n}"}
)";

const QByteArray kProtoMerge = R"({"op":"create","kind":"BoundedContext","name":"Sales"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Sales"}
{"op":"create","kind":"Event","name":"OrderShipped","context":"Sales"}
{"op":"addSchemaVersion","subject":"Sales/OrderPlaced","format":"protobuf","text":"syntax = \"proto3\";\nmessage Address { string street = 1; }\nmessage OrderPlaced { Address to = 1; }\n"}
{"op":"addSchemaVersion","subject":"Sales/OrderShipped","format":"protobuf","text":"syntax = \"proto3\";\nmessage Address { string street = 1; }\nmessage OrderShipped { Address to = 1; }\n"}
)";

const QByteArray kProtoConflict = R"({"op":"addSchemaVersion","subject":"Sales/OrderShipped","format":"protobuf","text":"syntax = \"proto3\";\nmessage Address { string line = 1; }\nmessage OrderShipped { Address to = 1; }\n"})";

const QByteArray kProtoUnknown = R"({"op":"addSchemaVersion","subject":"Sales/OrderShipped","format":"protobuf","text":"syntax = \"proto3\";\nmessage OrderShipped { Carrier by = 2; }\n"})";

