#include "rawsession.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace mesh::testing {

RawSession::RawSession(int port, const QString &database, const QString &user) : m_name(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", m_name);
    db.setHostName("127.0.0.1");
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(user == QLatin1String("mesh_admin") ? QStringLiteral("secret") : user + "-pw");
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

RawSession::~RawSession()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawSession::run(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    const bool ok = query.exec(sql);
    m_error = ok ? QString() : query.lastError().databaseText();
    m_state = ok ? QString() : query.lastError().nativeErrorCode();
    if (ok && query.next())
        m_value = query.value(0).toString();
    return ok;
}

} // namespace mesh::testing
