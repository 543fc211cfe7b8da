#include "exporters/exportmodel.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/kafkatopic.h"
#include "exporters/subjectnames.h"

#include <QMap>
#include <QSet>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// An HCL quoted string: escapes, and "${" / "%{" doubled so no interpolation happens.
QString hclString(const QString &text)
{
    QString result;
    result.reserve(text.size() + 2);
    result.append(QLatin1Char('"'));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            result.append(QLatin1Char('\\')).append(c);
        else if (c == QLatin1Char('\n'))
            result.append(QLatin1String("\\n"));
        else if (c == QLatin1Char('\r'))
            result.append(QLatin1String("\\r"));
        else if (c == QLatin1Char('\t'))
            result.append(QLatin1String("\\t"));
        else if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{'))
            result.append(c).append(c);
        else if (c.unicode() < 0x20)
            result.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        else
            result.append(c);
    }
    result.append(QLatin1Char('"'));
    return result;
}

QString resourceBlock(const QString &resourceName, const KafkaTopic &topic, const Element &channel)
{
    QString block;
    if (!channel.description.isEmpty())
        block += QStringLiteral("# %1\n").arg(channel.description.simplified());
    block += QStringLiteral("resource \"kafka_topic\" \"%1\" {\n").arg(resourceName);
    block += QStringLiteral("  name               = %1\n").arg(hclString(topic.name));
    block += QStringLiteral("  partitions         = %1\n").arg(topic.partitions);
    block += QStringLiteral("  replication_factor = %1\n").arg(topic.replicas);
    if (!topic.config.isEmpty()) {
        qsizetype width = 0;
        for (auto it = topic.config.begin(); it != topic.config.end(); ++it)
            width = std::max(width, it.key().size() + 2);
        block += QLatin1String("\n  config = {\n");
        // The provider takes every configuration value as a string.
        for (auto it = topic.config.begin(); it != topic.config.end(); ++it)
            block += QStringLiteral("    %1 = %2\n").arg(hclString(it.key()), -int(width)).arg(hclString(it.value().toString()));
        block += QLatin1String("  }\n");
    }
    block += QLatin1String("}\n");
    return block;
}

} // namespace

// terraform/<Context>.tf: kafka_topic resources of the Mongey/kafka provider, one file per
// bounded context, plus the provider requirement. Resource names are unique in the folder,
// which Terraform reads as one module.
Result<Files> exportTerraform(const ExportModel &model, UniquePaths &paths)
{
    QMap<QString, QList<const Element *>> byContext;
    for (const Element *channel : model.elements(ElementKind::Channel))
        byContext[model.contextName(*channel)].append(channel);
    if (byContext.isEmpty())
        return Files{};

    Files files;
    files.append({paths.claim(QStringLiteral("terraform"), QStringLiteral("versions"), QStringLiteral(".tf")),
                  QByteArrayLiteral("terraform {\n  required_providers {\n    kafka = {\n      source = \"Mongey/kafka\"\n    }\n  }\n}\n"),
                  QStringLiteral("terraform")});
    QSet<QString> resourceNames;
    for (auto it = byContext.begin(); it != byContext.end(); ++it) {
        QStringList blocks;
        for (const Element *channel : it.value()) {
            const KafkaTopic topic = kafkaTopicOf(*channel);
            QString name = snakeIdentifier(topic.name);
            for (int n = 2; resourceNames.contains(name); ++n)
                name = snakeIdentifier(topic.name) + QLatin1Char('_') + QString::number(n);
            resourceNames.insert(name);
            blocks.append(resourceBlock(name, topic, *channel));
        }
        const QString header = QStringLiteral("# Kafka topics of %1, written by Mesh Studio.\n\n")
                                   .arg(it.key().isEmpty() ? QStringLiteral("the shared channels") : it.key());
        files.append({paths.claim(QStringLiteral("terraform"), it.key().isEmpty() ? QStringLiteral("shared") : it.key(), QStringLiteral(".tf")),
                      (header + blocks.join(QLatin1Char('\n'))).toUtf8(), QStringLiteral("terraform")});
    }
    return files;
}

} // namespace mesh::exporters
