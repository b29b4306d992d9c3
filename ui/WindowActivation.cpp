#include "WindowActivation.h"

#include <QGuiApplication>
#include <QWidget>

#if QT_CONFIG(xcb)
#include <QtGui/qguiapplication_platform.h>

#include <xcb/xcb.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#endif

namespace {

#if QT_CONFIG(xcb)

xcb_atom_t atom(xcb_connection_t *connection, const char *name)
{
    const xcb_intern_atom_cookie_t cookie = xcb_intern_atom(connection, false, uint16_t(std::strlen(name)), name);
    const std::unique_ptr<xcb_intern_atom_reply_t, decltype(&std::free)> reply(
        xcb_intern_atom_reply(connection, cookie, nullptr), &std::free);
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

void setStartupId(xcb_connection_t *connection, xcb_window_t window, const QByteArray &id)
{
    xcb_change_property(connection, XCB_PROP_MODE_REPLACE, window, atom(connection, "_NET_STARTUP_ID"),
                        atom(connection, "UTF8_STRING"), 8, uint32_t(id.size()), id.constData());
}

// "remove: ID=…" to the root window in pieces of 20 bytes, as the startup notification specification says (and as
// Qt's X11 plugin sends it for the id it started with). Activation::isValid() keeps the id free of what would need
// quoting.
void completeStartup(xcb_connection_t *connection, const QByteArray &id)
{
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
    const QByteArray message = "remove: ID=" + id + '\0';
    xcb_client_message_event_t event{};
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 8;
    event.window = root;
    event.type = atom(connection, "_NET_STARTUP_INFO_BEGIN");
    const xcb_atom_t continued = atom(connection, "_NET_STARTUP_INFO");
    for (qsizetype sent = 0; sent < message.size(); sent += 20) {
        std::memset(event.data.data8, 0, sizeof(event.data.data8));
        std::memcpy(event.data.data8, message.constData() + sent,
                    size_t(std::min<qsizetype>(20, message.size() - sent)));
        xcb_send_event(connection, false, root, XCB_EVENT_MASK_PROPERTY_CHANGE, reinterpret_cast<const char *>(&event));
        event.type = continued;
    }
    xcb_flush(connection);
}

xcb_connection_t *x11Connection()
{
    const auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    return x11 ? x11->connection() : nullptr;
}

#endif

} // namespace

void WindowActivation::present(QWidget *window, const Activation &activation)
{
#if QT_CONFIG(xcb)
    xcb_connection_t *x11 = activation.startupId.isEmpty() ? nullptr : x11Connection();
    if (x11) // before show(): a window manager reads it when the window is mapped, and acts on a change later
        setStartupId(x11, xcb_window_t(window->winId()), activation.startupId.toLatin1());
#endif
    window->show();
    window->raise();
    if (!activation.token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activation.token.toLatin1());
    window->activateWindow();
    // Spent, even where the platform did not read it (X11, offscreen, a compositor without xdg-activation): no later
    // window may come to the front on this launch's permission.
    qunsetenv("XDG_ACTIVATION_TOKEN");
#if QT_CONFIG(xcb)
    if (x11)
        completeStartup(x11, activation.startupId.toLatin1());
#endif
}
