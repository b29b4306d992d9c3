#!/bin/sh
# with-private-journal.sh COMMAND [ARGS…]
#
# Runs COMMAND in a private mount namespace in which /run/systemd/journal is an empty tmpfs: the test listens on the
# journal's socket path there and reads the datagrams libsystemd sends, and the machine's own journal (if it has one)
# never sees them. As root the namespace is a mount namespace (unshare -m); as anyone else a user namespace too
# (unshare -rm), where the caller is root inside. CHECKPOINT_PRIVATE_JOURNAL=yes tells the test where it is.
# Exits 77 (ctest's SKIP_RETURN_CODE) when no such namespace can be made here: a container without CAP_SYS_ADMIN, a
# kernel or a sandbox that refuses (unprivileged) user namespaces. Otherwise exits with COMMAND's status.
set -eu

me=$(basename "$0")
if [ $# -eq 0 ]; then
    echo "usage: $me COMMAND [ARGS...]" >&2
    exit 2
fi

# The deepest folder on the way that exists takes the tmpfs (on a machine without systemd, /run itself); the rest is
# made inside it.
for mountpoint in /run/systemd/journal /run/systemd /run; do
    [ -d "$mountpoint" ] && break
done

if [ "${CHECKPOINT_PRIVATE_JOURNAL-}" != entering ]; then
    flags=-rm
    [ "$(id -u)" -ne 0 ] || flags=-m
    if ! unshare $flags --propagation private mount -t tmpfs probe "$mountpoint" 2>/dev/null; then
        echo "$me: SKIP: no private mount namespace here (unshare $flags, then mount -t tmpfs on $mountpoint, failed)"
        exit 77
    fi
    CHECKPOINT_PRIVATE_JOURNAL=entering exec unshare $flags --propagation private "$0" "$@"
fi

mount -t tmpfs -o mode=0755 checkpoint-journal "$mountpoint"
mkdir -p /run/systemd/journal
CHECKPOINT_PRIVATE_JOURNAL=yes
export CHECKPOINT_PRIVATE_JOURNAL
exec "$@"
