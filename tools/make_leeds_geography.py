#!/usr/bin/env python3
"""Generate packs/leeds/geography.yaml: the synthetic LSOAs, PCNs and practices of Leeds.

Deterministic (fixed seed, Python 3 standard library only). The ward names are real (2018
boundaries); ward codes, LSOAs, LCP/PCN/team groupings and practices are synthetic. Deprivation
follows the pattern in docs/LEEDS.md: the inner east and south are most deprived, the outer north
least, and 23% of people live in LSOAs in the 10% most deprived nationally ("deprived Leeds").

Usage: python3 tools/make_leeds_geography.py [output-path]
"""

import random
import sys
from pathlib import Path

SEED = 20190401
POPULATION = 785_000
DEPRIVED_SHARE = 0.23
LSOA_MIN, LSOA_MAX, LSOA_MEAN, LSOA_SD = 1_200, 2_200, 1_630, 210
PRACTICES = 97

# Neighbourhood teams: code, name.
TEAMS = [
    ("NT01", "Aireborough and Wharfedale"), ("NT02", "Armley"), ("NT03", "Bramley and Pudsey"),
    ("NT04", "Woodsley and Kirkstall"), ("NT05", "Chapeltown"), ("NT06", "North Leeds"),
    ("NT07", "Harehills"), ("NT08", "Burmantofts and Richmond Hill"), ("NT09", "Seacroft"),
    ("NT10", "Cross Gates and Wetherby"), ("NT11", "Garforth and Rothwell"),
    ("NT12", "Beeston and Middleton"), ("NT13", "Morley"),
]

# Local Care Partnerships: code, name, team, [PCN names] (one LCP has two PCNs: 19 in all).
LCPS = [
    ("LCP01", "Aireborough", "NT01", ["Aireborough"]),
    ("LCP02", "Wharfedale and Horsforth", "NT01", ["Wharfedale and Horsforth"]),
    ("LCP03", "Armley", "NT02", ["Armley"]),
    ("LCP04", "Bramley, Wortley and Farnley", "NT03", ["Bramley, Wortley and Farnley"]),
    ("LCP05", "Pudsey and Calverley", "NT03", ["Pudsey and Calverley"]),
    ("LCP06", "Kirkstall and Weetwood", "NT04", ["Kirkstall and Weetwood"]),
    ("LCP07", "Woodhouse and Hyde Park", "NT04", ["Woodhouse and Hyde Park"]),
    ("LCP08", "Chapeltown", "NT05", ["Chapeltown"]),
    ("LCP09", "Alwoodley and Moortown", "NT06", ["Alwoodley and Moortown"]),
    ("LCP10", "Roundhay", "NT06", ["Roundhay"]),
    ("LCP11", "Harehills", "NT07", ["Harehills"]),
    ("LCP12", "Burmantofts and Richmond Hill", "NT08", ["Burmantofts and Richmond Hill"]),
    ("LCP13", "Seacroft", "NT09", ["Seacroft"]),
    ("LCP14", "Cross Gates and Temple Newsam", "NT10", ["Cross Gates and Temple Newsam"]),
    ("LCP15", "Wetherby and Harewood", "NT10", ["Wetherby and Harewood"]),
    ("LCP16", "Outer South East", "NT11", ["Garforth and Kippax", "Rothwell"]),
    ("LCP17", "Beeston, Hunslet and Middleton", "NT12", ["Beeston, Hunslet and Middleton"]),
    ("LCP18", "Morley and Ardsley", "NT13", ["Morley and Ardsley"]),
]

