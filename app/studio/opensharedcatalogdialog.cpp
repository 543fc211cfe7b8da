#include "app/studio/opensharedcatalogdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace mesh::app {

OpenSharedCatalogDialog::OpenSharedCatalogDialog(QWidget *parent)
    : QDialog(parent),
      m_host(new QLineEdit(QStringLiteral("localhost"))),
      m_port(new QSpinBox),
      m_database(new QLineEdit),
      m_user(new QLineEdit(qEnvironmentVariable("USER"))),
      m_preview(new QLabel)
{
    setWindowTitle(tr("Open Shared Catalog"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_database->setPlaceholderText(tr("catalog"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Location"), m_preview);
    auto *note = new QLabel(tr("The password comes from ~/.pgpass; otherwise you are asked for it. It is never saved."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &OpenSharedCatalogDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenSharedCatalogDialog::updatePreview);
    updatePreview();
}

QString OpenSharedCatalogDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString();
}

void OpenSharedCatalogDialog::setUrl(const QString &location)
{
    const QUrl url(location);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_user->setText(url.userName());
    m_database->setText(url.path().mid(1));
}

void OpenSharedCatalogDialog::updatePreview()
{
    m_preview->setText(url());
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Open)->setEnabled(complete);
}

} // namespace mesh::app
