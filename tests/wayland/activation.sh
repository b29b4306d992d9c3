#!/usr/bin/env bash
# Comes to the front on Wayland: the real app under a headless mutter (GNOME's compositor, which gives a window the
# focus only with an xdg-activation token minted by the client that has it), with a "browser" holding the focus.
#
#   activation.sh APP MINTER FAKE_API      (through with-secret-service.sh: a private session bus, a keyring, HOME)
#
# 1. The first launch's window takes the keyboard: a digit typed goes into its code field.
# 2. A second launch with no token, then one with a bogus token, leaves the window behind: the browser keeps the
#    focus and the keys typed next.
# 3. A second launch with a token the browser minted brings the window to the front with the keyboard: the rest of
#    the code typed then, and Enter, reach the fake API as one code for that account.
# 4. A second browser window takes the focus; a launch without a token leaves the window behind again. (Mutter also
#    refuses a token used once, so this cannot show that the app spends it: tst_activation does.)
# 5. A token from it opens a new account's window in front, with the keyboard: its code reaches the fake API. (Mutter
#    43 also focuses a new window that came without a token, so 5 alone would not catch a lost token; 3 and 4 do.)
# Which window has the focus: the browser (wl-token-minter) logs activated=0/1 and the keys it gets; the app logs
# where its keyboard focus goes (QT_LOGGING_RULES=postpress.focus.debug=true); the fake API lists what was sent.
# Exit 0 when all of it holds, 1 when not (with the logs), 77 (skipped) when mutter is not installed.
set -u
app=$1
minter=$2
fake_api=$3
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v mutter >/dev/null; then
    echo "SKIP: mutter is not installed (tools/deps.sh installs it)"
    exit 77
fi
fail_setup() { echo "FAIL: $*"; exit 1; }
for tool in secret-tool /usr/bin/python3; do
    command -v "$tool" >/dev/null || fail_setup "$tool is missing (tools/deps.sh installs it)"
done
/usr/bin/python3 -c 'import dbus' 2>/dev/null || fail_setup "python3-dbus is missing (tools/deps.sh installs it)"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -n "${XDG_CONFIG_HOME:-}" ] \
    || fail_setup "run through tests/with-secret-service.sh: a private session bus, runtime and configuration folders"

