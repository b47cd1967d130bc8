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
    assert (first.speaker, second.cue) == ("Lind and others", "said")
    assert second.speaker == first.speaker
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


def test_a_source_of_evidence_is_the_subject_of_a_verb_of_evidence_or_speech() -> None:
    cases = {
        "Official harbour data suggest that the catch peaked last spring.": (
            "Official harbour data",
            "that the catch peaked last spring",
        ),
        "The latest figures from the port suggest the catch is falling.": (
            "The latest figures from the port",
            "the catch is falling",
        ),
        "A survey of skippers released Monday suggests most want the quay kept.": (
            "A survey of skippers released Monday",
            "most want the quay kept",
        ),
        "The quay was busy, but ferry records reveal the boats sailed half empty.": (
            "ferry records",
            "the boats sailed half empty",
        ),
        "The census results underscore how weak the island economy has become.": (
            "The census results",
            "how weak the island economy has become",
        ),
    }
    for text, (speaker, content) in cases.items():
        (candidate,) = found(text)
        assert (candidate.speaker, candidate.text) == (speaker, content), text
    # A clause of its own between the source and the cue: not its subject as read here.
    text = "The poll numbers Kral cited suggest nothing about the quay."
    assert [c for c in found(text) if c.cue == "suggest"] == []


def test_a_trailing_attribution_may_have_a_coordinated_subject() -> None:
    (candidate,) = found("The ferry was late again on Monday, she and another skipper said.")
    assert (candidate.speaker, candidate.text) == (
        "she and another skipper",
        "The ferry was late again on Monday",
    )
    (candidate,) = found("The fares will go up in the spring, he and Ada Lind said.")
    assert (candidate.cue, candidate.text) == ("said", "The fares will go up in the spring")
    assert candidate.speaker_spans == [(36, 51)]


def test_a_doubled_apostrophe_closing_on_a_comma_ends_content_before_its_attribution() -> None:
    # Some converted texts write a quotation mark as two apostrophes.
    text = "The skippers on the north side are ''tired of waiting,'' Mr. Kral said."
    (candidate,) = found(text)
    assert (candidate.type, candidate.speaker) == ("mixed", "Kral")
    assert candidate.text == "The skippers on the north side are ''tired of waiting,''"


def test_a_subject_opening_the_sentence_may_hold_a_relative_clause_or_an_infinitive() -> None:
    text = "The harbour clerks whose ledgers were seized say the audit has gone too far."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (
        "The harbour clerks",
        "the audit has gone too far",
    )
    text = "Skippers trying to win back control of the quay in spring say it has become a battle."
    (candidate,) = found(text)
    assert candidate.speaker == "Skippers trying to win back control of the quay in spring"
    assert candidate.text == "it has become a battle"
    # After an opening adverb and its comma, the subject may open in lower case.
    text = "Indeed, harbour skippers waiting for calm say the winter was hard."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (
        "harbour skippers waiting for calm",
        "the winter was hard",
    )
    # An infinitive right before the cue is none of a participle's: no subject phrase.
    text = "The harbour board voted to say the ferry has gone for good."
    assert [c.speaker for c in found(text) if c.cue == "say"] == []


def test_a_reflexive_stressing_the_subject_stands_between_it_and_the_cue() -> None:
    (candidate,) = found("Ada Lind herself hinted the ferry would run all winter.")
    assert (candidate.speaker, candidate.cue) == ("Ada Lind", "hinted")
    assert candidate.text == "the ferry would run all winter"
    (candidate,) = found("The skippers themselves agreed that the quay must close.")
    assert (candidate.speaker, candidate.text) == ("The skippers", "that the quay must close")


def test_a_cue_after_a_comma_and_then_shares_the_subject_of_the_clause_before() -> None:
    text = "Ivo Kral offered the skipper a job as harbour master, then says he will take advice."
    got = {c.cue: c for c in found(text)}
    assert (got["says"].speaker, got["says"].text) == ("Ivo Kral", "he will take advice")


def test_a_participle_after_the_main_clause_takes_the_subject_of_its_verb() -> None:
    text = (
        "On Sunday morning Ivo Kral made a third attempt to calm the skippers, writing on the "
        "quay board that the real issue was the harbour."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("Ivo Kral", "writing")
    assert candidate.text == "that the real issue was the harbour"
    text = "The harbour board's top adviser went further, arguing the new fares would hurt."
    (candidate,) = found(text)
    ((start, end),) = candidate.speaker_spans
    assert text[start:end].endswith("top adviser")
    assert candidate.text == "the new fares would hurt"
    # A participle inside the subject is not its verb: no subject read.
    text = "The families of those hurt in the storm have filed suit, alleging that it came late."
    assert [c for c in found(text) if c.cue == "alleging"] == []


def test_a_name_after_its_article_makes_a_noun_like_form_a_verb_before_a_clause() -> None:
    (candidate,) = found("The Harbour Courier reports that the ferry was sold in May.")
    assert (candidate.speaker, candidate.cue) == ("Harbour Courier", "reports")
    assert candidate.text == "that the ferry was sold in May"
    (candidate,) = found("The Harbour Institute notes the quay is no longer safe.")
    assert (candidate.speaker, candidate.text) == (
        "Harbour Institute",
        "the quay is no longer safe",
    )
    # A plain noun after the article stays a noun: ``the notes``.
    assert [
        c for c in found("The ship's notes show the quay was unsafe.") if c.cue == "notes"
    ] == []
