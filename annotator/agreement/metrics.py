"""Agreement statistics in plain Python: F1 of spans, percent agreement, Cohen's kappa and
Krippendorff's alpha (nominal and ordinal).

Every function returns ``None`` where the figure is undefined (no items; a single category, so
chance agreement is already perfect) instead of NaN, and the caller reports how many items the
figure rests on beside it.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Level(StrEnum):
    """Level of measurement for Krippendorff's alpha."""

    NOMINAL = "nominal"
    """Categories without order: any two different values disagree equally."""
    ORDINAL = "ordinal"
    """Ranked categories: values further apart (counting the values between) disagree more."""


def ratio(numerator: float, denominator: float) -> float | None:
    """``numerator / denominator``, or None when the denominator is zero."""
    return numerator / denominator if denominator else None


def f1_score(matched: int, reference: int, predicted: int) -> float | None:
    """``2 * matched / (reference + predicted)``; None when both sides are empty."""
    return ratio(2 * matched, reference + predicted)


def percent_agreement(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Share of items on which the two raters give the same value; None for no items."""
    if len(first) != len(second):
        raise ValueError("the two raters must rate the same items")
    return ratio(sum(map(operator.eq, first, second)), len(first))


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters over the same items (unweighted).

    ``(p_o - p_e) / (1 - p_e)`` with ``p_e`` from each rater's own category frequencies. None
    when there are no items or when ``p_e`` is 1 (both raters used one and the same category).
    """
    if len(first) != len(second):
        raise ValueError("the two raters must rate the same items")
    n = len(first)
    if n == 0:
        return None
    observed = sum(map(operator.eq, first, second)) / n
    first_counts = Counter(first)
    second_counts = Counter(second)
    expected = sum(count * second_counts.get(value, 0) for value, count in first_counts.items())
    expected /= n * n
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


@dataclass(frozen=True, slots=True)
class AlphaResult:
    """Krippendorff's alpha and what it rests on."""

    value: float | None
    """Alpha, or None when undefined (fewer than two pairable values, or a single category)."""
    units: int
    """Units with at least two values (the only ones that count)."""
    values: int
    """Values in those units."""


def krippendorff_alpha(
    units: Iterable[Sequence[Any]],
    level: Level = Level.NOMINAL,
    key: Callable[[Any], Hashable] | None = None,
) -> AlphaResult:
    """Krippendorff's alpha for units given as the list of values they received.

    Missing ratings are simply absent from a unit's list; units with fewer than two values are
    not pairable and are left out, as the coefficient requires. Ordinal values must be sortable;
    their distance is the squared count of values from one category to the other, less half of
    each end's count (Krippendorff 2011). ``key``, when given, extracts the value from each item
    of a unit (so one list of records serves several labels without copying).
    """
    if key is not None:
        units = (list(map(key, unit)) for unit in units)
    if level is Level.NOMINAL:
        return _alpha_nominal(units)
    return _alpha_ordinal(units)


def _alpha_nominal(units: Iterable[Sequence[Hashable]]) -> AlphaResult:
    pooled: list[Hashable] = []  # every pairable value, for the category totals
    disagreement = 0.0  # n * D_o: sum over units of disagreeing ordered pairs / (m_u - 1)
    unit_count = 0
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        unit_count += 1
        pooled.extend(unit)
        if m == 2:
            if unit[0] != unit[1]:
                disagreement += 2.0
        elif m == 3:
            a, b, c = unit
            disagreement += (a != b) + (a != c) + (b != c)  # 2 * pairs / (3 - 1)
        else:
            differing = sum(unit[i] != unit[j] for i in range(m) for j in range(i + 1, m))
            disagreement += 2.0 * differing / (m - 1)
    n = len(pooled)
    if n < 2:
        return AlphaResult(None, unit_count, n)
    totals = Counter(pooled)
    expected = (n * n - sum(c * c for c in totals.values())) / (n - 1)  # n * D_e
    if expected == 0:
        return AlphaResult(None, unit_count, n)
    return AlphaResult(1.0 - disagreement / expected, unit_count, n)


def _alpha_ordinal(units: Iterable[Sequence[Hashable]]) -> AlphaResult:
    # Only differing pairs carry a distance; equal ones are left out of the coincidences.
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    pooled: list[Hashable] = []
    unit_count = 0
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        unit_count += 1
        pooled.extend(unit)
        weight = 2.0 / (m - 1)
        for i in range(m):
            a = unit[i]
            for j in range(i + 1, m):
                b = unit[j]
                if a != b:
                    coincidences[(a, b) if a < b else (b, a)] += weight  # type: ignore[operator]
    n = len(pooled)
    if n < 2:
        return AlphaResult(None, unit_count, n)
    totals = Counter(pooled)
    order = sorted(totals)  # type: ignore[type-var]
    position = {value: index for index, value in enumerate(order)}
    marginals = [totals[value] for value in order]
    cumulative = [0.0]
    for count in marginals:
        cumulative.append(cumulative[-1] + count)

    def distance(a: Hashable, b: Hashable) -> float:
        i, j = sorted((position[a], position[b]))
        between = cumulative[j + 1] - cumulative[i] - (marginals[i] + marginals[j]) / 2.0
        return between * between

    observed = sum(weight * distance(a, b) for (a, b), weight in coincidences.items())
    expected = 0.0
    for i, a in enumerate(order):
        for j in range(i + 1, len(order)):
            expected += 2.0 * marginals[i] * marginals[j] * distance(a, order[j])
    expected /= n - 1
    if expected == 0:
        return AlphaResult(None, unit_count, n)
    return AlphaResult(1.0 - observed / expected, unit_count, n)
