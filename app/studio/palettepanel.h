#pragma once

#include "catalog/model/elementkind.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace mesh::app {

// The palette: every kind of element in its Event Storming colour. Click a kind, then click
// on the diagram; or drag it onto the diagram. Then type the name. "Connect" draws relations.
class PalettePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    // Shows whether the current diagram's tool is Connect (the button stays down while it is).
    void setConnectOn(bool on);

Q_SIGNALS:
    void kindChosen(mesh::catalog::ElementKind kind);
    // Connect switched on, or off again (back to selecting).
    void connectToggled(bool on);

private:
    QListWidget *m_list;
    QPushButton *m_connect = nullptr;
};

} // namespace mesh::app
