"""NumPy peer of `placehealth scenario run` (bench/scenarios.sh): the same Monte Carlo model
(docs/scenarios.md, "Running a scenario": "The model", "One run", "The result"), vectorised over
runs and groups, with NumPy's own generator. Reads the model and levers that `scenario run
--export-model` writes (ScenarioExport.swift), runs N runs, summarises them as a ScenarioOutcome
and, with --compare, checks the engine's stored outcome against its own within Monte Carlo error.

Usage: peer.py MODEL.json [--runs 1000] [--seed 2026] [--out OUTCOME.json] [--compare SWIFT.json]
Prints key-value lines (peer-load, peer-runs, peer-summary, peer-time, peer-runs-per-s, ...)."""
import argparse
import json
import sys
import time

started = time.perf_counter()
import numpy as np  # noqa: E402

imported = time.perf_counter()

Z90 = 1.2815515655446004  # RunRandom.z90: an 80% interval is this many sds each side
MEASURES = (  # ScenarioMeasure.swift, in its order; the first 25 are additive over model areas
    "emergency_admissions elective_admissions ae_attendances care_home_admissions reablement_episodes "
    "bed_days population avoided_admissions avoided_ae_attendances avoided_bed_days efficiency_bed_days "
    "community_bed_days community_reablement_episodes home_care_hours neighbourhood_contacts "
    "cost_emergency_admissions cost_elective_admissions cost_bed_days cost_ae_attendances "
    "cost_care_home_admissions cost_reablement_episodes cost_community cost_total budget "
    "released_from_hospital bed_days_per_100k beds financial_gap net_released deprived_gap").split()
M = {name: i for i, name in enumerate(MEASURES)}
ADDITIVE = M["bed_days_per_100k"]
EMERGENCY, ELECTIVE, AE, CARE_HOME, REABLEMENT = range(5)  # ActivitySetting
C_EM, C_EL, C_BD, C_AE = 0, 1, 2, 3  # ScenarioLevers.costed (RunSimulation+Finish.swift, Cost)
COMMUNITY_COST = [6, 5, 7, 8]  # community services' unit costs, ScenarioLevers.communityUnits order
SETTING_COST = [0, 1, 3, 4, 5]  # unit cost of a record of each setting
COUNT_MEASURE = [M["emergency_admissions"], M["elective_admissions"], M["ae_attendances"],
                 M["care_home_admissions"], M["reablement_episodes"]]
COST_MEASURE = [M[f"cost_{n}"] for n in "emergency_admissions elective_admissions ae_attendances "
                "care_home_admissions reablement_episodes".split()]
STEPS = 8  # waterfall: baseline, demography, health, growth, avoidance, efficiencies, shift, horizon


def sample_levers(x, runs, rng):
    """One run's levers ("One run", 1-8; RunLevers.swift): normal from each 80% interval, clamped
    to the lever's range; an interval of zero width gives its value. Vectorised over runs."""
    def lever(interval, low, high):
        iv = np.asarray(interval, float)
        lo, hi = iv[..., 0], iv[..., 1]
        draw = (lo + hi) / 2 + (hi - lo) / (2 * Z90) * rng.standard_normal((runs,) + lo.shape)
        return np.where(hi > lo, np.clip(draw, low, high), lo)

    cumulative = np.cumsum(x["model"]["weights"])  # 1. variant: one uniform against the weights
    variant = np.minimum(np.searchsorted(cumulative, rng.random(runs), side="right"), len(cumulative) - 1)
    return dict(
        variant=variant, growth=lever(x["growth"], -1, 1), bed_day_growth=lever(x["bedDayGrowth"], -1, 1),
        health_years=lever(x["healthYears"], -10, 10), avoidance=lever(x["avoidance"], 0, 1),
        los=lever(x["lengthOfStay"], 0, 1), delayed=lever(x["delayedDays"], 0, 1),
        units=lever(x["units"], 0, np.inf), costs=lever(x["costs"], 0, np.inf),
        occupancy=lever(x["occupancy"], 0.01, 1), budget=lever(x["budgetGrowth"], -1, 1))


