#!/usr/bin/env bash
# The house style's size rule for functions: none in app/ or ui/ longer than 40 lines, checked by clang-tidy's
# readability-function-size (.clang-tidy at the top of the source tree sets the threshold and makes it an error).
# Data tables are namespace-scope variables, not functions, so they are not counted. Every .cpp of app/ and ui/
# is read with the build's own compile flags; functions in their headers count too.
#   function-size.sh <source directory> <build directory with compile_commands.json>
set -euo pipefail
src=$(cd "$1" && pwd)
build=$2
tidy=$(command -v clang-tidy-14 || command -v clang-tidy) || { echo "FAIL: clang-tidy is not installed (tools/deps.sh)"; exit 1; }

# Compiled files only (compile_commands.json has no entry for a .cpp that no target builds).
files=$(grep -o "\"file\": *\"$src/\(app\|ui\)/[^\"]*\.cpp\"" "$build/compile_commands.json" | cut -d'"' -f4 | sort -u)
status=0
# shellcheck disable=SC2016 # $0 and $1 belong to the inner shell
xargs -P "$(nproc)" -n 1 sh -c '"$0" -p "$1" --quiet --header-filter="^$2/(app|ui)/[^/]*\.h$" "$3" 2>/dev/null' \
    "$tidy" "$build" "$src" <<<"$files" >"$build/function-size.log" || status=1
grep -E "error: function|note: [0-9]+ lines" "$build/function-size.log" | sed "s|$src/||" | sort -u || true
if [ "$status" -ne 0 ]; then
    echo "FAIL: functions over 40 lines (above), or clang-tidy could not read a file ($build/function-size.log)"
    exit 1
fi
echo "PASS: $(wc -l <<<"$files") files of app/ and ui/, no function over 40 lines"
