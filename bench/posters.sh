#!/usr/bin/env bash
# Several parties posting into ONE open conversation at once (the visitor and two operators),
# counting the answers by status: how many messages the service refuses for concurrency.
#   bash bench/posters.sh [--jar PATH] [--db h2|pg] [--parties 8] [--messages 500]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/livechat-application/target/livechat.jar"; DB=h2; PARTIES=8; MESSAGES=500
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;; --db) DB="$2"; shift 2 ;;
    --parties) PARTIES="$2"; shift 2 ;; --messages) MESSAGES="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
WORK="$(mktemp -d /tmp/livechat-posters.XXXXXX)"; PORT="${BENCH_PORT:-18191}"; TOKEN="posters-$(date +%s)-0123456789"
B="http://127.0.0.1:$PORT/api/v1"; J='Content-Type: application/json'; A="Authorization: Bearer $TOKEN"
ENV=(LIVECHAT_PORT=$PORT LIVECHAT_DATA_DIR="$WORK/data" LIVECHAT_BOOTSTRAP_TOKEN="$TOKEN" LIVECHAT_RATE_LIMITS=off)
if [ "$DB" = pg ]; then
  PGDB="livechat_posters_$$"; psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database $PGDB" >/dev/null
  ENV+=(LIVECHAT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB" LIVECHAT_DB_USER=postgres)
fi
env "${ENV[@]}" java -jar "$JAR" >"$WORK/service.log" 2>&1 & SERVICE=$!
cleanup() { kill $SERVICE 2>/dev/null || true; wait 2>/dev/null || true
  [ "$DB" = pg ] && psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $PGDB with (force)" >/dev/null || true; }
trap cleanup EXIT
until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do sleep 0.05; done
CH=$(curl -sf -H "$A" -H "$J" -d '{"name":"Posters"}' "$B/channels" | jq -r .id)
op() { curl -sf -H "$A" -H "$J" -d '{"name":"'"$1"'","email":"'"$1"'@example.com","role":"LIVECHAT_USER","mainLanguage":"en","channels":["'"$CH"'"]}' "$B/users" | jq -r .token; }
ANA=$(op ana); curl -sf -X PUT -H "Authorization: Bearer $ANA" -H "$J" -d '{"presence":"ONLINE"}' "$B/me/presence" >/dev/null
STARTED=$(curl -sf -H "$J" -d '{"channelId":"'"$CH"'","message":"Hello"}' "$B/conversations")
ID=$(echo "$STARTED" | jq -r .id); VISITOR=$(echo "$STARTED" | jq -r .visitorToken)
BOB=$(op bob); curl -sf -X PUT -H "Authorization: Bearer $ANA" -H "$J" -d '{"status":"LOOKING_FOR_HELP"}' "$B/conversations/$ID/status" >/dev/null
curl -sf -X POST -H "Authorization: Bearer $BOB" "$B/conversations/$ID/join" >/dev/null
echo "$DB, $(basename "$JAR"): $(java "$ROOT/bench/Posters.java" "http://127.0.0.1:$PORT" "$ID" "$PARTIES" "$MESSAGES" "$VISITOR" "$ANA" "$BOB")"
