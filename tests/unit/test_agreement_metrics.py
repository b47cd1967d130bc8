"""The statistics match reference implementations (scikit-learn, krippendorff) and degrade to
None, not NaN, where they are undefined."""

from __future__ import annotations

import math
import random

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.agreement.metrics import (
    Level,
    cohen_kappa,
    f1_score,
    krippendorff_alpha,
    percent_agreement,
)


def test_f1_and_percent_agreement_by_hand():
    assert f1_score(3, 4, 6) == pytest.approx(0.6)
    assert f1_score(0, 0, 0) is None
    assert percent_agreement(["a", "b", "c", "c"], ["a", "x", "c", "y"]) == 0.5
    assert percent_agreement([], []) is None
    with pytest.raises(ValueError):
        percent_agreement(["a"], [])


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("seed", range(12))
def test_cohen_kappa_matches_scikit_learn(seed):
    rng = random.Random(seed)
    categories = ["Kovács", "mayor", "", "harbour master"][: rng.randint(1, 4)]
    size = rng.randint(1, 40)
    first = [rng.choice(categories) for _ in range(size)]
    # Mostly agreeing raters, like real annotators.
    second = [x if rng.random() < 0.7 else rng.choice(categories) for x in first]
    expected = cohen_kappa_score(first, second)
    ours = cohen_kappa(first, second)
    if math.isnan(expected):
        assert ours is None
    else:
        assert ours == pytest.approx(expected, abs=1e-12)


def test_cohen_kappa_degenerate_cases():
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # one category: chance is perfect
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)


def _reliability_matrix(units, raters):
    """Units as dicts rater -> value, as the rows-are-raters matrix the package wants."""
    return np.array([[unit.get(rater, np.nan) for unit in units] for rater in raters], dtype=float)


@pytest.mark.parametrize("level", [Level.NOMINAL, Level.ORDINAL])
@pytest.mark.parametrize("seed", range(10))
def test_krippendorff_alpha_matches_the_krippendorff_package(level, seed):
    rng = random.Random(seed)
    raters = ["ann", "ben", "cat", "dan"][: rng.randint(2, 4)]
    values = [1, 2, 3] if level is Level.ORDINAL else [1, 2, 3, 4, 5]
    units = []
    for _ in range(rng.randint(3, 40)):
        truth = rng.choice(values)
        unit = {}
        for rater in raters:
            if rng.random() < 0.2:
                continue  # missing rating
            unit[rater] = truth if rng.random() < 0.75 else rng.choice(values)
        units.append(unit)
    ours = krippendorff_alpha([list(unit.values()) for unit in units], level)
    matrix = _reliability_matrix(units, raters)
    pairable = [unit for unit in units if len(unit) >= 2]
    assert ours.units == len(pairable)
    assert ours.values == sum(len(unit) for unit in pairable)
    if ours.value is None:
        # The package refuses or returns NaN when there is nothing to compare.
        with np.errstate(all="ignore"):
            try:
                expected = krippendorff.alpha(matrix, level_of_measurement=level.value)
            except (ValueError, ZeroDivisionError):
                return
        assert math.isnan(expected)
        return
    expected = krippendorff.alpha(matrix, level_of_measurement=level.value)
    assert ours.value == pytest.approx(expected, abs=1e-9)


def test_ordinal_alpha_punishes_far_disagreements_more_than_nominal():
    near = [[1, 2], [2, 3], [3, 3], [1, 1], [2, 2], [3, 3]]
    far = [[1, 3], [3, 1], [3, 3], [1, 1], [2, 2], [2, 2]]
    assert (
        krippendorff_alpha(near, Level.ORDINAL).value > krippendorff_alpha(far, Level.ORDINAL).value
    )


def test_alpha_degenerate_cases():
    assert krippendorff_alpha([]).value is None
    lonely = krippendorff_alpha([["a"], ["b"]])
    assert (lonely.value, lonely.units, lonely.values) == (None, 0, 0)
    one_category = krippendorff_alpha([["a", "a"], ["a", "a", "a"]])
    assert (one_category.value, one_category.units, one_category.values) == (None, 2, 5)
    assert krippendorff_alpha([[2, 2], [2, 2]], Level.ORDINAL).value is None
    # String categories work as well as numbers.
    assert krippendorff_alpha([["x", "x"], ["y", "y"]]).value == pytest.approx(1.0)


def test_alpha_takes_values_that_do_not_sort_and_any_iterable():
    mixed = [["a", None], [None, None], ["a", "a"], [1, "a"]]
    as_strings = [["a", "none"], ["none", "none"], ["a", "a"], ["one", "a"]]
    assert krippendorff_alpha(iter(mixed)).value == pytest.approx(
        krippendorff_alpha(as_strings).value
    )
    records = [[("x", 1), ("x", 2)], [("y", 3), ("y", 3)]]
    by_key = krippendorff_alpha(records, Level.ORDINAL, key=lambda record: record[1])
    assert by_key.value == pytest.approx(krippendorff_alpha([[1, 2], [3, 3]], Level.ORDINAL).value)
