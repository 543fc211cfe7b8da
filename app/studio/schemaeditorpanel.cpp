#include "app/studio/schemaeditorpanel.h"

#include "app/studio/codeeditor.h"
#include "app/studio/schemahighlighter.h"
#include "catalog/catalog.h"
#include "catalog/schema/jsonschemacompatibility.h"
#include "catalog/schema/schemacompatibility.h"
#include "catalog/schema/schemareferences.h"
#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/schemafields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

constexpr SchemaFormat kFormats[] = {SchemaFormat::Avro, SchemaFormat::Protobuf, SchemaFormat::JsonSchema};
constexpr CompatibilityMode kModes[] = {CompatibilityMode::Backward, CompatibilityMode::BackwardTransitive, CompatibilityMode::Forward,
                                        CompatibilityMode::ForwardTransitive, CompatibilityMode::Full, CompatibilityMode::FullTransitive,
                                        CompatibilityMode::None};

QString formatName(SchemaFormat format)
{
    switch (format) {
    case SchemaFormat::Avro:
        return SchemaEditorPanel::tr("Avro");
    case SchemaFormat::Protobuf:
        return SchemaEditorPanel::tr("Protobuf");
    case SchemaFormat::JsonSchema:
        break;
    }
    return SchemaEditorPanel::tr("JSON Schema");
}

} // namespace

SchemaEditorPanel::SchemaEditorPanel(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget),
      m_header(new QLabel),
      m_version(new QComboBox),
      m_format(new QComboBox),
      m_mode(new QComboBox),
      m_editor(new CodeEditor),
      m_highlighter(new SchemaHighlighter(m_editor->document())),
      m_status(new QLabel),
      m_verdict(new QListWidget),
      m_save(new QPushButton(tr("Save as New Version"))),
      m_revert(new QPushButton(tr("Revert"))),
      m_recheckTimer(new QTimer(this))
{
    m_version->setObjectName(QStringLiteral("schemaVersion"));
    m_format->setObjectName(QStringLiteral("schemaFormat"));
    m_mode->setObjectName(QStringLiteral("schemaCompatibility"));
    m_editor->setObjectName(QStringLiteral("schemaText"));
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_verdict->setObjectName(QStringLiteral("schemaVerdict"));
    m_save->setObjectName(QStringLiteral("saveSchema"));
    m_revert->setObjectName(QStringLiteral("revertSchema"));
    for (SchemaFormat format : kFormats)
        m_format->addItem(formatName(format), int(format));
    for (CompatibilityMode mode : kModes)
        m_mode->addItem(compatibilityModeId(mode), int(mode));
    m_mode->setToolTip(tr("How each new version must relate to the earlier ones, as in Confluent Schema Registry"));
    m_header->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setWordWrap(true);
    m_verdict->setMaximumHeight(72);
    m_editor->setMinimumHeight(160);
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(150);

    auto *empty = new QLabel(tr("Select an event, command or read model to see and edit its schema."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(16);

    auto *page = new QWidget;
    auto *options = new QFormLayout;
    options->addRow(tr("Version:"), m_version);
    // One row each, so the dock fits beside a readable canvas on a laptop screen.
    options->addRow(tr("Format:"), m_format);
    options->addRow(tr("Compatibility:"), m_mode);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_header);
    layout->addLayout(options);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);
    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    (new QVBoxLayout(this))->addWidget(m_stack);
    layout->setContentsMargins(4, 4, 4, 4);
    this->layout()->setContentsMargins(0, 0, 0, 0);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_recheckTimer->start();
    });
    connect(m_recheckTimer, &QTimer::timeout, this, &SchemaEditorPanel::recheck);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_highlighter->setFormat(chosenFormat());
        if (m_loading)
            return;
        // A subject without versions yet starts from a schema in the chosen format.
        if (versions().isEmpty() && !hasUnsavedEdits()) {
            m_loading = true;
            m_savedText = starterSchema(chosenFormat());
            m_editor->setPlainText(m_savedText);
            m_loading = false;
        }
        recheck();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            recheck();
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading)
            showVersion(index);
    });
    connect(m_save, &QPushButton::clicked, this, &SchemaEditorPanel::saveNewVersion);
    connect(m_revert, &QPushButton::clicked, this, &SchemaEditorPanel::reload);
    reload();
}

void SchemaEditorPanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_element = QUuid();
    if (m_catalog) {
        connect(m_catalog, &Catalog::changesApplied, this, [this](const Batch &batch) {
            // Another version (ours saved, or someone else's) or a renamed element: show it,
            // unless the user is in the middle of an edit, which then gets a fresh verdict.
            const bool touchesUs = std::any_of(batch.begin(), batch.end(), [this](const Change &change) {
                if (const auto *added = std::get_if<AddSchemaVersion>(&change))
                    return added->version.subject == m_element;
                if (const auto *removed = std::get_if<RemoveSchemaVersion>(&change))
                    return removed->subject == m_element;
                if (const auto *updated = std::get_if<UpdateElement>(&change))
                    return updated->id == m_element;
                if (const auto *schema = std::get_if<UpdateSchemaVersion>(&change))
                    return schema->subject == m_element;
                return std::holds_alternative<DeleteElement>(change);
            });
            if (!touchesUs)
                return;
            if (hasUnsavedEdits() && m_catalog->state().element(m_element)) {
                const QString edited = m_editor->toPlainText();
                reload();
                m_editor->setPlainText(edited);
            } else {
                reload();
            }
        });
    }
    reload();
}

void SchemaEditorPanel::showElement(const QUuid &id)
{
    if (id == m_element)
        return;
    m_element = id;
    reload();
}

QList<SchemaVersion> SchemaEditorPanel::versions() const
{
    return m_catalog ? m_catalog->state().schemaVersions(m_element) : QList<SchemaVersion>{};
}

SchemaFormat SchemaEditorPanel::chosenFormat() const
{
    return SchemaFormat(m_format->currentData().toInt());
}

CompatibilityMode SchemaEditorPanel::chosenMode() const
{
    return CompatibilityMode(m_mode->currentData().toInt());
}

bool SchemaEditorPanel::hasUnsavedEdits() const
{
    return m_stack->currentIndex() == 1 && !m_editor->isReadOnly() && m_editor->toPlainText() != m_savedText;
}

QString SchemaEditorPanel::starterSchema(SchemaFormat format) const
{
    const Element *element = m_catalog ? m_catalog->state().element(m_element) : nullptr;
    if (!element)
        return {};
    auto text = SchemaFields::generate(format, element->name, schemaPackage(m_catalog->state(), *element), element->description,
                                       {SchemaField{QStringLiteral("id"), QStringLiteral("string"), true, tr("What this is about"), {}}});
    return text ? *text : QString();
}

void SchemaEditorPanel::reload()
{
    const Element *element = m_catalog ? m_catalog->state().element(m_element) : nullptr;
    if (!element || !hasSchemaSubject(element->kind)) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_loading = true;
    m_stack->setCurrentIndex(1);
    const QList<SchemaVersion> all = versions();
    m_header->setText(tr("<b>%1</b> · %2").arg(m_catalog->state().pathOf(m_element).toHtmlEscaped(), elementKindDisplayName(element->kind)));
    m_version->clear();
    for (const SchemaVersion &version : all)
        m_version->addItem(tr("Version %1 (%2)").arg(version.version).arg(lifecycleDisplayName(version.lifecycle)), version.version);
    m_version->addItem(all.isEmpty() ? tr("Version 1 (new)") : tr("Version %1 (new, from version %2)").arg(all.size() + 1).arg(all.size()), 0);
    m_version->setCurrentIndex(int(m_version->count() - 1));
    m_loading = false;
    showVersion(m_version->currentIndex());
}

void SchemaEditorPanel::showVersion(int index)
{
    const QList<SchemaVersion> all = versions();
    const bool drafting = index >= all.size();   // the last entry: the next version, editable
    m_loading = true;
    const SchemaVersion *base = all.isEmpty() ? nullptr : drafting ? &all.back() : &all.at(index);
    if (base) {
        m_format->setCurrentIndex(m_format->findData(int(base->format)));
        m_mode->setCurrentIndex(m_mode->findData(int(base->compatibility)));
        m_savedText = base->text;
    } else {
        m_savedText = starterSchema(chosenFormat());
    }
    m_highlighter->setFormat(chosenFormat());
    m_editor->setPlainText(m_savedText);
    // Saved versions are kept as they are; a change is always a new version.
    m_editor->setReadOnly(!drafting);
    m_format->setEnabled(drafting);
    m_mode->setEnabled(drafting);
    m_revert->setEnabled(drafting);
    m_loading = false;
    recheck();
}

void SchemaEditorPanel::setDraftText(const QString &text, SchemaFormat format)
{
    if (m_stack->currentIndex() != 1)
        return;
    m_version->setCurrentIndex(m_version->count() - 1);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_editor->setPlainText(text);
    recheck();
}

