#include "app/studio/palettepanel.h"

#include "app/studio/elementicons.h"
#include "canvas/diagramview.h"

#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

// Dragging an entry carries its kind to the diagram.
class KindList final : public QListWidget
{
protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        auto *mime = new QMimeData;
        if (!items.isEmpty())
            mime->setData(canvas::DiagramView::kindMimeType(), elementKindId(ElementKind(items.first()->data(kKindRole).toInt())).toUtf8());
        return mime;
    }
    QStringList mimeTypes() const override { return {canvas::DiagramView::kindMimeType()}; }
};

} // namespace

PalettePanel::PalettePanel(QWidget *parent) : QWidget(parent), m_list(new KindList)
{
    m_list->setObjectName(QStringLiteral("palette"));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setIconSize(QSize(18, 18));
    for (ElementKind kind : allElementKinds()) {
        if (kind == ElementKind::Team)
            continue;   // teams own elements; they are not drawn
        auto *item = new QListWidgetItem(elementIcon(kind), elementKindDisplayName(kind), m_list);
        item->setData(kKindRole, int(kind));
        item->setToolTip(tr("Click, then click on the diagram; or drag onto the diagram"));
    }
    auto *connectButton = m_connect = new QPushButton(tr("Connect"));
    connectButton->setObjectName(QStringLiteral("connectTool"));
    connectButton->setCheckable(true);
    connectButton->setToolTip(tr("Drag from one element to another to relate them; click again to stop"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(connectButton);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT kindChosen(ElementKind(item->data(kKindRole).toInt()));
    });
    connect(connectButton, &QPushButton::clicked, this, &PalettePanel::connectToggled);
}

void PalettePanel::setConnectOn(bool on)
{
    m_connect->setChecked(on);
}

} // namespace mesh::app
