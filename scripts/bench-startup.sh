#!/usr/bin/env bash
# Benchmark: seconds from the run command (scripts/run.sh, warm Maven cache) to the first search
# for 北海 that returns results, on a fresh data folder, and the same for a second start on the
# now-filled data folder (no harvest). Prints a Markdown table row per measurement.
#   scripts/bench-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-18080}"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
Q='%E5%8C%97%E6%B5%B7'   # 北海, URL-encoded

measure() {
  local label="$1" start pid total=0
  start=$(date +%s.%N)
  ./scripts/run.sh --server.port="$PORT" --portal.data-dir="$DATA" > "$DATA/run-$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    total=$(curl -fs "http://127.0.0.1:$PORT/api/search?q=$Q" 2>/dev/null | sed -n 's/.*"total":\([0-9]*\).*/\1/p' || true)
    [ -n "$total" ] && [ "$total" -gt 0 ] && break
    sleep 0.5
  done
  local end; end=$(date +%s.%N)
  pkill -TERM -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  printf '| %s | %.1f s | %s hits for 北海 |\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "${total:-0}"
}

echo "| start | run command → first search with results | result |"
echo "|---|---|---|"
measure "first start, empty data folder (build + demo harvest)"
measure "second start, data kept (build, no harvest)"
