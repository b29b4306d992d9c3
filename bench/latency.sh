#!/usr/bin/env bash
# What agents feel: Enter -> the answer, with a round-trip time between the app and a TLS fake API. The real app runs
# on Xvfb with the latency probe preloaded (it types the code and presses Enter, bench/LatencyProbe.cpp); a relay adds
# the RTT, half each way (bench/LatencyRelay.cpp); the fake API answers after a server time and closes connections
# idle for a while (tests/fakeapi). A throwaway CA signs the fake's certificate; the app trusts it only here: the
# script runs in a private mount namespace where /etc/ssl/certs is a copy with that CA added (the system's trust store
# is not changed). curl, cold and on a reused connection, is measured the same way for comparison.
#
#   bench/latency.sh [BUILD_DIR]     default BUILD_DIR: ./build-bench (built here unless SKIP_BUILD=1)
#   RUNS=7 RTT_MS=100 SERVER_MS=20 IDLE_TIMEOUT_MS=4000
#   APP=/path/to/postpress-checkpoint   another build's app (e.g. main's, for "before"); the tools come from BUILD_DIR
#   CASES="first idle second"          which app cases; WRAP="strace -f -ttt -o /tmp/trace" runs the app under a tool
#   SMAPS_DIR=/some/dir                the app's /proc/self/smaps after the first answer goes there, one file per run
#
# Needs root, or unprivileged user namespaces (unshare), and: xvfb xauth dbus gnome-keyring libsecret-tools openssl
# curl (installed from apt when missing, as root).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$top/build-bench}")
runs=${RUNS:-7}
rtt=${RTT_MS:-100}
server_ms=${SERVER_MS:-20}
idle_ms=${IDLE_TIMEOUT_MS:-4000}
app=$(realpath -m "${APP:-$build/postpress-checkpoint}")
account=acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR

case "${CHECKPOINT_LATENCY_STAGE:-}" in
"")
    # shellcheck source=bench/install-missing.sh
    . "$top/bench/install-missing.sh"
    install_missing xvfb-run:xvfb xauth:xauth dbus-run-session:dbus gnome-keyring-daemon:gnome-keyring \
        secret-tool:libsecret-tools openssl:openssl curl:curl unshare:util-linux
    if [ -z "${SKIP_BUILD:-}" ]; then
        cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
            -DCHECKPOINT_BUILD_TESTS=ON >/dev/null
        cmake --build "$build" --target postpress-checkpoint bench_latency_probe bench_latency_relay fake-postpress-api
    fi
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    # The throwaway CA and the fake's certificate for 127.0.0.1, valid for a day.
    ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -days 1 -subj /CN=checkpoint-latency-bench-ca -keyout "$work/ca.key" \
        -out "$work/ca.pem" 2>/dev/null
    openssl req "${ec[@]}" -subj /CN=127.0.0.1 -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' >"$work/server.ext"
    openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 1 \
        -extfile "$work/server.ext" -out "$work/server.pem" 2>/dev/null
    # The trust store the app and curl see inside the namespace: the system's, plus the CA (hashed link, bundle).
    cp -a /etc/ssl/certs "$work/certs"
    cp "$work/ca.pem" "$work/certs/checkpoint-latency-bench-ca.pem"
    ln -s checkpoint-latency-bench-ca.pem "$work/certs/$(openssl x509 -hash -noout -in "$work/ca.pem").0"
    cat "$work/ca.pem" >>"$work/certs/ca-certificates.crt"
    userns=()
    [ "$(id -u)" = 0 ] || userns=(--map-root-user)
    CHECKPOINT_LATENCY_STAGE=namespace work=$work app=$app \
        unshare --mount --propagation private "${userns[@]}" -- "$0" "$build"
    exit
    ;;
namespace)
    mount --bind "$work/certs" /etc/ssl/certs
    export CHECKPOINT_LATENCY_STAGE=inner
    exec xvfb-run -a -s '-screen 0 1280x900x24' dbus-run-session -- "$0" "$build" 2> >(grep -v dbus-daemon >&2)
    ;;
esac

# ---- inside the namespace, Xvfb and a private D-Bus session from here on ----
out=$work/out
mkdir -p "$out"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$build/tests/fakeapi/fake-postpress-api" --key bench-key --tls-cert "$work/server.pem" --tls-key "$work/server.key" \
    --delay-ms "$server_ms" --idle-timeout-ms "$idle_ms" --port-file "$out/fake.port" >/dev/null &
pids+=($!)
for _ in $(seq 50); do [ -s "$out/fake.port" ] && break; sleep 0.1; done
"$build/bench/bench_latency_relay" --target-port "$(cat "$out/fake.port")" --rtt-ms "$rtt" \
    --port-file "$out/relay.port" &
