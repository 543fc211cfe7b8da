// Reading changes from JSON: the fields of each operation, and the references (ids or
// "Context/Name" paths) resolved against the catalog.
#include "catalog/changes/changejson.h"
#include "catalog/model/idtext.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/elementfields.h"
#include "catalog/changes/governancepolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace mesh::catalog {

namespace {

// Reads the fields of one JSON change, remembering which were used so that unknown
// fields are reported by name.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object) : m_object(object)
    {
        m_used << QStringLiteral("op") << QStringLiteral("meta");
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue value(const QString &key)
    {
        m_used.insert(key);
        return m_object.value(key);
    }

    Result<QString> string(const QString &key, bool required = true)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return missing(key);
            return QString();
        }
        if (!v.isString())
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"%1\": expected a string").arg(key), key);
        return v.toString();
    }

    Result<QJsonObject> object(const QString &key, bool required = true)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() && !required)
            return QJsonObject();
        if (!v.isObject())
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"%1\": expected an object").arg(key), key);
        return v.toObject();
    }

    Result<double> number(const QString &key, std::optional<double> fallback = std::nullopt)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (v.isUndefined())
            return missing(key);
        if (!v.isDouble())
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"%1\": expected a number").arg(key), key);
        return v.toDouble();
    }

    // A schema version number: a whole number from 1 to 1,000,000 (as the shared catalog's
    // CHECK constraint says), never a double cast into an int it does not fit.
    Result<int> versionNumber(const QString &key, std::optional<int> fallback = std::nullopt)
    {
        const Result<double> read = this->number(key, fallback ? std::optional<double>(*fallback) : std::nullopt);
        if (!read)
            return read.error();
        const double number = *read;
        if (!(number >= 1 && number <= 1000000) || number != std::floor(number)) {
            return makeError(ErrorCode::InvalidInput,
                             ChangeJson::tr("Field \"%1\": expected a version number from 1 to 1000000").arg(key), key);
        }
        return static_cast<int>(number);
    }

    Result<QUuid> newId(const QString &key = QStringLiteral("id"))
    {
        auto text = string(key, false);
        if (!text)
            return text.error();
        if (text->isEmpty())
            return QUuid::createUuid();
        const QUuid id = QUuid::fromString(*text);
        if (id.isNull())
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"%1\": \"%2\" is not a UUID").arg(key, *text), key);
        return id;
    }

    Result<void> finish() const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_used.contains(it.key()))
                return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Unknown field \"%1\"").arg(it.key()), it.key());
        }
        return Ok{};
    }

    static Error missing(const QString &key)
    {
        return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Missing field \"%1\"").arg(key), key);
    }

private:
    const QJsonObject &m_object;
    QSet<QString> m_used;
};

#define TRY(var, expr)                 \
    auto var##Result = (expr);         \
    if (!var##Result)                  \
        return var##Result.error();    \
    auto var = std::move(var##Result).value()

// A relation by its "id", or by its "kind", "from" and "to".
Result<QUuid> resolveRelation(FieldReader &fields, const CatalogState &state)
{
    if (fields.has("id")) {
        TRY(relationId, fields.string("id"));
        const QUuid id = QUuid::fromString(relationId);
        if (!state.relation(id))
            return makeError(ErrorCode::NotFound, ChangeJson::tr("Field \"id\": no relation with id %1").arg(relationId), "id");
        return id;
    }
    TRY(kindText, fields.string("kind"));
    TRY(from, ChangeJson::resolveElement(fields.value("from"), state, "from"));
    TRY(to, ChangeJson::resolveElement(fields.value("to"), state, "to"));
    for (const QUuid &relationId : state.relationsOf(from)) {
        const Relation *r = state.relation(relationId);
        if (relationKindId(r->kind) == kindText && r->from == from && r->to == to)
            return relationId;
    }
    return makeError(ErrorCode::NotFound, ChangeJson::tr("No \"%1\" relation from %2 to %3").arg(kindText, state.pathOf(from), state.pathOf(to)), "to");
}

Result<QUuid> resolveDiagram(const QJsonValue &reference, const CatalogState &state, const QString &field)
{
    const QString text = reference.toString();
    if (!reference.isString() || text.isEmpty())
        return FieldReader::missing(field);
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull() && state.diagram(id))
        return id;
    for (const Diagram &diagram : state.diagrams()) {
        if (diagram.name == text)
            return diagram.id;
    }
    return makeError(ErrorCode::NotFound, ChangeJson::tr("Field \"%1\": no diagram \"%2\"").arg(field, text), field);
}

Result<Placement> readPlacement(FieldReader &fields, const CatalogState &state, bool withGeometry)
{
    Placement placement;
    TRY(diagram, resolveDiagram(fields.value("diagram"), state, "diagram"));
    TRY(element, ChangeJson::resolveElement(fields.value("element"), state, "element"));
    placement.diagram = diagram;
    placement.element = element;
    if (!withGeometry)
        return placement;
    TRY(x, fields.number("x"));
    TRY(y, fields.number("y"));
    TRY(width, fields.number("width", 160.0));
    TRY(height, fields.number("height", 100.0));
    TRY(lane, fields.string("lane", false));
    placement.geometry = QRectF(x, y, width, height);
    placement.lane = lane;
    const QJsonValue pinned = fields.value("pinned");
    if (!pinned.isUndefined() && !pinned.isBool())
        return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"%1\": expected true or false").arg("pinned"), "pinned");
    placement.pinned = pinned.toBool();
    return placement;
}

