"""Known errors of the detector listed for this session's round (known19), each with a case
that shows it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each candidate of ``text`` as (its words, its cue, its speaker)."""
    return [(text[c.start : c.end], c.cue, c.speaker) for c in found(text)]


# 1. A quantifier opening its clause is the subject of a speech or belief verb.


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Most say the tram is far too slow.", "Most", "the tram is far too slow"),
        ("Most believe the tram is far too slow.", "Most", "the tram is far too slow"),
        ("But few believe the tram will run by June.", "few", "the tram will run by June"),
        ("Since April, many believe the levy will rise.", "many", "the levy will rise"),
        (
            "Two-thirds of them say the jetty is unsafe.",
            "Two-thirds of them",
            "the jetty is unsafe",
        ),
    ],
)
def test_a_quantifier_opening_its_clause_speaks_or_believes(
    text: str, speaker: str, content: str
) -> None:
    assert [(words, who) for words, _, who in spans(text)] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    ["It was the most promising plan of the year.", "The design most praised was dropped."],
)
def test_most_as_a_superlative_is_no_subject(text: str) -> None:
    assert found(text) == []


# 2. A clause after ``and`` or ``but`` that follows an interrupting attribution goes on with
# what was said; the speaker's next act does not.


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("The levy is far too high, she said, and the mayor knows it.", "and the mayor knows it"),
        (
            "The pier is unsafe, Orla Venn said, but the board will not act.",
            "but the board will not act",
        ),
    ],
)
def test_a_clause_after_an_interrupting_attribution_is_more_content(text: str, rest: str) -> None:
    words = [w for w, cue, _ in spans(text) if cue == "said"]
    assert words == [text.split(",")[0], rest]


@pytest.mark.parametrize(
    "text",
    [
        "The levy is far too high, she said, and she walked out.",
        "The levy is far too high, she said, and left the hall.",
        "The levy is far too high, she said, though she gave no figure.",
    ],
)
def test_the_speaker_s_next_act_after_an_attribution_is_no_content(text: str) -> None:
    assert [w for w, cue, _ in spans(text) if cue == "said"] == [text.split(",")[0]]


# 3. A possessor, a speech noun, the channel or day it was made in, then ``that``.


@pytest.mark.parametrize(
    "text",
    [
        "Brannock's claim in a radio interview that the viaduct was unsafe was ignored.",
        "Brannock's warning on Friday that the viaduct was unsafe went unheeded.",
    ],
)
def test_a_channel_between_a_speech_noun_and_that_keeps_the_possessor(text: str) -> None:
    assert [(words, who) for words, cue, who in spans(text) if cue in ("claim", "warning")] == [
        ("that the viaduct was unsafe", "Brannock")
    ]


def test_a_relative_that_after_a_plain_phrase_is_no_content_of_the_noun() -> None:
    assert spans("Brannock's claim in the lawsuit that the board filed was thrown out.") == []


# 4. A quote going on with a speaker's turn keeps that speaker after its full stop.


def test_a_reaction_after_a_continued_turn_does_not_take_the_quote() -> None:
    text = '"The slipway is rotten," Idris Penhallow said. "It will give way." The trustees agreed.'
    assert [(words, who) for words, _, who in spans(text)] == [
        ('"The slipway is rotten,"', "Idris Penhallow"),
        ('"It will give way."', "Idris Penhallow"),
    ]


def test_a_plain_verb_of_saying_after_a_continued_turn_still_attributes() -> None:
    text = '"The slipway is rotten," Idris Penhallow said. "It will hold." Bryn Tallis said.'
    assert [who for _, _, who in spans(text)] == ["Idris Penhallow", "Bryn Tallis"]


# 5. A cue coordinated inside a clause opened by a preposition and ``which`` (or ``whereby``)
# takes that clause's subject.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The dispute began at a hearing in which the wardens met the growers and said "
            "the orchard would be sold.",
            "the wardens",
        ),
        (
            "The feud started at a session during which Tamsin Orrery thanked the growers and "
            "said the orchard would be sold.",
            "Tamsin Orrery",
        ),
        (
            "The feud ended with a pact whereby the wardens kept the orchard and said the "
            "growers could stay.",
            "the wardens",
        ),
    ],
)
def test_a_relative_after_a_preposition_opens_the_coordinated_cue_s_clause(
    text: str, speaker: str
) -> None:
    assert [who for _, cue, who in spans(text) if cue == "said"] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The dispute began at a hearing in which management said the orchard would be sold.",
        "The dispute began at a hearing in which management met the growers and said the "
        "orchard would be sold.",
    ],
)
def test_a_bare_noun_after_a_preposition_and_which_is_the_subject(text: str) -> None:
    assert [who for _, cue, who in spans(text) if cue == "said"] == ["management"]


# 6. After a quote closing on ``?`` or ``!``, a past verb attributes it only if it is a verb of
# speech or of manner of speaking; a comma still lets any past verb attribute it.


@pytest.mark.parametrize(
    "text", ["“Forty pounds!” Her uncle waved.", "“Forty pounds?” Her uncle shrugged."]
)
def test_a_gesture_after_an_exclamation_is_no_attribution(text: str) -> None:
    assert all(c.cue is None and c.speaker is None for c in detect_quotes(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“Forty pounds!” her uncle yelled.", "yelled"),
        ("“Forty pounds?” Wenna Prowse pressed.", "pressed"),
        ("“Forty pounds,” her uncle shrugged.", "shrugged"),
    ],
)
def test_a_verb_of_voice_or_a_comma_still_attributes(text: str, cue: str) -> None:
    assert [c for _, c, _ in spans(text)] == [cue]


# 7. A quote inside parentheses takes no cue from before the parenthesis.


def test_a_cue_before_a_parenthesis_attributes_no_quote_inside_it() -> None:
    text = "Drivers are expected to queue (“grin and bear it” was the advice) for an hour."
    quote = next(c for c in detect_quotes(text) if text[c.start : c.end] == "“grin and bear it”")
    assert (quote.cue, quote.speaker) == (None, None)


def test_a_cue_inside_the_parenthesis_still_attributes_its_quote() -> None:
    text = "The fares rose (Wenna Prowse said: “It is daylight robbery”) in May."
    assert spans(text) == [("“It is daylight robbery”", "said", "Wenna Prowse")]


# 8. A participle after a determiner is an adjective, no cue of its own.


def test_a_participle_after_a_determiner_proposes_no_second_quote() -> None:
    text = "The warden denied the alleged “swap” with the growers."
    assert spans(text) == [("the alleged “swap” with the growers", "denied", "The warden")]


# 9. ``toward`` after a quoted noun goes on with it; after words uttered it is a direction.


def test_toward_after_a_quoted_noun_goes_on_with_the_content() -> None:
    text = "The guild pledged “support” toward the mill's repairs."
    assert spans(text) == [("“support” toward the mill's repairs", "pledged", "The guild")]
    assert found(text)[0].type.value == "mixed"


def test_toward_after_words_uttered_is_a_direction() -> None:
    text = "The pickets chanted “shame, shame” toward the mill gates."
    assert spans(text) == [("“shame, shame”", "chanted", "The pickets")]
