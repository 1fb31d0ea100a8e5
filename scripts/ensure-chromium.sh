#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the end-to-end tests. Idempotent; never
# downloads a browser of its own (Playwright's own download does not work on this network).
set -euo pipefail
chrome="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $chrome; installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$chrome" ] && exit 0
fi
echo "Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM=/path/to/chromium) and run the tests again." >&2
exit 1
