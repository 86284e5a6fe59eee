#!/usr/bin/env bash
# Installs Debian's headless Chromium for the end-to-end tests when it is missing.
# Playwright cannot download its own browser here; the tests use this one.
# The headless shell is Chromium's engine without the desktop browser around
# it (Playwright's own choice for headless runs): on two cores the
# end-to-end tests take a third less time in it than in the full browser.
set -euo pipefail
browser="${FACTMARK_CHROMIUM:-/usr/bin/chromium-headless-shell}"
if [ -x "$browser" ]; then
  exit 0
fi
echo "Chromium is missing at $browser: installing Debian's chromium-headless-shell package for the end-to-end tests."
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Run as root or install it yourself (apt-get install chromium-headless-shell), or set FACTMARK_CHROMIUM to a Chromium." >&2
    exit 1
  fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium-headless-shell >/dev/null
"$browser" --version
