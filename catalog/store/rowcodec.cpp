#include "catalog/store/rowcodec.h"

#include "catalog/model/catalogstateeditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <optional>

namespace mesh::catalog::RowCodec {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

constexpr std::array<signed char, 256> kHexDigits = [] {
    std::array<signed char, 256> table{};
    for (auto &entry : table)
        entry = -1;
    for (int i = 0; i < 10; ++i)
        table['0' + i] = char(i);
    for (int i = 0; i < 6; ++i) {
        table['a' + i] = char(10 + i);
        table['A' + i] = char(10 + i);
    }
    return table;
}();

// Ids are written as 36-character UUIDs; parsing them by table is a sixth of the load
// faster than QUuid::fromString.
QUuid uuid(QByteArrayView text)
{
    if (text.size() != 36)
        return text.isEmpty() ? QUuid() : QUuid::fromString(QLatin1StringView(text.data(), text.size()));
    static constexpr int kDigitPositions[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    const auto *digits = reinterpret_cast<const unsigned char *>(text.data());
    if (digits[8] != '-' || digits[13] != '-' || digits[18] != '-' || digits[23] != '-')
        return QUuid();
    char bytes[16];
    int invalid = 0;
    for (int i = 0; i < 16; ++i) {
        const int high = kHexDigits[digits[kDigitPositions[i]]];
        const int low = kHexDigits[digits[kDigitPositions[i] + 1]];
        invalid |= high | low;
        bytes[i] = char(high << 4 | low);
    }
    return invalid < 0 ? QUuid() : QUuid::fromRfc4122(QByteArrayView(bytes, 16));
}

// Tags are a JSON array of strings; without escapes, splitting is enough.
QStringList tagList(QByteArrayView text)
{
    QStringList tags;
    if (text.contains('\\') || !text.startsWith("[\"") || !text.endsWith("\"]")) {
        for (const QJsonValue &tag : QJsonDocument::fromJson(text.toByteArray()).array())
            tags.append(tag.toString());
        return tags;
    }
    const QByteArrayView inner = text.sliced(2, text.size() - 4);
    qsizetype start = 0;
    while (true) {
        const qsizetype end = inner.indexOf("\",\"", start);
        tags.append(QString::fromUtf8(inner.sliced(start, (end < 0 ? inner.size() : end) - start)));
        if (end < 0)
            return tags;
        start = end + 3;
    }
}

QString string(QByteArrayView text)
{
    return QString::fromUtf8(text);
}

// Kind, lifecycle and format ids are ASCII: compared as Latin-1 they are a memcmp.
QLatin1StringView ascii(QByteArrayView text)
{
    return QLatin1StringView(text.data(), text.size());
}

// Rows of one table mostly repeat a handful of kind ids; remember the last one decoded.
template<typename T, typename Decode>
class EnumDecoder
{
public:
    explicit EnumDecoder(Decode decode) : m_decode(decode) {}
    std::optional<T> operator()(QByteArrayView text)
    {
        if (!m_last || text != QByteArrayView(m_lastText)) {
            m_last = m_decode(QLatin1StringView(text.data(), text.size()));
            m_lastText = text.toByteArray();
        }
        return m_last;
    }

private:
    Decode m_decode;
    std::optional<T> m_last;
    QByteArray m_lastText;
};

template<typename T>
auto enumDecoder(std::optional<T> (*decode)(QAnyStringView))
{
    return EnumDecoder<T, std::optional<T> (*)(QAnyStringView)>(decode);
}

Error readError(const QString &what, const QString &location, QByteArrayView detail)
{
    return makeError(ErrorCode::NotACatalog,
                     QCoreApplication::translate("mesh::catalog::RowCodec", "%1 has an invalid %2: %3")
                         .arg(location, what, string(detail)));
}

} // namespace

QVariant idValue(const QUuid &id)
{
    return id.isNull() ? nullText() : QVariant(id.toString(QUuid::WithoutBraces));
}

QVariantList elementRow(const Element &e)
{
    return {idValue(e.id),
            elementKindId(e.kind),
            e.name,
            idValue(e.context),
            textOrNull(e.description),
            textOrNull(e.owner),
            e.tags.isEmpty() ? nullText() : QVariant(compactJson(QJsonDocument(QJsonArray::fromStringList(e.tags)))),
            lifecycleId(e.lifecycle),
            e.attributes.isEmpty() ? nullText() : QVariant(compactJson(QJsonDocument(e.attributes)))};
}

QVariantList relationRow(const Relation &r)
{
    return {idValue(r.id), relationKindId(r.kind), idValue(r.from), idValue(r.to), textOrNull(r.description)};
}

QVariantList schemaRow(const SchemaVersion &v)
{
    return {idValue(v.subject), v.version, schemaFormatId(v.format), compatibilityModeId(v.compatibility),
            lifecycleId(v.lifecycle), v.text};
}

QVariantList diagramRow(const Diagram &d)
{
    return {idValue(d.id), d.name, diagramKindId(d.kind),
            QString::fromUtf8(QJsonDocument(slicesToJson(d.slices)).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(routesToJson(d.routes)).toJson(QJsonDocument::Compact))};
}

QVariantList placementRow(const Placement &p)
{
    return {idValue(p.diagram), idValue(p.element), p.geometry.x(), p.geometry.y(), p.geometry.width(),
            p.geometry.height(), textOrNull(p.lane), p.pinned ? 1 : 0};
}

QVariantList ruleRow(const RuleSetting &r)
{
    return {r.ruleId, r.enabled ? 1 : 0, severityId(r.severity), compactJson(QJsonDocument(r.parameters))};
}

QVariantList reviewRow(const Review &review)
{
    return {idValue(review.id), compactJson(QJsonDocument(review.toJson()))};
}

QVariantList annotationRow(const Annotation &annotation)
{
    return {idValue(annotation.id), compactJson(QJsonDocument(annotation.toJson()))};
}

const char *tableName(Table table)
{
    static const char *const kNames[kTableCount] = {"elements", "relations", "schema_versions", "diagrams",
                                                    "placements", "rule_settings", "reviews", "annotations"};
    return kNames[int(table)];
}

const QStringList &columns(Table table)
{
    static const QStringList kColumns[kTableCount] = {
        {"id", "kind", "name", "context_id", "description", "owner", "tags", "lifecycle", "attributes"},
        {"id", "kind", "from_id", "to_id", "description"},
        {"subject_id", "version", "format", "compatibility", "lifecycle", "text"},
        {"id", "name", "kind", "slices", "routes"},
        {"diagram_id", "element_id", "x", "y", "width", "height", "lane", "pinned"},
        {"rule_id", "enabled", "severity", "parameters"},
        {"id", "document"},
        {"id", "document"},
    };
    return kColumns[int(table)];
}

int keyColumnCount(Table table)
{
    return table == Table::SchemaVersions || table == Table::Placements ? 2 : 1;
}

Result<void> forEachTouchedRow(const StateDelta &delta, const CatalogState &after, const TouchedRowVisitor &visit)
{
    for (const QUuid &id : delta.elements) {
        const Element *element = after.element(id);
        if (auto ok = element ? visit(Table::Elements, true, elementRow(*element)) : visit(Table::Elements, false, {idValue(id)}); !ok)
            return ok;
    }
    for (const QUuid &id : delta.relations) {
        const Relation *relation = after.relation(id);
        if (auto ok = relation ? visit(Table::Relations, true, relationRow(*relation)) : visit(Table::Relations, false, {idValue(id)}); !ok)
            return ok;
    }
    for (const auto &[subject, number] : delta.schemaVersions) {
        std::optional<SchemaVersion> found;   // schemaVersions() gives a list of its own
        for (const SchemaVersion &version : after.schemaVersions(subject)) {
            if (version.version == number)
                found = version;
        }
        if (auto ok = found ? visit(Table::SchemaVersions, true, schemaRow(*found)) : visit(Table::SchemaVersions, false, {idValue(subject), number});
            !ok)
            return ok;
    }
    for (const QUuid &id : delta.diagrams) {
        const Diagram *diagram = after.diagram(id);
        if (auto ok = diagram ? visit(Table::Diagrams, true, diagramRow(*diagram)) : visit(Table::Diagrams, false, {idValue(id)}); !ok)
            return ok;
    }
    for (const auto &[diagram, element] : delta.placements) {
        const Placement *placement = after.placement(diagram, element);
        if (auto ok = placement ? visit(Table::Placements, true, placementRow(*placement))
                                : visit(Table::Placements, false, {idValue(diagram), idValue(element)});
            !ok)
            return ok;
    }
    for (const QString &ruleId : delta.rules) {
        auto it = after.ruleSettings().constFind(ruleId);
        if (auto ok = it != after.ruleSettings().constEnd() ? visit(Table::RuleSettings, true, ruleRow(*it)) : visit(Table::RuleSettings, false, {ruleId});
            !ok)
            return ok;
    }
    for (const QUuid &id : delta.reviews) {
        auto it = after.reviews().constFind(id);
        if (auto ok = it != after.reviews().constEnd() ? visit(Table::Reviews, true, reviewRow(*it)) : visit(Table::Reviews, false, {idValue(id)}); !ok)
            return ok;
    }
    for (const QUuid &id : delta.annotations) {
        auto it = after.annotations().constFind(id);
        if (auto ok = it != after.annotations().constEnd() ? visit(Table::Annotations, true, annotationRow(*it))
                                                           : visit(Table::Annotations, false, {idValue(id)});
            !ok)
            return ok;
    }
    return Ok{};
}

} // namespace mesh::catalog::RowCodec

