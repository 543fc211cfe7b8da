#include "app/studio/slicepanel.h"

#include "catalog/catalog.h"
#include "catalog/jsontext.h"
#include "catalog/schema/schemafieldnames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

enum Column { ElementColumn, FieldColumn, ValueColumn };

// What was typed as a value: JSON when it reads as JSON (42, true, "x", {"a": 1}), else text.
QJsonValue valueOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return text;
}

// A value as it is typed back: text as itself, unless it would read as something else.
QString textOf(const QJsonValue &value)
{
    if (value.isString() && valueOf(value.toString()) == value)
        return value.toString();
    return jsonValueText(value);
}

QTableWidget *makeStepsTable(const QString &objectName)
{
    auto *table = new QTableWidget(0, 3);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({SlicePanel::tr("Element"), SlicePanel::tr("Field"), SlicePanel::tr("Example value")});
    // Columns that share the dock's width: the panel never asks for more than the dock has.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(60);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setMinimumWidth(0);
    table->verticalHeader()->hide();
    table->setMinimumHeight(90);
    return table;
}

} // namespace

SlicePanel::SlicePanel(QWidget *parent)
    : QWidget(parent),
      m_hint(new QLabel),
      m_slices(new QComboBox),
      m_name(new QLineEdit),
      m_kind(new QComboBox),
      m_scenarios(new QListWidget),
      m_addScenario(new QPushButton(tr("Add Scenario"))),
      m_removeScenario(new QPushButton(tr("Remove Scenario"))),
      m_scenarioBox(new QGroupBox(tr("Scenario"))),
      m_scenarioName(new QLineEdit),
      m_given(makeStepsTable(QStringLiteral("givenSteps"))),
      m_when(makeStepsTable(QStringLiteral("whenSteps"))),
      m_then(makeStepsTable(QStringLiteral("thenSteps"))),
      m_error(new QLineEdit)
{
    m_hint->setWordWrap(true);
    m_slices->setObjectName(QStringLiteral("slices"));
    for (QComboBox *combo : {m_slices, m_kind}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_name->setObjectName(QStringLiteral("sliceName"));
    m_kind->setObjectName(QStringLiteral("sliceKind"));
    for (SliceKind kind : allSliceKinds())
        m_kind->addItem(sliceKindDisplayName(kind), sliceKindId(kind));
    m_scenarios->setObjectName(QStringLiteral("scenarios"));
    m_scenarios->setMaximumHeight(110);
    m_scenarioName->setObjectName(QStringLiteral("scenarioName"));
    m_error->setObjectName(QStringLiteral("scenarioError"));
    m_error->setPlaceholderText(tr("The refusal expected instead of events, if any"));

    auto *sliceForm = new QFormLayout;
    sliceForm->addRow(tr("Slice:"), m_slices);
    sliceForm->addRow(tr("Name:"), m_name);
    sliceForm->addRow(tr("Kind:"), m_kind);
    auto *scenarioButtons = new QHBoxLayout;
    scenarioButtons->addWidget(m_addScenario);
    scenarioButtons->addWidget(m_removeScenario);
    scenarioButtons->addStretch();

    auto *scenarioLayout = new QVBoxLayout(m_scenarioBox);
    auto *scenarioForm = new QFormLayout;
    scenarioForm->addRow(tr("Name:"), m_scenarioName);
    scenarioLayout->addLayout(scenarioForm);
    for (const auto &[label, table] : {std::pair{tr("Given (events)"), m_given}, std::pair{tr("When (a command)"), m_when},
                                       std::pair{tr("Then (events, or a state view's read models)"), m_then}}) {
        auto *header = new QHBoxLayout;
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()));
        title->setWordWrap(true);
        header->addWidget(title, 1);
        auto *add = new QPushButton(QStringLiteral("+"));
        auto *remove = new QPushButton(QStringLiteral("−"));
        add->setToolTip(tr("Add a row: an element, or one more of its fields"));
        remove->setToolTip(tr("Remove the selected row"));
        add->setObjectName(table->objectName() + QStringLiteral("Add"));
        for (QPushButton *button : {add, remove})
            button->setFixedWidth(32);
        header->addWidget(add);
        header->addWidget(remove);
        scenarioLayout->addLayout(header);
        scenarioLayout->addWidget(table);
        connect(add, &QPushButton::clicked, this, [this, table = table] {
            addStepRow(table);
            commitScenario();
        });
        connect(remove, &QPushButton::clicked, this, [this, table = table] {
            if (table->currentRow() >= 0) {
                table->removeRow(table->currentRow());
                commitScenario();
            }
        });
        connect(table, &QTableWidget::itemChanged, this, [this] { commitScenario(); });
    }
    auto *errorForm = new QFormLayout;
    errorForm->addRow(tr("Or refused with:"), m_error);
    scenarioLayout->addLayout(errorForm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(sliceForm);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Scenarios").toHtmlEscaped())));
    layout->addWidget(m_scenarios);
    layout->addLayout(scenarioButtons);
    layout->addWidget(m_scenarioBox, 1);

    connect(m_slices, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showSlice();
    });
    connect(m_scenarios, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showScenario();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        const Diagram *shown = diagram();
        if (!shown || currentSlice() < 0 || name.isEmpty() || name == shown->slices[currentSlice()].name)
            return;
        commit([&name](DiagramSlice &slice) { slice.name = name; }, tr("Rename slice %1 to %2").arg(shown->slices[currentSlice()].name, name), true);
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = sliceKindFromId(m_kind->currentData().toString());
        if (kind && currentSlice() >= 0)
            commit([kind](DiagramSlice &slice) { slice.kind = *kind; }, tr("Make slice %1 a %2").arg(m_name->text(), m_kind->currentText()), true);
    });
    connect(m_addScenario, &QPushButton::clicked, this, [this] {
        const Diagram *shown = diagram();
        if (!shown || currentSlice() < 0)
            return;
        const QString name = tr("Scenario %1").arg(shown->slices[currentSlice()].scenarios.size() + 1);
        commit([&name](DiagramSlice &slice) { slice.scenarios.append(Scenario{name, {}, std::nullopt, {}, {}}); },
               tr("Add scenario %1 to slice %2").arg(name, m_name->text()), true);
        selectScenario(m_scenarios->count() - 1);
    });
    connect(m_removeScenario, &QPushButton::clicked, this, [this] {
        const int scenario = currentScenario();
        if (scenario < 0)
            return;
        const QString name = m_scenarios->item(scenario)->text();
        commit([scenario](DiagramSlice &slice) { slice.scenarios.removeAt(scenario); },
               tr("Remove scenario %1 from slice %2").arg(name, m_name->text()), true);
    });
    connect(m_scenarioName, &QLineEdit::editingFinished, this, &SlicePanel::commitScenario);
    connect(m_error, &QLineEdit::editingFinished, this, &SlicePanel::commitScenario);
    refresh();
}

void SlicePanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_diagram = {};
    if (catalog)
        connect(catalog, &Catalog::changesApplied, this, &SlicePanel::refresh);
    refresh();
}

void SlicePanel::setDiagram(const QUuid &diagram)
{
    m_diagram = diagram;
    m_shown.clear();
    refresh();
}

const Diagram *SlicePanel::diagram() const
{
    return m_catalog ? m_catalog->state().diagram(m_diagram) : nullptr;
}

int SlicePanel::currentSlice() const
{
    const Diagram *shown = diagram();
    const int index = m_slices->currentIndex();
    return shown && index >= 0 && index < shown->slices.size() ? index : -1;
}

int SlicePanel::currentScenario() const
{
    const int slice = currentSlice();
    const int index = m_scenarios->currentRow();
    return slice >= 0 && index >= 0 && index < diagram()->slices[slice].scenarios.size() ? index : -1;
}

void SlicePanel::selectSlice(int index)
{
    m_slices->setCurrentIndex(index);
}

void SlicePanel::selectScenario(int index)
{
    m_scenarios->setCurrentRow(index);
}

void SlicePanel::showSliceOf(const QList<QUuid> &elements)
{
    const Diagram *shown = diagram();
    if (!shown || elements.isEmpty())
        return;
    const Placement *placement = m_catalog->state().placement(m_diagram, elements.first());
    if (!placement)
        return;
    const double x = placement->geometry.center().x();
    for (qsizetype i = 0; i < shown->slices.size(); ++i) {
        if (x >= shown->slices[i].left && x <= shown->slices[i].right) {
            selectSlice(int(i));
            return;
        }
    }
}

