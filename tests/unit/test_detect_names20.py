"""Speaker names: titles joined by ``of``, names written in capitals, particles, compound
surnames, suffixes and initials, and spelling variants across documents."""

from __future__ import annotations

import pytest

from annotator.audit import speaker_key
from annotator.detect import canonical_speaker_key, detect_quotes, group_speaker_variants
from annotator.detect.names import shown_in_mixed_case
from annotator.detect.speakers import _speaker_name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Yuri Palkin", "Yury Palkin"),
        ("Aleksandr Dorin", "Alexander Dorin"),
        ("Mohammed Azizi", "Muhammad Azizi"),
        ("Mohamed Azizi", "Mohammad Azizi"),
        ("Taras Zelinsky", "Taras Zelinskyy"),
        ("Sergei Pavlin", "Sergey Pavlin"),
    ],
)
def test_transliterated_spellings_of_one_name_are_one_speaker(one: str, other: str) -> None:
    assert canonical_speaker_key(one) == canonical_speaker_key(other)
    assert speaker_key(one) == speaker_key(other)
    groups = group_speaker_variants([one, other, one.split()[-1]])
    assert groups[one] == groups[other] == groups[one.split()[-1]]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    assert canonical_speaker_key("Anna Kral") != canonical_speaker_key("Tomas Kral")
    assert speaker_key("Anna Kral") != speaker_key("Tomas Kral")
    groups = group_speaker_variants(["Anna Kral", "Tomas Kral", "Kral", "Anna Kral"])
    assert groups["Anna Kral"] != groups["Tomas Kral"]
    assert groups["Kral"] == "Kral"  # which Kral, the corpus does not say


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Professor of Economics Ada Maria Lind", "Ada Maria Lind"),
        ("Chair of Comparative Literature Ada Maria Lind", "Ada Maria Lind"),
        ("Director of Dining Services Maria Lind", "Maria Lind"),
        ("Professor of Economics Maria Lind", "Maria Lind"),
        ("Dean of Students Varga", "Varga"),
        ("Head of Research Kral", "Kral"),
        ("Dean of Students Ilse Varga", "Ilse Varga"),
        ("Member of Parliament Kral", "Kral"),
    ],
)
def test_a_title_joined_by_of_keeps_every_given_name_and_no_field(phrase: str, name: str) -> None:
    assert _speaker_name(phrase) == name


def test_a_surname_and_a_pronoun_resolve_to_the_name_after_a_title_joined_by_of() -> None:
    text = (
        "Prices at the Eldmoor market rose again in March.\n\n"
        '"The harvest was poor and the ferries were late," Professor of Economics Ada Maria '
        "Lind said on Tuesday.\n\n"
        "Lind added that she expected prices to fall by summer.\n\n"
        '"We have seen this before," she said.\n\n'
        "Dean of Students Varga said the college would open a food bank for its students.\n"
    )
    quotes = detect_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Ada Maria Lind"] * 4 + ["Varga"]
    # the span still points to the words as written
    assert [text[start:end] for start, end in quotes[-1].speaker_spans] == [
        "Dean of Students Varga"
    ]


@pytest.mark.parametrize(
    ("full", "short", "pronoun"),
    [
        ("Ana de la Cruz", "De la Cruz", "She"),
        ("Ana de la Cruz", "de la Cruz", "She"),
        ("Jan van der Berg", "Van der Berg", "He"),
        ("Ahmed bin Salem", "Bin Salem", "He"),
        ("Ahmed bin Salem", "Salem", "He"),
        ("Mary-Kate Olsen-Pike", "Olsen-Pike", "She"),
        ("Li Wei", "Li", "He"),
        ("Park Min-jun", "Park", "He"),
        ("Dr. Ngozi Okafor-Bello", "Okafor-Bello", "She"),
        ("Harold Brisk Jr.", "Brisk", "He"),
        ("Harold Brisk III", "Brisk", "He"),
        ("J.K. Ross", "Ross", "She"),
        ("A. B. Carver", "Carver", "He"),
    ],
)
def test_a_surname_and_a_pronoun_resolve_to_the_fullest_name(
    full: str, short: str, pronoun: str
) -> None:
    text = (
        f"The ferry service to Eldmoor will resume next week, {full} said on Monday.\n\n"
        f'"We are ready for the summer," {short} said.\n\n'
        f"{pronoun} added that the harbour would need new cranes by June.\n"
    )
    fullest = full.removeprefix("Dr. ").removesuffix(".")
    assert [quote.speaker for quote in detect_quotes(text)] == [fullest] * 3


def test_a_transcript_label_in_capitals_is_shown_in_mixed_case_its_span_as_written() -> None:
    text = (
        "Harbour talks resume\n\n"
        "MARTA SOLBERG: We will not sign this deal until the dockers agree.\n\n"
        "INTERVIEWER: Why not?\n\n"
        "MARTA SOLBERG: Because the port belongs to them.\n\n"
        "LIAM O'NEILL: The NATO envoy disagrees with her.\n"
    )
    quotes = detect_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Marta Solberg", "Marta Solberg", "Liam O'Neill"]
    assert [text[start:end] for quote in quotes for start, end in quote.speaker_spans] == [
        "MARTA SOLBERG",
        "MARTA SOLBERG",
        "LIAM O'NEILL",
    ]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("MARTA SOLBERG", "Marta Solberg"),
        ("ANA DE LA CRUZ", "Ana de la Cruz"),
        ("ROSS McDONALD", "Ross McDonald"),
        ("ROSS MCDONALD", "Ross McDonald"),
        ("LIAM O'NEILL", "Liam O'Neill"),
        ("NGOZI OKAFOR-BELLO", "Ngozi Okafor-Bello"),
        ("J.K. ROSS", "J.K. Ross"),
        ("HAROLD BRISK III", "Harold Brisk III"),
        ("NATO ENVOY", "NATO Envoy"),  # NATO stands in capitals in running text
        ("NATO", "NATO"),  # one word alone may be an acronym
        ("Ada Lind", "Ada Lind"),
        ("Ada LIND", "Ada LIND"),  # mixed already: written so on purpose
    ],
)
def test_a_name_in_capitals_is_shown_in_mixed_case(name: str, shown: str) -> None:
    text = f"{name}: We will sail at dawn, and NATO will watch."
    assert shown_in_mixed_case(name, text) == shown


def test_a_name_in_capitals_takes_the_spelling_the_text_gives_it() -> None:
    text = "ROSS MCDONALD: We sail at dawn.\n\nLater McDonald said the crew was ready."
    assert shown_in_mixed_case("ROSS MCDONALD", text) == "Ross McDonald"
    assert shown_in_mixed_case("MCDONALD", text) == "McDonald"
    assert shown_in_mixed_case("MCDONALD", "MCDONALD: We sail at dawn.") == "MCDONALD"


def test_one_document_shows_one_spelling_of_a_transliterated_name() -> None:
    text = (
        "Aleksandr Dorin, the harbour master, said the ferries would run again in May.\n\n"
        '"We are ready," Alexander Dorin said on Tuesday.\n'
    )
    assert [quote.speaker for quote in detect_quotes(text)] == ["Aleksandr Dorin"] * 2
