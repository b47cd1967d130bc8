"""Reported speech the rules missed in common news constructions: one test per general cause.
Every sentence here was written for these tests (invented names and places)."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate

OPENING = "The harbour board of Pell met on Monday. "
"""A sentence before the one tested, so that it is not the document's first (a headline)."""


def found(text: str) -> list[Candidate]:
    """Candidates of ``OPENING + text`` scored at least 0.5."""
    return [c for c in detect_quotes(OPENING + text) if c.score >= 0.5]


def test_short_content_before_an_attribution_with_a_circumstance_is_reported() -> None:
    for attribution in ("Ivo Kral said in an interview", "Ivo Kral wrote on his blog"):
        (candidate,) = found(f"Fares will rise, {attribution}.")
        assert candidate.text == "Fares will rise"
        assert candidate.speaker == "Ivo Kral"
    (candidate,) = found("The quay is safe, Greta Lind told the board on Friday.")
    assert (candidate.text, candidate.speaker) == ("The quay is safe", "Greta Lind")


def test_a_trailing_as_clause_attributes_the_clause_before_its_comma() -> None:
    (candidate,) = found("The ferry fares will double next year, as Ivo Kral noted in a letter.")
    assert candidate.text == "The ferry fares will double next year"
    assert candidate.speaker == "Ivo Kral"
    (candidate,) = found("The quay will close for the winter, as the Pell Courier reported.")
    assert candidate.text == "The quay will close for the winter"
    # A passive names something; a verb with ``to`` takes its object: no attribution.
    for text in (
        "The old quay was rebuilt in stone, as it was called then.",
        "The town voted for the mayor, as its fishermen responded to her plan.",
    ):
        assert all(not candidate.text.startswith("The") for candidate in found(text))
    # A cue in the clause before: what the speaker claimed is not all of that clause.
    text = (
        "The port authority declined to confirm whether the mayor and the minister had met, "
        "as Ivo Kral claimed on Sunday."
    )
    (candidate,) = found(text)
    assert candidate.cue == "declined"


def test_a_clause_with_a_modal_after_say_is_content_not_an_inverted_speaker() -> None:
    # With names as examples in an apposition before ``say``, the clause after it was read as
    # the speaker of an inverted attribution (``..., say the harbour masters.``).
    text = (
        "Several skippers, like Ivo Kral and Ada Lind, say the bulk of the fees should go to Pell."
    )
    (candidate,) = found(text)
    assert candidate.text == "the bulk of the fees should go to Pell"
    assert candidate.speaker == "Several skippers"


def test_a_semicolon_after_a_trailing_attribution_ends_it() -> None:
    text = "Fares may rise next year, local skippers say; in 2012, they fell by half."
    (candidate,) = found(text)
    assert (candidate.text, candidate.speaker) == ("Fares may rise next year", "local skippers")
    (candidate,) = found("The quay will close, Ivo Kral said on Monday; the board did not reply.")
    assert (candidate.text, candidate.speaker) == ("The quay will close", "Ivo Kral")


def test_an_indefinite_or_common_subject_closing_the_sentence_speaks_through_any_speech_verb() -> (
    None
):
    for attribution, speaker in (
        ("some argue", "some"),
        ("the old skippers complained", "the old skippers"),
    ):
        (candidate,) = found(f"The ferry fares will double next year, {attribution}.")
        assert (candidate.text, candidate.speaker) == (
            "The ferry fares will double next year",
            speaker,
        )
    # A passive closing the sentence has no speaker before it.
    assert found("On Thursday, the sale of the old ferry was announced.") == []


def test_the_day_after_a_cue_is_when_it_was_said_not_a_topic_or_the_content() -> None:
    (candidate,) = found("The mayor warned on Tuesday the ferry fares would double.")
    assert (candidate.cue, candidate.text) == ("warned", "the ferry fares would double")
    (candidate,) = found("The mayor told reporters on Tuesday the ferry fares would double.")
    assert candidate.text == "the ferry fares would double"


def test_a_common_noun_phrase_speaks_when_the_day_stands_between_cue_and_that() -> None:
    text = "Several newsletters reported on Friday that the harbour board had met the mayor."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (
        "Several newsletters",
        "that the harbour board had met the mayor",
    )


def test_an_unnamed_source_close_to_someone_is_the_whole_phrase_not_that_someone() -> None:
    for phrase in (
        "People close to the mayor",
        "A source familiar with the mayor's thinking",
        "Officials with firsthand knowledge of the deal",
    ):
        (candidate,) = found(f"{phrase} said the ferry deal was close.")
        assert candidate.text == "the ferry deal was close"
        assert candidate.speaker == phrase
    (candidate,) = found("The mayor will rethink her plan, a source close to her said.")
    assert (candidate.text, candidate.speaker) == (
        "The mayor will rethink her plan",
        "a source close to her",
    )


def test_what_closes_a_trailing_attribution_holds_no_clause_nor_infinitive() -> None:
    # A channel with its outlet closes the attribution.
    text = "The ferry will run in May, the old skipper said in a long interview with the Courier."
    (candidate,) = found(text)
    assert (candidate.text, candidate.speaker) == (
        "The ferry will run in May",
        "the old skipper",
    )
    # A clause after the day is the content, not a circumstance of the cue.
    (candidate,) = found(
        "After the storm hit the old town, Ivo Kral said on Monday the ferry would stop."
    )
    assert candidate.text == "the ferry would stop"
    # An infinitive after the cue is its content, not a circumstance.
    (candidate,) = found("At meeting after meeting, to loud cheers, she vows to rebuild the quay.")
    assert candidate.text == "to rebuild the quay"


