#!/usr/bin/env bash
# Build the .deb, install it with apt like a user would, run the smoke test through the
# installed launcher, then remove the package. Run as root (apt-get).
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=$(packaging/linux/build-deb.sh | tail -1)
SIZE_MB=$(( $(stat -c %s "$DEB") / 1024 / 1024 ))
echo "$DEB: ${SIZE_MB} MB (target: at most 70 MB)"
[ "$SIZE_MB" -le 70 ]
apt-get install -y -qq "./$DEB" >/dev/null
trap 'apt-get remove -y -qq fabrique-desktop >/dev/null' EXIT
START=$(date +%s.%N)
HOME=$(mktemp -d) /usr/bin/fabrique-desktop --smoke-test
echo "smoke test through /usr/bin/fabrique-desktop: ok in $(echo "$(date +%s.%N) - $START" | bc) s"
test -f /usr/share/applications/fabrique-desktop.desktop
