#include "app/studio/rulesettingsdialog.h"

#include "catalog/governance/ruleregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

RuleSettingsDialog::RuleSettingsDialog(const CatalogState &state, QWidget *parent)
    : QDialog(parent), m_state(state), m_table(new QTableWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Governance Rules"));
    const RuleRegistry &registry = RuleRegistry::instance();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("On"), tr("Severity"), tr("Parameters (JSON)")});
    m_table->setRowCount(int(registry.rules().size()));
    m_table->verticalHeader()->hide();
    int row = 0;
    for (const auto &rule : registry.rules()) {
        const RuleSetting setting = registry.effectiveSetting(state, rule->id());
        auto *name = new QTableWidgetItem(rule->id());
        name->setToolTip(rule->description());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (state.ruleSettings().contains(rule->id())) {
            QFont font = name->font();
            font.setBold(true); // set by this catalog, not the default
            name->setFont(font);
        }
        m_table->setItem(row, RuleColumn, name);
        auto *enabled = new QCheckBox;
        enabled->setChecked(setting.enabled);
        m_table->setCellWidget(row, EnabledColumn, enabled);
        auto *severity = new QComboBox;
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            severity->addItem(severityDisplayName(s), severityId(s));
        severity->setCurrentIndex(int(setting.severity));
        m_table->setCellWidget(row, SeverityColumn, severity);
        auto *parameters = new QLineEdit(QString::fromUtf8(QJsonDocument(setting.parameters).toJson(QJsonDocument::Compact)));
        parameters->setToolTip(rule->description());
        m_table->setCellWidget(row, ParametersColumn, parameters);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Rules in bold are set by this catalog; the others follow the default rule set.")));
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 520);
}

Batch RuleSettingsDialog::changes(QString *error) const
{
    const RuleRegistry &registry = RuleRegistry::instance();
    Batch batch;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, RuleColumn)->text();
        RuleSetting setting{id, qobject_cast<QCheckBox *>(m_table->cellWidget(row, EnabledColumn))->isChecked(),
                            Severity(qobject_cast<QComboBox *>(m_table->cellWidget(row, SeverityColumn))->currentIndex()), {}};
        QJsonParseError parseError;
        const QJsonDocument parameters =
            QJsonDocument::fromJson(qobject_cast<QLineEdit *>(m_table->cellWidget(row, ParametersColumn))->text().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !parameters.isObject()) {
            *error = tr("%1: the parameters are not a JSON object (%2)").arg(id, parseError.errorString());
            return {};
        }
        setting.parameters = parameters.object();
        if (auto valid = registry.validate(setting); !valid) {
            *error = valid.error().message;
            return {};
        }
        if (setting == registry.effectiveSetting(m_state, id))
            continue;
        batch.append(setting == registry.defaultSetting(id) ? Change(ResetRule{id}) : Change(SetRule{setting}));
    }
    return batch;
}

void RuleSettingsDialog::accept()
{
    QString error;
    changes(&error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace mesh::app
