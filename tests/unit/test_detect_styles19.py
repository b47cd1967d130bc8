"""House styles of a nineteenth round (a Scottish local paper, a Maltese English-language
paper, a Gulf English-language daily with long official titles, a farming trade weekly, a
motor-racing report with team radio, a TV listings and crossword page, a corrections column):
each rule of English news prose with a case that showed it. Every sentence here was written for
these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_afterwards_between_cue_and_content_is_when_it_was_said() -> None:
    for text in (
        'Cllr Brodie said afterwards it was "a fair result for the glen".',
        'Cllr Brodie said afterward it was "a fair result for the glen".',
    ):
        (candidate,) = found(text)
        assert (candidate.speaker, candidate.text) == (
            "Brodie",
            'it was "a fair result for the glen"',
        ), text


def test_a_prize_claimed_in_a_race_report_was_won_not_said() -> None:
    for text in (
        "Piet Solano claimed a maiden victory at the Harwick Grand Prix on Sunday.",
        "Piet Solano claimed the title after a wet final lap.",
        "Piet Solano claimed his second podium in Tarrow.",
    ):
        assert found(text) == [], text


def test_claim_with_a_prize_noun_then_a_verb_stays_a_claim() -> None:
    (candidate,) = found("Piet Solano claimed the title was decided by the stewards.")
    assert (candidate.speaker, candidate.text) == (
        "Piet Solano",
        "the title was decided by the stewards",
    )


def test_a_style_of_address_after_a_possessive_is_the_speaker_as_written() -> None:
    for text, speaker in (
        ("His Highness said the new quay would open in the spring.", "His Highness"),
        ('"The quay is for everyone," Her Majesty said.', "Her Majesty"),
        ("His Grace told the synod that the vote would wait.", "His Grace"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_may_capitalised_inside_a_sentence_is_the_month_not_an_auxiliary() -> None:
    (candidate,) = found("A report on harbour dues on 9 May said that the levy would double.")
    assert candidate.speaker == "A report on harbour dues on 9 May"
    assert candidate.text == "that the levy would double"
    (candidate,) = found("Skippers may say the levy will double.")
    assert candidate.speaker == "Skippers"


def test_a_source_of_evidence_before_a_parenthesis_or_an_apposition_is_the_subject() -> None:
    for text, speaker in (
        (
            "A report on harbour dues (9 May) said that the levy would double.",
            "A report on harbour dues",
        ),
        (
            "A survey of ferry skippers, released on Friday, shows that fares rose.",
            "A survey of ferry skippers",
        ),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text
