"""``find_words``: what the annotate screen's / finds, at ``str`` offsets."""

from __future__ import annotations

from annotator.session import find_words

TEXT = "Die Straße nach Velmar war gesperrt.\nDer Bürgermeister sagte,\ndie Straße bleibt zu."
"""An invented text with an ß (which case folding turns into two letters) and line breaks."""


def test_words_are_found_ignoring_case_across_a_line_break() -> None:
    start, end = find_words(TEXT, "gesperrt. der", 0)
    assert TEXT[start:end] == "gesperrt.\nDer"


def test_offsets_after_an_sharp_s_stay_those_of_the_text() -> None:
    start, end = find_words(TEXT, "STRAßE", 0)
    assert TEXT[start:end] == "Straße"
    start, end = find_words(TEXT, "bleibt", 0)
    assert TEXT[start:end] == "bleibt"


def test_the_search_goes_on_after_the_offset_given_then_from_the_top() -> None:
    first = TEXT.index("Straße")
    second = TEXT.index("Straße", first + 1)
    assert find_words(TEXT, "straße", first + 1) == (second, second + len("Straße"))
    assert find_words(TEXT, "straße", second + 1) == (first, first + len("Straße"))


def test_words_that_are_nowhere_or_no_words_find_nothing() -> None:
    assert find_words(TEXT, "Hafen", 0) is None
    assert find_words(TEXT, "   ", 0) is None
