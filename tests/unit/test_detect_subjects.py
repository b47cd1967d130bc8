"""Subjects of speech cues that the rules used not to read (``reported_at``): each rule of
English grammar with the case that showed it. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_an_aside_between_dashes_may_stand_between_the_subject_and_its_cue() -> None:
    text = "The skippers -- Ada Lind, Tom Kral and Ivo Moss -- agreed there are risks to the plan."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("The skippers", "agreed")
    assert candidate.text == "there are risks to the plan"
    (candidate,) = found("Ivo Kral – the port director since May – said the quay would reopen.")
    assert (candidate.speaker, candidate.text) == ("Ivo Kral", "the quay would reopen")
    # One dash only: the cue is inverted and its subject comes after it.
    (candidate,) = found("The pier is unsafe — insisted the mayor.")
    assert (candidate.speaker, candidate.text) == ("the mayor", "The pier is unsafe")


def test_a_plural_without_s_is_a_common_noun_subject() -> None:
    (candidate,) = found("Harbour and council spokesmen said the quay would close.")
    assert (candidate.speaker, candidate.text) == (
        "Harbour and council spokesmen",
        "the quay would close",
    )
    (candidate,) = found("Harbour staff say they were never paid for the winter.")
    assert (candidate.speaker, candidate.cue) == ("Harbour staff", "say")


def test_the_subject_of_a_coordinated_cue_stops_before_a_perfect_auxiliary() -> None:
    text = "The board has approved the fares and says it will not raise them again."
    got = {c.cue: c for c in found(text)}
    assert got["says"].speaker == "The board"
    assert got["says"].text == "it will not raise them again"


def test_an_inverted_attribution_between_commas_splits_the_content_in_two() -> None:
    first, second = found("The new fares, said Lind and others, would hurt the islanders.")
    assert (first.text, second.text) == ("The new fares", "would hurt the islanders")
    assert (first.speaker, second.speaker, second.cue) == ("Lind", "Lind", "said")
    # One apposition may stand between the speaker and the rest of the content.
    first, second = found("The fares, said Ivo Kral, who runs the port, are too high.")
    assert (first.text, second.text) == ("The fares", "are too high")
    assert second.speaker == "Ivo Kral"
    # After the comma, ``writes`` opens no attribution: its object is no speaker.
    text = "She coaches the rowing crew, writes a monthly letter and, in summer, sails the boats."
    assert found(text) == []


def test_the_agent_of_a_passive_cue_in_an_as_clause_speaks_the_rest_of_the_sentence() -> None:
    (candidate,) = found("As first reported by Ivo Kral, the ferry was sold in May.")
    assert (candidate.speaker, candidate.cue) == ("Ivo Kral", "reported")
    assert candidate.text == "the ferry was sold in May"
    (candidate,) = found("The ferry was sold in May, as reported by the Harbour Gazette.")
    assert (candidate.speaker, candidate.text) == ("Harbour Gazette", "The ferry was sold in May")
    # ``as expected``: no speech verb, nothing reported.
    assert found("The ferry was sold as expected by the harbour board.") == []


def test_a_participle_speaks_for_the_subject_after_an_opening_adverbial() -> None:
    text = "At both quay meetings, the mayor lashed out at the board, saying she was tired."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("the mayor", "saying")
    assert candidate.text == "she was tired"
    text = "But a week later, Lind changed her mind, telling the skippers that the ferry stays."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == ("Lind", "that the ferry stays")


def test_a_subject_before_has_been_and_an_adjective_holds_the_participle() -> None:
    text = "The harbour union has been loud about the fares, arguing they are unfair."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == ("The harbour union", "they are unfair")


def test_a_parenthesis_after_the_name_may_precede_an_apposition() -> None:
    text = "Former harbour master Ivo Kral (Green), a critic of the plan, praised the crew."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("Ivo Kral", "praised")
    text = "Ivo Kral (Green), who chairs the board, said the fares were too low."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == ("Ivo Kral", "the fares were too low")
