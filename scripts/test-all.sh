#!/usr/bin/env bash
# Every test the project has, in order of cost: types, lint and format, unit, then browser tests
# against the built site and the LMS packages made from it. Stops at the first failing stage and names it; ends with one line
# "tests: N passed, N failed" counting the unit and browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

stage() {
  local name="$1"
  shift
  echo
  echo "=== $name: $*"
  local started=$SECONDS
  if ! "$@" 2>&1 | tee "$log/$name.txt"; then
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
stage "package" npm run --silent package
stage "budget" npm run --silent budget
stage "browser" npx playwright test

strip() { sed -E 's/\x1b\[[0-9;]*m//g' "$1"; }
unit=$(strip "$log/unit.txt" | grep -E '^\s*Tests\s' | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' | head -1)
browser=$(strip "$log/browser.txt" | grep -oE '^\s*[0-9]+ passed' | grep -oE '[0-9]+' | tail -1)
echo
echo "All test stages passed: ${unit:-0} unit tests, ${browser:-0} browser tests."
echo "tests: $(( ${unit:-0} + ${browser:-0} )) passed, 0 failed"
