"""Leftover errors of the detector reported by this session's style rounds (left21), each with
a case that shows it. Every sentence here was written for these tests."""

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


# 8. The past of the past goes on after ``but`` with an irregular participle too.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Venn said the board had met the envoy but declined to sign the pact.",
            "the board had met the envoy but declined to sign the pact",
        ),
        (
            "Venn said the crew had held a vote but refused to strike.",
            "the crew had held a vote but refused to strike",
        ),
    ],
)
def test_an_irregular_past_of_the_past_keeps_the_refusal_in_the_content(
    text: str, content: str
) -> None:
    assert spans(text) == [(content, "said", "Venn")]


# 10. A given name alone resolves to the one person in the document with that given name.


def test_a_lone_given_name_resolves_to_the_full_name() -> None:
    text = "Kieran Mott runs the ferry.\n\nThe fares will rise next month, Kieran said."
    assert spans(text) == [("The fares will rise next month", "said", "Kieran Mott")]


def test_a_lone_given_name_shared_by_two_people_stays_alone() -> None:
    text = (
        "Kieran Mott runs the ferry and Kieran Lusk drives the bus.\n\n"
        "The fares will rise next month, Kieran said."
    )
    assert spans(text) == [("The fares will rise next month", "said", "Kieran")]


# 6. The time after a refusal to speak is the refusal's, not its content.


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Councillor Bree Tallis declined to comment after the meeting.", "to comment", "declined"),
        ("Tallis refused to speak on Tuesday.", "to speak", "refused"),
        (
            "Tallis declined to comment further when reached by phone.",
            "to comment further",
            "declined",
        ),
    ],
)
def test_a_time_after_a_refusal_to_speak_is_no_content(text: str, content: str, cue: str) -> None:
    assert [(words, found_cue) for words, found_cue, _ in spans(text)] == [(content, cue)]


def test_a_refusal_to_speak_keeps_its_topic() -> None:
    text = "Tallis refused to comment about the tender."
    assert spans(text) == [("to comment about the tender", "refused", "Tallis")]


# 7. A progressive's ``been`` stands between a long opening subject and its cue: the head noun
# speaks, not the last noun before the verb.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Advisers to the valley's council have been saying the talks would resume.",
            "Advisers to the valley's council",
        ),
        (
            "Advisers to the valley's council have been urging calm for weeks.",
            "Advisers to the valley's council",
        ),
    ],
)
def test_a_progressive_keeps_the_head_noun_of_its_subject(text: str, speaker: str) -> None:
    assert [found_speaker for _, _, found_speaker in spans(text)] == [speaker]


# 2. After ``told`` and its addressee, a clause with a determiner or a verb of its own is what
# was told, not more words of the addressee; a role set before the name is no content.


@pytest.mark.parametrize(
    "text",
    [
        "Senior fellow at the Harbour Institute, Keir Vanto, told the board the year was strong.",
        "Senior fellow at the Harbour Institute, Keir Vanto, told reporters the year was strong.",
    ],
)
def test_what_was_told_follows_the_addressee(text: str) -> None:
    assert spans(text) == [("the year was strong", "told", "Keir Vanto")]


# 3. In a label in capitals, a month's name before a surname is a given name.


@pytest.mark.parametrize(
    ("label", "speaker"), [("JUNE ASHWORTH", "June Ashworth"), ("MAY HOLLIS", "May Hollis")]
)
def test_a_month_in_a_capitals_label_is_a_given_name(label: str, speaker: str) -> None:
    text = (
        "HOST: Good evening.\n"
        f"{label}: We were never told about the flood risk.\n"
        "HOST: Thank you for coming in.\n"
    )
    assert ("We were never told about the flood risk", ":", speaker) in spans(text)


# 4. A callsign with a number labels its turns where other turns are labelled too; a numbered
# part of a script (each number once) labels none.


def test_a_callsign_with_a_number_labels_its_turns() -> None:
    text = (
        "HOST: What do you see from up there?\n"
        "LYNX 42: The ridge is burning on the north side.\n"
        "HOST: Can you land?\n"
        "LYNX 42: Negative, the wind is too strong.\n"
    )
    assert spans(text) == [
        ("What do you see from up there", ":", "HOST"),
        ("The ridge is burning on the north side", ":", "LYNX 42"),
        ("Can you land", ":", "HOST"),
        ("Negative, the wind is too strong", ":", "LYNX 42"),
    ]


def test_numbered_parts_label_no_turns() -> None:
    text = (
        "HOST: Welcome back to the programme.\n"
        "PART 2: The ridge is burning on the north side.\n"
        "PART 3: The wind is too strong for us today.\n"
    )
    assert all(speaker == "HOST" for _, _, speaker in spans(text))


# 9. An age given in an apposition after the name (``, a 48-year-old farmer,``) names whom
# ``the 48-year-old`` stands for, as an age before the name does.


def test_an_age_in_an_apposition_names_the_aged_speaker() -> None:
    text = (
        "Ada Lind, a 48-year-old farmer, found the sheep.\n\n"
        "The gate was open, the 48-year-old said."
    )
    assert spans(text) == [("The gate was open", "said", "Ada Lind")]


def test_an_age_two_people_share_names_no_one() -> None:
    text = (
        "Ada Lind, a 48-year-old farmer, and Ivo Kral, a 48-year-old vet, found the sheep.\n\n"
        "The gate was open, the 48-year-old said."
    )
    assert spans(text) == [("The gate was open", "said", "the 48-year-old")]
