"""Runs phstatsmethods (the Python reference) on a benchmark input and writes its result CSV.
Usage: peer.py METHOD INPUT OUTPUT, METHOD one of proportion, rate, dsr."""
import contextlib
import io
import sys

import pandas as pd
import PHStatsMethods as ph


def main():
    method, source, target = sys.argv[1:4]
    df = pd.read_csv(source)
    levels = [0.95, 0.998]
    if method == "proportion":
        result = ph.ph_proportion(df, "numerator", "denominator", group_cols="area", metadata=False,
                                  confidence=levels, multiplier=1)
    elif method == "rate":
        result = ph.ph_rate(df, "numerator", "denominator", group_cols="area", metadata=False,
                            confidence=levels, multiplier=100000)
    else:
        # ph_dsr prints the age-band join it made; keep standard output for the timings.
        with contextlib.redirect_stdout(io.StringIO()):
            result = ph.ph_dsr(df, "numerator", "denominator", "age_band", group_cols="area", metadata=False,
                               confidence=levels, multiplier=100000, euro_standard_pops=True)
    result.to_csv(target, index=False)


if __name__ == "__main__":
    main()
