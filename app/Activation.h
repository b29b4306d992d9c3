#pragma once

#include <QString>
#include <QStringView>

// The desktop's permission for one launch to bring a window to the front: the xdg-activation token a Wayland
// launcher hands over in XDG_ACTIVATION_TOKEN, or the startup notification id an X11 launcher hands over in
// DESKTOP_STARTUP_ID. It belongs to the window that launch opens or raises, in whichever instance does it, and is
// used once (WindowActivation): never written anywhere, never logged, never kept for a later window.
struct Activation {
    QString token; // XDG_ACTIVATION_TOKEN; empty: none
    QString startupId; // DESKTOP_STARTUP_ID; empty: none

    static constexpr qsizetype MaxLength = 256;

    // Both variables, removed from the environment: call it first thing in main(), before the application object
    // exists. Qt's X11 plugin would take DESKTOP_STARTUP_ID for itself, and QtWayland would spend
    // XDG_ACTIVATION_TOKEN on whichever window asks for the focus first. A value isValid() refuses is dropped.
    static Activation takeFromEnvironment();
    // What a token or a startup id may be: 1 to MaxLength printable ASCII characters other than space, '"' and '\'
    // (so it goes into an X11 startup message unquoted).
    static bool isValid(QStringView value);

    bool isEmpty() const { return token.isEmpty() && startupId.isEmpty(); }
    friend bool operator==(const Activation &, const Activation &) = default;
};
