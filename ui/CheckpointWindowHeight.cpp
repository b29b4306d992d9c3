// CheckpointWindow's height: as tall as its content at its width, never taller than the screen. Its own file: the
// window's one piece of geometry arithmetic, apart from what the window shows.
#include "CheckpointWindow.h"
#include "ui_CheckpointWindow.h"

#include "OutcomePanel.h"

#include <QLayout>
#include <QScreen>

#include <algorithm>
#include <utility>

void CheckpointWindow::queueFit()
{
    if (std::exchange(m_fitQueued, true))
        return; // one fit for a burst of resizes and layout requests
    QMetaObject::invokeMethod(this, &CheckpointWindow::fitHeightToText, Qt::QueuedConnection);
}

void CheckpointWindow::fitHeightToText()
{
    // QMainWindow does not pass height-for-width on: wrapped messages would be cut off at narrow widths.
    m_fitQueued = false; // this fit serves any queued one: a later resize may queue the next
    QWidget *central = centralWidget();
    if (central->width() < central->minimumSizeHint().width())
        return; // not laid out yet: a height for a sliver of a width would be absurd
    central->layout()->activate();
    fitMessageToScreen();
    const int needed = central->layout()->totalHeightForWidth(central->width());
    if (needed <= 0)
        return;
    if (central->minimumHeight() != needed)
        central->setMinimumHeight(needed);
    // A new message sets the height: as tall as it needs, no taller (the agent may still drag it larger). Never taller
    // than the screen, either: the message's first fit may measure it at a width the layout has not given it yet.
    const QRect available = screen()->availableGeometry();
    if (std::exchange(m_fitPending, false) || frameGeometry().height() > available.height()) {
        layout()->activate(); // the window's minimum height follows the central widget's before the resize
        resize(width(), height() - central->height() + needed);
    }
    // Grown down past the screen's bottom: moved up, so that the actions under the message stay reachable.
    if (const int below = frameGeometry().bottom() - available.bottom(); below > 0)
        move(x(), std::max(y() - below, available.top()));
}

// The answer's text (headline, explanation, what the server said) is as tall as it needs, unless the window would then
// be taller than the screen's available height: a server may send pages of text. Then it scrolls in its own area, and
// the request id and the actions under it stay in the window.
void CheckpointWindow::fitMessageToScreen()
{
    OutcomePanel *panel = m_ui->outcomePanel;
    if (panel->isHidden())
        return;
    QWidget *central = centralWidget();
    // The message's height is always fixed here, so the rest of the window is what the layout needs besides it.
    const int rest = central->layout()->totalHeightForWidth(central->width()) - panel->messageHeight();
    const int room = screen()->availableGeometry().height() - (frameGeometry().height() - central->height()) - rest;
    panel->fitMessage(room);
}
