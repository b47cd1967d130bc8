"""Hard-wrapped text (wire copy, e-mail, text taken from a PDF): a line break inside a
paragraph is a wrap, read as a space, so a quote wrapped over lines gives the quote of its
unwrapped text; headlines, bylines, list items and transcript labels keep their lines, and a
document with one paragraph per line is read as before. Every text here is invented."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.detect import detect_quotes
from annotator.detect.wraps import soft_wraps_as_spaces
from annotator.records import Candidate, check_spans_against

HEADLINE_AND_BYLINE = 2
"""How many short lines open an article: its headline and byline, never wrapped."""

ARTICLES = {
    "harbour": [
        "Harbour at Velmo to close its east quay in May",
        "By Ana Lindqvist",
        "VELMO - The port authority will shut the east quay next spring, its director Pavel "
        "Kral said on Tuesday, after a year in which cargo through the town fell by a third.",
        'Kral said the "harbour will close to container ships for at least six weeks while the '
        'cranes are replaced," and that fishing boats would move to the west basin.',
        '"We have waited too long for this work, and every winter the old cranes break down '
        'again," Kral told reporters at the quay. "The crews deserve machines that start in '
        'the morning."',
        "Dock workers' union leader Mirela Ostan said members feared the closure would last "
        "far longer than the authority promised, and warned that a strike was possible.",
        "According to the union, about 140 jobs depend on the east quay, and Ostan said that "
        '"nobody has told us where those people will work in June."',
    ],
    "council": [
        "Council votes to keep the Brenna ferry",
        "By Tomas Weller",
        "BRENNA - The town council voted on Monday to keep the night ferry running for another "
        "two years, overturning a plan drawn up by its own finance committee.",
        "Councillor Ilse Marek, who led the fight to save the service, read out a letter from "
        "the ferry crew:",
        '"For thirty years this boat has carried nurses to the night shift, students home '
        'from the city and the post to the islands. If it stops, the islands stop with it."',
        "Finance chair Oskar Brandt said the vote left a hole of about two million in next "
        "year's budget. He warned that the money would have to come from road repairs.",
        '"I respect the vote, but I cannot print money," Brandt said after the meeting. '
        '"Someone will have to explain to the villages why their roads are not fixed.',
        '"And it will not be the people who voted for this tonight."',
        "The council listed three ways to pay for the service:",
        "- a higher fare for visitors in the summer months, to be set in the spring,\n"
        "- a share of the harbour fees that the port now keeps for itself,\n"
        "- a grant from the regional fund for remote places, which Marek said was likely.",
    ],
    "hearing": [
        "Transcript of the water board hearing",
        "Prepared by the board clerk",
        "The following exchange took place between the chair, Renate Solberg, and the board's "
        "engineer, Dario Fenn, about the leak at the Ostrava reservoir.",
        "SOLBERG: When did you first learn that the east wall of the reservoir was leaking "
        "into the valley below?",
        "FENN: We saw the damp patch in March, but the readings stayed normal until the week "
        "of the storm, and then they rose very quickly.",
        "SOLBERG: Why was the board not told until August?",
        "FENN: I wrote to the director twice. I was told the repairs would be done before "
        "anyone needed to know about them.",
        "After the hearing, Solberg said the board would ask the director, Lukas Varna, to "
        "appear next month. Varna said in a statement that he welcomed the chance to explain.",
    ],
    "clinic": [
        "Nurses at the Kessel clinic walk out for a day",
        "By Jonas Eberl",
        "KESSEL - Nurses at the district clinic stopped work for 24 hours on Friday, the first "
        "strike at the clinic in its history, after talks on night pay broke down.",
        '"We are not doing this lightly," said ward nurse Hanne Dorsch, who has worked at the '
        'clinic for 19 years. "But we have been asking for the same thing since before the '
        'pandemic, and the answer is always next year."',
        "The clinic's manager, Erik Vollan, said patients had been moved to the hospital in "
        "Tarvik and that no operations had been cancelled. He said the board hoped to reopen "
        "talks next week.",
        "Vollan told the local radio station that the nurses' demands would cost the clinic "
        "more than it earns in a year, and that the district would have to help.",
        "Health officials in the district said they were watching the dispute closely but "
        "declined to say whether more money could be found.",
    ],
}
"""Each invented article's paragraphs, headline and byline first; a list's items share one
paragraph, one item a line."""

WIDTHS = (60, 72, 80)
"""The columns wire copy and e-mail are wrapped at."""


def _wrapped(paragraphs: list[str], width: int) -> str:
    """The article with blank lines between paragraphs and each paragraph wrapped at
    ``width`` (a list item's further lines indented under its text)."""
    blocks = paragraphs[:HEADLINE_AND_BYLINE]
    for paragraph in paragraphs[HEADLINE_AND_BYLINE:]:
        blocks.append(
            "\n".join(
                textwrap.fill(line, width, subsequent_indent="  " if line[:2] == "- " else "")
                for line in paragraph.split("\n")
            )
        )
    return "\n".join(blocks[:HEADLINE_AND_BYLINE]) + "\n\n" + "\n\n".join(blocks[2:])


def _unwrapped(paragraphs: list[str]) -> str:
    """The article with one paragraph a line and blank lines between paragraphs."""
    return "\n".join(paragraphs[:HEADLINE_AND_BYLINE]) + "\n\n" + "\n\n".join(paragraphs[2:])


def _readings(quotes: list[Candidate]) -> list[tuple[str, str, str | None, str | None]]:
    """Each quote as its type, its words, its speaker and its cue, whatever its offsets and
    its line breaks."""
    return [
        (
            quote.type.value,
            " ".join(quote.text.split()),
            None if quote.speaker is None else " ".join(quote.speaker.split()),
            quote.cue,
        )
        for quote in quotes
    ]


def test_a_line_break_inside_a_quote_does_not_end_it() -> None:
    text = 'Kral said the "harbour\nwill close," he said.'
    (quote,) = detect_quotes(text)
    assert quote.text == 'the "harbour\nwill close,"'
    assert (quote.type.value, quote.speaker, quote.cue) == ("mixed", "Kral", "said")


def test_a_line_break_after_an_open_quote_does_not_end_it_before_a_capital() -> None:
    for opening, closing in (('"', '"'), ("“", "”")):
        text = f"Kral said the {opening}Velmo\nPort Authority will close,{closing} he said."
        (quote,) = detect_quotes(text)
        assert quote.text == f"the {opening}Velmo\nPort Authority will close,{closing}"
        assert (quote.type.value, quote.speaker) == ("mixed", "Kral")


def test_a_markup_attribute_left_open_over_a_line_stays_a_line() -> None:
    text = '<post author="Velmo Port" date="May 9, 2026\n">The quay is closed.</post>\n'
    assert soft_wraps_as_spaces(text) is text


def test_each_wrapped_article_gives_the_quotes_of_its_unwrapped_text() -> None:
    for name, paragraphs in ARTICLES.items():
        expected = _readings(detect_quotes(_unwrapped(paragraphs)))
        assert len(expected) >= 3, name
        for width in WIDTHS:
            text = _wrapped(paragraphs, width)
            assert "\n" in text.split("\n\n")[2], (name, width)  # the article is wrapped
            quotes = detect_quotes(text)
            for quote in quotes:
                check_spans_against(quote, text)
            assert _readings(quotes) == expected, (name, width)


def test_a_wrapped_article_keeps_its_headline_byline_labels_and_list_items_on_lines() -> None:
    for paragraphs in ARTICLES.values():
        text = _wrapped(paragraphs, 72)
        read = soft_wraps_as_spaces(text)
        assert len(read) == len(text)
        assert read.split("\n")[:HEADLINE_AND_BYLINE] == paragraphs[:HEADLINE_AND_BYLINE]
    read_lines = soft_wraps_as_spaces(_wrapped(ARTICLES["council"], 72)).split("\n")
    assert sum(line.startswith("- ") for line in read_lines) == 3
    read_lines = soft_wraps_as_spaces(_wrapped(ARTICLES["hearing"], 60)).split("\n")
    assert sum(line.startswith(("SOLBERG:", "FENN:")) for line in read_lines) == 4


def test_a_document_with_one_paragraph_a_line_is_read_as_it_is() -> None:
    for paragraphs in ARTICLES.values():
        for separator in ("\n", "\n\n"):
            text = separator.join(paragraphs)
            assert soft_wraps_as_spaces(text) is text


def test_short_lines_of_a_list_stay_lines() -> None:
    text = "Results by district\nNorth Velmo\nSouth Velmo\nBrenna and the islands\n"
    assert soft_wraps_as_spaces(text) is text


def test_a_wrapped_crlf_article_gives_the_quotes_of_its_lf_copy() -> None:
    text = _wrapped(ARTICLES["harbour"], 72)
    crlf_text = text.replace("\n", "\r\n")
    quotes = detect_quotes(crlf_text)
    for quote in quotes:
        check_spans_against(quote, crlf_text)
    assert _readings(quotes) == _readings(detect_quotes(text))


@settings(max_examples=20, deadline=None)
@given(name=st.sampled_from(sorted(ARTICLES)), width=st.integers(min_value=55, max_value=90))
def test_rewrapping_an_article_keeps_its_quotes(name: str, width: int) -> None:
    paragraphs = ARTICLES[name]
    assert _readings(detect_quotes(_wrapped(paragraphs, width))) == _readings(
        detect_quotes(_unwrapped(paragraphs))
    )


def test_a_wrap_before_a_dash_or_a_number_of_the_prose_is_read_as_a_space() -> None:
    text = (
        "Harbour director Pavel Kral said on Tuesday that the ferry company had to lay out\n"
        "its plans for the winter timetable, including the cost of the new night crossing\n"
        "— and of the crews it needs — before the council meets again in the spring.\n"
        "\n"
        "The company's chief, Mirela Ostan, said it expected traffic to grow by about\n"
        "4.5 per cent next year, slightly faster than the district's own estimate of\n"
        "3.9 per cent, and that it would answer the council in writing in March.\n"
    )
    unwrapped = "\n\n".join(" ".join(block.split("\n")) for block in text.strip().split("\n\n"))
    assert soft_wraps_as_spaces(text).strip() == unwrapped
    assert _readings(detect_quotes(text)) == _readings(detect_quotes(unwrapped))


def _ragged(paragraph: str, widths: list[int]) -> str:
    """``paragraph`` broken greedily as text taken from a PDF is: each line at its own width,
    drawn in turn from ``widths`` (a proportional font holds more or fewer characters)."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        width = widths[len(lines) % len(widths)]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


@settings(max_examples=20, deadline=None)
@given(
    name=st.sampled_from(sorted(ARTICLES)),
    widths=st.lists(st.integers(min_value=62, max_value=72), min_size=1, max_size=8),
)
def test_an_article_broken_at_ragged_widths_keeps_its_quotes(name: str, widths: list[int]) -> None:
    paragraphs = ARTICLES[name]
    blocks = [
        "\n".join(
            line if line.startswith("- ") else _ragged(line, widths)
            for line in paragraph.split("\n")
        )
        for paragraph in paragraphs[HEADLINE_AND_BYLINE:]
    ]
    text = "\n".join(paragraphs[:HEADLINE_AND_BYLINE]) + "\n\n" + "\n\n".join(blocks)
    assert _readings(detect_quotes(text)) == _readings(detect_quotes(_unwrapped(paragraphs)))
