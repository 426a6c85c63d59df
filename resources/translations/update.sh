#!/usr/bin/env bash
# Refresh the French catalogue from the source, then compile it.
#   1. pyside6-lupdate collects every tr() string of the UI into fabrique_desktop_fr.ts
#      (existing translations are kept; new strings arrive "unfinished");
#   2. translate the new strings (Qt Linguist: pyside6-linguist fabrique_desktop_fr.ts);
#   3. run this script again: pyside6-lrelease compiles the .qm that the package ships.
# A test fails while any string is unfinished or missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=$(find fabrique_desktop/ui fabrique_desktop/app.py -name '*.py' | sort)
pyside6-lupdate -no-obsolete -source-language en -target-language fr_FR \
    $sources -ts resources/translations/fabrique_desktop_fr.ts
pyside6-lrelease resources/translations/fabrique_desktop_fr.ts \
    -qm resources/translations/fabrique_desktop_fr.qm
