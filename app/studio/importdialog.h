#pragma once

#include "catalog/changes/change.h"
#include "exporters/import/importoptions.h"
#include "exporters/import/importplan.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// File → Import…: pick AsyncAPI documents, schema files or folders, see what the import
// will add, change and remove in the catalog (with each new schema version's verdict),
// then import it as one change: one undo step, in History like any other. The files are
// read and the changes worked out off the window's thread, with progress and Cancel.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(catalog::Catalog *catalog, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSources(const QStringList &paths);
    QStringList sources() const;
    // Reads the files and plans the import (asynchronously).
    void preview();
    void startImport();   // hands the planned batch on (importRequested), planning again if the catalog moved
    bool isBusy() const;
    QString statusText() const;
    QTreeWidget *planView() const { return m_plan; }
    const std::optional<exporters::ImportPlan> &readyPlan() const { return m_readyPlan; }

Q_SIGNALS:
    void planReady();
    void importRequested(const catalog::Batch &batch, const QString &description);

protected:
    void reject() override;

private:
    exporters::ImportOptions options() const;
    void showPlan(const catalog::Result<exporters::ImportPlan> &plan);
    void showError(const QString &message);
    void setBusy(bool busy);
    void addSources(const QStringList &paths);
    void sourcesChanged();

    QPointer<catalog::Catalog> m_catalog;
    QListWidget *m_sources;
    QLineEdit *m_context;
    QLineEdit *m_importPaths;
    QCheckBox *m_allowIncompatible;
    QTreeWidget *m_plan;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_previewButton;
    QPushButton *m_importButton;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<catalog::Result<exporters::ImportPlan>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<exporters::ImportPlan> m_readyPlan;
    qint64 m_plannedRevision = -1;
    bool m_importWhenPlanned = false;
};

} // namespace mesh::app
