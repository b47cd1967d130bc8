"""House styles of a twenty-second round (a US political wire, a cable news transcript, a
press briefing, a congressional hearing, a campaign trail piece, an explainer quoting data, a
local crime story, a story built on a leaked memo, a profile, a foreign correspondent's piece
with translated quotes, a debate fact check, an opinion column, a business story quoting
filings, a health story quoting a study, a judge's written opinion, a sports column): each
rule of English news prose with a case that showed it. Every sentence here was written for
these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_question_after_the_addressee_and_a_time_opens_at_its_question_word() -> None:
    for text, content in (
        (
            "Rep. Edda Vorn asked the rail chief on Tuesday whether inspections were skipped.",
            "whether inspections were skipped",
        ),
        (
            "Ms Orla asked the board on Monday if the quay was safe.",
            "if the quay was safe",
        ),
        (
            "I asked the finance office last week how much the arena would cost.",
            "how much the arena would cost",
        ),
    ):
        (candidate,) = found(text)
        assert candidate.text == content, text
    (candidate,) = found("Ms Orla told the board last week the quay was safe.")
    assert candidate.text == "the quay was safe"


def test_a_party_and_state_set_off_by_commas_is_no_name_of_the_speaker() -> None:
    for text, speaker in (
        ("Sen. Marla Quint, R-Tenn., said Thursday she would block the bill.", "Marla Quint"),
        ("Rep. Tobias Wren, D-Ore., said the harbor bill was dead.", "Tobias Wren"),
        ("Rep. Ana Lowry, D-N.Y., said the vote would slip.", "Ana Lowry"),
        (
            "Rep. Tobias Wren, D-Ore., the bill's chief sponsor, said the bill was dead.",
            "Tobias Wren",
        ),
        ("Sen. Marla Quint, R-Tennessee, said she would block the bill.", "Marla Quint"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text
    # After the content, the designation closes the attribution as an apposition would.
    (candidate,) = found("The bill is dead, said Rep. Tobias Wren, D-Ore.")
    assert (candidate.text, candidate.speaker) == ("The bill is dead", "Tobias Wren")


def test_a_verb_of_beginning_or_going_on_carries_the_cue_after_it() -> None:
    (candidate,) = found('The crowd began chanting "Four more years!" as the governor came in.')
    assert (candidate.speaker, candidate.cue) == ("The crowd", "chanting")
    (candidate,) = found('The fans kept chanting "Out!" at the referee.')
    assert candidate.speaker == "The fans"
    for text, speaker in (
        ("Ivo Kral began to argue that the quay was safe.", "Ivo Kral"),
        ("The skippers continued to insist that the quay was safe.", "The skippers"),
        ("Ms Orla started to say that the vote was rigged.", "Orla"),
    ):
        (candidate,) = found(text)
        assert (candidate.speaker, candidate.text[:4]) == (speaker, "that"), text
    # In a clause of time with no object, the main clause after the comma is nobody's words.
    assert found("While the skippers started to chant, Ada Lind took the stage at Vell.") == []


def test_a_clause_of_when_after_the_addressee_closes_a_trailing_attribution() -> None:
    for text in (
        "The port will close, Ivo Kral told the skippers as he left the quay.",
        "The port will close in May, Ivo Kral told his closest aides while touring the quay.",
        "The port will close, Ivo Kral told reporters as he left the quay.",
    ):
        (candidate,) = found(text)
        assert candidate.text.startswith("The port will close"), text
        assert candidate.text.endswith(("close", "May")), text
        assert candidate.speaker == "Ivo Kral", text


def test_a_pronoun_after_whom_is_not_the_person_whom_stands_for() -> None:
    text = (
        'DUNMORE — The crowd chanted "Four more years!" before Gov. Alden Prewitt reached '
        "the stage.\n\n"
        "Prewitt, who is seeking a second term, waved and grinned.\n\n"
        "For an hour he hammered his rival, state Sen. Noreen Vasquez, whom he called "
        '"the most out-of-touch candidate in Dunmore."'
    )
    speakers = {c.speaker for c in found(text) if c.cue == "called"}
    assert speakers == {"Alden Prewitt"}


def test_a_cable_transcript_label_may_carry_a_role_and_a_chyron_is_no_speaker() -> None:
    text = (
        "DIMMOCK: Good evening. We begin in Riverton, where the river crested at noon.\n\n"
        "CHYRON: FLOODWATERS RISE IN RIVERTON\n\n"
        "JEROME PASK, RIVERTON RESIDENT: It came up so fast. We had an hour to get out.\n\n"
        "DIMMOCK: Felix Arneson in Riverton, thank you."
    )
    by_speaker = {c.speaker: c for c in found(text)}
    assert "CHYRON" not in by_speaker
    assert by_speaker["Jerome Pask"].text == "It came up so fast. We had an hour to get out"
    text = (
        "Fact Check: Claims From the Harborview Debate\n\n"
        "CLAIM: Mayor Ana Brill said she had never raised taxes.\n\nRATING: Mostly true"
    )
    assert {c.speaker for c in found(text)} == {"Ana Brill"}


def test_a_habit_of_saying_carries_the_cue_after_it() -> None:
    (candidate,) = found('Supporters of the new arena like to say it will "pay for itself."')
    assert (candidate.speaker, candidate.cue, candidate.text) == (
        "Supporters of the new arena",
        "say",
        'it will "pay for itself."',
    )
    (candidate,) = found("Ivo Kral loves to argue that the quay is safe.")
    assert (candidate.speaker, candidate.text) == ("Ivo Kral", "that the quay is safe")
    # A wish to say something is no saying (only the wish is proposed).
    wish = found("Ivo Kral would like to say that the quay is safe.")
    assert [c.cue for c in wish] == ["would like"]


def test_a_headline_subject_never_ends_in_a_capitalised_preposition() -> None:
    assert found("PRESS BRIEFING BY PRESS SECRETARY LENA HOLLOWAY") == []
    assert found("Media Briefing By Press Officer Lena Holloway") == []


def test_one_name_set_off_after_a_noun_of_people_is_a_person_a_later_pronoun_stands_for() -> None:
    text = (
        "A local official, Samir Atallah, told a radio station that food would run out.\n\n"
        "Speaking through an interpreter, Haddad's wife, Leila, said the family had flour for a "
        'week. "After that," she said, "God knows."'
    )
    speakers = {c.text: c.speaker for c in found(text)}
    assert speakers['"After that,"'] == "Leila"
    assert speakers['"God knows."'] == "Leila"


def test_an_outlets_name_goes_on_with_of_and_a_name() -> None:
    (candidate,) = found(
        "Walkers were less likely to develop dementia, according to a study published "
        "Wednesday in the Journal of Aging Medicine."
    )
    assert candidate.source == "the Journal of Aging Medicine"
    (candidate,) = found("Ivo Kral told the Harbour Herald of Skarra that the quay was safe.")
    assert candidate.source == "the Harbour Herald of Skarra"


def test_a_name_before_a_broadcasters_noun_in_lower_case_is_an_outlet() -> None:
    (candidate,) = found(
        "A local official, Samir Atallah, told the Voice of Qaram radio in Arabic that food "
        "would run out within two weeks."
    )
    assert (candidate.source, candidate.source_kind) == ("the Voice of Qaram radio", "outlet")
    assert candidate.text == "that food would run out within two weeks"


def test_a_plain_source_with_a_participle_and_its_named_agent_speaks_whole() -> None:
    (candidate,) = found(
        "Bird flu has killed 30 million hens this year, according to data compiled by the "
        "Poultry Health Network."
    )
    assert candidate.speaker == "data compiled by the Poultry Health Network"
    (candidate,) = found(
        "Turnout fell to a record low, according to exit polls conducted on Monday."
    )
    assert candidate.speaker == "exit polls"
