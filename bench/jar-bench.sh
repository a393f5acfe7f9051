#!/usr/bin/env bash
# Measures the built service as its own process, from other processes on loopback, beside a bare
# Javalin endpoint answering a constant JSON of the same size in the same run (the ratio is the
# figure that survives a noisy machine). Not part of `mvn verify`.
#
#   bash bench/jar-bench.sh [--jar PATH] [--db h2|pg] [--seconds 5] [--connections "1 8 64"]
#                           [--requests "panel queue post posts start"]   # and "floor"
#                           [--stored 200]
#
# "post" posts every message into one conversation (serial by design: its writers queue on it);
# "posts" spreads them over the 200 seeded conversations, each request into one chosen at random,
# as a website's traffic is spread. --stored N seeds N conversations instead of 200 (four clients at a
# time) and "posts" then goes to 200 of them chosen at random, the others stored between them, as on
# a service that has served many. "floor" (not in the default list) runs no request of the service:
# it is the bare endpoint's own durable write, one INSERT and one COMMIT per request on an H2 file with
# the service's durability settings, against its constant answer: the most any design that commits
# each request on its own can reach on the embedded default.
#
# JAVA_FLAGS replaces the flags of both JVMs (default: the README's, with PATH minus .jar plus .jsa as
# the class-data archive when that file exists; an archive only serves the jar at the path it was
# made for). SERVICE_FLAGS adds JVM flags to the service only (a profiler agent, say).
#
# Needs: wrk, curl, jq (Debian: apt-get install wrk curl jq), a built jar (mvn -q package -DskipTests),
# and for --db pg a PostgreSQL on 127.0.0.1:5432 (user postgres, trust; a fresh database is made).
# Prints a Markdown report on stdout (req/s, ratio, p99, CPU a request; then wrk's 50 / 90 / 99 / 99.9 %
# of each run); the service's log goes to $WORK/service.log.
set -euo pipefail
shopt -s extglob

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/livechat-application/target/livechat.jar"
DB=h2
SECONDS_EACH=5
CONNECTIONS="1 8 64"
JAVA_FLAGS_SET="${JAVA_FLAGS+set}"
REQUESTS="panel queue post posts start"
STORED=200
SERVICE_FLAGS="${SERVICE_FLAGS:-}"   # for the service only, e.g. -XX:StartFlightRecording=filename=/tmp/post.jfr,settings=profile
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --seconds) SECONDS_EACH="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --stored) STORED="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
# the README's flags; with the class-data archive `mvn package` writes next to the jar, when there is one
if [ -z "$JAVA_FLAGS_SET" ]; then
  JAVA_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx80m -Xss512k"
  [ -f "${JAR%.jar}.jsa" ] && JAVA_FLAGS="-XX:SharedArchiveFile=${JAR%.jar}.jsa $JAVA_FLAGS"
fi
for tool in wrk curl jq java jcmd jstat; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done

WORK="$(mktemp -d /tmp/livechat-bench.XXXXXX)"
PORT="${BENCH_PORT:-18181}"   # BENCH_PORT lets two runs share a machine
BARE_PORT=$((PORT + 1))
TOKEN="bench-$(date +%s)-0123456789abcdef"
B="http://127.0.0.1:$PORT/api/v1"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

