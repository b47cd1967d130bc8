"""House styles of a twenty-fourth round (a magazine profile, an opinion column, an earnings
call, a central bank decision, storm coverage, a trial with cross-examination, a health study,
an entertainment interview, a travel piece, a farm trade paper, a diplomatic readout, an
investigation with unnamed sources, a newsletter, a podcast transcript, a translated interview,
a tabloid, a wire story with corrections, an auction, a strike vote, a consumer column, a
diverted flight): each rule of English news prose with a case that showed it, and the invented
articles themselves, labelled by hand, with a floor on how well they are found. Every sentence
here and in ``tests/data/styles24_gold.jsonl`` was written for these tests."""

from __future__ import annotations

from pathlib import Path

from annotator.detect import detect_quotes
from annotator.evaluate import evaluate, load_quotes_jsonl
from annotator.records import Candidate

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "styles24_gold.jsonl"
"""The invented articles with their quotes labelled by hand, in the gold quotes-JSONL shape."""
EXACT_F1_FLOOR = 0.955
"""Exact-span F1 over every quote of the articles: 0.928 before this round's fixes, 0.965 after."""
OVERLAP_F1_FLOOR = 0.970
"""Overlap F1 over every quote of the articles: 0.959 before, 0.974 after."""
SPEAKER_FLOOR = 0.99
"""Speaker accuracy on the quotes found: 0.977 before, 0.995 after."""


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_relative_clause_after_the_apposition_noun_keeps_the_name_the_subject() -> None:
    for text, speaker in (
        (
            "Dr Ivo Kral, a surgeon at Marren General Hospital who was not involved in the "
            "trial, said the findings fitted with earlier work.",
            "Ivo Kral",
        ),
        (
            "Ada Moss, a nurse who was not involved in the work, said the findings fitted well.",
            "Ada Moss",
        ),
    ):
        (candidate,) = found(text)
        assert (candidate.text[:12], candidate.speaker) == ("the findings", speaker), text
    # The content before an inverted cue may still hold an apposition with a relative.
    (candidate,) = found("The harbour, a place which was once busy, is empty, said Ivo Kral.")
    assert (candidate.text, candidate.speaker) == (
        "The harbour, a place which was once busy, is empty",
        "Ivo Kral",
    )


def test_the_work_someone_had_a_share_in_is_no_source_of_their_words() -> None:
    for text in (
        "Ada Moss, a nurse who was not involved in the study, said the results were clear.",
        "Ada Moss, who did not take part in the survey, said the results were clear.",
    ):
        (candidate,) = found(text)
        assert (candidate.speaker, candidate.source) == ("Ada Moss", None), text
    (candidate,) = found("Ada Moss said in a report that the results were clear.")
    assert candidate.source == "a report"


def test_the_invented_articles_are_found_above_their_floor() -> None:
    """The floors sit just under what the detector reached after this round's fixes and above
    what it reached before them; a change that loses quotes here should say why."""
    gold = load_quotes_jsonl(ARTICLES)
    assert len(gold) >= 20
    for document in gold:
        for quote in document["quotes"]:
            assert document["text"][quote["start"] : quote["end"]] == quote["text"]
    predictions = {
        document["id"]: [
            candidate.model_dump(mode="json") for candidate in detect_quotes(document["text"])
        ]
        for document in gold
    }
    report = evaluate(gold, predictions)
    assert report.exact["all"].f1 >= EXACT_F1_FLOOR
    assert report.overlap["all"].f1 >= OVERLAP_F1_FLOOR
    speaker = report.speaker["all"].value
    assert speaker is not None and speaker >= SPEAKER_FLOOR


def test_a_place_name_after_the_preposition_of_a_common_speaker_stands_for_its_article() -> None:
    for text, speaker in (
        (
            "The ferry docked at noon, a spokesman for Tarrant airport said.",
            "a spokesman for Tarrant airport",
        ),
        (
            "The ferry docked at noon, an official at Marren hospital told reporters.",
            "an official at Marren hospital",
        ),
        ("Officials at Varby harbour said the ferry docked at noon.", "Officials at Varby harbour"),
    ):
        (candidate,) = found(text)
        assert (candidate.text[-7:], candidate.speaker) == ("at noon", speaker), text


def test_a_cue_of_evidence_closing_its_sentence_attributes_the_clause_before_it() -> None:
    for text, content, source in (
        (
            "Walkers had lower sugar readings than sitters, the study found.",
            "Walkers had lower sugar readings than sitters",
            "the study",
        ),
        (
            "Skippers earn less than deckhands, a survey by the guild found.",
            "Skippers earn less than deckhands",
            "a survey by the guild",
        ),
    ):
        (candidate,) = found(text)
        assert (candidate.text, candidate.speaker, candidate.cue) == (content, source, "found")
    assert found("In May, the survey found.") == []
    assert found("The keys to the harbour office were found.") == []


def test_last_week_right_after_the_cue_says_when_the_words_were_said() -> None:
    for text in (
        "Minister Ivo Kral said last week the government was watching the quay.",
        "Ivo Kral said earlier this month the government was watching the quay.",
        "Ivo Kral told reporters last week the government was watching the quay.",
    ):
        (candidate,) = found(text)
        assert candidate.text == "the government was watching the quay", text
    # Followed by its verb, the week is the subject of what was said.
    (candidate,) = found("Ivo Kral said last week was the worst of his life.")
    assert candidate.text == "last week was the worst of his life"


