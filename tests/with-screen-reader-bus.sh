#!/usr/bin/env bash
# Runs one test where Qt's accessibility is live, as when a screen reader listens: its own X server (Xvfb), its own
# D-Bus session with the AT-SPI bus started in it, and Qt's AT-SPI bridge kept on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON)
# so that QAccessible::isActive() is true and every accessibility event reaches an installed update handler.
# Under offscreen there is no bridge at all, so nothing a screen reader would hear can be observed there.
#   with-screen-reader-bus.sh TEST [ARGS…]
# Exits 77 (skipped) when Xvfb or the AT-SPI bus is missing; tools/deps.sh installs both.
set -euo pipefail
command -v Xvfb >/dev/null || { echo "SKIP: Xvfb is not installed"; exit 77; }
[ -e /usr/share/dbus-1/services/org.a11y.Bus.service ] || { echo "SKIP: at-spi2-core is not installed"; exit 77; }

tmp=$(mktemp -d)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$tmp/display" ] && break
    sleep 0.05
done
[ -s "$tmp/display" ] || { echo "Xvfb did not start"; exit 1; }
export DISPLAY=":$(head -n1 "$tmp/display")"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
# Asking the session bus for the accessibility bus's address starts it (at-spi-bus-launcher), before Qt asks.
dbus-run-session -- sh -c 'dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null && exec "$@"' sh "$@"
