#!/usr/bin/env bash
# Makes sure Debian's chromium is installed at /usr/bin/chromium, for the live view's browser tests (which start it
# headless and drive it over the DevTools protocol). Safe to run again: when it is there it does nothing. Otherwise
# it installs the chromium package with apt-get (using sudo only when not root).
set -euo pipefail

browser=/usr/bin/chromium

if [[ -x "$browser" ]]; then
  echo "chromium is already installed at $browser: nothing to do."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need $browser and apt-get is not available: install Chromium so that $browser runs it." >&2
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Installing chromium needs root, and sudo is not available: run this script as root." >&2
  exit 1
fi

if ! apt-cache show chromium >/dev/null 2>&1; then
  echo "The package list does not know chromium yet: running apt-get update."
  "${as_root[@]}" apt-get update
fi

echo "Installing the chromium package with apt-get."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium

if [[ ! -x "$browser" ]]; then
  echo "The chromium package was installed but $browser is missing: install Chromium so that $browser runs it." >&2
  exit 1
fi

echo "Installed $("$browser" --version 2>/dev/null || echo chromium) at $browser."
