#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite.
# BUILD_DIR (default ./build) and CHECKPOINT_CMAKE_ARGS (e.g. -DCHECKPOINT_WERROR=ON) adjust it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}

"$top/tools/deps.sh"
# shellcheck disable=SC2086 # CHECKPOINT_CMAKE_ARGS is a list of arguments
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CHECKPOINT_CMAKE_ARGS:-}
cmake --build "$build" --parallel
ctest --test-dir "$build" --output-on-failure --label-exclude bench
