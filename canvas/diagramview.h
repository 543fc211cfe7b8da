#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/elementkind.h"

#include <QGraphicsView>
#include <QUuid>

#include <optional>

class QGraphicsLineItem;
class QLabel;
class QLineEdit;

namespace mesh::canvas {

class DiagramScene;
class ElementItem;

// The view of one diagram: zoom (wheel, Ctrl+plus/minus, fit, 100 %), pan (middle button, or
// Space and drag), rubber-band selection, and the tools: select and move, place (a click, or
// a kind dragged from the palette, then the name typed in place: Enter commits, Escape
// cancels), connect (drag from one element to another: the relation kinds that fit are
// offered, an invalid pair is refused with the reason). Rename in place with a double click.
class DiagramView final : public QGraphicsView
{
    Q_OBJECT

public:
    // Vote: a click gives a sticky one of this studio's dots, Shift+click takes one back.
    enum class Tool { Select, Place, Connect, Vote };
    // The MIME type of an element kind dragged from the palette.
    static QString kindMimeType();

    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const { return m_scene; }
    Tool tool() const { return m_tool; }
    void setSelectTool();
    void setPlaceTool(catalog::ElementKind kind);
    void setConnectTool();
    void setVoteTool();

    double zoom() const;
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // What a diagram opens at: fit, but never so far out that names are not drawn; a bigger
    // diagram is shown from its top-left corner and scrolled.
    void zoomToReadableFit();
    // The least zoom zoomToReadableFit() goes down to.
    static constexpr double kReadableZoom = 0.5;
    void zoomTo100();
    // Shows `center` (scene coordinates) in the middle at `zoom`, as a presenter's view is
    // shown to its followers.
    void showAt(double zoom, const QPointF &center);
    QPointF viewCenter() const;
    void centerOnElements(const QList<QUuid> &elements);

    // The Edit menu's commands, as the keyboard gives them on the canvas.
    void copySelection();
    void paste();   // under the mouse pointer when it is over the view, else in the middle
    void removeSelectionFromDiagram();
    void deleteSelectionFromCatalog();   // asks through deleteRequested

    // The in-place name editor, while it is open (tests type into it).
    QLineEdit *nameEditor() const { return m_nameEditor; }
    // Opens the name editor for a new element of `kind` at a scene point.
    void beginPlacing(catalog::ElementKind kind, const QPointF &scenePoint);
    // The catalog refused the element just named here: the editor opens again with the
    // typed name and the reason beside it, so nothing typed is lost. False when the
    // refused name is not the one this view last placed.
    bool reopenRefusedCreation(const QString &name, const QString &reason);
    QLabel *refusalLabel() const { return m_refusal; }

Q_SIGNALS:
    // Delete from the catalog: the batch and what goes with it, for the owner to confirm.
    void deleteRequested(const mesh::catalog::Batch &batch, const QStringList &consequences);
    void problem(const QString &message);
    void toolChanged(mesh::canvas::DiagramView::Tool tool);
    void zoomChanged(double zoom);
    // The user moved the view themselves: the wheel, panning, a scroll bar (not a program).
    void movedByUser();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ElementItem *elementAt(const QPoint &viewPoint) const;
    void renameInPlace(const ElementItem *item);
    void selectAll();
    // Shift+Delete: what deleting the selection takes with it goes to the owner to confirm.
    void openNameEditor(const QPointF &scenePoint, const QString &text);
    void closeNameEditor(bool commit);
    void scaleBy(double factor);

    DiagramScene *m_scene;
    Tool m_tool = Tool::Select;
    catalog::ElementKind m_placeKind = catalog::ElementKind::Event;
    QLineEdit *m_nameEditor = nullptr;
    QLabel *m_refusal = nullptr;   // why the last name was refused, beside the editor
    QPointF m_editPoint;
    // The element last named in the editor, until the catalog has taken or refused it.
    struct LastCreation {
        catalog::ElementKind kind;
        QString name;
        QPointF at;
    };
    std::optional<LastCreation> m_lastCreation;
    QUuid m_renaming;                  // the element being renamed, null when placing
    ElementItem *m_connectFrom = nullptr;
    ElementItem *m_resizing = nullptr;   // a frame being resized by its corner
    QGraphicsLineItem *m_connectLine = nullptr;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace mesh::canvas
