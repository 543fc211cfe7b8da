#include "app/studio/importdialog.h"

#include "catalog/catalog.h"
#include "exporters/import/importsources.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &title, int count, const QColor &colour)
{
    auto *group = new QTreeWidgetItem(tree, {title.arg(count)});
    group->setForeground(0, colour);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

} // namespace

ImportDialog::ImportDialog(Catalog *catalog, QWidget *parent)
    : QDialog(parent),
      m_catalog(catalog),
      m_sources(new QListWidget),
      m_context(new QLineEdit),
      m_importPaths(new QLineEdit),
      m_allowIncompatible(new QCheckBox(tr("Import schema versions their subject's compatibility mode refuses"))),
      m_plan(new QTreeWidget),
      m_status(new QLabel),
      m_progress(new QProgressBar),
      m_previewButton(new QPushButton(tr("Preview"))),
      m_importButton(new QPushButton(tr("Import"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));
    m_sources->setObjectName(QStringLiteral("importSources"));
    m_plan->setObjectName(QStringLiteral("importPlan"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_context->setObjectName(QStringLiteral("importContext"));
    m_context->setPlaceholderText(tr("the document's own, else its title"));
    m_importPaths->setPlaceholderText(tr("folders separated by %1").arg(QDir::listSeparator()));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sources->setMaximumHeight(120);
    m_plan->setColumnCount(2);
    m_plan->setHeaderLabels({tr("What"), tr("Details")});
    m_plan->setUniformRowHeights(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);

    auto *addFiles = new QPushButton(tr("Add Files…"));
    auto *addFolder = new QPushButton(tr("Add Folder…"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *sourceButtons = new QVBoxLayout;
    for (QPushButton *button : {addFiles, addFolder, remove})
        sourceButtons->addWidget(button);
    sourceButtons->addStretch(1);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sources, 1);
    sourceRow->addLayout(sourceButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Files and folders:"), sourceRow);
    form->addRow(tr("Bounded context:"), m_context);
    form->addRow(tr(".proto import paths:"), m_importPaths);
    form->addRow(m_allowIncompatible);
    m_buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the import will do in the catalog:")));
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(860, 640);
    m_status->setText(tr("Add AsyncAPI documents (2.x or 3.0, YAML or JSON), .avsc, .proto or JSON Schema files, or folders holding them."));

    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QString start = QSettings().value(QStringLiteral("import/lastFolder")).toString();
        addSources(QFileDialog::getOpenFileNames(this, tr("Import Files"), start,
                                                 tr("Event mesh files (*.yaml *.yml *.json *.avsc *.proto);;All files (*)")));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), QSettings().value(QStringLiteral("import/lastFolder")).toString());
        if (!folder.isEmpty())
            addSources({folder});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_sources->selectedItems());
        sourcesChanged();
    });
    connect(m_context, &QLineEdit::editingFinished, this, &ImportDialog::sourcesChanged);
    connect(m_importPaths, &QLineEdit::editingFinished, this, &ImportDialog::sourcesChanged);
    connect(m_allowIncompatible, &QCheckBox::toggled, this, [this] {
        if (m_readyPlan)
            showPlan(*m_readyPlan);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<ImportPlan>>::finished, this, [this] {
        setBusy(false);
        m_progress->setVisible(false);
        showPlan(m_watcher.result());
        Q_EMIT planReady();
        if (m_importWhenPlanned) {
            m_importWhenPlanned = false;
            startImport();
        }
    });
}

ImportDialog::~ImportDialog()
{
    for (QWidget *field : {static_cast<QWidget *>(m_context), static_cast<QWidget *>(m_importPaths)})
        field->blockSignals(true);
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportDialog::setSources(const QStringList &paths)
{
    m_sources->clear();
    addSources(paths);
}

QStringList ImportDialog::sources() const
{
    QStringList paths;
    for (int i = 0; i < m_sources->count(); ++i)
        paths.append(m_sources->item(i)->data(Qt::UserRole).toString());
    return paths;
}

void ImportDialog::addSources(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &path : paths) {
        if (sources().contains(path))
            continue;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_sources);
        item->setData(Qt::UserRole, path);
        item->setIcon(style()->standardIcon(QFileInfo(path).isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
    }
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(paths.constLast()).absolutePath());
    sourcesChanged();
}

void ImportDialog::sourcesChanged()
{
    m_readyPlan.reset();
    m_plan->clear();
    m_importButton->setEnabled(false);
    if (m_sources->count() > 0)
        preview();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.context = m_context->text().trimmed();
    options.importPaths = m_importPaths->text().split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return options;
}

bool ImportDialog::isBusy() const
{
    return m_watcher.isRunning();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy && m_readyPlan && !m_readyPlan->batch.isEmpty()
                               && (m_readyPlan->incompatible.isEmpty() || m_allowIncompatible->isChecked()));
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : tr("Close"));
}

