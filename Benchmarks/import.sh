#!/usr/bin/env bash
# Import benchmark: CasePilot's `data import` against the sqlite3 shell's `.import`.
#
#   Benchmarks/import.sh [DATA_DIR]      (default: ../shared/data beside the repository)
#
# 1. The 2.5-million-row practitioner PTP file: `casepilot data import ncci-ptp` of the .csv.gz
#    (decompression, parsing, validation, insert, index build, provenance, all in one transaction)
#    against `sqlite3 .import` of the same, already decompressed CSV into an equivalent table of
#    five TEXT columns (no index, no validation) — and the same plus `CREATE INDEX` on the pair.
# 2. Every dataset in DATA_DIR imported into a fresh knowledge base, timed as a whole.
# Builds casepilot in release mode first (scratch path .build-bench) unless CASEPILOT_BIN is set.
# Needs sqlite3, gzip and bc.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$here/../shared/data}"
[ -d "$data/ncci-ptp" ] || { echo "no data folder at $data" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }

# CASEPILOT_BIN=path/to/release/casepilot skips the build.
if [ -z "${CASEPILOT_BIN:-}" ]; then
  swift build -c release --package-path "$here" --scratch-path "$here/.build-bench" --product casepilot >/dev/null
fi
bin="${CASEPILOT_BIN:-$here/.build-bench/release/casepilot}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export CASEPILOT_HOME="${CASEPILOT_HOME:-$here}"
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

ptp="$data/ncci-ptp/ptp_practitioner_2024-07-01.csv.gz"
gzip -dc "$ptp" > "$work/ptp.csv"
rows=$(($(wc -l < "$work/ptp.csv") - 1))

t0=$(now)
sqlite3 "$work/shell.sqlite" <<SQL
CREATE TABLE ptp(column_1 TEXT, column_2 TEXT, deletion_date TEXT, modifier_indicator TEXT, ptp_edit_rationale TEXT);
.mode csv
.import --skip 1 $work/ptp.csv ptp
SQL
t1=$(now)
sqlite3 "$work/shell.sqlite" "CREATE INDEX ptp_pair ON ptp(column_1, column_2);"
t2=$(now)

t3=$(now)
"$bin" data import ncci-ptp "$ptp" --db "$work/casepilot.sqlite" >/dev/null
t4=$(now)
"$bin" data import ncci-ptp "$ptp" --db "$work/casepilot.sqlite" >/dev/null
t5=$(now)

shell=$(elapsed "$t0" "$t1"); shell_index=$(elapsed "$t0" "$t2")
ours=$(elapsed "$t3" "$t4"); again=$(elapsed "$t4" "$t5")
printf 'PTP practitioner, %d rows\n' "$rows"
printf '  sqlite3 .import (decompressed CSV, no index):   %6.2f s  %8.0f rows/s\n' "$shell" "$(echo "$rows / $shell" | bc -l)"
printf '  sqlite3 .import + CREATE INDEX:                 %6.2f s\n' "$shell_index"
printf '  casepilot data import (.csv.gz, validated, indexed, fresh db): %6.2f s  %8.0f rows/s  ratio %.2fx\n' \
  "$ours" "$(echo "$rows / $ours" | bc -l)" "$(echo "$ours / $shell" | bc -l)"
printf '  casepilot re-import (replacing the previous import):           %6.2f s\n' "$again"

db="$work/all.sqlite"
t6=$(now)
"$bin" data import hcpcs "$data/hcpcs/HCPC2025_OCT_ANWEB.csv" --db "$db" >/dev/null
"$bin" data import icd10cm "$data/icd10cm/icd10cm-tabular-April-1-2026.xml.gz" --db "$db" >/dev/null
"$bin" data import icd10cm "$data/icd10cm/icd10cm_codes_2026_april.csv" --db "$db" >/dev/null
"$bin" data import icd10pcs "$data/icd10pcs/icd10pcs_codes_2024.txt.gz" --db "$db" >/dev/null
"$bin" data import ncci-ptp "$data/ncci-ptp/ptp_practitioner_2024-07-01.csv.gz" --db "$db" >/dev/null
"$bin" data import ncci-ptp "$data/ncci-ptp/ptp_outpatient_hospital_2024-07-01.csv.gz" --db "$db" >/dev/null
for setting in practitioner outpatient_hospital dme_supplier; do
  "$bin" data import mue "$data/mue/mue_${setting}_2024-07-01.csv" --db "$db" >/dev/null
done
"$bin" data import aoc "$data/ncci-aoc/aoc_edits_2024-06-03.csv" --db "$db" >/dev/null
"$bin" data import pfs-rvu "$data/pfs-rvu/PPRRVU24_JUL.csv" --db "$db" >/dev/null
"$bin" data import gems "$data"/gems/*.csv "$data"/gems/*.txt --db "$db" >/dev/null
"$bin" data import lcd-index "$data/coverage/mcd_lcd_article_index_2025-08.csv" --db "$db" >/dev/null
t7=$(now)
printf 'Everything in %s (13 imports): %.2f s\n' "$data" "$(elapsed "$t6" "$t7")"
