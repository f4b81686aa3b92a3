"""Checks that the engine's stored results and the peer's agree, result by result.

Usage: compare.py STORE PEER.csv [RELATIVE_TOLERANCE]
Every (indicator, period, breakdown, group) of the three indicators is matched; its numerator,
denominator, value and 95% and 99.8% limits must agree within the relative tolerance (default 1e-6;
an absolute difference below 1e-9 always agrees; missing on both sides agrees). Prints the counts of
agreeing and differing results by indicator and breakdown, results found on one side only, and the
first differences. Exits 1 if anything differs."""
import csv
import math
import sqlite3
import sys
from collections import Counter

FIELDS = ["numerator", "denominator", "value", "lower95", "upper95", "lower998", "upper998"]


def number(value):
    if value is None:
        return None
    if isinstance(value, str):
        if value.strip() in ("", "nan", "NaN", "NA", "inf", "-inf"):
            return None if value.strip() in ("", "nan", "NaN", "NA") else float(value)
        value = float(value)
    value = float(value)
    return None if math.isnan(value) else value


def agree(a, b, tolerance):
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 1e-9 or abs(a - b) <= tolerance * max(abs(a), abs(b))


def main():
    store, peer_file = sys.argv[1:3]
    tolerance = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-6
    peer = {}
    for row in csv.DictReader(open(peer_file)):
        key = (row["indicator_id"], row["period"], row["breakdown"], row["group_code"])
        peer[key] = [number(row[f]) for f in FIELDS]
    indicators = sorted({key[0] for key in peer})
    con = sqlite3.connect(store)
    marks = ", ".join("?" for _ in indicators)
    ours = {}
    for row in con.execute(
            f"SELECT indicator_id, period, breakdown, group_code, {', '.join(FIELDS)} FROM indicator_results "
            f"WHERE indicator_id IN ({marks})", indicators):
        ours[tuple(row[:4])] = [number(v) for v in row[4:]]

    agreeing, differing = Counter(), Counter()
    differences = []
    worst = 0.0
    missing_both = 0
    for key in sorted(set(ours) & set(peer)):
        for a, b in zip(ours[key], peer[key]):
            if a is None and b is None:
                missing_both += 1
            elif a is not None and b is not None and a != b:
                worst = max(worst, abs(a - b) / max(abs(a), abs(b)))
        bad = [f for f, a, b in zip(FIELDS, ours[key], peer[key]) if not agree(a, b, tolerance)]
        if bad:
            differing[key[:3:2]] += 1
            differences.append((key, bad))
        else:
            agreeing[key[:3:2]] += 1
    only_ours = sorted(set(ours) - set(peer))
    only_peer = sorted(set(peer) - set(ours))

    total_agree, total_differ = sum(agreeing.values()), sum(differing.values())
    print(f"agreement (relative tolerance {tolerance:g}, fields {', '.join(FIELDS)}): "
          f"{total_agree} results agree, {total_differ} differ, {len(only_ours)} only in the engine, "
          f"{len(only_peer)} only in the peer; largest relative difference {worst:.1e}; "
          f"{missing_both} fields empty on both sides (DSRs of fewer than 10 events)")
    for indicator in indicators:
        parts = []
        for breakdown in sorted({k[1] for k in list(agreeing) + list(differing) if k[0] == indicator}):
            a, d = agreeing[(indicator, breakdown)], differing[(indicator, breakdown)]
            parts.append(f"{breakdown} {a}" + (f" ({d} differ)" if d else ""))
        print(f"  {indicator}: " + ", ".join(parts))
    for key, bad in differences[:8]:
        shown = "; ".join(f"{f} engine {ours[key][FIELDS.index(f)]!r} peer {peer[key][FIELDS.index(f)]!r}"
                          for f in bad)
        print(f"  differs: {' '.join(key)}: {shown}")
    for key in only_ours[:4]:
        print(f"  only in the engine: {' '.join(key)}")
    for key in only_peer[:4]:
        print(f"  only in the peer: {' '.join(key)}")
    sys.exit(1 if total_differ or only_ours or only_peer else 0)


if __name__ == "__main__":
    main()