# Wards: name, LCP, PCN index within the LCP, LSOA count, share of LSOAs in decile 1,
# centre decile of the other LSOAs, localities used to name practices.
WARDS = [
    ("Adel & Wharfedale", "LCP02", 0, 13, 0.00, 9.2, ["Adel", "Bramhope", "Pool"]),
    ("Alwoodley", "LCP09", 0, 14, 0.00, 7.0, ["Alwoodley", "Moor Allerton"]),
    ("Ardsley & Robin Hood", "LCP18", 0, 14, 0.00, 5.5, ["Ardsley", "Lofthouse", "Tingley"]),
    ("Armley", "LCP03", 0, 16, 0.60, 2.8, ["Armley", "New Wortley", "Armley Moor"]),
    ("Beeston & Holbeck", "LCP17", 0, 15, 0.70, 2.6, ["Beeston", "Holbeck", "Cottingley"]),
    ("Bramley & Stanningley", "LCP04", 0, 15, 0.20, 4.0, ["Bramley", "Stanningley", "Rodley"]),
    ("Burmantofts & Richmond Hill", "LCP12", 0, 17, 0.80, 2.3, ["Burmantofts", "Richmond Hill", "Lincoln Green"]),
    ("Calverley & Farsley", "LCP05", 0, 14, 0.00, 7.5, ["Calverley", "Farsley"]),
    ("Chapel Allerton", "LCP08", 0, 15, 0.35, 5.0, ["Chapeltown", "Chapel Allerton", "Potternewton"]),
    ("Cross Gates & Whinmoor", "LCP14", 0, 14, 0.10, 5.0, ["Cross Gates", "Whinmoor"]),
    ("Farnley & Wortley", "LCP04", 0, 15, 0.15, 4.2, ["Farnley", "Wortley"]),
    ("Garforth & Swillington", "LCP16", 0, 13, 0.00, 7.5, ["Garforth", "Swillington"]),
    ("Gipton & Harehills", "LCP11", 0, 18, 0.85, 2.2, ["Harehills", "Gipton", "Oakwood Lane"]),
    ("Guiseley & Rawdon", "LCP01", 0, 14, 0.00, 8.6, ["Guiseley", "Rawdon"]),
    ("Harewood", "LCP15", 0, 12, 0.00, 9.3, ["Harewood", "Scarcroft", "Boston Spa"]),
    ("Headingley & Hyde Park", "LCP07", 0, 16, 0.05, 4.5, ["Headingley", "Hyde Park"]),
    ("Horsforth", "LCP02", 0, 14, 0.00, 8.8, ["Horsforth", "Cookridge"]),
    ("Hunslet & Riverside", "LCP17", 0, 18, 0.75, 2.8, ["Hunslet", "Riverside", "Holbeck Urban Village"]),
    ("Killingbeck & Seacroft", "LCP13", 0, 16, 0.80, 2.3, ["Seacroft", "Killingbeck", "Swarcliffe"]),
    ("Kippax & Methley", "LCP16", 0, 13, 0.00, 6.8, ["Kippax", "Methley", "Allerton Bywater"]),
    ("Kirkstall", "LCP06", 0, 14, 0.15, 4.5, ["Kirkstall", "Burley"]),
    ("Little London & Woodhouse", "LCP07", 0, 17, 0.60, 3.0, ["Little London", "Woodhouse", "Meanwood Road"]),
    ("Middleton Park", "LCP17", 0, 17, 0.70, 2.6, ["Middleton", "Belle Isle"]),
    ("Moortown", "LCP09", 0, 14, 0.00, 7.2, ["Moortown", "Meanwood"]),
    ("Morley North", "LCP18", 0, 14, 0.00, 6.5, ["Morley", "Gildersome", "Churwell"]),
    ("Morley South", "LCP18", 0, 14, 0.07, 5.0, ["Morley Bottoms", "Bruntcliffe"]),
    ("Otley & Yeadon", "LCP01", 0, 14, 0.00, 7.2, ["Otley", "Yeadon"]),
    ("Pudsey", "LCP05", 0, 14, 0.00, 6.0, ["Pudsey", "Swinnow"]),
    ("Rothwell", "LCP16", 1, 13, 0.00, 6.3, ["Rothwell", "Oulton", "Woodlesford"]),
    ("Roundhay", "LCP10", 0, 14, 0.00, 8.4, ["Roundhay", "Oakwood"]),
    ("Temple Newsam", "LCP14", 0, 14, 0.15, 5.0, ["Halton", "Colton", "Halton Moor"]),
    ("Weetwood", "LCP06", 0, 14, 0.00, 6.8, ["Weetwood", "Far Headingley"]),
    ("Wetherby", "LCP15", 0, 13, 0.00, 9.3, ["Wetherby", "Collingham"]),
]

