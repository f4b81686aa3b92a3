"""The peer of `placehealth compute --only` for three indicators: DuckDB counts numerators and
denominators by SQL over the Parquet files that export.py wrote, phstatsmethods computes the values
and the 95% and 99.8% limits (Wilson for the proportion, exact/Byar's for the crude rate, Dobson
with the European Standard Population 2013 for the DSR).

Usage: peer.py PARQUET_DIR OUTPUT.csv [FIRST_YEAR LAST_YEAR]
Writes one row per (indicator, period, breakdown, group) in the layout of the store's
indicator_results table. Prints DuckDB's thread count, then `peer-imports`, `peer-query`, `peer-stats` and `peer-write` timings
in seconds (standard output), then how many rows of each indicator it wrote.

The counting rules are the engine's (Sources/Engine), reproduced here in SQL:
- a person counts only with a stored home LSOA (areas.kind = 'lsoa'); their areas, practice, sex and
  ethnic group are those of the persons table (the home at the time of the data, not at the event);
- records are placed in a base year by their date: the calendar year, or the financial year (April
  to March); periods are 2014 to 2023 (financial years 2014/15 to 2022/23);
- ages are completed years on the record's date, or for populations at the middle of the base year
  (1 July; 1 October for financial years); 19 five-year bands 0-4 ... 85-89 and 90+;
- the population of a base year is every stored person born on or before its middle and not dead
  by then (death date after the middle, or none);
- a births record belongs to the mother (COALESCE(mother_person_id, child_person_id));
- breakdowns: the city, then those the indicator's definition allows, plus "deprivation" (decile 1 =
  "deprived", every other decile = "rest") whenever deciles are allowed; a group is reported for a
  period when its denominator has any record or person; pcn and practice leave out persons without a
  stored practice;
- DSR: a group's age bands with no population are left out of its standardisation (the standard
  population of the remaining bands is the weight), as the engine does; the numerator reported is
  every event of the group. phstatsmethods refuses zero populations, so those bands are dropped
  before it is called.
"""
import contextlib
import io
import sys
import time

started = time.perf_counter()
import duckdb  # noqa: E402
import pandas as pd  # noqa: E402
import PHStatsMethods as ph  # noqa: E402

imported = time.perf_counter()

ETHNIC_GROUPS = ["white", "mixed", "asian", "black", "other", "not_stated"]
LEVELS = [0.95, 0.998]

# The three indicators, as defined in packs/leeds/indicators.yaml.
INDICATORS = [
    {
        "id": "cyp-low-birth-weight-term", "method": "proportion", "multiplier": 100, "period": "calendar",
        "breakdowns": ["ward", "lcp", "pcn", "practice", "decile", "age", "ethnicity"],
        # births, 37+ weeks, recorded weight under 2,500 g / with a recorded weight; count records.
        "numerator": ("births", "birth_date",
                      "gestation_weeks >= 37 AND weight_grams >= 0 AND weight_grams <= 2499", None),
        "denominator": ("births", "birth_date", "gestation_weeks >= 37 AND weight_grams >= 0", None),
    },
    {
        "id": "cyp-emergency-admissions-0-17", "method": "rate", "multiplier": 10000, "period": "financial",
        "breakdowns": ["ward", "lcp", "pcn", "practice", "decile", "sex", "age", "ethnicity"],
        # emergency admissions aged 0-17 on the admission date / residents aged 0-17 at mid-year.
        "numerator": ("admissions", "admit_date", "method = 'emergency'", 17),
        "denominator": (None, None, None, 17),
    },
    {
        "id": "preventable-hospital-admissions", "method": "dsr", "multiplier": 100000, "period": "financial",
        "breakdowns": ["ward", "lcp", "pcn", "practice", "decile", "sex", "ethnicity"],
        # emergency admissions for ambulatory care sensitive conditions / residents (ESP 2013 DSR).
        "numerator": ("admissions", "admit_date", "method = 'emergency' AND acs = 1", None),
        "denominator": (None, None, None, None),
    },
]

AGE_LABEL = "CASE WHEN band = 18 THEN '90+' ELSE CAST(band * 5 AS VARCHAR) || '-' || CAST(band * 5 + 4 AS VARCHAR) END"


def group_expression(breakdown, city):
    """SQL for a breakdown's group over a cube row, and the condition for a row to have a group."""
    return {
        "city": (f"'{city}'", "TRUE"),
        "ward": ("ward", "TRUE"),
        "lcp": ("lcp", "TRUE"),
        "pcn": ("pcn", "practice IS NOT NULL"),
        "practice": ("practice", "practice IS NOT NULL"),
        "decile": ("CAST(decile AS VARCHAR)", "TRUE"),
        "deprivation": ("CASE WHEN decile = 1 THEN 'deprived' ELSE 'rest' END", "TRUE"),
        "sex": ("sex", "TRUE"),
        "age": (AGE_LABEL, "TRUE"),
        "ethnicity": ("ethnicity", "TRUE"),
    }[breakdown]