void ImportDialog::preview()
{
    if (!m_catalog)
        return;
    if (m_watcher.isRunning()) {   // its answer is for other files
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
    m_readyPlan.reset();
    m_plan->clear();
    const QStringList paths = sources();
    if (paths.isEmpty())
        return showError(tr("Add the files or folders to import."));
    // A copy of the state (shared until the catalog changes): the worker never sees a
    // half-applied change.
    const CatalogState snapshot = m_catalog->state();
    m_plannedRevision = m_catalog->revision();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading the files…"));
    setBusy(true);
    QPointer<QProgressBar> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([snapshot, paths, chosen = options(), cancel = m_cancel, progress]() -> Result<ImportPlan> {
        auto mesh = ImportSources::read(paths, chosen, [cancel, progress](int done, int total) {
            QMetaObject::invokeMethod(progress, [progress, done, total] {
                if (progress) {
                    progress->setRange(0, total);
                    progress->setValue(done);
                }
            }, Qt::QueuedConnection);
            return !cancel->load();
        });
        if (!mesh)
            return mesh.error();
        return ImportPlanner::plan(snapshot, *mesh, ImportPlanner::Verify::Yes);
    }));
}

void ImportDialog::showPlan(const Result<ImportPlan> &result)
{
    m_plan->clear();
    if (!result) {
        m_readyPlan.reset();
        return showError(result.error().message + tr("\nNothing is imported."));
    }
    const ImportPlan &plan = *result;
    m_readyPlan = plan;
    // Where each element was read, from the folder the chosen files are in.
    const QString base = sources().isEmpty() ? QString() : QFileInfo(sources().constFirst()).absolutePath() + QLatin1Char('/');
    auto shown = [&base](const QString &detail) { return !base.isEmpty() && detail.startsWith(base) ? detail.mid(base.size()) : detail; };
    struct Group {
        ImportStep::Action action;
        QString title;
        QColor colour;
    };
    const Group groups[] = {{ImportStep::Action::Add, tr("Added (%1)"), QColor(0x2e, 0x7d, 0x32)},
                            {ImportStep::Action::Change, tr("Changed (%1)"), QColor(0x15, 0x65, 0xc0)},
                            {ImportStep::Action::Remove, tr("Removed (%1)"), QColor(0xc6, 0x28, 0x28)}};
    for (const Group &group : groups) {
        QList<const ImportStep *> steps;
        for (const ImportStep &step : plan.steps) {
            if (step.action == group.action)
                steps.append(&step);
        }
        if (steps.isEmpty())
            continue;
        QTreeWidgetItem *parent = addGroup(m_plan, group.title, int(steps.size()), group.colour);
        for (const ImportStep *step : steps)
            new QTreeWidgetItem(parent, {step->what, shown(step->detail)});
    }
    if (!plan.incompatible.isEmpty()) {
        QTreeWidgetItem *parent = addGroup(m_plan, tr("Refused by their subject's compatibility mode (%1)"), int(plan.incompatible.size()),
                                           QColor(0xc6, 0x28, 0x28));
        for (const QString &line : plan.incompatible)
            new QTreeWidgetItem(parent, {line});
    }
    if (!plan.warnings.isEmpty()) {
        QTreeWidgetItem *parent = addGroup(m_plan, tr("Not kept (%1)"), int(plan.warnings.size()), QColor(0xef, 0x6c, 0x00));
        for (const QString &line : plan.warnings)
            new QTreeWidgetItem(parent, {line});
    }
    m_plan->resizeColumnToContents(0);
    if (plan.batch.isEmpty()) {
        m_status->setText(tr("Nothing to import: the catalog already says what the files say."));
    } else if (!plan.incompatible.isEmpty() && !m_allowIncompatible->isChecked()) {
        showError(tr("%n new schema version(s) break their subject's compatibility mode: fix the files, or allow them above.", nullptr,
                     int(plan.incompatible.size())));
    } else {
        int counts[3] = {0, 0, 0};
        for (const ImportStep &step : plan.steps)
            ++counts[int(step.action)];
        m_status->setText(tr("%1 to add, %2 to change, %3 to remove, as one change you can undo.").arg(counts[0]).arg(counts[1]).arg(counts[2]));
    }
    setBusy(false);
}

void ImportDialog::showError(const QString &message)
{
    m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));
}

void ImportDialog::startImport()
{
    if (!m_catalog || !m_readyPlan || isBusy() || m_readyPlan->batch.isEmpty())
        return;
    if (!m_readyPlan->incompatible.isEmpty() && !m_allowIncompatible->isChecked())
        return;
    if (m_catalog->revision() != m_plannedRevision) {
        // Someone changed the catalog since the preview: plan again, then import that.
        m_importWhenPlanned = true;
        preview();
        return;
    }
    const int files = int(m_sources->count());
    const QString description = files == 1 ? tr("Import %1").arg(QFileInfo(sources().constFirst()).fileName())
                                           : tr("Import %n file(s) and folder(s)", nullptr, files);
    Q_EMIT importRequested(m_readyPlan->batch, description);
    accept();
}

void ImportDialog::reject()
{
    if (m_watcher.isRunning()) {   // Cancel: stop after the file being read
        m_cancel->store(true);
        return;
    }
    QDialog::reject();
}

} // namespace mesh::app
