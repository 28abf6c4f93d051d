#!/usr/bin/env bash
# Product search on 100,000 products in PostgreSQL: imports them as catalog-import.sh does, then sends SEARCHES
# (2000) searches through the API one after another, after a warm-up of 200, with varied q: brand and item words,
# parts of names and SKUs in any letter case, and whole barcodes. Prints p50/p95/p99 in ms (target: p95 under 50 ms).
# Usage: bench/catalog-search.sh. Environment: SEARCHES, ROWS (100000), JAVA, PGHOST, PGUSER.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/catalog-bench.sh
searches=${SEARCHES:-2000}

bench_generate
bench_start
echo "import of $rows products: $(bench_import) s"

# the queries, drawn from the file itself
awk -F, -v n="$((searches + 200))" -v rows="$rows" 'BEGIN { srand(7) }
  NR > 1 { sku[NR] = $1; name[NR] = $2; code[NR] = $3 }
  END {
    split("rice,semovita,indomie,golden penny,peak milk,dangote sugar,honeywell,garri,tomato paste,milo 500g,cornflakes,palm oil", word, ",")
    for (i = 0; i < n; i++) {
      r = 2 + int(rand() * rows); kind = i % 5
      if (kind == 0) q = word[1 + int(rand() * 12)]
      else if (kind == 1) q = tolower(substr(sku[r], 1, 6))
      else if (kind == 2) q = code[r]
      else if (kind == 3) q = toupper(substr(name[r], 1, 12))
      else { split(name[r], part, " "); q = tolower(part[length(part) - 1] " " part[length(part)]) }
      print q
    }
  }' "$work/products.csv" >"$work/queries.txt"

run() {
  while IFS= read -r q; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
      "$base/api/v1/products?q=${q// /%20}&size=50"
  done
}
head -n 200 "$work/queries.txt" | run >/dev/null
tail -n +201 "$work/queries.txt" | run >"$work/times.txt"

failed=$(awk '$1 != 200' "$work/times.txt" | wc -l)
awk '{ printf "%.3f\n", $2 * 1000 }' "$work/times.txt" | sort -n | awk -v failed="$failed" '
  { t[NR] = $1 }
  END {
    printf "searches: %d (not 200: %d)\n", NR, failed
    printf "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (target: p95 under 50 ms)\n",
      t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR]
  }'

# the same searches as the server measured them (its access log: from the request's arrival to the last byte sent)
grep -o 'GET /api/v1/products 200 [0-9]*ms' "$work/server.log" | tail -n "$searches" | sed 's/.* \([0-9]*\)ms/\1/' |
  sort -n | awk '{ t[NR] = $1 } END {
    printf "in the server: p50 %d ms, p95 %d ms, p99 %d ms\n", t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)],
      t[int(NR * 0.99 + 0.5)] }'
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; other work on the machine slows every figure)"
