"""Speakers the rules used to get wrong on quotes they found: each rule of English news prose
with the case that showed it. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_according_to_a_noun_phrase_without_a_determiner_names_the_source() -> None:
    text = "Ivo said hi. The ferry ran late all summer, according to harbour records."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (
        "harbour records",
        "The ferry ran late all summer",
    )
    start = text.index("harbour records")
    assert candidate.speaker_spans == [(start, start + len("harbour records"))]
    (candidate,) = found(
        "Ivo said hi. According to exit polls conducted on Monday, the mayor won the port."
    )
    assert (candidate.speaker, candidate.text) == ("exit polls", "the mayor won the port")
    text = "Fares rose by a third last year, according to figures from the port authority."
    (candidate,) = found(text)
    assert candidate.speaker == "figures"
    # Modifiers in ``-ly`` and words that are titles elsewhere belong to the phrase.
    for source in ("early returns", "state corporate records", "recently leaked board memos"):
        (candidate,) = found(f"Ivo said hi. Lind won the harbour seat, according to {source}.")
        assert candidate.speaker == source
    # A manner, not a source: no speaker.
    (candidate,) = found("The new ferry left the harbour on time, according to plan.")
    assert candidate.speaker is None


def test_a_plural_subject_with_no_determiner_keeps_its_modifiers_when_it_opens_the_clause() -> None:
    (candidate,) = found("The vote was close, and island ferry skippers said the pier must stay.")
    assert candidate.speaker == "island ferry skippers"
    (candidate,) = found("Local skippers insist that the pier must stay open all winter.")
    assert candidate.speaker == "Local skippers"
    assert candidate.speaker_spans == [(0, len("Local skippers"))]
    # After a verb the modifiers belong to an object, and the head speaks alone.
    (candidate,) = found("Ivo Kral says harbour skippers insist that the pier must stay.")
    assert (candidate.speaker, candidate.cue) == ("Ivo Kral", "says")
    # A participle or a preposition opening the sentence is no modifier.
    text = "Like others in the town, skippers insist that the pier must stay open."
    (candidate,) = found(text)
    assert candidate.speaker == "skippers"


def test_a_dateline_opening_a_story_is_no_subject() -> None:
    text = (
        "HARBOURTON — The ferry company issued a statement on Monday, saying the pier would close."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("The ferry company", "saying")
    text = "Harbourton (Wire) – Ada Lind took a swipe at the board, saying its plans do harm."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("Ada Lind", "saying")


def test_a_connective_or_a_preposition_opening_the_sentence_is_no_subject() -> None:
    text = "Likewise, Ada Lind went after the board and called for a vote on the pier."
    got = {c.cue: c for c in found(text)}
    assert got["called for"].speaker == "Ada Lind"
    text = "Like the mayor, Ada Lind opposed the sale, arguing that the pier was too old."
    got = {c.cue: c for c in found(text)}
    assert got["arguing"].speaker == "Ada Lind"


def test_a_region_after_a_place_in_an_apposition_is_no_speaker() -> None:
    (candidate,) = found("Ada Lind, who grew up in Porthaven, Devon, said the ferry must stay.")
    assert candidate.speaker == "Ada Lind"
    (candidate,) = found("Ivo Kral, 22, of Porthaven, Devon, said the ferry was late.")
    assert candidate.speaker == "Ivo Kral"
    text = "Lind, speaking at a rally in Porthaven, New Hants, warned that the ferry would stop."
    (candidate,) = found(text)
    assert candidate.speaker == "Lind"


def test_a_pronoun_with_a_contracted_auxiliary_is_the_subject() -> None:
    text = "Ivo Kral backs the plan, but he’s not predicting that it will pass."
    got = {c.cue: c for c in found(text)}
    start = text.index("he’s")
    assert got["predicting"].speaker_spans == [(start, start + 2)]
    text = "The skippers are angry, and they're claiming that the board lied."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("they", "claiming")


def test_the_sender_of_a_document_holds_the_attitude_a_participle_reports() -> None:
    text = "After the storm, Ivo Kral released a short radio ad calling the pier a danger."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("Ivo Kral", "calling")
    (candidate,) = found("The skippers issued a statement urging the board to resign.")
    assert (candidate.speaker, candidate.cue) == ("The skippers", "urging")
    text = "Ada Lind shot off a response saying she would not resign."
    got = {c.cue: c for c in found(text)}
    assert got["saying"].speaker == "Ada Lind"


def test_read_after_a_quote_closing_on_a_comma_names_the_document_as_the_speaker() -> None:
    text = "The union sent an email on Monday. “We won the port,” read the email."
    got = {c.text: c for c in found(text)}
    assert got["“We won the port,”"].speaker == "the email"
    assert got["“We won the port,”"].cue == "read"


def test_a_participle_hangs_on_the_latest_main_clause_with_a_pronoun_subject() -> None:
    text = "Ivo Kral was jeered at the quay, but he stayed on, saying the ferry must run."
    (candidate,) = found(text)
    start = text.index(" he ") + 1
    assert candidate.speaker_spans == [(start, start + 2)]
    text = (
        "Ada Lind made the pier her priority, but the plan stalled, and she has fought the "
        "board since, at one point calling the harbour master a fool."
    )
    got = {c.cue: c for c in found(text)}
    start = text.index(" she ") + 1
    assert got["calling"].speaker_spans == [(start, start + 3)]


def test_a_prepositional_phrase_between_the_subject_and_its_cue_holds_no_speaker() -> None:
    (candidate,) = found("The mayor earlier in the day touted the progress made on the pier.")
    assert (candidate.speaker, candidate.cue) == ("The mayor", "touted")
    text = "Skippers in general prefer not to moor their boats at the new quay."
    (candidate,) = found(text)
    assert candidate.speaker == "Skippers"
    # With only a relative pronoun before the phrase, the pronoun is the mention (the
    # speaker suggested is the name it stands for).
    text = "Ada Lind, who through a lawyer declined to talk, sails on Sunday."
    (candidate,) = found(text)
    ((start, end),) = candidate.speaker_spans
    assert (text[start:end], candidate.cue) == ("who", "declined")
    assert candidate.speaker == "Ada Lind"
    text = "The old crewmates have at times said the quay floods every spring."
    (candidate,) = found(text)
    assert candidate.speaker == "The old crewmates"
    # An auxiliary before the phrase is no head of a phrase it could postmodify.
    text = "The old crewmates have in the past said the quay floods every spring."
    (candidate,) = found(text)
    assert candidate.speaker == "The old crewmates"
    text = "The vote was close when Ivo Kral in his first speech called the skippers thieves."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("Ivo Kral", "called")
    # ``after`` and ``since`` open a clause: what follows them is its subject.
    text = "Three days after Ivo Kral told the board that the pier was unsafe, it closed."
    got = {c.cue: c for c in found(text)}
    assert got["told"].speaker == "Ivo Kral"


def test_their_before_a_noun_cue_stands_for_the_plural_subject_of_its_clause() -> None:
    (candidate,) = found("The skippers have voiced their support for the new pier.")
    assert (candidate.speaker, candidate.cue) == ("The skippers", "support for")
    start = "The skippers have voiced ".__len__()
    assert candidate.speaker_spans == [(start, start + len("their"))]
    (candidate,) = found("Kral and Lind have voiced their support for the new pier.")
    assert candidate.speaker == "Kral and Lind"
    # A country named in the plural is one body: ``their`` stays as written.
    (candidate,) = found("The United States has voiced their support for the new pier.")
    assert candidate.speaker == "their"


def test_a_cue_coordinated_inside_a_relative_clause_is_the_relative_pronoun_s() -> None:
    text = (
        "Ivo Kral knocked on the door of Ada Lind, who answered it at noon and said she "
        "would vote for the mayor."
    )
    got = {c.cue: c for c in found(text)}
    start = text.index("who")
    assert got["said"].speaker == "Ada Lind"
    assert got["said"].speaker_spans == [(start, start + 3)]


def test_a_cue_of_naming_after_an_apposition_takes_the_subject_before_it() -> None:
    (candidate,) = found("Ada Lind, a skipper since 1990, calls the quay a disgrace.")
    assert (candidate.speaker, candidate.cue) == ("Ada Lind", "calls")
    (candidate,) = found("Her chief aide, Tom Kral, calls the plan a blueprint for the port.")
    assert candidate.speaker == "Tom Kral"
