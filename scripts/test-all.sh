#!/usr/bin/env bash
# Every test the project has, in order of cost: types, lint and format, unit, then browser tests
# against the built site. Stops at the first failing stage and names it.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

stage() {
  local name="$1"
  shift
  echo
  echo "=== $name: $*"
  local started=$SECONDS
  if ! "$@"; then
    echo "=== FAILED: $name" >&2
    exit 1
  fi
  echo "=== $name passed in $((SECONDS - started)) s"
}

stage "types" npm run --silent check
stage "lint" npm run --silent lint
stage "unit" npx vitest run
stage "chromium" bash scripts/ensure-chromium.sh
stage "build" npm run --silent build
stage "budget" npm run --silent budget
stage "browser" npx playwright test
echo
echo "All test stages passed."
