"""Agreement coefficients against published values, against three independent libraries on
the same data, and by hand where the nominal-level rule (distance 1) is ours alone."""

from __future__ import annotations

import math
import random
import warnings

import pytest

from sipcheck.experts.agreement_stats import (
    cohen_kappa,
    fleiss_kappa,
    interpret_alpha,
    interpret_kappa,
    krippendorff_alpha,
    percent_agreement,
)

EJ = "ej_tillampligt"
SCALE = ["saknas", "delvis", "uppfyllt"]
DIGITS = ["1", "2", "3", "4", "5"]

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers x 12 units
# with missing values ("."); the same table is in the `krippendorff` package's tests.
K2011 = [
    "1 2 3 3 2 1 4 1 2 . . .",
    "1 2 3 3 2 2 4 1 2 5 . 3",
    ". 3 3 3 2 3 4 2 2 5 1 .",
    "1 2 3 3 2 4 4 1 2 5 1 .",
]
# Wikipedia "Krippendorff's alpha": 3 coders x 15 units (also in the package's tests).
KWIKI = [
    ". . . . . 3 4 1 2 1 1 3 3 . 3",
    "1 . 2 1 3 3 4 3 . . . . . . .",
    ". . 2 1 3 4 4 . 2 1 1 3 3 . 4",
]
# Wikipedia "Fleiss' kappa" worked example: 10 subjects, 14 raters, counts per category 1..5.
FLEISS_WIKI = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]
# Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses (as in statsmodels' tests, which
# check kappa 0.4302445 against R irr::kappam.fleiss).
FLEISS_1971 = [
    "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334",
    "114444", "555555", "144444", "124444", "222333", "144444", "224445", "333335",
    "111455", "111112", "224444", "133555", "555555", "244444", "224555", "114444",
    "144445", "222224", "111155", "224444", "133333", "555555",
]


def _units(rows: list[str]) -> list[list[str]]:
    """Observer rows -> per-unit lists of the ratings present."""
    columns = zip(*(r.split() for r in rows), strict=True)
    return [[v for v in column if v != "."] for column in columns]


def _counts_to_items(table: list[list[int]]) -> list[list[str]]:
    return [[str(j) for j, n in enumerate(row) for _ in range(n)] for row in table]


# --- published reference values ---------------------------------------------------------


def test_cohen_kappa_wikipedia_example():
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10
    pairs += [("no", "no")] * 15
    assert percent_agreement(pairs) == pytest.approx(0.7)
    for weights in ("quadratic", "none"):  # two levels: quadratic == unweighted
        assert cohen_kappa(pairs, ["no", "yes"], weights=weights) == pytest.approx(0.4)


def test_fleiss_kappa_published_examples():
    assert round(fleiss_kappa(_counts_to_items(FLEISS_WIKI)), 3) == 0.210
    assert fleiss_kappa([list(row) for row in FLEISS_1971]) == pytest.approx(0.4302445, abs=1e-7)


def test_krippendorff_alpha_published_examples():
    units = _units(K2011)
    assert round(krippendorff_alpha(units, DIGITS), 3) == 0.849  # interval
    assert round(krippendorff_alpha(units, [], set(DIGITS)), 3) == 0.743  # nominal
    units = _units(KWIKI)
    assert round(krippendorff_alpha(units, ["1", "2", "3", "4"]), 6) == 0.810845
    assert round(krippendorff_alpha(units, [], {"1", "2", "3", "4"}), 6) == 0.691358


def test_scale_direction_does_not_matter():
    units = _units(K2011)
    assert krippendorff_alpha(units, DIGITS[::-1]) == krippendorff_alpha(units, DIGITS)
    pairs = list(zip("12345123", "12354321", strict=True))
    assert cohen_kappa(pairs, DIGITS[::-1]) == cohen_kappa(pairs, DIGITS)


# --- nominal levels ----------------------------------------------------------------------


def test_nominal_level_by_hand():
    # Positions saknas 0, delvis 0.5, uppfyllt 1; EJ is 1 from every other level.
    # Cohen, n = 4: O = 0 + 0.25 + 0 + 1 = 1.25. Marginals A: uppfyllt 1, delvis 1, EJ 2;
    # B: uppfyllt 2, EJ 1, saknas 1. E = uppfyllt·(EJ 1 + saknas 1) = 2
    #   + delvis·(uppfyllt 2·.25 + EJ 1 + saknas .25) = 1.75 + EJ 2·(uppfyllt 2 + saknas 1) = 6
    #   = 9.75; kappa = 1 − 4·1.25/9.75 = 19/39.
    pairs = [("uppfyllt", "uppfyllt"), ("delvis", "uppfyllt"), (EJ, EJ), (EJ, "saknas")]
    assert cohen_kappa(pairs, SCALE, {EJ}) == pytest.approx(19 / 39, abs=1e-12)
    # Alpha, same units: o(u,u)=2, o(d,u)=o(u,d)=1, o(EJ,EJ)=2, o(EJ,s)=o(s,EJ)=1;
    # n_u=3, n_d=1, n_EJ=3, n_s=1, n=8. Σoδ = 2·.25 + 2·1 = 2.5. Σ n_c n_k δ (c≠k, both
    # orders) = 2·(u-d 3·.25 + u-EJ 9 + u-s 3 + d-EJ 3 + d-s .25 + EJ-s 3) = 38;
    # alpha = 1 − 7·2.5/38 = 41/76.
    assert krippendorff_alpha([list(p) for p in pairs], SCALE, {EJ}) == pytest.approx(
        41 / 76, abs=1e-12
    )
    # A one-level scale: the nominal level still differs by 1, which is unweighted kappa.
    pairs = [("uppfyllt", "uppfyllt"), ("uppfyllt", EJ), (EJ, EJ)]
    assert cohen_kappa(pairs, ["uppfyllt"], {EJ}) == pytest.approx(0.4)