Result<SchemaVersion> readSchemaVersion(FieldReader &fields, const CatalogState &state)
{
    SchemaVersion v;
    TRY(subject, ChangeJson::resolveElement(fields.value("subject"), state, "subject"));
    v.subject = subject;
    const SchemaVersion *latest = state.latestSchema(subject);
    TRY(version, fields.versionNumber("version", latest ? latest->version + 1 : 1));
    v.version = version;
    TRY(format, fields.string("format"));
    auto parsedFormat = schemaFormatFromId(format);
    if (!parsedFormat)
        return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"format\": expected avro, protobuf or jsonschema"), "format");
    v.format = *parsedFormat;
    TRY(compatibility, fields.string("compatibility", false));
    if (!compatibility.isEmpty()) {
        auto mode = compatibilityModeFromId(compatibility);
        if (!mode)
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"compatibility\": unknown mode \"%1\"").arg(compatibility), "compatibility");
        v.compatibility = *mode;
    } else if (latest) {
        v.compatibility = latest->compatibility;
    }
    TRY(lifecycle, fields.string("lifecycle", false));
    if (!lifecycle.isEmpty()) {
        auto parsed = lifecycleFromId(lifecycle);
        if (!parsed)
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"lifecycle\": unknown lifecycle \"%1\"").arg(lifecycle), "lifecycle");
        v.lifecycle = *parsed;
    } else if (const Element *element = state.element(subject); element && element->lifecycle == Lifecycle::Approved) {
        // A new schema of an approved element is a proposal; the approved version stays.
        v.lifecycle = Lifecycle::Proposed;
    }
    TRY(text, fields.string("text"));
    v.text = text;
    return v;
}

// An update's "context" may be given as a path; the change keeps the id.
Result<QJsonObject> resolveSetReferences(QJsonObject set, const CatalogState &state)
{
    if (set.contains("context") && !set.value("context").isNull()) {
        TRY(context, ChangeJson::resolveElement(set.value("context"), state, "context", {ElementKind::BoundedContext}));
        set.insert("context", idText(context));
    }
    return set;
}

