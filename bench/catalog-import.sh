#!/usr/bin/env bash
# Imports 100,000 products from a generated CSV file through the API into a fresh PostgreSQL database and prints the
# seconds from the upload to the import's DONE (target: under 60 s on a 2-core machine).
# Usage: bench/catalog-import.sh. Builds the jar if it is missing. Environment: ROWS (100000), JAVA, PGHOST, PGUSER.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/catalog-bench.sh

bench_generate
echo "file: $rows rows, $(( $(stat -c %s "$work/products.csv") / 1024 )) KB"
bench_start
seconds=$(bench_import)
echo "import of $rows products: $seconds s (target: 60 s)"