def test_unused_nominal_level_changes_nothing():
    rng = random.Random(7)
    pairs = [(rng.choice(SCALE), rng.choice(SCALE)) for _ in range(30)]
    assert cohen_kappa(pairs, SCALE, {EJ}) == cohen_kappa(pairs, SCALE)
    units = [[rng.choice(SCALE) for _ in range(rng.randint(1, 4))] for _ in range(20)]
    assert krippendorff_alpha(units, SCALE, {EJ}) == krippendorff_alpha(units, SCALE)


def test_unknown_level_is_an_error_not_a_nominal_level():
    with pytest.raises(ValueError, match="uppfylt"):
        cohen_kappa([("uppfyllt", "uppfylt")], SCALE, {EJ})
    with pytest.raises(ValueError, match="both"):
        krippendorff_alpha([["saknas", "saknas"]], SCALE, {"saknas"})


# --- undefined cases ---------------------------------------------------------------------


def test_undefined_cases_return_none():
    same = [("delvis", "delvis")] * 5
    assert percent_agreement([]) is None
    assert cohen_kappa([], SCALE) is None
    assert cohen_kappa(same, SCALE) is None
    assert cohen_kappa(same, SCALE, weights="none") is None
    assert fleiss_kappa([]) is None
    assert fleiss_kappa([["delvis"] * 3] * 4) is None
    assert krippendorff_alpha([], SCALE) is None
    assert krippendorff_alpha([["delvis", "delvis", None]] * 3, SCALE) is None
    assert krippendorff_alpha([["delvis"], ["saknas"], [None, "uppfyllt"]], SCALE) is None
    # Each rater constant but different: defined, and no better than chance.
    assert cohen_kappa([("saknas", "uppfyllt")] * 4, SCALE) == 0.0


def test_fleiss_needs_equal_rater_counts():
    with pytest.raises(ValueError):
        fleiss_kappa([["saknas", "delvis"], ["saknas", "delvis", "delvis"]])
    with pytest.raises(ValueError):
        fleiss_kappa([["saknas"], ["delvis"]])


# --- interpretation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (-1.0, "poor"), (-0.01, "poor"), (0.0, "slight"), (0.20, "slight"),
        (0.2000001, "fair"), (0.40, "fair"), (0.41, "moderate"), (0.60, "moderate"),
        (0.61, "substantial"), (0.80, "substantial"), (0.8000001, "almost_perfect"),
        (1.0, "almost_perfect"), (None, None),
    ],
)
def test_interpret_kappa(value, band):
    assert interpret_kappa(value) == band


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (1.0, "reliable"), (0.800, "reliable"), (0.7999, "tentative"), (0.667, "tentative"),
        (0.6669, "unreliable"), (-0.3, "unreliable"), (None, None),
    ],
)
def test_interpret_alpha(value, band):
    assert interpret_alpha(value) == band


def test_kappa_of_exactly_one_fifth_is_slight():
    # p_o = 0.6, p_e = 0.5: float arithmetic would give 0.19999999999999996.
    pairs = [("ja", "ja")] * 3 + [("nej", "nej")] * 3 + [("ja", "nej"), ("nej", "ja")] * 2
    assert cohen_kappa(pairs, ["nej", "ja"]) == 0.2
    assert interpret_kappa(cohen_kappa(pairs, ["nej", "ja"])) == "slight"


# --- agreement with scikit-learn, statsmodels and krippendorff ---------------------------

# (seed, number of items, number of levels, raters); small sizes and a skewed level
# distribution make ties, unused levels and all-one-level data sets.
CASES = [(seed, n, k, m) for seed, (n, k, m) in enumerate(
    [(1, 3, 2), (2, 3, 3), (3, 4, 2), (5, 3, 4), (8, 4, 3), (12, 3, 2), (25, 4, 4),
     (40, 3, 3), (60, 4, 2), (120, 4, 3), (200, 3, 4)] * 3
)]


