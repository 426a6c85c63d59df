#!/bin/sh
# Launcher installed as /usr/bin/fabrique-desktop.
exec /opt/fabrique-desktop/fabrique-desktop "$@"
