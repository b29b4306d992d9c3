#!/bin/sh
# Starts the real app the way an agent does (an account id on the command line), headless, with a throw-away HOME
# and settings and no session bus (the keychain read fails fast and the key dialog opens), with the benchmark's probe
# (bench/StartupProbe.cpp) preloaded, and prints the probe's line: what the process looked like at its first frame
# and once its event loop first idled. VAR=value arguments after the probe are added to the app's environment.
#   probe-app.sh <app> <probe> [VAR=value…]
set -eu
app=$1
probe=$2
shift 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/run"
# A sanitizer build (.ci/sanitize.sh): its runtime must come first among the preloaded libraries.
asan=$(ldd "$app" | awk '/libasan/ { print $3 }')
preload=${asan:+$asan:}$probe
# LD_PRELOAD is given to the app alone (env after timeout): preloaded into timeout, a sanitizer runtime hangs it.
env -u DBUS_SESSION_BUS_ADDRESS HOME="$dir" XDG_CONFIG_HOME="$dir/config" XDG_RUNTIME_DIR="$dir/run" \
    QT_QPA_PLATFORM=offscreen BENCH_PROBE_EXIT=1 BENCH_PROBE_FD=3 \
    timeout 60 env LD_PRELOAD="$preload" "$@" "$app" acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR --provider linkedin 3>&1 >/dev/null 2>&1 ||
    true
