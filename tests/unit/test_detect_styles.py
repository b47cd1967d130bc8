"""House styles the detector was not measured on (British, wire, tabloid, feature writing):
each rule of English news prose with a case that showed it. Every sentence here was written
for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def speaker_of(text: str, quote: str) -> str | None:
    """The speaker of the candidate whose text is ``quote``."""
    (candidate,) = [c for c in found(text) if c.text == quote]
    return candidate.speaker


def test_a_pronoun_after_a_quote_takes_the_subject_of_the_sentence_before() -> None:
    # The MP in the apposition was heard in the headline; the subject named just before wins.
    text = (
        "Islanders have been “abandoned” by the council, their MP has said.\n\n"
        "Dr Ada Lindqvist, the MP for Skerry, told the council the cuts were wrong.\n\n"
        "“People here are asking to get to hospital,” she said."
    )
    quote = "“People here are asking to get to hospital,”"
    assert speaker_of(text, quote) == "Ada Lindqvist"


def test_a_pronoun_takes_the_subject_named_before_it_in_its_sentence() -> None:
    text = (
        "The Harbour Kitchen star, 48, fumed: “I have cooked since I was eleven!”\n\n"
        "Rival cook Ivo Brandt started the row when he told a podcast that the sauce "
        "tasted “like bin juice”."
    )
    (candidate,) = [c for c in found(text) if c.text.startswith("that the sauce")]
    assert candidate.speaker == "Ivo Brandt"


def test_a_pronoun_after_a_quote_skips_a_body_heard_further_back() -> None:
    text = (
        "The Harbour Lights Trust says the keeper may stay.\n\n"
        "Ola Drummond shrugs when I ask him about the future. "
        "“The future is the next tide,” he says."
    )
    assert speaker_of(text, "“The future is the next tide,”") == "Ola Drummond"


def test_a_pronoun_after_a_name_behind_a_preposition_keeps_the_latest_speaker() -> None:
    text = (
        "Ivo Brandt said the quay was unsafe. In a letter to Ada Lind, he wrote that "
        "the pier must close."
    )
    (candidate,) = [c for c in found(text) if c.text.startswith("that the pier")]
    assert candidate.speaker == "Ivo Brandt"


def test_a_capitalised_title_of_any_office_is_dropped_from_the_name() -> None:
    text = (
        "Town Manager Rita Solvang said Tuesday that the ferry had lost money.\n\n"
        "“We cannot keep borrowing,” Solvang said.\n\n"
        "Harbour Minister Per Lunnar said the state would not step in. "
        "Cllr Ewan Dalgaard said the board had no choice."
    )
    assert [c.speaker for c in found(text)] == [
        "Rita Solvang",
        "Rita Solvang",
        "Per Lunnar",
        "Ewan Dalgaard",
    ]


def test_a_surname_that_is_a_title_word_stays_in_the_name() -> None:
    (candidate,) = found("Zora King Lundmark said the quay was safe.")
    assert candidate.speaker == "Zora King Lundmark"


def test_the_day_after_said_on_is_no_content() -> None:
    for text in (
        "Harbour Minister Per Lunnar said on Tuesday the state would not step in.",
        "The port board said on Tuesday night the state would not step in.",
        "The port board said on March 4 the state would not step in.",
        "The port board said on 4 March the state would not step in.",
    ):
        (candidate,) = found(text)
        assert (candidate.text, candidate.cue) == ("the state would not step in", "said")


def test_an_outlet_ending_in_programme_is_the_source_not_the_content() -> None:
    text = "Dr Ada Lindqvist told BBC Radio 4's Today programme the cuts were “a disgrace”."
    (candidate,) = found(text)
    assert candidate.text == "the cuts were “a disgrace”"
    assert candidate.source == "BBC Radio 4's Today programme"


def test_a_local_paper_keeps_its_whole_name() -> None:
    text = "A source close to the chef told The Harbour Beacon: “He was livid.”"
    (candidate,) = found(text)
    assert candidate.source == "The Harbour Beacon"


def test_an_outlet_name_after_an_honorific_is_a_surname() -> None:
    text = "Ivo Slate bakes rye. In an interview, Mr. Slate said his rye ovens had aged."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.source) == ("Ivo Slate", "an interview")


def test_a_pronoun_after_a_quote_takes_the_speaker_of_the_sentence_before() -> None:
    # ``Kral`` opens the sentence before, but Stovang is who spoke in it.
    text = (
        "Ivo Kral spoke at the quay on Monday.\n\n"
        "Kral won the small crowds over with his promises, Tor Stovang said.\n\n"
        "“He was very articulate,” he said."
    )
    assert speaker_of(text, "“He was very articulate,”") == "Tor Stovang"


def test_a_possessor_or_a_place_opening_the_sentence_before_is_no_antecedent() -> None:
    text = (
        "Ivo Kral spoke at the quay. Ada Lund said the board was wrong.\n\n"
        "Kral’s grasp of the accounts is worrying, Ada Lund said.\n\n"
        "“I see no change,” she said."
    )
    assert speaker_of(text, "“I see no change,”") == "Ada Lund"
    text = (
        "Ada Lund said the board was wrong.\n\n"
        "South Harbour had been quiet for years.\n\n"
        "“I see no change,” she said."
    )
    assert speaker_of(text, "“I see no change,”") == "Ada Lund"


def test_a_place_or_a_body_after_a_noun_of_people_is_no_speaker_of_its_own() -> None:
    cases = {
        "Residents of Port Eldmoor say the ferry is their lifeline.": "Residents of Port Eldmoor",
        "Farmers in the central west of New Kestria say they are weeks away.": (
            "Farmers in the central west of New Kestria"
        ),
        "A spokesman for the Harbour Board said the pier was unsafe.": (
            "A spokesman for the Harbour Board"
        ),
        "Ada Lindqvist of the Harbour Institute said the pier was unsafe.": "Ada Lindqvist",
        "The Bank of Eldmoor said rates would rise.": "Bank of Eldmoor",
    }
    for text, speaker in cases.items():
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_plural_possessive_stays_in_the_speaker_phrase() -> None:
    for text, speaker in (
        ("The miners' union said the cuts were a betrayal.", "The miners' union"),
        ("The skippers’ spokesman said the cuts were wrong.", "The skippers’ spokesman"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker


def test_a_bureau_or_commissioners_keep_the_whole_name_of_their_body() -> None:
    for text, speaker in (
        ("The Bureau of Tidewatch says rain is unlikely.", "Bureau of Tidewatch"),
        (
            "The Commissioners of Harbour Lights says it has no plans.",
            ("Commissioners of Harbour Lights"),
        ),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker


TRANSCRIPT = (
    "Transcript: harbour police briefing\n\n"
    "The following are remarks by Commissioner Alan Brandvik at a news conference.\n\n"
    "BRANDVIK: Good afternoon. Officers responded to reports of shots at the quay. "
    "Two people were hurt.\n\n"
    "QUESTION: Commissioner, was the suspect known to police?\n\n"
    "BRANDVIK: I will not get into that while the inquiry goes on.\n\n"
    "MAYOR JOAN LESTRADE: If I may add, the city has funded four new officers.\n"
)


def test_a_transcript_line_is_its_label_s_whatever_cue_stands_inside_it() -> None:
    labelled = [c for c in found(TRANSCRIPT) if c.cue == ":"]
    assert [c.text.split(".")[0] for c in labelled] == [
        "Good afternoon",
        "I will not get into that while the inquiry goes on",
        "If I may add, the city has funded four new officers",
    ]


def test_a_label_in_capitals_resolves_to_the_name_written_in_the_text() -> None:
    labelled = [c for c in found(TRANSCRIPT) if c.cue == ":"]
    assert [c.speaker for c in labelled] == ["Alan Brandvik", "Alan Brandvik", "Joan Lestrade"]


def test_a_given_name_alone_resolves_to_the_one_person_heard_with_it() -> None:
    text = "Telly chef Gino Farrant said the sauce was his own.\n\n“He is a nobody,” Gino raged."
    assert speaker_of(text, "“He is a nobody,”") == "Gino Farrant"
    text = (
        "Gino Farrant said the sauce was his own. Gino Balducci said it was not.\n\n"
        "“He is a nobody,” Gino raged."
    )
    assert speaker_of(text, "“He is a nobody,”") == "Gino"  # two Ginos: no guess


def test_a_channel_after_said_is_no_content_without_that() -> None:
    for text, source in (
        ("Ivo Kral said in a statement the ferry would stop in May.", "a statement"),
        ("Ivo Kral said at a news conference the ferry would stop in May.", "a news conference"),
        (
            "Ivo Kral said at a briefing with Skerry Radio the ferry would stop in May.",
            "a briefing with Skerry Radio",
        ),
    ):
        (candidate,) = found(text)
        assert (candidate.text, candidate.source) == ("the ferry would stop in May", source)
    # The noun goes on (``a letter packet``): no channel to cut before it.
    assert not any(
        c.text.startswith("packet") for c in found("Ivo Kral wrote in a letter packet to us.")
    )
