#!/usr/bin/env bash
# No include cycle inside app/: if Foo.h or Foo.cpp includes "Bar.h", module Foo depends on module Bar, and no module
# may depend on itself through others (CheckpointClient -> ApiKeyController -> ApiKeyStore -> CheckpointClient was
# one). #pragma once hides such a cycle from the compiler, so the graph is read from the #include "…" lines and
# sorted with tsort, which names the modules of a loop and fails.
#   include-cycles.sh <folder>   (app/ of the source tree)
set -euo pipefail
cd "$1"

edges=$(for file in *.h *.cpp; do
    from=${file%.*}
    sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"/]*\)\.h".*/\1/p' "$file" | while IFS= read -r to; do
        # Only headers of this folder, and not the module's own header.
        if [ -f "$to.h" ] && [ "$to" != "$from" ]; then echo "$from $to"; fi
    done
done)

if ! loop=$(tsort <<<"$edges" 2>&1 >/dev/null) || [ -n "$loop" ]; then
    echo "FAIL: include cycle in $1:"
    echo "$loop" | sed -n 's/^tsort: //p' | grep -v 'input contains a loop'
    exit 1
fi
echo "PASS: $(wc -l <<<"$edges") includes between the modules of $1, no cycle"
