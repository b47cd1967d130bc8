"""Speakers in interviews, Q&A and transcripts, and a few speaker and source misreads (qa20).

Each test is a case left by an earlier round of review; every text here is invented.
"""

from annotator.detect import detect_quotes
from annotator.records import Candidate


def _by_text(text: str) -> dict[str, Candidate]:
    """Each candidate, keyed by the first words of its quote."""
    return {candidate.text[:20]: candidate for candidate in detect_quotes(text)}


def _mention(text: str, candidate: Candidate) -> list[str]:
    """The words of the candidate's speaker mention, as written in ``text``."""
    return [text[start:end] for start, end in candidate.speaker_spans]


def test_a_title_of_words_joined_by_of_is_no_part_of_the_name() -> None:
    for title in (
        "Member of Parliament",
        "Secretary of State",
        "Chief of Staff",
        "Director of Communications",
        "Governor of the Central Bank",
        "Member of the Harbour Assembly",
    ):
        text = f"{title} Ivo Kral said the bridge would be finished by spring."
        assert _by_text(text)["the bridge would be "].speaker == "Ivo Kral", title
    # The surname alone after the title: the fuller name the document gives.
    text = "Ivo Kral opened the bridge. Member of Parliament Kral said the tolls would stay."
    assert _by_text(text)["the tolls would stay"].speaker == "Ivo Kral"


def test_naming_someone_to_a_post_is_no_speech() -> None:
    for text in (
        "The board named Lena Ostrova as chief executive on Monday.",
        "The council appointed Piet Voss as treasurer after a long debate.",
        "The club appointed her as its new head coach.",
    ):
        assert [c.text for c in detect_quotes(text) if c.score >= 0.5] == [], text
    # A description given with ``as`` is still what was said.
    cause = "Police named the pier as the cause of the blaze."
    assert _by_text(cause)["the pier as the caus"].score >= 0.5
    leak = "The inquiry named Ivo Kral as the source of the leak."
    assert _by_text(leak)["Ivo Kral as the sour"].score >= 0.5


def test_told_the_paper_is_the_outlet_named_before() -> None:
    text = (
        "The Harbour Gazette reached Ivo Kral on Monday. Kral told the paper that the "
        "shipyard would reopen in March."
    )
    found = _by_text(text)["that the shipyard wo"]
    assert found.source == "Harbour Gazette"
    assert found.source_kind == "outlet"
    assert [text[start:end] for start, end in found.source_spans] == ["Harbour Gazette"]
    # No outlet named before, or two: the phrase as written, an outlet still.
    alone = "Ivo Kral told this outlet that the shipyard would reopen in March."
    found = _by_text(alone)["that the shipyard wo"]
    assert (found.source, found.source_kind) == ("this outlet", "outlet")
    two = (
        "Ivo Kral spoke to the Harbour Gazette and the Valley Courier on Monday. Kral told "
        "the newspaper that the shipyard would reopen in March."
    )
    assert _by_text(two)["that the shipyard wo"].source == "the newspaper"


def test_the_company_is_the_company_named_before() -> None:
    company = (
        "Kestrel Mining Ltd lost its licence in Norvale last year. The company said in a "
        "filing that it would appeal the ruling."
    )
    found = _by_text(company)["that it would appeal"]
    assert found.speaker == "Kestrel Mining Ltd"
    assert _mention(company, found) == ["The company"]
    bank = "Ostrava Savings Bank cut its rate. The bank said that demand for loans had fallen."
    assert _by_text(bank)["that demand for loan"].speaker == "Ostrava Savings Bank"
    ministry = (
        "The Ministry of Fisheries closed the northern grounds. The ministry said the cod "
        "stock had collapsed."
    )
    assert _by_text(ministry)["the cod stock had co"].speaker == "Ministry of Fisheries"
    # None of that kind named before: as written.
    unnamed = "Ivo Kral sold his boats. The company said that it would appeal the ruling."
    assert _by_text(unnamed)["that it would appeal"].speaker == "The company"
