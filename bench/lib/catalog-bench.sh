#!/usr/bin/env bash
# Shared by catalog-import.sh and catalog-search.sh: a fresh PostgreSQL database, the built jar started against it
# with a first administrator, sign-in, a generated product file and its import through the API.
# Environment: KEEP_DB=1 keeps the database for a closer look; JAVA (default: the Java 25 JDK under /usr/lib/jvm), PGHOST (127.0.0.1), PGUSER (postgres), ROWS (100000).

java=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
[ -x "$java" ] || { echo "no Java 25 runtime found; set JAVA" >&2; exit 1; }
[ -f target/astroaxis.jar ] || ./mvnw -q -B -DskipTests package
pghost=${PGHOST:-127.0.0.1}
pguser=${PGUSER:-postgres}
rows=${ROWS:-100000}
port=${BENCH_PORT:-18766}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
db="astroaxis_bench_$(date +%s)_$$"
server_pid=""

bench_cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "${KEEP_DB:-}" ]; then
    echo "kept database $db" >&2
  else
    psql -h "$pghost" -U "$pguser" -qc "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap bench_cleanup EXIT

bench_start() {
  psql -h "$pghost" -U "$pguser" -qc "create database $db" postgres
  DATABASE_URL="postgresql://$pguser@$pghost:5432/$db" PORT=$port DATA_DIR="$work/data" MAX_UPLOAD_SIZE_MB=64 \
    ADMIN_USERNAME=bench ADMIN_PASSWORD='Benchmark-Ikeja-Market-2026' ACCESS_TOKEN_MINUTES=60 \
    "$java" -jar target/astroaxis.jar >"$work/server.log" 2>&1 &
  server_pid=$!
  until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server died:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  token=$(curl -fs -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"Benchmark-Ikeja-Market-2026"}' "$base/api/v1/auth/login" |
    sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "sign-in failed" >&2; exit 1; }
  curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"code":"BENCH","name":"Benchmark shop"}' "$base/api/v1/branches"
}

# $work/products.csv: $rows products with valid EAN-13 barcodes, a dozen categories, opening stock at BENCH
bench_generate() {
  awk -v rows="$rows" 'BEGIN {
    srand(2026)
    split("Golden Penny,Dangote,Honeywell,Mama Gold,Peak,Dano,Indomie,Milo,Bournvita,Kings,Power,Devon,Tasty Tom,Gino,Nestle,Cadbury", brand, ",")
    split("Rice,Semovita,Spaghetti,Garri,Beans,Sugar,Milk,Noodles,Vegetable Oil,Tomato Paste,Flour,Salt,Cocoa Drink,Cornflakes,Yam Flour,Palm Oil", item, ",")
    split("50g,120g,250g,500g,1kg,2kg,5kg,10kg,25kg,50cl,1L,5L", size, ",")
    split("Food > Grains,Food > Pasta,Food > Oils,Food > Dairy,Food > Beverages,Food > Baking,Food > Condiments,Household > Cleaning,Household > Paper,Personal Care > Soap,Personal Care > Hair,Baby > Food", cat, ",")
    split("STANDARD,ZERO_RATED,EXEMPT", vat, ",")
    print "sku,name,barcode,price,cost,vat_class,unit,category,branch_code,opening_quantity"
    for (i = 1; i <= rows; i++) {
      data = sprintf("20%010d", i)
      sum = 0
      for (d = 12; d >= 1; d--) { w = ((12 - d) % 2 == 0) ? 3 : 1; sum += substr(data, d, 1) * w }
      check = (10 - sum % 10) % 10
      price = int(100 + rand() * 50000)
      unit = (i % 10 == 0) ? "KILOGRAM" : "PIECE"
      qty = (unit == "KILOGRAM") ? sprintf("%d.%03d", int(rand() * 50), int(rand() * 1000)) : int(rand() * 200)
      printf "P-%06d,%s %s %s %d,%s%d,%d.00,%d.00,%s,%s,%s,BENCH,%s\n", i, brand[1 + i % 16], item[1 + int(i / 16) % 16], \
        size[1 + i % 12], i, data, check, price, int(price * 0.8), vat[1 + i % 3], unit, cat[1 + i % 12], qty
    }
  }' >"$work/products.csv"
}

# imports $work/products.csv (dryRun=false), waits until DONE; prints the seconds from upload to DONE
bench_import() {
  local start; start=$(date +%s%N)
  local answer; answer=$(curl -fs -H "Authorization: Bearer $token" -F "file=@$work/products.csv;type=text/csv" \
    "$base/api/v1/products/import?dryRun=false")
  local id; id=$(printf '%s' "$answer" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || { echo "import refused: ${answer:0:500}" >&2; exit 1; }
  local status; status=$(printf '%s' "$answer" | sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p')
  while [ "$status" = "RUNNING" ]; do
    sleep 0.2
    answer=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/products/imports/$id")
    status=$(printf '%s' "$answer" | sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p')
  done
  [ "$status" = "DONE" ] || { echo "import ended $status: $answer" >&2; exit 1; }
  awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f\n", ns / 1e9 }'
}
