"""The peer of `placehealth compute --only` for three indicators: DuckDB counts numerators and
denominators by SQL over the Parquet files that export.py wrote, and the values and the 95% and
99.8% limits are worked out as the engine does: Wilson for the proportion (phstatsmethods'
ph_proportion); for the crude rate of admissions, exact/Byar's limits of the effective number of
events x^2/q, where q sums the square of each person's count (phstatsmethods' ph_rate on x^2/q
events and n*x/q population); for the DSR, Dobson's method with the European Standard Population
2013, each band's variance its sum of squared person counts and Byar's limits of the effective
events (written here: phstatsmethods' ph_dsr takes no variance).

Usage: peer.py PARQUET_DIR OUTPUT.csv [FIRST_YEAR LAST_YEAR]
Writes one row per (indicator, period, breakdown, group) in the layout of the store's
indicator_results table. Prints (standard output) DuckDB's thread count, the `peer-imports`,
`peer-query`, `peer-stats` and `peer-write` times in seconds, the rows written per indicator, and
the groups that needed the two workarounds below.

How: persons get integer codes (home LSOA, practice, sex, ethnic group); each selection is counted
once into a cube by base year, age band and those codes (the populations of a period type in one
pass over the persons); GROUPING SETS sum a cube by LSOA, practice, sex and ethnic group, and small
joins to the area tables give wards, LCPs, deciles, PCNs and practices.

The counting rules are the engine's (Sources/Engine), reproduced here in SQL:
- a person counts only with a stored home LSOA (areas.kind = 'lsoa'); their areas, practice, sex and
  ethnic group are those of the persons table (the home at the time of the data, not at the event);
- records are placed in a base year by their date: the calendar year, or the financial year (April
  to March); periods are 2014 to 2023 (financial years 2014/15 to 2022/23);
- ages are completed years on the record's date, or for populations at the middle of the base year
  (1 July; 1 October for financial years); 19 five-year bands 0-4 ... 85-89 and 90+;
- the population of a base year is every stored person born on or before its middle, not dead
  by then (death date after the middle, or none) and registered here on it (registered_from on or
  before the middle and registered_to on or after it, each when recorded);
- a births record belongs to the mother (COALESCE(mother_person_id, child_person_id));
- breakdowns: the city, then those the indicator's definition allows, plus "deprivation" (decile 1 =
  "deprived", every other decile = "rest") whenever deciles are allowed; a group is reported for a
  period when its denominator has any record or person; pcn and practice leave out persons without a
  stored practice;
- DSR: a group's age bands with no population are left out of its standardisation (the standard
  population of the remaining bands is the weight), as the engine does; the numerator reported is
  every event of the group; fewer than 10 events in the populated bands: no value.
- rates and DSRs of records: a person with several admissions in a period adds the square of their
  count to q, at the age band of their youngest admission in it;
- Crude rate with no events: phstatsmethods 0.1.16's ph_rate raises, so those groups get value 0,
  lower limit 0 and its exact_upper(0) / denominator (as PHEindicatormethods and the engine).
"""
import math
import sys
import time

started = time.perf_counter()
import duckdb  # noqa: E402
import pandas as pd  # noqa: E402
import PHStatsMethods as ph  # noqa: E402
from scipy.stats import norm  # noqa: E402

imported = time.perf_counter()

ETHNIC_GROUPS = ["white", "mixed", "asian", "black", "other", "not_stated"]
LEVELS = [0.95, 0.998]

