// libFuzzer: a Avro schema text, as a user pastes it into the schema editor.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mesh::fuzz::fuzzSchema(mesh::catalog::SchemaFormat::Avro, data, size);
    return 0;
}
