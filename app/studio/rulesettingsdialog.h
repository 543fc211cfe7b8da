#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/catalogstate.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace mesh::app {

// Governance → Rules…: every rule of the rule set with whether it runs, how severe its
// findings are and its parameters (JSON). What the user changes becomes setRule/resetRule
// changes, applied as one undoable step, so a team's rules travel with its catalog.
class RuleSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { RuleColumn, EnabledColumn, SeverityColumn, ParametersColumn };

    RuleSettingsDialog(const catalog::CatalogState &state, QWidget *parent = nullptr);
    // The changes the dialog's contents make (empty when nothing changed); sets `error`
    // when a parameter is not valid JSON of the rule's parameters.
    catalog::Batch changes(QString *error) const;
    QTableWidget *table() const { return m_table; }
    // Closes the dialog unless a parameter is invalid (then says which).
    void accept() override;

private:
    const catalog::CatalogState &m_state;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace mesh::app