Result<Change> readChange(const QJsonObject &object, const CatalogState &state, const GovernancePolicy &governance)
{
    FieldReader fields(object);
    if (!object.value("op").isString())
        return FieldReader::missing("op");
    const QString op = object.value("op").toString();

    std::optional<Change> change;
    if (op == QLatin1String("create")) {
        Element e;
        TRY(id, fields.newId());
        TRY(kindText, fields.string("kind"));
        auto kind = elementKindFromId(kindText);
        if (!kind)
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"kind\": unknown element kind \"%1\"").arg(kindText), "kind");
        TRY(name, fields.string("name"));
        e.id = id;
        e.kind = *kind;
        e.name = name;
        if (fields.has("context")) {
            TRY(context, ChangeJson::resolveElement(fields.value("context"), state, "context", {ElementKind::BoundedContext}));
            e.context = context;
        }
        TRY(set, fields.object("set", false));
        if (auto assigned = ElementFields::assign(e, set); !assigned)
            return assigned.error();
        change = CreateElement{e};
    } else if (op == QLatin1String("update")) {
        TRY(ref, ChangeJson::resolveElement(fields.value("ref"), state, "ref"));
        TRY(set, fields.object("set"));
        TRY(resolved, resolveSetReferences(set, state));
        change = UpdateElement{ref, resolved};
    } else if (op == QLatin1String("delete")) {
        TRY(ref, ChangeJson::resolveElement(fields.value("ref"), state, "ref"));
        change = DeleteElement{ref};
    } else if (op == QLatin1String("relate")) {
        Relation r;
        TRY(id, fields.newId());
        TRY(kindText, fields.string("kind"));
        auto kind = relationKindFromId(kindText);
        if (!kind)
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"kind\": unknown relation kind \"%1\"").arg(kindText), "kind");
        TRY(from, ChangeJson::resolveElement(fields.value("from"), state, "from"));
        TRY(to, ChangeJson::resolveElement(fields.value("to"), state, "to"));
        TRY(description, fields.string("description", false));
        r.id = id;
        r.kind = *kind;
        r.from = from;
        r.to = to;
        r.description = description;
        change = CreateRelation{r};
    } else if (op == QLatin1String("unrelate")) {
        TRY(id, resolveRelation(fields, state));
        change = DeleteRelation{id};
    } else if (op == QLatin1String("updateRelation")) {
        TRY(id, resolveRelation(fields, state));
        if (!fields.value("set").isObject())
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"set\": expected an object of fields to change"), "set");
        change = UpdateRelation{id, fields.value("set").toObject()};
    } else if (op == QLatin1String("addSchemaVersion")) {
        TRY(version, readSchemaVersion(fields, state));
        change = AddSchemaVersion{version};
    } else if (op == QLatin1String("removeSchemaVersion") || op == QLatin1String("updateSchemaVersion")) {
        TRY(subject, ChangeJson::resolveElement(fields.value("subject"), state, "subject"));
        TRY(version, fields.versionNumber("version"));
        if (op == QLatin1String("removeSchemaVersion")) {
            change = RemoveSchemaVersion{subject, version};
        } else {
            TRY(set, fields.object("set"));
            change = UpdateSchemaVersion{subject, version, set};
        }
    } else if (op == QLatin1String("createDiagram")) {
        Diagram d;
        TRY(id, fields.newId());
        TRY(name, fields.string("name"));
        TRY(kindText, fields.string("kind"));
        auto kind = diagramKindFromId(kindText);
        if (!kind)
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"kind\": expected board, timeline or context-map"), "kind");
        d.id = id;
        d.name = name;
        d.kind = *kind;
        if (fields.value("slices").isArray()) {
            QString why;
            auto slices = slicesFromJson(fields.value("slices"), &why);
            if (!slices)
                return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"slices\": %1").arg(why), "slices");
            d.slices = *slices;
        }
        if (fields.value("routes").isObject()) {
            auto routes = routesFromJson(fields.value("routes"));
            if (!routes)
                return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"routes\": expected relation ids mapped to lists of coordinates"),
                                 "routes");
            d.routes = *routes;
        }
        change = CreateDiagram{d};
    } else if (op == QLatin1String("updateDiagram") || op == QLatin1String("deleteDiagram")) {
        TRY(diagram, resolveDiagram(fields.value("diagram"), state, "diagram"));
        if (op == QLatin1String("deleteDiagram")) {
            change = DeleteDiagram{diagram};
        } else {
            TRY(set, fields.object("set"));
            change = UpdateDiagram{diagram, set};
        }
    } else if (op == QLatin1String("place") || op == QLatin1String("move")) {
        TRY(placement, readPlacement(fields, state, true));
        if (op == QLatin1String("place"))
            change = PlaceElement{placement};
        else
            change = MovePlacement{placement};
    } else if (op == QLatin1String("unplace")) {
        TRY(placement, readPlacement(fields, state, false));
        change = UnplaceElement{placement.diagram, placement.element};
    } else if (op == QLatin1String("setReview")) {
        TRY(review, fields.object("review"));
        change = SetReview{Review::fromJson(review)};
    } else if (op == QLatin1String("deleteReview")) {
        TRY(review, fields.string("review"));
        change = DeleteReview{QUuid::fromString(review)};
    } else if (op == QLatin1String("annotate")) {
        TRY(object, fields.object("annotation"));
        auto annotation = Annotation::fromJson(object);
        if (!annotation)
            return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"annotation\": its kind is votes, comment or dotBudget"), QStringLiteral("annotation"));
        change = PutAnnotation{*annotation};
    } else if (op == QLatin1String("unannotate")) {
        TRY(annotation, fields.string("annotation"));
        change = RemoveAnnotation{QUuid::fromString(annotation)};
    } else if (op == QLatin1String("setRule") || op == QLatin1String("resetRule")) {
        TRY(rule, fields.string("rule"));
        if (op == QLatin1String("resetRule")) {
            change = ResetRule{rule};
        } else {
            RuleSetting setting = governance.effectiveSetting(state, rule);
            setting.ruleId = rule;
            const QJsonValue enabled = fields.value("enabled");
            if (!enabled.isUndefined() && !enabled.isBool())
                return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"%1\": expected true or false").arg("enabled"), "enabled");
            setting.enabled = enabled.toBool(setting.enabled);
            TRY(severity, fields.string("severity", false));
            if (!severity.isEmpty()) {
                auto parsed = severityFromId(severity);
                if (!parsed)
                    return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"severity\": expected error, warning or info"), "severity");
                setting.severity = *parsed;
            }
            TRY(parameters, fields.object("parameters", false));
            for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it)
                setting.parameters.insert(it.key(), *it);
            change = SetRule{setting};
        }
    } else {
        return makeError(ErrorCode::InvalidInput, ChangeJson::tr("Field \"op\": unknown operation \"%1\"").arg(op), "op");
    }
    if (auto finished = fields.finish(); !finished)
        return finished.error();
    return *change;
}

} // namespace

