#!/usr/bin/env bash
# Build dist/fabrique-desktop_<version>_amd64.deb: the frozen bundle under
# /opt/fabrique-desktop, a /usr/bin launcher, a .desktop entry, icons, AppStream data.
# Needs: the project installed in the current Python with PyInstaller, and dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import fabrique_desktop; print(fabrique_desktop.__version__)')
PACKAGE="fabrique-desktop_${VERSION}_amd64"

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build \
    packaging/pyinstaller/fabrique-desktop.spec

STAGE="build/deb/$PACKAGE"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/48x48/apps" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/fabrique-desktop"
cp -a dist/fabrique-desktop "$STAGE/opt/fabrique-desktop"
install -m 0755 packaging/linux/fabrique-desktop.sh "$STAGE/usr/bin/fabrique-desktop"
install -m 0644 packaging/linux/fabrique-desktop.desktop "$STAGE/usr/share/applications/"
install -m 0644 resources/icons/fabrique-desktop.png \
    "$STAGE/usr/share/icons/hicolor/256x256/apps/fabrique-desktop.png"
install -m 0644 resources/icons/fabrique-desktop-48.png \
    "$STAGE/usr/share/icons/hicolor/48x48/apps/fabrique-desktop.png"
sed "s/@VERSION@/$VERSION/; s/@DATE@/$(date +%Y-%m-%d)/" packaging/linux/fabrique-desktop.metainfo.xml \
    > "$STAGE/usr/share/metainfo/fr.fabrique-desktop.metainfo.xml"
install -m 0644 resources/fonts/LICENSE-*.txt resources/reference/LICENSE-*.txt \
    "$STAGE/usr/share/doc/fabrique-desktop/"

SIZE=$(du -sk "$STAGE" | cut -f1)
sed "s/@VERSION@/$VERSION/; s/@SIZE@/$SIZE/" packaging/linux/control > "$STAGE/DEBIAN/control"
dpkg-deb --build --root-owner-group -Zxz "$STAGE" "dist/$PACKAGE.deb" >/dev/null
echo "dist/$PACKAGE.deb"