ENV=(LIVECHAT_PORT=$PORT LIVECHAT_DATA_DIR="$WORK/data" LIVECHAT_BOOTSTRAP_TOKEN="$TOKEN" LIVECHAT_RATE_LIMITS=off)
if [ "$DB" = pg ]; then
  PGDB="livechat_bench_$$"
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $PGDB" >/dev/null
  trap 'cleanup; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists '$PGDB' with (force)" >/dev/null' EXIT
  ENV+=(LIVECHAT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" LIVECHAT_DB_USER=postgres)
fi

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
# the live heap: used MB right after a full collection (jstat: survivors + eden + old)
live_mb() { jcmd "$1" GC.run >/dev/null; jstat -gc "$1" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}'; }

# --- start: wall time to the first 200 on /health, CPU time spent by then, RSS idle
start_ns=$(date +%s%N)
env "${ENV[@]}" java $JAVA_FLAGS ${SERVICE_FLAGS:-} -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!; PIDS+=("$SERVICE")
until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do
  kill -0 "$SERVICE" 2>/dev/null || { echo "the service did not start; see $WORK/service.log" >&2; exit 1; }
  sleep 0.01
done
up_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
read -r ut st < <(awk '{print $14, $15}' "/proc/$SERVICE/stat")
cpu_ms=$(( (ut + st) * 1000 / $(getconf CLK_TCK) ))

# --- data: a channel, two operators online, 200 conversations (or --stored), one of them looking for help
A="Authorization: Bearer $TOKEN"; J='Content-Type: application/json'
CH=$(curl -sf -H "$A" -H "$J" -d '{"name":"Bench","maxSessionsPerOperator":1000}' "$B/channels" | jq -r .id)
op() { curl -sf -H "$A" -H "$J" -d '{"name":"'"$1"'","email":"'"$1"'@example.com","role":"LIVECHAT_USER","mainLanguage":"en","languages":[],"expertise":["Billing"],"channels":["'"$CH"'"]}' "$B/users" | jq -r .token; }
ANA=$(op ana); BOB=$(op bob)
for t in "$ANA" "$BOB"; do curl -sf -X PUT -H "Authorization: Bearer $t" -H "$J" -d '{"presence":"ONLINE"}' "$B/me/presence" >/dev/null; done
START_BODY='{"channelId":"'"$CH"'","visitor":{"name":"Marie","email":"marie@example.com"},"chatbot":{"answers":[{"question":"Topic?","answer":"Invoice"}],"expertise":["Billing"]},"message":"Hello, my invoice is wrong."}'
if [ "$STORED" -le 200 ]; then
  for i in $(seq 1 "$STORED"); do curl -sf -H "$J" -d "$START_BODY" "$B/conversations" >>"$WORK/all-started.json"; done
else
  mkdir "$WORK/started"   # a file per start: answers written to one pipe at once would interleave
  seq 1 "$STORED" | xargs -P 4 -I{} curl -sf -o "$WORK/started/{}.json" -H "$J" -d "$START_BODY" "$B/conversations"
  for i in $(seq 1 "$STORED"); do cat "$WORK/started/$i.json"; echo; done >"$WORK/all-started.json"
fi
# the last one an operator took (past 2,000 stored, the two operators' sessions are full)
jq -s -c '[.[] | select(.operator != null)][-1]' "$WORK/all-started.json" >"$WORK/started.json"
ID=$(jq -r .id "$WORK/started.json"); VISITOR=$(jq -r .visitorToken "$WORK/started.json")
ANA_ID=$(curl -sf -H "Authorization: Bearer $ANA" "$B/me" | jq -r .id)
OPERATOR=$(jq -r .operator.id "$WORK/started.json")
OPTOKEN=$ANA; [ "$ANA_ID" = "$OPERATOR" ] || OPTOKEN=$BOB
# "posts": each conversation with the token of its operator (ana or bob), one per line
jq -r --arg ana "$ANA_ID" --arg at "$ANA" --arg bt "$BOB" \
  'select(.operator != null) | "\(.id) \(if .operator.id == $ana then $at else $bt end)"' "$WORK/all-started.json" \
  | shuf -n 200 --random-source=<(yes) >"$WORK/targets.txt"
curl -sf -X PUT -H "Authorization: Bearer $OPTOKEN" -H "$J" -d '{"status":"LOOKING_FOR_HELP"}' "$B/conversations/$ID/status" >/dev/null
idle_rss=$(sleep 2; rss_mb "$SERVICE"); idle_live=$(live_mb "$SERVICE")

# --- the bare ceiling, answering bodies of the service's sizes
curl -sf -H "Authorization: Bearer $OPTOKEN" "$B/conversations/$ID/panel" >"$WORK/panel.json"
curl -sf -H "Authorization: Bearer $OPTOKEN" "$B/conversations?status=LOOKING_FOR_HELP" >"$WORK/queue.json"
curl -sf -H "Authorization: Bearer $VISITOR" -H "$J" -d '{"body":"x"}' "$B/conversations/$ID/messages" >"$WORK/posted.json"
curl -sf -H "$J" -d "$START_BODY" "$B/conversations" >"$WORK/start.json"
java ${JAVA_FLAGS//-XX:SharedArchiveFile=*([^ ])/} -cp "$JAR" "$ROOT/bench/BareEndpoint.java" $BARE_PORT "$WORK/panel.json" "$WORK/posted.json" "$WORK/floor" >"$WORK/bare.log" 2>&1 &
BARE=$!; PIDS+=("$BARE")
until curl -sf "http://127.0.0.1:$BARE_PORT/get" >/dev/null; do sleep 0.05; done

cat >"$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("AUTH")
if auth ~= nil and auth ~= "" then wrk.headers["Authorization"] = auth end
LUA
cat >"$WORK/posts.lua" <<'LUA'
-- each request into one of the seeded conversations, chosen at random, as its operator
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
local targets = {}
for line in io.lines(os.getenv("TARGETS")) do
  local id, token = line:match("(%S+) (%S+)")
  targets[#targets + 1] = { "/api/v1/conversations/" .. id .. "/messages", "Bearer " .. token }
end
local threads = 0
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args) math.randomseed(os.time() * 1000 + (seed or 0)) end
function request()
  local t = targets[math.random(#targets)]
  wrk.headers["Authorization"] = t[2]
  return wrk.format(nil, t[1])
end
LUA
cat >"$WORK/get.lua" <<LUA
local auth = os.getenv("AUTH")
if auth ~= nil and auth ~= "" then wrk.headers["Authorization"] = auth end
LUA

# wrk's percentiles of a run (p50 p90 p99 p99.9, ms), written where PCT says: the tail table after the main one
cat >"$WORK/pct.lua" <<'LUA'
function done(summary, latency, requests)
  local f = io.open(os.getenv("PCT"), "w")
  for _, p in ipairs({50, 90, 99, 99.9}) do f:write(string.format("%.1f ", latency:percentile(p) / 1000)) end
  f:close()
end
LUA
for script in post posts get; do cat "$WORK/pct.lua" >>"$WORK/$script.lua"; done

# CPU time a process has used, in clock ticks: per request, it is the figure that a busy machine
# does not bend (req/s and latency follow how much of the cores the other processes leave)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# one wrk run: prints "req/s p99_ms non2xx cpu_us_per_request p50 p90 p99 p99.9"
run() { # url connections script [body] [auth]
  local pid=$SERVICE; case "$1" in *:$BARE_PORT/*) pid=$BARE ;; esac
  local t0; t0=$(cpu_ticks $pid)
  rm -f "$WORK/pct.txt"
  local out; out=$(BODY="${4:-}" AUTH="${5:-}" TARGETS="$WORK/targets.txt" PCT="$WORK/pct.txt" wrk -t "$(( $2 < 2 ? 1 : 2 ))" -c "$2" -d "${SECONDS_EACH}s" --latency -s "$3" "$1" 2>&1)
  local t1; t1=$(cpu_ticks $pid)
  local reqs; reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  local rps p99 non
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; printf "%.1f", v}')
  non=$(echo "$out" | awk '/Non-2xx/ {print $5}' | head -1)
  local cpu; cpu=$(awk -v t=$((t1 - t0)) -v n="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (n > 0) printf "%.0f", t * 1e6 / hz / n; else print "?" }')
  echo "$rps ${p99:-?} ${non:-0} $cpu $(cat "$WORK/pct.txt" 2>/dev/null || echo "? ? ? ?")"
}

echo "## $(date -u +%F) — $DB, \`$JAVA_FLAGS\`"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')."
echo
echo "Start: first 200 on \`/health\` after **$up_ms ms** (CPU $cpu_ms ms); RSS idle **$idle_rss MB** (live heap $idle_live MB)."
echo
echo "| request | connections | service req/s | bare req/s | ratio | service p99 ms | bare p99 ms | service CPU µs/req | bare CPU µs/req | non-2xx |"
echo "|---|---|---|---|---|---|---|---|---|---|"
peak=0
TAILS=()
for c in $CONNECTIONS; do
  for what in $REQUESTS; do
    case $what in
      panel) svc=$(run "$B/conversations/$ID/panel" "$c" "$WORK/get.lua" "" "Bearer $OPTOKEN")
             bare=$(run "http://127.0.0.1:$BARE_PORT/get" "$c" "$WORK/get.lua") ;;
      queue) svc=$(run "$B/conversations?status=LOOKING_FOR_HELP" "$c" "$WORK/get.lua" "" "Bearer $OPTOKEN")
             bare=$(run "http://127.0.0.1:$BARE_PORT/get" "$c" "$WORK/get.lua") ;;
      post)  svc=$(run "$B/conversations/$ID/messages" "$c" "$WORK/post.lua" '{"body":"Thanks, checking now."}' "Bearer $OPTOKEN")
             bare=$(run "http://127.0.0.1:$BARE_PORT/post" "$c" "$WORK/post.lua" '{"body":"Thanks, checking now."}') ;;
      posts) svc=$(run "$B/conversations/$ID/messages" "$c" "$WORK/posts.lua" '{"body":"Thanks, checking now."}')
             bare=$(run "http://127.0.0.1:$BARE_PORT/post" "$c" "$WORK/post.lua" '{"body":"Thanks, checking now."}') ;;
      floor) svc=$(run "http://127.0.0.1:$BARE_PORT/durable-post" "$c" "$WORK/post.lua" '{"body":"Thanks, checking now."}')
             bare=$(run "http://127.0.0.1:$BARE_PORT/post" "$c" "$WORK/post.lua" '{"body":"Thanks, checking now."}') ;;
      start) svc=$(run "$B/conversations" "$c" "$WORK/post.lua" "$START_BODY")
             bare=$(run "http://127.0.0.1:$BARE_PORT/post" "$c" "$WORK/post.lua" "$START_BODY") ;;
    esac
    r=$(rss_mb "$SERVICE"); [ "$r" -gt "$peak" ] && peak=$r
    read -r srps sp99 snon scpu s50 s90 s99 s999 <<<"$svc"; read -r brps bp99 _ bcpu b50 b90 b99 b999 <<<"$bare"
    ratio=$(awk -v a="$srps" -v b="$brps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }')
    label=$what; case $what in post) label="message post, one conversation" ;; posts) label="message post, many conversations" ;; floor) label="floor: bare INSERT + COMMIT on H2" ;; esac
    echo "| $label | $c | $srps | $brps | $ratio | $sp99 | $bp99 | $scpu | $bcpu | $snon |"
    TAILS+=("| $label | $c | $s50 / $s90 / $s99 / $s999 | $b50 / $b90 / $b99 / $b999 |")
  done
done
echo
echo "Latency percentiles (wrk), 50 / 90 / 99 / 99.9 %, ms:"
echo
echo "| request | connections | service | bare |"
echo "|---|---|---|---|"
printf '%s\n' "${TAILS[@]}"
echo
after_rss=$(rss_mb "$SERVICE")
echo "RSS after the runs: $after_rss MB (highest sampled between runs: $peak MB); live heap after a full GC: $(live_mb "$SERVICE") MB."
grep -q OutOfMemoryError "$WORK/service.log" && echo "**OutOfMemoryError in the service's log.**"
true
