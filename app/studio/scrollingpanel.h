#pragma once

#include <QFrame>
#include <QScrollArea>

namespace mesh::app {

// A panel taller than its dock's share scrolls inside it instead of making the window
// taller than the screen (the window must fit 1280×800).
inline QScrollArea *scrollingPanel(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace mesh::app