pids+=($!)
for _ in $(seq 50); do [ -s "$out/relay.port" ] && break; sleep 0.1; done
url=https://127.0.0.1:$(cat "$out/relay.port")/v1
printf bench-key | secret-tool store --label="PostPress API key" server ai.postpress.Checkpoint \
    user "api-key:$url" type plaintext
echo "app: $app"
echo "RTT $rtt ms (relay), server time $server_ms ms, server idle timeout $idle_ms ms, $runs runs per case, $(nproc) CPUs"

run_app() { # run_app CASE: one start of the app; the probe's line goes to $out/CASE.lines
    local home
    home=$(mktemp -d "$out/home.XXXX")
    mkdir -m 700 "$home/run"
    # shellcheck disable=SC2086 # WRAP is a command with its arguments
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
        LANGUAGE=en BENCH_LATENCY_CASE=$1 BENCH_SMAPS_DIR=${SMAPS_DIR:-} BENCH_PROBE_FD=3 LD_PRELOAD=$build/bench/libbench_latency_probe.so \
        timeout 60 ${WRAP:-} "$app" "$account" --provider linkedin --api-url "$url" 3>>"$out/$1.lines" >/dev/null 2>&1 || true
}
curl_post() { # one or more POSTs on one curl (--next reuses the connection); prints each one's time in ms
    local body='{"account_id":"'$account'","provider":"LINKEDIN","code":"123456"}' args=() i
    for ((i = 0; i < $1; ++i)); do
        [ "$i" = 0 ] || args+=(--next)
        args+=(-s -o /dev/null -w '%{time_total}\n' -X POST -H 'X-API-KEY: bench-key' -H 'Content-Type: application/json'
            -d "$body" "$url/accounts/checkpoint")
    done
    curl "${args[@]}" | awk '{ printf "%.1f\n", $1 * 1000 }'
}

for ((run = 1; run <= runs; ++run)); do
    for case in ${CASES:-first idle second}; do run_app "$case"; done
    curl_post 1 >>"$out/curl-cold.ms"
    curl_post 2 | sed -n 2p >>"$out/curl-warm.ms"
done

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$out/$1.lines" 2>/dev/null; }
median() { sort -n | awk 'NF { v[++n] = $1 } END { if (n == 0) print "-"; else printf "%.1f", (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }'; }
largest() { sort -n | tail -1; }
floor=$((rtt + server_ms))
row() { # row LABEL VALUES
    local m
    m=$(median <<<"$2")
    printf '%-62s %9s %7s %9s  %s\n' "$1" "$m" "$floor" \
        "$(awk -v m="$m" -v f="$floor" 'BEGIN { if (m == "-") print "-"; else printf "%+.1f", m - f }')" \
        "$(awk -v m="$m" -v f="$floor" 'BEGIN { if (m == "-") print ""; else print (m - f <= 15 ? "within 15 ms" : "") }')"
}
echo
echo "== Enter -> answer reaches the app, medians of $runs [ms]"
printf '%-62s %9s %7s %9s\n' "case" "median" "floor" "over"
row "first submission, Enter 1.5 s after the window opens" "$(field first answer0_ms)"
row "after the server closed its idle connection (typing at 8 s)" "$(field idle answer0_ms)"
row "second submission in the same window, 2 s after the first" "$(field second answer1_ms)"
row "curl, new connection" "$(cat "$out/curl-cold.ms")"
row "curl, reused connection" "$(cat "$out/curl-warm.ms")"
echo
echo "== The window while it warms (a 1 ms timer from the first frame to Enter, first case), and memory"
echo "longest wait of the event loop before typing (key read, warm-up, TLS loaded) [ms]: median" \
    "$(field first gap_open_ms | median), largest $(field first gap_open_ms | largest)"
echo "longest wait of the event loop while typing (6 keys) [ms]: median $(field first gap_typing_ms | median)," \
    "largest $(field first gap_typing_ms | largest)"
echo "peak RSS [KiB] as typing starts (key read, connection warm): median $(field first hwm_typing_kb | median);" \
    "after the first answer: median $(field first hwm_kb | median)"
echo "resident after the first answer [KiB]: mapped files (libraries, fonts) $(field first rss_file_kb | median)," \
    "anonymous (heap, stacks) $(field first rss_anon_kb | median); threads $(field first threads | median)"
for case in ${CASES:-first idle second}; do
    bad=$(grep -cv ' ok=1' "$out/$case.lines" || true)
    have=$(grep -c . "$out/$case.lines" || true)
    [ "$bad" = 0 ] && [ "$have" = "$runs" ] || echo "note: $case: $have lines, $bad without an answer"
done
