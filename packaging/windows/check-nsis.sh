#!/usr/bin/env bash
# Compile the NSIS script on Linux (Debian's nsis package) around a stand-in payload, so
# that a syntax error in the installer cannot ship: a tiny dummy bundle, or the folder given
# (e.g. dist/fabrique-desktop: slower, LZMA over 130 MB). Prints the installer's path.
#     packaging/windows/check-nsis.sh [PAYLOAD_FOLDER]
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
VERSION=$(cd "$ROOT" && python3 -c 'import fabrique_desktop; print(fabrique_desktop.__version__)')
WORK=$(mktemp -d)
PAYLOAD=${1:-}
if [ -z "$PAYLOAD" ]; then
    PAYLOAD=$WORK/payload
    mkdir -p "$PAYLOAD/_internal/sous dossier"
    printf 'MZ stand-in\n' > "$PAYLOAD/fabrique-desktop.exe"
    printf 'MZ stand-in\n' > "$PAYLOAD/fabrique-desktop-cli.exe"
    printf 'données\n' > "$PAYLOAD/_internal/sous dossier/é.txt"
fi
python3 file_lists.py "$PAYLOAD" "$WORK/lists" >&2
OUT=$WORK/FabriqueDesktop-check-setup.exe
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DLISTS="$WORK/lists" -DOUTFILE="$OUT" \
    fabrique-desktop.nsi >&2
echo "NSIS script compiles: $(du -h "$OUT" | cut -f1) installer ($PAYLOAD)" >&2
echo "$OUT"
