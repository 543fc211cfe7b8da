#include "catalog/schema/protobufcompatibility.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/kafkatopic.h"
#include "exporters/subjectnames.h"

#include <google/protobuf/descriptor.pb.h>

#include <QCoreApplication>
#include <QUrl>

#include <functional>
#include <map>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

struct RegistryExporter {
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::RegistryExporter)
};

const char *schemaTypeOf(SchemaFormat format)
{
    switch (format) {
    case SchemaFormat::Avro:
        return "AVRO";
    case SchemaFormat::Protobuf:
        return "PROTOBUF";
    case SchemaFormat::JsonSchema:
        break;
    }
    return "JSON";
}

QByteArray readme(const QStringList &subjects, const QStringList &unregistered)
{
    QString text = QStringLiteral(
        "# Schema Registry subjects\n\n"
        "Written by Mesh Studio. Each folder holds one subject; each `vN.json` is the body of\n"
        "`POST /subjects/<subject>/versions` for the subject's version N, with the `references` to the\n"
        "subjects whose types it uses. A channel names its subjects by its subject naming strategy (the\n"
        "channel's \"Subject naming\" setting): `TopicNameStrategy` (`<topic>-value`, the default for a\n"
        "topic carrying one kind of event), `RecordNameStrategy` (`<record>`) or `TopicRecordNameStrategy`\n"
        "(`<topic>-<record>`, the default for a topic carrying several), where the record is the schema's\n"
        "full name (Avro `namespace.name`, Protobuf `package.FirstMessage`, JSON Schema `title`). A\n"
        "referenced schema on no channel is registered under its reference name, as the serializers do.\n\n"
        "`subjects.tsv` lists the folders in an order that registers every referenced version before\n"
        "the versions that use it, with each subject as it goes into the URL:\n\n"
        "```sh\n"
        "# SCHEMA_REGISTRY_URL is your registry's address.\n"
        "while IFS=\"$(printf '\\t')\" read -r folder subject; do\n"
        "  for body in $(ls \"$folder\"/v*.json | sort -V); do\n"
        "    curl --fail -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' \\\n"
        "      --data @\"$body\" \"$SCHEMA_REGISTRY_URL/subjects/$subject/versions\"\n"
        "  done\n"
        "done < subjects.tsv\n"
        "```\n\n"
        "A version the registry already has is accepted again without a new id; one that breaks the\n"
        "subject's compatibility mode is refused with HTTP 409.\n\n"
        "## Subjects\n\n");
    for (const QString &subject : subjects)
        text += QStringLiteral("- `%1`\n").arg(subject);
    if (!unregistered.isEmpty()) {
        text += QStringLiteral("\n## Not registered\n\nThese schemas are on no channel and no other schema uses them, so no subject names them:\n\n");
        for (const QString &path : unregistered)
            text += QStringLiteral("- %1\n").arg(path);
    }
    return text.toUtf8();
}

// A registry subject: the schema versions registered under it, in order.
struct Subject {
    QString name;
    QList<const SchemaVersion *> versions;   // registry version = position + 1
};

class RegistryWriter
{
public:
    RegistryWriter(const ExportModel &model, UniquePaths &paths) : m_model(model), m_paths(paths) {}

    Result<Files> run()
    {
        for (const Element *channel : m_model.elements(ElementKind::Channel)) {
            if (auto placed = placeChannel(*channel); !placed)
                return placed.error();
        }
        // Referenced schemas on no channel get a subject of their own, named by the
        // reference (what Confluent's DefaultReferenceSubjectNameStrategy does).
        for (qsizetype i = 0; i < m_subjects.size(); ++i) {
            for (const SchemaVersion *version : QList<const SchemaVersion *>(m_subjects[i].versions)) {
                if (auto resolved = resolveReferences(*version); !resolved)
                    return resolved.error();
            }
        }
        return write();
    }

private:
    static QString label(const ExportModel &model, const SchemaVersion &version)
    {
        return schemaVersionLabel(model, *model.state().element(version.subject), version.version);
    }

