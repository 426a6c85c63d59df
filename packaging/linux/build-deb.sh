#!/usr/bin/env bash
# Build dist/fabrique-desktop_<version>_amd64.deb: the frozen bundle under
# /opt/fabrique-desktop, a /usr/bin launcher, a .desktop entry, icons, AppStream data,
# copyright, changelog, md5sums and lintian overrides.
# The bundle must match packaging/linux/bundle-contents.txt, and Depends is computed by
# dpkg-shlibdeps from the symbol versions the bundle's ELF files need: the package claims
# no older libc (or other library) than the one it really runs on.
# Needs: the project installed in the current Python with PyInstaller; dpkg-dev, binutils,
# patchelf, and fonts-dejavu-core + fonts-dejavu-extra (the fonts the package links to).
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import fabrique_desktop; print(fabrique_desktop.__version__)')
PACKAGE="fabrique-desktop_${VERSION}_amd64"
APP_ID=fr.fabrique_initiatives.FabriqueDesktop
LINUX=packaging/linux

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build \
    packaging/pyinstaller/fabrique-desktop.spec >&2
"$PYTHON" "$LINUX/check_bundle.py" dist/fabrique-desktop "$LINUX/bundle-contents.txt" >&2

STAGE="build/deb/$PACKAGE"
DOC="$STAGE/usr/share/doc/fabrique-desktop"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/48x48/apps" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/lintian/overrides" "$DOC"
cp -a dist/fabrique-desktop "$STAGE/opt/fabrique-desktop"
# Shared libraries: stripped of their debugging symbols, and not executable. The
# executable itself is left alone: PyInstaller appends the application's archive to it.
find "$STAGE/opt" -type f -name '*.so*' -exec chmod 0644 {} + \
    -exec strip --strip-unneeded --remove-section=.comment --remove-section=.note {} +
# Python's build leaves its own library folder as RUNPATH (a build machine's path, where a
# user could plant libraries): only $ORIGIN-relative paths, into the bundle, are kept.
find "$STAGE/opt" -type f -name '*.so*' -print0 | while IFS= read -r -d '' library; do
    runpath=$(patchelf --print-rpath "$library")
    if [ -n "$runpath" ] && [[ "$runpath" != '$ORIGIN'* ]]; then
        patchelf --remove-rpath "$library"
    fi
done
# DejaVu is the distribution's (the same files): links, not a second copy of each font.
for font in DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSans-Oblique.ttf; do
    bundled="$STAGE/opt/fabrique-desktop/_internal/fabrique_desktop/resources/fonts/$font"
    cmp -s "$bundled" "/usr/share/fonts/truetype/dejavu/$font" \
        || { echo "$font differs from the distribution's: update resources/fonts" >&2; exit 1; }
    ln -sf "/usr/share/fonts/truetype/dejavu/$font" "$bundled"
done
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/opt" -type f ! -name '*.so*' ! -path '*/opt/fabrique-desktop/fabrique-desktop' \
    -exec chmod 0644 {} +

install -m 0755 "$LINUX/fabrique-desktop.sh" "$STAGE/usr/bin/fabrique-desktop"
mkdir -p "$STAGE/usr/share/man/man1"
gzip -9n < "$LINUX/fabrique-desktop.1" > "$STAGE/usr/share/man/man1/fabrique-desktop.1.gz"
chmod 0644 "$STAGE/usr/share/man/man1/fabrique-desktop.1.gz"
install -m 0644 "$LINUX/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 0644 resources/icons/fabrique-desktop.png \
    "$STAGE/usr/share/icons/hicolor/256x256/apps/fabrique-desktop.png"
install -m 0644 resources/icons/fabrique-desktop-48.png \
    "$STAGE/usr/share/icons/hicolor/48x48/apps/fabrique-desktop.png"
sed "s/@VERSION@/$VERSION/; s/@DATE@/$(date -u +%Y-%m-%d)/" "$LINUX/$APP_ID.metainfo.xml" \
    > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 0644 resources/fonts/LICENSE-*.txt resources/reference/LICENSE-*.txt "$DOC/"
install -m 0644 "$LINUX/copyright" "$DOC/copyright"
sed "s/@VERSION@/$VERSION/; s/@RFC2822DATE@/$(date -uR)/" "$LINUX/changelog" \
    | gzip -9n > "$DOC/changelog.gz"  # a native package: built here, no Debian revision
chmod 0644 "$DOC/changelog.gz"
install -m 0644 "$LINUX/lintian-overrides" "$STAGE/usr/share/lintian/overrides/fabrique-desktop"

# Depends: what the bundle's ELF files need from the system, at the versions their
# symbols require. Libraries carried inside the bundle are searched there (-l), not asked
# of any package. dpkg-shlibdeps wants a debian/control: a minimal one in a scratch folder.
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir "$SCRATCH/debian"
printf 'Source: fabrique-desktop\n\nPackage: fabrique-desktop\nArchitecture: amd64\n' \
    > "$SCRATCH/debian/control"
BUNDLE=$(cd "$STAGE/opt/fabrique-desktop" && pwd)
mapfile -t ELF < <(find "$BUNDLE" -type f \( -name '*.so*' -o -name fabrique-desktop \) \
    -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
mapfile -t LIBDIRS < <(find "$BUNDLE" -type f -name '*.so*' -printf '-l%h\n' | sort -u)
SHLIBS=$(cd "$SCRATCH" && dpkg-shlibdeps -O --ignore-missing-info "${LIBDIRS[@]}" "${ELF[@]}" \
    2>"$SCRATCH/warnings" | sed -n 's/^shlibs:Depends=//p')
grep -v "no dependency information\|unresolvable reference\|other similar warnings\|binaries to analyze should already be installed\|but none of the dependencies\|not linked against" \
    "$SCRATCH/warnings" >&2 || true
test -n "$SHLIBS"

SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed "s/@VERSION@/$VERSION/; s/@SIZE@/$SIZE/; s/@DEPENDS@/$SHLIBS/" "$LINUX/control" \
    > "$STAGE/DEBIAN/control"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/md5sums" "$STAGE/DEBIAN/control"
dpkg-deb --build --root-owner-group -Zxz "$STAGE" "dist/$PACKAGE.deb" >/dev/null
echo "dist/$PACKAGE.deb"
