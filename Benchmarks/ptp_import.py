#!/usr/bin/env python3
"""What a user would script instead of `casepilot data import ncci-ptp`: csv + sqlite3, nothing else.

    python3 Benchmarks/ptp_import.py PTP.csv[.gz] DB

Creates a table of the five PTP columns (as TEXT, like the sqlite3 shell's .import), inserts every
row in one transaction, then indexes the (column_1, column_2) pair so that a pair can be looked up,
as CasePilot's import does. Prints the row count.
"""
import csv
import gzip
import sqlite3
import sys


def main(source: str, database: str) -> int:
    opener = gzip.open if source.endswith(".gz") else open
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE ptp(column_1 TEXT, column_2 TEXT, deletion_date TEXT,"
                       " modifier_indicator TEXT, ptp_edit_rationale TEXT)")
    with opener(source, "rt", newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        with connection:
            connection.executemany("INSERT INTO ptp VALUES (?, ?, ?, ?, ?)", reader)
    connection.execute("CREATE INDEX ptp_pair ON ptp(column_1, column_2)")
    connection.commit()
    rows = connection.execute("SELECT count(*) FROM ptp").fetchone()[0]
    connection.close()
    print(rows)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