void SlicePanel::refresh()
{
    const Diagram *shown = diagram();
    const bool timeline = shown && shown->kind == DiagramKind::Timeline;
    const QList<DiagramSlice> slices = timeline ? shown->slices : QList<DiagramSlice>{};
    if (timeline && slices == m_shown && m_slices->count() == slices.size())
        return;   // what this panel just changed, or nothing of it
    m_shown = slices;
    const int keep = m_slices->currentIndex();
    m_filling = true;
    m_slices->clear();
    for (const DiagramSlice &slice : slices)
        m_slices->addItem(slice.name);
    m_slices->setCurrentIndex(slices.isEmpty() ? -1 : std::clamp(keep, 0, int(slices.size()) - 1));
    m_filling = false;
    m_hint->setText(!timeline           ? tr("Slices are parts of an Event Modeling timeline: open one.")
                    : slices.isEmpty() ? tr("Select the stickies of one step of the story and use Diagram → Name a Slice Over the "
                                            "Selection.")
                                       : tr("Each slice is specified by its scenarios: given these events, when this command, then "
                                            "these events — or the read model shows these values."));
    showSlice();
}

void SlicePanel::showSlice()
{
    const int index = currentSlice();
    const bool any = index >= 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_slices, m_name, m_kind, m_scenarios, m_addScenario, m_removeScenario})
        widget->setEnabled(any);
    const int keep = m_scenarios->currentRow();
    m_filling = true;
    m_scenarios->clear();
    if (any) {
        const DiagramSlice &slice = diagram()->slices[index];
        m_name->setText(slice.name);
        m_kind->setCurrentIndex(m_kind->findData(sliceKindId(slice.kind)));
        for (const Scenario &scenario : slice.scenarios)
            m_scenarios->addItem(scenario.name);
        m_scenarios->setCurrentRow(slice.scenarios.isEmpty() ? -1 : std::clamp(keep, 0, int(slice.scenarios.size()) - 1));
    } else {
        m_name->clear();
    }
    m_filling = false;
    showScenario();
}

void SlicePanel::showScenario()
{
    const int index = currentScenario();
    m_scenarioBox->setEnabled(index >= 0);
    m_removeScenario->setEnabled(index >= 0);
    const Scenario scenario = index >= 0 ? diagram()->slices[currentSlice()].scenarios[index] : Scenario{};
    m_filling = true;
    m_scenarioName->setText(scenario.name);
    m_error->setText(scenario.error);
    fillSteps(m_given, Part::Given, scenario.given);
    fillSteps(m_when, Part::When, scenario.when ? QList<ScenarioStep>{*scenario.when} : QList<ScenarioStep>{});
    fillSteps(m_then, Part::Then, scenario.then);
    m_filling = false;
}

QTableWidget *SlicePanel::stepsTable(Part part)
{
    return part == Part::Given ? m_given : part == Part::When ? m_when : m_then;
}

QList<QUuid> SlicePanel::eligible(Part part) const
{
    const CatalogState &state = m_catalog->state();
    const bool view = currentSlice() >= 0 && diagram()->slices[currentSlice()].kind == SliceKind::StateView;
    QList<QUuid> elements;
    for (const Placement &placement : state.placements(m_diagram)) {
        const Element *element = state.element(placement.element);
        if (!element)
            continue;
        const bool fits = part == Part::When ? element->kind == ElementKind::Command
                        : part == Part::Given ? element->kind == ElementKind::Event
                                              : element->kind == ElementKind::Event || (view && element->kind == ElementKind::ReadModel);
        if (fits)
            elements.append(element->id);
    }
    std::sort(elements.begin(), elements.end(), [&state](const QUuid &a, const QUuid &b) { return state.pathOf(a) < state.pathOf(b); });
    return elements;
}

void SlicePanel::fillSteps(QTableWidget *table, Part part, const QList<ScenarioStep> &steps)
{
    Q_UNUSED(part);
    table->setRowCount(0);
    for (const ScenarioStep &step : steps) {
        if (step.values.isEmpty())
            addStepRow(table, step.element);
        for (auto it = step.values.begin(); it != step.values.end(); ++it)
            addStepRow(table, step.element, it.key(), textOf(it.value()));
    }
}

