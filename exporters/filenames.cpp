#include "exporters/filenames.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringTokenizer>

namespace mesh::exporters {

namespace {

constexpr int kMaxNameLength = 200;

bool isReservedDeviceName(QStringView name)
{
    // Windows refuses these as file names whatever the extension ("nul.txt" too).
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QStringView stem = dot < 0 ? name : name.first(dot);
    if (stem.size() != 3 && stem.size() != 4)   // the common case, asked of every segment of every path
        return false;
    const QString upper = stem.toString().toUpper();
    static const QSet<QString> reserved = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                           QStringLiteral("NUL")};
    if (reserved.contains(upper))
        return true;
    return upper.size() == 4 && (upper.startsWith(QLatin1String("COM")) || upper.startsWith(QLatin1String("LPT")))
           && upper.at(3).isDigit();
}

bool isSafeCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
}

} // namespace

QString safeFileName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (isSafeCharacter(c))
            result.append(c);
        else if (!result.endsWith(QLatin1Char('-')))
            result.append(QLatin1Char('-'));
    }
    // No hidden files, no "." or "..", no trailing dot or dash (Windows drops trailing dots).
    while (!result.isEmpty() && (result.front() == QLatin1Char('.') || result.front() == QLatin1Char('-')))
        result.remove(0, 1);
    result.truncate(kMaxNameLength);
    while (!result.isEmpty() && (result.back() == QLatin1Char('.') || result.back() == QLatin1Char('-')))
        result.chop(1);
    if (result.isEmpty())
        result = QStringLiteral("unnamed");
    if (isReservedDeviceName(result))
        result.prepend(QLatin1Char('_'));
    return result;
}

bool isSafeRelativePath(const QString &path, QString *reason)
{
    auto refuse = [reason](const char *why) {
        if (reason)
            *reason = QCoreApplication::translate("mesh::exporters::FileNames", why);
        return false;
    };
    if (path.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("mesh::exporters::FileNames", "the path is empty"));
    if (path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return refuse(QT_TRANSLATE_NOOP("mesh::exporters::FileNames", "the path is absolute"));
    for (const QStringView segment : qTokenize(path, QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return refuse(QT_TRANSLATE_NOOP("mesh::exporters::FileNames", "the path leaves the export folder"));
        for (const QChar c : segment) {
            if (!isSafeCharacter(c))
                return refuse(QT_TRANSLATE_NOOP("mesh::exporters::FileNames", "the path contains a character that is not allowed"));
        }
        if (isReservedDeviceName(segment))
            return refuse(QT_TRANSLATE_NOOP("mesh::exporters::FileNames", "the path contains a reserved device name"));
    }
    return true;
}

QString UniquePaths::claim(const QString &directory, const QString &stem, const QString &extension)
{
    const QString base = safeFileName(stem);
    const QString prefix = directory.isEmpty() ? QString() : directory + QLatin1Char('/');
    QString path = prefix + base + extension;
    for (int n = 2; m_taken.contains(path.toLower()); ++n)
        path = prefix + base + QLatin1Char('-') + QString::number(n) + extension;
    m_taken.insert(path.toLower());
    return path;
}

} // namespace mesh::exporters
