"""Known gaps of the detector found by earlier rounds (known16), each with a case that showed
it. Every sentence here was written for these tests."""

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


# 1. A participle of speech after a verb that is not one, with a role before the name.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Defence barrister Jane Holt objects, saying the evidence was obtained unlawfully.",
            "Jane Holt",
        ),
        ("Harbour pilot Ivo Brandt stands up, saying the channel is too shallow.", "Ivo Brandt"),
        ("The barrister objects, saying the evidence was obtained unlawfully.", "The barrister"),
        ("Ivo Brandt shrugs, saying the channel is too shallow.", "Ivo Brandt"),
        ("Ferry operator Tarn Lines hit back, saying the strike is illegal.", "Tarn Lines"),
    ],
)
def test_a_participle_of_speech_after_a_verb_in_the_present_hangs_on_its_subject(
    text: str, speaker: str
) -> None:
    ((content, who, cue),) = triples(text)
    assert (content.split()[0], who, cue) == ("the", speaker, "saying")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour pilots, saying the channel was too shallow, refused to sail.", "Harbour pilots"),
        ("The skippers, saying the channel was too shallow, refused to sail.", "The skippers"),
    ],
)
def test_a_participle_clause_between_a_subject_and_its_verb_ends_at_its_comma(
    text: str, speaker: str
) -> None:
    (saying,) = [c for c in found(text) if c.cue == "saying"]
    assert (saying.text, saying.speaker) == ("the channel was too shallow", speaker)


def test_a_participle_clause_naming_a_channel_has_no_content() -> None:
    text = "Ada Lind, writing in the Courier, noted that the fares had doubled."
    assert triples(text) == [("that the fares had doubled", "Ada Lind", "noted")]


def test_a_verb_after_a_one_word_subject_is_no_role() -> None:
    text = "Kral went after Lind on Friday, calling her plan reckless."
    assert {c.speaker for c in found(text)} == {"Kral"}


# 2. Reported content before a colon that opens a direct quote (mixed, from the clause: see
# docs/guidelines.md, "Spans").


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The mayor says everyone is welcome: “Bring your families, bring your friends.”",
            "everyone is welcome: “",
        ),
        (
            "Ada Lind said that the ferry was safe: “I would put my own children on it.”",
            "that the ferry was safe: “",
        ),
    ],
)
def test_a_clause_before_a_colon_makes_the_quote_after_it_mixed(text: str, start: str) -> None:
    (candidate,) = found(text)
    assert candidate.type.value == "mixed"
    assert candidate.text.startswith(start)
    assert candidate.text.endswith("”")


def test_a_clause_before_a_colon_stays_when_the_quote_has_its_own_attribution() -> None:
    text = "Ada Lind said she was ready: “We will run out of fuel,” she added."
    assert triples(text) == [
        ("she was ready", "Ada Lind", "said"),
        ("“We will run out of fuel,”", "Ada Lind", "added"),
    ]


def test_an_addressee_or_a_time_before_a_colon_leaves_the_quote_direct() -> None:
    for text in (
        "Ada Lind said: “I would put my own children on it.”",
        "Ada Lind told the crowd: “I would put my own children on it.”",
        "Ada Lind said on Monday: “I would put my own children on it.”",
    ):
        assert [c.type.value for c in found(text)] == ["direct"], text


# 3. A pronoun goes to the nearer person of its gender, not a speaker further back.


def test_a_pronoun_goes_to_the_nearer_person_of_its_gender() -> None:
    text = (
        "Harbour master Tomas Vell said the quay would close in May. The island council met "
        "on Tuesday to discuss the timetable. Later that evening, the pilot Anders Krag "
        "arrived at the meeting with a petition. He said the fees were too high."
    )
    speakers = {c.text: c.speaker for c in found(text)}
    assert speakers["the fees were too high"] == "Anders Krag"
    assert speakers["the quay would close in May"] == "Tomas Vell"


