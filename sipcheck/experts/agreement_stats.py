"""Inter-rater agreement for checklist levels: automatic review against experts, and experts
among themselves.

A criterion's levels are ordinal ("saknas" < "delvis" < "uppfyllt"), so a near miss should
cost less than opposite ends of the scale. The caller passes the scale as `order` (the levels
that have points, worst to best or best to worst: only relative positions matter) and
`nominal`, the levels that are not on it (e.g. "ej_tillampligt"). Level i of k sits at
i/(k-1) (a one-level scale at 0), and the distance between two levels is

- 0 when they are equal,
- the squared difference of their positions when both are on the scale (quadratic weights),
- 1 when they differ and either is nominal: "does the criterion apply at all?" is a
  disagreement as large as the worst one the scale allows.

Without nominal levels everything reduces to the textbook coefficients: quadratic-weighted
Cohen's kappa, and Krippendorff's alpha with the *interval* metric on the level indices
(squared distances are rescaled by the same constant in observed and expected
disagreement, so normalising positions does not change alpha or kappa). This is not
Krippendorff's ordinal metric, which depends on how often each level is used.

Every coefficient is a float, or None when it is undefined (no data, or no disagreement
to expect because everyone used one level), so a report can print "–" rather than a
misleading 0 or 1. Sums are exact fractions, as in `stats`: "undefined" is then an exact
test, results do not depend on summation order, and a kappa of exactly 1/5 compares equal
to the 0.20 band boundary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from fractions import Fraction

from sipcheck.text import Text

# band id -> (Swedish label, English label); kappa bands per Landis & Koch (1977),
# alpha bands per Krippendorff (2004, p. 241).
BANDS: dict[str, Text] = {
    "poor": Text("sämre än slumpen", "poor"),
    "slight": Text("obetydlig", "slight"),
    "fair": Text("svag", "fair"),
    "moderate": Text("måttlig", "moderate"),
    "substantial": Text("god", "substantial"),
    "almost_perfect": Text("mycket god", "almost perfect"),
    "reliable": Text("tillförlitlig", "reliable"),
    "tentative": Text("osäker (bara preliminära slutsatser)", "tentative"),
    "unreliable": Text("otillförlitlig", "unreliable"),
}

# Upper bounds, inclusive: 0.20 is "slight", 0.2000001 is "fair". Compared on the unrounded
# value, so 0.205 is "fair" even if a report prints it as 0.20.
_KAPPA_BANDS = ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial"))

Distance = Callable[[str, str], Fraction]


def percent_agreement(pairs: Iterable[tuple[str, str]]) -> float | None:
    """Share (0..1) of pairs where both raters chose the same level; None without pairs.

    Kept next to kappa because it is what readers understand, while kappa says how much
    of it is more than chance.
    """
    pairs = list(pairs)
    if not pairs:
        return None
    return float(Fraction(sum(a == b for a, b in pairs), len(pairs)))


def cohen_kappa(
    pairs: Iterable[tuple[str, str]],
    order: Sequence[str],
    nominal: Collection[str] = frozenset(),
    weights: str = "quadratic",
) -> float | None:
    """Weighted Cohen's kappa for two raters: 1 − Σ w·O / Σ w·E.

    O is the pairs' contingency table and E the product of the two raters' marginals, over
    the levels that occur; w is the distance described in the module docstring
    (`weights="quadratic"`), or 0 for equal and 1 for different levels (`weights="none"`,
    Cohen's unweighted kappa). None without pairs or when no disagreement is expected
    (e.g. both raters always used the same single level). Raises ValueError for a level
    that is neither in `order` nor in `nominal`, so a typo cannot pass as a nominal level.
    """
    if weights not in ("quadratic", "none"):
        raise ValueError(f"weights must be 'quadratic' or 'none', not {weights!r}")
    distance = _distance_function(order, nominal)
    if weights == "none":
        distance = _nominal_distance
    pairs = list(pairs)
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    _check_levels(first.keys() | second.keys(), order, nominal)
    if not pairs:
        return None
    observed = sum(n * distance(a, b) for (a, b), n in Counter(pairs).items())
    expected = sum(
        n_a * n_b * distance(a, b) for a, n_a in first.items() for b, n_b in second.items()
    )
    if expected == 0:
        return None
    # Both sums are over counts, not shares: E has n² in its denominator and O only n.
    return float(1 - len(pairs) * Fraction(observed) / expected)


def fleiss_kappa(items: Sequence[Sequence[str]]) -> float | None:
    """Fleiss' (1971) kappa for m ≥ 2 raters per item, levels taken as nominal.

    P̄ is the mean share of agreeing rater pairs per item and P_e = Σ p_j², p_j the share
    of all ratings in level j; kappa = (P̄ − P_e) / (1 − P_e). The raters of one item need
    not be those of another, but their number must be the same for every item (ValueError
    otherwise: use `krippendorff_alpha` for missing ratings). None without items or when
    P_e = 1 (one level used throughout).
    """
    if not items:
        return None
    m = len(items[0])
    if m < 2 or any(len(item) != m for item in items):
        sizes = sorted({len(item) for item in items})
        raise ValueError(f"every item needs the same number (≥ 2) of ratings, got {sizes}")
    totals: Counter[str] = Counter()
    agreeing_pairs = 0
    for item in items:
        counts = Counter(item)
        totals.update(counts)
        agreeing_pairs += sum(n * (n - 1) for n in counts.values())
    ratings = len(items) * m
    p_bar = Fraction(agreeing_pairs, len(items) * m * (m - 1))
    p_e = sum(Fraction(n, ratings) ** 2 for n in totals.values())
    if p_e == 1:
        return None
    return float((p_bar - p_e) / (1 - p_e))


def krippendorff_alpha(
    units: Iterable[Iterable[str | None]],
    order: Sequence[str],
    nominal: Collection[str] = frozenset(),
) -> float | None:
    """Krippendorff's alpha with the distance from the module docstring: 1 − D_o / D_e.

    Each unit lists the levels it was given, by any number of raters; a missing rating is
    simply absent (None entries are skipped too). Computed from the coincidence matrix
    (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): a unit with m_u
    values adds 1/(m_u − 1) to o_ck for each ordered pair of its values from different
    raters, so units with fewer than 2 values carry no information and are ignored. With
    n_c = Σ_k o_ck and n = Σ_c n_c, alpha = 1 − (n − 1) Σ o_ck δ_ck / Σ n_c n_k δ_ck.

    With `order` only this is the interval alpha on the level indices; with `order=[]`
    and every level in `nominal` it is the nominal alpha. None when fewer than 2 values
    are pairable or no disagreement is expected (one level throughout).
    """
    distance = _distance_function(order, nominal)
    units = [[value for value in unit if value is not None] for unit in units]
    _check_levels({value for unit in units for value in unit}, order, nominal)
    coincidences: Counter[tuple[str, str]] = Counter()
    for unit in units:
        if len(unit) < 2:
            continue
        counts = Counter(unit)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_k - (c == k))
                if pairs:
                    coincidences[c, k] += Fraction(pairs, len(unit) - 1)
    marginals: Counter[str] = Counter()
    for (c, _), o in coincidences.items():
        marginals[c] += o
    n = sum(marginals.values())
    if n < 2:
        return None
    observed = sum(o * distance(c, k) for (c, k), o in coincidences.items())
    expected = sum(
        n_c * n_k * distance(c, k) for c, n_c in marginals.items() for k, n_k in marginals.items()
    )
    if expected == 0:
        return None
    return float(1 - (n - 1) * Fraction(observed) / expected)


def interpret_kappa(value: float | None) -> str | None:
    """Landis & Koch (1977) band id for a kappa, None for None.

    "poor" below 0; "slight" 0–0.20, "fair" to 0.40, "moderate" to 0.60, "substantial"
    to 0.80 (each upper bound inclusive); "almost_perfect" above 0.80. Look labels up in
    `BANDS`. The bands are a convention, not a test: quote them as such.
    """
    if value is None:
        return None
    if value < 0:
        return "poor"
    for upper, band in _KAPPA_BANDS:
        if value <= upper:
            return band
    return "almost_perfect"


def interpret_alpha(value: float | None) -> str | None:
    """Krippendorff's (2004) band id for an alpha, None for None.

    "reliable" at 0.800 and above; "tentative" from 0.667 (inclusive, the published
    figure rather than 2/3) to below 0.800, good enough only for tentative conclusions;
    "unreliable" below 0.667.
    """
    if value is None:
        return None
    if value >= 0.800:
        return "reliable"
    if value >= 0.667:
        return "tentative"
    return "unreliable"


def _distance_function(order: Sequence[str], nominal: Collection[str]) -> Distance:
    """The distance on this scale; ValueError for a level listed twice or in both sets."""
    if len(set(order)) != len(order):
        raise ValueError(f"a level appears more than once in order: {list(order)}")
    both = set(order) & set(nominal)
    if both:
        raise ValueError(f"levels both on the scale and nominal: {sorted(both)}")
    span = max(len(order) - 1, 1)
    positions = {level: Fraction(i, span) for i, level in enumerate(order)}

    def distance(a: str, b: str) -> Fraction:
        if a == b:
            return Fraction(0)
        if a in positions and b in positions:
            return (positions[a] - positions[b]) ** 2
        return Fraction(1)

    return distance


def _nominal_distance(a: str, b: str) -> Fraction:
    return Fraction(a != b)


def _check_levels(levels: Iterable[str], order: Sequence[str], nominal: Collection[str]) -> None:
    unknown = {level for level in levels if level not in order and level not in nominal}
    if unknown:
        raise ValueError(f"levels neither in order nor nominal: {sorted(map(str, unknown))}")
