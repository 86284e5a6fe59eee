#!/usr/bin/env bash
# Starts (or stops) the PostgreSQL server and Redis the multi-instance tests
# and benchmark use, from Debian's packages, installing them when missing.
#
#   bash scripts/test-services.sh start   # prints and writes .test-services.env
#   bash scripts/test-services.sh stop
#
# Both listen on 127.0.0.1 on free ports, with their files in one folder
# (FACTMARK_SERVICES_DIR, default $TMPDIR/factmark-test-services). The tests
# read FACTMARK_TEST_DATABASE_URL and FACTMARK_TEST_REDIS_URL from the
# environment, else from .test-services.env at the top of the checkout.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${FACTMARK_SERVICES_DIR:-${TMPDIR:-/tmp}/factmark-test-services}"
env_file="$root/.test-services.env"
command="${1:-start}"

as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "Installing $* needs root: run as root or install postgresql and redis-server yourself." >&2
    exit 1
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Runs a PostgreSQL program as the owner of the cluster (it refuses to run as root).
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$dir/pg/postmaster.pid" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null || true; fi
  if [ -f "$dir/redis.pid" ]; then
    pid="$(cat "$dir/redis.pid")"
    kill "$pid" 2>/dev/null || true
    # Wait for it to go, so nothing writes into the folder once it is removed.
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$dir/redis.pid"
  fi
  rm -f "$env_file"
}

if [ "$command" = "stop" ]; then
  stop
  exit 0
fi
if [ "$command" != "start" ]; then
  echo "Usage: $0 start|stop" >&2
  exit 2
fi

missing=()
[ -n "$(pg_bin)" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages for the multi-instance tests."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
bin="$(pg_bin)"

stop
rm -rf "$dir"
mkdir -p "$dir"
if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

pg_port="$(free_port)"
as_pg "$bin/initdb" -D "$dir/pg" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log"
# Throwaway data: durability settings off, so the tests run fast.
as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/postgres.log" -w -t 30 \
  -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc 'CREATE DATABASE factmark_test' >/dev/null

redis_port="$(free_port)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir"
for _ in $(seq 50); do
  if redis-cli -p "$redis_port" ping >/dev/null 2>&1; then break; fi
  sleep 0.1
done
redis-cli -p "$redis_port" ping >/dev/null

cat >"$env_file" <<VARS
FACTMARK_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$pg_port/factmark_test
FACTMARK_TEST_REDIS_URL=redis://127.0.0.1:$redis_port
VARS
cat "$env_file"
