#!/usr/bin/env bash
# Installs and starts the real components from Debian's packages and Maven Central:
# PostgreSQL, Redis, Chromium (for browser tests) and an OpenSearch node.
#
#   scripts/services.sh install   apt-get install the Debian packages (root)
#   scripts/services.sh start     start PostgreSQL, Redis and OpenSearch on loopback
#   scripts/services.sh stop      stop them
#   scripts/services.sh env       print the environment variables that point the site at them
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VAR="$ROOT/var"
PG_PORT="${PG_PORT:-5432}"
REDIS_PORT="${REDIS_PORT:-6379}"
OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"
DB_NAME=museum_commons
DB_USER=museum
DB_PASSWORD=museum

APT_PACKAGES=(postgresql redis-server chromium chromium-driver fonts-dejavu-core gettext)

log() { printf '[services] %s\n' "$*"; }

install_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages already installed"
    return
  fi
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_version() { ls /usr/lib/postgresql | sort -V | tail -1; }

start_postgres() {
  local version
  version="$(pg_version)"
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    pg_createcluster "$version" main --port "$PG_PORT" >/dev/null
  fi
  if ! pg_lsclusters -h | grep "^$version main" | grep -q online; then
    pg_ctlcluster "$version" main start
  fi
  runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'" | grep -q 1 \
    || runuser -u postgres -- psql -qc "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'"
  runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1 \
    || runuser -u postgres -- createdb -O "$DB_USER" "$DB_NAME"
  log "PostgreSQL $version on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  local version
  version="$(pg_version)"
  pg_ctlcluster "$version" main stop 2>/dev/null || true
}

start_redis() {
  mkdir -p "$VAR/redis"
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    log "Redis already running on 127.0.0.1:$REDIS_PORT"
    return
  fi
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$VAR/redis" \
    --pidfile "$VAR/redis/redis.pid" --logfile "$VAR/redis/redis.log" --save "" --appendonly no
  for _ in $(seq 1 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.2
  done
  log "Redis $(redis-server --version | awk '{print $3}') on 127.0.0.1:$REDIS_PORT"
}

stop_redis() { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }

print_env() {
  cat <<ENV
export DATABASE_URL=postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME
export CELERY_BROKER_URL=redis://127.0.0.1:$REDIS_PORT/0
export CACHE_URL=redis://127.0.0.1:$REDIS_PORT/1
export SEARCH_URL=http://127.0.0.1:$OPENSEARCH_PORT
export CHROMIUM_PATH=/usr/bin/chromium
ENV
}

case "${1:-}" in
  install) install_packages ;;
  start)
    start_postgres
    start_redis
    OPENSEARCH_PORT="$OPENSEARCH_PORT" "$ROOT/scripts/opensearch.sh" start
    ;;
  stop)
    "$ROOT/scripts/opensearch.sh" stop || true
    stop_redis
    stop_postgres
    ;;
  env) print_env ;;
  *) echo "usage: $0 install|start|stop|env" >&2; exit 2 ;;
esac