# The three indicators, as defined in packs/leeds/indicators.yaml. A selection is (table, date column,
# SQL condition, minimum age, maximum age); table None is the resident population.
INDICATORS = [
    {
        "id": "cyp-low-birth-weight-term", "method": "proportion", "multiplier": 100, "period": "calendar",
        "breakdowns": ["ward", "lcp", "pcn", "practice", "decile", "age", "ethnicity"],
        # births, 37+ weeks, recorded weight under 2,500 g / with a recorded weight; count records.
        "numerator": ("births", "birth_date",
                      "gestation_weeks >= 37 AND weight_grams >= 0 AND weight_grams <= 2499", None, None),
        "denominator": ("births", "birth_date", "gestation_weeks >= 37 AND weight_grams >= 0", None, None),
    },
    {
        "id": "cyp-emergency-admissions-0-17", "method": "rate", "multiplier": 10000, "period": "financial",
        "breakdowns": ["ward", "lcp", "pcn", "practice", "decile", "sex", "age", "ethnicity"],
        # emergency admissions aged 0-17 on the admission date / residents aged 0-17 at mid-year.
        "numerator": ("admissions", "admit_date", "method = 'emergency'", None, 17),
        "denominator": (None, None, None, None, 17),
    },
    {
        "id": "preventable-hospital-admissions", "method": "dsr", "multiplier": 100000, "period": "financial",
        "breakdowns": ["ward", "lcp", "pcn", "practice", "decile", "sex", "ethnicity"],
        # emergency admissions for ambulatory care sensitive conditions / residents (ESP 2013 DSR).
        "numerator": ("admissions", "admit_date", "method = 'emergency' AND acs = 1", None, None),
        "denominator": (None, None, None, None, None),
    },
]

AGE_LABEL = "CASE WHEN band = 18 THEN '90+' ELSE CAST(band * 5 AS VARCHAR) || '-' || CAST(band * 5 + 4 AS VARCHAR) END"
# A cube is counted by base year, age band, home LSOA, practice, sex and ethnic group (integer codes,
# as the engine's cube); its grouping sets give the city, each LSOA, each practice, each sex and each
# ethnic group; grouping() tells the sets apart (1 = the column is not in the set).
CUBE_COLUMNS = "base, band, lsoa_i, practice_i, female, eth_i"
GROUPING_SETS = ("GROUPING SETS ((base, band), (base, band, lsoa_i), (base, band, practice_i), "
                 "(base, band, female), (base, band, eth_i))")
SET_ALL, SET_LSOA, SET_PRACTICE, SET_SEX, SET_ETHNIC = 15, 7, 11, 13, 14


def breakdown_sql(breakdown, sets, city):
    """(base year, breakdown, group, band) counts of one breakdown from a cube's grouping sets."""
    source, group = {
        "city": (f"{sets} WHERE g = {SET_ALL}", f"'{city}'"),
        "age": (f"{sets} WHERE g = {SET_ALL}", AGE_LABEL),
        "ward": (f"{sets} JOIN lsoas USING (lsoa_i) WHERE g = {SET_LSOA}", "ward"),
        "lcp": (f"{sets} JOIN lsoas USING (lsoa_i) WHERE g = {SET_LSOA}", "lcp"),
        "decile": (f"{sets} JOIN lsoas USING (lsoa_i) WHERE g = {SET_LSOA}", "CAST(decile AS VARCHAR)"),
        "deprivation": (f"{sets} JOIN lsoas USING (lsoa_i) WHERE g = {SET_LSOA}",
                        "CASE WHEN decile = 1 THEN 'deprived' ELSE 'rest' END"),
        # The inner join leaves out persons without a stored practice.
        "practice": (f"{sets} JOIN practices USING (practice_i) WHERE g = {SET_PRACTICE}", "practice"),
        "pcn": (f"{sets} JOIN practices USING (practice_i) WHERE g = {SET_PRACTICE}", "pcn"),
        "sex": (f"{sets} WHERE g = {SET_SEX}", "CASE WHEN female THEN 'F' ELSE 'M' END"),
        "ethnicity": (f"{sets} JOIN ethnic USING (eth_i) WHERE g = {SET_ETHNIC}", "ethnicity"),
    }[breakdown]
    return (f"SELECT base, '{breakdown}' AS breakdown, {group} AS group_code, band, sum(n) AS n "
            f"FROM {source} GROUP BY ALL")


def base_expression(period, date):
    if period == "financial":
        return f"year({date}) - CASE WHEN month({date}) < 4 THEN 1 ELSE 0 END - $first"
    return f"year({date}) - $first"


def age_filter(min_age, max_age):
    parts = [f"age >= {min_age}" if min_age is not None else "", f"age <= {max_age}" if max_age is not None else ""]
    return " AND ".join(p for p in parts if p) or "TRUE"


