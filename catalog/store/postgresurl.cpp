#include "catalog/store/postgresurl.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace mesh::catalog {

namespace {

// The libpq keywords a URL may set. Not host, hostaddr, port, user, dbname, password,
// passfile or service: those are the URL's own parts, and a second one would connect
// somewhere the messages do not say.
const QSet<QString> &allowedParameters()
{
    static const QSet<QString> allowed = {
        QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),         QStringLiteral("sslcrl"),             QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),         QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("channel_binding"), QStringLiteral("gssencmode"),        QStringLiteral("krbsrvname"),
        QStringLiteral("connect_timeout"),    QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),   QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
    };
    return allowed;
}

// conninfo quoting: single quotes around the value, backslash and quote escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString PostgresUrl::withoutPassword(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (parsed.isValid() && !parsed.host().isEmpty()) {
        parsed.setPassword(QString());
        return parsed.toString();
    }
    // Unparsable: cut "user:password@" down to "user@" by hand.
    static const QRegularExpression credentials(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@"));
    QString shown = url;
    shown.replace(credentials, QStringLiteral("\\1@"));
    return shown;
}

Result<PostgresUrl> PostgresUrl::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        return makeError(ErrorCode::InvalidInput, tr("%1 is not a postgresql://user@host:port/database URL").arg(withoutPassword(location)));
    }
    PostgresUrl parsed;
    parsed.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.database = url.path().mid(1);
    if (parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/'))) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 names no database (postgresql://user@host:port/database)").arg(withoutPassword(location)));
    }
    parsed.parameters = {{QStringLiteral("connect_timeout"), QStringLiteral("5")},
                         {QStringLiteral("application_name"), QStringLiteral("meshstudio")}};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key)) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the URL may not set \"%2\" (the server, user and database are the URL's own parts)")
                                 .arg(withoutPassword(location), key),
                             key);
        }
        // QPSQL turns every ';' of its options into a space, and a control character has no
        // place in a setting: refuse rather than connect with a value nobody typed.
        if (value.contains(QLatin1Char(';')) || std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            return makeError(ErrorCode::InvalidInput,
                             tr("%1: the value of \"%2\" may not hold a semicolon or a control character").arg(withoutPassword(location), key),
                             key);
        }
        const QString keyword = key; // clang 14 cannot capture a structured binding
        parsed.parameters.removeIf([&keyword](const auto &parameter) { return parameter.first == keyword; });
        parsed.parameters.append({key, value});
    }
    return parsed;
}

QString PostgresUrl::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : parameters)
        options.append(key + QLatin1Char('=') + quoted(value));
    return options.join(QLatin1Char(';'));
}

QString PostgresUrl::scrub(QString message) const
{
    if (!password.isEmpty())
        message.replace(password, QStringLiteral("********"));
    return message;
}

} // namespace mesh::catalog
