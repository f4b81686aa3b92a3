#!/usr/bin/env python3
"""Writes a CSV of synthetic A&E attendances for the load benchmark (SYNTHETIC data).

usage: make_attendances.py STORE.sqlite ROWS OUT.csv
Person identifiers are drawn from the store's persons so every row is valid; attendance ids start
far above the synthesis's own so the rows are new.
"""
import random
import sqlite3
import sys

store, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
persons = [r[0] for r in sqlite3.connect(store).execute("SELECT person_id FROM persons")]
rng = random.Random(42)
with open(out, "w", newline="") as f:
    f.write("attendance_id,person_id,arrival_date,duration_minutes,admitted\n")
    base = 10**12
    for i in range(rows):
        f.write("%d,%d,20%02d-%02d-%02d,%d,%d\n" % (
            base + i, rng.choice(persons), 14 + i % 10, 1 + i % 12, 1 + i % 28, rng.randint(10, 900), i % 4 == 0))