def population_sql(period, bases, filters):
    """One pass over the persons alive at the middle of each base year (1 July, or 1 October for
    financial years), counted into a cube with one flag per population selection's age filter."""
    mmdd = 1001 if period == "financial" else 701
    month = mmdd // 100
    # Born after the middle day: first counted the next year; age at the middle in completed years.
    after = f"CASE WHEN bmmdd > {mmdd} THEN 1 ELSE 0 END"
    flags = ", ".join(f"{f} AS f{i}" for i, f in enumerate(filters))
    return f"""
        SELECT {CUBE_COLUMNS}, {flags}, count(*) AS n
        FROM (SELECT base, least(greatest(age, 0) // 5, 18) AS band, age, lsoa_i, practice_i, female, eth_i
              FROM (SELECT base, $first + base - byear - {after} AS age, death_date, registered_from,
                           registered_to, make_date(CAST($first + base AS BIGINT), {month}, 1) AS middle,
                           lsoa_i, practice_i, female, eth_i
                    FROM (SELECT px.*, unnest(range(greatest(0, byear + {after} - $first), {bases})) AS base FROM px))
              WHERE (death_date IS NULL OR death_date > middle)
                AND (registered_from IS NULL OR registered_from <= middle)
                AND (registered_to IS NULL OR registered_to >= middle))
        GROUP BY ALL"""


def records_sql(selection, period, bases):
    """A record selection counted into a cube: ages in completed years on the record's date."""
    table, date, where, min_age, max_age = selection
    person = "person_id" if table != "births" else "COALESCE(mother_person_id, child_person_id)"
    return f"""
        SELECT {CUBE_COLUMNS}, count(*) AS n
        FROM (SELECT e.base, least(greatest(age, 0) // 5, 18) AS band, age, lsoa_i, practice_i, female, eth_i
              FROM (SELECT e.base, (e.ymd - (p.byear * 10000 + p.bmmdd)) // 10000 AS age, p.*
                    FROM (SELECT {person} AS person_id, {base_expression(period, date)} AS base,
                                 year({date}) * 10000 + month({date}) * 100 + day({date}) AS ymd
                          FROM {table} WHERE {where}) AS e
                    JOIN px AS p USING (person_id)
                    WHERE e.base >= 0 AND e.base < {bases}) AS e)
        WHERE {age_filter(min_age, max_age)}
        GROUP BY ALL"""


def squares_sql(selection, period, bases):
    """The sum over persons of the square of each person's count in a base year (a rate's numerator
    variance: a person's records are not independent events), counted into a cube at the band of
    the person's youngest age among those records, as the engine does."""
    table, date, where, min_age, max_age = selection
    person = "person_id" if table != "births" else "COALESCE(mother_person_id, child_person_id)"
    return f"""
        SELECT {CUBE_COLUMNS}, sum(k * k) AS n
        FROM (SELECT e.base, least(greatest(min(age), 0) // 5, 18) AS band, lsoa_i, practice_i, female, eth_i,
                     count(*) AS k
              FROM (SELECT e.base, (e.ymd - (p.byear * 10000 + p.bmmdd)) // 10000 AS age, p.*
                    FROM (SELECT {person} AS person_id, {base_expression(period, date)} AS base,
                                 year({date}) * 10000 + month({date}) * 100 + day({date}) AS ymd
                          FROM {table} WHERE {where}) AS e
                    JOIN px AS p USING (person_id)
                    WHERE e.base >= 0 AND e.base < {bases}) AS e
              WHERE {age_filter(min_age, max_age)}
              GROUP BY e.person_id, e.base, lsoa_i, practice_i, female, eth_i)
        GROUP BY ALL"""


def byars_limits(x, confidence):
    """Byar's approximation of the Poisson limits of x (the engine's Dobson limits use it at any x)."""
    z = norm.ppf(confidence + (1 - confidence) / 2)
    lower = x * (1 - 1 / (9 * x) - z / (3 * math.sqrt(x))) ** 3
    upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * math.sqrt(x + 1))) ** 3
    return lower, upper