    // The schema's full record name, as RecordNameStrategy names subjects.
    Result<QString> recordName(const SchemaVersion &version) const
    {
        switch (version.format) {
        case SchemaFormat::Avro: {
            auto schema = parseJson(version.text, label(m_model, version));
            if (!schema)
                return schema.error();
            if (schema->is_object() && schema->contains("name")) {
                const std::string name = schema->value("name", "");
                const std::string space = schema->value("namespace", "");
                return QString::fromStdString(name.find('.') != std::string::npos || space.empty() ? name : space + "." + name);
            }
            break;
        }
        case SchemaFormat::Protobuf: {
            auto file = ProtobufCompatibility::parse(version.text);
            if (!file)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(label(m_model, version), file.error().message));
            if ((*file)->message_type_size() > 0) {
                const std::string &package = (*file)->package();
                return QString::fromStdString(package.empty() ? (*file)->message_type(0).name() : package + "." + (*file)->message_type(0).name());
            }
            break;
        }
        case SchemaFormat::JsonSchema: {
            auto schema = parseJson(version.text, label(m_model, version));
            if (!schema)
                return schema.error();
            if (schema->is_object() && schema->contains("title") && (*schema)["title"].is_string())
                return QString::fromStdString((*schema)["title"].get<std::string>());
            return QStringLiteral("JsonSchema");   // Confluent's name for a schema without a title
        }
        }
        return makeError(ErrorCode::InvalidInput,
                         RegistryExporter::tr("%1 has no named record, which the RecordNameStrategy needs").arg(label(m_model, version)));
    }

    Result<void> placeChannel(const Element &channel)
    {
        QList<const Element *> events;
        for (const Element *event : m_model.related(channel.id, RelationKind::Carries, true)) {
            if (!m_model.schemaVersions(event->id).isEmpty())
                events.append(event);
        }
        if (events.isEmpty())
            return Ok{};
        const QString topic = kafkaTopicOf(channel).name;
        QString strategy = channel.attributes.value(QLatin1String("subjectNameStrategy")).toString();
        if (strategy.isEmpty())
            strategy = events.size() == 1 ? QStringLiteral("TopicNameStrategy") : QStringLiteral("TopicRecordNameStrategy");
        if (strategy == QLatin1String("TopicNameStrategy") && events.size() > 1) {
            return makeError(ErrorCode::InvalidInput,
                             RegistryExporter::tr("channel %1 carries %2 kinds of event but names its subject by the TopicNameStrategy, "
                                                  "which gives the topic one value schema; choose the RecordNameStrategy or the "
                                                  "TopicRecordNameStrategy in its Subject naming setting")
                                 .arg(m_model.state().pathOf(channel.id))
                                 .arg(events.size()));
        }
        for (const Element *event : events) {
            for (const SchemaVersion &version : m_model.schemaVersions(event->id)) {
                QString subject = topic + QStringLiteral("-value");
                if (strategy != QLatin1String("TopicNameStrategy")) {
                    auto record = recordName(version);
                    if (!record)
                        return record.error();
                    subject = strategy == QLatin1String("RecordNameStrategy") ? *record : topic + QLatin1Char('-') + *record;
                }
                addVersion(subject, version);
            }
        }
        return Ok{};
    }

    // Each catalog version once per subject, in version order.
    void addVersion(const QString &subject, const SchemaVersion &version)
    {
        auto found = m_bySubject.find(subject);
        if (found == m_bySubject.end()) {
            found = m_bySubject.insert(subject, m_subjects.size());
            m_subjects.append({subject, {}});
        }
        const auto key = std::pair{version.subject, version.version};
        const SchemaVersion *stored = &m_kept.try_emplace(key, version).first->second;
        Subject &entry = m_subjects[*found];
        if (entry.versions.contains(stored))
            return;
        entry.versions.append(stored);
        // The earliest subject holding a version is where references point.
        const Registration registration{*found, subject, int(entry.versions.size())};
        auto [at, inserted] = m_registeredAt.try_emplace(key, registration);
        if (!inserted && registration.subjectIndex < at->second.subjectIndex)
            at->second = registration;
        m_registered.insert(version.subject);
    }

    // Where a catalog version is registered: the subject and the registry's version number.
    std::optional<std::pair<QString, int>> registeredAt(const QUuid &element, int version) const
    {
        auto found = m_registeredAt.find(std::pair{element, version});
        if (found == m_registeredAt.end())
            return std::nullopt;
        return std::pair{found->second.subject, found->second.version};
    }

    // Resolves a version's references, registering a referenced schema that no channel
    // registers under its reference name.
    Result<void> resolveReferences(const SchemaVersion &version)
    {
        auto references = m_model.schemaLibrary().referencesOf(version);
        if (!references) {
            Error error = references.error();
            error.message = QStringLiteral("%1: %2").arg(label(m_model, version), error.message);
            return error;
        }
        for (const SchemaReference &reference : *references) {
            if (!registeredAt(reference.subject, reference.version)) {
                for (const SchemaVersion &referenced : m_model.schemaVersions(reference.subject))
                    addVersion(reference.name, referenced);
            }
        }
        m_references[&version] = *references;
        return Ok{};
    }

    Result<Files> write()
    {
        // Referenced subjects first, so that a loop over subjects.tsv can POST in order.
        QList<qsizetype> order;
        QSet<qsizetype> done, visiting;
        std::function<Result<void>(qsizetype)> visit = [&](qsizetype index) -> Result<void> {
            if (done.contains(index))
                return Ok{};
            if (visiting.contains(index))
                return makeError(ErrorCode::Conflict, RegistryExporter::tr("the schemas of subject %1 and the subjects it references refer to "
                                                                           "each other in a cycle, which a registry cannot take")
                                                          .arg(m_subjects[index].name));
            visiting.insert(index);
            for (const SchemaVersion *version : m_subjects[index].versions) {
                for (const SchemaReference &reference : m_references.value(version)) {
                    const auto at = registeredAt(reference.subject, reference.version);
                    if (auto r = visit(m_bySubject.value(at->first)); !r)
                        return r;
                }
            }
            visiting.remove(index);
            done.insert(index);
            order.append(index);
            return Ok{};
        };
        for (qsizetype i = 0; i < m_subjects.size(); ++i) {
            if (auto r = visit(i); !r)
                return r.error();
        }

        Files files;
        QStringList names;
        QByteArray table;
        for (qsizetype index : order) {
            const Subject &subject = m_subjects[index];
            const QString folder = m_paths.claim(QStringLiteral("registry"), subject.name, QString());
            names.append(subject.name);
            table += folder.mid(int(qstrlen("registry/"))).toUtf8() + '\t' + QUrl::toPercentEncoding(subject.name) + '\n';
            for (qsizetype i = 0; i < subject.versions.size(); ++i) {
                const SchemaVersion &version = *subject.versions[i];
                Json references = Json::array();
                for (const SchemaReference &reference : m_references.value(&version)) {
                    const auto at = registeredAt(reference.subject, reference.version);
                    references.push_back({{"name", utf8(reference.name)}, {"subject", utf8(at->first)}, {"version", at->second}});
                }
                const Json body = {{"schemaType", schemaTypeOf(version.format)},
                                   {"schema", utf8(m_model.schemaLibrary().withImports(version, m_references.value(&version)))},
                                   {"references", references}};
                files.append({m_paths.claim(folder, QStringLiteral("v%1").arg(i + 1), QStringLiteral(".json")), orderedJsonBytes(body),
                              QStringLiteral("registry")});
            }
        }
        QStringList unregistered;
        for (const Element *subject : schemaSubjects(m_model)) {
            if (!m_registered.contains(subject->id) && !m_model.schemaVersions(subject->id).isEmpty())
                unregistered.append(m_model.state().pathOf(subject->id));
        }
        if (!files.isEmpty() || !unregistered.isEmpty()) {
            files.append({m_paths.claim(QStringLiteral("registry"), QStringLiteral("README"), QStringLiteral(".md")), readme(names, unregistered),
                          QStringLiteral("registry")});
        }
        if (!files.isEmpty())
            files.append({m_paths.claim(QStringLiteral("registry"), QStringLiteral("subjects"), QStringLiteral(".tsv")), table,
                          QStringLiteral("registry")});
        return files;
    }

    const ExportModel &m_model;
    UniquePaths &m_paths;
    QList<Subject> m_subjects;
    QHash<QString, qsizetype> m_bySubject;
    // By element and version; a map keeps the addresses the subjects' lists hold.
    std::map<std::pair<QUuid, int>, SchemaVersion> m_kept;
    struct Registration {
        qsizetype subjectIndex;
        QString subject;
        int version;   // the registry's number within the subject
    };
    std::map<std::pair<QUuid, int>, Registration> m_registeredAt;
    QHash<const SchemaVersion *, QList<SchemaReference>> m_references;
    QSet<QUuid> m_registered;
};

} // namespace

// registry/<subject>/v<N>.json: for each channel, every version of each schema it carries,
// under the subject its naming strategy gives, as the request bodies Confluent Schema
// Registry takes, with their references; subjects.tsv, the order to register them in; and
// a README.
Result<Files> exportRegistry(const ExportModel &model, UniquePaths &paths)
{
    return RegistryWriter(model, paths).run();
}

} // namespace mesh::exporters
