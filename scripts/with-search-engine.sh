#!/usr/bin/env bash
# Runs a command with SEARCH_URL pointing at a real engine when one can be had:
# the one already configured, or a local OpenSearch node started when Java and
# Maven are installed. Without either, the command runs on the database backend
# and the engine's tests skip with their reason.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SEARCH_URL:-}" ] && command -v java >/dev/null && command -v mvn >/dev/null \
  && [ "${NO_OPENSEARCH:-}" != "1" ]; then
  if scripts/opensearch.sh start >&2; then
    export SEARCH_URL="http://127.0.0.1:${OPENSEARCH_PORT:-9200}"
  else
    echo "OpenSearch could not start; engine tests will skip (fail under CI=true)." >&2
  fi
fi
exec "$@"
