#!/usr/bin/env bash
# Measures, for the built jar, the time from `java -jar` to readiness UP and the resident memory once idle, in two
# ways of starting it:
#   plain  java -jar target/astroaxis.jar
#   aot    the same jar extracted, started with a Java 25 AOT cache made by one training run
#          (java -XX:AOTCache=… -jar …), as docs/operations.md recommends for production
# Usage: bench/startup.sh [runs] (default 3). Builds the jar if it is missing.
# Environment: DATABASE_URL to measure against PostgreSQL (default: the embedded database in a fresh DATA_DIR);
# JAVA to pick the runtime (default: the Java 25 JDK under /usr/lib/jvm); IDLE_SECONDS before reading memory (10).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
idle=${IDLE_SECONDS:-10}
java=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
[ -x "$java" ] || { echo "no Java 25 runtime found; set JAVA" >&2; exit 1; }
[ -f target/astroaxis.jar ] || ./mvnw -q -B -DskipTests package
port=18765
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# one start: prints "<ms to ready> <idle RSS in MB>"
measure() {
  local data; data=$(mktemp -d -p "$work")
  local start; start=$(date +%s%N)
  PORT=$port DATA_DIR=$data "$java" "$@" >"$data/server.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "server died:" >&2; tail -20 "$data/server.log" >&2; exit 1; }
    sleep 0.05
  done
  local ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep "$idle"
  local rss_kb; rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ready_ms $((rss_kb / 1024))"
}

report() {
  local mode=$1; shift
  local results=()
  for run in $(seq 1 "$runs"); do
    local result; result=$(measure "$@")
    printf '%-5s run %d: ready in %s ms, idle RSS %s MB\n' "$mode" "$run" ${result}
    results+=("$result")
  done
  printf '%s\n' "${results[@]}" | sort -n | awk -v n="$runs" -v mode="$mode" '{t[NR]=$1; m[NR]=$2} END {
    printf "%-5s median of %d: ready in %d ms, idle RSS %d MB (targets: 8000 ms, 400 MB)\n", mode, n, t[int((n+1)/2)], m[int((n+1)/2)] }'
}

report plain -jar target/astroaxis.jar

"$java" -Djarmode=tools -jar target/astroaxis.jar extract --destination "$work/app" >/dev/null
PORT=$port DATA_DIR="$work/training" "$java" -XX:AOTCacheOutput="$work/app/astroaxis.aot" \
  -Dspring.context.exit=onRefresh -jar "$work/app/astroaxis.jar" >"$work/training.log" 2>&1
report aot -XX:AOTCache="$work/app/astroaxis.aot" -jar "$work/app/astroaxis.jar"
