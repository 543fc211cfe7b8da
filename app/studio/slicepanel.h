#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/diagram.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The slices of the current timeline: each one's name and kind, and its Given/When/Then
// scenarios — the events given, the command, the events (or read-model values) expected or
// the refusal — with the fields offered from each element's schema. Every edit is one change
// of the diagram's slices, so it is undone, reviewed and shared like any other.
class SlicePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SlicePanel(QWidget *parent = nullptr);

    void setCatalog(catalog::Catalog *catalog);
    void setDiagram(const QUuid &diagram);
    // Shows the slice the selected stickies stand in, when there is one.
    void showSliceOf(const QList<QUuid> &elements);

    int currentSlice() const;
    int currentScenario() const;
    void selectSlice(int index);
    void selectScenario(int index);
    QLineEdit *sliceName() const { return m_name; }
    QComboBox *sliceKind() const { return m_kind; }
    QPushButton *addScenarioButton() const { return m_addScenario; }
    QLineEdit *scenarioName() const { return m_scenarioName; }
    QTableWidget *givenTable() const { return m_given; }
    QTableWidget *whenTable() const { return m_when; }
    QTableWidget *thenTable() const { return m_then; }
    QLineEdit *errorText() const { return m_error; }
    // Adds a row (element, field, value) to a steps table, as the + button does.
    void addStepRow(QTableWidget *table, const QUuid &element = {}, const QString &field = {}, const QString &value = {});

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);

private:
    enum class Part { Given, When, Then };
    void refresh();
    void showSlice();
    void showScenario();
    QTableWidget *stepsTable(Part part);
    void fillSteps(QTableWidget *table, Part part, const QList<catalog::ScenarioStep> &steps);
    QList<catalog::ScenarioStep> readSteps(const QTableWidget *table) const;
    QList<QUuid> eligible(Part part) const;   // the elements a part may speak of, by path
    void offerFields(QTableWidget *table, int row);
    // The slices with the one shown changed by `edit`, handed on as one change; `redraw` when
    // what the panel shows changes with it (a scenario added), not only what was typed.
    void commit(const std::function<void(catalog::DiagramSlice &)> &edit, const QString &description, bool redraw = false);
    void commitScenario();
    const catalog::Diagram *diagram() const;

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_diagram;
    QList<catalog::DiagramSlice> m_shown;   // as last shown: a change that brings the same back redraws nothing
    bool m_filling = false;
    QLabel *m_hint;
    QComboBox *m_slices;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QListWidget *m_scenarios;
    QPushButton *m_addScenario;
    QPushButton *m_removeScenario;
    QWidget *m_scenarioBox;
    QLineEdit *m_scenarioName;
    QTableWidget *m_given;
    QTableWidget *m_when;
    QTableWidget *m_then;
    QLineEdit *m_error;
};

} // namespace mesh::app
