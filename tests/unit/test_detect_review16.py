"""False positives a review of the sixteenth to eighteenth rounds of detector rules found, each
recorded as a strict expected failure so that the fix that removes it flips the test. Every
sentence is invented (no text from any evaluation set)."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes


def cued(text: str) -> list[tuple[str, str | None]]:
    """The (text, cue) of every candidate of ``text`` scored at least 0.5."""
    return [(c.text, c.cue) for c in detect_quotes(text) if c.score >= 0.5]


@pytest.mark.parametrize(
    "text",
    [
        "She positioned the ladder as close to the wall as she could.",
        "He painted the shed as white as the cottage next to it.",
        "The gardener cast the seeds as far as the fence.",
    ],
)
def test_a_comparison_after_a_physical_act_is_no_portrayal(text: str) -> None:
    # A portrayal puts a view of its object to others (``painted the board as a club``); ``as
    # close as``, ``as white as``, ``as far as`` compare a degree, and nobody holds a view.
    assert cued(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opponents painted the harbour plan as a gift to the builders.",
        "She presented the cuts as necessary.",
    ],
)
def test_a_portrayal_of_a_role_or_quality_is_still_a_view(text: str) -> None:
    # The comparison rule must leave a real portrayal alone.
    assert [cue for _, cue in cued(text)] in (["painted"], ["presented"])


@pytest.mark.parametrize(
    "headline",
    [
        "Brindle Cinema Shows Coming In May",
        "Lornvale Bakery Finds New Home On Quay Street",
    ],
)
def test_a_title_case_line_of_listings_or_moves_attributes_nothing(headline: str) -> None:
    # ``Shows Coming In May`` is a noun and a participle (the shows that are coming); a bakery
    # that finds a new home has moved, it reports no finding.
    text = f"{headline}\n\nThe owners opened the doors at nine on the first morning."
    assert cued(text) == []


@pytest.mark.parametrize(
    "headline",
    ["Harbour Poll Shows Lind Ahead Of Kral", "Lornvale Study Finds Ferry Fares Rose Twice"],
)
def test_a_title_case_line_whose_subject_is_a_poll_or_study_still_gives_evidence(
    headline: str,
) -> None:
    text = f"{headline}\n\nThe owners opened the doors at nine on the first morning."
    assert [cue for _, cue in cued(text)] in (["Shows"], ["Finds"])


@pytest.mark.parametrize(
    "headline",
    [
        'Mayor Says "We Will Rebuild" After Flood',
        'MAYOR SAYS "WE WILL REBUILD" AFTER FLOOD',
    ],
)
def test_a_quoted_headline_stops_at_its_closing_mark(headline: str) -> None:
    # In sentence case (``The mayor says "we will rebuild" after the flood.``) the candidate is
    # the quoted words alone; ``After Flood`` is when they were said, in any case of letters.
    quoted = headline[headline.index('"') : headline.rindex('"') + 1]
    assert all(text == quoted for text, _ in cued(headline))
    assert any(text == quoted for text, _ in cued(headline))


def test_a_quoted_headline_followed_by_more_of_its_clause_stays_mixed() -> None:
    # Only a preposition of time or place ends the content at the closing mark.
    assert cued('Mayor Says "Fares" Will Rise') == [('"Fares" Will Rise', "Says")]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue (2024): Twelve million crowns, up from nine.\nCosts rose by a third.",
        "Ingredients (Serves Four): Two eggs, flour and a cup of milk.\nMix them well.",
    ],
)
def test_a_first_line_heading_with_a_qualifier_in_parentheses_names_no_speaker(
    text: str,
) -> None:
    assert [c.speaker for c in detect_quotes(text) if c.speaker is not None] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ada Lind (Harbour Party): We will win the seat.\nMore to follow.", "Ada Lind"),
        ("Lind (14:02): We will win the seat.\nMore to follow.", "Lind"),
    ],
)
def test_a_first_line_speaker_with_a_seat_or_a_time_in_parentheses_still_speaks(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in detect_quotes(text) if c.speaker is not None] == [speaker]


def test_a_surname_before_in_and_a_town_is_still_the_person_named_earlier() -> None:
    text = "Ada Lind chairs the ferry board. Lind in Brennock said the ferry was late."
    assert [c.speaker for c in detect_quotes(text)] == ["Ada Lind"]


def test_a_reader_signing_with_an_unknown_name_and_a_town_stays_as_written() -> None:
    text = "Ada Lind chairs the ferry board. Torvald in Brennock said the ferry was late."
    assert [c.speaker for c in detect_quotes(text)] == ["Torvald in Brennock"]


def test_a_person_who_led_a_count_in_a_survey_reports_no_finding() -> None:
    # ``Kral leads the race in the latest poll`` is a figure the poll found; a keeper who led
    # the count did something in the survey, and the survey found nothing about it.
    text = "The lighthouse keeper led the count in the survey of seabirds."
    assert [c.cue for c in detect_quotes(text) if c.score >= 0.5] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kral leads the race in the latest poll.",
        "Kral has led the former harbour master in every new poll.",
        "The Greens hold a narrow lead in the new survey.",
    ],
)
def test_a_lead_in_a_contest_is_still_a_survey_finding(text: str) -> None:
    assert [c.cue for c in detect_quotes(text) if c.score >= 0.5] == ["in"]


def test_the_agent_of_a_passive_view_holds_it() -> None:
    # ``is seen as`` alone is a view held by no one named; ``by many residents`` names them.
    text = "The mayor is regarded by many residents as honest."
    found = [c for c in detect_quotes(text) if c.score >= 0.5]
    assert found
    assert not any(c.text.startswith("by ") for c in found)
    assert any(c.speaker is not None and "residents" in c.speaker for c in found)


def test_a_passive_view_with_its_agent_keeps_the_subject_as_a_fragment() -> None:
    text = "The ferry plan was seen by critics as a gift to builders."
    found = [(c.text, c.speaker) for c in detect_quotes(text) if c.score >= 0.5]
    assert found == [("The ferry plan", "critics"), ("a gift to builders", "critics")]


def test_a_passive_view_with_no_agent_still_names_no_holder() -> None:
    text = "The mayor is regarded as honest."
    assert [c.speaker for c in detect_quotes(text) if c.score >= 0.5] == [None, None]


def test_names_are_looked_up_without_a_pattern_compiled_for_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A pattern built around each name misses the regex cache for every new name; the lookups
    # use ``str.find`` and patterns compiled once.
    import re

    patterns: list[str] = []
    for function_name in ("search", "finditer", "match", "compile"):
        original = getattr(re, function_name)

        def spy(pattern, *args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            patterns.append(str(getattr(pattern, "pattern", pattern)))
            return _original(pattern, *args, **kwargs)

        monkeypatch.setattr(re, function_name, spy)
    text = (
        "Councillor Torvik Quenlan Slams Ferry Plan\n\n"
        "One of them, 16-year-old Ysolde Marrach, was stopped at the quay. "
        "Ysolde said the ferry was late. Quenlan said the plan would fail."
    )
    speakers = [c.speaker for c in detect_quotes(text)]
    assert not [p for p in patterns if "Ysolde" in p or "torvik" in p.lower()]
    assert speakers == ["Torvik Quenlan", "Ysolde Marrach", "Torvik Quenlan"]
