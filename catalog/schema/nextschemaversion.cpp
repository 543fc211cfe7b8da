#include "catalog/schema/nextschemaversion.h"

namespace mesh::catalog {

namespace {

// Splits a name into its words: "ProfilePublished v2" → Profile, Published, v2.
QStringList words(const QString &name)
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber() || c.unicode() > 127) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
            continue;
        }
        const bool wordStarts = c.isUpper() && !current.isEmpty()
                                && (current.back().isLower() || current.back().isDigit()
                                    || (i + 1 < name.size() && name.at(i + 1).isLower()));
        if (wordStarts) {
            result.append(current);
            current.clear();
        }
        current.append(c);
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace

QString pascalIdentifier(const QString &name)
{
    QString result;
    for (const QString &word : words(name))
        result += word.left(1).toUpper() + word.mid(1);
    if (result.isEmpty() || result.front().isDigit())
        result.prepend(QLatin1Char('X'));
    return result;
}

QString snakeIdentifier(const QString &name)
{
    QString result = words(name).join(QLatin1Char('_')).toLower();
    if (result.isEmpty() || result.front().isDigit())
        result.prepend(QLatin1Char('x'));
    return result;
}

SchemaVersion nextSchemaVersion(const CatalogState &state, const QUuid &subject, SchemaFormat format, const QString &text)
{
    const QList<SchemaVersion> versions = state.schemaVersions(subject);
    const Element *element = state.element(subject);
    SchemaVersion version;
    version.subject = subject;
    version.version = int(versions.size()) + 1;
    version.format = format;
    version.compatibility = versions.isEmpty() ? CompatibilityMode::Backward : versions.back().compatibility;
    const bool followsApproved = (!versions.isEmpty() && versions.back().lifecycle == Lifecycle::Approved)
                                 || (element && element->lifecycle == Lifecycle::Approved);
    version.lifecycle = followsApproved ? Lifecycle::Proposed : Lifecycle::Draft;
    version.text = text;
    return version;
}

QString schemaPackage(const CatalogState &state, const Element &element)
{
    const Element *context = element.kind == ElementKind::BoundedContext ? &element : state.element(element.context);
    return context ? snakeIdentifier(context->name) : QString();
}

} // namespace mesh::catalog
