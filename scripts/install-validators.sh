#!/usr/bin/env bash
# The conformance tests check exported files with each format's own validator: protoc (a
# Debian package) and, from npm, ajv, avsc and the official AsyncAPI parser, pinned by
# tests/conformance/package-lock.json; and EventCatalog itself with the Node.js 22 it needs,
# pinned by tests/eventcatalog/package-lock.json. Installs what is missing; reinstalls the
# npm tools when a lock file changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Node.js may come from elsewhere than Debian: only a missing command asks for the package.
# iproute2: the EventCatalog build brings up loopback in its own network namespace.
packages=(protobuf-compiler iproute2)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
"$ROOT/scripts/apt-install.sh" "${packages[@]}"

# No install scripts: the tools need none, and some dependencies' would report usage.
for folder in conformance eventcatalog; do
    cd "$ROOT/tests/$folder"
    if ! cmp -s package-lock.json node_modules/.meshstudio-installed-lock 2>/dev/null; then
        SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
        cp package-lock.json node_modules/.meshstudio-installed-lock
    fi
done
# The SARIF Multitool's package ships its program without the executable bit.
chmod +x "$ROOT/tests/conformance/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
