#!/usr/bin/env bash
# Is the service as fast with a million stored conversations as with a thousand? Seeds closed
# conversations through SQL (the service's own rows, copied), then measures start time, the panel,
# the help queue and the start of a conversation with wrk at 1 and 8 connections, once at --small
# and once at --conversations, each beside the bare endpoint in the same minute. Not in `mvn verify`.
#
#   bash bench/million.sh [--jar PATH] [--db h2|pg] [--conversations 1000000] [--small 1000]
#                         [--open 300] [--help 20] [--seconds 5] [--then-jar PATH] [--keep]
#
# --then-jar measures another build once more on the large database (a fix, on the same data);
# --keep leaves the database (PostgreSQL: livechat_scale_million_PID; H2: the data directory) for
# EXPLAIN afterwards, and says where it is.
# Builds nothing: uses livechat-application/target/livechat.jar (mvn -q package -DskipTests).
# How the rows are made: the jar is started once on a fresh database (which creates the schema),
# and three template conversations are written through the API as a visitor and an operator would:
# one closed after ten messages, one open with its operator, one LOOKING_FOR_HELP. The jar is
# stopped and every row of a template (conversation, participants, expertise, messages, visitor
# token, events) is copied N times by INSERT … SELECT over a number series (generate_series on
# PostgreSQL, SYSTEM_RANGE through H2's RunScript on H2, with the URL settings of
# DatabaseSettings.h2File), with fresh ids, the template id replaced in every text column, and the
# times moved back: closed ones spread over the past year, newest first, so only the last day's
# keep their events (the service prunes older ones, LIVECHAT_EVENT_RETENTION); open ones in the
# last 15 minutes. Conversations started by the measurement that an operator took are closed
# through the API before the next phase; those that queued without one stay open.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/livechat-application/target/livechat.jar"
DB=h2; N=1000000; SMALL=1000; OPEN=300; HELP=20; SECONDS_EACH=5; THEN_JAR=""; KEEP=""
JAVA_FLAGS_SET="${JAVA_FLAGS+set}"
JAVA_FLAGS="${JAVA_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx80m -Xss512k}"   # the README's
# the service's own: with the class-data archive `mvn package` writes next to the jar, unless JAVA_FLAGS
# was given (an archive serves only the jar at the path it was made for, so never the bare endpoint)
archive() { [ -z "$JAVA_FLAGS_SET" ] && [ -f "${JAR%.jar}.jsa" ] && echo "-XX:SharedArchiveFile=${JAR%.jar}.jsa" || true; }
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;; --db) DB="$2"; shift 2 ;;
    --conversations) N="$2"; shift 2 ;; --small) SMALL="$2"; shift 2 ;;
    --open) OPEN="$2"; shift 2 ;; --help) HELP="$2"; shift 2 ;;
    --seconds) SECONDS_EACH="$2"; shift 2 ;; --then-jar) THEN_JAR="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in wrk curl jq java; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
[ -f "$JAR" ] || { echo "no jar at $JAR: mvn -q package -DskipTests" >&2; exit 2; }

WORK="$(mktemp -d /tmp/livechat-million.XXXXXX)"
PORT="${BENCH_PORT:-18500}"; BARE_PORT=$((PORT + 1))
TOKEN="million-$(date +%s)-0123456789abcdef"
B="http://127.0.0.1:$PORT/api/v1"; J='Content-Type: application/json'; A="Authorization: Bearer $TOKEN"
SERVICE=""; BARE=""
ENV=(LIVECHAT_PORT=$PORT LIVECHAT_DATA_DIR="$WORK/data" LIVECHAT_BOOTSTRAP_TOKEN="$TOKEN" LIVECHAT_RATE_LIMITS=off
     LIVECHAT_INACTIVITY_TIMEOUT=PT24H)
