#!/usr/bin/env bash
# Build the .deb and check it as an administrator would before deploying it:
#  - the bundle holds only what packaging/linux/bundle-contents.txt lists (build-deb.sh);
#  - lintian (errors and warnings; the package's own overrides give each exception's reason),
#    desktop-file-validate and appstreamcli validate pass;
#  - Depends claims a libc at least as new as the newest GLIBC_ symbol version the bundle uses;
#  - on a clean Debian 12 (the oldest distribution the Depends allow: glibc 2.36), apt
#    installs it with its dependencies, the smoke test passes through /usr/bin/fabrique-desktop,
#    and purging it leaves nothing of it behind.
# Run as root, with network access to Debian's archive (debootstrap, apt). Slow: minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
APP_ID=fr.fabrique_initiatives.FabriqueDesktop
SUITE=bookworm
MIRROR=${MIRROR:-http://deb.debian.org/debian}
BASE=${CHROOT_CACHE:-/var/cache/fabrique-desktop-check}/$SUITE

# DEB=path/to/the.deb checks a package already built.
DEB=${DEB:-$(packaging/linux/build-deb.sh | tail -1)}
STAGE=$(mktemp -d)
ROOT=
cleanup() {
    if [ -n "$ROOT" ]; then
        umount "$ROOT/proc" 2>/dev/null || true
        rm -rf --one-file-system "$ROOT"
    fi
    rm -rf "$STAGE"
}
trap cleanup EXIT
dpkg-deb -x "$DEB" "$STAGE"  # what is validated is what the package holds
echo "$DEB: $(du -h "$DEB" | cut -f1) (installed: $(du -sh "$STAGE" | cut -f1))"
[ "$(stat -c %s "$DEB")" -le $((70 * 1024 * 1024)) ] || { echo "over 70 MB"; exit 1; }
dpkg-deb --field "$DEB" Depends

lintian --fail-on error,warning --tag-display-limit 0 "$DEB"
echo "lintian: clean (overrides: packaging/linux/lintian-overrides)"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"

# An independent scan of what dpkg-shlibdeps computed: the newest glibc symbol version.
NEEDED=$(find "$STAGE/opt" -type f \( -name '*.so*' -o -name fabrique-desktop \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' \
    | sort -uV | tail -1)
CLAIMED=$(dpkg-deb --field "$DEB" Depends | sed -n 's/.*libc6 (>= \([0-9.]*\)).*/\1/p')
dpkg --compare-versions "$CLAIMED" ge "$NEEDED" \
    || { echo "Depends claims libc6 >= $CLAIMED but the bundle needs GLIBC_$NEEDED"; exit 1; }
echo "libc: the bundle needs GLIBC_$NEEDED, Depends claims libc6 (>= $CLAIMED)"

# A clean Debian 12 each time: a fresh copy of a cached minimal debootstrap.
if [ ! -x "$BASE/usr/bin/apt-get" ]; then
    rm -rf "$BASE"
    mkdir -p "$(dirname "$BASE")"
    debootstrap --variant=minbase "$SUITE" "$BASE" "$MIRROR" >/dev/null
fi
ROOT=$(mktemp -d /var/tmp/fabrique-check.XXXXXX)
cp -a "$BASE/." "$ROOT/"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
mount -t proc proc "$ROOT/proc"
cp "$DEB" "$ROOT/tmp/"
inside() {
    chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
quietly() { "$@" >"$STAGE/log" 2>&1 || { cat "$STAGE/log"; return 1; }; }  # apt's chatter
echo "Debian $(cat "$ROOT/etc/debian_version"), glibc $(inside ldd --version | head -1 | grep -o '[0-9.]*$')"
quietly inside apt-get update
quietly inside apt-get install -y --no-install-recommends "/tmp/$(basename "$DEB")"
START=$(date +%s.%N)
inside env HOME=/tmp/home QT_QPA_PLATFORM=offscreen /usr/bin/fabrique-desktop --smoke-test
echo "smoke test through /usr/bin/fabrique-desktop on Debian $SUITE: ok in $(echo "$(date +%s.%N) - $START" | bc) s"
inside dpkg --verify fabrique-desktop
quietly inside apt-get purge -y fabrique-desktop
for left in /opt/fabrique-desktop /usr/bin/fabrique-desktop \
    "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml"; do
    [ ! -e "$ROOT$left" ] || { echo "left behind after purge: $left"; exit 1; }
done
echo "installed, smoke-tested and purged on a clean Debian $SUITE chroot"
