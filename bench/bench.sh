#!/usr/bin/env bash
# Key pages against the app's own floor (issue 12): for each page, the trivial endpoint and the page are
# measured one right after the other (trivial, page, trivial, page…), so whatever else the machine is doing
# hits both; at 1, 8 and 32 connections. Prints throughput, p50, p99 and page/trivial throughput ratio.
# Starts nothing: run the app first (e.g. java -jar target/praktika-*.jar --spring.profiles.active=national
# --server.port=8612). Needs wrk (apt-get install -y wrk) and curl. Loopback only.
#
#   bench/bench.sh [base-url]                        BASE default http://localhost:8080
#   DURATION=10s CONNECTIONS="1 8 32" OFFICER=officer.minzdrav bench/bench.sh http://localhost:8612
#   PAGES_ONLY="catalogue catalogue-q" bench/bench.sh …   (names from the first column)
# Ids of the card, roadmap and body report are taken from the lists (or PRACTICE, ROADMAP, REPORT=/reporting/bodies/1/2026-Q3).
set -euo pipefail
BASE=${1:-http://localhost:8080}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
OFFICER=${OFFICER:-officer.minzdrav}
TRIVIAL=${TRIVIAL:-/actuator/health}
PASSWORD=${PASSWORD:-Praktika-2026}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

login() { # prints the SESSION cookie of a signed-in user
  local jar page token
  jar=$(mktemp); page=$(mktemp)
  curl -s -c "$jar" -b "$jar" "$BASE/login" -o "$page"
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
       --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6=="SESSION"{print $7}' "$jar"
  rm -f "$jar" "$page"
}
first_link() { # first link matching a pattern on a page (as the coordinator)
  curl -s -H "Cookie: SESSION=$COORD" "$BASE$1" | grep -o "$2" | head -1 || true
}

COORD=$(login coordinator); [ -n "$COORD" ] || { echo "login of coordinator failed"; exit 1; }
OFF=$(login "$OFFICER"); [ -n "$OFF" ] || { echo "login of $OFFICER failed (OFFICER=… another officer)"; exit 1; }
PRACTICE=${PRACTICE:-$(first_link /practices '/practices/[0-9]\+' )}
ROADMAP=${ROADMAP:-$(first_link "/adoption/implementations/$(first_link /adoption/implementations '/adoption/implementations/[0-9]\+' | grep -o '[0-9]*$')" '/adoption/roadmaps/[0-9]\+')}
[[ "$PRACTICE" == /* ]] || PRACTICE="/practices/${PRACTICE:-1}"
[[ "$ROADMAP" == /* ]] || ROADMAP="/adoption/roadmaps/${ROADMAP:-1}"
REPORT=${REPORT:-$(first_link /reporting/board '/reporting/bodies/[0-9]\+/[0-9A-Z-]\+')}
Q=$(printf '%s' "${QUERY:-поликлиника}" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')

# name | session | path
PAGES_ALL="home-coordinator|$COORD|/
home-officer|$OFF|/
practices|$COORD|/practices
practices-q|$COORD|/practices?q=$Q
practice-card|$COORD|$PRACTICE
catalogue|$COORD|/adoption/catalogue
catalogue-q|$COORD|/adoption/catalogue?q=$Q
implementations|$COORD|/adoption/implementations
roadmap|$COORD|$ROADMAP
reporting-board|$COORD|/reporting/board
body-report|$COORD|$REPORT
consolidated|$COORD|/reporting/consolidated
audit|$COORD|/audit
notifications|$COORD|/notifications
dashboard|$COORD|/dashboard"

ms() { # wrk latency (850.00us, 12.34ms, 1.20s, 2.00m) → milliseconds
  awk -v v="$1" 'BEGIN{ if (v=="") {print "—"; exit} n=v+0; u=v; gsub(/[0-9.]/,"",u);
    f=(u=="us")?0.001:(u=="ms")?1:(u=="s")?1000:(u=="m")?60000:1; printf "%.1f", n*f }'
}
measure() { # session path connections → "rps p50 p99"
  local c=$3 t out rps p50 p99
  t=$(( c < 2 ? 1 : 2 ))
  if [ -n "$1" ]; then
    out=$(wrk -t"$t" -c"$c" -d"$DURATION" --timeout 30s --latency -H "Cookie: SESSION=$1" "$BASE$2" 2>&1 || true)
  else
    out=$(wrk -t"$t" -c"$c" -d"$DURATION" --timeout 30s --latency "$BASE$2" 2>&1 || true)
  fi
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  if echo "$out" | grep -q 'Non-2xx or 3xx'; then rps="${rps}!"; fi   # errors: the figure is not a page
  echo "${rps:-0} $(ms "$p50") $(ms "$p99")"
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC')  base=$BASE  duration=$DURATION each  load average: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
echo "# card=$PRACTICE roadmap=$ROADMAP report=$REPORT officer=$OFFICER trivial=$TRIVIAL"
printf '%-18s %4s %10s %9s %9s %10s %9s %9s %7s\n' page conn "req/s" "p50 ms" "p99 ms" "floor r/s" "fl p50" "fl p99" ratio
for c in $CONNECTIONS; do
  while IFS='|' read -r name session path; do
    if [ -n "${PAGES_ONLY:-}" ] && ! [[ " $PAGES_ONLY " == *" $name "* ]]; then continue; fi
    read -r frps fp50 fp99 < <(measure "" "$TRIVIAL" "$c")
    read -r rps p50 p99 < <(measure "$session" "$path" "$c")
    ratio=$(awk -v a="${rps%!}" -v b="${frps%!}" 'BEGIN{ if (b>0) printf "%.1f%%", 100*a/b; else print "—" }')
    printf '%-18s %4s %10s %9s %9s %10s %9s %9s %7s\n' "$name" "$c" "$rps" "$p50" "$p99" "$frps" "$fp50" "$fp99" "$ratio"
  done <<< "$PAGES_ALL"
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)   (\"!\" after req/s: some answers were not 2xx/3xx)"
