#!/usr/bin/env bash
# Installs what is missing, builds, starts the fake PostPress API on loopback and opens the app against it.
# The fake API accepts the key "demo-key" and the code 123456 (see tests/fakeapi/README.md for more).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
port=${DEMO_PORT:-8765}

"$top/tools/deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel --target postpress-checkpoint fake-postpress-api

"$build/tests/fakeapi/fake-postpress-api" --port "$port" --key demo-key --good-code 123456 &
fake=$!
trap 'kill "$fake" 2>/dev/null || true' EXIT

echo
echo "Demo: the fake API listens on http://127.0.0.1:$port/v1."
echo "When the app asks for an API key, paste: demo-key"
echo "Then type the code 123456 (accepted), any other code (rejected), or press 'Try another way'."
echo
"$build/postpress-checkpoint" acc_DEMO0000000000000000000001 --provider linkedin --api-url "http://127.0.0.1:$port/v1"
