"""Known errors of the detector listed for this session's round (known18), each with a case
that shows it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate, SourceKind


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def only(text: str) -> Candidate:
    """The one candidate of ``text`` scored at least 0.5."""
    (candidate,) = found(text)
    return candidate


# 1. A relative clause without ``that``: the noun before its subject is the verb's object.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The merger set a price analysts said would be hard to beat.", "analysts"),
        ("The yard named a date officials said was far too early for the launch.", "officials"),
        ("The deal set a figure people said would be hard to match.", "people"),
    ],
)
def test_the_object_before_a_reduced_relative_is_no_part_of_its_subject(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in found(text) if c.cue == "said"] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "A dozen skippers said the quay was unsafe.",
        "A majority of skippers said the quay was unsafe.",
        "A local pilots union said the quay was unsafe.",
    ],
)
def test_a_singular_noun_that_counts_or_heads_the_plural_stays_in_the_subject(
    text: str,
) -> None:
    assert only(text).speaker == text.split(" said")[0]


# 2 and 3. An outlet the lexicon does not know, given the words.


@pytest.mark.parametrize(
    "text",
    [
        "Pia Lund told Gadgetline the launch was delayed.",
        "Pia Lund told Gadgetline that the launch was delayed.",
        '"The launch is late," Pia Lund told Gadgetline.',
        "In an emailed statement to Gadgetline, the founder said the launch was delayed.",
        "In an interview with Gadgetline, the founder said the launch was delayed.",
    ],
)
def test_a_one_word_name_that_is_no_person_s_after_told_is_the_outlet(text: str) -> None:
    candidate = only(text)
    assert (candidate.source, candidate.source_kind) == ("Gadgetline", SourceKind.OUTLET)


@pytest.mark.parametrize(
    "text",
    [
        "Pia Lund told Maria the launch was delayed.",
        "Pia Lund told Judge Ortiz the launch was delayed.",
        "Judge Ortiz heard the case. Pia Lund told Ortiz the launch was delayed.",
        "Pia Lund told Kral the launch was delayed. Ivo Kral said nothing.",
        "Pia Lund told Mr. Kral the launch was delayed.",
        "Pia Lund told Congress the launch was delayed.",
        "Pia Lund told Parliament the launch was delayed.",
        "Pia Lund told Democrats the launch was delayed.",
        # A country, continent or capital told: a government or a public addressed, and a
        # place the document need not name elsewhere to be known as one.
        "Pia Lund told Britain the launch was delayed.",
        "Pia Lund told Europe the launch was delayed.",
        "Pia Lund told Washington that the launch was delayed.",
        '"The launch is late," Pia Lund told Nigeria.',
    ],
)
def test_a_person_or_a_body_told_is_an_addressee_not_a_source(text: str) -> None:
    assert only(text).source is None


@pytest.mark.parametrize("body", ["Parliament", "Brussels"])
def test_a_statement_to_a_body_stays_the_statement(body: str) -> None:
    text = f"In a statement to {body}, the founder said the launch was delayed."
    assert only(text).source == f"a statement to {body}"


# 4. A letter quoted in full: its cue is the verb that introduces it.

_LETTER_BODY = (
    "Dear Members of the Quay Trust,\n\n"
    "I write to you as a pilot who gave this harbour the best years of her working life and "
    "asks only that the tug be kept.\n\n"
    "Yours faithfully,\n"
    "Ottilie Brask\n"
)


@pytest.mark.parametrize(
    ("intro", "source"),
    [
        ("The letter reads in full:", "The letter"),
        ("Ottilie Brask's letter reads:", "Ottilie Brask's letter"),
    ],
)
def test_a_letter_read_in_full_takes_the_verb_of_its_intro_as_cue(intro: str, source: str) -> None:
    text = f"Her nephew shared it on Friday.\n\n{intro}\n\n{_LETTER_BODY}"
    block = only(text)
    assert (block.cue, block.speaker, block.source) == ("reads", "Ottilie Brask", source)
    assert block.source_kind is SourceKind.PUBLICATION


def test_a_letter_introduced_by_wrote_keeps_wrote() -> None:
    text = f"Ottilie Brask wrote in a letter to the trust:\n\n{_LETTER_BODY}"
    block = only(text)
    assert (block.cue, block.source) == ("wrote", "a letter")


# 5. A noun cue's clause in the subject ends before the sentence's main verb.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Brenna Kask's assertion that the depot was empty was denied by the treasurer.",
            "that the depot was empty",
        ),
        (
            "Brenna Kask's warning that the jetty would sink has proved right.",
            "that the jetty would sink",
        ),
        (
            "Brenna Kask's claim that the depot was empty angered the board.",
            "that the depot was empty",
        ),
    ],
)
def test_the_clause_of_a_noun_cue_in_the_subject_ends_before_the_main_verb(
    text: str, content: str
) -> None:
    assert [c.text for c in found(text) if c.speaker == "Brenna Kask"] == [content]


def test_a_clause_joined_after_its_verb_is_left_to_the_noun_cue() -> None:
    text = "Brenna Kask's claim that the depot was empty because the board sold it is doubtful."
    (claim,) = [c for c in found(text) if c.speaker == "Brenna Kask"]
    assert claim.text.endswith("sold it is doubtful")  # no cut the rule cannot be sure of


# 6. A participle cue after a main clause in the present tense with an object.


@pytest.mark.parametrize(
    "text",
    [
        "The harbourmaster shrugs it off, insisting the budget is sound.",
        "The harbourmaster shrugs it off, saying that the budget is sound.",
        "Orla Venn waves the figures aside, arguing the budget is sound.",
        "Orla Venn dismisses the report, adding that the budget is sound.",
        "The harbourmaster shrugs off the criticism, insisting the budget is sound.",
    ],
)
def test_a_participle_after_a_present_clause_with_an_object_takes_its_subject(
    text: str,
) -> None:
    (claim,) = [c for c in found(text) if "budget" in c.text]
    assert claim.speaker == text.split(" ")[0] + " " + text.split(" ")[1]
    assert claim.text.endswith("the budget is sound")


# 7. A reader who wrote in to say something: the content starts after the infinitive.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Nell Okoro wrote in to say the bins were never emptied.", "the bins were never emptied"),
        (
            "Nell Okoro called in to ask whether the bins would be emptied.",
            "whether the bins would be emptied",
        ),
        (
            "Nell Okoro wrote in to say that the bins were never emptied.",
            "that the bins were never emptied",
        ),
    ],
)
def test_the_content_of_wrote_in_to_say_starts_after_the_infinitive(
    text: str, content: str
) -> None:
    candidate = only(text)
    assert (candidate.text, candidate.speaker) == (content, "Nell Okoro")


# 8. A month after a given name is a surname, not a date or the modal ``may``.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wenna May said the pier was unsafe.", "Wenna May"),
        ("Col. Wenna May said the pier was unsafe.", "Wenna May"),
        ("Wenna June told the board the pier was unsafe.", "Wenna June"),
        ('"The pier is unsafe," said Wenna May.', "Wenna May"),
        ('"The pier is unsafe," Wenna May said.', "Wenna May"),
    ],
)
def test_a_month_right_after_a_given_name_is_a_surname(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_month_after_a_preposition_stays_a_date() -> None:
    text = "The Varnby board last May said the pier was unsafe."
    assert only(text).speaker == "The Varnby board"


# 9. A person called by a nationality after ``the``.


def test_a_nationality_after_the_resolves_to_the_person_named_before() -> None:
    text = "Rui Tavenor landed on Monday. The Brazilian said the pier was unsafe."
    assert only(text).speaker == "Rui Tavenor"


def test_a_nationality_resolves_to_the_person_the_document_calls_so() -> None:
    text = (
        "Kestrian striker Rui Tavenor and Ada Lindqvist landed on Monday. Lindqvist spoke "
        "first. The Kestrian said the pier was unsafe."
    )
    assert [c.speaker for c in found(text)] == ["Rui Tavenor"]


def test_a_nationality_with_no_one_named_keeps_its_article() -> None:
    assert only("The Brazilian said the pier was unsafe.").speaker == "The Brazilian"


def test_a_title_shaped_like_a_nationality_is_no_one_named_before() -> None:
    # ``Spokeswoman`` ends as ``Brazilian`` does, but a spokeswoman is seldom someone the
    # story named before: the last person named is no guess for her.
    text = "Rui Tavenor landed after Ada Lindqvist. The Spokeswoman said the pier was unsafe."
    assert only(text).speaker not in ("Ada Lindqvist", "Rui Tavenor")


@pytest.mark.parametrize("called", ["Israeli", "Italian", "Republican"])
def test_a_nationality_or_party_that_is_also_a_title_word_still_names_the_person_before(
    called: str,
) -> None:
    text = f"Rui Tavenor landed on Monday. The {called} said the pier was unsafe."
    assert only(text).speaker == "Rui Tavenor"


def test_a_title_shaped_like_a_nationality_is_the_one_the_document_gives_it() -> None:
    text = "Chairman Rui Tavenor landed on Monday. The Chairman said the pier was unsafe."
    assert only(text).speaker == "Rui Tavenor"


def test_a_paper_named_like_its_readers_is_no_person() -> None:
    text = "Rui Tavenor landed on Monday. The Varnbian reported that the pier was unsafe."
    assert only(text).speaker != "Rui Tavenor"


# 10. A parenthesis pointing at a photograph never breaks a subject.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wenna Holt (pictured) said the pier was unsafe.", "Wenna Holt"),
        ("Wenna Holt (left) and Ivo Brandt (right) said the pier was unsafe.", None),
        ('"The pier is unsafe," Wenna Holt (above) said.', "Wenna Holt"),
    ],
)
def test_a_picture_aside_is_no_break_in_the_subject(text: str, speaker: str | None) -> None:
    candidate = only(text)
    if speaker is None:
        assert candidate.speaker_spans == [(0, 10), (22, 32)]
    else:
        assert candidate.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("A letter from residents (pictured) said the pier was unsafe.", "residents", "A letter"),
        (
            "A statement from the harbour board said the pier was unsafe.",
            "the harbour board",
            "A statement",
        ),
        ("A letter signed by Wenna Holt said the pier was unsafe.", "Wenna Holt", "A letter"),
    ],
)
def test_a_message_from_its_writers_is_their_words_through_the_message(
    text: str, speaker: str, source: str
) -> None:
    candidate = only(text)
    assert (candidate.speaker, candidate.source) == (speaker, source)
    assert candidate.source_kind is SourceKind.PUBLICATION


def test_a_report_from_a_body_stays_the_speaker_as_written() -> None:
    text = "A report from the harbour board said the pier was unsafe."
    assert only(text).speaker == "A report from the harbour board"


# 11. Someone quoted or cited as saying something said it.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She misquoted Dr Ilse Varkonyi as saying the drug was safe.", "Ilse Varkonyi"),
        ("The gazette quoted a senior nurse as saying the drug was safe.", "a senior nurse"),
        ('He cited Ilse Varkonyi as saying: "The drug is safe."', "Ilse Varkonyi"),
        (
            "Ilse Varkonyi met Ivo Brandt. The gazette quoted him as saying the drug was safe.",
            "Ivo Brandt",
        ),
    ],
)
def test_quoted_or_cited_as_saying_gives_the_words_to_the_person_quoted(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in found(text)] == [speaker]


# 12. A trailing attribution: ``and`` with a past verb after a fragment is still its content.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Its roof was “old,” and needed repairs, the surveyor said.",
            "Its roof was “old,” and needed repairs",
        ),
        (
            "The hull was “rotten,” and leaked at every seam, said Wenna Holt.",
            "The hull was “rotten,” and leaked at every seam",
        ),
    ],
)
def test_and_a_past_verb_before_a_trailing_cue_stays_in_the_content(
    text: str, content: str
) -> None:
    candidate = only(text)
    assert (candidate.text, candidate.type.value) == (content, "mixed")
    assert candidate.speaker in ("the surveyor", "Wenna Holt")


@pytest.mark.parametrize(
    "sentence",
    [
        "May said the pier was unsafe.",
        "On Monday, May said the pier was unsafe.",
        '"The pier is unsafe," May said.',
    ],
)
def test_a_month_surname_alone_is_the_person_named_with_it_before(sentence: str) -> None:
    text = f"Wenna May runs the ferry. {sentence}"
    assert [c.speaker for c in found(text)] == ["Wenna May"]


def test_a_month_after_in_is_a_date_even_when_someone_bears_it() -> None:
    text = "Wenna May runs the ferry. A survey published in May said the pier was unsafe."
    assert [c.speaker for c in found(text)] == ["A survey published in May"]


def test_an_outlet_s_head_joined_by_a_hyphen_to_another_name_is_one_outlet() -> None:
    text = (
        "In an emailed statement to The Varnby Post-Courier, the founder said the launch slipped."
    )
    candidate = only(text)
    assert (candidate.source, candidate.source_kind) == (
        "The Varnby Post-Courier",
        SourceKind.OUTLET,
    )


def test_an_outlet_that_quoted_someone_as_saying_is_the_source() -> None:
    text = (
        "The Varnby Herald quoted Ilse Varkonyi, a nurse from Tarnby, as saying the drug was safe."
    )
    candidate = only(text)
    assert (candidate.speaker, candidate.source) == ("Ilse Varkonyi", "The Varnby Herald")
    assert candidate.source_kind is SourceKind.OUTLET


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The letter reads: “We will not move.”", "The letter", "reads"),
        ("Her placard read, “Keep the ferry.”", "Her placard", "read"),
    ],
)
def test_a_document_that_reads_a_quote_speaks_it(text: str, speaker: str, cue: str) -> None:
    candidate = only(text)
    assert (candidate.speaker, candidate.cue, candidate.score) == (speaker, cue, 0.95)
