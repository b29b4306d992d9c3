#include "WrappedLabel.h"

#include <QEvent>

#include <utility>

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return Key{text(),       contentsMargins(),      margin(),  indent(), alignment(),
               textFormat(), textInteractionFlags(), wordWrap()};
}

int WrappedLabel::heightForWidth(int width) const
{
    if (Key key = currentKey(); !(key == m_key)) {
        m_key = std::move(key);
        m_entries.fill({});
    }
    for (const Entry &entry : m_entries) {
        if (entry.width == width)
            return entry.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_entries[m_next] = {width, height};
    m_next = (m_next + 1) % m_entries.size();
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
    case QEvent::Polish:
        m_entries.fill({});
        break;
    default:
        break;
    }
    return QLabel::event(event);
}
