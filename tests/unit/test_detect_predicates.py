"""Attribution predicates of the wider classes (``annotator/detect/predicates.py``): cognition,
evidence, stances, topics, commitments, states of belief, and the nouns that name them. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.detect.attitudes import SPEECH_SCORE
from annotator.detect.predicates import PREDICATE_SCORES, SPEECH_CLASSES
from annotator.records import Candidate, QuoteType


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The skippers learned that the ferry would be sold in spring.",
            "that the ferry would be sold in spring",
            "learned",
            "The skippers",
        ),
        (
            "Greta Lind made it clear that the night ferry stays.",
            "that the night ferry stays",
            "made it clear",
            "Greta Lind",
        ),
        (
            "The harbour master is confident that the quay will reopen by May.",
            "that the quay will reopen by May",
            "confident",
            "The harbour master",
        ),
        (
            "The logbooks prove that the crane was idle for weeks.",
            "that the crane was idle for weeks",
            "prove",
            "The logbooks",
        ),
        (
            "Ivo Kral embraced the plan to dredge the north channel.",
            "the plan to dredge the north channel",
            "embraced",
            "Ivo Kral",
        ),
        (
            "Greta Lind touched on the price of the new tickets.",
            "the price of the new tickets",
            "touched on",
            "Greta Lind",
        ),
        (
            "Ada Moss volunteered to keep the boats running all winter.",
            "to keep the boats running all winter",
            "volunteered",
            "Ada Moss",
        ),
        (
            "There is a widespread belief that the port can pay for itself.",
            "that the port can pay for itself",
            "belief",
            None,
        ),
        (
            "Her criticism of the harbour board grew louder over the summer.",
            "the harbour board",
            "criticism of",
            "Her",  # no one named before: the possessive as written
        ),
    ],
)
def test_a_predicate_of_a_wider_class_is_a_candidate_in_its_frame(
    text: str, content: str, cue: str, speaker: str | None
) -> None:
    (candidate,) = found(text)
    assert candidate.text == content
    assert candidate.cue == cue
    assert candidate.type is QuoteType.INDIRECT
    assert candidate.speaker == speaker
    assert 0.5 <= candidate.score < SPEECH_SCORE


def test_every_class_scores_in_the_attitude_band_below_speech() -> None:
    assert all(
        0.5 <= score < SPEECH_SCORE
        for kind, score in PREDICATE_SCORES.items()
        if kind not in SPEECH_CLASSES
    )
    # A class of speech (``urged the board to resign``) scores as speech does.
    assert all(PREDICATE_SCORES[kind] == SPEECH_SCORE for kind in SPEECH_CLASSES)


@pytest.mark.parametrize(
    "text",
    [
        # Nouns, passives and attributes: the same words with no attribution.
        "The support of the harbour board came too late for the ferry.",
        "The permit was denied after a long hearing at the town hall.",
        "A confident skipper steered the old ferry into the harbour.",
        "The report that was released on Monday runs to forty pages.",
        # Plain senses left out of the classes.
        "The ferry company raised two million crowns for a new boat.",
        "Greta Lind addressed a crowd of skippers on the quay.",
        "The crew made an effort to finish the repairs before the storm.",
        # The author and the reader are not reported.
        "We learned that the ferry would be late again.",
    ],
)
def test_a_cue_word_in_another_sense_is_no_candidate(text: str) -> None:
    assert found(text) == []


def test_a_predicate_inside_reported_speech_is_left_to_the_outer_quote() -> None:
    text = "Ivo Kral said the skippers learned that the ferry would be sold."
    (candidate,) = found(text)
    assert candidate.cue == "said"


def test_a_quoted_fragment_makes_the_candidate_mixed() -> None:
    text = "Greta Lind embraced what she called “a fair deal for the islands” at the meeting."
    candidates = [c for c in found(text) if c.cue == "embraced"]
    assert [c.type for c in candidates] == [QuoteType.MIXED]


def test_a_stance_whose_content_a_participle_of_speech_reports_is_one_attribution() -> None:
    text = "Greta Lind embraced the council, saying that it had listened to the skippers."
    (candidate,) = found(text)
    assert candidate.cue == "saying"
    assert candidate.text == "that it had listened to the skippers"


@pytest.mark.parametrize(
    "text",
    [
        "Greta Lind's plans for the north quay drew little support.",
        "The council's vision of a car-free harbour faded quickly.",
        "Ivo Kral highlighted the new ferry timetable on the quay.",
    ],
)
def test_nouns_naming_what_is_held_and_cues_decided_for_speech_are_left_out(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Most oppose selling the old ferry.", "Most", "selling the old ferry"),
        (
            "Greta Lind has been embracing her new role at the port.",
            "Greta Lind",
            "her new role at the port",
        ),
        (
            "Ivo Kral, a skipper from the islands, advocates a tax on cruise ships.",
            "Ivo Kral",
            "a tax on cruise ships",
        ),
    ],
)
def test_the_holder_may_be_a_quantifier_a_progressive_subject_or_stand_before_an_apposition(
    text: str, speaker: str, content: str
) -> None:
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The ledgers show the crane was idle for weeks.",
            "the crane was idle for weeks",
            "show",
        ),
        (
            "The skippers realized the ferry had left without them.",
            "the ferry had left without them",
            "realized",
        ),
        (
            "The harbour records revealed a deep hole in the accounts.",
            "a deep hole in the accounts",
            "revealed",
        ),
    ],
)
def test_evidence_and_cognition_take_a_clause_without_that_and_evidence_an_object(
    text: str, content: str, cue: str
) -> None:
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue) == (content, cue)


def test_an_inference_is_no_evidence_attribution() -> None:
    assert found("The ferry was late, which means the skippers lost a day.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The skippers learned how the deal was made.", "how the deal was made", "learned"),
        ("The ledgers show why the crane stood idle.", "why the crane stood idle", "show"),
        ("The harbour board forgot to invite the skippers.", "to invite the skippers", "forgot"),
    ],
)
def test_cognition_and_evidence_take_a_question_clause_and_cognition_an_infinitive(
    text: str, content: str, cue: str
) -> None:
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue) == (content, cue)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The old pier, known as the Long Arm, will be torn down.",
            "the Long Arm",
            "known as",
            None,
        ),
        (
            "Ada Moss dubbed the new ferry the Brick.",
            "the new ferry the Brick",
            "dubbed",
            "Ada Moss",
        ),
    ],
)
def test_a_name_given_is_attributed_to_whoever_gave_it(
    text: str, content: str, cue: str, speaker: str | None
) -> None:
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue, candidate.speaker) == (content, cue, speaker)


def test_calling_something_a_name_attributes_the_name() -> None:
    text = "The skippers keep calling the new ferry a floating brick."
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue) == ("the new ferry a floating brick", "calling")


def test_an_adjective_of_will_attributes_its_infinitive() -> None:
    (candidate,) = found("Ivo Kral is reluctant to sell the old ferry.")
    assert (candidate.text, candidate.cue, candidate.speaker) == (
        "to sell the old ferry",
        "reluctant",
        "Ivo Kral",
    )
    assert found("A reluctant skipper sailed the old ferry home.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The harbour board published a list of the boats it will sell.",
            "a list of the boats it will sell",
            "published",
        ),
        (
            "The council named Ada Moss as its new harbour master.",
            "Ada Moss as its new harbour master",
            "named",
        ),
    ],
)
def test_publishing_and_designating_attribute_their_object(
    text: str, content: str, cue: str
) -> None:
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue) == (content, cue)


def test_trying_and_releasing_are_no_attributions() -> None:
    assert found("The skippers tried to start the old engine twice.") == []
    assert found("The harbour board released the impounded boats on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Her five proposed bills were rejected by the harbour board.",  # a participle modifier
        "A new ferry plan announced on Friday will close the north quay.",  # a time, no object
        "The ferry was late again, and the so called express was slowest of all.",  # a term
    ],
)
def test_a_participle_modifying_a_noun_or_followed_by_a_time_attributes_nothing(
    text: str,
) -> None:
    assert found(text) == []


def test_a_verb_form_that_is_also_a_plural_noun_needs_a_name_or_pronoun_before_it() -> None:
    (candidate,) = found("Ferry advocates say the timetable is too thin.")
    assert candidate.cue == "say"
    (candidate,) = found("Greta Lind advocates a tax on cruise ships.")
    assert (candidate.cue, candidate.text) == ("advocates", "a tax on cruise ships")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Ivo Kral downplayed the damage to the north quay.",
            "the damage to the north quay",
            "downplayed",
        ),
        (
            "The skippers showed little enthusiasm for the new timetable.",
            "the new timetable",
            "enthusiasm for",
        ),
        (
            "Greta Lind brushed off questions about the ferry.",
            "questions about the ferry",
            "brushed off",
        ),
        ("Ivo Kral took a swipe at the harbour board.", "the harbour board", "swipe at"),
        (
            "Lind has shown little interest in selling the ferry.",
            "selling the ferry",
            "interest in",
        ),
        (
            "The skippers hold a low opinion of the new timetable.",
            "the new timetable",
            "opinion of",
        ),
        ("Kral took credit for the new night ferry.", "the new night ferry", "credit for"),
        ("Lind came out against the toll.", "the toll", "came out against"),
        (
            "Kral distanced himself from any deal with Lind.",
            "any deal with Lind",
            "distanced himself from",
        ),
        ("The two skippers sparred over the fares.", "the fares", "sparred over"),
        ("Kral apologized for his remarks.", "his remarks", "apologized for"),
    ],
)
def test_more_stances_topics_and_nouns_of_attitude(text: str, content: str, cue: str) -> None:
    (candidate,) = [c for c in found(text) if c.cue == cue]
    assert candidate.text == content


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Greta Lind has long been critical of the harbour board.",
            "the harbour board",
            "critical of",
            "Greta Lind",
        ),
        (
            "The skippers were not impressed by the new timetable.",
            "the new timetable",
            "impressed by",
            "The skippers",
        ),
        ("Kral is wary of selling the ferry.", "selling the ferry", "wary of", "Kral"),
    ],
)
def test_an_adjective_of_attitude_attributes_the_object_of_its_preposition(
    text: str, content: str, cue: str, speaker: str
) -> None:
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue, candidate.speaker) == (content, cue, speaker)
    assert candidate.score == PREDICATE_SCORES["attitude"] < SPEECH_SCORE


def test_an_adjective_of_attitude_that_is_no_predicate_attributes_nothing() -> None:
    # An attribute of a noun, or a preposition of another sense (``proud of`` names no cause
    # here: ``a critical`` is no predicate of belief).
    assert found("A critical of report was filed.") == []
    assert found("The crew found a critical fault in the engine of the ferry.") == []


def test_a_spaced_hyphen_or_double_hyphen_ends_an_attitudes_content_as_a_dash_does() -> None:
    text = "Lind has embraced the new timetable -- a change the skippers had long wanted."
    (candidate,) = found(text)
    assert candidate.text == "the new timetable"
    text = "Lind has embraced the new timetable - a change the skippers had long wanted."
    (candidate,) = found(text)
    assert candidate.text == "the new timetable"


def test_a_noun_whose_object_is_the_holder_is_no_cue() -> None:
    assert found("The plan won the backing of the harbour board last year.") == []


def test_a_noun_cue_may_open_its_sentence() -> None:
    (candidate,) = found("The ferry was late. Criticism of the harbour board grew louder.")
    assert (candidate.cue, candidate.text) == ("Criticism of", "the harbour board")


def test_a_source_opening_the_sentence_holds_its_main_clause() -> None:
    text = "The vote is close. In the latest harbour poll, most skippers back the sale."
    (candidate,) = found(text)
    assert (candidate.cue, candidate.speaker) == ("In", "the latest harbour poll")
    assert candidate.text == "most skippers back the sale"
    # A speech cue of its own makes the opening phrase a source, not the holder.
    text = "The vote is close. In an interview on Monday, Ivo Kral said the sale was off."
    (candidate,) = found(text)
    assert candidate.cue == "said"
    assert found("The ferry is old. In 2016, the harbour board sold it to Oslo.") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The skippers made it clear that none of them trusted the board.",
            "that none of them trusted the board",
            "made it clear",
        ),
        (
            "Greta Lind made the case that the ferry pays for itself.",
            "that the ferry pays for itself",
            "made the case",
        ),
        (
            "Ivo Kral made no secret of his distaste for the new quay.",
            "his distaste for the new quay",
            "made no secret of",
        ),
    ],
)
def test_phrases_with_make_attribute_like_their_verbs(text: str, content: str, cue: str) -> None:
    (candidate,) = found(text)
    assert (candidate.text, candidate.cue) == (content, cue)


def test_a_noun_cues_object_ends_before_its_clauses_verb_and_is_no_time() -> None:
    (candidate,) = found("Her statement on the ferry surprised the skippers.")
    assert (candidate.cue, candidate.text) == ("statement on", "the ferry")
    assert found("Her statement on Tuesday surprised the skippers.") == []


def test_a_possessive_before_a_noun_cue_is_its_holder() -> None:
    (candidate,) = found("Greta Lind spoke first. Her criticism of the harbour board was sharp.")
    assert (candidate.cue, candidate.speaker) == ("criticism of", "Greta Lind")
    assert candidate.speaker_spans == [(24, 27)]


def test_describing_and_recalling_take_their_topic_in_the_attitude_band() -> None:
    (candidate,) = found("Ada Moss described the night the old pier burned down.")
    assert (candidate.cue, candidate.text) == ("described", "the night the old pier burned down")
    assert candidate.score < SPEECH_SCORE
    # Cues decided for speech with ``that`` only stay so: ``highlighted`` takes no object.
    assert found("Ivo Kral highlighted the new ferry timetable on the quay.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board met on Monday. Ines Lund called it off.",
        "Ines Lund called off the vote on the north quay.",
        "Ines Lund called up the reserve crew for the winter.",
        "The skippers called it quits after the third storm.",
    ],
)
def test_call_as_a_verb_of_acting_reports_and_names_nothing(text: str) -> None:
    assert [c for c in found(text) if c.cue.startswith("call")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kral kept up his criticism of the presumed winner of the vote.",
            "the presumed winner of the vote",
        ),
        (
            "The skippers faced a critique of their alleged ties to the ferry firm.",
            "their alleged ties to the ferry firm",
        ),
    ],
)
def test_a_participle_after_a_determiner_does_not_end_a_nouns_object(
    text: str, content: str
) -> None:
    """``criticism of the presumed winner``: after ``the`` or ``their``, a word in ``-ed`` is
    an adjective, not the verb that ends the noun phrase."""
    (candidate,) = found(text)
    assert candidate.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The harbour vote made it clear that while Lind may not have the board, she has the crews.",
        "The mayor played down that, come May, the ferry would stop.",
    ],
)
def test_a_content_cut_down_to_a_bare_that_is_none(text: str) -> None:
    """A clause break right after ``that`` leaves no content: nothing is proposed from it."""
    assert all(c.text != "that" for c in detect_quotes(text))


def test_call_for_stays_an_attribution() -> None:
    (candidate,) = found("Ines Lund called for a vote on the north quay.")
    assert (candidate.cue, candidate.text) == ("called for", "a vote on the north quay")


def test_call_with_a_quoted_name_still_names_even_when_the_name_opens_with_a_particle() -> None:
    (candidate,) = found("Ines Lund called the timetable “out of touch” with the islands.")
    assert candidate.cue == "called"
    assert candidate.text.startswith("the timetable")


@pytest.mark.parametrize(
    "text",
    [
        "The agreement that the two sides signed in May expires next year.",
        "The statement that followed was brief.",
        "The complaint that the neighbours filed was dismissed.",
        "The argument that broke out in the bar ended in a fight.",
        "The charges that the police brought were dropped.",
        "Nobody read the report that Ada Moss wrote.",
    ],
)
def test_a_relative_that_after_a_noun_is_no_content_of_it(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The claim that the port was closed spread fast.",
            "that the port was closed",
        ),
        (
            "There was an allegation that the council signed the lease in secret.",
            "that the council signed the lease in secret",
        ),
    ],
)
def test_a_complement_that_after_a_noun_stays_content_and_ends_before_the_main_verb(
    text: str, content: str
) -> None:
    assert [text[c.start : c.end] for c in found(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("In the latest ferry poll, the night crossing leads by six points.", "In", None),
        ("Criticism of the harbour board grew louder.", "Criticism of", "the harbour board"),
        ("Ferry news\nCriticism of the harbour board grew louder.", "Criticism of", None),
    ],
)
def test_a_cue_may_be_the_first_word_of_the_text_or_of_a_line(
    text: str, cue: str, content: str | None
) -> None:
    (candidate,) = found(text)
    assert candidate.cue == cue
    if content is not None:
        assert candidate.text == content


@pytest.mark.parametrize(
    "text",
    [
        "It rained. In the novel's second chapter, the hero dies.",
        "In the column on the left, enter your name.",
        "In the tally of medals, Norway is first.",
        "In the table on page 4, readers will find the figures.",
    ],
)
def test_an_opening_phrase_whose_head_is_no_source_holds_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("In a letter to parents, the school announced new term dates.", "announced"),
        ("In the post, Ivo Kral wanted to sell the ferry.", "wanted"),
    ],
)
def test_an_opening_source_gives_way_to_any_cue_of_its_sentence(text: str, cue: str) -> None:
    assert [c.cue for c in found(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It rained. Criticism of the ferry plan grew.", "the ferry plan"),
        ("Support for the ferry plan fell to 30 percent.", "the ferry plan"),
        ("Opposition to the toll spread quickly across the islands.", "the toll"),
        ("The defence of the toll begins on Saturday.", "the toll"),
        ("Support for the new bridge rose sharply.", "the new bridge"),
    ],
)
def test_a_noun_cues_object_ends_before_any_finite_verb_of_its_clause(
    text: str, content: str
) -> None:
    assert [c.text for c in found(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor called for calm after the verdict.", "called for", "calm after the verdict"),
        ("Ivo Kral called on the board to resign.", "called on", "the board to resign"),
    ],
)
def test_call_with_a_preposition_is_a_stance_with_the_prepositions_object(
    text: str, cue: str, content: str
) -> None:
    assert [(c.cue, c.text) for c in found(text)] == [(cue, content)]


def test_a_noun_cue_ending_the_text_gives_nothing_and_no_naming() -> None:
    assert found("Their calls for") == []


def test_a_participle_naming_the_noun_before_it_has_no_holder_and_ends_before_the_verb() -> None:
    (candidate,) = found("A new bakery called Crumb Cove opened on the quay.")
    assert (candidate.cue, candidate.speaker, candidate.text) == ("called", None, "Crumb Cove")


@pytest.mark.parametrize(
    "text",
    [
        "She is known as a tough negotiator.",
        "The striker, known as a quick finisher, scored twice.",
    ],
)
def test_known_as_a_description_is_no_name(text: str) -> None:
    assert found(text) == []


def test_known_as_a_name_stays_a_naming() -> None:
    (candidate,) = found("The old ferry, known as the Grey Lady, sails at dawn.")
    assert (candidate.cue, candidate.text) == ("known as", "the Grey Lady")


@pytest.mark.parametrize(
    "text",
    [
        "The club signed the Brazilian defender on a three-year deal.",
        "Lind signed a two-year contract with Ajax.",
        "She shared a flat with two students.",
        "The restaurant listed its prices in euros.",
        "The prime minister named three new ministers.",
        "Toyota recalled 50,000 vehicles over a faulty brake sensor.",
        "The carmaker unveiled its new electric model in Geneva.",
        "The hotel welcomed 2,000 guests last month.",
        "The judge dismissed the case.",
        "Farmers resisted the heat by irrigating at night.",
        "The crowd outside the station hailed a taxi.",
    ],
)
def test_a_verb_with_a_plain_sense_and_a_plain_object_attributes_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("The judge dismissed the case.", "the case"),
        ("Kral shared a cabin with two deckhands.", "a cabin with two deckhands"),
    ],
)
def test_a_noun_phrase_that_may_be_a_plain_object_is_shown_faint(text: str, unsure: str) -> None:
    (candidate,) = detect_quotes(text)
    assert candidate.text == unsure
    assert 0 < candidate.score < 0.5


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The skippers signed a letter to the harbour board.",
            "signed",
            "a letter to the harbour board",
        ),
        ("Lind shared her doubts about the new quay.", "shared", "her doubts about the new quay"),
        (
            "Kral named the gale as the culprit for the late ferry.",
            "named",
            "the gale as the culprit for the late ferry",
        ),
        (
            "The minister unveiled a plan to dredge the channel.",
            "unveiled",
            "a plan to dredge the channel",
        ),
        (
            "The union welcomed the decision to keep the night ferry.",
            "welcomed",
            "the decision to keep the night ferry",
        ),
        (
            "Moss dismissed the report as harbour gossip.",
            "dismissed",
            "the report as harbour gossip",
        ),
        ("The council resisted calls to close the quay.", "resisted", "calls to close the quay"),
        ("The skippers hailed the nomination of Lind.", "hailed", "the nomination of Lind"),
        ("The mayor signed three bills on ferry fares.", "signed", "three bills on ferry fares"),
        ("Lind recalled the storm of 1987.", "recalled", "the storm of 1987"),
    ],
)
def test_a_verb_with_a_plain_sense_attributes_an_object_that_is_content(
    text: str, cue: str, content: str
) -> None:
    assert [(c.cue, c.text) for c in found(text)] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers showed real grit in the fourth quarter and won 102-99.",
        "Ronaldo showed his class with a stunning free kick.",
        "The rookie proved a useful signing.",
        "Storm shows no sign of easing.",
    ],
)
def test_showing_a_quality_is_no_evidence(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Harbour records from the last two winters show the crane was idle.",
            "the crane was idle",
        ),
        ("The new survey showed a narrow lead for the ferry.", "a narrow lead for the ferry"),
        ("The skipper showed that the nets had been cut.", "that the nets had been cut"),
    ],
)
def test_a_source_of_evidence_or_a_that_clause_still_attributes(text: str, content: str) -> None:
    assert [c.text for c in found(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The new study demonstrated a steady fall in catches and shook the council.",
            "a steady fall in catches",
        ),
        ("Kral embraced the plan and went home early.", "the plan"),
    ],
)
def test_a_coordinated_irregular_past_ends_the_object(text: str, content: str) -> None:
    assert [c.text for c in found(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The paint is slow to dry in winter.",
        "The bread is ready to eat.",
        "He was careful to lock the door.",
        "The kids are quick to learn.",
        "The dam threatens to burst after days of rain.",
        "The bill aims to curb speeding.",
    ],
)
def test_a_will_or_a_commitment_needs_a_holder_who_could_say_it(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The skippers were slow to condemn the new fares.", "slow", "The skippers"),
        ("The council threatened to close the quay.", "threatened", "The council"),
        ("Lind is reluctant to sell the boat.", "reluctant", "Lind"),
        ("The union is ready to strike.", "ready", "The union"),
        ("Most of the organisers vowed to keep the fair open.", "vowed", "Most of the organisers"),
    ],
)
def test_a_will_or_a_commitment_of_a_person_or_a_body_stays(
    text: str, cue: str, speaker: str
) -> None:
    assert [(c.cue, c.speaker) for c in found(text)] == [(cue, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "She called her mother every Sunday.",
        "Lind called him on Friday.",
        "Kral called her every day.",
        "Lind called the police.",
        "He called a taxi after the party.",
        "She called him before the vote and asked for help.",
    ],
)
def test_call_with_an_object_and_nothing_more_is_a_telephone_call(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She called her mother a saint.", "her mother a saint"),
        ("Lind called the plan a disgrace.", "the plan a disgrace"),
        ("The new pier was what Kral called a brave decision.", "a brave decision"),
        ("The mayor sold the ferry that Kral called a relic.", "a relic"),
        ("Lind called her brother, a skipper, a born liar.", "her brother, a skipper, a born liar"),
        ("She runs a group called Harbour Watch for the skippers.", "Harbour Watch"),
    ],
)
def test_call_with_what_the_object_is_called_still_names(text: str, content: str) -> None:
    assert any(c.cue == "called" and c.text.startswith(content) for c in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kral learned to swim at six.",
        "The new deckhands learned to splice rope in a week.",
    ],
)
def test_learning_to_do_something_is_a_skill_not_an_attribution(text: str) -> None:
    assert found(text) == []


def test_deciding_to_act_stays_an_attribution_of_cognition() -> None:
    assert [(c.cue, c.text) for c in found("The skippers decided to sell the old ferry.")] == [
        ("decided", "to sell the old ferry")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She clerked at the Board of Appeals for the Northern Isles in 2010.",
        "Lind now chairs the Council for Defense of Fisheries, a small charity.",
        "The ferry was late on account of the fog in the sound.",
    ],
)
def test_a_noun_cue_inside_a_name_or_an_idiom_attributes_nothing(text: str) -> None:
    assert found(text) == []


def test_a_noun_cue_in_a_headline_in_title_case_still_attributes() -> None:
    (candidate,) = found("Skippers Renew Calls for Inquiry after Harbour Fire")
    assert (candidate.cue, candidate.text) == ("Calls for", "Inquiry after Harbour Fire")


def test_an_attack_with_no_holder_named_is_shown_faint() -> None:
    (candidate,) = detect_quotes("The attack on the harbour office left two guards hurt.")
    assert (candidate.cue, candidate.text) == ("attack on", "the harbour office")
    assert 0 < candidate.score < 0.5


def test_an_attack_with_its_holder_named_stays() -> None:
    (candidate,) = found("Lind's attacks on the harbour board grew sharper.")
    assert (candidate.cue, candidate.speaker, candidate.text) == (
        "attacks on",
        "Lind",
        "the harbour board",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The gale called to mind an older storm.",
        "The vote was called yesterday evening.",
        "Kral ignored phone calls and letters from the board.",
        "Their calls grew louder after the fire.",
        "The skippers made frequent calls to the harbour office.",
    ],
)
def test_call_with_no_object_or_as_a_noun_names_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lind praised the crew and calls the rescue a small miracle.",
            "the rescue a small miracle",
        ),
        ("The union calls this a poor deal for the skippers.", "this a poor deal for the skippers"),
        ("The new rules called into question the night ferry.", "into question the night ferry"),
    ],
)
def test_call_as_a_verb_still_names_after_and_or_before_this(text: str, content: str) -> None:
    assert content in [c.text for c in found(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister dismissed the claims as nonsense.", "the claims as nonsense"),
        ("The union welcomed the decision.", "the decision"),
    ],
)
def test_a_speech_cue_with_a_plain_sense_keeps_an_object_of_content(text: str, content: str):
    """The speech path reads ``dismissed`` and ``welcomed`` too: a plain object (``the case``,
    ``2,000 guests``) is no attribution there either, an object of content still is."""
    assert [(quote.text, quote.score >= 0.5) for quote in found(text)] == [(content, True)]


@pytest.mark.parametrize(
    "text",
    [
        "In that house his wife called the shots.",
        "At that point the skipper called the coastguard.",
    ],
)
def test_that_after_a_preposition_is_a_demonstrative_not_a_relative_before_call(
    text: str,
) -> None:
    """``In that house ... called the shots``: ``that`` opens a noun phrase, not a relative
    clause whose object ``call`` names (``the ferry that Kral called a relic``)."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("Teachers stressed the syllable in every drill.", "the syllable in every drill"),
        # The clause of when after the object is the author's (styles24).
        ("Engineers stressed the beam until it cracked.", "the beam"),
        ("She answered the door in her slippers.", "the door in her slippers"),
        ("He wrote his thesis on coastal erosion.", "his thesis on coastal erosion"),
    ],
)
def test_a_speech_verb_whose_object_is_a_thing_is_shown_faint(text: str, unsure: str) -> None:
    """``stress``, ``answer``, ``write``, ``post`` and ``admit`` report a message: a thing as
    their object (a syllable, a door, a thesis) may be a plain act, so it is shown faint."""
    (candidate,) = detect_quotes(text)
    assert candidate.text == unsure
    assert 0 < candidate.score < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The hospital admitted 40 patients overnight.",
        "The university admitted fewer students this year.",
        "The skipper posted it on the harbour forum.",
    ],
)
def test_a_speech_verb_with_a_quantity_or_a_bare_pronoun_is_a_plain_act(text: str) -> None:
    assert detect_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach stressed the need for discipline.", "the need for discipline"),
        ("The minister stressed the importance of the vote.", "the importance of the vote"),
        ("The senator answered the question about the budget.", "the question about the budget"),
        ("Lind wrote a letter to the council.", "a letter to the council"),
        ("The minister admitted the figures were wrong.", "the figures were wrong"),
        ("The skipper admitted it was his fault.", "it was his fault"),
        ("Greta Lind wrote about the fire in her column.", "the fire in her column"),
    ],
)
def test_a_speech_verb_attributes_an_object_that_is_a_message_an_idea_or_a_clause(
    text: str, content: str
) -> None:
    (candidate,) = found(text)
    assert candidate.text == content
    assert candidate.score >= SPEECH_SCORE


