#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server half of the tests.
#
#   eval "$(tests/postgres/cluster.sh start)"   # exports FABRIQUE_TEST_DATABASE and PG_CLUSTER
#   tests/postgres/cluster.sh stop "$PG_CLUSTER"
#
# Data and socket live in one temporary folder; the server listens on its Unix socket
# only (no TCP port to collide with another run). initdb and pg_ctl refuse to run as
# root: under root they run as the `postgres` user that Debian's package creates.
set -euo pipefail

bin_dir() {
    local pg_config
    pg_config=$(command -v pg_config || true)
    if [ -n "$pg_config" ] && [ -x "$("$pg_config" --bindir)/initdb" ]; then
        "$pg_config" --bindir
        return
    fi
    # Debian keeps the server's programs out of PATH, one folder per major version.
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bin folder
    bin=$(bin_dir)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL introuvable : apt-get install postgresql" >&2
        exit 2
    fi
    folder=$(mktemp -d /tmp/fabrique-pg.XXXXXX)
    chmod 755 "$folder"
    [ "$(id -u)" = 0 ] && chown postgres: "$folder"
    # UTF-8 and the C.UTF-8 locale: folding and lower() must treat « É » as a letter.
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start \
        -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null
    echo "export PG_CLUSTER='$folder'"
    echo "export FABRIQUE_TEST_DATABASE='postgresql://postgres@/postgres?host=$folder'"
}

stop() {
    local folder=$1 bin
    bin=$(bin_dir)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:?folder}" ;;
    *) echo "usage: $0 start | stop FOLDER" >&2; exit 2 ;;
esac
