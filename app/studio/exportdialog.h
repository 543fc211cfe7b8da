#pragma once

#include "exporters/exportoptions.h"
#include "exporters/exportwriter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// File → Export…: choose the folder and the formats, see what the export will add, change
// and remove, then export with progress and a summary. The files are produced and written
// off the window's thread, from a snapshot of the catalog taken when asked.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(catalog::Catalog *catalog, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setDirectory(const QString &directory);
    // Works out the plan (asynchronously) when the choices or the catalog changed since the
    // last one, or always with `force`.
    void preview(bool force = false);
    void startExport();    // writes it (asynchronously)
    bool isBusy() const;
    QString summary() const;
    QTreeWidget *planView() const { return m_plan; }

Q_SIGNALS:
    void planReady();
    void finished(bool written);

protected:
    void reject() override;

private:
    struct Outcome {
        catalog::Result<exporters::ExportPlan> plan = catalog::makeError(catalog::ErrorCode::InvalidInput, {});
        bool upToDate = false;
        int files = 0;
    };
    exporters::ExportOptions options() const;
    void showPlan(const Outcome &outcome);
    void showError(const QString &message);
    void setBusy(bool busy);
    void rememberSettings() const;

    QPointer<catalog::Catalog> m_catalog;
    QLineEdit *m_directory;
    QList<QCheckBox *> m_formats;
    QCheckBox *m_onlyApproved;
    QCheckBox *m_gate;
    QCheckBox *m_asyncApiJson;
    QLineEdit *m_cluster;
    QTreeWidget *m_plan;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Outcome> m_planWatcher;
    QFutureWatcher<catalog::Result<void>> m_writeWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<exporters::ExportPlan> m_readyPlan;
    QString m_summary;
    QString m_planned;   // the choices and revision the shown plan is for
};

} // namespace mesh::app
