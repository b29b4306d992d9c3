#!/bin/sh
# with-secret-service.sh [--no-secret-service] COMMAND [ARGS…]
#
# Runs COMMAND inside a private D-Bus session that has its own unlocked GNOME Keyring (the Secret Service)
# and a throw-away HOME, so keychain tests meet a real Secret Service without touching the user's keyring.
# DISPLAY is unset: with a display and a locked keyring, gnome-keyring would open a prompt and wait forever.
# The temporary HOME is exported as CHECKPOINT_TEST_HOME too, so a test can scan it for leaked secrets.
# With --no-secret-service the private bus has no Secret Service at all, not even one it could start.
# Exits with COMMAND's status; 1 when dbus-run-session or gnome-keyring-daemon is missing.
set -eu

me=$(basename "$0")

secret_service=yes
if [ "${1-}" = "--no-secret-service" ]; then
    secret_service=no
    shift
fi
if [ $# -eq 0 ]; then
    echo "usage: $me [--no-secret-service] COMMAND [ARGS...]" >&2
    exit 2
fi

tools="dbus-run-session"
[ "$secret_service" = no ] || tools="$tools dbus-send gnome-keyring-daemon"
for tool in $tools; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$me: '$tool' was not found. Install the Debian packages 'dbus' (dbus-run-session, dbus-send) and" \
            "'gnome-keyring' to run the keychain tests." >&2
        exit 1
    fi
done

tmp_home=$(mktemp -d "${TMPDIR:-/tmp}/checkpoint-keychain.XXXXXX")
cleanup() {
    rm -rf "$tmp_home"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -m 700 "$tmp_home/runtime" "$tmp_home/data" "$tmp_home/config" "$tmp_home/cache"

export HOME="$tmp_home"
export CHECKPOINT_TEST_HOME="$tmp_home"
export XDG_RUNTIME_DIR="$tmp_home/runtime"
export XDG_DATA_HOME="$tmp_home/data"
export XDG_CONFIG_HOME="$tmp_home/config"
export XDG_CACHE_HOME="$tmp_home/cache"
# No display (no prompts), no outer session bus, and no desktop hints that would make QtKeychain choose
# KWallet instead of the Secret Service.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID

status=0
if [ "$secret_service" = no ]; then
    # A session bus like the standard one, minus the service directories that would let it start a keyring.
    cat >"$tmp_home/session-bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    dbus-run-session --config-file="$tmp_home/session-bus.conf" -- "$@" || status=$?
    exit "$status"
fi

# gnome-keyring-daemon --unlock creates the login keyring with the password from stdin and unlocks it, but
# may return before it owns org.freedesktop.secrets; a client that came too early would have the bus start
# a second daemon. So wait (5 s at most) for the name. The daemon leaves with the private bus.
dbus-run-session -- sh -c '
    if ! printf "throw-away-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "with-secret-service.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "with-secret-service.sh: gnome-keyring-daemon did not register the Secret Service" >&2
            exit 1
        fi
        sleep 0.05
    done
    exec "$@"
' sh "$@" || status=$?
exit "$status"
