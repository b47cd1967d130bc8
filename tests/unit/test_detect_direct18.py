"""Direct quotes that an audit of the detector's direct errors found misread by general rules of
news prose: a title-cased quote spoken right after its verb, a document's words after
``reading``, a clause of when before a quote. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate, QuoteType


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def only_direct(text: str) -> Candidate:
    """The one candidate scored 0.5 or more that holds a quote mark, asserted direct."""
    quoted = [c for c in found(text) if "“" in c.text]
    assert len(quoted) == 1, [(c.text, c.type, c.score) for c in quoted]
    assert quoted[0].type == QuoteType.DIRECT, (quoted[0].text, quoted[0].type)
    return quoted[0]


def test_a_title_cased_quote_said_by_its_speaker_is_no_title() -> None:
    text = "Kral said “The Farmers” and swears the growers love him."
    quote = only_direct(text)
    assert (quote.text, quote.speaker, quote.cue) == ("“The Farmers”", "Kral", "said")


def test_a_chanted_slogan_is_what_the_crowd_said() -> None:
    text = (
        "Hundreds of skippers marched past the hall on Monday, chanting “Lind or Moss, Never "
        "Pell,” and waving flags."
    )
    assert only_direct(text).text == "“Lind or Moss, Never Pell,”"


def test_titles_without_a_verb_of_speaking_stay_faint() -> None:
    # A work's title, a programme told, a name given: not said by a speaker.
    for text in (
        "Her memoir, “Quiet Harbours,” sold well on the islands.",
        "“The quay is safe,” Lind told “Morning Harbour” on Friday.",
        "The ferry, “Northern Star,” left at noon.",
    ):
        faint = [
            c
            for c in detect_quotes(text)
            if c.text.strip("“”,") in ("Quiet Harbours", "Morning Harbour", "Northern Star")
        ]
        assert faint and all(c.score < 0.5 for c in faint), [(c.text, c.score) for c in faint]


def test_a_message_reading_a_quote_gives_the_quote_direct() -> None:
    text = "Kral posted a message on his blog reading “Thank you Skerry” moments after the count."
    quote = only_direct(text)
    assert (quote.text, quote.speaker) == ("“Thank you Skerry”", "Kral")


def test_a_placard_reading_a_slogan_gives_the_slogan_direct() -> None:
    text = "The mayor waved a red placard reading, “Make Skerry Proud Again” on Friday night."
    assert only_direct(text).text == "“Make Skerry Proud Again”"


def test_a_sign_that_read_a_slogan_gives_the_slogan_direct() -> None:
    for text in (
        "A girl of twelve hoisted a sign that read “Twelve Percent!” on the quay.",
        "Moss carried a banner — which read “Lind 4 Mayor” — through the square.",
    ):
        assert only_direct(text).text.startswith(("“Twelve", "“Lind")), text


def test_a_shirt_reading_a_slogan_is_left_faint() -> None:
    # Clothing is no document: on the shared set its slogans are unlabelled twice as often.
    text = "A man in a shirt that read “Fares Down Now” stood at the gate."
    assert not [c for c in found(text) if "Fares" in c.text]


def test_a_banner_reading_a_quote_as_subject_is_left_alone() -> None:
    # The banner is the sentence's subject: its verb follows the quote, no cue before it.
    text = "A banner reading “Fares Down Now” hung from the quay all week."
    assert not [c for c in found(text) if "Fares" in c.text]


def test_a_clause_of_when_after_the_time_is_no_reported_content() -> None:
    text = (
        "Lind first said in late March, when news of the tolls spread, “I did not raise "
        "any fee on anyone. There is no new fee.” Later she changed her account."
    )
    quote = only_direct(text)
    assert quote.text.startswith("“I did not raise")
    assert quote.speaker == "Lind"


def test_a_clause_of_content_before_the_quote_still_makes_it_mixed() -> None:
    text = "Lind said that whatever happens to the tolls this year, “We will stay.”"
    mixed = [c for c in found(text) if "“" in c.text]
    assert [(c.type, c.text[:4]) for c in mixed] == [(QuoteType.MIXED, "that")]


def test_a_quote_going_on_with_and_a_noun_phrase_is_mixed() -> None:
    # The sentence goes on after the marks with the object the quote began: content, not the
    # author's next clause (guidelines: a quote not closing on punctuation is mixed).
    text = (
        "Lind told reporters the fares matter. “I think what they really care about is that "
        "the ferry runs on time” and other daily worries."
    )
    quotes = [c for c in found(text) if "“" in c.text]
    assert [(c.type, c.text[-23:]) for c in quotes] == [
        (QuoteType.MIXED, "and other daily worries")
    ]


def test_a_quote_followed_by_and_a_verb_of_the_speaker_stays_direct() -> None:
    text = "Kral was asked about the tolls. He said, “No” and left the room."
    assert only_direct(text).text == "“No”"


def test_how_often_a_word_was_said_is_no_content() -> None:
    text = "In a short reply, Kral said “tolls” five times, and named the harbour master twice."
    quote = only_direct(text)
    assert (quote.text, quote.speaker) == ("“tolls”", "Kral")


def test_a_title_after_a_work_noun_stays_faint_before_an_attribution() -> None:
    # The attribution after the comma reports the whole sentence, not the show's title.
    text = (
        "The preacher told listeners that ferry tolls were sinful, speaking to callers on "
        "Monday’s edition of her nightly harbour show, “Harbour Hour with Ivo Kral,” the "
        "Skerry Courier first reported."
    )
    titles = [c for c in detect_quotes(text) if c.text.startswith("“Harbour Hour")]
    assert titles and all(c.score < 0.5 for c in titles), [(c.text, c.score) for c in titles]


def test_a_transcript_turn_after_as_follows_is_no_block_of_the_intro() -> None:
    text = (
        "The mayor went on air to defend the tolls.\n\n"
        "The exchange ran as follows:\n\n"
        "ADA MOSS: The mayor released a plan on Friday about the ferry. Take a listen.\n\n"
        "(BEGIN VIDEO CLIP.)\n\n"
        "IVO KRAL: The tolls will fall next year, and the ferry will run every hour.\n\n"
        "ADA MOSS: Do you believe him?"
    )
    first_turn = [c for c in found(text) if "released a plan" in c.text]
    assert [(c.text[:8], c.speaker) for c in first_turn] == [("The mayo", "Ada Moss")]
