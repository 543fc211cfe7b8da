// libFuzzer: JSON Lines of changes, as `meshstudio apply` reads them, against a small model
// (so references, updates and deletes have something to find) and applied when they read.
#include "fuzzsupport.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"

namespace {

const mesh::catalog::CatalogState &model()
{
    static const mesh::catalog::CatalogState state = [] {
        mesh::catalog::CatalogState built;
        const QByteArray lines = R"({"op":"create","kind":"BoundedContext","name":"Identity"}
{"op":"create","kind":"Service","name":"ProfileService","context":"Identity","set":{"uptimeSloPercent":99.9}}
{"op":"create","kind":"Event","name":"ProfilePublished","context":"Identity"}
{"op":"relate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"}
{"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"{\"type\":\"record\",\"name\":\"P\",\"fields\":[]}"}
{"op":"createDiagram","name":"Board","kind":"board"}
{"op":"place","diagram":"Board","element":"Identity/ProfilePublished","x":1,"y":2})";
        auto batch = mesh::catalog::ChangeJson::readJsonLines(lines, built);
        if (batch)
            (void)mesh::catalog::ChangeApplier::apply(built, *batch, nullptr);
        return built;
    }();
    return state;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mesh::fuzz::ensureApplication();
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    auto batch = mesh::catalog::ChangeJson::readJsonLines(text, model());
    if (!batch)
        return 0;
    mesh::catalog::CatalogState state = model();
    auto inverse = mesh::catalog::ChangeApplier::apply(state, *batch, nullptr);
    if (!inverse)
        return 0;
    // What a batch did, its inverse undoes: back to the model, exactly.
    if (!mesh::catalog::ChangeApplier::apply(state, *inverse, nullptr, nullptr, mesh::catalog::ChangeApplier::Approvals::AsRecorded)
        || !state.hasSameContent(model()))
        __builtin_trap();
    for (const mesh::catalog::Change &change : *batch)
        (void)mesh::catalog::ChangeJson::toJsonLine(change);
    return 0;
}