H2URL="jdbc:h2:file:$WORK/data/livechat;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;REUSE_SPACE=FALSE"
if [ "$DB" = pg ]; then
  PGDB="livechat_scale_million_$$"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $PGDB" >/dev/null
  ENV+=(LIVECHAT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" LIVECHAT_DB_USER=postgres)
fi
cleanup() {
  for p in $SERVICE $BARE; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  if [ -n "$KEEP" ]; then echo "kept: ${PGDB:-$WORK/data}" >&2; return; fi
  if [ "$DB" = pg ]; then psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $PGDB with (force)" >/dev/null; fi
  rm -rf "$WORK/data"
}
trap cleanup EXIT

# --- SQL against the stopped service's database: a script file, or one query's values (one a line)
sql_file() {
  if [ "$DB" = pg ]; then psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$PGDB" -f "$1" >/dev/null
  else java -cp "$JAR" org.h2.tools.RunScript -url "$H2URL" -user sa -script "$1"; fi
}
sql_values() {
  if [ "$DB" = pg ]; then psql -At -h 127.0.0.1 -U postgres -d "$PGDB" -c "$1"
  else java -cp "$JAR" org.h2.tools.Shell -url "$H2URL" -user sa -sql "$1" | sed '1d;/^(/,$d' | sed 's/ *$//'; fi
}
columns() { # table -> "name type" lines
  sql_values "select lower(column_name) || ' ' || lower(data_type) from information_schema.columns
              where lower(table_name) = '$1' and lower(table_schema) = 'public'
              order by ordinal_position"
}
if [ "$DB" = pg ]; then
  SERIES() { echo "generate_series($1, $2) AS r(n)"; }; NEXTPOS="nextval('events_position')"
  DAY() { echo "to_char(($1) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"; }
else
  SERIES() { echo "(SELECT X AS n FROM SYSTEM_RANGE($1, $2)) r"; }; NEXTPOS="NEXT VALUE FOR events_position"
  DAY() { echo "FORMATDATETIME($1, 'yyyy-MM-dd', 'en', 'UTC')"; }
fi

# INSERT … SELECT copying the template's rows of one table for n in [from, to]: "kind" is one hex
# digit that tells the copies of one template from another's (ids look like UUIDs, 36 characters),
# "step" the seconds each copy is moved back in time, "where" an extra condition on n.
copy_rows() { # table key-column template kind from to step [where]
  local table=$1 key=$2 tid=$3 kind=$4 from=$5 to=$6 step=$7 extra=${8:-}
  local id="'00000000-0000-4000-$kind' || LPAD(CAST(n AS VARCHAR), 16, '0')"
  local shift="(n * $step) * INTERVAL '1' SECOND"
  # a conversation's number (log_key, V5) for copy n: far above the event positions the service hands out
  local logkey="(1000000000000 + $((16#$kind)) * 10000000000 + n)"
  local names=() exprs=() name type e
  while read -r name type; do
    [ -n "$name" ] || continue
    case "$name:$type" in
      log_key:*) e="$logkey" ;;
      "$key":*) e="$id" ;;
      position:*) e="$NEXTPOS" ;;
      token_hash:*) e="'$kind' || LPAD(CAST(n AS VARCHAR), 63, '0')" ;;
      visitor_key:*) e="CASE WHEN visitor_key IS NULL THEN NULL ELSE 'k' || $id END" ;;
      started_day:*) e="$(DAY "started_at - $shift")" ;;
      *_ms:*) e="$name - n * $step * 1000" ;;
      *:timestamp*) e="$name - $shift" ;;
      *:character*) if [ "$key" = log_key ]; then e="$name"; else e="REPLACE($name, '$tid', $id)"; fi ;;
      *) e="$name" ;;
    esac
    names+=("$name"); exprs+=("$e")
  done < <(columns "$table")
  local IFS=,
  echo "INSERT INTO $table (${names[*]}) SELECT ${exprs[*]} FROM $table, $(SERIES "$from" "$to")"
  echo "  WHERE $key = '$tid'$extra;"
}
# every row of one template conversation, copied for n in [from, to]
copy_conversation() { # template kind from to step
  local t=$1 k=$2 from=$3 to=$4 step=$5
  [ "$from" -le "$to" ] || return 0
  copy_rows conversations id "$t" "$k" "$from" "$to" "$step"
  # its counters and version, in a row of their own since V15
  copy_rows conversation_activity conversation_id "$t" "$k" "$from" "$to" "$step"
  # messages are keyed by the conversation's number since V5, not by its id
  copy_rows messages log_key "$(sql_values "select log_key from conversations where id = '$t'")" "$k" "$from" "$to" "$step"
  for table in conversation_participants conversation_expertise conversation_tags; do
    copy_rows "$table" conversation_id "$t" "$k" "$from" "$to" "$step"
  done
  copy_rows visitor_tokens conversation_id "$t" "$k" "$from" "$to" "$step"
  # events older than the retention window are gone from a running service's log
  copy_rows events conversation_id "$t" "$k" "$from" "$to" "$step" " AND n * $step < 86400"
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
start_service() { # UP = ms to the first 200 on /health
  local t0; t0=$(date +%s%N)
  env "${ENV[@]}" java $(archive) $JAVA_FLAGS -jar "$JAR" >>"$WORK/service.log" 2>&1 &
  SERVICE=$!
  until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do
    kill -0 "$SERVICE" 2>/dev/null || { echo "the service did not start; see $WORK/service.log" >&2; exit 1; }
    sleep 0.01
  done
  UP=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop_service() { kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true; SERVICE=""; }

# --- the schema, the people and the three templates, through the API
start_service
CH=$(curl -sf -H "$A" -H "$J" -d '{"name":"Million"}' "$B/channels" | jq -r .id)
op() { curl -sf -H "$A" -H "$J" -d '{"name":"'"$1"'","email":"'"$1"'@example.com","role":"LIVECHAT_USER","mainLanguage":"en","languages":[],"expertise":["Billing"],"channels":["'"$CH"'"]}' "$B/users" | jq -r .token; }
ANA=$(op ana); BOB=$(op bob)
for t in "$ANA" "$BOB"; do curl -sf -X PUT -H "Authorization: Bearer $t" -H "$J" -d '{"presence":"ONLINE"}' "$B/me/presence" >/dev/null; done
START_BODY='{"channelId":"'"$CH"'","visitor":{"name":"Marie","email":"marie@example.com"},"chatbot":{"answers":[{"question":"Topic?","answer":"Invoice"}],"expertise":["Billing"]},"message":"Hello, my invoice is wrong."}'
template() { # status: CLOSED, OPEN or HELP -> "id operator-token"
  local s id v me tok
  s=$(curl -sf -H "$J" -d "$START_BODY" "$B/conversations")
  id=$(jq -r .id <<<"$s"); v=$(jq -r .visitorToken <<<"$s"); me=$(jq -r .operator.id <<<"$s")
  tok=$ANA; [ "$(curl -sf -H "Authorization: Bearer $ANA" "$B/me" | jq -r .id)" = "$me" ] || tok=$BOB
  for i in 1 2 3 4 5 6 7 8 9; do
    if [ $((i % 2)) = 1 ]; then who=$tok; else who=$v; fi
    curl -sf -H "Authorization: Bearer $who" -H "$J" -d '{"body":"Message number '"$i"' of a short chat."}' "$B/conversations/$id/messages" >/dev/null
  done
  case $1 in
    CLOSED) curl -sf -X POST -H "Authorization: Bearer $tok" "$B/conversations/$id/close" >/dev/null ;;
    HELP) curl -sf -X PUT -H "Authorization: Bearer $tok" -H "$J" -d '{"status":"LOOKING_FOR_HELP"}' "$B/conversations/$id/status" >/dev/null ;;
  esac
  echo "$id $tok"
}
read -r T_CLOSED _ < <(template CLOSED)
read -r T_OPEN OPTOKEN < <(template OPEN)
read -r T_HELP _ < <(template HELP)
stop_service

