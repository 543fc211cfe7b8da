#!/usr/bin/env bash
# Shared by the two front-door commands: install what is missing (Debian 12 packages),
# then configure and build with CMake + Ninja into ./build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${MESH_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libsqlite3-dev sqlite3 libpq-dev postgresql libprotobuf-dev libprotoc-dev libyaml-cpp-dev nlohmann-json3-dev
    libgraphviz-dev graphviz qt6-svg-dev fonts-dejavu-core
)

"$ROOT/scripts/apt-install.sh" "${PACKAGES[@]}"
# --no-build: only the packages (the sanitizer run builds into a folder of its own).
if [ "${1:-}" = "--no-build" ]; then exit 0; fi

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${MESH_BUILD_TYPE:-RelWithDebInfo}"
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
