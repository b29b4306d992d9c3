#!/usr/bin/env bash
# Takes the README's screenshots of the real window: Xvfb, a private D-Bus session with an unlocked
# gnome-keyring holding the fake API's key, the fake API on loopback, xdotool typing, ImageMagick's import.
# Usage: tools/screenshots.sh [BUILD_DIR] (default ./build). Needs: xvfb xauth xdotool imagemagick.
# SCALE=2 takes them at 200 %.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
out=${OUT_DIR:-$top/docs/screenshots}
mkdir -p "$out"

if [ -z "${CHECKPOINT_SCREENSHOT_INNER:-}" ]; then
    export CHECKPOINT_SCREENSHOT_INNER=1
    exec xvfb-run -a -s '-screen 0 1280x900x24' dbus-run-session -- "$0" "$build"
fi

home=$(mktemp -d)
fake_pid=
app_pid=
trap 'kill $app_pid $fake_pid 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
# Unlocked before anyone asks, and registered on the bus before secret-tool comes: a client that came too early
# would have the bus start a second, locked keyring, whose prompt nobody answers.
printf pw | DISPLAY= gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
    sleep 0.05
done
port=$((20000 + RANDOM % 20000))
"$build/tests/fakeapi/fake-postpress-api" --port "$port" >/dev/null &
fake_pid=$!
url="http://127.0.0.1:$port/v1"
printf demo-key | secret-tool store --label='PostPress API key' server ai.postpress.Checkpoint user "api-key:$url" type plaintext
export QT_SCALE_FACTOR=${SCALE:-1}

shot() { # shot NAME: the window that is up, cropped to itself
    sleep 0.6
    local id
    id=$(xdotool search --sync --onlyvisible --classname postpress-checkpoint | tail -1)
    /usr/bin/import -window "$id" "$out/$1.png"
    echo "$out/$1.png"
}
start_app() {
    "$build/postpress-checkpoint" "$@" --api-url "$url" &
    app_pid=$!
    local id
    id=$(xdotool search --sync --onlyvisible --classname postpress-checkpoint | tail -1)
    sleep 0.8
    xdotool windowfocus --sync "$id"
}
type_code() {
    xdotool type --delay 20 "$1"
    xdotool key Return
}
next() {
    curl -s -X POST "http://127.0.0.1:$port/_fake/next" -d "$1" >/dev/null
}
stop_app() { kill $app_pid; wait $app_pid 2>/dev/null || true; app_pid=; }

start_app acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR --provider linkedin
shot ready
type_code 654321
shot rejected-code
xdotool key ctrl+a
type_code 123456
shot connected
stop_app

start_app acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR --provider instagram
next '{"status":503,"type":"errors/no_client_session","retry_after":20}'
type_code 123456
shot service-unavailable
stop_app

start_app acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR --provider linkedin
next '{"object":"Checkpoint","checkpoint_type":"PHONE_REGISTER"}'
type_code 123456
xdotool type --delay 20 '201 555 0123'
shot phone-number
stop_app