STEP=$(awk -v n="$N" 'BEGIN { printf "%.6f", 365 * 86400 / n }')   # seconds between closed ones
seed() { # from to (closed ones) [with the open ones]
  { local from=$1   # in transactions of 100,000 conversations
    while [ "$from" -le "$2" ]; do
      copy_conversation "$T_CLOSED" a "$from" "$(( from + 99999 < $2 ? from + 99999 : $2 ))" "$STEP"
      from=$((from + 100000))
    done
    if [ "${3:-}" = open ]; then
      copy_conversation "$T_OPEN" b 1 "$((OPEN - HELP))" 3
      copy_conversation "$T_HELP" c 1 "$HELP" 3
    fi
    [ "$DB" = pg ] && echo "VACUUM ANALYZE;" || echo "ANALYZE;"
  } >"$WORK/seed.sql"
  local t0; t0=$(date +%s)
  sql_file "$WORK/seed.sql"
  echo $(( $(date +%s) - t0 ))
}

cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
LUA
cat >"$WORK/get.lua" <<LUA
local auth = os.getenv("AUTH")
if auth ~= nil and auth ~= "" then wrk.headers["Authorization"] = auth end
LUA
run() { # url connections script [body] [auth] -> "req/s p99_ms non2xx"
  local out; out=$(BODY="${4:-}" AUTH="${5:-}" wrk -t "$(( $2 < 2 ? 1 : 2 ))" -c "$2" -d "${SECONDS_EACH}s" --latency -s "$3" "$1" 2>&1)
  local rps p99 non
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; printf "%.1f", v}')
  non=$(echo "$out" | awk '/Non-2xx/ {print $5}' | head -1)
  echo "$rps ${p99:-?} ${non:-0}"
}
# closes what the start measurement opened, through the API, so the next phase has the same open set
close_started() {
  for t in "$ANA" "$BOB"; do
    curl -sf -H "Authorization: Bearer $t" "$B/me/conversations" | jq -r '.[]' \
      | grep -v -e '^00000000-0000-4000-' -e "^$T_OPEN\$" -e "^$T_HELP\$" \
      | xargs -r -P 4 -I{} curl -sf -o /dev/null -X POST -H "Authorization: Bearer $t" "$B/conversations/{}/close" || true
  done
}
ROWS=()
phase() { # label
  start_service; local up=$UP; sleep 2
  local rss; rss=$(rss_mb "$SERVICE")
  if [ -z "$BARE" ]; then
    curl -sf -H "Authorization: Bearer $OPTOKEN" "$B/conversations/$T_OPEN/panel" >"$WORK/panel.json"
    curl -sf -H "$J" -d "$START_BODY" "$B/conversations" >"$WORK/start.json"
    java $JAVA_FLAGS -cp "$JAR" "$ROOT/bench/BareEndpoint.java" "$BARE_PORT" "$WORK/panel.json" "$WORK/start.json" >"$WORK/bare.log" 2>&1 &
    BARE=$!
    until curl -sf "http://127.0.0.1:$BARE_PORT/get" >/dev/null; do sleep 0.05; done
  fi
  # warm-up, not counted: the JIT compiles the same paths in both phases before they are measured
  SECONDS_EACH=3 run "$B/conversations/$T_OPEN/panel" 8 "$WORK/get.lua" "" "Bearer $OPTOKEN" >/dev/null
  SECONDS_EACH=3 run "$B/conversations?status=LOOKING_FOR_HELP" 8 "$WORK/get.lua" "" "Bearer $OPTOKEN" >/dev/null
  SECONDS_EACH=3 run "$B/conversations" 8 "$WORK/post.lua" "$START_BODY" >/dev/null
  for c in 1 8; do
    for what in panel queue start; do
      # the ceiling in the same minute, right before each measurement: the machine is shared
      local bare; bare=$(run "http://127.0.0.1:$BARE_PORT/get" "$c" "$WORK/get.lua")
      case $what in
        panel) svc=$(run "$B/conversations/$T_OPEN/panel" "$c" "$WORK/get.lua" "" "Bearer $OPTOKEN") ;;
        queue) svc=$(run "$B/conversations?status=LOOKING_FOR_HELP" "$c" "$WORK/get.lua" "" "Bearer $OPTOKEN") ;;
        start) svc=$(run "$B/conversations" "$c" "$WORK/post.lua" "$START_BODY") ;;
      esac
      read -r srps sp99 snon <<<"$svc"; read -r brps _ _ <<<"$bare"
      ROWS+=("| $1 | $what | $c | $srps | $(awk -v a="$srps" -v b="$brps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }') | $sp99 | $snon |")
    done
  done
  close_started
  STARTS+=("| $1 | $up ms | $rss MB | $(rss_mb "$SERVICE") MB |")
  stop_service
}

