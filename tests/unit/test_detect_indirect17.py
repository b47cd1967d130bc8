"""Indirect and mixed quotes the detector missed entirely (seventeenth round): each rule of
English with invented sentences (no text from any evaluation set)."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> dict[str, Candidate]:
    """Candidates of ``text`` scored at least 0.5, by cue."""
    return {c.cue: c for c in detect_quotes(text) if c.score >= 0.5 and c.cue is not None}


def test_a_bare_noun_like_cue_after_a_plural_subject_reports_speech() -> None:
    cases = {
        "Marine experts note that the quay has sunk a foot since May.": (
            "note",
            "that the quay has sunk a foot since May",
            "experts",
        ),
        "They note that the ferry runs late most days.": (
            "note",
            "that the ferry runs late most days",
            "They",
        ),
        "Harbour analysts now estimate the fleet has shrunk by a third.": (
            "estimate",
            "the fleet has shrunk by a third",
            "analysts",
        ),
        "Skerry skippers point out that the tolls were never approved.": (
            "point out",
            "that the tolls were never approved",
            "skippers",
        ),
    }
    for text, (cue, content, speaker) in cases.items():
        got = found(text)
        assert cue in got, text
        assert got[cue].text == content
        assert got[cue].speaker is not None and got[cue].speaker.endswith(speaker)


def test_a_bare_noun_like_cue_after_an_article_or_a_singular_noun_is_the_noun() -> None:
    for text in (
        "She left a note that the quay would close.",
        "The skippers left a sales note that was unsigned.",
        "The cost estimate that the board gave was wrong.",
        "That is a point that the skippers made.",
        "The skippers note the tide tables.",
    ):
        cues = {c.cue for c in detect_quotes(text) if c.score >= 0.5}
        assert not cues & {"note", "estimate", "point", "point out"}, text


def test_a_verb_of_voting_or_speaking_in_favor_of_takes_a_side() -> None:
    cases = {
        "Ada Lind voted in favor of the new harbour toll.": (
            "voted in favor of",
            "the new harbour toll",
            "Ada Lind",
        ),
        "At the rally, Ivo Kral spoke out in support of the ferry crews.": (
            "spoke out in support of",
            "the ferry crews",
            "Ivo Kral",
        ),
        "Moss had come out in support of Kral.": ("come out in support of", "Kral", "Moss"),
        "The skippers testified in opposition to the quay plan.": (
            "testified in opposition to",
            "the quay plan",
            "The skippers",
        ),
    }
    for text, (cue, content, speaker) in cases.items():
        got = found(text)
        assert cue in got, text
        assert got[cue].text == content
        assert got[cue].speaker == speaker
        # A stance, not reported speech: in the attitude band.
        assert got[cue].score < 0.6


def test_a_noun_of_voting_in_favor_of_proposes_no_side() -> None:
    # ``a vote in favor of``: the noun, which takes no side of anyone's.
    got = found("A vote in favor of the toll would cost the mayor dearly.")
    assert not any("in favor of" in cue for cue in got)


def test_a_raising_cue_takes_a_negation_and_an_adverb_after_its_be() -> None:
    cases = {
        "The new ferry isn't expected to sail before May.": (
            "isn't expected",
            "to sail before May",
        ),
        "The harbour board is not expected to vote on the toll.": (
            "is not expected",
            "to vote on the toll",
        ),
        "The old quay was once thought to be safe.": ("was once thought", "to be safe"),
        "Ferry crews are not usually expected to check each crate.": (
            "are not usually expected",
            "to check each crate",
        ),
        "The old ferry is nonetheless considered sound.": (
            "is nonetheless considered",
            "sound",
        ),
    }
    for text, (cue, content) in cases.items():
        contents = {c.text for c in detect_quotes(text) if c.score >= 0.5 and c.cue == cue}
        assert content in contents, text


def test_a_bare_be_before_seen_is_sight_not_a_view() -> None:
    for text in (
        "From the pier, small boats can be seen drifting by.",
        "Whether the toll will pass remains to be seen.",
    ):
        assert not [c for c in detect_quotes(text) if c.score >= 0.5 and c.cue == "be seen"]


def test_the_subject_of_a_raising_cue_stands_before_an_aside() -> None:
    cases = {
        "Separately, the harbour board, under mounting strain, is expected to publish the "
        "ledgers.": ("the harbour board", "to publish the ledgers"),
        "The island bank, which has held its rates since May, is expected to act in June.": (
            "The island bank",
            "to act in June",
        ),
        # An apposition is the aside: the subject is the noun phrase it names.
        "The ferry's new skipper, Ivo Kral, isn't expected to sail.": (
            "The ferry's new skipper",
            "to sail",
        ),
    }
    for text, (subject, content) in cases.items():
        contents = {c.text for c in detect_quotes(text) if c.score >= 0.5}
        assert subject in contents, text
        assert content in contents, text


def test_a_relative_before_an_aside_is_no_subject_of_a_raising_cue() -> None:
    text = "Ada Lind, whose town, Skarra, is expected to flood, spoke first."
    contents = {c.text for c in detect_quotes(text) if c.score >= 0.5}
    assert "whose town" not in contents


def test_criticism_for_what_is_criticised_has_no_holder_after_a_verb_of_receiving() -> None:
    cases = {
        "Entering the debate, Moss faced criticism for unpaid harbour loans.": (
            "unpaid harbour loans"
        ),
        "Ivo Kral had faced criticism for unsent harbour letters.": ("unsent harbour letters"),
        "The ferry plan drew criticism for its cost.": "its cost",
    }
    for text, content in cases.items():
        got = found(text)
        assert "criticism for" in got, text
        assert got["criticism for"].text == content
        # The one who faced or drew the criticism is its target, not its holder.
        assert got["criticism for"].speaker is None


def test_a_have_before_a_verb_of_receiving_is_no_light_verb() -> None:
    got = found("Ivo Kral has faced criticism over the toll.")
    assert got["criticism over"].speaker is None
    # ``has voiced``: the light verb is the participle, and its subject holds the criticism.
    assert found("Ivo Kral has voiced criticism of the toll.")["criticism of"].speaker == (
        "Ivo Kral"
    )


def test_casting_a_vote_for_takes_a_side_as_voting_for_does() -> None:
    got = found("Forty skippers cast their votes for Ada Moss.")
    assert got["cast their votes for"].text == "Ada Moss"
    assert got["cast their votes for"].speaker == "Forty skippers"
    # A vote cast for no one named takes no side.
    assert not found("Ada Lind cast a vote on Tuesday.")


def test_a_survey_after_a_clause_is_read_from_the_last_in_before_its_head() -> None:
    cases = {
        "Moss came in second in March polls, although Kral rose.": (
            "Moss came in second",
            "March polls",
        ),
        "Kral is ahead in harbour polls in Skarra and Vell; the race is close.": (
            "Kral is ahead",
            "harbour polls",
        ),
    }
    for text, (content, source) in cases.items():
        got = found(text)
        assert got["in"].text == content, text
        assert got["in"].speaker == source


def test_a_relative_with_a_contracted_verb_before_a_survey_is_no_clause_of_its_own() -> None:
    got = found("Kral, who’s running third in Skarra polling, spoke first.")
    assert "in" not in got
