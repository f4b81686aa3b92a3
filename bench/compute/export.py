"""Exports the tables the peer needs from a PlaceHealth store (SQLite) to Parquet, through CSV.

Usage: export.py STORE DIR. The sqlite3 tool writes each table whole to DIR/TABLE.csv (with a
header); DuckDB then converts each CSV to DIR/TABLE.parquet with the column types of the data model.
Prints the time of each step as `export-csv SECONDS` and `export-parquet SECONDS` (standard output)."""
import os
import subprocess
import sys
import time

import duckdb

# Tables read by the three benchmarked indicators, with the types of the columns the peer uses
# (the other columns keep DuckDB's detected types).
TABLES = {
    "dataset": {"key": "VARCHAR", "value": "VARCHAR"},
    "areas": {"area_code": "VARCHAR", "kind": "VARCHAR", "parent_code": "VARCHAR", "imd_decile": "INTEGER"},
    "persons": {"person_id": "BIGINT", "birth_date": "DATE", "sex": "VARCHAR", "ethnic_group": "VARCHAR",
                "lsoa_code": "VARCHAR", "practice_code": "VARCHAR", "registered_from": "DATE",
                "registered_to": "DATE"},
    "deaths": {"person_id": "BIGINT", "death_date": "DATE"},
    "admissions": {"person_id": "BIGINT", "method": "VARCHAR", "admit_date": "DATE", "acs": "INTEGER"},
    "births": {"child_person_id": "BIGINT", "mother_person_id": "BIGINT", "birth_date": "DATE",
               "weight_grams": "INTEGER", "gestation_weeks": "INTEGER"},
}


def main():
    store, out = sys.argv[1:3]
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    for table in TABLES:
        with open(os.path.join(out, f"{table}.csv"), "w") as f:
            subprocess.run(["sqlite3", "-csv", "-header", store, f"SELECT * FROM {table}"], stdout=f, check=True)
    csv_seconds = time.perf_counter() - start
    start = time.perf_counter()
    con = duckdb.connect()
    for table, types in TABLES.items():
        source = os.path.join(out, f"{table}.csv").replace("'", "''")
        target = os.path.join(out, f"{table}.parquet").replace("'", "''")
        typed = ", ".join(f"'{column}': '{kind}'" for column, kind in types.items())
        con.execute(f"COPY (SELECT * FROM read_csv('{source}', header = true, types = {{{typed}}})) "
                    f"TO '{target}' (FORMAT parquet)")
    parquet_seconds = time.perf_counter() - start
    for table in TABLES:
        os.remove(os.path.join(out, f"{table}.csv"))
    print(f"export-csv {csv_seconds:.3f}")
    print(f"export-parquet {parquet_seconds:.3f}")


if __name__ == "__main__":
    main()