def test_the_subject_of_a_verb_carrying_a_noun_of_attitude_holds_it() -> None:
    text = "Ivo Kral took a swipe at the harbour board. Lind has shown little interest in a deal."
    first, second = found(text)
    assert (first.cue, first.speaker, first.text) == ("swipe at", "Ivo Kral", "the harbour board")
    assert (second.cue, second.speaker, second.text) == ("interest in", "Lind", "a deal")
    (candidate,) = found("The skippers have voiced concern that the ferry will be sold.")
    assert (candidate.cue, candidate.speaker) == ("concern", "The skippers")
    # The author's own attitude is not reported.
    assert found("I have little interest in the new timetable.") == []


def test_a_quote_closing_on_a_comma_ends_the_object_that_holds_it() -> None:
    text = 'Kral talked up his "night ferry plan," promising to run it all winter.'
    (candidate,) = found(text)
    assert (candidate.cue, candidate.text) == ("talked up", 'his "night ferry plan,"')


def test_a_participle_after_a_clause_shares_its_subject() -> None:
    text = '"It was a hard winter," Kral said, recalling the storm of 1987.'
    (candidate,) = [c for c in found(text) if c.cue == "recalling"]
    assert (candidate.speaker, candidate.text) == ("Kral", "the storm of 1987")
    text = "Lind went further, embracing the plan to sell the old ferry."
    (candidate,) = found(text)
    assert (candidate.cue, candidate.speaker) == ("embracing", "Lind")


