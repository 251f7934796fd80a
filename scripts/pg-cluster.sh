#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the integration tests (DB_DRIVER=pg).
#
#   scripts/pg-cluster.sh [start]     initdb in a new temp dir, start on 127.0.0.1, wait until ready; prints
#                                       TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
#                                       PG_CLUSTER_DIR=/tmp/meedoen-pg.XXXX
#                                     on stdout (so `eval "$(scripts/pg-cluster.sh)"` works); logs go to stderr
#   scripts/pg-cluster.sh stop DIR    stop the cluster in DIR and delete DIR
#
# Port: $PGPORT, or the first free one from 54329. Trust authentication, listening on 127.0.0.1 only,
# fsync off: for tests only, never for real data. PostgreSQL refuses to run as root, so as root the
# cluster runs as the `postgres` user (created when missing) via runuser.
set -euo pipefail

log() { printf 'pg-cluster: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

for bin in initdb pg_ctl postgres; do
  command -v "$bin" >/dev/null || die "$bin is not on PATH (install PostgreSQL 15: apt-get install postgresql-15, or add its bin dir to PATH)"
done

RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "creating system user postgres"
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  RUN_AS=(runuser -u postgres --)
fi
as_owner() { "${RUN_AS[@]}" "$@"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_cluster() {
  local dir=$1
  [ -n "$dir" ] && [ -d "$dir" ] || die "no cluster directory '$dir'"
  [ -f "$dir/.meedoen-pg-cluster" ] || die "$dir was not created by scripts/pg-cluster.sh; refusing to delete it"
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner pg_ctl stop -D "$dir/data" -m fast -w -t 30 >&2 || log "pg_ctl stop failed (already stopped?)"
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

failed_start() {
  local dir=$CLEANUP_DIR
  log "start failed; cleaning up $dir"
  if [ -f "$dir/log" ]; then tail -n 20 "$dir/log" >&2; fi
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner pg_ctl stop -D "$dir/data" -m immediate -w -t 30 >&2 || true; fi
  rm -rf "$dir"
}

start_cluster() {
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/meedoen-pg.XXXXXX")
  touch "$dir/.meedoen-pg-cluster"
  # Clean up on any failure (error or die) before the cluster is handed over.
  CLEANUP_DIR=$dir
  trap 'failed_start' EXIT

  if [ -n "${PGPORT:-}" ]; then
    port=$PGPORT
    port_in_use "$port" && die "PGPORT=$port is already in use"
  else
    port=54329
    while port_in_use "$port"; do
      port=$((port + 1))
      [ "$port" -lt 54429 ] || die "no free port in 54329-54428; set PGPORT"
    done
  fi

  if [ "${#RUN_AS[@]}" -gt 0 ]; then
    chown -R postgres: "$dir"
  fi
  log "initdb in $dir/data (PostgreSQL $(postgres --version | awk '{print $3}'))"
  as_owner initdb -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; false; }
  cat >>"$dir/data/postgresql.conf" <<EOF

# scripts/pg-cluster.sh: throwaway test cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
  as_owner pg_ctl start -D "$dir/data" -l "$dir/log" -w -t 60 >&2

  # pg_ctl -w already waited; make sure TCP accepts connections too (bounded: 30 s).
  local i
  for i in $(seq 1 60); do
    if command -v pg_isready >/dev/null; then
      pg_isready -q -h 127.0.0.1 -p "$port" -U postgres && break
    else
      port_in_use "$port" && break
    fi
    sleep 0.5
  done
  [ "$i" -lt 60 ] || die "PostgreSQL did not accept connections on 127.0.0.1:$port within 30 s"
  trap - EXIT
  log "ready on 127.0.0.1:$port; stop with: scripts/pg-cluster.sh stop $dir"
  echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
  echo "PG_CLUSTER_DIR=$dir"
}

case "${1:-start}" in
  start) start_cluster ;;
  stop) stop_cluster "${2:-}" ;;
  *) die "usage: $0 [start] | stop DIR" ;;
esac
