"""Small-sample statistics for comparing review rounds, written out so they can be checked.

Rounds are small (six plans, sometimes twenty), so every method here is exact or has good
coverage at small n, and is computed with integers where it can be:

- `wilson`: the Wilson score 95 % interval for a share (Wilson 1927; Newcombe 1998,
  method 3), which unlike the textbook "±1.96·SE" interval never leaves 0–1 and does not
  collapse to a single point at 0/n or n/n.
- `fisher_exact`: Fisher's exact test, two-sided, for two independent samples (two rounds
  with different plans).
- `mcnemar_exact`: McNemar's exact test for the same plans reviewed twice: a two-sided
  binomial test (p = ½) on the discordant pairs.

The p-values are exploratory: a round compares a dozen criteria at once and nothing here
corrects for that, and with six plans even a large change can have p well above 0.05.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb, sqrt

Z95 = 1.959963984540054  # the 97.5 % point of the standard normal distribution


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval for `successes` out of `n` (95 % by default).

    centre = (p̂ + z²/2n) / (1 + z²/n),
    half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).

    Returns (low, high) as proportions between 0 and 1, or None when n is 0. At 0/n the
    lower limit is exactly 0, and at n/n the upper limit exactly 1.
    """
    _check_count(successes, n)
    if n == 0:
        return None
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z / denominator * sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Fisher's exact test, two-sided, for the 2×2 table [[a, b], [c, d]].

    With the margins fixed, the count in the top-left cell follows the hypergeometric
    distribution: P(x) = C(a+b, x) · C(c+d, a+c−x) / C(n, a+c). The two-sided p-value is
    the sum of P(x) over every table at most as probable as the one observed (the rule R's
    `fisher.test` and SciPy use). The probabilities are compared as exact integers, so
    tables of equal probability are never split by rounding.

    For rounds: a = fulfilled in the first round, b = not fulfilled in the first,
    c and d the same for the second. Returns 1.0 for an empty or one-sided table.
    """
    for value in (a, b, c, d):
        if value < 0:
            raise ValueError("counts must not be negative")
    row1, row2, col1 = a + b, c + d, a + c
    lowest, highest = max(0, col1 - row2), min(row1, col1)
    # Numerators of P(x); they share the denominator C(n, a + c).
    weights = {x: comb(row1, x) * comb(row2, col1 - x) for x in range(lowest, highest + 1)}
    observed = weights[a]
    tail = sum(w for w in weights.values() if w <= observed)
    return min(1.0, float(Fraction(tail, comb(row1 + row2, col1))))


def mcnemar_exact(improved: int, regressed: int) -> float:
    """McNemar's exact test, two-sided, for paired yes/no outcomes.

    Only discordant pairs carry information: `improved` plans went from no to yes,
    `regressed` from yes to no. If nothing changed in truth, each discordant pair is a
    fair coin: p = min(1, 2 · Σ_{i ≤ min(b, c)} C(b+c, i) / 2^(b+c)), the exact binomial
    test (McNemar 1947; the "exact conditional" test of Fagerland, Lydersen & Laake 2013).
    Returns 1.0 when there are no discordant pairs.
    """
    if improved < 0 or regressed < 0:
        raise ValueError("counts must not be negative")
    n = improved + regressed
    if n == 0:
        return 1.0
    tail = sum(comb(n, i) for i in range(min(improved, regressed) + 1))
    return min(1.0, float(Fraction(2 * tail, 2 ** n)))


def _check_count(successes: int, n: int) -> None:
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"{successes} of {n} is not a count")
