#!/usr/bin/env bash
# Run the NSIS installer under Wine (64-bit, Debian's wine + wine64) around a stand-in
# payload, as an administrator's silent deployment would: install (/S), check files,
# shortcuts and the 64-bit uninstall entry; upgrade to a version with another file list
# (in the same folder; the old files go, a file the administrator added stays); refuse to upgrade or uninstall
# while the program runs (exit 2); uninstall in place (_?=) and check only that file is left.
# The frozen Windows application itself cannot be built here: the payload is Wine's ping.exe
# standing in for fabrique-desktop.exe (something that can be kept running).
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
WORK=$(mktemp -d)
trap 'wineserver -k 2>/dev/null || true; rm -rf "$WORK"' EXIT
export WINEPREFIX=$WORK/prefix WINEDEBUG=-all WINEARCH=win64
wineboot -i >/dev/null 2>&1
C=$WINEPREFIX/drive_c
APP="$C/Applications/FabriqueDesktop"  # an administrator's choice (/D=), kept by upgrades
KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\FabriqueDesktop'
fail() { echo "FAILED: $*"; exit 1; }

installer() {  # installer VERSION PAYLOAD -> path of a 64-bit installer for that payload
    python3 file_lists.py "$2" "$WORK/lists-$1" >/dev/null
    makensis -V1 -INPUTCHARSET UTF8 -DAMD64 -DVERSION="$1" -DLISTS="$WORK/lists-$1" \
        -DOUTFILE="$WORK/setup-$1.exe" fabrique-desktop.nsi >&2
    echo "$WORK/setup-$1.exe"
}
mkdir -p "$WORK/v1/_internal/sous dossier" "$WORK/v2/_internal"
cp "$C/windows/system32/ping.exe" "$WORK/v1/fabrique-desktop.exe"
cp "$C/windows/system32/ping.exe" "$WORK/v1/fabrique-desktop-cli.exe"
printf 'données\n' > "$WORK/v1/_internal/sous dossier/é.txt"
cp "$WORK/v1/"*.exe "$WORK/v2/"
printf 'nouveau\n' > "$WORK/v2/_internal/nouveau.txt"
SETUP1=$(installer 0.1.0 "$WORK/v1")
SETUP2=$(installer 0.2.0 "$WORK/v2")

wine "$SETUP1" /S '/D=C:\Applications\FabriqueDesktop' || fail "silent install"
[ -f "$APP/_internal/sous dossier/é.txt" ] || fail "files not installed"
[ -f "$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Fabrique Desktop/Désinstaller Fabrique Desktop.lnk" ] \
    || fail "Start-menu shortcuts (accented name)"
[ -f "$C/users/Public/Desktop/Fabrique Desktop.lnk" ] || fail "desktop shortcut"
wine reg query "$KEY" /reg:64 | tr -d '\r' | tee "$WORK/key" | grep -q 'QuietUninstallString.*/S' \
    || fail "64-bit uninstall entry"
grep -q EstimatedSize "$WORK/key" || fail "EstimatedSize"
if wine reg query "${KEY/Software/Software\\Wow6432Node}" >/dev/null 2>&1; then fail "WOW6432Node"; fi
echo "install: files, shortcuts and the 64-bit uninstall entry are there"

printf 'à garder\n' > "$APP/note-de-l-admin.txt"
wine "$SETUP2" /S || fail "silent upgrade"  # no /D=: where the previous version is
[ ! -e "$APP/_internal/sous dossier" ] || fail "the old version's files were left"
[ -f "$APP/_internal/nouveau.txt" ] && [ -f "$APP/note-de-l-admin.txt" ] || fail "upgrade content"
wine reg query "$KEY" /reg:64 /v DisplayVersion | tr -d '\r' | grep -q 0.2.0 || fail "version"
echo "upgrade: in the same folder, the old files are gone, the administrator's file stays"

# In place (_?=, last on a command line that is not quoted): the exit status is the real one.
printf '"C:\\Applications\\FabriqueDesktop\\uninstall.exe" /S _?=C:\\Applications\\FabriqueDesktop\r\nexit /b %%ERRORLEVEL%%\r\n' \
    > "$C/uninstall-in-place.bat"
uninstall() { wine cmd /c 'C:\uninstall-in-place.bat' >/dev/null 2>&1; }
wine 'C:\Applications\FabriqueDesktop\fabrique-desktop.exe' -n 120 127.0.0.1 >/dev/null 2>&1 &
sleep 5
status=0; wine "$SETUP2" /S || status=$?
[ "$status" = 2 ] || fail "an upgrade over the running program returned $status"
status=0; uninstall || status=$?
[ "$status" = 2 ] && [ -f "$APP/fabrique-desktop.exe" ] || fail "uninstall while running: $status"
wineserver -k  # closes the program
wait || true
echo "running: upgrade and uninstall both refuse (exit 2) and change nothing"

uninstall || fail "silent uninstall"
left=$(cd "$APP" && find . -type f | sort | tr '\n' ' ')
[ "$left" = "./note-de-l-admin.txt ./uninstall.exe " ] || fail "left behind: $left"
[ ! -e "$C/users/Public/Desktop/Fabrique Desktop.lnk" ] || fail "desktop shortcut left"
[ ! -e "$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Fabrique Desktop" ] || fail "menu left"
if wine reg query "$KEY" /reg:64 >/dev/null 2>&1; then fail "uninstall entry left"; fi
echo "uninstall: only the administrator's file (and, in place, the uninstaller itself) is left"
echo "NSIS installer under Wine: all checks passed ($HERE/fabrique-desktop.nsi)"