def test_a_pronoun_skips_the_nearer_person_of_the_other_gender() -> None:
    text = (
        "Harbour master Tomas Vell said the quay would close in May. The island council met "
        "on Tuesday. Later that evening, the pilot Anna Lind arrived with a petition. "
        "He said the fees were too high."
    )
    speakers = {c.text: c.speaker for c in found(text)}
    assert speakers["the fees were too high"] == "Tomas Vell"


# 4. A name of a title-case headline with a given name no list knows.


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Councillor Marisol Quenby Slams Harbour Plan", "Marisol Quenby"),
        ("Pilot Ifeoma Okonkwo-Brandt Vows to Fight Ferry Cuts", "Ifeoma Okonkwo-Brandt"),
    ],
)
def test_a_role_before_a_headline_name_leaves_its_unknown_given_name(
    headline: str, name: str
) -> None:
    surname = name.split()[-1]
    text = f"{headline}\n\nThe plan was unveiled on Friday. {surname} said it would ruin the bay."
    # The headline's own attribution (passive16) has the same speaker as the body's.
    assert {c.speaker for c in found(text)} == {name}


def test_a_pronoun_after_a_headline_opening_with_a_name_goes_to_that_name() -> None:
    text = (
        "Marisol Quenby Slams Harbour Plan\n\n"
        "The plan was unveiled on Friday. She said it would ruin the bay."
    )
    # The headline's own attribution (passive16) has the same speaker as the body's.
    assert {c.speaker for c in found(text)} == {"Marisol Quenby"}


@pytest.mark.parametrize(
    "headline",
    ["Harbour Row: Marisol Quenby Slams Plan", "Ferry Cuts: Islanders Vow To Fight On"],
)
def test_a_kicker_before_a_headline_with_its_own_cue_is_no_speaker(headline: str) -> None:
    text = f"{headline}\n\nThe plan was unveiled on Friday. She said it would ruin the bay."
    assert [(c.speaker, c.cue) for c in found(text)] == [
        ("Marisol Quenby" if "Quenby" in headline else "She", "said")
    ]


def test_a_label_before_its_own_words_in_a_headline_is_the_speaker() -> None:
    text = "Kral: I’m Sure Islanders Say No\n\nThe cuts were announced on Friday."
    assert [(c.speaker, c.cue) for c in found(text)] == [("Kral", ":")]


# 5. A body named with ``of`` keeps its whole name.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Guild of Harbour Pilots, who guide ships into port, said the fees were too high.",
            "Guild of Harbour Pilots",
        ),
        (
            "The Society of Island Skippers said the fees were too high.",
            "Society of Island Skippers",
        ),
        (
            "The Royal Society of Ferry Engineers said the fees were too high.",
            "Royal Society of Ferry Engineers",
        ),
        (
            "The head of the Guild of Harbour Pilots said the fees were too high.",
            "The head of the Guild of Harbour Pilots",
        ),
    ],
)
def test_a_body_named_with_of_keeps_its_whole_name(text: str, speaker: str) -> None:
    assert [c.speaker for c in found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kral of the Harbour Institute said the fees were too high.", "Kral"),
        ("Professor Kral of the Harbour Institute said the fees were too high.", "Kral"),
        ("Ivo Kral of the Harbour Institute said the fees were too high.", "Ivo Kral"),
        ("The Labour MP Ivo Kral of Eldmoor said the fees were too high.", "Ivo Kral"),
    ],
)
def test_a_person_of_a_body_is_still_the_person(text: str, speaker: str) -> None:
    assert [c.speaker for c in found(text)] == [speaker]


# 6. The author's own voice in the first person.


@pytest.mark.parametrize(
    "text",
    [
        "I have argued that the ferry subsidy is a mistake.",
        "As I have argued before, the port should stay public.",
        "I argue that the harbour tax will ruin the island.",
        "I would argue the ferry subsidy is a mistake.",
        "I must say the plan is bold.",
        "We urge the council to keep the ferry.",
        "I’ve been saying for years that the quay needs repair.",
        "I believe the harbour tax will ruin the island.",
        "We are told the quay is safe.",
    ],
)
def test_the_author_s_own_voice_is_no_quote(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("I said last year that the plan would fail.", "that the plan would fail"),
        ("I told the council the bridge was unsafe.", "the bridge was unsafe"),
        ("I have informed the council that the quay is unsafe.", "that the quay is unsafe"),
        ("When I ask whether the fees will rise, he shrugs.", "whether the fees will rise"),
    ],
)
def test_a_speech_event_the_author_reports_is_a_quote(text: str, content: str) -> None:
    assert content in [c.text for c in found(text)]


