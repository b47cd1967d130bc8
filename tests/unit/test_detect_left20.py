"""Detector leftovers of the twentieth round: a named event's or a column's kicker is no
speaker's label, ``wrote in`` is a particle verb of sending a letter, and an ``it`` after a
written thing is that thing. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_named_storm_kicker_is_no_speakers_label() -> None:
    text = (
        "Storm Orla: Coast roads closed\n\n"
        "Roads along the Tarn coast were closed on Sunday after waves broke over the sea wall."
    )
    assert found(text) == []


def test_a_columns_name_in_capitals_is_no_speakers_label() -> None:
    text = (
        "MONEY MATTERS: How to cut your heating bill\n\n"
        "Heating costs in Velmara have risen by a third this winter."
    )
    assert found(text) == []


def test_a_persons_label_on_the_headline_still_opens_a_quote() -> None:
    text = "Ivo Kral: The Harbour Must Stay Open\n\nThe harbour at Skarra is busy."
    quotes = found(text)
    assert [(q.text, q.speaker) for q in quotes] == [("The Harbour Must Stay Open", "Ivo Kral")]


def test_wrote_in_is_sending_a_letter_not_the_start_of_content() -> None:
    text = (
        "Lots of you wrote in about the bins this week, and Mara Finch wrote that the lids "
        "were broken."
    )
    quotes = found(text)
    assert [(q.text, q.speaker) for q in quotes] == [("that the lids were broken", "Mara Finch")]


def test_wrote_in_to_say_still_reports_what_was_said() -> None:
    quotes = found("Dozens wrote in to say the lids were broken.")
    assert [q.text for q in quotes] == ["the lids were broken"]


def test_it_after_a_notice_named_just_before_is_that_notice() -> None:
    text = "A notice was pinned to the door of the hall. It says the hall is closed until spring."
    quotes = found(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the hall is closed until spring", "A notice")
    ]


def test_it_after_no_written_thing_stays_as_written() -> None:
    quotes = found("The council met on Monday. It says the rent will rise in May.")
    assert [q.speaker for q in quotes] == ["It"]


def test_a_new_clause_after_and_with_a_subject_and_a_time_phrase_finds_its_own_speaker() -> None:
    text = (
        "Fishermen complained that the nets were cut, and a councillor at the time called it "
        "“a disgrace”."
    )
    quotes = found(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("that the nets were cut", "Fishermen"),
        ("it “a disgrace”", "a councillor"),
    ]


def test_put_it_to_a_witness_that_is_counsels_suggestion() -> None:
    quotes = found("At the inquest, Ms Dunmore put it to Mr Ostrava that the ladder was loose.")
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("that the ladder was loose", "Dunmore", "put it to")
    ]


def test_put_it_to_a_vote_reports_nothing() -> None:
    assert found("The chair put it to the vote.") == []


def test_an_elliptical_subject_speaks_through_whom_it_came_from() -> None:
    text = (
        "One email to the Brennock council praised the plan. A second, from the city auditor, "
        "urged the board to seek guarantees before signing."
    )
    by_cue = {q.cue: q for q in found(text)}
    assert (by_cue["urged"].text, by_cue["urged"].speaker) == (
        "the board to seek guarantees before signing",
        "the city auditor",
    )


def test_a_second_predicate_before_a_trailing_cue_is_more_of_the_content() -> None:
    text = "Dorvan discussed the port and agreed that harbour fees would rise, the readout said."
    by_cue = {q.cue: q for q in found(text)}
    assert (by_cue["said"].text, by_cue["said"].speaker) == (
        "Dorvan discussed the port and agreed that harbour fees would rise",
        "the readout",
    )


def test_a_gerund_after_recommends_is_the_advice_given() -> None:
    quotes = found("Adviser Petra Vole recommends writing to the supplier first.")
    assert [(q.text, q.cue) for q in quotes] == [("writing to the supplier first", "recommends")]