namespace mesh::catalog {

using namespace RowCodec;

Result<CatalogState> StateLoader::loadState(RowSource &rows, const QString &location)
{
    CatalogState state;
    if (auto ok = rows.start("SELECT (SELECT COUNT(*) FROM elements), (SELECT COUNT(*) FROM relations), "
                                "(SELECT COUNT(*) FROM schema_versions)"); !ok)
        return ok.error();
    if (rows.next())
        reserve(state, rows.integer(0), rows.integer(1), rows.integer(2));
    if (auto ok = rows.finish(); !ok)
        return ok.error();
    if (auto ok = loadElements(rows, location, state); !ok)
        return ok.error();
    if (auto ok = loadRelations(rows, location, state); !ok)
        return ok.error();

    return state;
}

Result<void> StateLoader::loadElements(RowSource &rows, const QString &location, CatalogState &state)
{
    CatalogStateEditor edit(state);
    if (auto ok = rows.start("SELECT id, kind, name, context_id, description, owner, tags, lifecycle, attributes FROM elements"); !ok)
        return ok.error();
    auto decodeKind = enumDecoder(&elementKindFromId);
    auto decodeLifecycle = enumDecoder(&lifecycleFromId);
    while (rows.next()) {
        Element e;
        e.id = uuid(rows.text(0));
        auto kind = decodeKind(rows.text(1));
        auto lifecycle = decodeLifecycle(rows.text(7));
        if (e.id.isNull() || !kind || !lifecycle)
            return readError(QStringLiteral("element"), location, rows.text(0));
        e.kind = *kind;
        e.name = string(rows.text(2));
        e.context = uuid(rows.text(3));
        e.description = string(rows.text(4));
        e.owner = string(rows.text(5));
        if (const QByteArrayView tags = rows.text(6); !tags.isEmpty())
            e.tags = tagList(tags);
        e.lifecycle = *lifecycle;
        if (const QByteArrayView attributes = rows.text(8); !attributes.isEmpty())
            e.attributes = QJsonDocument::fromJson(attributes.toByteArray()).object();
        edit.putElement(std::move(e));
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    if (auto ok = rows.start("SELECT id, name, kind, slices, routes FROM diagrams"); !ok)
        return ok.error();
    while (rows.next()) {
        auto kind = diagramKindFromId(ascii(rows.text(2)));
        if (!kind)
            return readError(QStringLiteral("diagram"), location, rows.text(0));
        const auto slices = slicesFromJson(QJsonDocument::fromJson(rows.text(3).toByteArray()).array());
        const auto routes = routesFromJson(QJsonDocument::fromJson(rows.text(4).toByteArray()).object());
        edit.putDiagram(Diagram{uuid(rows.text(0)), string(rows.text(1)), *kind, slices.value_or(QList<DiagramSlice>{}),
                                 routes.value_or(QHash<QUuid, RelationRoute>{})});
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    if (auto ok = rows.start("SELECT diagram_id, element_id, x, y, width, height, lane, pinned FROM placements"); !ok)
        return ok.error();
    while (rows.next()) {
        Placement p;
        p.diagram = uuid(rows.text(0));
        p.element = uuid(rows.text(1));
        p.geometry = QRectF(rows.real(2), rows.real(3), rows.real(4), rows.real(5));
        p.lane = string(rows.text(6));
        p.pinned = rows.integer(7) != 0;
        edit.putPlacement(p);
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    if (auto ok = rows.start("SELECT document FROM reviews"); !ok)
        return ok.error();
    while (rows.next())
        edit.putReview(Review::fromJson(QJsonDocument::fromJson(rows.text(0).toByteArray()).object()));
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    if (auto ok = rows.start("SELECT id, document FROM annotations"); !ok)
        return ok.error();
    while (rows.next()) {
        auto annotation = Annotation::fromJson(QJsonDocument::fromJson(rows.text(1).toByteArray()).object());
        if (!annotation)
            return readError(QStringLiteral("annotation"), location, rows.text(0));
        edit.putAnnotation(*annotation);
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    if (auto ok = rows.start("SELECT rule_id, enabled, severity, parameters FROM rule_settings"); !ok)
        return ok.error();
    while (rows.next()) {
        auto severity = severityFromId(ascii(rows.text(2)));
        if (!severity)
            return readError(QStringLiteral("rule setting"), location, rows.text(0));
        edit.putRuleSetting(RuleSetting{string(rows.text(0)), rows.integer(1) != 0, *severity,
                                         QJsonDocument::fromJson(rows.text(3).toByteArray()).object()});
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();
    // Versions come in the order they were added, which is version order per subject.
    if (auto ok = rows.start("SELECT subject_id, version, format, compatibility, lifecycle, text FROM schema_versions");
        !ok)
        return ok.error();
    while (rows.next()) {
        SchemaVersion v;
        v.subject = uuid(rows.text(0));
        v.version = int(rows.integer(1));
        auto format = schemaFormatFromId(ascii(rows.text(2)));
        auto mode = compatibilityModeFromId(ascii(rows.text(3)));
        auto lifecycle = lifecycleFromId(ascii(rows.text(4)));
        if (!format || !mode || !lifecycle)
            return readError(QStringLiteral("schema version"), location, rows.text(0));
        v.format = *format;
        v.compatibility = *mode;
        v.lifecycle = *lifecycle;
        v.text = string(rows.text(5));
        edit.putSchemaVersion(v);
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    return Ok{};
}

Result<void> StateLoader::loadRelations(RowSource &rows, const QString &location, CatalogState &state)
{
    CatalogStateEditor edit(state);
    if (auto ok = rows.start("SELECT id, kind, from_id, to_id, description FROM relations"); !ok)
        return ok.error();
    auto decodeRelationKind = enumDecoder(&relationKindFromId);
    while (rows.next()) {
        Relation r;
        r.id = uuid(rows.text(0));
        auto kind = decodeRelationKind(rows.text(1));
        if (r.id.isNull() || !kind)
            return readError(QStringLiteral("relation"), location, rows.text(0));
        r.kind = *kind;
        r.from = uuid(rows.text(2));
        r.to = uuid(rows.text(3));
        r.description = string(rows.text(4));
        edit.putRelation(r);
    }
    if (auto ok = rows.finish(); !ok)
        return ok.error();

    return Ok{};
}

void StateLoader::reserve(CatalogState &state, qsizetype elements, qsizetype relations, qsizetype schemaSubjects)
{
    CatalogStateEditor(state).reserve(elements, relations, schemaSubjects);
}

void StateLoader::absorb(CatalogState &state, CatalogState &&relations)
{
    CatalogStateEditor(state).absorb(std::move(relations));
}

} // namespace mesh::catalog
