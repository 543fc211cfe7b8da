#pragma once

#include <QString>

namespace mesh::testing {

// One plain connection to a shared catalog's database as one of its users, the way a
// curious colleague would go at it with psql (Qt's driver speaks the same protocol); kept
// open for locks and TEMP tables. Passwords are "<user>-pw", the superuser's "secret".
class RawSession
{
public:
    RawSession(int port, const QString &database, const QString &user);
    ~RawSession();
    bool isOpen() const { return m_open; }
    // Runs SQL as it is (several statements allowed); false when the server refused it.
    bool run(const QString &sql);
    QString error() const { return m_error; }
    QString sqlState() const { return m_state; }
    QString value() const { return m_value; }   // the first column of the first row

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
    QString m_state;
    QString m_value;
};

} // namespace mesh::testing
