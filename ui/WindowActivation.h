#pragma once

#include "Activation.h"

class QWidget;

// Shows a window and asks for the keyboard with one launch's permission (Activation), spending it on that one
// request. On Wayland the token goes to QtWayland, which reads XDG_ACTIVATION_TOKEN once in requestActivate(); on
// X11 the startup id goes on the window (_NET_STARTUP_ID, which window managers match against the launch's time)
// and the startup notification is completed, as Qt does only for the id it found at start. Without either, the
// window asks as any window does, and the compositor may leave it behind.
namespace WindowActivation {

void present(QWidget *window, const Activation &activation);

} // namespace WindowActivation
