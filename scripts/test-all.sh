#!/usr/bin/env bash
# Every test the project has, in order of cost: the content check, types, lint and format, unused
# exports (knip), unit, then browser tests against the built site and the LMS packages made from it. Stops at the first
# failing stage and names it. Whatever happens, it ends with the time each stage took and one line
# "tests: N passed, N failed" counted from the unit and browser runners' own reports (a run that
# stopped early counts what did run).
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
log=$(mktemp -d)
timings=()
failed_stage=""

strip() { sed -E 's/\x1b\[[0-9;]*m//g' "$1"; }

# The first number before `word` in a text, or 0 ("Tests  2 failed | 500 passed" → 500 for "passed").
count_of() {
  local found
  found=$(grep -oE "[0-9]+ $1" <<<"$2" | head -1 | grep -oE '^[0-9]+')
  echo "${found:-0}"
}

# Passed and failed tests in a vitest log ("Tests  2 failed | 500 passed (502)").
vitest_counts() {
  local line
  line=$(strip "$1" | grep -E '^\s*Tests\s' | tail -1)
  echo "$(count_of passed "$line") $(count_of failed "$line")"
}

# Passed and failed (or flaky, timed out, interrupted) tests in a Playwright list-reporter log.
playwright_counts() {
  local text passed bad=0 word
  text=$(strip "$1" | grep -E '^\s*[0-9]+ (passed|failed|flaky|timed out|interrupted)\b')
  passed=$(count_of passed "$text")
  for word in failed flaky 'timed out' interrupted; do
    bad=$((bad + $(count_of "$word" "$text")))
  done
  echo "$passed $bad"
}

summary() {
  local passed=0 failed=0 p f
  if [[ -f "$log/unit.txt" ]]; then
    read -r p f <<<"$(vitest_counts "$log/unit.txt")"
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
  fi
  if [[ -f "$log/browser.txt" ]]; then
    read -r p f <<<"$(playwright_counts "$log/browser.txt")"
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
  fi
  echo
  echo "Stage times: ${timings[*]:-none}"
  if [[ -n "$failed_stage" ]]; then
    echo "Stopped at the failing stage: $failed_stage."
  else
    echo "All test stages passed."
  fi
  echo "tests: $passed passed, $failed failed"
  rm -rf "$log"
}
trap summary EXIT

stage() {
  local name="$1"
  shift
  echo
  echo "=== $name: $*"
  local started=$SECONDS
  "$@" 2>&1 | tee "$log/$name.txt"
  local status=${PIPESTATUS[0]}
  timings+=("$name $((SECONDS - started)) s")
  if [[ $status -ne 0 ]]; then
    echo "=== FAILED: $name" >&2
    failed_stage="$name"
    exit 1
  fi
  echo "=== $name passed in $((SECONDS - started)) s"
}

stage "content" npm run --silent check-content
stage "types" npm run --silent check
stage "lint" npm run --silent lint
stage "unused" npm run --silent unused
stage "unit" npx vitest run
stage "chromium" bash scripts/ensure-chromium.sh
stage "build" npm run --silent build
stage "package" npm run --silent package
stage "budget" npm run --silent budget
stage "browser" npx playwright test
