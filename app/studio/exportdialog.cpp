#include "app/studio/exportdialog.h"

#include "app/drawing/diagrampictures.h"

#include "catalog/catalog.h"
#include "catalog/governance/governancechecker.h"
#include "exporters/exporter.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mesh::app {

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

QString settingsKey(const Catalog *catalog, const char *name)
{
    // Per catalog: each catalog usually goes to its own repository.
    return QStringLiteral("export/%1/%2").arg(QString::fromLatin1(QCryptographicHash::hash(catalog->location().toUtf8(), QCryptographicHash::Sha1).toHex().left(12)),
                                              QLatin1String(name));
}

void addGroup(QTreeWidget *tree, const QString &title, const QStringList &paths, const QColor &colour, bool expanded)
{
    if (paths.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(tree, {title.arg(paths.size())});
    group->setForeground(0, colour);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const QString &path : paths)
        new QTreeWidgetItem(group, {path});
    group->setExpanded(expanded);
}


} // namespace

ExportDialog::ExportDialog(Catalog *catalog, QWidget *parent)
    : QDialog(parent),
      m_catalog(catalog),
      m_directory(new QLineEdit),
      m_onlyApproved(new QCheckBox(tr("Approved elements and schema versions only"))),
      m_gate(new QCheckBox(tr("Refuse while the catalog has governance errors"))),
      m_asyncApiJson(new QCheckBox(tr("AsyncAPI documents as JSON (YAML otherwise)"))),
      m_cluster(new QLineEdit),
      m_plan(new QTreeWidget),
      m_status(new QLabel),
      m_progress(new QProgressBar),
      m_previewButton(new QPushButton(tr("Preview"))),
      m_exportButton(new QPushButton(tr("Export"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    m_directory->setObjectName(QStringLiteral("exportDirectory"));
    m_plan->setObjectName(QStringLiteral("exportPlan"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_plan->setHeaderHidden(true);
    m_plan->setUniformRowHeights(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_exportButton->setDefault(true);
    m_exportButton->setEnabled(false);

    QSettings settings;
    auto *browse = new QPushButton(tr("Browse…"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_directory, 1);
    folderRow->addWidget(browse);

    auto *formatsBox = new QGroupBox(tr("Formats"));
    auto *formatsGrid = new QGridLayout(formatsBox);
    const QStringList chosen = settings.value(settingsKey(catalog, "formats")).toStringList();
    for (ExportFormat format : allExportFormats()) {
        auto *box = new QCheckBox(exportFormatDisplayName(format));
        box->setObjectName(QStringLiteral("format-") + exportFormatId(format));
        box->setProperty("format", int(format));
        box->setChecked(chosen.isEmpty() || chosen.contains(exportFormatId(format)));
        formatsGrid->addWidget(box, int(m_formats.size()) / 2, int(m_formats.size()) % 2);
        m_formats.append(box);
        connect(box, &QCheckBox::toggled, this, [this] { preview(); });
    }
    auto *optionsBox = new QGroupBox(tr("Options"));
    auto *optionsLayout = new QFormLayout(optionsBox);
    optionsLayout->addRow(m_onlyApproved);
    optionsLayout->addRow(m_gate);
    optionsLayout->addRow(m_asyncApiJson);
    optionsLayout->addRow(tr("Strimzi cluster:"), m_cluster);
    m_onlyApproved->setChecked(settings.value(settingsKey(catalog, "onlyApproved"), false).toBool());
    m_gate->setChecked(settings.value(settingsKey(catalog, "gate"), false).toBool());
    m_asyncApiJson->setChecked(settings.value(settingsKey(catalog, "asyncApiJson"), false).toBool());
    m_cluster->setText(settings.value(settingsKey(catalog, "cluster"), QStringLiteral("my-cluster")).toString());
    m_directory->setText(settings.value(settingsKey(catalog, "directory")).toString());

    m_buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("Folder:"), folderRow);
    layout->addLayout(top);
    auto *choices = new QHBoxLayout;
    choices->addWidget(formatsBox, 3);
    choices->addWidget(optionsBox, 2);
    layout->addLayout(choices);
    layout->addWidget(new QLabel(tr("What the export will do:")));
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(820, 600);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Into"), m_directory->text());
        if (!folder.isEmpty())
            setDirectory(folder);
    });
    connect(m_directory, &QLineEdit::editingFinished, this, [this] { preview(); });
    for (QCheckBox *box : {m_onlyApproved, m_gate, m_asyncApiJson})
        connect(box, &QCheckBox::toggled, this, [this] { preview(); });
    connect(m_cluster, &QLineEdit::editingFinished, this, [this] { preview(); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(true); });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_planWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        setBusy(false);
        showPlan(m_planWatcher.result());
        Q_EMIT planReady();
    });
    connect(&m_writeWatcher, &QFutureWatcher<Result<void>>::finished, this, [this] {
        setBusy(false);
        m_progress->setVisible(false);
        const Result<void> written = m_writeWatcher.result();
        if (!written) {
            showError(written.error().message);
            m_readyPlan.reset();
            Q_EMIT finished(false);
            return;
        }
        const ExportPlan &plan = *m_readyPlan;
        m_planned.clear();   // the folder changed: the next preview looks again
        m_summary = tr("Exported to %1: %2 added, %3 changed, %4 removed, %5 unchanged.")
                        .arg(QDir::toNativeSeparators(plan.directory))
                        .arg(plan.added.size())
                        .arg(plan.changed.size())
                        .arg(plan.removed.size())
                        .arg(plan.unchanged.size());
        m_status->setText(m_summary);
        m_readyPlan.reset();
        m_exportButton->setEnabled(false);
        rememberSettings();
        Q_EMIT finished(true);
    });
    if (!m_directory->text().isEmpty())
        preview();
    else
        m_status->setText(tr("Choose the folder to export into: usually a git working tree, so that a pull request shows what changed."));
}

ExportDialog::~ExportDialog()
{
    // Children losing focus while they are destroyed must not start a preview.
    for (QWidget *field : {static_cast<QWidget *>(m_directory), static_cast<QWidget *>(m_cluster)})
        field->blockSignals(true);
    if (m_cancel)
        m_cancel->store(true);
    m_planWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

void ExportDialog::setDirectory(const QString &directory)
{
    m_directory->setText(QDir::toNativeSeparators(directory));
    preview();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.formats.clear();
    for (QCheckBox *box : m_formats) {
        if (box->isChecked())
            options.formats.append(ExportFormat(box->property("format").toInt()));
    }
    options.onlyApproved = m_onlyApproved->isChecked();
    options.asyncApiJson = m_asyncApiJson->isChecked();
    options.kafkaCluster = m_cluster->text().trimmed().isEmpty() ? QStringLiteral("my-cluster") : m_cluster->text().trimmed();
    return options;
}

bool ExportDialog::isBusy() const
{
    return m_planWatcher.isRunning() || m_writeWatcher.isRunning();
}

QString ExportDialog::summary() const
{
    return m_summary;
}

void ExportDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy && m_readyPlan.has_value());
    m_buttons->button(QDialogButtonBox::Close)->setText(busy && m_writeWatcher.isRunning() ? tr("Cancel") : tr("Close"));
}

