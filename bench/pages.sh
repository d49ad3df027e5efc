#!/usr/bin/env bash
# Page latency on a running Praktika (start it first: ./mvnw spring-boot:run, or java -jar).
# Logs in as a demo user, then measures each page with wrk (apt-get install -y wrk) for 15 s:
# CONNECTIONS=1 gives one person's latency, CONNECTIONS=8 a busy office. Loopback only. Usage: bench/pages.sh [base-url] [user]
set -euo pipefail
BASE=${1:-http://localhost:8080}
USER=${2:-coordinator}
JAR=$(mktemp)
curl -s -c "$JAR" -b "$JAR" "$BASE/login" -o /tmp/praktika-login.html
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/praktika-login.html | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=$USER&password=Praktika-2026&_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6=="SESSION"{print $7}' "$JAR")
[ -n "$SESSION" ] || { echo "login failed"; exit 1; }
shift 2 2>/dev/null || true
PAGES=${PAGES:-"/ /directory /directory/municipalities /directory/legal-basis"}
printf '%-40s %10s %10s %10s %10s\n' page req/s p50 p90 p99
for p in $PAGES; do
  out=$(wrk -t1 -c"${CONNECTIONS:-1}" -d15s --latency -H "Cookie: SESSION=$SESSION" "$BASE$p")
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p90=$(echo "$out" | awk '$1=="90%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  printf '%-40s %10s %10s %10s %10s\n' "$p" "$rps" "$p50" "$p90" "$p99"
done
rm -f "$JAR"
