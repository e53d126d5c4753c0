#!/usr/bin/env bash
# Copy-throughput benchmark (issue "Copy throughput"): times Ferry against pgloader and against each
# target's bulk-load limit (psql \copy, LOAD DATA LOCAL INFILE) on the same deterministic rows, and
# prints rows/s, MB/s, peak RSS, the CPU each process used (the command, PostgreSQL, MariaDB) and
# the ratios. Numbers, not assertions: run it on an idle machine.
#
#   bench/run.sh [rows]        # default 1000000 rows in `wide`, rows/10 in `blobs`
#   STEPS="data ferry" bench/run.sh   # only some steps: data, ferry, pgloader, limits (default: all)
#   BLOB_ROWS=2000 BLOB_BYTES=262144 STEPS="blobs ferry" bench/run.sh
#                                     # remake only `blobs` (any row count and size; data remakes it too)
#   BUILDS=jvm bench/run.sh           # only some Ferry builds: jvm, native (default: both)
#   REPEAT=1 bench/run.sh             # runs per measurement (default 3); the median is reported
#
# Needs: the local PostgreSQL and MariaDB servers, python3, /usr/bin/time, pgloader (apt) for the
# comparison, and `./mvnw package` (plus -Dnative for the native figures) done beforehand. The JVM
# runs go through bin/ferry, the launcher with Ferry's memory-bounding JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
BLOB_ROWS=${BLOB_ROWS:-$((ROWS / 10))}
BLOB_BYTES=${BLOB_BYTES:-1000}
WORK=${BENCH_DIR:-/tmp/ferry-bench}
RESULTS=${RESULTS:-bench/results.md}
PG="-h 127.0.0.1 -U postgres"
MY="-h 127.0.0.1 -uroot"
JAR=target/quarkus-app/quarkus-run.jar
NATIVE=$(ls target/ferry-*-runner 2>/dev/null | head -1 || true)
STEPS=${STEPS:-data ferry pgloader limits}
BUILDS=${BUILDS:-jvm native}
REPEAT=${REPEAT:-3}
mkdir -p "$WORK"
step() { [[ " $STEPS " == *" $1 "* ]]; }

pg() { psql $PG -v ON_ERROR_STOP=1 -qAt "$@"; }
my() { mysql $MY --local-infile=1 -N "$@"; }

fresh_pg() { pg -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1; }
fresh_my() { my -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1"; }

# ---- data set: one deterministic generator writes the CSV and the SQLite file; the servers load the CSV ----
WIDE_DDL_MY="CREATE TABLE wide (id BIGINT PRIMARY KEY, n INT NOT NULL, b BIGINT, name VARCHAR(64), body TEXT,
  price DECIMAL(12,2), ratio DOUBLE, created DATETIME, flag BOOLEAN, note VARCHAR(64) NULL)"
WIDE_DDL_PG="CREATE TABLE wide (id bigint PRIMARY KEY, n int NOT NULL, b bigint, name varchar(64), body text,
  price numeric(12,2), ratio double precision, created timestamp, flag boolean, note varchar(64))"
LOAD_MY="LOAD DATA LOCAL INFILE '$WORK/wide.csv' INTO TABLE wide FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n'"
COPY_PG="\\copy wide FROM '$WORK/wide.csv' WITH (FORMAT csv, NULL '\\N')"

if step data; then
echo "== data set: $ROWS rows (wide) + $BLOB_ROWS rows x ${BLOB_BYTES} B (blobs)"
python3 - "$WORK" "$ROWS" <<'PY'
import csv, sqlite3, sys
work, rows = sys.argv[1], int(sys.argv[2])
def row(s):
    return (s, s % 1000, s * 7919, f"name-{s}", f"body{s % 97}-" * 28, f"{(s % 100000) / 100:.2f}", repr(s / 3.0),
            f"2024-01-01 {(s % 86400)//3600:02d}:{(s % 3600)//60:02d}:{s % 60:02d}", s % 2, None if s % 5 == 0 else f"n{s}")