void ExportDialog::preview(bool force)
{
    const ExportOptions chosen = options();
    QStringList request{m_directory->text().trimmed(), m_onlyApproved->isChecked() ? "approved" : "all", m_gate->isChecked() ? "gate" : "",
                        m_asyncApiJson->isChecked() ? "json" : "yaml", chosen.kafkaCluster,
                        QString::number(m_catalog ? m_catalog->revision() : -1)};
    for (ExportFormat format : chosen.formats)
        request.append(exportFormatId(format));
    // Leaving the folder field (to click Export) must not throw the plan away.
    if (!force && request.join(QLatin1Char('|')) == m_planned)
        return;
    m_planned = request.join(QLatin1Char('|'));
    m_readyPlan.reset();
    m_summary.clear();
    m_plan->clear();
    m_exportButton->setEnabled(false);
    if (!m_catalog || m_writeWatcher.isRunning())
        return;
    if (m_planWatcher.isRunning()) {   // the running preview's answer is for other choices
        m_planWatcher.waitForFinished();
        m_plan->clear();
        m_readyPlan.reset();
    }
    const QString directory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    if (directory.isEmpty())
        return showError(tr("Choose the folder to export into."));
    if (chosen.formats.isEmpty())
        return showError(tr("Choose at least one format."));
    if (m_gate->isChecked()) {
        QList<Finding> errors = GovernanceChecker::checkAll(m_catalog->state());
        errors.removeIf([](const Finding &finding) { return finding.severity != Severity::Error; });
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const Finding &finding : errors.mid(0, 5))
                lines.append(m_catalog->state().pathOf(finding.element) + QStringLiteral(": ") + finding.message);
            return showError(tr("The export is refused: the catalog has %n governance error(s) (see Findings).", nullptr, int(errors.size()))
                             + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        }
    }
    // The snapshot is a copy of the state (shared until the catalog changes), so the worker
    // never sees a half-applied change.
    const CatalogState snapshot = m_catalog->state();
    const QString stamp = Exporter::stamp(*m_catalog, chosen);
    ExportOptions withPictures = chosen;
    if (chosen.formats.contains(ExportFormat::Diagrams))   // drawn here: scenes live on this thread
        withPictures.diagramPictures = renderDiagramPictures(*m_catalog);
    m_status->setText(tr("Working out what the export will do…"));
    setBusy(true);
    m_planWatcher.setFuture(QtConcurrent::run([snapshot, stamp, chosen = withPictures, directory]() -> Outcome {
        Outcome outcome;
        if (ExportWriter::isUpToDate(directory, stamp, chosen.formats, &outcome.files)) {
            outcome.upToDate = true;
            return outcome;
        }
        auto files = Exporter::run(snapshot, chosen);
        if (!files) {
            outcome.plan = files.error();
            return outcome;
        }
        outcome.plan = ExportWriter::plan(directory, *files, chosen.formats, stamp);
        return outcome;
    }));
}

