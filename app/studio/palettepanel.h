#pragma once

#include "catalog/model/elementkind.h"

#include <QWidget>

class QListWidget;

namespace mesh::app {

// The palette: every kind of element in its Event Storming colour. Click a kind, then click
// on the diagram; or drag it onto the diagram. Then type the name. "Connect" draws relations.
class PalettePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void kindChosen(mesh::catalog::ElementKind kind);
    void connectChosen();

private:
    QListWidget *m_list;
};

} // namespace mesh::app