PRACTICE_STYLES = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice"]
PRACTICE_FEATURES = ["", "Park", "Moor", "Beck", "Green", "Lane", "Bridge", "Vale", "Road", "Hill"]


def lsoa_populations(rng, count):
    """LSOA populations in [LSOA_MIN, LSOA_MAX] summing to exactly POPULATION."""
    pops = [min(LSOA_MAX, max(LSOA_MIN, round(rng.gauss(LSOA_MEAN, LSOA_SD)))) for _ in range(count)]
    difference = POPULATION - sum(pops)
    step = 1 if difference > 0 else -1
    index = 0
    while difference != 0:
        if LSOA_MIN < pops[index] + step <= LSOA_MAX or LSOA_MIN <= pops[index] + step < LSOA_MAX:
            pops[index] += step
            difference -= step
        index = (index + 1) % count
    return pops


def deciles_for_ward(rng, count, share_d1, centre):
    """Deciles for a ward's LSOAs: round(share*count) in decile 1, the rest around centre."""
    n1 = round(share_d1 * count)
    rest = [min(10, max(2, round(rng.gauss(centre, 1.4)))) for _ in range(count - n1)]
    deciles = [1] * n1 + rest
    rng.shuffle(deciles)
    return deciles


def build():
    rng = random.Random(SEED)
    wards = []
    lsoas = []
    for number, (name, lcp, pcn_index, count, share, centre, localities) in enumerate(WARDS, start=1):
        wards.append({"code": f"E05S{number:05d}", "name": name, "lcp": lcp, "pcn_index": pcn_index,
                      "localities": localities})
        for ordinal, decile in enumerate(deciles_for_ward(rng, count, share, centre), start=1):
            lsoas.append({"ward": f"E05S{number:05d}", "name": f"{name} {ordinal:03d}", "decile": decile})
    for lsoa, population in zip(lsoas, lsoa_populations(rng, len(lsoas))):
        lsoa["population"] = population
    balance_deprivation(lsoas)
    for number, lsoa in enumerate(lsoas, start=1):
        lsoa["code"] = f"E01S{number:05d}"
    return wards, lsoas


def deprived_share(lsoas):
    return sum(l["population"] for l in lsoas if l["decile"] == 1) / sum(l["population"] for l in lsoas)


def balance_deprivation(lsoas):
    """Move LSOAs between deciles 1 and 2 (most deprived wards first) until 23% +- 0.2 points."""
    deprived_wards = {f"E05S{n:05d}" for n, w in enumerate(WARDS, start=1) if w[4] >= 0.5}
    while abs(deprived_share(lsoas) - DEPRIVED_SHARE) > 0.002:
        too_low = deprived_share(lsoas) < DEPRIVED_SHARE
        source, target = (2, 1) if too_low else (1, 2)
        candidates = [l for l in lsoas if l["decile"] == source and (l["ward"] in deprived_wards)]
        if not candidates:
            candidates = [l for l in lsoas if l["decile"] == source]
        candidates[0 if too_low else -1]["decile"] = target


def ward_population(lsoas, ward_code):
    return sum(l["population"] for l in lsoas if l["ward"] == ward_code)


def practices_per_ward(wards, lsoas):
    """Largest-remainder allocation of PRACTICES over wards by population, at least one each."""
    pops = [ward_population(lsoas, w["code"]) for w in wards]
    spare = PRACTICES - len(wards)
    quotas = [spare * p / sum(pops) for p in pops]
    counts = [1 + int(q) for q in quotas]
    order = sorted(range(len(wards)), key=lambda i: quotas[i] - int(quotas[i]), reverse=True)
    for i in order[: PRACTICES - sum(counts)]:
        counts[i] += 1
    return counts


