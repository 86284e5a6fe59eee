#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests when it is missing.
# Playwright cannot download its own browser here; the tests use this one.
set -euo pipefail
browser="${FACTMARK_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
echo "Chromium is missing at $browser: installing Debian's chromium package for the end-to-end tests."
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Run as root or install chromium yourself (apt-get install chromium), or set FACTMARK_CHROMIUM." >&2
    exit 1
  fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
"$browser" --version
