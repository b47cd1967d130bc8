"""Subjects of speech cues the rules read wrong (eighteenth round, ``reported_at``): each rule
of English grammar with the case that showed it. Every sentence here was written for these
tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def by_cue(text: str, cue: str) -> Candidate:
    """The one candidate of ``text`` (scored at least 0.5) whose cue is ``cue``."""
    (candidate,) = [c for c in found(text) if c.cue == cue]
    return candidate


def test_a_participle_hangs_on_the_clause_nearest_before_its_comma() -> None:
    # A main clause joined by ``, but`` has its own subject, who speaks through the participle.
    text = (
        "Kral quickly turned to the fees, but Lind brought him back to the quay, "
        "asking Kral to explain the rise."
    )
    candidate = by_cue(text, "asking")
    assert candidate.speaker == "Lind"
    start = text.index("Lind")
    assert candidate.speaker_spans == [(start, start + 4)]
    # After an opening subordinate clause, the main clause's subject: not the asker inside it.
    text = "When Lind asked the board to delay the vote, it declined, citing the cost."
    assert by_cue(text, "citing").speaker_spans == [(text.index("it "), text.index("it ") + 2)]
    text = (
        "When Moss pointed out that the pier was old, Lind seized on the remark, "
        "repeating that the board had failed."
    )
    assert by_cue(text, "repeating").speaker == "Lind"
    # The earlier speaker goes on speaking when the joined clause carries on what was said.
    text = "Kral said the fares would rise, and the ferries would stop, adding that it was late."
    assert by_cue(text, "adding").speaker == "Kral"
    # With no clause of its own before the comma, the sentence's subject.
    text = "The guild sued the port in May, saying the rules break the charter."
    assert by_cue(text, "saying").speaker == "The guild"


def test_a_verb_of_naming_after_and_shares_the_subject_of_the_verb_before() -> None:
    text = "Kral said the port was too small and called for a second quay."
    assert by_cue(text, "called for").speaker == "Kral"
    text = "He says he respects Lind and calls her a wonderful mayor."
    candidate = by_cue(text, "calls")
    assert candidate.speaker_spans == [(0, 2)]
    assert candidate.text == "her a wonderful mayor"


def test_a_speech_given_over_to_a_cue_carries_it_for_its_subject() -> None:
    # ``used her speech to``: the speech was spent on the call, made by the verb's subject.
    text = "Lind used her speech to call for an inquiry into the ferry fares."
    candidate = by_cue(text, "call for")
    assert (candidate.speaker, candidate.text) == ("Lind", "an inquiry into the ferry fares")
    text = (
        "Ivo Kral, the skipper who once ran the guild, used much of his keynote to call "
        "the mayor a coward."
    )
    assert by_cue(text, "call").speaker == "Ivo Kral"
    text = "Kral used his interview to argue that the fees were too high."
    candidate = by_cue(text, "argue")
    assert (candidate.speaker, candidate.text) == ("Kral", "that the fees were too high")
    # A purpose the subject may not have met is no carrier.
    assert [c for c in found("Kral used the money to buy a boat.") if c.cue == "buy"] == []
    # After ``to`` and a verb that carries it on, a noun-like cue is the verb.
    assert by_cue("Kral went on to call for a recount.", "call for").speaker == "Kral"


def test_an_adverb_in_ly_may_stand_between_and_and_a_coordinated_stance() -> None:
    text = "Lind appeared with the host and officially endorsed Kral."
    candidate = by_cue(text, "endorsed")
    assert (candidate.speaker, candidate.text) == ("Lind", "Kral")
    text = "Moss, who backed the ferry plan and strongly opposed the new toll, stayed home."
    candidate = by_cue(text, "opposed")
    assert (candidate.speaker, candidate.text) == ("Moss", "the new toll")


def test_a_quantifier_or_those_before_who_is_the_head_of_the_subject() -> None:
    # Not the object of the relative clause's verb (``the bay``, ``lower fares``).
    text = "But some who advocate lower fares argue that the toll hurts the poor."
    candidate = by_cue(text, "argue")
    assert candidate.speaker_spans == [(4, 8)]
    assert candidate.text == "that the toll hurts the poor"
    text = "And those who fish the bay say the toll hurts the poor."
    assert by_cue(text, "say").speaker_spans == [(4, 9)]
    # A noun before ``who`` keeps its phrase.
    text = "The skippers who fish the bay said the toll hurts the poor."
    assert by_cue(text, "said").speaker == "The skippers"
    # A cue coordinated with the verb before the relative is that verb's subject's.
    text = "Kral thanked those who quit but said, “We need new crews.”"
    assert by_cue(text, "said").speaker == "Kral"


def test_a_cue_after_and_takes_the_subject_of_its_own_clause() -> None:
    # After a subordinating word: the subject of the clause it opens, not the sentence's.
    text = (
        "The Velmora fans roared when Kral noticed a banner near the stage and asked "
        "that it be handed up to him."
    )
    assert by_cue(text, "asked").speaker == "Kral"
    # After an opening subordinate clause or place and its comma.
    text = (
        "Just before the Tarrow ferry left, the captain needed to balance the load and "
        "asked three passengers to change seats."
    )
    assert by_cue(text, "asked").speaker == "the captain"
    text = (
        "At a rally in Eldon, Ohio, 62-year-old Ada Moss also railed against the toll, "
        "and explained why the fees angered her."
    )
    assert by_cue(text, "explained").speaker == "Ada Moss"
    # A verb of speech comes first: its subject, never a verb inside what was said.
    text = "Kral said the port was too old, and warned that the fees would rise."
    assert by_cue(text, "warned").speaker == "Kral"
    text = "Moss forecast that the town would soon recover and praised the crews."
    assert by_cue(text, "praised").speaker == "Moss"
    # A subordinate clause closed before ``, and``: the main clause's subject goes on.
    text = (
        "He defended the plan when the board came under attack, and has also not said "
        "what he would do with the old quay."
    )
    assert by_cue(text, "said").speaker_spans == [(0, 2)]


def test_a_time_between_the_subject_and_its_cue_is_passed_over() -> None:
    text = "Ada Moss, the guild chair, this past week declared that the vote would be in May."
    assert by_cue(text, "declared").speaker == "Ada Moss"
    text = "Guild spokesman Ivo Kral on Sunday afternoon argued that the guild was sound."
    assert by_cue(text, "argued").speaker_spans == [(0, 24)]
    text = "Kral two days later said the vote was rigged."
    assert by_cue(text, "said").speaker == "Kral"
    text = "The report a month later said that the vote was rigged."
    assert by_cue(text, "said").speaker == "The report"
    # A day after a name that is the object of a preposition dates that phrase: no subject.
    text = "The gist of Kral's toast to the Harbour Assembly on Saturday evening rang hollow."
    assert all(c.speaker != "Harbour Assembly" for c in detect_quotes(text))


def test_a_past_participle_or_when_clause_set_off_after_the_subject_names_no_speaker() -> None:
    # The name inside the clause is its agent or its addressee, not the subject.
    text = (
        "The poll, commissioned by the skippers' group Harbour Voice, also found that "
        "support for the toll rose."
    )
    assert by_cue(text, "found").speaker == "The poll"
    text = "The guild's office, when reached by the Courier, said the chair could not recall it."
    assert by_cue(text, "said").speaker == "The guild's office"
    text = "The aides, led by the campaign chief Ivo Kral, told the board that the vote was lost."
    assert by_cue(text, "told").speaker == "The aides"
    # A name in apposition still speaks.
    text = "The harbour master, Ada Moss, said the quay would close."
    assert by_cue(text, "said").speaker == "Ada Moss"


def test_a_clause_on_the_subject_may_hold_commas_of_its_own() -> None:
    text = (
        "Ada Moss, who lost her son during the storm in Tarrow, Velmora, in July 2012, "
        "said that the port had treated her family badly."
    )
    candidate = by_cue(text, "said")
    assert candidate.speaker_spans == [(0, 8)]
    text = "Ivo Kral, facing a tough race in Velmora, a swing town, said he would welcome Lind."
    assert by_cue(text, "said").speaker == "Ivo Kral"
    # The pronoun after it is resolved to the subject, not to a name inside the clause.
    text = (
        "Ivo Moss, who lives outside the county seat, Tarrow, said the vote was fair. "
        "He grows angry every time the board writes to him, he says."
    )
    assert {c.speaker for c in found(text)} == {"Ivo Moss"}


def test_an_irregular_past_participle_opens_a_clause_on_the_subject_too() -> None:
    text = "The letter, sent to Ada Moss on Monday, said the fees were unfair."
    assert by_cue(text, "said").speaker == "The letter"


def test_a_phrase_of_time_or_place_after_but_leaves_the_clause_subject_before_it() -> None:
    text = (
        "The clerk first said he knew nothing of the missing files, but in a second hearing "
        "said he had wiped the archive."
    )
    (first, second) = [c for c in found(text) if c.cue == "said"]
    assert first.speaker == second.speaker == "The clerk"
    # Coordinated phrases of a subject are no clause: the subject keeps its place.
    text = "Officials in the port and at the harbour board have said the quay is unsafe."
    assert by_cue(text, "said").speaker is not None


def test_a_share_of_a_group_before_of_belongs_to_the_subject() -> None:
    text = "A third of skippers, 33%, said the fees were high."
    candidate = by_cue(text, "said")
    assert (candidate.speaker, candidate.text) == ("A third of skippers", "the fees were high")
    text = "In Tarrow, about half of the guild's voters say they want a new chair."
    assert by_cue(text, "say").speaker == "half of the guild's voters"
    # ``some of the`` before a noun-like cue is no subject without its noun.
    text = "After sharing some of the tweets her aide drafted, Lind met the crews."
    assert all(c.speaker != "some of the" for c in detect_quotes(text))


def test_a_participle_after_be_and_a_thing_is_passive_with_no_speaker_of_its_own() -> None:
    # ``was late and widely criticised``: the report was criticised, it said nothing; the
    # attribution after the comma is no quote of its own.
    for text in (
        "The report was late and widely criticised, the inspector said.",
        "The memo was short and poorly written, Lind said.",
    ):
        assert [c.speaker for c in found(text)] == [text.split(", ")[1].removesuffix(" said.")]


def test_a_cue_after_be_and_a_person_still_shares_the_persons_subject() -> None:
    text = "The mayor was furious and criticised the board for the delay."
    assert [c.speaker for c in found(text) if c.cue == "criticised"] == ["The mayor"]
