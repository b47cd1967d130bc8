"""Speakers in interviews, Q&A and transcripts, and a few speaker and source misreads (qa20).

Each test is a case left by an earlier round of review; every text here is invented.
"""

import re
from collections.abc import Iterator

import pytest

from annotator.detect import detect_quotes, pipeline
from annotator.records import Candidate


def _by_text(text: str) -> dict[str, Candidate]:
    """Each candidate, keyed by the first words of its quote."""
    return {candidate.text[:20]: candidate for candidate in detect_quotes(text)}


def _mention(text: str, candidate: Candidate) -> list[str]:
    """The words of the candidate's speaker mention, as written in ``text``."""
    return [text[start:end] for start, end in candidate.speaker_spans]


def test_an_answer_of_a_printed_interview_is_the_interviewees() -> None:
    # The introduction names the person; the answers say ``I``, which is that person, not the
    # author. The mention stays the ``I`` as written. A question's ``I`` is the interviewer's.
    text = (
        "Mara Lindqvist, the port's new director, spoke to us about dredging, wages and the "
        "winter schedule.\n\n"
        "Q: I asked the pilots whether the channel was safe. Is it?\n"
        "A: I think it is safe, as long as the dredgers keep working.\n\n"
        "Q: Will the ferries run through January?\n"
        "A: I expect they will run until the ice comes.\n"
    )
    found = _by_text(text)
    assert found["it is safe, as long "].speaker == "Mara Lindqvist"
    assert _mention(text, found["it is safe, as long "]) == ["I"]
    assert found["they will run until "].speaker == "Mara Lindqvist"
    assert found["whether the channel "].speaker == "I"


def test_an_interview_labelled_by_names_or_initials_gives_answers_to_the_interviewee() -> None:
    # Bold labels: the outlet asks, the surname answers.
    bold = (
        "Oskar Venn, who leads the valley growers' cooperative, talked to the Ledger about the "
        "drought.\n\n"
        "**Ledger:** How bad is this summer?\n"
        "**Venn:** I think the wells have never been this low.\n\n"
        "**Ledger:** Will prices rise?\n"
        "**Venn:** I expect they will rise by autumn.\n"
    )
    found = _by_text(bold)
    assert found["the wells have never"].speaker == "Oskar Venn"
    assert found["they will rise by au"].speaker == "Oskar Venn"
    # Initials in capitals: each answer's turn is the interviewee's, and a ``you`` in a
    # question is the interviewee too; the interviewer's turn keeps its label.
    initials = (
        "Tova Reyes, the mayor of Brindle, answered our questions about the new tram line.\n\n"
        "HL: When will the tram run?\n\n"
        "TR: I promised the tram in my first campaign and I will deliver it by spring.\n\n"
        "HL: Did you say the budget would hold?\n\n"
        "TR: I said last year that the budget would hold, and it has held.\n"
    )
    found = _by_text(initials)
    assert found["I promised the tram "].speaker == "Tova Reyes"
    assert _mention(initials, found["I promised the tram "]) == ["TR"]
    assert found["the tram in my first"].speaker == "Tova Reyes"
    assert found["the budget would hol"].speaker == "Tova Reyes"
    assert found["When will the tram r"].speaker == "HL"


def test_a_transcript_of_three_speakers_is_no_interview() -> None:
    # A debate's ``you`` is whoever the speaker faces, not the first person labelled.
    text = (
        "Ada Brenn, Ivo Kral and Sofie Lind met in the town hall debate.\n\n"
        "BRENN: Thank you for coming.\n\n"
        "KRAL: Thank you.\n\n"
        "BRENN: The levy stays.\n\n"
        "LIND: Ivo, did you say the levy would go?\n\n"
        "KRAL: No.\n"
    )
    assert _by_text(text)["the levy would go"].speaker != "Ada Brenn"


def test_a_pronoun_in_a_transcript_turn_is_not_the_turns_speaker() -> None:
    # The correspondent speaks the turn and says ``I``; ``he`` in it is the person reported.
    text = (
        "ANCHOR: Good evening.\n\n"
        "MARTA SOLBERG: Good evening. Piet Alvers, the harbour master, was at the quay. He told "
        "me the harbour would close on Friday. I asked him whether the ferries would run, and "
        "he said they would not.\n\n"
        "ANCHOR: Thank you, Marta Solberg.\n"
    )
    found = _by_text(text)
    assert found["the harbour would cl"].speaker == "Piet Alvers"
    assert _mention(text, found["the harbour would cl"]) == ["He"]
    assert found["they would not"].speaker == "Piet Alvers"
    assert found["whether the ferries "].speaker == "Marta Solberg"
    assert found["Good evening. Piet A"].speaker == "Marta Solberg"
    # With no name for the one reported, the pronoun stays as written.
    unnamed = (
        "ANCHOR: Good evening.\n\n"
        "MARTA SOLBERG, CORRESPONDENT: I am at the port, where I met the harbour master. He "
        "told me the harbour would close on Friday.\n\n"
        "ANCHOR: Thank you, Marta Solberg.\n"
    )
    assert _by_text(unnamed)["the harbour would cl"].speaker == "He"


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


def test_q_and_a_with_full_stops_is_an_interview_but_an_initial_opening_lines_is_not() -> None:
    dotted = (
        "Mara Lindqvist, the port's new director, spoke to us.\n\n"
        "Q. Is the channel safe?\n"
        "A. I think it is safe.\n\n"
        "Q. Will the ferries run?\n"
        "A. I expect they will run until the ice comes.\n"
    )
    assert _by_text(dotted)["it is safe"].speaker == "Mara Lindqvist"
    # ``A. Lind`` opening lines is an initial, no answer's label, whatever labels stand near.
    initials = (
        "Mara Lindqvist wrote to the council on Monday.\n\n"
        "A. Lind said I think the port is safe.\n\n"
        "Note: the council meets on Friday.\n\n"
        "A. Lind said I expect the ferries to run.\n"
    )
    assert _by_text(initials)["the port is safe"].speaker == "I"


class _CountingFinditer:
    """An outlet pattern that counts how often the text is searched with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        self.searches += 1
        return self.pattern.finditer(text, *bounds)


def test_the_outlets_named_are_read_once_for_every_told_the_paper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each ``told the paper`` once searched the text before it again: quadratic in them."""
    counting = _CountingFinditer(pipeline._OUTLET_NP_RE)
    monkeypatch.setattr(pipeline, "_OUTLET_NP_RE", counting)
    told = "".join(
        f"Kral told the paper that berth {berth} would reopen in March. " for berth in range(8)
    )
    text = (
        f"The Harbour Gazette reached Ivo Kral on Monday. {told}The Valley Courier called "
        "him later. Kral told the newspaper that the yard would close in May."
    )
    found = detect_quotes(text)
    sources = [candidate.source for candidate in found if "berth" in candidate.text]
    assert sources == ["Harbour Gazette"] * 8
    assert [candidate.source for candidate in found if "close in May" in candidate.text] == [
        "the newspaper"
    ]
    assert counting.searches == 1