# 7. A noun cue in an opening adverbial.


def test_a_call_in_an_opening_adverbial_is_the_main_clause_subject_s() -> None:
    text = "In a call for calm, the minister urged residents to stay home."
    assert ("calm", "the minister", "call for") in triples(text)


def test_a_preposition_opening_the_sentence_is_no_holder() -> None:
    text = "Amid calls for calm, the minister urged residents to stay home."
    assert "Amid" not in [c.speaker for c in found(text)]


# 8. ``declare`` with a bare noun: what was declared named without the words, scored in the
# attitudes' band (see docs/guidelines.md) so that a speech-only threshold (0.6) drops it.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The candidate declared victory on Sunday night.", "victory on Sunday night"),
        ("The ferry company declared bankruptcy in March.", "bankruptcy in March"),
        ("The council declared war on litter.", "war on litter"),
        ("The rebels claimed ownership of the raid.", "ownership of the raid"),
        ("The mayor conceded defeat late on Sunday.", "defeat late on Sunday"),
    ],
)
def test_declaring_a_bare_noun_is_below_reported_speech(text: str, content: str) -> None:
    (candidate,) = detect_quotes(text)
    assert candidate.text == content
    assert 0.5 <= candidate.score < 0.6


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ada Lind declared that the port was closed.", "that the port was closed"),
        ("Ada Lind declared the election a fraud.", "the election a fraud"),
        ("Ada Lind declared an end to the strike.", "an end to the strike"),
    ],
)
def test_declaring_a_clause_or_a_noun_with_a_determiner_is_content(text: str, content: str) -> None:
    assert [c.text for c in found(text)] == [content]


def test_declaring_a_pronoun_s_clause_is_reported_speech() -> None:
    (candidate,) = found("Ada Lind declared he could not win.")
    assert (candidate.text, candidate.score) == ("he could not win", 0.75)


# Further errors of the same families, found on the seeds with invented sentences.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ivo Kral says he has spoken to Ada Lind about the strike—but the union leader "
            "has not budged.",
            "he has spoken to Ada Lind about the strike",
        ),
        (
            "The Harbour Board declared on Monday that fares would double while refusing to "
            "confirm whether the ferry will sail.",
            "that fares would double",
        ),
    ],
)
def test_a_dash_and_but_or_while_and_a_participle_ends_the_content(text: str, content: str) -> None:
    assert content in [c.text for c in found(text)]


def test_a_dash_and_but_before_a_phrase_stays_in_the_content() -> None:
    assert [c.text for c in found("Kral said the pier was sound—but only just.")] == [
        "the pier was sound—but only just"
    ]


def test_a_clause_after_a_possessor_s_speech_noun_is_the_possessor_s() -> None:
    text = "Ada Lind neither confirmed nor denied Kral’s assertion that he had spoken with Moss."
    assert triples(text) == [("that he had spoken with Moss", "Kral", "assertion")]


def test_according_to_after_a_dash_and_but_reports_the_clause_after_it() -> None:
    text = (
        "Ivo Kral says he has spoken to Ada Lind about the strike—but the union leader has not "
        "budged an inch, according to the Courier."
    )
    (source,) = [c for c in found(text) if c.cue == "according to"]
    assert source.text == "the union leader has not budged an inch"


def test_while_and_a_participle_after_reported_content_is_the_subject_s_own_act() -> None:
    text = (
        "The Harbour Board declared on Monday that fares would double while refusing to "
        "confirm whether the ferry will sail."
    )
    assert triples(text) == [
        ("that fares would double", "Harbour Board", "declared"),
        ("to confirm whether the ferry will sail", "Harbour Board", "refusing"),
    ]