void SlicePanel::addStepRow(QTableWidget *table, const QUuid &element, const QString &field, const QString &value)
{
    const bool filling = m_filling;
    m_filling = true;
    const Part part = table == m_given ? Part::Given : table == m_when ? Part::When : Part::Then;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *elements = new QComboBox;
    elements->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    elements->setMinimumContentsLength(6);
    // By name, as the stickies read (the path when two share a name), the path as tooltip.
    const QList<QUuid> candidates = eligible(part);
    QHash<QString, int> named;
    for (const QUuid &id : candidates)
        ++named[m_catalog->state().element(id)->name];
    for (const QUuid &id : candidates) {
        const QString name = m_catalog->state().element(id)->name;
        elements->addItem(named.value(name) > 1 ? m_catalog->state().pathOf(id) : name, id);
        elements->setItemData(elements->count() - 1, m_catalog->state().pathOf(id), Qt::ToolTipRole);
    }
    if (!element.isNull() && elements->findData(element) < 0)   // a step of an element not on this timeline
        elements->addItem(m_catalog->state().element(element) ? m_catalog->state().pathOf(element) : element.toString(), element);
    elements->setCurrentIndex(element.isNull() ? (row > 0 ? elements->findData(qobject_cast<QComboBox *>(table->cellWidget(row - 1, ElementColumn))->currentData()) : 0)
                                               : elements->findData(element));
    table->setCellWidget(row, ElementColumn, elements);
    auto *fields = new QComboBox;
    fields->setEditable(true);
    fields->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fields->setMinimumContentsLength(6);
    table->setCellWidget(row, FieldColumn, fields);
    table->setItem(row, ValueColumn, new QTableWidgetItem(value));
    offerFields(table, row);
    fields->setCurrentText(field);
    connect(elements, &QComboBox::activated, this, [this, table, elements] {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->cellWidget(r, ElementColumn) == elements)
                offerFields(table, r);
        }
        commitScenario();
    });
    connect(fields->lineEdit(), &QLineEdit::editingFinished, this, &SlicePanel::commitScenario);
    connect(fields, &QComboBox::activated, this, &SlicePanel::commitScenario);
    m_filling = filling;
}

void SlicePanel::offerFields(QTableWidget *table, int row)
{
    auto *elements = qobject_cast<QComboBox *>(table->cellWidget(row, ElementColumn));
    auto *fields = qobject_cast<QComboBox *>(table->cellWidget(row, FieldColumn));
    if (!elements || !fields)
        return;
    const QString typed = fields->currentText();
    fields->clear();
    const QUuid id = elements->currentData().toUuid();
    const SchemaVersion *schema = m_catalog->state().latestSchema(id);
    const Element *element = m_catalog->state().element(id);
    if (schema && element)
        fields->addItems(schemaFieldNames(schema->format, schema->text, element->name).value_or(QStringList{}));
    fields->setCurrentText(typed);
}

QList<ScenarioStep> SlicePanel::readSteps(const QTableWidget *table) const
{
    QList<ScenarioStep> steps;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto *elements = qobject_cast<QComboBox *>(table->cellWidget(row, ElementColumn));
        const auto *fields = qobject_cast<QComboBox *>(table->cellWidget(row, FieldColumn));
        const QUuid element = elements ? elements->currentData().toUuid() : QUuid();
        if (element.isNull())
            continue;
        // Rows of one element in a row are one step with several values, until a field comes
        // again: then it is the next event of that kind.
        const QString field = fields ? fields->currentText().trimmed() : QString();
        if (steps.isEmpty() || steps.last().element != element || field.isEmpty() || steps.last().values.contains(field))
            steps.append(ScenarioStep{element, {}});
        // A field without a value yet is a row being written: kept when its value comes.
        const QTableWidgetItem *value = table->item(row, ValueColumn);
        if (!field.isEmpty() && value && !value->text().isEmpty())
            steps.last().values.insert(field, valueOf(value->text()));
    }
    return steps;
}

void SlicePanel::commit(const std::function<void(DiagramSlice &)> &edit, const QString &description, bool redraw)
{
    const Diagram *shown = diagram();
    const int index = currentSlice();
    if (!shown || index < 0)
        return;
    QList<DiagramSlice> slices = shown->slices;
    edit(slices[index]);
    if (slices == shown->slices)
        return;
    // What the panel shows already (a field typed): the change coming back redraws nothing.
    if (!redraw)
        m_shown = slices;
    Q_EMIT changeRequested({UpdateDiagram{m_diagram, {{QStringLiteral("slices"), slicesToJson(slices)}}}}, description);
    if (diagram() && diagram()->slices != slices) {
        m_shown.clear();   // refused: back to what the catalog holds
        refresh();
    }
}

void SlicePanel::commitScenario()
{
    const int index = currentScenario();
    if (m_filling || index < 0)
        return;
    Scenario scenario{m_scenarioName->text().trimmed(), readSteps(m_given), std::nullopt, readSteps(m_then), m_error->text().trimmed()};
    if (scenario.name.isEmpty())
        scenario.name = m_scenarios->item(index)->text();
    const QList<ScenarioStep> when = readSteps(m_when);
    if (!when.isEmpty())
        scenario.when = when.first();
    commit([&](DiagramSlice &slice) { slice.scenarios[index] = scenario; },
           tr("Edit scenario %1 of slice %2").arg(scenario.name, m_name->text()));
    m_scenarios->item(index)->setText(scenario.name);
}

} // namespace mesh::app
