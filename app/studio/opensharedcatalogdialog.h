#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QLabel;

namespace mesh::app {

// File → Open Shared…: where the shared catalog is (host, port, database) and who connects.
// The password is not asked here: it comes from ~/.pgpass, or a prompt if the server wants
// one, and is never stored.
class OpenSharedCatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpenSharedCatalogDialog(QWidget *parent = nullptr);
    // postgresql://user@host:port/database
    QString url() const;
    void setUrl(const QString &url);

private:
    void updatePreview();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_preview;
};

} // namespace mesh::app
