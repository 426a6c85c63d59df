#!/usr/bin/env bash
# Compile the NSIS script on Linux (Debian's nsis package), with the Linux bundle
# standing in as payload, so that a syntax error in the installer cannot ship.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
VERSION=$(cd "$ROOT" && python3 -c 'import fabrique_desktop; print(fabrique_desktop.__version__)')
test -d "$ROOT/dist/fabrique-desktop" || { echo "build the bundle first (packaging/linux/build-deb.sh)"; exit 1; }
OUT=$(mktemp -d)/FabriqueDesktop-check-setup.exe
makensis -V2 -DVERSION="$VERSION" -DBUNDLE="$ROOT/dist/fabrique-desktop" -DOUTFILE="$OUT" fabrique-desktop.nsi
echo "NSIS script compiles: $(du -h "$OUT" | cut -f1) installer (Linux payload)"
