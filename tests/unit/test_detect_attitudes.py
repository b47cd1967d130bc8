"""Attributions that are not reported speech: beliefs, intentions, expectations, evidence and
stances (``annotator/detect/attitudes.py``). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.detect.attitudes import ATTITUDE_SCORES, SPEECH_SCORE
from annotator.records import Candidate, QuoteType


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The ferry service is expected to resume after the storm passes.",
            "to resume after the storm passes",
            "is expected",
            None,
        ),
        (
            "The new bridge seems unlikely to open before winter.",
            "unlikely to open before winter",
            "seems",
            None,
        ),
        (
            "A survey of harbour workers shows most of them favour the night shift.",
            "most of them favour the night shift",
            "shows",
            "A survey of harbour workers",
        ),
        (
            "The auditors found that the port had overspent on cranes.",
            "that the port had overspent on cranes",
            "found",
            "The auditors",
        ),
        ("Mayor Ivo Kral declined to name the new harbour master.", None, "declined", "Ivo Kral"),
        ("Greta Lind wants to move the fish market downtown.", None, "wants", "Greta Lind"),
        (
            "The dockers' union endorsed Greta Lind for mayor.",
            "Greta Lind for mayor",
            "endorsed",
            None,
        ),
        (
            "Ivo Kral talked about the cost of dredging the channel.",
            None,
            "talked about",
            "Ivo Kral",
        ),
        ("Ivo Kral sees the new quay as a costly mistake.", None, "sees", "Ivo Kral"),
        ("The new quay is widely seen as a costly mistake.", None, "is widely seen as", None),
        ("Greta Lind calls for a second ferry to the islands.", None, "calls for", "Greta Lind"),
    ],
)
def test_a_non_speech_attribution_is_a_candidate_with_its_cue(
    text: str, content: str | None, cue: str, speaker: str | None
) -> None:
    *subject, candidate = found(text)  # a raising cue's subject comes first (see below)
    assert len(subject) <= 1
    assert candidate.cue == cue
    assert candidate.type is QuoteType.INDIRECT
    if content is not None:
        assert candidate.text == content
    else:
        assert text.startswith(candidate.text, candidate.start)
        assert text.rstrip(".").endswith(candidate.text)
    if speaker is not None:
        assert candidate.speaker == speaker


def test_the_attitude_band_is_below_speech_and_above_the_floor() -> None:
    assert all(0.5 <= score < SPEECH_SCORE for score in ATTITUDE_SCORES.values())
    *_, belief = found("The ferry service is expected to resume after the storm passes.")
    (speech,) = found("The harbour master said the ferry service would resume after the storm.")
    assert belief.score < speech.score


def test_a_cue_inside_reported_speech_is_held_by_the_outer_attribution() -> None:
    text = "Ivo Kral said the council wants to sell the old lighthouse."
    (candidate,) = found(text)
    assert (candidate.cue, candidate.text) == (
        "said",
        "the council wants to sell the old lighthouse",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The late show drew a record audience on Friday night.",  # a noun, not evidence
        "The missing trawler was found near the northern reef.",  # a passive, not a finding
        "Her plans for the harbour drew little support from the council.",  # nouns
        "The trawler was backed by a loan from the regional bank.",  # a passive
        "Fish exports declined 4 percent in the spring.",  # a fall, not a refusal
        "The harbour master appeared on the local radio station.",  # an appearance on air
    ],
)
def test_a_cue_word_used_otherwise_is_no_candidate(text: str) -> None:
    assert found(text) == []


def test_a_quoted_fragment_makes_the_attitude_mixed() -> None:
    text = "Greta Lind defended the budget as a “sensible compromise” for the town."
    (candidate,) = found(text)
    assert candidate.type is QuoteType.MIXED
    assert candidate.cue == "defended"
    assert "“sensible compromise”" in candidate.text


def test_a_reported_belief_is_lifted_into_the_belief_band() -> None:
    (belief,) = found("Greta Lind believes the ferry will be cheaper next year.")
    assert (belief.cue, belief.speaker) == ("believes", "Greta Lind")
    assert belief.text == "the ferry will be cheaper next year"
    assert belief.score == ATTITUDE_SCORES["belief"]


@pytest.mark.parametrize(
    "text",
    [
        "I think the ferry will be cheaper next year.",  # the author's own view
        "Ivo Kral said the dockers believe the ferry will be cheaper next year.",  # nested
    ],
)
def test_a_belief_of_the_author_or_inside_speech_is_no_candidate_above_the_floor(
    text: str,
) -> None:
    assert [c.cue for c in found(text) if c.cue != "said"] == []


def test_reportedly_marks_hearsay_from_someone_unnamed() -> None:
    # The cue interrupts what is attributed: the subject and the rest are two fragments, as
    # for ``is expected to`` (see the guidelines).
    subject, hearsay = found("Greta Lind has reportedly sold the last two boats of her fleet.")
    assert hearsay.cue == subject.cue == "reportedly"
    assert hearsay.speaker is None
    assert subject.text == "Greta Lind"
    assert hearsay.text == "sold the last two boats of her fleet"


def test_a_passive_belief_is_held_by_someone_unnamed() -> None:
    subject, belief = found("The old lighthouse was long thought to be haunted by sailors.")
    assert subject.text == "The old lighthouse"
    assert (belief.cue, belief.speaker) == ("was long thought", None)
    assert belief.text == "to be haunted by sailors"


def test_a_refusal_coordinated_with_speech_takes_the_speakers_subject() -> None:
    text = "Ivo Kral told the council that the port would stay open but declined to give a date."
    speech, refusal = found(text)
    assert (refusal.text, refusal.cue, refusal.speaker) == (
        "to give a date",
        "declined",
        "Ivo Kral",
    )
    assert (speech.text, speech.cue) == ("that the port would stay open", "told")
    # No attitude proposed (``refused`` without ``to``): the speech is left whole.
    text = "Ivo Kral said the ferry would stop in May and refused questions from the crowd."
    assert [c.text for c in found(text)] == [
        "the ferry would stop in May and refused questions from the crowd"
    ]


def test_decided_that_is_a_decision_with_its_content() -> None:
    (decision,) = found("The council decided that the night ferry would stop in May.")
    assert decision.cue == "decided"
    assert decision.text == "that the night ferry would stop in May"


def test_a_relative_clause_profiling_a_speaker_is_no_attitude() -> None:
    text = "“The pier must wait,” said Ada Moss, a councillor who endorsed Greta Lind last year."
    assert [c.cue for c in found(text)] == ["said"]
    (stance,) = found("Ada Moss, a councillor who endorsed Greta Lind, lost her seat.")
    assert (stance.cue, stance.text) == ("endorsed", "Greta Lind")


def test_a_common_noun_phrase_can_hold_a_belief() -> None:
    (belief,) = found("Some undecided islanders think the night ferry should stop in winter.")
    assert (belief.cue, belief.speaker) == ("think", "Some undecided islanders")
    assert belief.text == "the night ferry should stop in winter"


def test_the_subject_of_a_raising_cue_is_a_fragment_of_its_own() -> None:
    subject, rest = found("Aid was cut, but the freeze does not appear to touch the ferry grants.")
    assert (subject.text, rest.text) == ("the freeze", "to touch the ferry grants")
    assert subject.cue == rest.cue == "appear"
    subject, rest = found("The pier, which is expected to open in May, cost a fortune.")
    assert (subject.text, rest.text) == ("which", "to open in May")
    # A dummy subject is no fragment.
    assert [c.text for c in found("It seems unlikely that the pier will open in May.")] == [
        "unlikely that the pier will open in May"
    ]


def test_a_relative_pronoun_standing_for_what_is_attributed_is_a_fragment() -> None:
    pronoun, rest = found("The plan, which the mayor said was her own work, failed in May.")
    assert (pronoun.text, pronoun.cue, pronoun.speaker) == ("which", "said", "the mayor")
    assert rest.cue == "said"
    text = "The new pier was what Kral called a brave decision."
    pronoun, rest = found(text)
    assert (pronoun.text, pronoun.cue, pronoun.speaker) == ("what", "called", "Kral")
    # ``that`` is as often a complementiser: no fragment of it.
    assert [c.text for c in found("Lind said that officials said the pier was safe.")][:1] == [
        "that officials said the pier was safe"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lind gave an interview in which she said the ferry would stop in May.",
        "Kral gave a briefing at which Lund predicted the old pier would close.",
    ],
)
def test_a_relative_which_after_a_preposition_is_the_setting_not_a_fragment(text: str) -> None:
    """``an interview in which she said ...``: ``which`` is the interview, where it was said."""
    assert "which" not in [c.text for c in found(text)]


def test_an_appearance_ends_before_a_participle_of_speech_that_introduces_a_quote() -> None:
    text = (
        "The council met on Friday. Lind seemed keen to end the quarrel, telling the "
        "skippers, “We can share the quay if we take turns.”"
    )
    found = {c.text: c for c in detect_quotes(text) if c.score >= 0.5}
    assert "keen to end the quarrel" in found
    quote = found["“We can share the quay if we take turns.”"]
    assert (quote.type, quote.speaker, quote.cue) == (QuoteType.DIRECT, "Lind", "telling")


def test_a_participle_topic_cue_of_two_words_takes_the_sentences_speaker() -> None:
    text = (
        "The council met. “Money was short all year,” Kral said, pointing to the empty "
        "harbour fund."
    )
    found = {c.text: c for c in detect_quotes(text) if c.score >= 0.5}
    topic = found["the empty harbour fund"]
    assert (topic.speaker, topic.cue) == ("Kral", "pointing to")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The engine refused to start.", []),
        ("The printer refused to print the tickets.", []),
        ("The crew refused to sail in the storm.", [("refused", "The crew")]),
        ("The dockers refused to unload the ship.", [("refused", "The dockers")]),
    ],
)
def test_an_intention_needs_a_holder_who_can_hold_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.cue, c.speaker) for c in detect_quotes(text) if c.score >= 0.5] == expected


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("Detectives questioned the driver for two hours.", "the driver"),
        ("The committee questioned Moss about the missing ledgers.", "Moss"),
        ("The goalkeeper denied the striker twice in the first half.", "the striker"),
    ],
)
def test_questioning_or_denying_a_person_is_shown_faint(text: str, unsure: str) -> None:
    """To question a witness is to ask, to deny a striker to stop him: no content is held;
    but a person as object may still stand for what they said, so it is shown faint."""
    candidates = detect_quotes(text)
    assert candidates and all(0 < c.score < 0.5 for c in candidates)
    assert candidates[0].text.startswith(unsure)


def test_questioning_a_number_of_people_is_no_attribution() -> None:
    assert detect_quotes("Pollsters questioned 1,000 residents in March.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Pollsters questioned whether the sample was large enough.", "whether the sample"),
        ("The lawyer questioned the claim that the driver was drunk.", "the claim that"),
        ("The senator questioned the mayor's judgment.", "the mayor's judgment"),
        ("The senator questioned Mr. Kral's judgment.", "Mr. Kral's judgment"),
        ("The harbour board denied the charges.", "the charges"),
    ],
)
def test_questioning_or_denying_an_idea_or_a_claim_stays(text: str, content: str) -> None:
    (candidate,) = [c for c in detect_quotes(text) if c.score >= 0.5]
    assert candidate.text.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge supports two lanes of traffic.",
        "Four steel columns support the roof of the stadium.",
        "The new pipe supports higher pressure than the old one.",
    ],
)
def test_a_stance_held_by_a_thing_is_shown_faint(text: str) -> None:
    """A bridge or a pipe holds no stance: ``support`` is the plain verb of bearing a load."""
    candidates = detect_quotes(text)
    assert all(c.score < 0.5 for c in candidates)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The bridge engineer supports the plan to add a lane.", "engineer"),
        ("The resolution supported a second ferry.", "The resolution"),
        ("Most residents support the proposal to close the quay.", "Most residents"),
    ],
)
def test_a_stance_held_by_a_person_a_body_or_a_document_stays(text: str, speaker: str) -> None:
    (candidate,) = [c for c in detect_quotes(text) if c.score >= 0.5]
    assert candidate.speaker is not None and candidate.speaker.endswith(speaker)


def test_focusing_on_a_plain_noun_phrase_is_shown_faint() -> None:
    """``focused on`` names where attention went, not what was said: a topic held by a plain
    noun phrase is shown faint, an idea, a claim or a clause stays."""
    (candidate,) = detect_quotes("The report focused on rural schools.")
    assert (candidate.cue, candidate.text) == ("focused on", "rural schools")
    assert 0 < candidate.score < 0.5


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The report focused on the claim that rural schools were closing.",
            "the claim that rural schools were closing",
        ),
        ("The mayor focused on the need for a second ferry.", "the need for a second ferry"),
        ("The debate focused on how the fares were set.", "how the fares were set"),
        ("The debate focused on cutting the night fares.", "cutting the night fares"),
    ],
)
def test_focusing_on_an_idea_a_claim_or_a_clause_stays(text: str, content: str) -> None:
    (candidate,) = [c for c in detect_quotes(text) if c.score >= 0.5]
    assert (candidate.cue, candidate.text) == ("focused on", content)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has 31% support in the harbour wards.",
        "Kral won the firm support of the skippers behind him.",
        "The ferry line receives 20 percent support from the council.",
    ],
)
def test_a_stance_word_followed_by_a_preposition_is_a_noun_with_no_object(text: str) -> None:
    """``31% support in the wards``: a transitive stance takes its object right after it; a
    preposition there makes ``support`` the noun (its object, if any, is ``support for``)."""
    assert [c for c in detect_quotes(text) if c.cue == "support" and c.score >= 0.5] == []


def test_voting_for_or_against_is_a_stance_in_every_form_of_the_verb() -> None:
    text = "Most skippers will vote for Lind. Kral is voting against the new toll."
    first, second = found(text)
    assert (first.cue, first.speaker, first.text) == ("vote for", "Most skippers", "Lind")
    assert (second.cue, second.text) == ("voting against", "the new toll")
    # The noun is no stance: ``the vote for Lind``.
    assert found("The vote for Lind was close.") == []


@pytest.mark.parametrize(
    ("text", "outer_cue"),
    [
        ("A harbour survey showed that most skippers backed the night ferry.", "showed"),
        ("The ledgers described donors seeking meetings with the harbour board.", "described"),
        ("The new poll found that two thirds of islanders want a second bridge.", "found"),
    ],
)
def test_an_attitude_inside_the_content_of_another_is_not_one_of_its_own(
    text: str, outer_cue: str
) -> None:
    """``showed that most skippers backed ...``: the stance is part of what the survey shows,
    however late the stage that finds the outer attribution runs."""
    assert [c.cue for c in found(text)] == [outer_cue]


def test_a_second_attitude_coordinated_with_the_first_stays() -> None:
    text = "Lind denounced the toll plan and rejected the board's offer."
    assert [(c.cue, c.text) for c in found(text)] == [
        ("denounced", "the toll plan"),
        ("rejected", "the board's offer"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Captain Lund said he expects the new ferry to be “a floating palace” by spring.",
        "The harbour master told reporters he thought the pier had “simply rotted away.”",
        "I felt the toll plan was “a disgrace to the island.”",
    ],
)
def test_a_quoted_fragment_does_not_lift_a_nested_or_authorial_belief(text: str) -> None:
    """A belief verb with a quote inside its content is lifted into the belief band by the same
    tests as any belief: inside reported speech it is part of the speaker's one quote, and the
    author's own is no attribution."""
    beliefs = [c for c in found(text) if c.cue in ("expects", "thought", "felt")]
    assert beliefs == []


