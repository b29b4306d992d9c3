#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60), starting from a copy of its seed
# corpus, and fails on any crash, leak, hang, out-of-memory or sanitizer report. Ends with one line per target
# and its execution count.
#   .ci/fuzz.sh [SECONDS]
# BUILD_DIR (default ./build-fuzz) is the clang build directory (-DCHECKPOINT_FUZZ=ON). Targets run side by side,
# FUZZ_JOBS at a time (default: the number of processors), each on one core. Inputs that failed are kept in
# BUILD_DIR/fuzz-artifacts. Needs clang 14 with its runtimes: installed here when missing, since only CI fuzzes.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build=${BUILD_DIR:-$top/build-fuzz}
jobs=${FUZZ_JOBS:-$(nproc)}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [SECONDS]" >&2; exit 2; }

install_missing() {
    local missing=() package status
    for package in "$@"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
        [ "$status" = installed ] || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# clang-14: the compiler; libclang-rt-14-dev: libFuzzer and the sanitizer runtimes; llvm-14: llvm-symbolizer,
# so that reports name functions and lines.
"$top/tools/deps.sh"
install_missing clang-14 libclang-rt-14-dev llvm-14

# CXX, not CMAKE_CXX_COMPILER: it only chooses the compiler of a new build directory, so an existing one is
# reconfigured, not wiped (one configured with g++ stops with cmake/Fuzzing.cmake's message).
CXX=clang++-14 cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHECKPOINT_FUZZ=ON -DCHECKPOINT_WERROR=ON -DCHECKPOINT_BUILD_TESTS=OFF
cmake --build "$build" --target checkpoint_fuzzers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# fuzz_one NAME EXECUTABLE SEEDS: fuzzes from a copy of the seeds (libFuzzer adds what it finds to the corpus
# directory, and the repository is never written); the log and the exit status go to $work.
fuzz_one() {
    local name=$1 executable=$2 seeds=$3
    local corpus="$work/$name.corpus"
    mkdir -p "$corpus"
    cp "$seeds"/* "$corpus"/
    local status=0
    # -timeout: an input that runs 10 s is a hang; -rss_limit_mb: libFuzzer's default, stated.
    (cd "$work" && "$executable" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$name-" "$corpus") >"$work/$name.log" 2>&1 || status=$?
    echo "$status" >"$work/$name.status"
}

names=()
while IFS=$'\t' read -r name executable seeds; do
    names+=("$name")
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    echo "fuzzing $name for $seconds s"
    fuzz_one "$name" "$executable" "$seeds" &
done <"$build/tests/fuzz/fuzzers.txt"
wait

failed=0
summary=()
for name in "${names[@]}"; do
    log="$work/$name.log"
    status=$(cat "$work/$name.status")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    seeds=$(grep -m 1 -o 'INFO: seed corpus: files: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
    corpus=$(find "$work/$name.corpus" -type f | wc -l)
    # A sanitizer that reports and carries on still fails the run.
    if [ "$status" -ne 0 ] || grep -q -E '^SUMMARY: |runtime error:|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer' "$log"; then
        result=FAILED
        failed=1
        echo "==== $name failed (exit status $status); the end of its log:"
        tail -n 60 "$log"
        for input in "$artifacts/$name"-*; do
            [ -e "$input" ] || continue
            echo "==== input $input, base64 (decode with: base64 -d):"
            base64 "$input" | head -c 8192
            echo
        done
    else
        result=passed
    fi
    summary+=("$(printf '%-22s %-7s %12s executions in %4s s   corpus %s -> %s' \
        "$name" "$result" "${runs:-?}" "$seconds" "${seeds:-?}" "$corpus")")
done

echo "==== fuzzing summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