def test_the_base_form_call_names_after_to_a_pronoun_or_a_plural_subject() -> None:
    (candidate,) = found("Ada Moss went on to call the mayor “the worst skipper in Pell.”")
    assert (candidate.cue, candidate.text) == ("call", "the mayor “the worst skipper in Pell.”")
    assert candidate.speaker == "Ada Moss"  # the verb that carries the infinitive: its subject
    (candidate,) = found("Critics call the plan a gift to the builders.")
    assert (candidate.cue, candidate.speaker) == ("call", "Critics")
    # The noun names nothing.
    for text in (
        "The mayor joined a long conference call from Dorn.",
        "The roll call ended late.",
        "The skippers call home every night.",
    ):
        assert found(text) == []


def test_speech_verbs_of_one_short_syllable_double_their_consonant() -> None:
    (candidate,) = found("The skippers begged the board to keep the ferry running.")
    assert (candidate.cue, candidate.speaker) == ("begged", "The skippers")
    (candidate,) = found("Ivo Kral slammed the board for its long delay.")
    assert (candidate.cue, candidate.text) == ("slammed", "the board for its long delay")


def test_a_name_and_its_verb_after_an_interrupting_attribution_go_on_with_the_content() -> None:
    text = "If the storm comes back, Ivo Kral said, Pell must close the quay."
    assert "Pell must close the quay" in [c.text for c in found(text)]
    # A name alone after the cue's comma is an apposition: the content stands before.
    (candidate,) = found("The ferry will stop in May, said the harbour master, Ada Moss.")
    assert candidate.text == "The ferry will stop in May"


def test_transcript_lines_in_mixed_case_are_their_speakers() -> None:
    text = (
        f"{OPENING}\n\nAda Moss: The ferry plan gets the details right, but it is slow.\n\n"
        "Ivo Kral: Well, slow is bad for the islanders.\n\nMoss: Well, nobody here likes it."
    )
    speakers = [(c.speaker, c.text) for c in detect_quotes(text) if c.score >= 0.5]
    assert speakers == [
        ("Ada Moss", "The ferry plan gets the details right, but it is slow"),
        ("Ivo Kral", "Well, slow is bad for the islanders"),
        ("Ada Moss", "Well, nobody here likes it"),
    ]
    # An interview in ``Q:`` / ``A:`` form is not labelled (see the guidelines).
    text = (
        f"{OPENING}\n\nQ: Did the board ever call you back?\n\n"
        "A: Nobody called me back. It was as if I had never written."
    )
    assert [c for c in detect_quotes(text) if c.score >= 0.5] == []


def test_labels_each_used_once_or_an_answer_without_question_are_no_transcript() -> None:
    text = (
        f"{OPENING}\n\nDorn: Ada Moss, Ivo Kral, Mia Holt and Lars Berg.\n\n"
        "Pell: Greta Lind, Olaf Brun, Tove Sand and Eirik Dahl.\n\n"
        "A: The first option is a new quay for the ferries."
    )
    assert [c for c in detect_quotes(text) if c.score >= 0.5] == []


def test_a_clause_of_when_after_a_trailing_attribution_is_no_content() -> None:
    for attribution in ("said as he left the harbour", "told his aides while touring the quay"):
        (candidate,) = found(f"The ferry will stop in May, Ivo Kral {attribution}.")
        assert (candidate.text, candidate.speaker) == ("The ferry will stop in May", "Ivo Kral")


def test_a_question_put_by_a_named_asker_or_after_an_adverb_is_reported() -> None:
    text = "Asked by a skipper whether the fares would rise, Ivo Kral said the board had not met."
    question, answer = found(text)
    assert (question.text, question.speaker, question.cue) == (
        "whether the fares would rise",
        "a skipper",
        "Asked",
    )
    assert answer.text == "the board had not met"
    (question,) = found("Asked specifically which quay should close, the skippers were divided.")
    assert question.text == "which quay should close"


def test_a_quote_in_doubled_apostrophes_finishing_the_sentence_keeps_its_opening_fragment() -> None:
    text = "The piers stood empty, he added, ''but the town still meets at night.''"
    assert [c.text for c in found(text)] == [
        "The piers stood empty",
        "''but the town still meets at night.''",
    ]


def test_an_addressee_after_told_keeps_the_opening_fragment_of_an_interrupted_sentence() -> None:
    text = "Sooner or later, the old skipper told reporters, “it starts to pay off.”"
    assert [c.text for c in found(text)] == ["Sooner or later", "“it starts to pay off.”"]


def test_a_second_report_joined_by_and_ends_the_content_of_said() -> None:
    text = "Kral said he first heard the siren at noon and suspected quickly that the quay flooded."
    assert [(c.cue, c.text) for c in found(text)] == [
        ("said", "he first heard the siren at noon"),
        ("suspected", "that the quay flooded"),
    ]
    # A verb of the content's own clause stays in it.
    (candidate,) = found("Ivo Kral said the board had voted and discussed the sale of the ferry.")
    assert candidate.text == "the board had voted and discussed the sale of the ferry"


def test_a_role_with_of_and_a_bare_noun_is_one_speaker_phrase() -> None:
    for role in ("The former minister of finance", "The chief of staff"):
        (candidate,) = found(f"{role} said the harbour needed a new quay.")
        assert (candidate.speaker, candidate.text) == (role, "the harbour needed a new quay")
