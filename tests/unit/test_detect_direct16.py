"""Direct quotes whose marks the pairing misread: a quote left open over paragraphs that hold
no mark, a doubled opening mark, a line break in the middle of a sentence. Every sentence here
was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.detect.marks import find_quote_spans
from annotator.records import Candidate, QuoteType


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def quoted(text: str) -> list[str]:
    """The text of every quote found by its marks, in order."""
    return [text[span.start : span.end] for span in find_quote_spans(text)]


def test_a_quote_left_open_does_not_run_on_over_paragraphs_without_a_mark() -> None:
    # The writer forgot the closing mark; two plain paragraphs follow before the next quote,
    # which opens a paragraph of its own: it is no continuation of the first.
    text = (
        '"Nobody told the skippers about the new tolls, said Ada Lind, who runs the quay.\n\n'
        "Some boats have moved to the north harbour.\n\n"
        "Ivo Kral, 61, sold his ferry in March.\n\n"
        '"Selling it was hard," Kral said.'
    )
    assert quoted(text)[-1] == '"Selling it was hard,"'
    selling = next(c for c in found(text) if "Selling" in c.text)
    assert (selling.text, selling.type, selling.speaker) == (
        '"Selling it was hard,"',
        QuoteType.DIRECT,
        "Ivo Kral",
    )


def test_a_quote_over_several_paragraphs_still_runs_on() -> None:
    # The convention the rule above keeps: each paragraph of the quote opens with a mark.
    text = (
        "Lind said:\n\n"
        "“The quay has stood for a century. It will stand for another.\n\n"
        "“We only need the council to pay for the piles.”\n\n"
        "The council did not answer."
    )
    assert quoted(text) == [text[text.index("“The quay") : text.index("piles.”") + 7]]


def test_a_doubled_opening_mark_opens_the_quote_at_the_second_mark() -> None:
    text = '"“We will not sell the pier,” Mayor Ada Lind said on Monday.'
    assert quoted(text) == ["“We will not sell the pier,”"]
    (candidate,) = found(text)
    assert (candidate.text, candidate.type) == ("“We will not sell the pier,”", QuoteType.DIRECT)
    assert candidate.speaker == "Ada Lind"
    # The same slip the other way round, a curly mark and then a straight one.
    assert quoted('“"The tide was late," Kral said.') == ['"The tide was late,"']


def test_a_line_break_in_the_middle_of_a_sentence_does_not_end_the_quote() -> None:
    # A stray break from a copied text: the line stops on a word and the next one goes on in
    # lower case up to the closing mark.
    text = (
        "“The ferries,” Kral added, “have been running late all winter and nobody\n"
        "at the council has said why.”\n\n"
        "The council did not answer."
    )
    second = "“have been running late all winter and nobody\nat the council has said why.”"
    assert quoted(text) == ["“The ferries,”", second]
    assert second in [c.text for c in found(text)]


def test_a_paragraph_ending_on_a_full_stop_still_ends_an_open_quote() -> None:
    # A break after the end of a sentence is a paragraph: the quote without a closing mark ends
    # there, and the next line's own quote stands alone.
    text = (
        "“The ferries have been running late all winter.\n"
        "at the quay, Kral said, “nobody waits any more.”"
    )
    assert quoted(text)[-1] == "“nobody waits any more.”"


def test_a_quote_and_its_attribution_in_parentheses_stand_apart_from_the_sentence() -> None:
    text = (
        "The new tolls drew anger from skippers (“I want my berth back,” wrote Ivo Kral, "
        "a fisherman from Brest, on a forum) and the council met again."
    )
    (candidate,) = found(text)
    assert (candidate.text, candidate.type, candidate.speaker) == (
        "“I want my berth back,”",
        QuoteType.DIRECT,
        "Ivo Kral",
    )


def test_an_item_under_a_heading_after_an_introducing_colon_is_no_block_quote() -> None:
    # The line before ends in a cue and a colon, but what follows is a list of headed items,
    # the author's, each with attributions and quotes of its own.
    text = (
        "Kral said the points the skippers want to raise include:\n\n"
        "Harbour fees: Ada Lind, whose boats are the oldest in the port, said the fees drive "
        "young skippers away. On the radio on Tuesday, her brother, Tom, called for lower fees. "
        '"Pricing people out of the harbour is not smart," he said.\n\n'
        "Berths: the council holds 30 berths."
    )
    got = [c for c in found(text) if c.start > text.index("\n")]
    assert not any(c.text.startswith("Harbour fees") for c in got)
    pricing = next(c for c in got if "Pricing" in c.text)
    assert (pricing.text, pricing.type) == (
        '"Pricing people out of the harbour is not smart,"',
        QuoteType.DIRECT,
    )


def test_a_block_quote_after_an_introducing_colon_stays() -> None:
    text = (
        "In a letter to the council, Ada Lind wrote:\n\n"
        "The quay has served this town for a century, and it will serve it for another if the "
        "council pays for the repairs it promised in the spring."
    )
    (block,) = [c for c in found(text) if c.text.startswith("The quay")]
    assert (block.type, block.speaker) == (QuoteType.DIRECT, "Ada Lind")


def test_a_participle_after_a_quote_takes_no_subject_after_it() -> None:
    # ``adding`` goes on from the speaker named before the quote; the words after it are what
    # was added (or its object), never who spoke.
    got = {
        c.text: c for c in found("Lind said, “The quay will close,” adding that fees would rise.")
    }
    assert (got["“The quay will close,”"].speaker, got["“The quay will close,”"].cue) == (
        "Lind",
        "said",
    )
    assert got["that fees would rise"].speaker == "Lind"
    (quote,) = found("Lind told reporters, “We will stay,” adding Kral to the list.")
    assert (quote.text, quote.speaker) == ("“We will stay,”", "Lind")


def test_a_quote_cited_with_a_year_in_parentheses_and_no_cue_is_faint() -> None:
    text = (
        "The harbour board stirred the skippers' fears with its posters.\n\n"
        "“No more berths for outsiders!” (harbour board poster 2003) — “Our quay, our rules” "
        "(2009)."
    )
    assert found(text) == []
    # With a cue of its own, a dated quote is still a quote.
    (quote,) = found("Lind told the council: “We will close the quay for good” (1963).")
    assert (quote.text, quote.speaker) == ("“We will close the quay for good”", "Lind")


def test_a_verb_of_voice_set_off_before_a_quote_attributes_it() -> None:
    (quote,) = found("He sailed past the pier as his friends jeered, “Goodbye, old man!”")
    assert (quote.text, quote.speaker, quote.cue) == (
        "“Goodbye, old man!”",
        "his friends",
        "jeered",
    )
    (quote,) = found("Ada Lind snapped: “Nobody asked you.”")
    assert (quote.speaker, quote.cue) == ("Ada Lind", "snapped")
    # Outside that frame the verb reports nothing: the title the band played stays faint.
    assert found("The crowd cheered and the band played “Harbour Lights.”") == []


def test_a_quote_right_after_a_full_stop_without_a_space_opens_a_sentence() -> None:
    text = (
        "A boatman who gave no name spoke for fear of reprisals from the board."
        '"We were tricked into coming here."'
    )
    quote = next(c for c in detect_quotes(text) if "tricked" in c.text)
    assert (quote.text, quote.type) == ('"We were tricked into coming here."', QuoteType.DIRECT)
    # Not part of the words before it, whatever else is proposed there.
    assert not any(c.start < quote.start < c.end for c in found(text))


def test_an_addressee_with_a_relative_clause_is_no_content_before_a_quote() -> None:
    text = (
        "Lind told the skippers who waited at the old pier of Brest, “nobody should doubt our "
        "commitment to the quay.”"
    )
    (quote,) = found(text)
    assert (quote.text, quote.type, quote.speaker) == (
        "“nobody should doubt our commitment to the quay.”",
        QuoteType.DIRECT,
        "Lind",
    )
    # Without a quote after the comma the words are read as before.
    (content,) = found("Lind told the skippers who met her at the quay that the fees would rise.")
    assert content.text == "that the fees would rise"
