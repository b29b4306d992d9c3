#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (-DCHECKPOINT_SANITIZE=ON)
# in a build directory of its own. A memory error, a leak or undefined behaviour aborts the test that caused it,
# and the test fails.
# BUILD_DIR (default ./build-sanitize) sets the build directory.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build-sanitize}

"$top/tools/deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHECKPOINT_SANITIZE=ON -DCHECKPOINT_WERROR=ON
cmake --build "$build" --parallel

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure --label-exclude bench