class Model:
    """The export's model as arrays (ScenarioModel.swift layouts)."""

    def __init__(self, x):
        m = x["model"]
        self.H, self.L, self.V = m["years"], len(m["lcps"]), len(m["variants"])
        self.Y, self.A, self.G = self.H + 1, (self.L + 1) * 11, len(m["groups"])
        self.O = 1 + self.L + 10  # output areas: city, each LCP, deciles 1..10 (RunLayout)
        self.E = np.asarray(m["expected"], float).reshape(self.V, self.Y, self.G, 9)
        self.P = np.asarray(m["population"], float).reshape(self.V, self.Y, self.A)
        self.slopes = np.asarray(m["slopes"], float).reshape(5, 2)  # setting x (women, men)
        self.area = np.array([g["area"] for g in m["groups"]])
        self.setting = np.array([g["setting"] for g in m["groups"]])
        self.flags = np.array([g["flags"] for g in m["groups"]])
        # Groups are sorted by area, setting, flags: a "unit" is one (area, setting), a run of groups.
        key = self.area * 8 + self.setting
        self.starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        self.unit_area, self.unit_setting = self.area[self.starts], self.setting[self.starts]
        self.by_setting = np.eye(5)[self.setting]  # G x 5, for the waterfall's sums by setting
        # Model area -> output areas: city, its LCP (none after the LCPs), its decile (0: unknown).
        a = np.arange(self.A)
        self.to_output = np.zeros((self.A, self.O))
        self.to_output[:, 0] = 1
        self.to_output[a[a // 11 < self.L], 1 + a[a // 11 < self.L] // 11] = 1
        self.to_output[a[a % 11 > 0], self.L + a[a % 11 > 0] % 11] = 1
        self.bits = (np.arange(32)[:, None] & np.asarray(x["mitigatorFlags"])[None, :]) != 0  # 32 x 5
        self.per_bed_day = np.asarray(x["perBedDay"], bool)


def simulate(model, lv, rng):
    """Runs of one variant (lv: their levers). Returns values (runs x measure x output area x
    year) and the waterfall (runs x 16: costs then bed days at each step)."""
    md, R, v = model, len(lv["variant"]), int(lv["variant"][0])
    out = np.zeros((R, len(MEASURES), md.O, md.Y))
    waterfall = np.zeros((R, 2 * STEPS))
    c = lv["costs"]
    base_cost = None
    gs, gf = md.setting, md.flags
    for t in range(md.Y):
        f = t / md.H if md.H > 0 else 0.0
        e = md.E[v, t]  # G x 9: records, not delayed, delayed days; each under 55, women, men 55+
        women = np.exp(-md.slopes[:, 0] * lv["health_years"][:, None] * f)[:, gs]  # m_F = exp(-b_F h f)
        men = np.exp(-md.slopes[:, 1] * lv["health_years"][:, None] * f)[:, gs]  # m_M = exp(-b_M h f)
        growth = ((1 + lv["growth"]) ** t)[:, gs]  # (1 + g_s)^t
        bed_growth = growth * ((1 + lv["bed_day_growth"]) ** t)[:, None]  # (1 + g_s)^t (1 + g_bd)^t
        # k_g = product over the group's mitigators of (1 - p_m f), by flags (RunLevers.keep)
        keep = np.where(md.bits[None], 1 - lv["avoidance"][:, None, :] * f, 1.0).prod(axis=2)[:, gf]
        records = e[:, 0] + e[:, 1] * women + e[:, 2] * men  # e0 + eF m_F + eM m_M
        healthy_nd = e[:, 3] + e[:, 4] * women + e[:, 5] * men
        healthy_dd = e[:, 6] + e[:, 7] * women + e[:, 8] * men
        grown = records * growth  # lambda_g
        not_delayed, delayed = healthy_nd * bed_growth, healthy_dd * bed_growth  # n_g, d_g
        kept_g = grown * keep

        def unit_sum(a):
            return np.add.reduceat(a, md.starts, axis=1)

        lam_k, lam_a = unit_sum(kept_g), unit_sum(grown * (1 - keep))  # lambda_K, lambda_A
        kept_nd, kept_dd = unit_sum(not_delayed * keep), unit_sum(delayed * keep)
        avoided_bd = unit_sum((not_delayed + delayed) * (1 - keep))
        if t == 0:  # the baseline itself
            K, A = lam_k, np.zeros_like(lam_a)
        else:  # K ~ Poisson(lambda_K), A ~ Poisson(lambda_A)
            K, A = rng.poisson(lam_k).astype(float), rng.poisson(np.maximum(lam_a, 0)).astype(float)
        nbar = np.divide(kept_nd, lam_k, out=np.zeros_like(lam_k), where=lam_k > 0)
        dbar = np.divide(kept_dd, lam_k, out=np.zeros_like(lam_k), where=lam_k > 0)
        per_avoided = np.divide(avoided_bd, lam_a, out=np.zeros_like(lam_a), where=lam_a > 0)
        los, dd = lv["los"][:, None] * f, lv["delayed"][:, None] * f
        bed_days = K * (nbar * (1 - los) + dbar * (1 - dd))  # bed days (admissions)
        efficiency = K * (nbar * los + dbar * dd)  # bed days saved by efficiencies
        avoided_bed_days = A * per_avoided  # bed days avoided

        area = np.zeros((R, ADDITIVE, md.A))  # each model area's additive measures
        for s in range(5):  # each area has at most one unit per setting: fancy indexing is safe
            u = md.unit_setting == s
            a = md.unit_area[u]
            area[:, COUNT_MEASURE[s], a] += K[:, u]
            area[:, COST_MEASURE[s], a] += K[:, u] * c[:, SETTING_COST[s], None]
            if s in (EMERGENCY, ELECTIVE):
                area[:, M["bed_days"], a] += bed_days[:, u]
                area[:, M["efficiency_bed_days"], a] += efficiency[:, u]
                area[:, M["avoided_bed_days"], a] += avoided_bed_days[:, u]
                area[:, M["cost_bed_days"], a] += bed_days[:, u] * c[:, C_BD, None]
            if s == EMERGENCY:
                area[:, M["avoided_admissions"], a] += A[:, u]
            if s == AE:
                area[:, M["avoided_ae_attendances"], a] += A[:, u]
        # For each model area (every one, groups or not): population, community, costs, budget, released.
        area[:, M["population"]] = md.P[v, t]
        avoided_adm = area[:, M["avoided_admissions"]]
        avoided_all = area[:, M["avoided_bed_days"]] + area[:, M["efficiency_bed_days"]]
        for i in range(len(md.per_bed_day)):  # units_c = u_c x (avoided admissions or bed days)
            units = lv["units"][:, i, None] * (avoided_all if md.per_bed_day[i] else avoided_adm)
            area[:, M["community_bed_days"] + i] = units
            area[:, M["cost_community"]] += units * lv["costs"][:, COMMUNITY_COST[i], None]
        total = area[:, M["cost_emergency_admissions"]:M["cost_total"]].sum(axis=1)
        area[:, M["cost_total"]] = total
        base_cost = total if t == 0 else base_cost  # budget: baseline cost x (1 + b)^t
        area[:, M["budget"]] = base_cost * ((1 + lv["budget"]) ** t)[:, None]
        area[:, M["released_from_hospital"]] = (avoided_adm * c[:, C_EM, None] + avoided_all * c[:, C_BD, None]
                                                + area[:, M["avoided_ae_attendances"]] * c[:, C_AE, None])
        o = out[:, :, :, t]
        o[:, :ADDITIVE] = area @ md.to_output  # summed for the city, each LCP and each decile
        pop, beds = o[:, M["population"]], o[:, M["bed_days"]]
        o[:, M["bed_days_per_100k"]] = np.divide(beds * 100_000, pop, out=np.zeros_like(beds), where=pop > 0)
        o[:, M["beds"]] = beds / 365 / lv["occupancy"][:, None]
        o[:, M["financial_gap"]] = o[:, M["cost_total"]] - o[:, M["budget"]]
        o[:, M["net_released"]] = o[:, M["released_from_hospital"]] - o[:, M["cost_community"]]
        d1, rest = 1 + md.L, slice(2 + md.L, 11 + md.L)  # deprived gap: decile 1 less deciles 2-10
        pop1, pop_rest = pop[:, d1], pop[:, rest].sum(axis=1)
        em = o[:, M["emergency_admissions"]]
        ok = (pop1 > 0) & (pop_rest > 0)
        o[:, M["deprived_gap"], 0] = np.where(
            ok, (em[:, d1] / np.where(ok, pop1, 1) - em[:, rest].sum(axis=1) / np.where(ok, pop_rest, 1)) * 1000, 0)
        if t == md.H and t > 0:  # the waterfall, in expectation ("The result")
            e0 = md.E[v, 0]
            records_by = np.stack([
                np.broadcast_to(e0[:, 0:3].sum(1) @ md.by_setting, (R, 5)),  # baseline
                np.broadcast_to(e[:, 0:3].sum(1) @ md.by_setting, (R, 5)),  # demography
                records @ md.by_setting, grown @ md.by_setting, kept_g @ md.by_setting, kept_g @ md.by_setting])
            all_bd = not_delayed + delayed
            bed_by = np.stack([
                np.broadcast_to(e0[:, 3:9].sum(1) @ md.by_setting, (R, 5)),
                np.broadcast_to(e[:, 3:9].sum(1) @ md.by_setting, (R, 5)),
                (healthy_nd + healthy_dd) @ md.by_setting, all_bd @ md.by_setting, (all_bd * keep) @ md.by_setting,
                ((not_delayed * (1 - los) + delayed * (1 - dd)) * keep) @ md.by_setting])  # 6 x R x 5
            bd = bed_by.sum(axis=2)  # 6 x R
            cost = bd * c[:, C_BD] + (records_by * c[:, SETTING_COST][None]).sum(axis=2)
            avoided_adm_w = records_by[3, :, EMERGENCY] - records_by[4, :, EMERGENCY]
            avoided_bd_w = bd[3] - bd[5]
            shift = sum(lv["units"][:, i] * (avoided_bd_w if md.per_bed_day[i] else avoided_adm_w)
                        * c[:, COMMUNITY_COST[i]] for i in range(len(md.per_bed_day)))
            waterfall[:, :STEPS] = np.column_stack([cost[0], *(cost[1:] - cost[:-1]), shift, cost[5] + shift])
            waterfall[:, STEPS:] = np.column_stack([bd[0], *(bd[1:] - bd[:-1]), np.zeros(R), bd[5]])
    return out, waterfall


def run_all(model, x, runs, seed):
    rng = np.random.default_rng(seed)
    lv = sample_levers(x, runs, rng)
    values = np.zeros((runs, len(MEASURES), model.O, model.Y))
    waterfall = np.zeros((runs, 2 * STEPS))
    for v in range(model.V):  # runs grouped by variant: each reads its own expected activity
        idx = np.flatnonzero(lv["variant"] == v)
        if len(idx):
            values[idx], waterfall[idx] = simulate(model, {k: a[idx] for k, a in lv.items()}, rng)
    return values, waterfall


def summarise(model, x, values, waterfall):
    """ScenarioOutcome.summarise: mean and 10/50/90th percentiles (type 7) of every measure, area
    (deprived gap: city only) and year; the waterfall's means; the share of runs whose deprived gap
    narrowed by the horizon."""
    mean, (p10, p50, p90) = values.mean(axis=0), np.percentile(values, [10, 50, 90], axis=0)
    m = x["model"]
    areas = ([{"kind": "city", "name": "Leeds"}] + [{"kind": "lcp", "name": n} for n in m["lcps"]]
             + [{"kind": "decile", "name": str(d)} for d in range(1, 11)])
    series = [dict(measure=name, area=o, mean=mean[i, o].tolist(), p10=p10[i, o].tolist(),
                   p50=p50[i, o].tolist(), p90=p90[i, o].tolist())
              for i, name in enumerate(MEASURES) for o in range(1 if name == "deprived_gap" else model.O)]
    gap = values[:, M["deprived_gap"], 0]
    w = waterfall.mean(axis=0)
    return dict(years=list(range(m["baselineYear"], m["baselineYear"] + model.Y)), areas=areas,
                runs=len(values), series=series, costWaterfall=w[:STEPS].tolist(),
                bedDayWaterfall=w[STEPS:].tolist(), gapNarrowed=float((gap[:, -1] < gap[:, 0]).mean()))


def compare(swift, outcome, values, waterfall, share_allowed=0.005, z=4.0):
    """The engine's outcome against this peer's runs: means within z Monte Carlo standard errors
    (sd: this peer's sample sd, or the engine's (p90 - p10) / 2.563 if larger), each percentile
    within this peer's quantiles at p -+ z sqrt(p(1-p)(1/n_s + 1/n_p)); t = 0 values that are
    deterministic here within relative 1e-9. Returns True if they agree."""
    same = swift["years"] == outcome["years"] and swift["areas"] == outcome["areas"]
    ns, nn = swift["runs"], len(values)
    se = np.sqrt(1 / ns + 1 / nn)
    checked = failed_mean = failed_pct = failed_det = det = bad = 0
    worst = []
    for s in swift["series"]:
        ours = values[:, M[s["measure"]], s["area"], :]  # runs x years
        sm, sq = np.asarray(s["mean"], float), np.asarray([s["p10"], s["p50"], s["p90"]], float)
        tol = 1e-9 * (np.abs(ours).max(axis=0) + np.abs(sq).max(axis=0)) + 1e-9
        sd = np.maximum(ours.std(axis=0, ddof=1), (sq[2] - sq[0]) / 2.563)
        score = np.abs(sm - ours.mean(axis=0)) / (z * sd * se + tol)  # above 1: beyond MC error
        pct_score = np.zeros_like(score)
        for j, p in enumerate((0.1, 0.5, 0.9)):
            d = z * np.sqrt(p * (1 - p)) * se
            lo, mid, hi = np.quantile(ours, [max(0, p - d), p, min(1, p + d)], axis=0)
            half = np.where(sq[j] < mid, mid - lo, hi - mid) + tol
            pct_score = np.maximum(pct_score, np.abs(sq[j] - mid) / half)
        if np.ptp(ours[:, 0]) <= 1e-12 * abs(ours[0, 0]):  # deterministic at the baseline here
            det += 1
            ref = ours[0, 0]
            if np.any(np.abs(np.r_[sm[0], sq[:, 0]] - ref) > 1e-9 * max(abs(ref), 1e-300)):
                failed_det += 1
                if failed_det <= 5:
                    print(f"  baseline differs: {s['measure']} area {s['area']}: engine {sm[0]!r}, peer {float(ref)!r}")
        checked += len(sm)
        failed_mean, failed_pct = failed_mean + int((score > 1).sum()), failed_pct + int((pct_score > 1).sum())
        bad += int(((score > 1) | (pct_score > 1)).sum())
        worst += [(max(score[t], pct_score[t]), score[t], pct_score[t], s, t, ours[:, t]) for t in range(len(sm))]
    print(f"compare-series-years {checked} ({len(swift['series'])} series); means beyond MC error "
          f"{failed_mean}; percentiles beyond MC error {failed_pct}; either {bad} "
          f"({100 * bad / max(1, checked):.2f}%, allowed {100 * share_allowed:.1f}%)")
    print(f"compare-baseline-deterministic {det} series at t = 0, {failed_det} differ beyond relative 1e-9")
    for _, ms, ps, s, t, x in sorted(worst, key=lambda w: -w[0])[:8]:
        q = np.percentile(x, [10, 50, 90])
        print(f"  worst: {s['measure']} area {s['area']} year {t}: |diff|/bound mean {ms:.2f}, percentiles {ps:.2f}; "
              f"mean engine {s['mean'][t]:.6g} peer {x.mean():.6g}; p10/50/90 engine "
              f"{s['p10'][t]:.6g}/{s['p50'][t]:.6g}/{s['p90'][t]:.6g} peer {q[0]:.6g}/{q[1]:.6g}/{q[2]:.6g}")
    ok_w = True
    for key, cols in (("costWaterfall", slice(0, STEPS)), ("bedDayWaterfall", slice(STEPS, 2 * STEPS))):
        ours = waterfall[:, cols]
        bound = z * ours.std(axis=0, ddof=1) * se + 1e-9 * np.abs(ours).max(axis=0) + 1e-9
        diff = np.abs(np.asarray(swift[key]) - ours.mean(axis=0))
        ok_w &= bool((diff <= bound).all())
        print(f"compare-{key} engine {np.round(swift[key], 1).tolist()}\n  peer {np.round(ours.mean(0), 1).tolist()}"
              f"\n  |diff|/bound max {np.max(diff / bound):.2f} ({int((diff > bound).sum())} steps beyond)")
    p = outcome["gapNarrowed"]
    gap_bound = z * np.sqrt(max(p * (1 - p), 1 / nn)) * se
    ok_gap = abs(swift["gapNarrowed"] - p) <= gap_bound
    print(f"compare-gap-narrowed engine {swift['gapNarrowed']:.3f} peer {p:.3f} (bound {gap_bound:.3f})")
    if not same:
        print("compare-layout DIFFERS: years or areas")
    ok = same and bad <= share_allowed * checked and failed_det == 0 and ok_w and ok_gap
    print(f"compare-result {'agree' if ok else 'DISAGREE'}")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model")
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", help="write the outcome (ScenarioOutcome JSON) here")
    ap.add_argument("--compare", help="the engine's outcome JSON to compare with")
    args = ap.parse_args()
    t0 = time.perf_counter()
    x = json.load(open(args.model))
    model = Model(x)
    t1 = time.perf_counter()
    values, waterfall = run_all(model, x, args.runs, args.seed)
    t2 = time.perf_counter()
    outcome = summarise(model, x, values, waterfall)
    t3 = time.perf_counter()
    print(f"peer-imports {imported - started:.3f} (Python start to NumPy imported; not counted)")
    print(f"peer-load {t1 - t0:.3f}\npeer-runs {t2 - t1:.3f}\npeer-summary {t3 - t2:.3f}")
    print(f"peer-time {t3 - t0:.3f}\npeer-runs-per-s {args.runs / (t3 - t1):.1f}")
    print(f"peer-numpy {np.__version__}")
    if args.out:
        json.dump(outcome, open(args.out, "w"))
    if args.compare:
        return 0 if compare(json.load(open(args.compare)), outcome, values, waterfall) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