def build_practices(rng, wards, lsoas, pcn_codes):
    practices = []
    used = set()
    for ward, count in zip(wards, practices_per_ward(wards, lsoas)):
        raw = [rng.uniform(0.6, 1.5) for _ in range(count)]
        total_thousands = ward_population(lsoas, ward["code"]) / 1000
        for i in range(count):
            while True:
                place = rng.choice(ward["localities"])
                feature = rng.choice(PRACTICE_FEATURES)
                style = rng.choice(PRACTICE_STYLES)
                name = " ".join(part for part in (place, feature, style) if part)
                if name not in used:
                    used.add(name)
                    break
            practices.append({
                "name": name, "ward": ward["code"], "pcn": pcn_codes[(ward["lcp"], ward["pcn_index"])],
                "lcp": ward["lcp"], "list_weight": round(total_thousands * raw[i] / sum(raw), 2),
            })
    for number, practice in enumerate(practices, start=1):
        practice["code"] = f"B86S{number:02d}"
    return practices


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(wards, lsoas, pcns, practices):
    out = [
        "# Leeds geography: GENERATED by tools/make_leeds_geography.py; edit the script, not this file.",
        "# Ward names are real (2018 boundaries). Ward codes, LSOAs, deprivation deciles, LCP, PCN and",
        "# neighbourhood-team groupings and GP practices are SYNTHETIC: plausible, not real.",
        f"# {len(lsoas)} LSOAs, population {sum(l['population'] for l in lsoas):,}, "
        f"deprived share (IMD decile 1) {deprived_share(lsoas):.4f}.",
        "synthetic: true",
        "neighbourhood_teams:",
    ]
    out += [f"  - {{code: {c}, name: {quote(n)}, synthetic: true}}" for c, n in TEAMS]
    out.append("local_care_partnerships:")
    out += [f"  - {{code: {c}, name: {quote(n)}, neighbourhood_team: {t}, synthetic: true}}" for c, n, t, _ in LCPS]
    out.append("wards:")
    out += [f"  - {{code: {w['code']}, name: {quote(w['name'])}, lcp: {w['lcp']}, synthetic: true}}" for w in wards]
    out.append("primary_care_networks:")
    out += [f"  - {{code: {c}, name: {quote(n)}, lcp: {l}, synthetic: true}}" for c, n, l in pcns]
    out.append("practices:")
    out += [
        f"  - {{code: {p['code']}, name: {quote(p['name'])}, ward: {p['ward']}, pcn: {p['pcn']}, "
        f"lcp: {p['lcp']}, list_weight: {p['list_weight']}, synthetic: true}}"
        for p in practices
    ]
    out.append("lsoas:")
    out += [
        f"  - {{code: {l['code']}, name: {quote(l['name'])}, ward: {l['ward']}, imd_decile: {l['decile']}, "
        f"population: {l['population']}}}"
        for l in lsoas
    ]
    return "\n".join(out) + "\n"


def main():
    root = Path(__file__).resolve().parent.parent
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "packs" / "leeds" / "geography.yaml"
    wards, lsoas = build()
    pcns, pcn_codes = [], {}
    for code, _, _, pcn_names in LCPS:
        for index, pcn_name in enumerate(pcn_names):
            pcn_code = f"PCN{len(pcns) + 1:02d}"
            pcns.append((pcn_code, f"{pcn_name} PCN", code))
            pcn_codes[(code, index)] = pcn_code
    practices = build_practices(random.Random(SEED + 1), wards, lsoas, pcn_codes)
    output.write_text(render(wards, lsoas, pcns, practices), encoding="utf-8")
    print(f"wrote {output}: {len(wards)} wards, {len(lsoas)} LSOAs, {len(pcns)} PCNs, "
          f"{len(practices)} practices, population {sum(l['population'] for l in lsoas):,}, "
          f"deprived share {deprived_share(lsoas):.4f}, deciles {sorted({l['decile'] for l in lsoas})}")


if __name__ == "__main__":
    main()
