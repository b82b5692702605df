"""The statistics of round comparisons against published values and against SciPy.

Published reference values:
- Fisher's exact test: the domain brief (SIP.md §5): 10/20 against 15/20 gives p = 0.19
  (0.1908 to four places); Fisher's tea-tasting table [[3, 1], [1, 3]] (Fisher 1935,
  The Design of Experiments): two-sided p = 0.4857 (34/70).
- McNemar's exact test: Fagerland, Lydersen & Laake 2013 (BMC Med Res Methodol 13:91),
  airway hyper-responsiveness before and after stem cell transplantation, 1 and 7
  discordant pairs: exact conditional p = 0.0703.
- Wilson's score interval: Newcombe 1998 (Stat Med 17:857–872), Table I, method 3:
  81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
"""

from __future__ import annotations

import itertools
import random

import pytest

from sipcheck.compare.stats import fisher_exact, mcnemar_exact, wilson


def test_fisher_matches_the_domain_brief():
    p = fisher_exact(10, 10, 15, 5)
    assert round(p, 2) == 0.19
    assert p == pytest.approx(0.1908, abs=5e-5)


def test_fisher_tea_tasting():
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(34 / 70, abs=1e-12)  # 0.4857


@pytest.mark.parametrize("table", [(0, 0, 0, 0), (6, 0, 6, 0), (0, 5, 0, 5), (3, 3, 3, 3)])
def test_fisher_of_tables_that_show_no_difference_is_one(table):
    assert fisher_exact(*table) == pytest.approx(1.0)


def test_fisher_is_symmetric_and_bounded():
    for a, b, c, d in [(1, 5, 5, 1), (0, 6, 6, 0), (2, 4, 5, 1), (7, 13, 12, 8)]:
        p = fisher_exact(a, b, c, d)
        assert 0 < p <= 1
        assert p == pytest.approx(fisher_exact(c, d, a, b))  # rows swapped
        assert p == pytest.approx(fisher_exact(b, a, d, c))  # columns swapped
        assert p == pytest.approx(fisher_exact(a, c, b, d))  # transposed


def test_fisher_small_rounds_cannot_reach_significance():
    # Six plans per round: even 0/6 against 6/6 is p = 0.0022, but 1/6 against 5/6 is 0.08.
    assert fisher_exact(0, 6, 6, 0) == pytest.approx(2 / 924)
    assert fisher_exact(1, 5, 5, 1) > 0.05


def test_mcnemar_fagerland_example():
    assert mcnemar_exact(1, 7) == pytest.approx(0.0703, abs=5e-5)
    assert mcnemar_exact(7, 1) == mcnemar_exact(1, 7)


def test_mcnemar_edge_cases():
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(3, 3) == 1.0
    assert mcnemar_exact(5, 0) == pytest.approx(2 / 32)
    assert mcnemar_exact(3, 0) == pytest.approx(0.25)
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 2)


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718)])
def test_wilson_newcombe_1998(k, n, low, high):
    interval = wilson(k, n)
    assert interval == pytest.approx((low, high), abs=5e-5)


def test_wilson_limits():
    assert wilson(0, 0) is None
    assert wilson(0, 6)[0] == 0.0
    assert wilson(6, 6)[1] == 1.0
    assert wilson(3, 6) == pytest.approx((0.1876, 0.8124), abs=5e-5)
    low, high = wilson(1, 6)
    assert low > 0 and high < 1
    for bad in [(-1, 5), (6, 5), (1, -1)]:
        with pytest.raises(ValueError):
            wilson(*bad)


# ---------------------------------------------------------------- against SciPy

def test_fisher_agrees_with_scipy():
    stats = pytest.importorskip("scipy.stats")
    tables = list(itertools.product(range(0, 7), repeat=4))
    rng = random.Random(4)
    tables = rng.sample(tables, 150) + [(10, 10, 15, 5), (0, 20, 20, 0), (25, 5, 12, 18)]
    for table in tables:
        a, b, c, d = table
        expected = stats.fisher_exact([[a, b], [c, d]]).pvalue
        assert fisher_exact(*table) == pytest.approx(expected, rel=1e-9, abs=1e-12), table


def test_mcnemar_agrees_with_scipy_binomial_test():
    stats = pytest.importorskip("scipy.stats")
    for improved in range(0, 16):
        for regressed in range(0, 16):
            n = improved + regressed
            if n == 0:
                continue
            expected = stats.binomtest(improved, n, 0.5).pvalue
            assert mcnemar_exact(improved, regressed) == pytest.approx(expected, rel=1e-9)


def test_wilson_agrees_with_scipy():
    stats = pytest.importorskip("scipy.stats")
    for n in range(1, 41):
        for k in range(0, n + 1):
            ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
            assert wilson(k, n) == pytest.approx((ci.low, ci.high), abs=1e-9), (k, n)
