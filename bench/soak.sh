#!/usr/bin/env bash
# Does the service keep what it no longer needs? Starts the jar as its own process with the bench
# flags, drives whole conversations (bench/Soak.java: start, five visitor and five operator
# messages, panel and help-queue reads, close) from --clients threads for --minutes, and samples
# every minute: the live heap after a full GC (jcmd GC.class_histogram, which collects first),
# RSS, conversations served, errors, and the bytes on disk per conversation (the H2 data directory,
# or the sum of pg_total_relation_size on PostgreSQL). The class histograms of the first and the
# last sample are kept, with their differences, to tell what grows. Not in `mvn verify`.
#
#   bash bench/soak.sh [--jar PATH] [--db h2|pg] [--minutes 10] [--clients 4]
set -euo pipefail
shopt -s extglob   # to drop the class-data archive from the driver's flags: the archive was made for the service's -jar

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/livechat-application/target/livechat.jar"
DB=h2; MINUTES=10; CLIENTS=4
JAVA_FLAGS_SET="${JAVA_FLAGS+set}"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;; --db) DB="$2"; shift 2 ;;
    --minutes) MINUTES="$2"; shift 2 ;; --clients) CLIENTS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
# the README's flags, with the class-data archive `mvn package` writes next to the jar when there is
# one (as bench/jar-bench.sh; an archive serves only the jar at the path it was made for); without it
# the service loads every class itself and its metaspace is larger
if [ -z "$JAVA_FLAGS_SET" ]; then
  JAVA_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx80m -Xss512k"
  [ -f "${JAR%.jar}.jsa" ] && JAVA_FLAGS="-XX:SharedArchiveFile=${JAR%.jar}.jsa $JAVA_FLAGS"
fi
for tool in curl jq java jcmd; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

WORK="$(mktemp -d /tmp/livechat-soak.XXXXXX)"
PORT="${BENCH_PORT:-18500}"
TOKEN="soak-$(date +%s)-0123456789abcdef"
B="http://127.0.0.1:$PORT/api/v1"; J='Content-Type: application/json'; A="Authorization: Bearer $TOKEN"
ENV=(LIVECHAT_PORT=$PORT LIVECHAT_DATA_DIR="$WORK/data" LIVECHAT_BOOTSTRAP_TOKEN="$TOKEN" LIVECHAT_RATE_LIMITS=off)
if [ "$DB" = pg ]; then
  PGDB="livechat_scale_soak_$$"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $PGDB" >/dev/null
  ENV+=(LIVECHAT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" LIVECHAT_DB_USER=postgres)
fi
SERVICE=""; DRIVER=""
cleanup() {
  for p in $DRIVER $SERVICE; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  if [ "$DB" = pg ]; then psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $PGDB with (force)" >/dev/null; fi
  rm -rf "$WORK/data"
}
trap cleanup EXIT

env "${ENV[@]}" java $JAVA_FLAGS -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!
until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do
  kill -0 "$SERVICE" 2>/dev/null || { echo "the service did not start; see $WORK/service.log" >&2; exit 1; }
  sleep 0.05
done
CH=$(curl -sf -H "$A" -H "$J" -d '{"name":"Soak"}' "$B/channels" | jq -r .id)
OPERATORS=""
for name in ana bob carl dora; do
  made=$(curl -sf -H "$A" -H "$J" -d '{"name":"'"$name"'","email":"'"$name"'@example.com","role":"LIVECHAT_USER","mainLanguage":"en","languages":[],"expertise":["Billing"],"channels":["'"$CH"'"]}' "$B/users")
  curl -sf -X PUT -H "Authorization: Bearer $(jq -r .token <<<"$made")" -H "$J" -d '{"presence":"ONLINE"}' "$B/me/presence" >/dev/null
  OPERATORS="$OPERATORS${OPERATORS:+,}$(jq -r .id <<<"$made")=$(jq -r .token <<<"$made")"
done

# one sample: "minute live_heap_KB rss_MB conversations requests errors disk_bytes"
disk_bytes() {
  if [ "$DB" = pg ]; then
    psql -At -h 127.0.0.1 -U postgres -d "$PGDB" -c "select sum(pg_total_relation_size(c.oid)) from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'm')"
  # a file H2 or the outbox deletes while du walks makes it fail; its total is still right
  else { du -sb "$WORK/data" 2>/dev/null || true; } | tail -1 | cut -f1; fi
}
sample() { # minute histogram-file
  jcmd "$SERVICE" GC.class_histogram >"$2"
  local live; live=$(awk '/^Total/ {printf "%d", $3 / 1024}' "$2")
  local rss; rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$SERVICE/status")
  local counts; counts=$(cut -d' ' -f1-3 "$WORK/counts" 2>/dev/null || echo "0 0 0")
  echo "$1 $live $rss $counts $(disk_bytes)"
}

echo 0 0 0 "{}" >"$WORK/counts"
SAMPLES=("$(sample 0 "$WORK/histogram-start.txt")")
java ${JAVA_FLAGS//-XX:SharedArchiveFile=+([^ ])/} -cp "$JAR" "$ROOT/bench/Soak.java" "http://127.0.0.1:$PORT" "$CH" "$OPERATORS" "$CLIENTS" "$MINUTES" "$WORK/counts" \
  >"$WORK/driver.log" 2>&1 &
DRIVER=$!
for m in $(seq 1 "$MINUTES"); do
  sleep 60
  SAMPLES+=("$(sample "$m" "$WORK/histogram-$m.txt")")
done
wait "$DRIVER" || true; DRIVER=""
sleep 2
SAMPLES+=("$(sample end "$WORK/histogram-end.txt")")

# the classes whose live bytes grew most between the first sample and the last
diff_histograms() {
  awk 'NR == FNR { if ($1 ~ /:$/) start[$4] = $3; next } $1 ~ /:$/ { print $3 - start[$4], $2, $4 }' \
    "$WORK/histogram-$1.txt" "$WORK/histogram-end.txt" | sort -nr | head -12 || true   # head closes the pipe
}

echo "## $(date -u '+%F %H:%M') UTC — soak, $DB, $CLIENTS clients, $MINUTES minutes"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
echo "$(java -version 2>&1 | head -1); \`$JAVA_FLAGS\`. Final counts: $(cat "$WORK/counts")"
echo "(conversations, requests, errors, slowest request ms, errors by status)."
echo
echo "| minute | live heap after full GC | RSS | conversations served | requests | errors | disk | disk per conversation |"
echo "|---|---|---|---|---|---|---|---|"
for s in "${SAMPLES[@]}"; do
  read -r m live rss conv req err disk <<<"$s"
  per=$(awk -v d="$disk" -v c="$conv" 'BEGIN { if (c > 0) printf "%.1f KB", d / c / 1024; else print "-" }')
  echo "| $m | $((live / 1024)) MB ($live KB) | $rss MB | $conv | $req | $err | $((disk / 1048576)) MB | $per |"
done
echo
echo "Classes whose live bytes grew most from before the load to the end, and from the first minute"
echo "(warmed up: caches filled, classes loaded) to the end; bytes, instances at the end, class:"
echo
echo '```'
diff_histograms start
echo '```'
echo
echo '```'
diff_histograms 1
echo '```'
cp "$WORK"/histogram-*.txt "$WORK"/driver.log "${SOAK_KEEP:-$WORK}/" 2>/dev/null || true
echo
echo "Histograms and the driver's log: ${SOAK_KEEP:-$WORK}"