def test_a_long_noun_phrase_opening_the_sentence_holds_an_attitude_as_written() -> None:
    text = (
        "Most of the harbour's older skippers had endorsed the plan. "
        "Skippers running for the open seats in November want a new ferry."
    )
    first, second = found(text)
    assert first.speaker == "Most of the harbour's older skippers"
    assert (first.cue, first.text) == ("endorsed", "the plan")
    assert second.speaker == "Skippers running for the open seats in November"
    assert (second.cue, second.text) == ("want", "a new ferry")
    # A passive's subject holds nothing; a participle opening the sentence is no subject.
    assert found("The ferry was widely described as a relic.") == []


def test_a_source_of_evidence_after_or_around_what_it_shows() -> None:
    text = "The race is close in all three wards, a new Courier poll shows."
    (candidate,) = found(text)
    assert (candidate.text, candidate.speaker) == (
        "The race is close in all three wards",
        "a new Courier poll",
    )
    text = "As the latest harbour figures show, the ferry has lost money every winter."
    (candidate,) = found(text)
    assert candidate.text == "the ferry has lost money every winter"
    assert (candidate.cue, candidate.speaker) == ("show", "the latest harbour figures")
    # After a clause of the author's, what follows ``as ... show,`` is not the figures' alone.
    assert found("The race is close, but as the figures show, the ferry has lost money.") == []


