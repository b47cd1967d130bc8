"""Indirect and mixed quotes the detector missed or misattributed (eighteenth round): each rule
of English with invented sentences (no text from any evaluation set)."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> dict[str, Candidate]:
    """Candidates of ``text`` scored at least 0.5, by cue."""
    return {c.cue: c for c in detect_quotes(text) if c.score >= 0.5 and c.cue is not None}


def test_a_time_after_by_is_no_holder_of_a_speech_noun() -> None:
    text = "The report by the end of the week that the pier was sold was wrong."
    assert "report" not in found(text)


def test_a_quote_after_an_interrupting_attribution_keeps_it_over_a_colon_line_before() -> None:
    # ``Share the page:`` closes the paragraph before, but the quote after ``the mayor said.``
    # does not open its paragraph: the colon introduces nothing of it.
    text = (
        "Do you back the ferry plan? Share the page:\n\n"
        "“Three towns have lost their piers,” the mayor said. “But the board does not want "
        "that.”"
    )
    second = [c for c in detect_quotes(text) if c.text.startswith("“But")]
    assert len(second) == 1
    assert second[0].cue == "said"
    assert second[0].speaker == "the mayor"


def test_a_quote_opening_the_paragraph_after_a_colon_line_is_still_the_lines() -> None:
    text = "Mayor Dora Varga told the board:\n\n“The pier will open in June.”"
    quote = [c for c in detect_quotes(text) if c.text.startswith("“The pier")]
    assert len(quote) == 1
    assert quote[0].cue == "told"
    assert quote[0].speaker is not None and quote[0].speaker.endswith("Varga")


def test_a_speech_noun_takes_its_holder_from_by_before_its_clause() -> None:
    cases = {
        "The claim by Ivo Kral that the bridge was unsafe angered the residents.": (
            "claim",
            "that the bridge was unsafe",
            "Ivo Kral",
        ),
        "Skippers rejected the suggestion by the Harbour Board that the tolls were fair.": (
            "suggestion",
            "that the tolls were fair",
            "Harbour Board",
        ),
        "Skippers were angered by the warning by a harbour official that tolls would rise.": (
            "warning",
            "that tolls would rise",
            "a harbour official",
        ),
    }
    for text, (cue, content, speaker) in cases.items():
        got = found(text)
        assert cue in got, text
        assert got[cue].text == content
        assert got[cue].speaker is not None and got[cue].speaker.endswith(speaker)


def test_the_base_form_of_a_cue_ending_in_a_preposition_is_a_cue_as_its_past_is() -> None:
    cases = {
        "Critics point to the ferry tolls that were never approved.": (
            "point to",
            "the ferry tolls that were never approved",
            "Critics",
        ),
        "Ivo Kral would not comment on the sale of the old pier.": (
            "comment on",
            "the sale of the old pier",
            "Ivo Kral",
        ),
        "Ivo Kral will warn of higher ferry prices.": (
            "warn of",
            "higher ferry prices",
            "Ivo Kral",
        ),
    }
    for text, (cue, content, speaker) in cases.items():
        got = found(text)
        assert cue in got, text
        assert got[cue].text == content
        assert got[cue].speaker is not None and got[cue].speaker.endswith(speaker)


def test_a_noun_before_the_preposition_is_no_base_form_cue() -> None:
    for text in (
        "His comment on the ferry tolls was rude.",
        "There is no point to the new ferry tolls.",
        "She gave a hint at the answer to the riddle.",
    ):
        assert not found(text), text


def test_a_topic_cue_in_an_infinitive_of_purpose_is_held_by_the_main_clauses_subject() -> None:
    cases = {
        "Ivo Kral came to the harbour on Monday to talk about the ferry tolls.": "Ivo Kral",
        "The skippers gathered at a bar to talk about the years they spent at sea.": "skippers",
    }
    for text, speaker in cases.items():
        got = found(text)
        assert "talk about" in got, text
        assert got["talk about"].speaker is not None
        assert got["talk about"].speaker.endswith(speaker)


def test_a_label_before_a_colon_is_no_subject_of_an_infinitive_after_it() -> None:
    assert "talk about" not in found("Q: You came to the quay to talk about the pier tolls?")


def test_speak_of_in_the_present_is_a_topic_cue_as_spoke_of_is() -> None:
    got = found("The skippers speak of a toll that nobody voted for.")
    assert "speak of" in got
    assert got["speak of"].text == "a toll that nobody voted for"
    assert got["speak of"].speaker is not None and got["speak of"].speaker.endswith("skippers")


def test_a_promise_to_a_noun_phrase_names_whom_it_was_made_to_not_what() -> None:
    for text in ("His promise to the skippers was broken.", "Ivo Kral's vow to the voters held."):
        assert not {"promise to", "vow to"} & set(found(text)), text
    got = found("Ivo Kral's pledge to cut the ferry tolls was broken.")
    assert got["pledge to"].text == "cut the ferry tolls"
