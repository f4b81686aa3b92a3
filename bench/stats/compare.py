"""Checks that placehealth's and phstatsmethods' results agree: value and both intervals of every
group within a relative difference of 1e-9 (both missing counts as agreement).
Usage: compare.py OURS.csv PEER.csv. Prints the largest relative difference; exits 1 on a mismatch."""
import csv
import math
import sys

PAIRS = [("value", "Value"), ("lower95_0cl", "lower_95_ci"), ("upper95_0cl", "upper_95_ci"),
         ("lower99_8cl", "lower_99_8_ci"), ("upper99_8cl", "upper_99_8_ci")]


def number(text):
    if text is None or text.strip() in ("", "nan", "NaN", "NA"):
        return None
    value = float(text)
    return None if math.isnan(value) else value


def main():
    ours = {row["area"]: row for row in csv.DictReader(open(sys.argv[1]))}
    peer = {row["area"]: row for row in csv.DictReader(open(sys.argv[2]))}
    if set(ours) != set(peer):
        print(f"groups differ: {len(ours)} here, {len(peer)} in phstatsmethods")
        sys.exit(1)
    worst = 0.0
    mismatches = 0
    for area, row in ours.items():
        for mine, theirs in PAIRS:
            a, b = number(row[mine]), number(peer[area][theirs])
            if a is None or b is None:
                if (a is None) != (b is None):
                    mismatches += 1
                continue
            difference = abs(a - b) / max(abs(a), abs(b)) if a != b else 0.0
            worst = max(worst, difference)
            if difference > 1e-9 and abs(a - b) > 1e-12:
                mismatches += 1
    print(f"{len(ours)} groups compared; largest relative difference {worst:.2e}; {mismatches} above 1e-9")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