Result<Change> ChangeJson::fromJson(const QJsonObject &object, const CatalogState &state, const GovernancePolicy &governance)
{
    return readChange(object, state, governance);
}

Result<Batch> ChangeJson::readJsonLines(const QByteArray &text, const CatalogState &state, const GovernancePolicy &governance)
{
    // Resolve each line against the state the previous lines lead to.
    CatalogState scratch = state;
    Batch batch;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        auto fail = [&](Error error) {
            error.line = i + 1;
            return error;
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail(makeError(ErrorCode::InvalidInput,
                                  tr("Malformed JSON at column %1: %2").arg(parseError.offset + 1).arg(parseError.errorString())));
        }
        if (!document.isObject())
            return fail(makeError(ErrorCode::InvalidInput, tr("Expected a JSON object")));
        Result<Change> change = readChange(document.object(), scratch, governance);
        if (!change)
            return fail(change.error());
        Result<Batch> applied = ChangeApplier::apply(scratch, Batch{*change}, nullptr, nullptr, ChangeApplier::Approvals::Gated, governance);
        if (!applied)
            return fail(applied.error());
        batch.append(*change);
    }
    return batch;
}

Result<QUuid> ChangeJson::resolveElement(const QJsonValue &reference, const CatalogState &state,
                                         const QString &field, const QList<ElementKind> &kinds)
{
    if (!reference.isString() || reference.toString().isEmpty())
        return FieldReader::missing(field);
    const QString text = reference.toString();
    const QUuid id = QUuid::fromString(text);
    if (!id.isNull()) {
        if (!state.element(id))
            return makeError(ErrorCode::NotFound, tr("Field \"%1\": no element with id %2").arg(field, text), field);
        return id;
    }
    QUuid context;
    QString name = text;
    if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash >= 0) {
        const Element *contextElement = state.findElement(QUuid(), ElementKind::BoundedContext, text.left(slash));
        if (!contextElement)
            return makeError(ErrorCode::NotFound, tr("Field \"%1\": no bounded context \"%2\"").arg(field, text.left(slash)), field);
        context = contextElement->id;
        name = text.mid(slash + 1);
    }
    QList<QUuid> candidates = state.findByName(context, name);
    if (!kinds.isEmpty() && candidates.size() > 1) {
        candidates.removeIf([&](const QUuid &candidate) { return !kinds.contains(state.element(candidate)->kind); });
    }
    if (candidates.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Field \"%1\": no element \"%2\"").arg(field, text), field);
    if (candidates.size() > 1) {
        QStringList found;
        for (const QUuid &candidate : candidates)
            found << elementKindId(state.element(candidate)->kind) + QLatin1Char(' ') + idText(candidate);
        return makeError(ErrorCode::InvalidInput,
                         tr("Field \"%1\": \"%2\" is ambiguous (%3); use the id").arg(field, text, found.join(", ")), field);
    }
    if (!kinds.isEmpty() && !kinds.contains(state.element(candidates.first())->kind)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Field \"%1\": \"%2\" is of kind %3").arg(field, text, elementKindDisplayName(state.element(candidates.first())->kind)), field);
    }
    return candidates.first();
}

} // namespace mesh::catalog
