#!/usr/bin/env bash
# A throwaway PostgreSQL for tests: `start DIR PORT` prints a DATABASE_URL, `stop DIR` stops it, `resume DIR PORT`
# starts a stopped one again with its data (the fault tests restart it under load).
# Runs the server as the `postgres` system user (initdb refuses root); fsync is off (tests only) unless PG_FSYNC=on.
set -euo pipefail
usage='usage: pg-throwaway.sh start DIR PORT | stop DIR | resume DIR PORT'
cmd=${1:?$usage}
dir=${2:?DIR}
pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
launch() {
  as_pg "$pgbin/pg_ctl" -D "$dir" -l "$dir/log" -w -t 30 \
    -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-off} -c max_connections=300" start >/dev/null
}
case "$cmd" in
  start)
    port=${3:?PORT}
    rm -rf "$dir" && mkdir -p "$dir" && chmod 700 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg "$pgbin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    launch "$port"
    as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres helpline
    echo "postgres://postgres@127.0.0.1:$port/helpline"
    ;;
  stop)
    as_pg "$pgbin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  resume) launch "${3:?PORT}" ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
