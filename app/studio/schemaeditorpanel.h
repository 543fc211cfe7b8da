#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/schemaversion.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

class CodeEditor;
class SchemaHighlighter;

// The schema of the selected event, command or read model: its versions, and an editor
// with syntax highlighting, line numbers, the parse error (line and column) as you type and
// the compatibility verdict against the subject's earlier versions in its mode. Saving
// makes the next version (a change); existing versions are never edited, so an approved
// schema stays as it was approved.
class SchemaEditorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaEditorPanel(QWidget *parent = nullptr);
    void setCatalog(catalog::Catalog *catalog);
    void showElement(const QUuid &id);

    CodeEditor *editor() const { return m_editor; }
    QString parseStatus() const;     // what the status line says
    QStringList verdict() const;     // the compatibility lines shown
    bool hasUnsavedEdits() const;
    void saveNewVersion();
    // Replaces the editor's text with a schema in the chosen format made from `fields`
    // (the field table's "Generate" does this); the user then reviews and saves it.
    void setDraftText(const QString &text, catalog::SchemaFormat format);

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);

private:
    void reload();
    void showVersion(int index);
    void recheck();
    catalog::SchemaFormat chosenFormat() const;
    catalog::CompatibilityMode chosenMode() const;
    QList<catalog::SchemaVersion> versions() const;
    QString starterSchema(catalog::SchemaFormat format) const;

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_element;
    QString m_savedText;        // the text the editor started from (latest version or starter)
    QStackedWidget *m_stack;
    QLabel *m_header;
    QComboBox *m_version;
    QComboBox *m_format;
    QComboBox *m_mode;
    CodeEditor *m_editor;
    SchemaHighlighter *m_highlighter;
    QLabel *m_status;
    QListWidget *m_verdict;
    QPushButton *m_save;
    QPushButton *m_revert;
    QTimer *m_recheckTimer;
    bool m_loading = false;
};

} // namespace mesh::app
