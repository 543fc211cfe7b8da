// Naming and ownership: events in the past tense, commands in the imperative, patterns per
// kind, and every element that others rely on has an owner and a description.

#include "catalog/governance/modelqueries.h"
#include "catalog/governance/ruleregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace mesh::catalog {

namespace {

bool matches(const QString &pattern, const QString &name)
{
    // Compiling a pattern costs far more than matching it: one compiled copy per pattern.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) {
        QRegularExpression expression(pattern);
        expression.optimize();
        it = compiled.insert(pattern, expression);
    }
    return it->isValid() && it->match(name).hasMatch();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

class EventPastTense final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::NamingRules)

public:
    QString id() const override { return QStringLiteral("naming.event-past-tense"); }
    QString description() const override { return tr("Events are named in PascalCase, in the past tense (something that happened)."); }
    QJsonObject defaultParameters() const override { return {{"pattern", ""}, {"pastTenseEndings", QJsonArray()}}; }
    void check(const CatalogState &, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Event)
            return;
        if (!matches(s.parameters.value("pattern").toString(), e.name)) {
            out.append(finding(s, e, tr("The event name \"%1\" is not PascalCase").arg(e.name),
                               tr("Write it as one word per part, each capitalised: \"ProfilePublished\".")));
            return;
        }
        const QStringList words = ModelQueries::words(e.name);
        const QString last = words.isEmpty() ? e.name : words.last();
        for (const QString &ending : strings(s.parameters.value("pastTenseEndings"))) {
            if (last.endsWith(ending))
                return;
        }
        out.append(finding(s, e, tr("The event \"%1\" is not named in the past tense").arg(e.name),
                           tr("Name what happened: \"%1Happened\", \"OrderPlaced\", \"ProfilePublished\".").arg(e.name)));
    }
};

class CommandImperative final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::NamingRules)

public:
    QString id() const override { return QStringLiteral("naming.command-imperative"); }
    QString description() const override { return tr("Commands are named as an order: a verb in the imperative, then what it acts on."); }
    QJsonObject defaultParameters() const override { return {{"pattern", ""}, {"forbiddenEndings", QJsonArray()}}; }
    void check(const CatalogState &, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Command)
            return;
        const QString verb = ModelQueries::words(e.name).value(0);
        bool imperative = matches(s.parameters.value("pattern").toString(), e.name);
        for (const QString &ending : strings(s.parameters.value("forbiddenEndings")))
            imperative = imperative && !verb.endsWith(ending);
        if (!imperative) {
            out.append(finding(s, e, tr("The command \"%1\" is not named as an imperative verb and its object").arg(e.name),
                               tr("Start with the verb: \"PublishProfile\", \"AddParticipant\".")));
        }
    }
};

class NamePattern final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::NamingRules)

public:
    QString id() const override { return QStringLiteral("naming.pattern"); }
    QString description() const override { return tr("Names follow the pattern configured for their kind."); }
    QJsonObject defaultParameters() const override { return {{"patterns", QJsonObject()}}; }
    void check(const CatalogState &, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        const QString pattern = s.parameters.value("patterns").toObject().value(elementKindId(e.kind)).toString();
        if (!pattern.isEmpty() && !matches(pattern, e.name)) {
            out.append(finding(s, e, tr("The name \"%1\" does not follow the pattern for %2: %3").arg(e.name, elementKindPluralName(e.kind), pattern),
                               tr("Rename it, or change the pattern in the rule set.")));
        }
    }
};

class RequiredField final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::NamingRules)

public:
    RequiredField(QString id, QString field) : m_id(std::move(id)), m_field(std::move(field)) {}
    QString id() const override { return m_id; }
    QString description() const override
    {
        return m_field == QLatin1String("owner") ? tr("Elements others rely on have an owning team.")
                                                 : tr("Elements others rely on are described.");
    }
    QJsonObject defaultParameters() const override { return {{"kinds", QJsonArray()}}; }
    void check(const CatalogState &, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (!strings(s.parameters.value("kinds")).contains(elementKindId(e.kind)))
            return;
        const bool owner = m_field == QLatin1String("owner");
        if ((owner ? e.owner : e.description).trimmed().isEmpty()) {
            out.append(owner ? finding(s, e, tr("%1 has no owning team").arg(e.name), tr("Set its owner in the properties."))
                             : finding(s, e, tr("%1 has no description").arg(e.name), tr("Describe it in the properties.")));
        }
    }

private:
    QString m_id;
    QString m_field;
};

} // namespace

void addNamingRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<EventPastTense>());
    rules.push_back(std::make_unique<CommandImperative>());
    rules.push_back(std::make_unique<NamePattern>());
    rules.push_back(std::make_unique<RequiredField>(QStringLiteral("ownership.owner-required"), QStringLiteral("owner")));
    rules.push_back(std::make_unique<RequiredField>(QStringLiteral("ownership.description-required"), QStringLiteral("description")));
}

} // namespace mesh::catalog
