#!/usr/bin/env bash
# Makes sure csharp-ls 0.28.0 is at artifacts/tools/csharp-ls, for the language-server tests in
# tests/Kamaelia.Gen.Package.Tests (which find it there, or wherever CSHARP_LS points). Safe to run again: when
# that version is already there it does nothing. Otherwise it installs the .NET tool from the configured package
# sources into that folder (not globally, so no other csharp-ls on the machine is touched).
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.28.0
tool_path="$(pwd)/artifacts/tools"
executable="$tool_path/csharp-ls"

installed_version() {
  # "csharp-ls, 0.28.0 (name)+commit" -> "0.28.0"
  "$executable" --version 2>/dev/null | sed -n 's/^csharp-ls, \([0-9][0-9.]*\).*/\1/p' | head -n 1
}

if [[ -x "$executable" ]]; then
  existing=$(installed_version || true)
  if [[ "$existing" == "$version" ]]; then
    echo "csharp-ls $version is already installed at $executable: nothing to do."
    exit 0
  fi
  echo "csharp-ls at $executable is version '${existing:-unknown}', not $version: replacing it."
  dotnet tool uninstall csharp-ls --tool-path "$tool_path" >/dev/null
fi

mkdir -p "$tool_path"
dotnet tool install csharp-ls --version "$version" --tool-path "$tool_path"

installed=$(installed_version || true)
if [[ "$installed" != "$version" ]]; then
  echo "csharp-ls at $executable reports version '${installed:-none}' after installing $version." >&2
  exit 1
fi

echo "Installed csharp-ls $version at $executable."