def test_a_verb_of_urging_attributes_its_addressee_and_the_act_urged() -> None:
    (candidate,) = found("Lind encouraged the skippers to back the new ferry.")
    assert (candidate.cue, candidate.speaker) == ("encouraged", "Lind")
    assert candidate.text == "the skippers to back the new ferry"
    # No act urged, a thing or ``it`` urging: nothing is attributed.
    assert found("Lind encouraged healthy savings accounts.") == []
    assert found("The cheap fuel encouraged skippers to sail more.") == []
    assert found("It could encourage the skippers to stay.") == []


def test_a_passive_charge_or_merit_is_held_by_someone_unnamed() -> None:
    text = "Kral was charged with fraud. The board has been widely criticized for the delay."
    candidates = found(text)
    # The subject of the passive is a fragment of what is held against it (passive16 round).
    subjects = [(c.cue, c.text) for c in candidates if c.end <= c.cue_spans[0][0]]
    assert subjects == [("charged with", "Kral"), ("criticized for", "The board")]
    first, second = (c for c in candidates if c.start >= c.cue_spans[0][1])
    assert (first.cue, first.text, first.speaker) == ("charged with", "fraud", None)
    assert (second.cue, second.text, second.speaker) == ("criticized for", "the delay", None)
    # The accused is no accuser: ``a skipper accused of smuggling`` has no holder named.
    (candidate,) = found("The harbour board fired a skipper accused of smuggling fuel.")
    assert (candidate.cue, candidate.speaker) == ("accused of", None)
