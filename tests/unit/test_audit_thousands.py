"""Auditing: a thousands separator is a house style, not a changed figure.

Every sentence, name and place here is invented.
"""

from __future__ import annotations

from annotator.audit import NUMBERS_DIFFER, REWORDED, audit, words_of
from tests.unit.audit_helpers import report

DUES = "Mooring dues at Brannvik will rise to 2,500 crowns a year for every trawler in the fleet"


def test_a_number_with_or_without_its_thousands_comma_is_one_word():
    assert words_of("2,500 crowns").norm == words_of("2500 crowns").norm == ("2500", "crowns")
    assert words_of("1,250,000 people").norm == ("1250000", "people")
    # A comma between words, or before digits that are no group of three, still cuts.
    assert words_of("in 2024, 300 boats").norm == ("in", "2024", "300", "boats")
    assert words_of("1,25 crowns").norm == ("1", "25", "crowns")


def test_a_thousands_comma_changes_no_figure_and_rewords_nothing():
    """Before, ``2,500`` against ``2500`` was listed as ``changed: 2 500 → 2500`` and flagged
    both reworded and numbers differ: one figure in two house styles."""
    (cluster,) = audit([report(0, DUES), report(1, DUES.replace("2,500", "2500"))]).clusters
    assert cluster.flags == []


def test_a_changed_figure_written_with_a_comma_still_differs():
    (cluster,) = audit([report(0, DUES), report(1, DUES.replace("2,500", "3,500"))]).clusters
    assert cluster.flags == [REWORDED, NUMBERS_DIFFER]