void SchemaEditorPanel::recheck()
{
    m_recheckTimer->stop();
    if (m_stack->currentIndex() != 1)
        return;
    const QList<SchemaVersion> all = versions();
    const bool drafting = m_version->currentIndex() >= all.size();
    const QString text = m_editor->toPlainText();
    m_verdict->clear();
    // Checked as the catalog will check it: types from other subjects count as declared.
    SchemaVersion candidate;
    candidate.subject = m_element;
    candidate.format = chosenFormat();
    candidate.text = text;
    std::optional<SchemaLibrary> library;
    if (m_catalog)
        library.emplace(SchemaLibrary::latestOf(m_catalog->state()));
    auto parsed = library ? library->validate(candidate) : SchemaCompatibility::parse(chosenFormat(), text);
    m_editor->setErrorLine(parsed ? 0 : parsed.error().line);
    if (!parsed) {
        m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(tr("Does not parse: %1").arg(parsed.error().message).toHtmlEscaped()));
        m_save->setEnabled(false);
        return;
    }
    m_status->setText(QStringLiteral("<span style='color:#2e7d32'>%1</span>").arg(tr("Parses as %1.").arg(formatName(chosenFormat())).toHtmlEscaped()));

    // The verdict of this text as the next version (or of a saved version against the ones
    // before it), in the chosen mode and the subject's JSON Schema policy; each version read
    // whole, with the types it uses from other subjects, as the review's diff reads them.
    const int position = drafting ? int(all.size()) : m_version->currentIndex();
    auto whole = [&](const SchemaVersion &version) {
        auto selfContained = library ? library->selfContained(version) : Result<QString>(version.text);
        return selfContained ? *selfContained : version.text;
    };
    QStringList texts;
    bool formatChanged = false;
    for (int i = 0; i < position; ++i) {
        texts.append(whole(all.at(i)));
        formatChanged = formatChanged || all.at(i).format != chosenFormat();
    }
    texts.append(whole(candidate));
    const Element *subject = m_catalog ? m_catalog->state().element(m_element) : nullptr;
    const JsonSchemaPolicy policy = subject ? JsonSchemaCompatibility::policyOf(*subject) : JsonSchemaPolicy::Strict;
    if (position == 0) {
        m_verdict->addItem(tr("The first version: nothing to be compatible with."));
    } else if (formatChanged) {
        auto *item = new QListWidgetItem(tr("Incompatible: the earlier versions are not %1; a registry refuses a new format under the same subject")
                                             .arg(formatName(chosenFormat())));
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        m_verdict->addItem(item);
    } else if (auto issues = SchemaCompatibility::check(chosenFormat(), chosenMode(), texts, policy); !issues) {
        m_verdict->addItem(tr("An earlier version cannot be read: %1").arg(issues.error().message));
    } else if (issues->isEmpty()) {
        auto *item = new QListWidgetItem(chosenMode() == CompatibilityMode::None
                                             ? tr("Compatibility is not checked (NONE).")
                                             : tr("Compatible with the earlier versions (%1).")
                                                   .arg(compatibilityModeId(chosenMode())
                                                        + (chosenFormat() == SchemaFormat::JsonSchema && policy == JsonSchemaPolicy::Lenient
                                                               ? QStringLiteral(", LENIENT")
                                                               : QString())));
        item->setForeground(QColor(0x2e, 0x7d, 0x32));
        m_verdict->addItem(item);
    } else {
        for (const CompatibilityIssue &issue : *issues) {
            const QString breaks = issue.breaks == CompatibilityIssue::Breaks::OldReaders ? tr("breaks old readers") : tr("breaks old writers' data");
            auto *item = new QListWidgetItem(tr("Against version %1, %2: %3 (%4)").arg(issue.againstVersion).arg(issue.path, issue.message, breaks));
            item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_verdict->addItem(item);
        }
    }
    m_save->setEnabled(drafting && (text != m_savedText || all.isEmpty()));
}

QString SchemaEditorPanel::parseStatus() const
{
    return m_status->text();
}

QStringList SchemaEditorPanel::verdict() const
{
    QStringList lines;
    for (int i = 0; i < m_verdict->count(); ++i)
        lines.append(m_verdict->item(i)->text());
    return lines;
}

void SchemaEditorPanel::saveNewVersion()
{
    recheck();
    if (!m_save->isEnabled() || !m_catalog)
        return;
    SchemaVersion version = nextSchemaVersion(m_catalog->state(), m_element, chosenFormat(), m_editor->toPlainText());
    version.compatibility = chosenMode();
    m_savedText = version.text;
    Q_EMIT changeRequested({AddSchemaVersion{version}},
                           tr("Add schema version %1 of %2").arg(version.version).arg(m_catalog->state().pathOf(m_element)));
}

} // namespace mesh::app
