// The File menu and the start page's links: catalogs opened, created and copied, the
// recent ones, and import and export.
#include "app/studio/mainwindow.h"

#include "app/studio/catalogsession.h"
#include "app/studio/exportdialog.h"
#include "app/studio/importdialog.h"
#include "app/studio/opensharedcatalogdialog.h"
#include "app/studio/overviewpage.h"
#include "app/studio/recentcatalogs.h"
#include "catalog/catalog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

const char *const kCatalogFilter = QT_TRANSLATE_NOOP("mesh::app::MainWindow", "Mesh Studio catalogs (*.meshcat);;All files (*)");

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".meshcat");
    return path;
}

} // namespace

bool MainWindow::openStartupCatalog(const QString &requested)
{
    if (!requested.isEmpty())
        return openCatalog(requested);
    const QString last = CatalogSession::lastCatalog();
    if (!last.isEmpty() && openCatalog(last))
        return true;
    // First run (or the last catalog is gone): the sample.
    return openSample();
}

bool MainWindow::openSample()
{
    if (auto opened = m_session->openSample(); !opened) {
        showError(tr("Cannot open the sample catalog"), opened.error().message);
        return false;
    }
    return true;
}

bool MainWindow::openCatalog(const QString &location)
{
    auto opened = m_session->open(location);
    if (!opened) {
        updateRecentMenu();
        showError(tr("Cannot open the catalog"), opened.error().message);
        return false;
    }
    return *opened;
}

QString MainWindow::askForPassword(const QString &location, const QString &reason)
{
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Password"), tr("%1\n\nPassword for %2:").arg(reason, location),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return {};
    QUrl url(location);
    url.setPassword(password);
    return url.toString();
}

void MainWindow::openSharedCatalogDialog()
{
    OpenSharedCatalogDialog dialog(this);
    if (catalog() && Catalog::isSharedLocation(catalog()->location()))
        dialog.setUrl(catalog()->location());
    if (dialog.exec() == QDialog::Accepted)
        openCatalog(dialog.url());
}

void MainWindow::followStartLink(const QString &link)
{
    int index = -1;
    switch (OverviewPage::parse(link, &index)) {
    case OverviewPage::Link::Sample:
        openSample();
        break;
    case OverviewPage::Link::New:
        newCatalog();
        break;
    case OverviewPage::Link::Open:
        openCatalogDialog();
        break;
    case OverviewPage::Link::Shared:
        openSharedCatalogDialog();
        break;
    case OverviewPage::Link::Recent:
        if (index >= 0 && index < m_recent.size())
            openCatalog(m_recent.at(index));
        break;
    case OverviewPage::Link::None:
        break;
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    // Kept for the start page, which is drawn again on every change (no settings read there).
    m_recent = RecentCatalogs::list();
    const QStringList &recent = m_recent;
    for (const QString &location : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(location));
        connect(action, &QAction::triggered, this, [this, location] { openCatalog(location); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
        RecentCatalogs::clear();
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::newCatalog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Catalog"), QDir::homePath(), tr(kCatalogFilter));
    if (path.isEmpty())
        return;
    // The dialog already asked before replacing an existing file.
    if (auto created = m_session->create(withSuffix(path)); !created)
        showError(tr("Cannot create the catalog"), created.error().message);
}

void MainWindow::openCatalogDialog()
{
    const QString dir = catalog() ? QFileInfo(catalog()->location()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), dir, tr(kCatalogFilter));
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::saveCopyAs()
{
    if (!catalog())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), QFileInfo(catalog()->location()).absolutePath(),
                                                tr(kCatalogFilter));
    if (path.isEmpty())
        return;
    path = withSuffix(path);
    if (auto saved = catalog()->saveCopyAs(path); !saved) {
        showError(tr("Cannot save a copy"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportCatalog()
{
    if (!catalog())
        return;
    ExportDialog dialog(catalog(), this);
    dialog.exec();
}

void MainWindow::importFiles()
{
    if (!catalog())
        return;
    ImportDialog dialog(catalog(), this);
    connect(&dialog, &ImportDialog::importRequested, this, [this](const Batch &batch, const QString &description) {
        applyChange(batch, description);
        statusBar()->showMessage(tr("%1: %n change(s), one step to undo", nullptr, int(batch.size())).arg(description), 8000);
    });
    dialog.exec();
}

} // namespace mesh::app