def test_an_attitude_object_ends_before_a_clause_of_time_with_a_pronoun_subject() -> None:
    for text, content in (
        ("Ivo Kral backed the ferry plan as he left the quay.", "the ferry plan"),
        ("Ivo Kral declined to comment as he left the quay.", "to comment"),
        ("Ivo Kral wants the toll scrapped before he retires.", "the toll scrapped"),
        ("Ivo Kral backed the ferry plan even as he left the quay.", "the ferry plan"),
    ):
        (candidate,) = found(text)
        assert candidate.text == content, text


def test_a_headline_label_with_only_questions_and_answers_after_it_opens_no_turn() -> None:
    text = (
        "HARBOUR MONEY: Your questions answered\n\n"
        "Q: Can the ferry firm bill me twice?\n\n"
        "A: No. Adviser Ada Moss says double bills are common.\n\n"
        "Moss suggests writing to the firm first and keeping every receipt. If you hear "
        "nothing, you can go to the ombudsman.\n"
    )
    # The turn's label is the headline's alone; ``suggests writing to the firm`` is Moss's
    # advice, as the gold fixture labels ``recommends writing to the supplier``.
    assert [c.speaker for c in found(text)] == ["Harbour Money", "Ada Moss", "Ada Moss"]


def test_a_tabloid_mood_before_a_name_is_no_part_of_it() -> None:
    for text, speaker in (
        ("Furious Ivo slammed the wardens.", "Ivo"),
        ("Tearful Ada Moss told the court she was sorry.", "Ada Moss"),
        ("Defiant Kral insisted the toll would stay.", "Kral"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_he_goes_on_with_a_spokesman_who_spoke_last_not_a_name_before_him() -> None:
    text = (
        "His co-star Ada Moss told the Clarion: “It is a disgrace.”\n\n"
        "But a harbour spokesman hit back, insisting the rules apply to everyone. “Parking "
        "rules are there for safety,” he said."
    )
    speakers = {c.text: c.speaker for c in found(text)}
    assert speakers["“Parking rules are there for safety,”"] == "a harbour spokesman"
    assert speakers["“It is a disgrace.”"] == "Ada Moss"
    # ``the businessman`` may stand for a man named before: the name is kept.
    text = (
        "Ivo Kral owns the ferry. The businessman told the Clarion the fares would rise. "
        "“The tolls stay where they are,” he said."
    )
    speakers = {c.text: c.speaker for c in found(text)}
    assert speakers["“The tolls stay where they are,”"] == "Ivo Kral"


def test_a_phrase_of_when_between_the_speaker_and_the_cue_is_no_part_of_the_speaker() -> None:
    for text, speaker in (
        ("A councillor at the time said the quay was a folly.", "A councillor"),
        ("Ada Moss at the time said the quay was a folly.", "Ada Moss"),
        ("The harbour master in the past said the quay was a folly.", "The harbour master"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text
    # A spokesman for a body still speaks with it.
    (candidate,) = found("A spokesman for the harbour said the quay was a folly.")
    assert candidate.speaker == "A spokesman for the harbour"


def test_call_with_an_object_and_a_place_it_was_summoned_into_names_nothing() -> None:
    assert found("They called us into the canteen and the manager read out a notice.") == []
    assert found("The board called the skippers into a meeting.") == []
    # Calling into question is doubt, an attitude to the object.
    (candidate,) = found("Ivo Kral called the ferry plan into question.")
    assert candidate.speaker == "Ivo Kral"


def test_an_opening_phrase_of_time_ending_in_a_noun_of_view_is_no_source() -> None:
    assert found("By the time the harbour comes into view, the only sound is gulls.") == []
    assert found("In the hour the ferry was in view, nobody spoke.") == []
    (candidate,) = found("By the board's count, the ferry carried ninety cars.")
    assert candidate.speaker == "the board's count"


def test_according_to_reports_a_clause_whose_passive_subject_was_told_something() -> None:
    text = (
        "Harbour officials were warned twice that the builder was in trouble, according to "
        "internal emails and two people familiar with the matter."
    )
    by_cue = {c.cue: c for c in found(text)}
    assert by_cue["according to"].text == (
        "Harbour officials were warned twice that the builder was in trouble"
    )
    assert by_cue["according to"].speaker == (
        "internal emails and two people familiar with the matter"
    )
    assert by_cue["warned"].text == "that the builder was in trouble"
    # An active speaker inside keeps the quote; according to only names its source.
    (candidate,) = found(
        "Ivo Kral told officials that the builder was late, according to the Courier."
    )
    assert (candidate.speaker, candidate.source) == ("Ivo Kral", "the Courier")


def test_a_meetings_minutes_are_a_source_of_evidence() -> None:
    (candidate,) = found("Two members favoured an immediate cut, the minutes showed.")
    assert (candidate.text, candidate.speaker) == (
        "Two members favoured an immediate cut",
        "the minutes",
    )
    (candidate,) = found("Ten minutes later, Ada Moss said the quay was shut.")
    assert candidate.speaker == "Ada Moss"


def test_a_day_between_a_stance_and_its_object_is_no_part_of_the_object() -> None:
    for text in (
        "Mayor Ada Moss defended on Wednesday her plan to close the square.",
        "Mayor Ada Moss defended yesterday her plan to close the square.",
    ):
        (candidate,) = found(text)
        assert (candidate.text, candidate.cue) == ("her plan to close the square", "defended")


def test_a_noun_object_of_a_speech_verb_ends_before_a_clause_of_when() -> None:
    for text, content in (
        ("Skipper Ivo Kral has blasted harbour bosses after he was fined.", "harbour bosses"),
        ("Ivo Kral praised harbour staff even as they closed the quay.", "harbour staff"),
    ):
        (candidate,) = found(text)
        assert candidate.text == content, text
    # After a clause of content, the clause of when is still what was said.
    (candidate,) = found("Ivo Kral said the port would close after he left.")
    assert candidate.text == "the port would close after he left"