void ExportDialog::showPlan(const Outcome &outcome)
{
    m_plan->clear();
    if (outcome.upToDate) {
        m_status->setText(tr("The folder is up to date: its %n file(s) are what this export writes.", nullptr, outcome.files));
        return;
    }
    if (!outcome.plan)
        return showError(outcome.plan.error().message);
    const ExportPlan &plan = *outcome.plan;
    addGroup(m_plan, tr("Added (%1)"), pathsOf(plan.added), QColor(0x2e, 0x7d, 0x32), true);
    addGroup(m_plan, tr("Changed (%1)"), pathsOf(plan.changed), QColor(0x15, 0x65, 0xc0), true);
    addGroup(m_plan, tr("Removed (%1)"), plan.removed, QColor(0xc6, 0x28, 0x28), true);
    addGroup(m_plan, tr("Kept, edited since the last export (%1)"), plan.keptEdited, QColor(0xef, 0x6c, 0x00), true);
    addGroup(m_plan, tr("Unchanged (%1)"), plan.unchanged, palette().color(QPalette::PlaceholderText), false);
    if (plan.writesNothing()) {
        m_status->setText(tr("Nothing to write: the folder already holds this export."));
        return;
    }
    m_status->setText(tr("%1 to add, %2 to change, %3 to remove in %4.")
                          .arg(plan.added.size())
                          .arg(plan.changed.size())
                          .arg(plan.removed.size())
                          .arg(QDir::toNativeSeparators(plan.directory)));
    m_readyPlan = plan;
    m_exportButton->setEnabled(true);
}

void ExportDialog::showError(const QString &message)
{
    m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
}

void ExportDialog::startExport()
{
    if (!m_readyPlan || isBusy())
        return;
    const ExportPlan plan = *m_readyPlan;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int total = int(plan.added.size() + plan.changed.size() + plan.removed.size());
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    setBusy(true);
    m_exportButton->setEnabled(false);
    QPointer<QProgressBar> progress = m_progress;
    m_writeWatcher.setFuture(QtConcurrent::run([plan, cancel = m_cancel, progress]() {
        return ExportWriter::write(plan, [cancel, progress](int done, int) {
            QMetaObject::invokeMethod(progress, [progress, done] {
                if (progress)
                    progress->setValue(done);
            }, Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
}

void ExportDialog::reject()
{
    if (m_writeWatcher.isRunning()) {   // Cancel: stop after the file being written
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

void ExportDialog::rememberSettings() const
{
    QSettings settings;
    QStringList formats;
    for (ExportFormat format : options().formats)
        formats.append(exportFormatId(format));
    settings.setValue(settingsKey(m_catalog, "formats"), formats);
    settings.setValue(settingsKey(m_catalog, "directory"), m_directory->text());
    settings.setValue(settingsKey(m_catalog, "onlyApproved"), m_onlyApproved->isChecked());
    settings.setValue(settingsKey(m_catalog, "gate"), m_gate->isChecked());
    settings.setValue(settingsKey(m_catalog, "asyncApiJson"), m_asyncApiJson->isChecked());
    settings.setValue(settingsKey(m_catalog, "cluster"), m_cluster->text());
}

} // namespace mesh::app
