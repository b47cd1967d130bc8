"""Known gaps of the detector, each with a case that showed it: names in scripts without letter
case, tabloid cues, headline passives, anonymous sources, transcript turns, the content after
an addressee, prepositions that join no body, and pronouns of people. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def only(text: str) -> Candidate:
    """The one candidate of ``text`` scored at least 0.5."""
    (candidate,) = found(text)
    return candidate


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“We will rebuild the pier,” said 李明.", "李明"),
        ("“We will rebuild the pier,” 李明 said.", "李明"),
        ("“We will rebuild the pier,” said محمد علي on Monday.", "محمد علي"),
        ("“We will rebuild the pier,” राहुल said.", "राहुल"),
        ("Harbour chief 김민수 said the pier would be rebuilt.", "김민수"),
    ],
)
def test_a_name_in_a_script_without_case_is_a_speaker(text: str, speaker: str) -> None:
    candidate = only(text)
    assert (candidate.speaker, candidate.cue) == (speaker, "said")


def test_a_verb_of_one_closed_syllable_doubles_its_consonant_in_the_past() -> None:
    candidate = only("Ada Lind begged the council to keep the night ferry running.")
    assert (candidate.speaker, candidate.cue) == ("Ada Lind", "begged")


def test_a_participle_clause_between_commas_hangs_on_the_subject_before_it() -> None:
    text = "Ada Lind, praising the harbour crews, said the ferry must stay."
    said = [c for c in found(text) if c.cue == "said"]
    assert [(c.speaker, c.text) for c in said] == [("Ada Lind", "the ferry must stay")]


def test_a_verb_in_the_past_before_a_colon_introduces_the_quote_after_it() -> None:
    candidate = only(
        "The Kitchen Kings star, 48, fumed: “I have never been so insulted in my whole life.”"
    )
    assert (candidate.speaker, candidate.cue) == ("The Kitchen Kings star", "fumed")


def test_a_verb_in_the_past_before_a_colon_introduces_a_block_spoken_in_the_first_person() -> None:
    text = (
        "The Kitchen Kings star, 48, fumed:\n\n"
        "I have never been so insulted in my whole life, and I will not cook for that panel "
        "again, not for any money."
    )
    candidate = only(text)
    assert candidate.text.startswith("I have never")
    assert (candidate.speaker, candidate.cue) == ("The Kitchen Kings star", "fumed")


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brandt was accused of cheating at the cook-off.\n\nShe hit back: “That is a lie.”",
        "Ivo Brandt was accused of cheating at the cook-off.\n\n“That is a lie,” she hit back.",
    ],
)
def test_hit_back_introduces_a_quote_before_a_colon_or_after_a_quote(text: str) -> None:
    (candidate,) = [c for c in found(text) if c.text.startswith("“")]
    assert candidate.cue == "hit back"


@pytest.mark.parametrize("verb", ["raged", "fumed", "gushed", "ranted", "seethed"])
def test_a_tabloid_verb_of_speech_reports_a_that_clause(verb: str) -> None:
    candidate = only(f"Ivo Brandt {verb} that the judges had tasted nothing.")
    assert (candidate.speaker, candidate.cue) == ("Ivo Brandt", verb)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers accused of ignoring repeated flood warnings from engineers\n\n"
        "The river burst its banks on Tuesday.",
        "Harbour chief Ivo Brandt criticised for closing the quay without notice\n\n"
        "The river burst its banks on Tuesday.",
        "Ministers were criticised for ignoring repeated flood warnings from engineers.",
    ],
)
def test_the_subject_of_a_passive_speech_verb_is_not_its_speaker(text: str) -> None:
    candidate = only(text)
    assert candidate.cue in ("accused of", "criticised for")
    assert candidate.speaker is None


def test_an_object_fronted_before_an_active_speech_verb_leaves_its_subject_the_speaker() -> None:
    text = "The skippers he accused of smuggling diesel have sued the harbour board."
    (candidate,) = [c for c in found(text) if c.cue == "accused of"]
    assert candidate.speaker == "he"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A senior official, who asked not to be named, said the ferry would stop in May.",
            "A senior official",
        ),
        (
            "Two officials, who refused to be identified, said the ferry would stop in May.",
            "Two officials",
        ),
        (
            "One skipper, who did not want to be named, said the ferry would stop in May.",
            "One skipper",
        ),
        (
            "The ferry will stop in May, said a harbour official, who asked not to be named.",
            "a harbour official",
        ),
    ],
)
def test_a_request_not_to_be_named_is_no_quote_and_its_phrase_speaks(
    text: str, speaker: str
) -> None:
    candidate = only(text)
    assert (candidate.speaker, candidate.cue) == (speaker, "said")
    assert "ferry will stop" in candidate.text or "ferry would stop" in candidate.text


TRANSCRIPT = (
    "SKARSGARD: We have waited ten years for this bridge.\n\n"
    "And nobody in the capital listened to us, not once.\n\n"
    "(CROSSTALK)\n\n"
    "OYELARAN: That is not true, and the minutes show it.\n\n"
    "Our engineers are already on the site.\n\n"
    "The council then moved on to the harbour budget."
)


def test_a_paragraph_without_a_label_continues_the_turn_of_a_transcript_before_it() -> None:
    turns = [(c.speaker, c.text) for c in found(TRANSCRIPT)]
    assert ("SKARSGARD", "And nobody in the capital listened to us, not once") in turns
    assert ("OYELARAN", "Our engineers are already on the site") in turns


def test_after_the_last_turn_only_speech_in_the_first_or_second_person_continues_it() -> None:
    assert [c.speaker for c in found(TRANSCRIPT)] == ["SKARSGARD"] * 2 + ["OYELARAN"] * 2


INTERVIEW = """Ferry skipper on the winter