work=$(mktemp -d "${TMPDIR:-/tmp}/checkpoint-wayland.XXXXXX")
pids=()
cleanup() {
    exec 4>&- 5>&- 6>&- 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
start=$(date +%s%N)
log() { printf '[%5d ms] %s\n' $((($(date +%s%N) - start) / 1000000)) "$*"; }
# waitfor SECONDS COMMAND...: true as soon as COMMAND is, false after SECONDS.
waitfor() {
    local tries=$(($1 * 10))
    shift
    until "$@"; do
        tries=$((tries - 1))
        [ "$tries" -gt 0 ] || return 1
        sleep 0.1
    done
}
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then log "ok: $what"; else log "FAIL: $what"; failures=$((failures + 1)); fi
}
show_logs() {
    for file in "$work"/*.log; do
        echo "---- $(basename "$file")"
        cat "$file"
    done
    echo "---- requests the fake API received"
    /usr/bin/python3 -c 'import json, sys, urllib.request
for r in json.load(urllib.request.urlopen(sys.argv[1])): print(r["path"], r["body"])' \
        "http://127.0.0.1:$(cat "$work/port")/_fake/requests"
}

export WAYLAND_DISPLAY=wl-checkpoint-test QT_QPA_PLATFORM=wayland QT_LOGGING_RULES=postpress.focus.debug=true
unset DISPLAY XDG_ACTIVATION_TOKEN DESKTOP_STARTUP_ID

# The fake API, and the key for it in the keyring, so that a code typed and Enter reach it.
"$fake_api" --port 0 --port-file "$work/port" >"$work/api.log" 2>&1 &
pids+=($!)
waitfor 5 test -s "$work/port" || fail_setup "the fake API did not start"
url="http://127.0.0.1:$(cat "$work/port")/v1"
printf demo-key | secret-tool store --label='PostPress API key' server ai.postpress.Checkpoint user "api-key:$url" \
    type plaintext || fail_setup "secret-tool could not store the key"

# No key repeat: on a busy machine mutter may pass a typed key's release on late enough for the app to repeat it.
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
printf '[org/gnome/desktop/peripherals/keyboard]\nrepeat=false\n' >"$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
GSETTINGS_BACKEND=keyfile mutter --headless --wayland --no-x11 --virtual-monitor 1280x800 --wayland-display="$WAYLAND_DISPLAY" \
    >"$work/mutter.log" 2>&1 &
pids+=($!)
waitfor 20 test -S "$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY" || { show_logs; fail_setup "mutter did not start"; }
mkfifo "$work/keys"
/usr/bin/python3 "$here/mutter-keyboard.py" <"$work/keys" >"$work/keyboard.log" 2>&1 &
pids+=($!)
exec 4>"$work/keys"
echo enter >&4 # the seat has a keyboard from the first key on; no window yet, so it goes nowhere
waitfor 10 grep -q '^typed' "$work/keyboard.log" || { show_logs; fail_setup "no keyboard for mutter's seat"; }
log "mutter, its keyboard, the fake API and the keyring are up"

type_keys() { echo "$1" >&4; }
lines() { wc -l <"$1"; }
# since FILE MARK PATTERN: a line matching PATTERN after the first MARK lines of FILE.
since() { tail -n +$(($2 + 1)) "$1" | grep -q -- "$3"; }
app_focus() { since "$work/app.log" "$1" "focus codeEdit window $2 ("; }
# sent ACCOUNT CODE: the fake API received exactly that code for that account.
sent() {
    /usr/bin/python3 - "$(cat "$work/port")" "$1" "$2" <<'EOF'
import json, sys, urllib.request
port, account, code = sys.argv[1:]
requests = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/_fake/requests"))
bodies = [json.loads(r["body"]) for r in requests if r["path"].endswith("/accounts/checkpoint")]
sys.exit(0 if {"account_id": account, "code": code} in [{k: b.get(k) for k in ("account_id", "code")} for b in bodies] else 1)
EOF
}
launch() { # launch ACCOUNT [TOKEN]: a second launch, as a click on a link runs it; true when it handed over
    if [ -n "${2-}" ]; then
        XDG_ACTIVATION_TOKEN=$2 "$app" "$1" --provider linkedin --api-url "$url" >>"$work/launches.log" 2>&1
    else
        "$app" "$1" --provider linkedin --api-url "$url" >>"$work/launches.log" 2>&1
    fi
}
browser() { # browser N: a new browser window, which takes the focus
    mkfifo "$work/browser$1.in"
    "$minter" --app-id "browser$1" <"$work/browser$1.in" >"$work/browser$1.tokens" 2>"$work/browser$1.log" &
    pids+=($!)
    eval "exec $((4 + $1))>\"$work/browser$1.in\""
    waitfor 5 grep -q 'activated=1' "$work/browser$1.log" && waitfor 5 grep -q 'keyboard enter' "$work/browser$1.log"
} # (it exits at once, saying why, where the compositor has no xdg_activation_v1)
mint() { # mint N: a token from browser N
    local before
    before=$(lines "$work/browser$1.tokens")
    echo mint >&$((4 + $1))
    waitfor 5 bash -c '[ "$(wc -l <"$0")" -gt "$1" ]' "$work/browser$1.tokens" "$before" && tail -1 "$work/browser$1.tokens"
}
# stays_behind N ACCOUNT [TOKEN]: after the launch, browser N keeps the focus and gets the key typed next.
stays_behind() {
    local app_mark browser_mark
    app_mark=$(lines "$work/app.log")
    browser_mark=$(lines "$work/browser$1.log")
    launch "$2" "${3-}" || return 1
    sleep 1.5 # a raise that works takes about 0.1 s (step 3 shows it)
    type_keys 7
    waitfor 5 since "$work/browser$1.log" "$browser_mark" 'key 8' \
        && ! since "$work/browser$1.log" "$browser_mark" 'activated=0' \
        && ! since "$work/app.log" "$app_mark" 'focus codeEdit'
}
# comes_forward N ACCOUNT TOKEN: after the launch, the app's code field for ACCOUNT has the keyboard.
comes_forward() {
    local app_mark browser_mark
    app_mark=$(lines "$work/app.log")
    browser_mark=$(lines "$work/browser$1.log")
    launch "$2" "$3" || return 1
    waitfor 5 app_focus "$app_mark" "$2" && waitfor 5 since "$work/browser$1.log" "$browser_mark" 'activated=0' \
        && sleep 0.3 # as a person would take before typing: the window has just come up
}

# 1. The first launch.
"$app" acc_FIRST --provider linkedin --api-url "$url" >"$work/app.log" 2>&1 &
pids+=($!)
check "the first window has the keyboard in its code field" waitfor 10 app_focus 0 acc_FIRST
type_keys 1
check "a browser window takes the focus" browser 1

# 2. Without a token, or with a bogus one: left behind.
check "a launch without a token leaves the window behind" stays_behind 1 acc_FIRST
check "a launch with a bogus token leaves the window behind" stays_behind 1 acc_FIRST not-a-real-token

# 3. With a token the browser minted: in front, with the keyboard.
token=$(mint 1)
check "a launch with the browser's token brings the window to the front with the keyboard" \
    comes_forward 1 acc_FIRST "$token"
type_keys 23456
type_keys enter
check "the code typed into the first window and after the raise was sent, and nothing else" \
    waitfor 5 sent acc_FIRST 123456

# 4. The token was used once.
check "a second browser window takes the focus" browser 2
check "a later launch without a token leaves the window behind again" stays_behind 2 acc_FIRST

# 5. A new account's window, with a token.
token=$(mint 2)
check "a new account's window opened with the browser's token comes to the front with the keyboard" \
    comes_forward 2 acc_SECOND "$token"
type_keys 123456
type_keys enter
check "the code typed into the new window was sent for its account" waitfor 5 sent acc_SECOND 123456

if [ "$failures" -gt 0 ]; then
    show_logs
    log "$failures check(s) failed"
    exit 1
fi
log "all checks passed"