def _ratings(seed: int, n: int, k: int, m: int, degenerate: bool = False) -> list[list[int]]:
    rng = random.Random(seed)
    skew = [rng.random() ** 3 for _ in range(k)]
    if degenerate:  # (nearly) everyone uses one level
        skew = [1.0] + [0.0] * (k - 1) if n < 10 else [1.0] + [0.01] * (k - 1)
    return [[rng.choices(range(k), skew)[0] for _ in range(m)] for _ in range(n)]


def _undefined(compute):
    """Library value, with nan or a library's refusal meaning "undefined"."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = float(compute())
        except ValueError:
            return None
    return None if math.isnan(value) else value


def _same(ours, theirs):
    assert (ours is None) == (theirs is None), (ours, theirs)
    if ours is not None:
        assert ours == pytest.approx(theirs, abs=1e-9)


@pytest.mark.parametrize(("seed", "n", "k", "m"), CASES)
def test_cohen_matches_sklearn(seed, n, k, m):
    metrics = pytest.importorskip("sklearn.metrics")
    rows = _ratings(seed, n, k, 2, seed % 5 == 0)
    a, b = [r[0] for r in rows], [r[1] for r in rows]
    order = [f"L{i}" for i in range(k)]
    pairs = [(order[x], order[y]) for x, y in zip(a, b, strict=True)]
    for ours, weights in (("quadratic", "quadratic"), ("none", None)):
        theirs = _undefined(lambda w=weights: metrics.cohen_kappa_score(
            a, b, labels=list(range(k)), weights=w))
        _same(cohen_kappa(pairs, order, weights=ours), theirs)


@pytest.mark.parametrize(("seed", "n", "k", "m"), CASES)
def test_fleiss_matches_statsmodels(seed, n, k, m):
    np = pytest.importorskip("numpy")
    inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
    rows = _ratings(seed, n, k, m, seed % 5 == 0)
    table = inter_rater.aggregate_raters(np.array(rows))[0]
    theirs = _undefined(lambda: inter_rater.fleiss_kappa(table, method="fleiss"))
    _same(fleiss_kappa([[f"L{x}" for x in row] for row in rows]), theirs)


def _with_missing(seed: int, rows: list[list[int]]) -> list[list[int | None]]:
    rng = random.Random(-seed)
    return [[None if rng.random() < 0.3 else x for x in row] for row in rows]


@pytest.mark.parametrize(("seed", "n", "k", "m"), CASES)
def test_alpha_matches_krippendorff(seed, n, k, m):
    np = pytest.importorskip("numpy")
    krippendorff = pytest.importorskip("krippendorff")
    rows = _with_missing(seed, _ratings(seed, n, k, m, seed % 5 == 0))
    data = [[np.nan if x is None else x for x in coder] for coder in zip(*rows, strict=True)]
    order = [f"L{i}" for i in range(k)]
    units = [[None if x is None else order[x] for x in row] for row in rows]
    for level, ours in (("interval", (order,)), ("nominal", ([], set(order)))):
        theirs = _undefined(lambda lv=level: krippendorff.alpha(
            reliability_data=data, level_of_measurement=lv, value_domain=list(range(k))))
        _same(krippendorff_alpha(units, *ours), theirs)


@pytest.mark.parametrize("seed", range(6))
def test_nominal_rule_matches_libraries_with_custom_distance(seed):
    """EJ coded as level k: the libraries get our distance as an explicit weight matrix."""
    np = pytest.importorskip("numpy")
    krippendorff = pytest.importorskip("krippendorff")
    inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
    k = 3 + seed % 2
    levels = [f"L{i}" for i in range(k)] + [EJ]
    rows = _ratings(100 + seed, 30 + 10 * seed, k + 1, 3)
    pos = np.arange(k + 1) / (k - 1)
    on_scale = np.arange(k + 1) < k
    both = on_scale[:, None] & on_scale[None, :]
    w = np.where(both, (pos[:, None] - pos[None, :]) ** 2, 1.0 - np.eye(k + 1))

    table = np.zeros((k + 1, k + 1))
    for row in rows:
        table[row[0], row[1]] += 1
    theirs = inter_rater.cohens_kappa(table, weights=w, return_results=False)
    pairs = [(levels[r[0]], levels[r[1]]) for r in rows]
    assert cohen_kappa(pairs, levels[:k], {EJ}) == pytest.approx(theirs, abs=1e-9)

    def distance(v1, v2, i1, i2, n_v, dtype=np.float64):
        return w[np.asarray(v1, int), np.asarray(v2, int)].astype(dtype)

    rows = _with_missing(seed, rows)
    data = [[np.nan if x is None else x for x in coder] for coder in zip(*rows, strict=True)]
    theirs = krippendorff.alpha(
        reliability_data=data, level_of_measurement=distance, value_domain=list(range(k + 1)))
    units = [[None if x is None else levels[x] for x in row] for row in rows]
    assert krippendorff_alpha(units, levels[:k], {EJ}) == pytest.approx(theirs, abs=1e-9)
