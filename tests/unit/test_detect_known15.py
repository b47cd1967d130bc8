"""Known gaps of the detector found by earlier rounds, each with a case that showed it. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.detect.names import FEMALE, MALE, DocumentNames
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def only(text: str) -> Candidate:
    """The one candidate of ``text`` scored at least 0.5."""
    (candidate,) = found(text)
    return candidate


def test_according_to_as_the_first_words_of_a_document_is_a_cue() -> None:
    candidate = only("According to Ada Lind, the ferry will close.")
    assert (candidate.text, candidate.speaker, candidate.cue) == (
        "the ferry will close",
        "Ada Lind",
        "According to",
    )


def test_a_place_after_the_addressee_ends_it_before_the_reported_clause() -> None:
    candidate = only("She told the crowd outside the town hall the bridge would close.")
    assert (candidate.text, candidate.cue) == ("the bridge would close", "told")


@pytest.mark.parametrize(
    "text",
    [
        "The fares, Kral said as he left, would hurt islanders.",
        "The fares, Kral said on Monday, would hurt islanders.",
    ],
)
def test_a_circumstance_after_an_interrupting_attribution_is_no_content(text: str) -> None:
    assert [(c.text, c.speaker, c.cue) for c in found(text)] == [
        ("The fares", "Kral", "said"),
        ("would hurt islanders", "Kral", "said"),
    ]


def test_a_party_adjective_before_a_compound_role_stays_in_the_speaker_phrase() -> None:
    candidate = only("The Kestrian front-runner said the ferry would close.")
    assert (candidate.speaker, candidate.cue) == ("The Kestrian front-runner", "said")


def test_a_lead_ending_in_a_connective_is_no_opening_fragment() -> None:
    text = "At the quay, however, Kral said as he left, the fares would hurt islanders."
    assert "At the quay, however" not in [c.text for c in found(text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A senior harbour official said the ferry would close.", "A senior harbour official"),
        ("The ferry office clerk said the fares would rise.", "The ferry office clerk"),
        ("After the storm harbour officials said the ferry would close.", "officials"),
    ],
)
def test_plain_nouns_between_a_determiner_and_a_role_belong_to_the_speaker_phrase(
    text: str, speaker: str
) -> None:
    candidate = only(text)
    assert (candidate.speaker, candidate.cue) == (speaker, "said")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The party's fiercest critics, like Ada Lind and Tom Kral, say the ferry will close.",
            "The party's fiercest critics",
        ),
        (
            "The Eldmoor council's newest member says the ferry will close.",
            "The Eldmoor council's newest member",
        ),
    ],
)
def test_a_possessive_stands_for_the_determiner_before_plain_words_and_a_role(
    text: str, speaker: str
) -> None:
    assert only(text).speaker == speaker


def test_a_verb_in_a_title_case_headline_ends_the_speaker_name() -> None:
    text = "Mayor Slams Council Says Fares Too High\n\nThe mayor of Eldmoor spoke on Monday."
    (says,) = [c for c in found(text) if c.cue == "Says"]
    assert (says.text, says.speaker) == ("Fares Too High", "Mayor")


def test_a_clause_after_a_title_case_cue_is_no_speaker() -> None:
    text = "Mayor Backs Council, Says Ferry Is Doomed\n\nThe mayor of Eldmoor spoke on Monday."
    assert "Ferry Is Doomed" not in [c.speaker for c in found(text)]


def test_a_given_name_like_a_modal_stays_in_a_headline_name() -> None:
    text = "Actor Will Smith Says Ferry Fares Too High\n\nHe spoke on Monday."
    (says,) = [c for c in found(text) if c.cue == "Says"]
    # ``Actor`` is a role before the name, dropped as ``Producer`` or ``Senator`` is.
    assert says.speaker == "Will Smith"


@pytest.mark.parametrize(
    "text",
    [
        "The deadline is unrealistic, said Ada Lind, a skipper.",
        "The deadline is unrealistic, said Ada Lind, who runs the ferry.",
    ],
)
def test_a_short_clause_before_an_inverted_attribution_with_an_appositive_is_reported(
    text: str,
) -> None:
    candidate = only(text)
    assert (candidate.text, candidate.speaker, candidate.cue, candidate.type.value) == (
        "The deadline is unrealistic",
        "Ada Lind",
        "said",
        "indirect",
    )


def test_a_lead_ending_on_its_verb_is_no_whole_clause_before_an_attribution() -> None:
    assert found("The vote was, said Lind, a disaster.") == []


@pytest.mark.parametrize(
    "evidence",
    [
        "Ada Lind runs the ferry herself.",
        "Ada Lind runs the ferry. She took it over in May.",
    ],
)
def test_a_pronoun_that_can_only_stand_for_a_name_is_evidence_of_its_gender(
    evidence: str,
) -> None:
    # No name of the other gender is known either: ``He`` is left unresolved, not given to
    # the nearer name the evidence rules out.
    text = f"Ivo Kral owns the quay. {evidence}\n\nHe said the fares would rise."
    assert only(text).speaker == "He"


@pytest.mark.parametrize(
    "text, gender",
    [
        ("Ada Lind runs the ferry herself.", FEMALE),
        ("Ivo Kral sold his boat in May.", MALE),
        ("Ada Lind sold her own boat.", FEMALE),
        ("Ada Lind runs the ferry. She took it over in May.", FEMALE),
        ("Ada Lind hired a skipper. He took the ferry over in May.", None),
        ("Ada Lind told the mayor his plan would fail.", None),
    ],
)
def test_a_pronoun_standing_for_a_subject_says_its_gender(text: str, gender: str | None) -> None:
    name = " ".join(text.split()[:2])
    assert DocumentNames(text).gender(name) == gender


def test_a_pronoun_after_a_surname_two_people_share_says_no_gender() -> None:
    text = "Ada Kral and Ivo Kral run the quay. Kral sold his boat."
    assert DocumentNames(text).gender("Ada Kral") is None


@pytest.mark.parametrize(
    "text, content",
    [
        ("Kral said as he left, the fares would hurt islanders.", "the fares would hurt islanders"),
        ("Lind said when asked, the ferry was too old.", "the ferry was too old"),
    ],
)
def test_a_clause_of_when_it_was_said_after_the_cue_is_no_content(text: str, content: str) -> None:
    candidate = only(text)
    assert (candidate.text, candidate.cue) == (content, "said")
