#!/usr/bin/env bash
# Playwright must use Debian's Chromium: it never downloads a browser here (no network for that).
# Installs the `chromium` package when it is missing and we are root; otherwise says what to do.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $browser: installing Debian's chromium package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  [ -x "$browser" ] && exit 0
fi
cat >&2 <<MSG
Browser tests need Chromium at $browser and it is not there.
Install it (Debian/Ubuntu: sudo apt-get install chromium), or point CHROME_PATH at a Chromium
or Chrome binary, then run the tests again. Playwright's own browser download is not used.
MSG
exit 1
