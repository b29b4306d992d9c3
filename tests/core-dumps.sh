#!/bin/sh
# The app holds the API key in memory, so it makes itself non-dumpable at the start of main(): a crash writes no core
# file and other processes of the user cannot read its memory. POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS=1 keeps core dumps
# for debugging. The benchmark's probe reports prctl(PR_GET_DUMPABLE) once the window is up (dumpable=).
#   core-dumps.sh <app> <probe>
set -eu
app=$1
probe=$2
status=0
expect() { # expect <dumpable> <what> [VAR=value]
    want=$1
    what=$2
    shift 2
    line=$("$(dirname "$0")/probe-app.sh" "$app" "$probe" "$@")
    got=$(printf '%s\n' "$line" | tr ' ' '\n' | sed -n 's/^dumpable=//p')
    if [ "$got" = "$want" ]; then
        echo "ok: dumpable=$got $what"
    else
        echo "FAIL: dumpable=${got:-(no probe line)} $what, expected $want; probe: $line"
        status=1
    fi
}
expect 0 "by default"
expect 1 "with POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS=1" POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS=1
expect 0 "with POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS=0" POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS=0
exit $status
