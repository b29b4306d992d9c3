#!/usr/bin/env bash
# No program or library built here takes shared libraries from a folder that depends on where it is started or where
# it lies: in a RUNPATH or RPATH an empty element is the current directory, a relative one is relative to it, and
# $ORIGIN is the binary's own folder, which may be a copy in a shared one. Only absolute folders pass.
# Every ELF file under the build directory is read with readelf -d: the app, the plugins, the tests, the fake API,
# the benchmarks, whatever is added later (CMake's own probes and the object files in CMakeFiles/ aside).
#   runpath.sh <build directory>
set -euo pipefail
build=$1

# An empty, relative or $-token ($ORIGIN, $LIB, $PLATFORM) element in a colon-separated list.
unsafe() {
    case ":$1:" in
    *::* | *:[!/]* | *\$*) return 0 ;;
    esac
    return 1
}

checked=0
status=0
while IFS= read -r -d '' file; do
    [ "$(head -c 4 "$file")" = $'\177ELF' ] || continue
    checked=$((checked + 1))
    while IFS= read -r line; do
        kind=${line#*(}
        path=${line#*\[}
        path=${path%]}
        if unsafe "$path"; then
            echo "FAIL: ${file#"$build"/}: ${kind%%)*} [$path]"
            status=1
        fi
    done < <(readelf -d "$file" | grep -E '\((RUNPATH|RPATH)\)' || true)
done < <(find "$build" -name CMakeFiles -prune -o -type f -print0)
[ "$checked" -gt 0 ] || { echo "FAIL: no ELF file under $build"; exit 1; }
echo "$checked programs and libraries read, $([ $status = 0 ] && echo none || echo some) with an unsafe RUNPATH/RPATH"
exit $status