The Courier spoke to skipper Wenna Trask about the season ahead.

Courier: How hard was the last winter?

Wenna Trask: It was the hardest I have known. We lost three weeks to storms.

I would not want to repeat it, and my crew feels the same way.

Courier: What changes now?

Wenna Trask: We are buying a second boat before the spring.
"""


def test_a_paragraph_without_a_label_continues_an_interview_answer_labelled_in_mixed_case() -> None:
    answers = [(c.speaker, c.text) for c in found(INTERVIEW) if c.speaker == "Wenna Trask"]
    assert ("Wenna Trask", "I would not want to repeat it, and my crew feels the same way") in (
        answers
    )
    assert len(answers) == 3


def test_a_dateline_in_capitals_opens_no_turn() -> None:
    text = (
        "Drains before the rains\n\n"
        "KESTREL BAY: The council will dig new drains before the rains, the mayor said.\n\n"
        "We will finish the work by June, and you will see the change on every street.\n"
    )
    assert "KESTREL BAY" not in {c.speaker for c in found(text)}


@pytest.mark.parametrize(
    "text, content",
    [
        ("She told reporters at the quay the port would reopen.", "the port would reopen"),
        ("She told reporters on Monday the port would reopen.", "the port would reopen"),
        ("She told reporters in Leeds he would resign.", "he would resign"),
        (
            "She told reporters in Porthaven, Kent, that the port would reopen.",
            "that the port would reopen",
        ),
    ],
)
def test_a_place_or_time_after_the_addressee_is_not_the_content(text: str, content: str) -> None:
    candidate = only(text)
    assert (candidate.text, candidate.cue) == (content, "told")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The operator of the ferry to Skarra said the service would end in May.",
            "The operator of the ferry to Skarra",
        ),
        (
            "The operator of the ferry to Skarra said: “We cannot keep the boat running.”",
            "The operator of the ferry to Skarra",
        ),
        ("Visitors to Skarra say the island is far too crowded.", "Visitors to Skarra"),
    ],
)
def test_a_place_after_to_in_the_subject_is_not_the_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        (
            "Ivo Brandt flew home on Monday. The storm hit Port Eldon hard. "
            "“We lost everything,” he said.",
            "“We lost everything,”",
            "Ivo Brandt",
        ),
        (
            "Ada Lind grew up in Skarra Vale. She said the town had changed.",
            "the town had changed",
            "Ada Lind",
        ),
        (
            "The storm hit Port Eldon hard.\n\n“We lost everything,” she said.",
            "“We lost everything,”",
            "she",
        ),
        (
            "The Harbour Board said the water was rising. He said the dam would hold.",
            "the dam would hold",
            "He",
        ),
    ],
)
def test_a_pronoun_of_a_person_never_resolves_to_a_place_or_a_body(
    text: str, quote: str, speaker: str
) -> None:
    (candidate,) = [c for c in found(text) if c.text == quote]
    assert candidate.speaker == speaker


def test_a_place_that_modifies_a_name_leaves_the_name_a_person() -> None:
    text = "Leeds-born Ivo Brandt met the skippers in Skarra Vale. “We lost everything,” he said."
    speaker = only(text).speaker
    assert speaker is not None and speaker.endswith("Ivo Brandt")


@pytest.mark.parametrize(
    "text",
    [
        "Harbour crews familiar with the timetable said the ferry would stop in May.",
        "Harbour crews familiar with the timetable, talking under a promise of anonymity, said "
        "the ferry would stop in May.",
    ],
)
def test_the_object_of_a_preposition_in_a_subject_is_not_its_speaker(text: str) -> None:
    candidate = only(text)
    assert candidate.speaker == "Harbour crews familiar with the timetable"


def test_slammed_into_is_a_blow_not_a_cue() -> None:
    text = "The lorry slammed into the crowd on the quay, witnesses said."
    assert [c.cue for c in found(text)] == ["said"]