STARTS=()
t_small=$(seed 1 "$SMALL" open)
phase "$SMALL"
t_large=$(seed "$((SMALL + 1))" "$N")
if [ "$DB" = pg ]; then
  size="$(psql -At -h 127.0.0.1 -U postgres -d "$PGDB" -c "select pg_size_pretty(pg_database_size('$PGDB'))")"
else size="$(du -sh "$WORK/data" | cut -f1)"; fi
phase "$N"
if [ -n "$THEN_JAR" ]; then JAR="$THEN_JAR"; phase "$N, $(basename "$THEN_JAR")"; fi

echo "## $(date -u '+%F %H:%M') UTC — $DB, $SMALL then $N closed conversations"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
echo "$(java -version 2>&1 | head -1); \`$(archive) $JAVA_FLAGS\`; $OPEN open conversations of which $HELP LOOKING_FOR_HELP in both phases."
echo "Seeded in $t_small s (the first $SMALL and the open ones) and $t_large s (the rest); database then $size."
echo
echo "| closed conversations | start to the first 200 | RSS idle | RSS after the runs |"
echo "|---|---|---|---|"
printf '%s\n' "${STARTS[@]}"
echo
echo "| closed conversations | request | connections | req/s | ratio to bare GET | p99 ms | non-2xx |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
