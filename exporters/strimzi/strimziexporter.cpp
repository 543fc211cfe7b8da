#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/kafkatopic.h"
#include "exporters/subjectnames.h"

#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// A Kubernetes object name (DNS-1123 subdomain): lowercase letters, digits, '-' and '.',
// each dot-separated label starting and ending with a letter or digit, 253 at most.
std::string kubernetesName(const QString &topic)
{
    QStringList labels;
    for (const QString &part : topic.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        QString label;
        for (const QChar c : part) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
            if (allowed)
                label.append(c);
            else if (!label.isEmpty() && !label.endsWith(QLatin1Char('-')))
                label.append(QLatin1Char('-'));
        }
        while (label.endsWith(QLatin1Char('-')))
            label.chop(1);
        if (!label.isEmpty())
            labels.append(label);
    }
    QString name = labels.join(QLatin1Char('.')).left(240);
    while (name.endsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return utf8(name.isEmpty() ? QStringLiteral("topic") : name);
}

} // namespace

// strimzi/<Context>/<name>.yaml: one KafkaTopic (kafka.strimzi.io/v1beta2) per channel.
Result<Files> exportStrimzi(const ExportModel &model, const ExportOptions &options, UniquePaths &paths)
{
    Files files;
    std::set<std::string> names;
    for (const Element *channel : model.elements(ElementKind::Channel)) {
        const KafkaTopic topic = kafkaTopicOf(*channel);
        std::string name = kubernetesName(topic.name);
        for (int n = 2; names.count(name); ++n)
            name = kubernetesName(topic.name) + "-" + std::to_string(n);
        names.insert(name);

        Json labels = {{"strimzi.io/cluster", utf8(options.kafkaCluster)}};
        if (const QString context = model.contextName(*channel); !context.isEmpty())
            labels["meshstudio.io/context"] = kubernetesName(context);
        Json spec = Json::object();
        if (utf8(topic.name) != name)
            spec["topicName"] = utf8(topic.name);
        spec["partitions"] = topic.partitions;
        spec["replicas"] = topic.replicas;
        Json config = Json::object();
        for (auto it = topic.config.begin(); it != topic.config.end(); ++it) {
            if (it.value().typeId() == QMetaType::LongLong)
                config[utf8(it.key())] = it.value().toLongLong();
            else
                config[utf8(it.key())] = utf8(it.value().toString());
        }
        if (!config.empty())
            spec["config"] = config;
        const Json resource = {{"apiVersion", "kafka.strimzi.io/v1beta2"},
                               {"kind", "KafkaTopic"},
                               {"metadata", {{"name", name}, {"labels", labels}}},
                               {"spec", spec}};
        const QString path = paths.claim(QStringLiteral("strimzi/") + contextFolder(model, *channel), QString::fromStdString(name),
                                         QStringLiteral(".yaml"));
        files.append({path, yamlBytes(resource), QStringLiteral("strimzi")});
    }
    return files;
}

} // namespace mesh::exporters
