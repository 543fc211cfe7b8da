#pragma once

#include <QGroupBox>
#include <QPointer>
#include <QUuid>

class QComboBox;
class QLabel;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// For one field of the selected element's schema: where its information comes from (the
// command's field an event takes, the event's field a read model shows) and where it goes,
// as Event Modeling follows it through the timeline.
class FieldLineageBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit FieldLineageBox(QWidget *parent = nullptr);

    // Shows the fields of the element's latest schema; hidden when it has none to follow.
    void show(catalog::Catalog *catalog, const QUuid &element);
    QComboBox *fields() const { return m_fields; }
    QLabel *lineage() const { return m_lineage; }

private:
    void showLineage();

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_element;
    QComboBox *m_fields;
    QLabel *m_lineage;
};

} // namespace mesh::app
