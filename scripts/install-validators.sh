#!/usr/bin/env bash
# The conformance tests check exported files with each format's own validator: protoc (a
# Debian package) and, from npm, ajv, avsc and the official AsyncAPI parser, pinned by
# tests/conformance/package-lock.json. Installs what is missing; reinstalls the npm tools
# when the lock file changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Node.js may come from elsewhere than Debian: only a missing command asks for the package.
packages=(protobuf-compiler)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
"$ROOT/scripts/apt-install.sh" "${packages[@]}"

cd "$ROOT/tests/conformance"
if ! cmp -s package-lock.json node_modules/.meshstudio-installed-lock 2>/dev/null; then
    # No install scripts: the validators need none, and one dependency's would report usage.
    SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.meshstudio-installed-lock
fi
