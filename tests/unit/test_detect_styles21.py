"""House styles of a twenty-first round (a Q&A interview, a US city council story, a union
newsletter, a university press office, a sports wire of one-line quotes, a court sketch with
questions and answers, a parliamentary sketch, a radio phone-in, a startup blog, a consumer
column, a crisis statement quoted by several papers, a hurricane live update, a celebrity
trial, a retraction story, a road-safety release), and the errors a twentieth round left: each
rule of English news prose with a case that showed it. Every sentence here was written for
these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_headline_deck_stops_at_a_semicolon_before_a_call_for() -> None:
    text = "Operator says route 'not sustainable' without subsidy; lawmaker calls for review"
    by_cue = {c.cue: c for c in found(text)}
    assert by_cue["says"].text == "route 'not sustainable' without subsidy"
    assert (by_cue["calls for"].speaker, by_cue["calls for"].text) == ("lawmaker", "review")


def test_a_call_for_after_a_verb_in_the_past_is_no_new_clause() -> None:
    (candidate,) = found("Mayor says toll was fair; residents ignored calls for a review")
    assert candidate.text == "toll was fair; residents ignored calls for a review"


def test_a_stance_holder_is_the_name_in_a_role_and_name_apposition() -> None:
    for text, speaker in (
        (
            "Her former employer, the designer Ula Brandt, criticised the label's new owners.",
            "Ula Brandt",
        ),
        ("The club's old coach, the veteran Ivo Rask, backed the plan.", "Ivo Rask"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_headland_or_a_point_is_a_place_no_pronoun_resolves_to() -> None:
    for place in ("Tarrow Head", "Kessel Point"):
        text = (
            "Coastguard officer Ivo Renn led the search. The walkers were found at "
            f"{place}.\n\nHe said they were cold but safe."
        )
        (candidate,) = found(text)
        assert candidate.speaker == "Ivo Renn", place


def test_the_following_incidents_of_a_police_log_are_no_block_quote() -> None:
    text = (
        "The Marrowby Constabulary reports the following incidents:\n\n"
        "A bicycle was stolen from a shed on Quay Lane on Tuesday. The owner told officers it "
        "was locked.\n\nA car window was smashed on Fenn Road overnight, and a van was dented."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == ("The owner", "it was locked")


def test_the_following_remarks_still_introduce_a_block_quote() -> None:
    text = (
        "The sheriff's office sent us the following remarks:\n\n"
        "A man, 34, was arrested on Pell Street after a fight outside a bar, and he will appear "
        "in court on Monday."
    )
    (candidate,) = found(text)
    assert candidate.text.startswith("A man, 34,")