def base_expression(period, date):
    if period == "financial":
        return f"year({date}) - CASE WHEN month({date}) < 4 THEN 1 ELSE 0 END - $first"
    return f"year({date}) - $first"


def cube_sql(selection, period, bases):
    """A query counting a selection by base year, age band and the persons' grouping attributes."""
    table, date, where, max_age = selection
    age_at = "(year({d}) * 10000 + month({d}) * 100 + day({d}) - bymd) // 10000"
    if table is None:
        month = 10 if period == "financial" else 7
        middle = f"make_date(CAST($first + b.base AS BIGINT), {month}, 1)"
        facts = f"""
            SELECT b.base, {age_at.format(d=middle)} AS age, px.*
            FROM px, range(0, {bases}) AS b(base)
            WHERE px.birth_date <= {middle} AND (px.death_date IS NULL OR px.death_date > {middle})"""
    else:
        person = "person_id" if table != "births" else "COALESCE(mother_person_id, child_person_id)"
        facts = f"""
            SELECT e.base, {age_at.format(d="e.day")} AS age, px.*
            FROM (SELECT {person} AS person_id, {date} AS day, {base_expression(period, date)} AS base
                  FROM {table} WHERE {where}) AS e
            JOIN px USING (person_id)
            WHERE e.base >= 0 AND e.base < {bases}"""
    age_filter = f"WHERE age <= {max_age}" if max_age is not None else ""
    return f"""
        SELECT base, least(greatest(age, 0) // 5, 18) AS band, ward, lcp, decile, practice, pcn, sex,
               ethnicity, count(*) AS n
        FROM ({facts}) {age_filter}
        GROUP BY ALL"""


def rollup_sql(cube, breakdowns, city):
    parts = []
    for breakdown in breakdowns:
        group, condition = group_expression(breakdown, city)
        parts.append(f"""
            SELECT base, '{breakdown}' AS breakdown, {group} AS group_code, band, sum(n) AS n
            FROM {cube} WHERE {condition} GROUP BY ALL""")
    return " UNION ALL ".join(parts)


def period_label(period, first, base):
    year = first + base
    return f"{year}/{str(year + 1)[-2:]}" if period == "financial" else str(year)