def dsr_with_squares(populated, totals, groups, multiplier, esp):
    """DSRs with Dobson's limits whose variance is each band's sum of squared person totals (the
    compound Poisson variance of records), shaped by the effective number of events total^2 / sum of
    squares; the engine's method for a DSR of records (docs/statistics.md)."""
    rows = []
    for key, g in populated.groupby(groups, sort=False):
        std = esp[g["band"].to_numpy()]
        ratio = std / g["denominator"].to_numpy()
        counts = g["numerator"].to_numpy().astype(float)
        squares = g["squares"].to_numpy().astype(float)
        total, standard = counts.sum(), std.sum()
        row = dict(zip(groups, key), numerator=total, denominator=float(g["denominator"].sum()))
        if total < 10:
            row.update(value=float("nan"), lower95=float("nan"), upper95=float("nan"),
                       lower998=float("nan"), upper998=float("nan"))
        else:
            value = (counts * ratio).sum() / standard * multiplier
            variance = (squares * ratio * ratio).sum() / (standard * standard)
            events = total * total / squares.sum() if squares.sum() > 0 else total
            scale = math.sqrt(variance / events) * multiplier
            row["value"] = value
            for c, label in zip(LEVELS, ["95", "998"]):
                lower, upper = byars_limits(events, c)
                row[f"lower{label}"] = value + scale * (lower - events)
                row[f"upper{label}"] = value + scale * (upper - events)
        rows.append(row)
    out = pd.DataFrame(rows)
    return out.merge(totals, on=groups)


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
    con.execute("""
        CREATE TEMP TABLE lsoas AS
        SELECT CAST(row_number() OVER (ORDER BY l.area_code) AS INTEGER) AS lsoa_i, l.area_code AS lsoa,
               COALESCE(l.parent_code, '') AS ward, COALESCE(w.parent_code, '') AS lcp,
               COALESCE(l.imd_decile, 0) AS decile
        FROM areas l LEFT JOIN areas w ON w.area_code = l.parent_code WHERE l.kind = 'lsoa'""")
    con.execute("""
        CREATE TEMP TABLE practices AS
        SELECT CAST(row_number() OVER (ORDER BY area_code) AS INTEGER) AS practice_i, area_code AS practice,
               COALESCE(parent_code, '') AS pcn
        FROM areas WHERE kind = 'practice'""")
    con.execute("CREATE TEMP TABLE ethnic AS SELECT CAST(i AS INTEGER) AS eth_i, ethnicity "
                "FROM (SELECT unnest(range(1, 7)) AS i, unnest($groups) AS ethnicity)", {"groups": ETHNIC_GROUPS})
    # Persons with a stored home LSOA; other ethnic groups count as the last (not stated).
    con.execute("""
        CREATE TEMP TABLE px AS
        SELECT p.person_id, year(p.birth_date) AS byear, month(p.birth_date) * 100 + day(p.birth_date) AS bmmdd,
               d.death_date, p.registered_from, p.registered_to, l.lsoa_i, pr.practice_i, p.sex = 'F' AS female,
               CAST(COALESCE(list_position($groups, p.ethnic_group), len($groups)) AS INTEGER) AS eth_i
        FROM persons p
        JOIN lsoas l ON l.lsoa = p.lsoa_code
        LEFT JOIN deaths d ON d.person_id = p.person_id
        LEFT JOIN practices pr ON pr.practice = p.practice_code""", {"groups": ETHNIC_GROUPS})

    def bases_of(period):
        return (last - first) if period == "financial" else (last - first + 1)

    # Cubes, each counted once (a table and a condition on it): the population selections of a period
    # type share one pass over the persons.
    cubes = {}
    for period in sorted({i["period"] for i in INDICATORS}):
        filters = sorted({age_filter(*i[part][3:]) for i in INDICATORS if i["period"] == period
                          for part in ("numerator", "denominator") if i[part][0] is None})
        if filters:
            con.execute(f"CREATE TEMP TABLE pop_{period} AS {population_sql(period, bases_of(period), filters)}",
                        {"first": first})
            for i, condition in enumerate(filters):
                cubes[(period, "population", condition)] = (f"cube{len(cubes)}", f"pop_{period}", f"f{i}")
    for indicator in INDICATORS:
        period = indicator["period"]
        for part in ("numerator", "denominator"):
            selection = indicator[part]
            if selection[0] is not None and (period, selection) not in cubes:
                name = f"cube{len(cubes)}"
                con.execute(f"CREATE TEMP TABLE {name}_records AS "
                            f"{records_sql(selection, period, bases_of(period))}", {"first": first})
                cubes[(period, selection)] = (name, f"{name}_records", "TRUE")
    # The numerators of rates and DSRs count records, several of one person: their variance is the sum
    # of squares of each person's count (the engine's third count), a cube of its own.
    for indicator in INDICATORS:
        period = indicator["period"]
        selection = indicator["numerator"]
        if indicator["method"] in ("rate", "dsr") and (period, "squares", selection) not in cubes:
            name = f"cube{len(cubes)}"
            con.execute(f"CREATE TEMP TABLE {name}_squares AS "
                        f"{squares_sql(selection, period, bases_of(period))}", {"first": first})
            cubes[(period, "squares", selection)] = (name, f"{name}_squares", "TRUE")
    for name, source, condition in cubes.values():
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT {CUBE_COLUMNS}, "
                    f"grouping(lsoa_i, practice_i, female, eth_i) AS g, sum(n) AS n "
                    f"FROM {source} WHERE {condition} GROUP BY {GROUPING_SETS}")

    frames = []
    for indicator in INDICATORS:
        period = indicator["period"]
        names = []
        for part in ("numerator", "denominator"):
            selection = indicator[part]
            key = (period, "population", age_filter(*selection[3:])) if selection[0] is None else (period, selection)
            names.append(cubes[key][0])
        breakdowns = ["city"] + indicator["breakdowns"]
        if "decile" in breakdowns:
            breakdowns.append("deprivation")
        num = " UNION ALL ".join(breakdown_sql(b, names[0], city) for b in breakdowns)
        den = " UNION ALL ".join(breakdown_sql(b, names[1], city) for b in breakdowns)
        squares = cubes.get((period, "squares", indicator["numerator"]))
        sq = " UNION ALL ".join(breakdown_sql(b, squares[0], city) for b in breakdowns) if squares else None
        if indicator["method"] == "dsr":
            # Every band of every (period, group) with a population; events of bands without one are
            # kept apart (they count in the reported numerator only).
            sql = f"""
                WITH num AS ({num}), den AS ({den}), sq AS ({sq}),
                groups AS (SELECT DISTINCT base, breakdown, group_code FROM den)
                SELECT g.base, g.breakdown, g.group_code, b.band,
                       COALESCE(num.n, 0) AS numerator, COALESCE(den.n, 0) AS denominator,
                       COALESCE(sq.n, 0) AS squares
                FROM groups g CROSS JOIN range(0, 19) AS b(band)
                LEFT JOIN num ON num.base = g.base AND num.breakdown = g.breakdown
                     AND num.group_code = g.group_code AND num.band = b.band
                LEFT JOIN den ON den.base = g.base AND den.breakdown = g.breakdown
                     AND den.group_code = g.group_code AND den.band = b.band
                LEFT JOIN sq ON sq.base = g.base AND sq.breakdown = g.breakdown
                     AND sq.group_code = g.group_code AND sq.band = b.band"""
        else:
            squared = (f", sq AS (SELECT base, breakdown, group_code, sum(n) AS n FROM ({sq}) GROUP BY ALL)"
                       if sq else "")
            sql = f"""
                WITH num AS (SELECT base, breakdown, group_code, sum(n) AS n FROM ({num}) GROUP BY ALL),
                den AS (SELECT base, breakdown, group_code, sum(n) AS n FROM ({den}) GROUP BY ALL){squared}
                SELECT den.base, den.breakdown, den.group_code, COALESCE(num.n, 0) AS numerator,
                       den.n AS denominator{", COALESCE(sq.n, 0) AS squares" if sq else ""}
                FROM den LEFT JOIN num USING (base, breakdown, group_code)
                {"LEFT JOIN sq USING (base, breakdown, group_code)" if sq else ""}"""
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
            # A person's admissions are not independent: the limits are those of the effective number
            # of events x^2/q (q: the sum of squares of each person's count) on the denominator n x/q,
            # which keeps the value x/n (the engine's method); phstatsmethods' ph_rate works them out.
            events = df[df["numerator"] > 0].copy()
            events["effective"] = events["numerator"] ** 2 / events["squares"]
            events["scaled"] = events["denominator"] * events["numerator"] / events["squares"]
            out = ph.ph_rate(events, "effective", "scaled", group_cols=groups, metadata=False,
                             confidence=LEVELS, multiplier=indicator["multiplier"]) if len(events) else None
            if out is not None:
                out = out.drop(columns=["effective", "scaled"]).merge(
                    events[groups + ["numerator", "denominator"]], on=groups)
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
            out = dsr_with_squares(populated, totals, groups, indicator["multiplier"],
                                   esp["euro_standard_pops"].to_numpy())
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