with open(f"{work}/wide.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    for s in range(1, rows + 1):
        out.writerow(["\\N" if v is None else v for v in row(s)])
db = sqlite3.connect(f"{work}/source.sqlite")
db.executescript("DROP TABLE IF EXISTS wide; CREATE TABLE wide (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, b BIGINT, "
                 "name VARCHAR(64), body TEXT, price NUMERIC(12,2), ratio REAL, created DATETIME, flag BOOLEAN, note VARCHAR(64));")
db.executemany("INSERT INTO wide VALUES (?,?,?,?,?,?,?,?,?,?)", (row(s) for s in range(1, rows + 1)))
db.commit()
PY
fresh_my bench_src
my bench_src -e "$WIDE_DDL_MY; $LOAD_MY"
fresh_pg bench_pg
pg -d bench_pg -c "$WIDE_DDL_PG"
pg -d bench_pg -c "$COPY_PG"
fi
if step data || step blobs; then
# RANDOM_BYTES stops at 1024: larger values repeat a random kilobyte, cut to size.
my bench_src -e "DROP TABLE IF EXISTS blobs; CREATE TABLE blobs (id BIGINT PRIMARY KEY, data LONGBLOB NOT NULL);
INSERT INTO blobs SELECT seq, LEFT(REPEAT(RANDOM_BYTES(LEAST($BLOB_BYTES, 1024)), CEIL($BLOB_BYTES / 1024)), $BLOB_BYTES)
FROM seq_1_to_$BLOB_ROWS;"
fi
MB=$(echo "scale=1; $(stat -c %s "$WORK/wide.csv") / 1000000" | bc)
read -r BLOB_COUNT MB_BLOBS < <(my -e "SELECT COUNT(*), ROUND(SUM(LENGTH(data)) / 1e6, 1) FROM bench_src.blobs")
echo "   payload: wide ${MB} MB as CSV, blobs ${MB_BLOBS} MB in $BLOB_COUNT rows"

# ---- timing helpers ----
pg_ticks() {   # CPU ticks used so far by PostgreSQL's processes, exited backends included
  local t=0 pid
  for pid in $(pgrep -x postgres) $(pgrep -f '^postgres:'); do
    t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  for pid in $(pgrep -x postgres); do
    t=$((t + $(awk '{print $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $t
}
my_ticks() {   # CPU ticks used so far by mariadbd
  local t=0 pid
  for pid in $(pgrep -x mariadbd); do
    t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $t
}
server_ticks() { echo $(( $(pg_ticks) + $(my_ticks) )); }
HZ=$(getconf CLK_TCK)
seconds() { awk -v t="$1" -v hz="$HZ" 'BEGIN {printf "%.2f", t / hz}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
settle() {   # waits (30 s at most) until the servers are idle: InnoDB purges and drops, autovacuum
  local quiet=0 before after i
  for ((i = 0; i < 60 && quiet < 2; i++)); do
    before=$(server_ticks); sleep 0.5; after=$(server_ticks)
    # Under 5% of one core over half a second counts as idle; two such samples in a row settle it.
    if [ $(( (after - before) * 100 )) -lt $(( HZ * 5 / 2 )) ]; then quiet=$((quiet + 1)); else quiet=0; fi
  done
}

RESULT_LINES=()
declare -A SECS
# measure <label> <rows> <mb> <command...>: median seconds of $REPEAT runs, highest peak RSS, and
# the median CPU seconds of the command itself (user + system) and of each server during a run:
# every pair here is CPU-bound on two cores, so where the CPU goes is what bounds the time.
measure() {
  local label=$1 rows=$2 mb=$3; shift 3
  local log="$WORK/$(echo "$label" | tr ' />' '___').log" runs=() rss=0 r one peak
  local own=() pgs=() mys=() pg0 my0
  for ((r = 1; r <= REPEAT; r++)); do
    # $SETUP (a command) gives every run the same start, e.g. an empty target database.
    if [ -n "${SETUP:-}" ]; then $SETUP; fi
    # Every run starts with the previous run's writes on disk, not in PostgreSQL's or the OS's buffers.
    pg -d postgres -c "CHECKPOINT" >/dev/null; sync
    settle
    pg0=$(pg_ticks); my0=$(my_ticks)
    if ! /usr/bin/time -v "$@" > "$log" 2>&1; then
      echo "   $label: FAILED (see $log)"; RESULT_LINES+=("| $label | failed | | | | | | | |"); return
    fi
    pgs+=("$(seconds $(( $(pg_ticks) - pg0 )))"); mys+=("$(seconds $(( $(my_ticks) - my0 )))")
    own+=("$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")")
    one=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    runs+=("$one")
    [ "$peak" -gt "$rss" ] && rss=$peak
  done
  local secs all cpu
  secs=$(median "${runs[@]}")
  cpu="$(median "${own[@]}") | $(median "${pgs[@]}") | $(median "${mys[@]}")"
  all=$(printf '%s\n' "${runs[@]}" | sort -n | paste -sd/ -)
  printf "   %-40s %8.2f s %10.0f rows/s %7.1f MB/s %6s MB RSS   (%s s; CPU s: own | pg | mariadb = %s)\n" "$label" \
    "$secs" "$(echo "$rows/$secs" | bc -l)" "$(echo "$mb/$secs" | bc -l)" "$rss" "$all" "$cpu"
  RESULT_LINES+=("| $label | $secs | $all | $(printf %.0f "$(echo "$rows/$secs" | bc -l)") | $(printf %.1f "$(echo "$mb/$secs" | bc -l)") | $rss | $cpu |")
  SECS["$label"]=$secs
}

ferry_runs() {   # ferry_runs <label> <launcher...>
  local label=$1; shift
  SETUP="fresh_pg bench_dst" measure "$label mariadb>postgresql" "$ROWS" "$MB" "$@" migrate \
      --source mysql://root@127.0.0.1:3306/bench_src --target postgresql://postgres@127.0.0.1:5432/bench_dst --tables wide --yes
  SETUP="fresh_pg bench_dst" measure "$label sqlite>postgresql" "$ROWS" "$MB" "$@" migrate \
      --source "sqlite://$WORK/source.sqlite" --target postgresql://postgres@127.0.0.1:5432/bench_dst --yes
  SETUP="fresh_my bench_dst" measure "$label postgresql>mariadb" "$ROWS" "$MB" "$@" migrate \
      --source postgresql://postgres@127.0.0.1:5432/bench_pg --target mysql://root@127.0.0.1:3306/bench_dst --yes
  SETUP="rm -f $WORK/target.sqlite" measure "$label postgresql>sqlite" "$ROWS" "$MB" "$@" migrate \
      --source postgresql://postgres@127.0.0.1:5432/bench_pg --target "sqlite://$WORK/target.sqlite" --yes
  SETUP="fresh_pg bench_dst" measure "$label mariadb>postgresql blobs" "$BLOB_COUNT" "$MB_BLOBS" "$@" migrate \
      --source mysql://root@127.0.0.1:3306/bench_src --target postgresql://postgres@127.0.0.1:5432/bench_dst --tables blobs --yes
}

if step ferry; then
  echo "== Ferry"
  if [ -f "$JAR" ] && [[ " $BUILDS " == *" jvm "* ]]; then
    # Untimed: the first run after a build records bin/ferry's class-data archive.
    rm -f target/quarkus-app/ferry-cds.jsa
    fresh_pg bench_dst
    bin/ferry migrate --source mysql://root@127.0.0.1:3306/bench_src --target postgresql://postgres@127.0.0.1:5432/bench_dst \
        --tables blobs --yes > "$WORK/warm-up.log" 2>&1
    ferry_runs "ferry-jvm" bin/ferry
  fi
  if [ -n "$NATIVE" ] && [[ " $BUILDS " == *" native "* ]]; then
    ferry_runs "ferry-native" "$NATIVE"
  fi
fi

if ! step pgloader; then
  :
elif command -v pgloader >/dev/null; then
  echo "== pgloader"
  fresh_pg bench_dst
  # pgloader 3.6.9's defaults exhaust its heap on this table ("Heap exhausted, game over"): smaller batches.
  cat > "$WORK/pgloader-mysql.load" <<LOAD
LOAD DATABASE FROM mysql://root@127.0.0.1:3306/bench_src INTO postgresql://postgres@127.0.0.1:5432/bench_dst
WITH prefetch rows = 10000, batch rows = 5000
INCLUDING ONLY TABLE NAMES MATCHING 'wide';
LOAD
  SETUP="fresh_pg bench_dst" measure "pgloader mariadb>postgresql" "$ROWS" "$MB" pgloader "$WORK/pgloader-mysql.load"
  SETUP="fresh_pg bench_dst" measure "pgloader sqlite>postgresql" "$ROWS" "$MB" pgloader "$WORK/source.sqlite" \
      postgresql://postgres@127.0.0.1:5432/bench_dst
else
  echo "   pgloader not installed (apt-get install pgloader)"
fi

if step limits; then
echo "== limits (bulk load of the same rows from CSV)"
empty_pg_table() { fresh_pg bench_dst; pg -d bench_dst -c "$WIDE_DDL_PG"; }
empty_my_table() { fresh_my bench_dst; my bench_dst -e "$WIDE_DDL_MY"; }
SETUP=empty_pg_table measure "limit psql copy>postgresql" "$ROWS" "$MB" psql $PG -d bench_dst -c "$COPY_PG"
SETUP=empty_my_table measure "limit load-data>mariadb" "$ROWS" "$MB" mysql $MY --local-infile=1 bench_dst -e "$LOAD_MY"
fi

[ ${#RESULT_LINES[@]} -eq 0 ] && exit 0

# ---- ratios: Ferry against pgloader and against each target's bulk-load limit (lower is better) ----
RATIO_LINES=()
ratio() {   # ratio <ferry label> <yardstick label>; skipped unless both were measured
  [ -n "$1" ] && [ -n "$2" ] || return 0
  local a=${SECS["$1"]:-} b=${SECS["$2"]:-}
  if [ -n "$a" ] && [ -n "$b" ]; then
    RATIO_LINES+=("| $1 | $2 | $(printf %.2f "$(echo "$a/$b" | bc -l)") |")
  fi
}
for f in ferry-jvm ferry-native; do
  ratio "$f mariadb>postgresql" "$(printf '%s\n' "${!SECS[@]}" | grep '^pgloader mariadb>postgresql' | head -1)"
  ratio "$f mariadb>postgresql" "limit psql copy>postgresql"
  ratio "$f sqlite>postgresql" "pgloader sqlite>postgresql"
  ratio "$f sqlite>postgresql" "limit psql copy>postgresql"
  ratio "$f postgresql>mariadb" "limit load-data>mariadb"
done
if [ ${#RATIO_LINES[@]} -gt 0 ]; then
  echo "== ratios (Ferry seconds / yardstick seconds)"
  printf '   %s\n' "${RATIO_LINES[@]}"
fi

{
  echo "## Copy throughput — $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, $ROWS rows"
  echo
  echo "| run | median s | runs (s) | rows/s | MB/s | peak RSS MB | own CPU s | PostgreSQL CPU s | MariaDB CPU s |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${RESULT_LINES[@]}"
  if [ ${#RATIO_LINES[@]} -gt 0 ]; then
    echo
    echo "| Ferry run | yardstick | time ratio |"
    echo "|---|---|---|"
    printf '%s\n' "${RATIO_LINES[@]}"
  fi
} > "$RESULTS"
echo "== written to $RESULTS"
