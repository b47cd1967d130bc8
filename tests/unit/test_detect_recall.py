"""Reported speech the rules used to drop (``find_reported``, ``attitudes.py``): general causes
of missed attributions, each with the case that showed it. Every sentence here was written for
these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_common_noun_phrase_speaks_through_any_speech_verb_before_that() -> None:
    (candidate,) = found("The old skippers conceded that the crew had been slow.")
    assert (candidate.speaker, candidate.cue) == ("The old skippers", "conceded")
    assert candidate.text == "that the crew had been slow"
    # Without ``that``, a thing may be the subject of a plain verb: nothing is reported.
    assert found("The new bridge added two hours to the trip.") == []


def test_who_after_a_long_apposition_is_the_speaker_as_written() -> None:
    text = (
        "The fire was spotted by Ivo Kral, the captain of the old ferry, who conceded that "
        "the crew had been slow."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("who", "conceded")
    assert candidate.text == "that the crew had been slow"


def test_a_stance_coordinated_with_and_is_the_holders_second_act() -> None:
    text = "Greta Lind denounced the harbour board and rejected claims that the ferry was unsafe."
    first, second = found(text)
    assert (first.cue, first.text) == ("denounced", "the harbour board")
    assert (second.cue, second.speaker) == ("rejected", "Greta Lind")
    assert second.text == "claims that the ferry was unsafe"


def test_a_verb_after_and_inside_a_clause_of_content_stays_in_it() -> None:
    text = "Ivo Kral said the board had voted and discussed the sale of the ferry."
    (candidate,) = found(text)
    assert candidate.cue == "said"
    assert candidate.text == "the board had voted and discussed the sale of the ferry"


def test_more_verbs_of_speaking_report_speech() -> None:
    (candidate,) = found("Ivo Kral fired back that the board had never asked him.")
    assert (candidate.cue, candidate.text) == ("fired back", "that the board had never asked him")
    assert candidate.score >= 0.6  # speech, above the attitude band
    (candidate,) = found("The skippers speculated that the ferry would be sold.")
    assert candidate.cue == "speculated"
    assert found("The guards fired at the fleeing boat.") == []


def test_an_attitude_may_be_held_by_a_common_noun_phrase_or_a_subject_before_an_apposition() -> (
    None
):
    (candidate,) = found("The former harbour master talked about the cost of the new quay.")
    assert (candidate.speaker, candidate.cue) == ("The former harbour master", "talked about")
    (candidate,) = found("Ivo Kral, a skipper from the islands, wants to sell the ferry.")
    assert (candidate.speaker, candidate.text) == ("Ivo Kral", "to sell the ferry")


def test_a_question_put_by_someone_unnamed_inside_the_sentence() -> None:
    (candidate,) = found("The mayor smiled when asked about the cost of the new quay.")
    assert (candidate.cue, candidate.speaker) == ("asked about", None)
    assert candidate.text == "the cost of the new quay"
    text = "“It has been a long year,” Lind said, asked about the fire on the pier."
    (question,) = [c for c in found(text) if c.cue == "asked about"]
    assert question.text == "the fire on the pier"
