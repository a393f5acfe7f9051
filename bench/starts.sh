#!/usr/bin/env bash
# Times starts of one or more built jars, alternating between them: each start is `java` with the
# README's flags (and the jar's class-data archive next to it) on a data directory of its own, polled
# on /health every 10 ms; it prints the wall time to the first 200, the CPU time the process had spent
# by then and its RSS, then stops the service. The first start of each jar migrates a new database,
# the others restart on it. Not part of `mvn verify`.
#
#   bash bench/starts.sh --jar A.jar [--jar B.jar ...] [--rounds 5]
#
# JAVA_FLAGS replaces the flags (default: the README's). Needs curl.
set -euo pipefail
JARS=(); ROUNDS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JARS+=("$2"); shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ ${#JARS[@]} -gt 0 ] || { echo "needs --jar" >&2; exit 2; }
WORK="$(mktemp -d /tmp/livechat-starts.XXXXXX)"
PORT="${BENCH_PORT:-18281}"

start() { # jar, data directory
  local jar="$1" data="$2" flags="${JAVA_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx80m -Xss512k}"
  [ -z "${JAVA_FLAGS:-}" ] && [ -f "${jar%.jar}.jsa" ] && flags="-XX:SharedArchiveFile=${jar%.jar}.jsa $flags"
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  LIVECHAT_PORT=$PORT LIVECHAT_DATA_DIR="$data" LIVECHAT_BOOTSTRAP_TOKEN=starts-0123456789abcdef0123 \
    java $flags -jar "$jar" >"$data.log" 2>&1 &
  local pid=$!
  until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "did not start; see $data.log" >&2; exit 1; }
    sleep 0.01
  done
  local wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  read -r ut st < <(awk '{print $14, $15}' "/proc/$pid/stat")
  printf '%s\t%s\twall %d ms\tCPU %d ms\tRSS %d MB\n' "$3" "$jar" "$wall" $(( (ut + st) * 1000 / $(getconf CLK_TCK) )) \
    "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "# $(date -u '+%F %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!JARS[@]}"; do start "${JARS[$i]}" "$WORK/data$i" "new database"; done
for _ in $(seq 1 "$ROUNDS"); do
  for i in "${!JARS[@]}"; do start "${JARS[$i]}" "$WORK/data$i" "restart"; done
done
echo "# load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"
