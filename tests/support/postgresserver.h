#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mesh::testing {

// A PostgreSQL server of the test's own: initdb into a temporary folder (as the postgres
// user when the tests run as root, since initdb refuses root), listening on 127.0.0.1 and a
// free port; stopped and removed when destroyed. Its superuser is mesh_admin/secret.
class PostgresServer
{
public:
    static std::unique_ptr<PostgresServer> start(QString *error);
    ~PostgresServer();

    int port() const { return m_port; }
    QString url(const QString &database, const QString &user = QStringLiteral("mesh_admin"),
                const QString &password = QStringLiteral("secret")) const;

    // Runs SQL as the superuser (psql semantics: several statements allowed).
    bool exec(const QString &database, const QString &sql, QString *error = nullptr) const;
    bool createDatabase(const QString &name) const;
    bool createUser(const QString &name, const QString &password) const;

    bool stop();
    bool restart();

private:
    PostgresServer() = default;
    bool runTool(const QString &tool, const QStringList &arguments, QString *output) const;
    bool startServer(QString *error);

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace mesh::testing
