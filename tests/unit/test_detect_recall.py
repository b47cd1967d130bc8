"""Reported speech the rules used to drop (``find_reported``, ``attitudes.py``): general causes
of missed attributions, each with the case that showed it. Every sentence here was written for
these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_common_noun_phrase_speaks_through_any_speech_verb_before_that() -> None:
    (candidate,) = found("The old skippers conceded that the crew had been slow.")
    assert (candidate.speaker, candidate.cue) == ("The old skippers", "conceded")
    assert candidate.text == "that the crew had been slow"
    # Without ``that``, a thing may be the subject of a plain verb: nothing is reported.
    assert found("The new bridge added two hours to the trip.") == []


def test_who_after_a_long_apposition_is_the_speaker_as_written() -> None:
    text = (
        "The fire was spotted by Ivo Kral, the captain of the old ferry, who conceded that "
        "the crew had been slow."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("who", "conceded")
    assert candidate.text == "that the crew had been slow"


def test_a_stance_coordinated_with_and_is_the_holders_second_act() -> None:
    text = "Greta Lind denounced the harbour board and rejected claims that the ferry was unsafe."
    first, second = found(text)
    assert (first.cue, first.text) == ("denounced", "the harbour board")
    assert (second.cue, second.speaker) == ("rejected", "Greta Lind")
    assert second.text == "claims that the ferry was unsafe"


def test_a_verb_after_and_inside_a_clause_of_content_stays_in_it() -> None:
    text = "Ivo Kral said the board had voted and discussed the sale of the ferry."
    (candidate,) = found(text)
    assert candidate.cue == "said"
    assert candidate.text == "the board had voted and discussed the sale of the ferry"


def test_more_verbs_of_speaking_report_speech() -> None:
    (candidate,) = found("Ivo Kral fired back that the board had never asked him.")
    assert (candidate.cue, candidate.text) == ("fired back", "that the board had never asked him")
    assert candidate.score >= 0.6  # speech, above the attitude band
    (candidate,) = found("The skippers speculated that the ferry would be sold.")
    assert candidate.cue == "speculated"
    assert found("The guards fired at the fleeing boat.") == []


def test_an_attitude_may_be_held_by_a_common_noun_phrase_or_a_subject_before_an_apposition() -> (
    None
):
    (candidate,) = found("The former harbour master talked about the cost of the new quay.")
    assert (candidate.speaker, candidate.cue) == ("The former harbour master", "talked about")
    (candidate,) = found("Ivo Kral, a skipper from the islands, wants to sell the ferry.")
    assert (candidate.speaker, candidate.text) == ("Ivo Kral", "to sell the ferry")


def test_a_question_put_by_someone_unnamed_inside_the_sentence() -> None:
    (candidate,) = found("The mayor smiled when asked about the cost of the new quay.")
    assert (candidate.cue, candidate.speaker) == ("asked about", None)
    assert candidate.text == "the cost of the new quay"
    text = "“It has been a long year,” Lind said, asked about the fire on the pier."
    (question,) = [c for c in found(text) if c.cue == "asked about"]
    assert question.text == "the fire on the pier"


def test_a_verb_that_carries_out_the_speech_lends_its_subject_to_the_infinitive_cue() -> None:
    text = (
        "Mayor Jo Ames took to the radio to say the bridge would reopen in May. "
        "Pia Ross then proceeded to argue that tolls should fall. "
        "Tom Hale went out of his way to stress that the depot was safe. "
        "Nell Cray used the occasion to warn that fares would rise."
    )
    by_cue = {c.cue: c for c in found(text)}
    assert by_cue["say"].speaker == "Jo Ames"
    assert by_cue["say"].text == "the bridge would reopen in May"
    assert by_cue["argue"].speaker == "Pia Ross"
    assert by_cue["stress"].text == "that the depot was safe"
    assert by_cue["warn"].speaker == "Nell Cray"


def test_an_infinitive_cue_after_a_negated_or_purpose_verb_reports_no_speech() -> None:
    # Nothing was asked, and a meeting held to thank is a purpose, not a speech made.
    text = (
        "Tom Hale has not bothered to ask the skippers for their views. "
        "The council held a dinner to thank the volunteers for their work."
    )
    assert [c.cue for c in found(text)] == []


def test_a_passive_speech_cue_with_its_agent_reports_what_the_agent_said() -> None:
    text = (
        "The toll plan was criticized by Nell Cray as reckless. "
        "Tom Hale has been accused by the skippers of hiding the accounts. "
        "Pia Ross was asked by a journalist whether the depot would close. "
        "The depot, which was praised by the inspectors, will close in May."
    )
    got = [(c.text, c.speaker, c.cue) for c in found(text)]
    assert ("The toll plan", "Nell Cray", "criticized") in got
    assert ("reckless", "Nell Cray", "criticized") in got
    # As in the active (``accused Tom Hale of [hiding ...]``), the one accused or asked is no
    # content.
    assert ("hiding the accounts", "the skippers", "accused") in got
    assert ("whether the depot would close", "a journalist", "asked") in got
    assert not any(text in ("Tom Hale", "Pia Ross") for text, _, _ in got)
    assert ("which", "the inspectors", "praised") in got


def test_a_passive_with_an_agent_that_is_no_speaker_reports_nothing() -> None:
    text = (
        "The bridge was built by a firm from Leeds. "
        "The delay was explained by the storms in March. "
        "The strike was called by the dock union on Friday."
    )
    assert found(text) == []


def test_a_common_noun_subject_may_be_a_noun_in_ly_an_of_phrase_or_an_indefinite_pronoun() -> None:
    text = (
        "The organizer of the harbour rally said the new rules had raised the risk of a crush. "
        "Most of them said they had liked the old ferry. "
        "Some insist that the toll will fall. "
        "The first survey found a narrow lead for Lind, while another says the race is tied."
    )
    got = {c.text: (c.speaker, c.cue) for c in found(text)}
    assert got["the new rules had raised the risk of a crush"] == (
        "The organizer of the harbour rally",
        "said",
    )
    assert got["they had liked the old ferry"] == ("Most of them", "said")
    assert got["that the toll will fall"] == ("Some", "insist")
    assert got["the race is tied"] == ("another", "says")


def test_a_noun_phrase_content_ends_before_a_second_predicate_of_the_speaker() -> None:
    text = (
        "Pia Ross mentioned the mayor by name but did note that the vote was close. "
        "Tom Hale denounced the toll plan and dared him to a vote. "
        "Nell Cray criticized the long queues and crowded halls at the fair. "
        "Ivo Kral praised the skippers and their families."
    )
    got = {c.cue: c.text for c in found(text)}
    assert got["mentioned"] == "the mayor by name"
    assert got["denounced"] == "the toll plan"
    # An adjective in -ed after ``and`` goes on with the noun phrase, and so does a noun.
    assert got["criticized"] == "the long queues and crowded halls at the fair"
    assert got["praised"] == "the skippers and their families"


def test_a_raising_passive_of_hearsay_is_two_fragments_held_by_no_one() -> None:
    subject, rest = found("Ames is said to have opposed the new toll plan.")
    assert (subject.text, rest.text) == ("Ames", "to have opposed the new toll plan")
    assert subject.cue == rest.cue == "is said"
    assert subject.speaker is None and rest.speaker is None
    assert rest.score < 0.6  # the attitude band, below reported speech


def test_a_parenthetical_adverb_may_stand_between_the_subject_and_its_cue() -> None:
    text = (
        "Ferry skippers, for example, argue that the new quay is too shallow. "
        "The harbour board has, however, announced that the quay will be dredged."
    )
    got = {c.cue: c for c in found(text)}
    assert got["argue"].speaker == "Ferry skippers"
    assert got["argue"].text == "that the new quay is too shallow"
    assert got["announced"].text == "that the quay will be dredged"
    assert got["announced"].speaker == "The harbour board"


def test_that_opening_a_relative_clause_lends_its_noun_phrase_to_the_cue() -> None:
    text = (
        "The skippers put up posters that claim the quay is unsafe. "
        "Ivo Kral was so tired that he said nothing more about the ferry."
    )
    got = {c.cue: c for c in found(text)}
    assert got["claim"].speaker == "posters"
    assert got["claim"].text == "the quay is unsafe"
    # ``so tired that he said``: ``that`` opens a clause with a subject of its own.
    assert got["said"].speaker == "Ivo Kral"


def test_the_whole_noun_phrase_opening_the_sentence_is_the_subject_of_a_cue_before_a_clause() -> (
    None
):
    text = (
        "Skippers running for the open seats on the harbour board in June say that the quay "
        "needs dredging. "
        "But 58 percent of island voters overall said they would back the ferry levy."
    )
    first, second = found(text)
    assert first.speaker == "Skippers running for the open seats on the harbour board in June"
    assert (first.cue, first.text) == ("say", "that the quay needs dredging")
    assert second.speaker == "58 percent of island voters overall"
    assert second.text == "they would back the ferry levy"


def test_no_opening_noun_phrase_is_a_subject_of_a_participle_or_a_word_inside_another() -> None:
    # ``announced Monday would``: a participle and a time after a noun, then the clause's own
    # verb; ``second-term``: part of a compound word.
    assert found("Several of the pier projects announced Monday would double the fares.") == []
    assert found("The second-term mayor has won twice.") == []
    (candidate,) = found("Kral announced Monday he would sell the ferry.")
    assert (candidate.speaker, candidate.text) == ("Kral", "he would sell the ferry")