def test_a_quoted_fragment_still_lifts_a_belief_verb_of_its_own() -> None:
    text = "Mayor Ada Lind anticipated that the quay would be “under water by May.”"
    (candidate,) = found(text)
    assert (candidate.cue, candidate.type, candidate.score) == (
        "anticipated",
        QuoteType.MIXED,
        ATTITUDE_SCORES["belief"],
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The skippers don't seem worried about the storm.", "The skippers"),
        ("Ivo Kral didn’t appear ready to sell the ferry.", "Ivo Kral"),
    ],
)
def test_the_subject_fragment_of_a_raising_cue_leaves_a_negated_auxiliary_out(
    text: str, subject: str
) -> None:
    fragment, _content = found(text)
    assert fragment.text == subject


def test_a_raising_cue_after_a_relative_that_has_no_subject_fragment() -> None:
    """``a ritual that may seem quaint``: the subject is the relative pronoun, which the
    detector leaves to the annotator; no fragment of bare auxiliaries."""
    text = "The regatta is a custom that may seem quaint to newcomers."
    assert [c.text for c in found(text)] == ["quaint to newcomers"]


def test_a_raising_cue_in_the_infinitive_has_no_subject_fragment() -> None:
    text = "The skippers made an effort to appear calm before the vote."
    assert [c.text for c in found(text) if c.end <= text.index(" appear")] == []


def test_cannot_seem_is_an_inability_not_an_appearance() -> None:
    assert found("The ferry crew just can't seem to keep the timetable.") == []
    assert found("Lind couldn’t seem to find the harbour master.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board eventually backed down after the strike.",
        "Facing angry skippers, the council backed off within a week.",
        "The survey also found that, while most crews were angry, few would strike.",
    ],
)
def test_a_particle_or_a_bare_that_is_no_content_of_an_attitude(text: str) -> None:
    """``backed down``: a phrasal verb of retreat, not support; ``found that, while``: a
    clause break right after ``that`` leaves nothing attributed."""
    candidates = detect_quotes(text)
    assert all(c.text != "that" and not (c.cue or "").startswith("back") for c in candidates)
