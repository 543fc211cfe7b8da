// Event Modeling's specifications: for each slice of each timeline, a Markdown page (what the
// slice does, its stickies, its Given/When/Then scenarios) and a Gherkin feature with the same
// scenarios, the example values as data tables, for a team's acceptance tests.

#include "catalog/jsontext.h"
#include "exporters/exportmodel.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// One line of text, whatever was typed (a newline would end a Gherkin step or a heading).
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return line.simplified();
}

// A Gherkin table cell: "|" and "\" escaped, newlines as "\n".
QString cell(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char('|'))
            escaped += QLatin1String("\\|");
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else if (c.category() == QChar::Other_Control)
            escaped += QLatin1Char(' ');
        else
            escaped += c;
    }
    return escaped;
}

// Inline code in Markdown that holds any text: a fence longer than any run of backticks in it.
QString code(const QString &text)
{
    qsizetype longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'));
    return fence + (pad ? QStringLiteral(" ") : QString()) + text + (pad ? QStringLiteral(" ") : QString()) + fence;
}

// Markdown text with the characters that would start markup escaped.
QString markdown(const QString &text)
{
    QString escaped;
    for (const QChar c : oneLine(text)) {
        if (QStringLiteral("\\`*_{}[]()<>#+-.!|~&").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

struct Specification {
    const Diagram *diagram;
    const DiagramSlice *slice;
    QList<const Element *> stickies;   // left to right
};

class Writer
{
public:
    explicit Writer(const CatalogState &state) : m_state(state) {}

    QString markdownPage(const Specification &spec) const
    {
        QString page = QStringLiteral("# %1\n\n").arg(markdown(spec.slice->name));
        page += QStringLiteral("*%1* — a slice of the timeline **%2**.\n\n").arg(markdown(sliceKindDisplayName(spec.slice->kind)),
                                                                                   markdown(spec.diagram->name));
        if (!spec.stickies.isEmpty()) {
            page += QStringLiteral("| Element | Kind |\n|---|---|\n");
            for (const Element *element : spec.stickies)
                page += QStringLiteral("| %1 | %2 |\n").arg(markdown(m_state.pathOf(element->id)), markdown(elementKindDisplayName(element->kind)));
            page += QLatin1Char('\n');
        }
        if (spec.slice->scenarios.isEmpty())
            page += QStringLiteral("No scenario specifies this slice yet.\n");
        for (const Scenario &scenario : spec.slice->scenarios) {
            page += QStringLiteral("## Scenario: %1\n\n").arg(markdown(scenario.name));
            page += markdownSteps(QStringLiteral("Given"), scenario.given);
            if (scenario.when)
                page += markdownSteps(QStringLiteral("When"), {*scenario.when});
            if (!scenario.error.isEmpty())
                page += QStringLiteral("**Then** the command is refused: %1\n\n").arg(code(oneLine(scenario.error)));
            else
                page += markdownSteps(QStringLiteral("Then"), scenario.then);
        }
        while (page.endsWith(QLatin1String("\n\n")))
            page.chop(1);
        return page;
    }

    QString feature(const Specification &spec) const
    {
        QString text = QStringLiteral("# A slice of the timeline \"%1\", written by Mesh Studio.\n").arg(oneLine(spec.diagram->name));
        text += QStringLiteral("Feature: %1\n  %2\n").arg(oneLine(spec.slice->name), oneLine(sliceKindDisplayName(spec.slice->kind)));
        for (const Scenario &scenario : spec.slice->scenarios) {
            text += QStringLiteral("\n  Scenario: %1\n").arg(oneLine(scenario.name));
            text += gherkinSteps(QStringLiteral("Given"), scenario.given);
            if (scenario.when)
                text += gherkinSteps(QStringLiteral("When"), {*scenario.when});
            if (!scenario.error.isEmpty())
                text += QStringLiteral("    Then the command is refused with \"%1\"\n").arg(oneLine(scenario.error).replace(QLatin1Char('"'), QLatin1Char('\'')));
            else
                text += gherkinSteps(QStringLiteral("Then"), scenario.then);
        }
        return text;
    }

private:
    QString nameOf(const QUuid &id) const
    {
        const Element *element = m_state.element(id);
        return element ? m_state.pathOf(id) : id.toString(QUuid::WithoutBraces);
    }

    QString markdownSteps(const QString &keyword, const QList<ScenarioStep> &steps) const
    {
        if (steps.isEmpty())
            return {};
        QString text = QStringLiteral("**%1**\n\n").arg(keyword);
        for (const ScenarioStep &step : steps) {
            QStringList values;
            for (auto it = step.values.begin(); it != step.values.end(); ++it)
                values.append(QStringLiteral("%1 = %2").arg(code(it.key()), code(jsonValueText(it.value()))));
            text += QStringLiteral("- %1%2\n").arg(markdown(nameOf(step.element)),
                                                   values.isEmpty() ? QString() : QStringLiteral(": ") + values.join(QStringLiteral(", ")));
        }
        return text + QLatin1Char('\n');
    }

    // "Given Shop/OrderPlaced" with its values as a table; "And" for the next ones.
    QString gherkinSteps(const QString &keyword, const QList<ScenarioStep> &steps) const
    {
        QString text;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            text += QStringLiteral("    %1 %2\n").arg(i == 0 ? keyword : QStringLiteral("And"), oneLine(nameOf(steps[i].element)));
            if (steps[i].values.isEmpty())
                continue;
            text += QStringLiteral("      | field | value |\n");
            for (auto it = steps[i].values.begin(); it != steps[i].values.end(); ++it)
                text += QStringLiteral("      | %1 | %2 |\n").arg(cell(it.key()), cell(jsonValueText(it.value())));
        }
        return text;
    }

    const CatalogState &m_state;
};

} // namespace

Result<Files> exportSpecs(const ExportModel &model, UniquePaths &paths)
{
    const CatalogState &state = model.state();
    QList<const Diagram *> timelines;
    for (const Diagram &diagram : state.diagrams()) {
        if (diagram.kind == DiagramKind::Timeline && !diagram.slices.isEmpty())
            timelines.append(&diagram);
    }
    std::sort(timelines.begin(), timelines.end(), [](const Diagram *a, const Diagram *b) {
        return a->name != b->name ? a->name < b->name : a->id < b->id;
    });
    const Writer writer(state);
    Files files;
    for (const Diagram *diagram : std::as_const(timelines)) {
        const QString folder = QStringLiteral("specs/") + safeFileName(diagram->name);
        QList<Placement> placements = state.placements(diagram->id);
        std::sort(placements.begin(), placements.end(), [](const Placement &a, const Placement &b) {
            return a.geometry.left() != b.geometry.left() ? a.geometry.left() < b.geometry.left() : a.element < b.element;
        });
        for (const DiagramSlice &slice : diagram->slices) {
            Specification spec{diagram, &slice, {}};
            for (const Placement &placement : std::as_const(placements)) {
                const Element *element = state.element(placement.element);
                const double middle = placement.geometry.center().x();
                if (element && model.includes(*element) && middle >= slice.left && middle <= slice.right)
                    spec.stickies.append(element);
            }
            const QString markdownPath = paths.claim(folder, slice.name, QStringLiteral(".md"));
            files.append({markdownPath, writer.markdownPage(spec).toUtf8(), QStringLiteral("specs")});
            if (!slice.scenarios.isEmpty()) {
                // The feature beside its page, under the same name.
                const QString featurePath = markdownPath.left(markdownPath.size() - 3) + QStringLiteral(".feature");
                files.append({featurePath, writer.feature(spec).toUtf8(), QStringLiteral("specs")});
            }
        }
    }
    return files;
}

} // namespace mesh::exporters
