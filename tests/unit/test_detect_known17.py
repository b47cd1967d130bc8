"""Known gaps of the detector found by this session's rounds (known17), each with a case that
showed it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def triples(text: str) -> list[tuple[str, str | None, str | None]]:
    """Text, speaker and cue of each candidate of ``text`` scored at least 0.5."""
    return [(c.text, c.speaker, c.cue) for c in found(text)]


# 1. An inverted ``said`` with an indefinite noun phrase and a participle after it.


@pytest.mark.parametrize(
    "text",
    [
        "The port will close, said a skipper based in Leeds.",
        "The ferry is too old, said a pilot stationed at Varnby.",
    ],
)
def test_an_inverted_cue_with_a_reduced_relative_after_its_speaker_closes_the_sentence(
    text: str,
) -> None:
    ((content, who, cue),) = triples(text)
    assert (content, cue) == (text.split(",")[0], "said")
    assert who is not None and who.startswith("a ")


# 2. A given name that is also a month before ``from`` or ``in`` and a place.


@pytest.mark.parametrize("name", ["Jan", "May", "June", "April"])
def test_a_month_name_before_a_town_with_no_day_is_a_reader_s_given_name(name: str) -> None:
    text = f"{name} from Tarnby wrote in to say the buses are late."
    assert [c.speaker for c in found(text)] == [f"{name} from Tarnby"]  # as ``Kristian from``


def test_a_month_before_a_day_is_still_a_date() -> None:
    text = "The memo, dated Jan. 12, said the buses are late."
    assert "Jan" not in {c.speaker for c in found(text)}


# 3. An existential ``there`` is no fragment and no holder.


def test_an_existential_there_after_an_opening_phrase_is_no_fragment() -> None:
    text = "In the valley there appears to be little support for the plan."
    assert not any(c.text.endswith("there") for c in found(text))


# 4. A duration is no subject of a participle.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She spent six months asking workers what the machines could do.", "She"),
        (
            "The skipper spent the last two years asking pilots what the channel could take.",
            "The skipper",
        ),
        ("Some pilots spent weeks saying the channel was too shallow.", "Some pilots"),
    ],
)
def test_a_duration_before_a_participle_cue_leaves_the_clause_s_subject(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in found(text)] == [speaker]


# 5. A passive view with ``by`` and no ``as`` complement.


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was considered by the board at its meeting.",
        "The comet was seen by astronomers as it passed.",
    ],
)
def test_a_passive_view_with_an_agent_and_no_as_complement_is_no_view(text: str) -> None:
    assert found(text) == []


def test_a_passive_view_with_an_agent_and_an_as_complement_stays() -> None:
    text = "The ferry was seen by the board as a risk."
    assert ("a risk", "the board") in {(c.text, c.speaker) for c in found(text)}


# 6. A mixed quote ends at its closing mark when ``and`` and a verb of the narrator follow.


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lind said she was ready: “We will sail at dawn,” and left.",
        "Ada Lind said she was ready: “We will sail at dawn,” and walked out of the hall.",
    ],
)
def test_a_mixed_quote_ends_at_its_mark_before_and_and_the_narrator_s_verb(text: str) -> None:
    (candidate,) = found(text)
    assert candidate.type.value == "mixed"
    assert candidate.text.endswith("”")
