"""Agreement statistics in plain Python: F1 of spans, percent agreement, Cohen's kappa and
Krippendorff's alpha (nominal and ordinal).

Every function returns ``None`` where the figure is undefined (no items; a single category, so
chance agreement is already perfect) instead of NaN, and the caller reports how many items the
figure rests on beside it.
"""

from __future__ import annotations

import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import Any, Protocol, cast


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
    return cohen_kappa_of_table(Counter(zip(first, second, strict=True)))


def cohen_kappa_of_table(table: Mapping[tuple[Hashable, Hashable], int]) -> float | None:
    """Cohen's kappa from a contingency table: how many items got each (first, second) pair.

    The same figure as :func:`cohen_kappa` over the items, from counts alone (the arithmetic
    is on whole numbers until the last divisions, so the result does not depend on the order
    the table was filled in).
    """
    n = 0
    agreeing = 0
    first_counts: Counter[Hashable] = Counter()
    second_counts: Counter[Hashable] = Counter()
    for (a, b), count in table.items():
        n += count
        if a == b:
            agreeing += count
        first_counts[a] += count
        second_counts[b] += count
    if n == 0:
        return None
    observed = agreeing / n
    chance_pairs = sum(count * second_counts.get(value, 0) for value, count in first_counts.items())
    expected = chance_pairs / (n * n)
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
    units = units if isinstance(units, list) else list(units)
    values = map(partial(map, key), units) if key is not None else units
    # Units with the same values (in any order) count alike: tally the distinct ones, mostly
    # in C, then do the arithmetic once per pattern instead of once per unit.
    try:
        patterns: Counter[tuple[Hashable, ...]] = Counter(map(tuple, map(sorted, values)))
    except TypeError:  # values that do not sort: count each unit as it comes
        values = map(partial(map, key), units) if key is not None else units
        patterns = Counter(map(tuple, values))
    return alpha_of_patterns(patterns, level)


def alpha_of_patterns(
    patterns: Mapping[tuple[Hashable, ...], int], level: Level = Level.NOMINAL
) -> AlphaResult:
    """Krippendorff's alpha from how many units received each sorted tuple of values.

    What :func:`krippendorff_alpha` computes after tallying its units; a caller that already
    has the tally (built in the order the units came) gets the very same figure.
    """
    if level is Level.NOMINAL:
        return _alpha_nominal(patterns)
    # Ordinal values sort, as the level requires (krippendorff_alpha's docstring); Hashable,
    # which every level shares, cannot say so.
    return _alpha_ordinal(cast("Mapping[tuple[_Ordered, ...], int]", patterns))


def _alpha_nominal(patterns: Mapping[tuple[Hashable, ...], int]) -> AlphaResult:
    totals: Counter[Hashable] = Counter()  # pairable values per category
    disagreement = 0.0  # n * D_o: sum over units of disagreeing ordered pairs / (m_u - 1)
    unit_count = 0
    for unit, count in patterns.items():
        m = len(unit)
        if m < 2:
            continue
        unit_count += count
        for value in unit:
            totals[value] += count
        differing = sum(unit[i] != unit[j] for i in range(m) for j in range(i + 1, m))
        disagreement += count * 2.0 * differing / (m - 1)
    n = sum(totals.values())
    if n < 2:
        return AlphaResult(None, unit_count, n)
    expected = (n * n - sum(c * c for c in totals.values())) / (n - 1)  # n * D_e
    if expected == 0:
        return AlphaResult(None, unit_count, n)
    return AlphaResult(1.0 - disagreement / expected, unit_count, n)


class _Ordered(Protocol):
    """A value of an ordinal label: hashable, and sortable against the others."""

    def __lt__(self, other: Any, /) -> bool: ...

    def __hash__(self) -> int: ...


def _alpha_ordinal(patterns: Mapping[tuple[_Ordered, ...], int]) -> AlphaResult:
    # Only differing pairs carry a distance; equal ones are left out of the coincidences.
    # Weighted (2 / (m - 1) per pair), so the tallies are floats: not a Counter of ints.
    coincidences: defaultdict[tuple[_Ordered, _Ordered], float] = defaultdict(float)
    totals: Counter[_Ordered] = Counter()
    unit_count = 0
    for unit, count in patterns.items():
        m = len(unit)
        if m < 2:
            continue
        unit_count += count
        for value in unit:
            totals[value] += count
        weight = count * 2.0 / (m - 1)
        for i in range(m):
            a = unit[i]
            for j in range(i + 1, m):
                b = unit[j]
                if a != b:
                    coincidences[(a, b) if a < b else (b, a)] += weight
    n = sum(totals.values())
    if n < 2:
        return AlphaResult(None, unit_count, n)
    order = sorted(totals)
    position = {value: index for index, value in enumerate(order)}
    marginals = [totals[value] for value in order]
    cumulative = [0.0]
    for total in marginals:
        cumulative.append(cumulative[-1] + total)

    def distance(a: _Ordered, b: _Ordered) -> float:
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
