#!/usr/bin/env bash
# Makes sure a nats-server of version 2.9 or later is on PATH, for the Kamaelia.Nats tests (which start their
# own servers on 127.0.0.1). Safe to run again: when a suitable server is there it does nothing. Otherwise it
# installs Debian's nats-server package with apt-get (using sudo only when not root).
set -euo pipefail

required_major=2
required_minor=9

version_of() {
  # "nats-server: v2.9.10" -> "2.9.10"
  "$1" --version 2>/dev/null | sed -n 's/.*v\([0-9][0-9]*\.[0-9][0-9]*\(\.[0-9][0-9]*\)\{0,1\}\).*/\1/p' | head -n 1
}

recent_enough() {
  local major minor
  IFS=. read -r major minor _ <<<"$1"
  [[ -n "$major" && -n "$minor" ]] || return 1
  (( major > required_major || (major == required_major && minor >= required_minor) ))
}

find_server() {
  # Debian installs it in /usr/sbin, which is not on every user's PATH.
  command -v nats-server 2>/dev/null && return 0
  local candidate
  for candidate in /usr/sbin/nats-server /usr/bin/nats-server /usr/local/bin/nats-server; do
    [[ -x "$candidate" ]] && { echo "$candidate"; return 0; }
  done
  return 1
}

if existing=$(find_server); then
  version=$(version_of "$existing")
  if [[ -n "$version" ]] && recent_enough "$version"; then
    echo "nats-server $version is already installed at $existing: nothing to do."
    exit 0
  fi
  echo "nats-server at $existing is version '${version:-unknown}', older than $required_major.$required_minor: installing the packaged one."
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "nats-server $required_major.$required_minor+ is needed and apt-get is not available: install it from https://nats.io/download/ and put it on PATH." >&2
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "Installing nats-server needs root, and sudo is not available: run this script as root." >&2
  exit 1
fi

if ! apt-cache show nats-server >/dev/null 2>&1; then
  echo "The package list does not know nats-server yet: running apt-get update."
  "${as_root[@]}" apt-get update
fi

echo "Installing the nats-server package with apt-get."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y nats-server

installed=$(find_server || true)
version=$([[ -n "$installed" ]] && version_of "$installed" || true)
if [[ -z "$version" ]] || ! recent_enough "$version"; then
  echo "The packaged nats-server is version '${version:-none}'; $required_major.$required_minor or later is needed: install it from https://nats.io/download/." >&2
  exit 1
fi

echo "Installed nats-server $version at $installed."
