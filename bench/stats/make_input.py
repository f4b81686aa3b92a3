"""Writes the benchmark inputs: one row per group (proportions, rates) and 19 ESP 2013 age bands per
group (DSRs). Deterministic for a seed. Usage: make_input.py GROUPS OUT_DIR."""
import os
import random
import sys

BANDS = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
         "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"]


def main():
    groups = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20241123)
    with open(os.path.join(out, f"counts-{groups}.csv"), "w") as f:
        f.write("area,numerator,denominator\n")
        for g in range(groups):
            denominator = rng.randint(100, 100_000)
            numerator = max(1, int(denominator * rng.uniform(0.001, 0.6)))
            f.write(f"A{g:07d},{numerator},{denominator}\n")
    with open(os.path.join(out, f"dsr-{groups}.csv"), "w") as f:
        f.write("area,age_band,numerator,denominator\n")
        for g in range(groups):
            scale = rng.uniform(0.2, 3.0)
            lines = []
            for i, band in enumerate(BANDS):
                population = rng.randint(50, 5_000)
                rate = 0.0005 * (1.35 ** i) * scale
                count = min(population, int(population * rate * rng.uniform(0.5, 1.5)))
                lines.append(f"A{g:07d},{band},{count},{population}\n")
            f.write("".join(lines))


if __name__ == "__main__":
    main()
