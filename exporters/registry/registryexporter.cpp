#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/kafkatopic.h"
#include "exporters/subjectnames.h"

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

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
        "Written by Mesh Studio. Each folder is a subject named by the TopicNameStrategy (`<topic>-value`;\n"
        "a topic carrying several kinds of event names the others `<topic>-<Event>`, as the\n"
        "TopicRecordNameStrategy does);\n"
        "each `vN.json` is the body of `POST /subjects/<subject>/versions` for version N of the element's\n"
        "schema, to be registered in version order:\n\n"
        "```sh\n"
        "# SCHEMA_REGISTRY_URL is your registry's address.\n"
        "for subject in */; do\n"
        "  subject=${subject%/}\n"
        "  for body in $(ls \"$subject\"/v*.json | sort -V); do\n"
        "    curl --fail -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' \\\n"
        "      --data @\"$body\" \"$SCHEMA_REGISTRY_URL/subjects/$subject/versions\"\n"
        "  done\n"
        "done\n"
        "```\n\n"
        "A version the registry already has is accepted again without a new id; one that breaks the\n"
        "subject's compatibility mode is refused with HTTP 409.\n\n"
        "## Subjects\n\n");
    for (const QString &subject : subjects)
        text += QStringLiteral("- `%1`\n").arg(subject);
    if (!unregistered.isEmpty()) {
        text += QStringLiteral("\n## Not registered\n\nThese schemas are on no channel, so no topic names their subject:\n\n");
        for (const QString &path : unregistered)
            text += QStringLiteral("- %1\n").arg(path);
    }
    return text.toUtf8();
}

} // namespace

// registry/<topic>-value/v<N>.json: for each channel, every version of each schema it
// carries, as the request bodies Confluent Schema Registry takes; and a README.
Result<Files> exportRegistry(const ExportModel &model, UniquePaths &paths)
{
    Files files;
    QStringList subjects;
    QSet<QUuid> registered;
    for (const Element *channel : model.elements(ElementKind::Channel)) {
        const QList<const Element *> events = model.related(channel->id, RelationKind::Carries, true);
        const KafkaTopic topic = kafkaTopicOf(*channel);
        for (const Element *event : events) {
            const QList<SchemaVersion> versions = model.schemaVersions(event->id);
            if (versions.isEmpty())
                continue;
            // One value schema per topic under the TopicNameStrategy; a channel carrying
            // several kinds of event names the others as the TopicRecordNameStrategy does.
            QString subject = topic.name + QStringLiteral("-value");
            if (event != events.front())
                subject = topic.name + QLatin1Char('-') + event->name;
            const QString folder = paths.claim(QStringLiteral("registry"), subject, QString());
            subjects.append(subject);
            registered.insert(event->id);
            for (const SchemaVersion &version : versions) {
                const Json body = {{"schemaType", schemaTypeOf(version.format)},
                                   {"schema", utf8(version.text)},
                                   {"references", Json::array()}};
                files.append({paths.claim(folder, QStringLiteral("v%1").arg(version.version), QStringLiteral(".json")), jsonBytes(body),
                              QStringLiteral("registry")});
            }
        }
    }
    QStringList unregistered;
    for (const Element *subject : schemaSubjects(model)) {
        if (!registered.contains(subject->id) && !model.schemaVersions(subject->id).isEmpty())
            unregistered.append(model.state().pathOf(subject->id));
    }
    if (!files.isEmpty() || !unregistered.isEmpty())
        files.append({paths.claim(QStringLiteral("registry"), QStringLiteral("README"), QStringLiteral(".md")), readme(subjects, unregistered),
                      QStringLiteral("registry")});
    return files;
}

} // namespace mesh::exporters
