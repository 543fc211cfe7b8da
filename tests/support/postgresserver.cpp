#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace mesh::testing {

namespace {

QString findBinDir()
{
    if (const QString configured = qEnvironmentVariable("MESH_PG_BINDIR"); !configured.isEmpty())
        return configured;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : found) {
        const QString dir = versions.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

} // namespace

std::unique_ptr<PostgresServer> PostgresServer::start(QString *error)
{
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binDir = findBinDir();
    if (server->m_binDir.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server binaries (install the postgresql package)");
        return nullptr;
    }
    if (!server->m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return nullptr;
    }
    server->m_dataDir = server->m_dir.filePath(QStringLiteral("data"));
    const QString passwordFile = server->m_dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(passwordFile);
            return nullptr;
        }
        file.write("secret\n");
    }
    if (runningAsRoot()) {
        // initdb refuses root: the postgres user owns the cluster.
        const passwd *postgres = getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("running as root but there is no postgres user");
            return nullptr;
        }
        QFile::setPermissions(server->m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                        | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        const QByteArray dir = server->m_dir.path().toLocal8Bit();
        const QByteArray password = passwordFile.toLocal8Bit();
        if (chown(dir.constData(), postgres->pw_uid, postgres->pw_gid) != 0
            || chown(password.constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(server->m_dir.path());
            return nullptr;
        }
    }
    QString output;
    if (!server->runTool(QStringLiteral("initdb"),
                         {QStringLiteral("-D"), server->m_dataDir, QStringLiteral("-U"), QStringLiteral("mesh_admin"),
                          QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
                          QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                          QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                         &output)) {
        *error = QStringLiteral("initdb failed: ") + output;
        return nullptr;
    }
    if (!server->startServer(error))
        return nullptr;
    return server;
}

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments, QString *output) const
{
    QProcess process;
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::startServer(QString *error)
{
    m_port = m_port ? m_port : freePort();
    QString output;
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=60")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("start")},
                 &output)) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        if (error)
            *error = QStringLiteral("pg_ctl start failed: %1 %2").arg(output, QString::fromLocal8Bit(log.readAll()));
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    QString output;
    const bool stopped = runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
                                                            QStringLiteral("-w"), QStringLiteral("stop")},
                                 &output);
    m_running = !stopped;
    return stopped;
}

bool PostgresServer::restart()
{
    return startServer(nullptr);
}

QString PostgresServer::url(const QString &database, const QString &user, const QString &password) const
{
    return QStringLiteral("postgresql://%1%2@127.0.0.1:%3/%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)),
             password.isEmpty() ? QString() : QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(password)))
        .arg(m_port)
        .arg(database);
}

bool PostgresServer::exec(const QString &database, const QString &sql, QString *error) const
{
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("secret"));
    psql.setProcessEnvironment(environment);
    psql.start(m_binDir + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                QStringLiteral("mesh_admin"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    const bool finished = psql.waitForFinished(60000);
    if (error)
        *error = QString::fromLocal8Bit(psql.readAllStandardError());
    return finished && psql.exitCode() == 0;
}

bool PostgresServer::createDatabase(const QString &name) const
{
    return exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

bool PostgresServer::createUser(const QString &name, const QString &password) const
{
    return exec(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(name, password));
}

} // namespace mesh::testing
