#!/bin/sh
# The real app, started the way an agent starts it (an account id on the command line), maps none of the libraries
# that the first frame does not need before that frame: OpenSSL, Qt's TLS plugin, libphonenumber. QtNetwork is
# linked and mapped (0.45 MB of it is touched only when the network access manager is made, after the frame); the
# TLS library comes with the first warm-up, which needs a key: in this run there is none (no session bus), so it is
# still not mapped once the deferred work has run.
# The instrument is the benchmark's probe (bench/StartupProbe.cpp, preloaded by probe-app.sh), which reports what is
# mapped at the first frame (libs=) and once the event loop first idles after it (settled_libs=).
#   startup-libraries.sh <app> <probe>
set -eu
app=$1
probe=$2
line=$("$(dirname "$0")/probe-app.sh" "$app" "$probe")
echo "probe: $line"
field() { printf '%s\n' "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
libs=$(field libs)
settled=$(field settled_libs)
window=$(field window)
status=0
expect() { # expect <list name> <list> <library> <0|1>
    case ",$2," in
    *",$3:$4,"*) echo "ok: $3 is $([ "$4" = 1 ] && echo mapped || echo not mapped) at $1" ;;
    *) echo "FAIL: $3 should be $([ "$4" = 1 ] && echo mapped || echo not mapped) at $1 ($2)"; status=1 ;;
    esac
}
[ "$window" = QWidgetWindow/CheckpointWindowWindow ] || { echo "FAIL: the first frame was not the window ($window)"; status=1; }
for library in ssl tlsplugin phonenumber protobuf netinfo; do
    expect "the first frame" "$libs" "$library" 0
done
expect "first idle" "$settled" ssl 0
exit $status