def main():
    parquet, output = sys.argv[1:3]
    first, last = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (2014, 2023)
    query_start = time.perf_counter()
    con = duckdb.connect()
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    for table in ["dataset", "areas", "persons", "deaths", "admissions", "births"]:
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{parquet}/{table}.parquet')")
    city = con.execute("SELECT value FROM dataset WHERE key = 'city_code'").fetchone()
    city = city[0] if city else "city"
    ethnic = ", ".join(f"'{g}'" for g in ETHNIC_GROUPS)
    con.execute(f"""
        CREATE TEMP TABLE px AS
        SELECT p.person_id, year(p.birth_date) * 10000 + month(p.birth_date) * 100 + day(p.birth_date) AS bymd,
               p.birth_date, d.death_date,
               COALESCE(l.parent_code, '') AS ward, COALESCE(w.parent_code, '') AS lcp,
               COALESCE(l.imd_decile, 0) AS decile,
               pr.area_code AS practice,
               CASE WHEN pr.area_code IS NULL THEN NULL ELSE COALESCE(pr.parent_code, '') END AS pcn,
               CASE WHEN p.sex = 'F' THEN 'F' ELSE 'M' END AS sex,
               CASE WHEN p.ethnic_group IN ({ethnic}) THEN p.ethnic_group ELSE 'not_stated' END AS ethnicity
        FROM persons p
        JOIN areas l ON l.area_code = p.lsoa_code AND l.kind = 'lsoa'
        LEFT JOIN deaths d ON d.person_id = p.person_id
        LEFT JOIN areas w ON w.area_code = l.parent_code
        LEFT JOIN areas pr ON pr.area_code = p.practice_code AND pr.kind = 'practice'""")
    frames = []
    cubes = {}
    for indicator in INDICATORS:
        period = indicator["period"]
        bases = (last - first) if period == "financial" else (last - first + 1)
        names = []
        for part in ("numerator", "denominator"):
            key = (indicator[part], period)
            if key not in cubes:
                cubes[key] = f"cube{len(cubes)}"
                con.execute(f"CREATE TEMP TABLE {cubes[key]} AS {cube_sql(indicator[part], period, bases)}",
                            {"first": first})
            names.append(cubes[key])
        breakdowns = ["city"] + indicator["breakdowns"]
        if "decile" in breakdowns:
            breakdowns.append("deprivation")
        num = rollup_sql(names[0], breakdowns, city)
        den = rollup_sql(names[1], breakdowns, city)
        if indicator["method"] == "dsr":
            # Every band of every (period, group) with a population; events of bands without one are
            # kept apart (they count in the reported numerator only).
            sql = f"""
                WITH num AS ({num}), den AS ({den}),
                groups AS (SELECT DISTINCT base, breakdown, group_code FROM den)
                SELECT g.base, g.breakdown, g.group_code, b.band,
                       COALESCE(num.n, 0) AS numerator, COALESCE(den.n, 0) AS denominator
                FROM groups g CROSS JOIN range(0, 19) AS b(band)
                LEFT JOIN num ON num.base = g.base AND num.breakdown = g.breakdown
                     AND num.group_code = g.group_code AND num.band = b.band
                LEFT JOIN den ON den.base = g.base AND den.breakdown = g.breakdown
                     AND den.group_code = g.group_code AND den.band = b.band"""
        else:
            sql = f"""
                WITH num AS (SELECT base, breakdown, group_code, sum(n) AS n FROM ({num}) GROUP BY ALL),
                den AS (SELECT base, breakdown, group_code, sum(n) AS n FROM ({den}) GROUP BY ALL)
                SELECT den.base, den.breakdown, den.group_code, COALESCE(num.n, 0) AS numerator,
                       den.n AS denominator
                FROM den LEFT JOIN num USING (base, breakdown, group_code)"""
        frame = con.execute(sql).df()
        frame["period"] = [period_label(period, first, b) for b in frame["base"]]
        frames.append((indicator, frame))
    query_end = time.perf_counter()

    results = []
    zero_count_groups = {}
    empty_band_groups = {}
    groups = ["period", "breakdown", "group_code"]
    for indicator, df in frames:
        df["numerator"] = df["numerator"].astype("int64")
        df["denominator"] = df["denominator"].astype("int64")
        if indicator["method"] == "proportion":
            out = ph.ph_proportion(df, "numerator", "denominator", group_cols=groups, metadata=False,
                                   confidence=LEVELS, multiplier=indicator["multiplier"])
        elif indicator["method"] == "rate":
            # phstatsmethods 0.1.16's ph_rate raises on a zero count (byars_upper: "'Value' must be a
            # positive number"); for such groups use its exact upper limit and 0 below, as
            # PHEindicatormethods (and the engine) give.
            events = df[df["numerator"] > 0]
            out = ph.ph_rate(events, "numerator", "denominator", group_cols=groups, metadata=False,
                             confidence=LEVELS, multiplier=indicator["multiplier"]) if len(events) else None
            none = df[df["numerator"] == 0][groups + ["numerator", "denominator"]].copy()
            zero_count_groups[indicator["id"]] = len(none)
            if len(none):
                none["Value"] = 0.0
                for c, label in zip(LEVELS, ["95", "99_8"]):
                    none[f"lower_{label}_ci"] = 0.0
                    none[f"upper_{label}_ci"] = ph.exact_upper(0, c) / none["denominator"] * indicator["multiplier"]
                out = none if out is None else pd.concat([out, none], ignore_index=True)
        else:
            totals = df.groupby(groups, as_index=False).agg(all_events=("numerator", "sum"))
            esp = ph.euro_standard_pop()  # the 19 ESP 2013 bands 0-4 ... 90+, in order
            populated = df[df["denominator"] > 0].copy()
            empty_band_groups[indicator["id"]] = int(
                (df["denominator"] == 0).groupby([df[g] for g in groups]).any().sum())
            populated["esp2013"] = esp["euro_standard_pops"].to_numpy()[populated["band"].to_numpy()]
            with contextlib.redirect_stdout(io.StringIO()):
                out = ph.ph_dsr(populated, "numerator", "denominator", "esp2013", group_cols=groups,
                                metadata=False, confidence=LEVELS, multiplier=indicator["multiplier"],
                                euro_standard_pops=False)
            out = out.rename(columns={"Total Count": "numerator", "Total Pop": "denominator"})
            out = out.merge(totals, on=groups)
            out["numerator"] = out["all_events"]
        out = out.rename(columns={"Value": "value", "lower_95_ci": "lower95", "upper_95_ci": "upper95",
                                  "lower_99_8_ci": "lower998", "upper_99_8_ci": "upper998"})
        out.insert(0, "indicator_id", indicator["id"])
        results.append(out[["indicator_id", "period", "breakdown", "group_code", "numerator", "denominator",
                            "value", "lower95", "upper95", "lower998", "upper998"]])
    stats_end = time.perf_counter()
    table = pd.concat(results, ignore_index=True)
    table.to_csv(output, index=False, float_format="%.17g")
    written = time.perf_counter()
    print(f"peer-threads {threads}")
    print(f"peer-imports {imported - started:.3f}")
    print(f"peer-query {query_end - query_start:.3f}")
    print(f"peer-stats {stats_end - query_end:.3f}")
    print(f"peer-write {written - stats_end:.3f}")
    for indicator, _ in frames:
        print(f"peer-rows {indicator['id']} {int((table['indicator_id'] == indicator['id']).sum())}")
    for key, n in zero_count_groups.items():
        print(f"peer-zero-count-groups {key} {n}")
    for key, n in empty_band_groups.items():
        print(f"peer-groups-with-empty-age-bands {key} {n}")


if __name__ == "__main__":
    main()
