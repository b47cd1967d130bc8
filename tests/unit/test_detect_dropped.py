"""Reported speech whose candidate the later stages of the pipeline used to drop, though its cue
and subject were found: each rule of English grammar with the case that showed it. Every
sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_comma_around_the_opening_that_does_not_end_the_content() -> None:
    text = "Ada Lind said that, if the skippers thought it wise, the quay would shut."
    got = {c.cue: c for c in found(text)}
    assert got["said"].speaker == "Ada Lind"
    assert got["said"].text.startswith("that, if the skippers")
    assert got["said"].text.endswith("the quay would shut")
    text = (
        "The mayor spoke for an hour, saying, for the first time, that she would consider a toll."
    )
    got = {c.cue: c for c in found(text)}
    assert got["saying"].speaker == "The mayor"
    assert got["saying"].text.endswith("that she would consider a toll")


def test_an_answer_of_yes_or_no_stays_content_when_a_later_cue_cuts_it() -> None:
    text = "Asked about the toll, most skippers said no, but the ferry crews say they would pay it."
    got = {c.cue: c for c in found(text)}
    assert (got["said"].speaker, got["said"].text) == ("most skippers", "no")
    assert got["say"].text == "they would pay it"


def test_the_object_of_a_cue_that_introduces_a_block_is_content_of_its_own() -> None:
    block = "Barely forty people came to watch the new ferry leave on its first run this morning.\n"
    text = "Lind noted the thin crowd at the quay:\n\n" + block
    got = {c.type.value: c for c in found(text)}
    assert (got["indirect"].speaker, got["indirect"].cue) == ("Lind", "noted")
    assert got["indirect"].text == "the thin crowd at the quay"
    assert got["direct"].text == block.strip()
    # An object that points ahead to the block is no quote of its own.
    text = "Ada Lind posted the following statement:\n\n" + block
    assert [c.type.value for c in found(text)] == ["direct"]


def test_a_coordinated_said_ends_the_object_of_a_stance() -> None:
    text = "Lind endorsed Kral in early June and said she would gladly sail with him."
    got = {c.cue: c for c in found(text)}
    assert got["endorsed"].text == "Kral in early June"
    assert (got["said"].speaker, got["said"].text) == (
        "Lind",
        "she would gladly sail with him",
    )
