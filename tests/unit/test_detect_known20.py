"""Known errors of the detector listed for this session's round (known20), each with a case
that shows it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.detect.attribution import noun_of_people
from annotator.detect.document import Draft
from annotator.detect.reported import ReportedSpeechFinder
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each candidate of ``text`` as (its words, its cue, its speaker)."""
    return [(text[c.start : c.end], c.cue, c.speaker) for c in found(text)]


# 4. A noun ending like a noun of a person (``-er``, ``-or``) is not always one.


@pytest.mark.parametrize(
    "noun",
    ["ledger", "ledgers", "quarters", "counter", "shoulder", "corridor", "degree", "wrists"],
)
def test_a_thing_ending_like_an_agent_noun_names_no_one(noun: str) -> None:
    assert not noun_of_people(noun)


@pytest.mark.parametrize(
    "noun", ["islanders", "organiser", "mourners", "physicians", "trustees", "lobbyists", "donor"]
)
def test_an_agent_noun_still_names_people(noun: str) -> None:
    assert noun_of_people(noun)


def test_a_thing_ending_in_er_holds_no_will() -> None:
    assert found("The quarters refused to pay the levy.") == []


def test_a_thing_ending_in_or_speaks_no_quote() -> None:
    [quote] = detect_quotes("“The fees rose by a third,” corridors say.")
    assert quote.speaker is None


# 2. The clause of a possessive noun cue in the sentence's subject ends before the sentence's
# main verb, an irregular past or a past with a bare object as well.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Kral's claim that the bridge was safe drew scorn from engineers.", "the bridge was safe"),
        ("Kral's claim that the bridge was safe angered engineers.", "the bridge was safe"),
        ("Vesna Orlic's warning that the dam would fail shook them.", "the dam would fail"),
    ],
)
def test_a_possessive_noun_cue_clause_ends_before_the_main_verb(text: str, content: str) -> None:
    assert [(words, who) for words, _, who in spans(text)] == [
        (f"that {content}", text.split("'s")[0])
    ]


def test_a_participle_without_an_object_goes_on_with_the_clause() -> None:
    text = "Kral's claim that the tolls were raised by the council was denied by the mayor."
    assert [words for words, _, _ in spans(text)] == ["that the tolls were raised by the council"]


# 1. After the people told (and when they were told), a noun with no determiner right before
# its auxiliary opens what was told: neither the addressee nor the time is content.


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ansel told the harbour board on Tuesday fees would rise.",
        "Dr Ansel told the harbour board fees would rise.",
        "Dr Ansel told the board on Tuesday fees would rise.",
        "Dr Ansel told the board fees would rise.",
    ],
)
def test_a_bare_subject_after_the_people_told_opens_the_content(text: str) -> None:
    [quote] = found(text)
    assert (text[quote.start : quote.end], quote.speaker, quote.cue) == (
        "fees would rise",
        "Ansel",
        "told",
    )
    assert quote.source is None


def test_the_addressee_and_time_before_that_stay_out_of_the_content() -> None:
    text = "Dr Ansel told the harbour board on Tuesday that fees would rise."
    [quote] = found(text)
    assert (text[quote.start : quote.end], quote.speaker, quote.source) == (
        "that fees would rise",
        "Ansel",
        None,
    )


# 3. The holder of a belief inside what a survey shows is the subject of that clause, not a
# phrase reaching back over the verb of evidence (nor a ``that`` before a plural).


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("A survey shows many believe the tax is unfair.", "many"),
        ("A survey shows that many believe the tax is unfair.", "many"),
        ("The poll shows local skippers believe the tax is unfair.", "local skippers"),
    ],
)
def test_the_holder_inside_what_a_survey_shows_is_the_clause_subject(
    text: str, holder: str
) -> None:
    assert spans(text) == [
        (text[text.index("shows") + 6 : -1], "shows", text.split(" shows")[0]),
        ("the tax is unfair", "believe", holder),
    ]


def test_that_before_a_plural_is_no_determiner_of_the_holder() -> None:
    text = "Kral said that local skippers believe the tax is unfair."
    holders = {c.cue: c.speaker for c in detect_quotes(text)}
    assert holders == {"said": "Kral", "believe": "local skippers"}


# 5. A relative clause with no pronoun whose content is short: what was said is found, with
# its speakers, and nothing starts at the noun it stands for.


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("They fenced off a site residents said was unsafe.", "was unsafe", "residents"),
        ("He quoted the figure officials said was wrong.", "was wrong", "officials"),
        ("She toured the quay the skippers said was sinking.", "was sinking", "the skippers"),
    ],
)
def test_a_relative_without_pronoun_reports_its_short_content(
    text: str, content: str, speaker: str
) -> None:
    assert [(words, who) for words, _, who in spans(text)] == [(content, speaker)]


def test_a_noun_before_a_short_passive_is_no_speaker() -> None:
    assert found("The first leaflet was withdrawn.") == []


def test_the_speakers_after_a_noun_phrase_keep_their_own_determiner() -> None:
    text = "He rejected the plan the harbour officials said was too costly."
    speakers = {text[c.start : c.end]: c.speaker for c in found(text)}
    assert speakers["was too costly"] == "the harbour officials"


# 6. A cue word written twice running is one cue: a run of them must not search a subject and
# a content for each (``said said said``, the slowest shape of the pathological benchmark).


def test_a_run_of_one_cue_word_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = ReportedSpeechFinder.reported_at

    def counted(self: ReportedSpeechFinder, cue_start: int, cue_end: int, cue: str) -> Draft | None:
        calls.append(cue_start)
        return original(self, cue_start, cue_end, cue)

    monkeypatch.setattr(ReportedSpeechFinder, "reported_at", counted)
    assert found("said " * 200) == []
    assert len(calls) == 1


def test_a_stuttered_cue_still_reports_its_content() -> None:
    [quote] = found("Ivo Kral said said the port would close.")
    assert quote.speaker == "Ivo Kral"
    assert quote.text.endswith("the port would close")


# Speaker misreads found among the most frequent speaker errors on the shared evaluation set,
# each rewritten here with invented words.

# An age standing for the person heads a common noun phrase after a quote.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The quay is fine,” the 43-year-old said.", "the 43-year-old"),
        ("“Why wait?” the 9-year-old asked.", "the 9-year-old"),
        ("“Fine,” said the 67-year-old.", "the 67-year-old"),
    ],
)
def test_an_age_standing_for_the_person_speaks(text: str, speaker: str) -> None:
    [quote] = found(text)
    assert quote.speaker == speaker


# A speaker after a quote with an age, a place and a relative, each set off by commas.


@pytest.mark.parametrize(
    "text",
    [
        "“The quay scares me,” Ada Moss, 30, of Skarra, said.",
        "“The quay scares me,” Ada Moss, 30, of Skarra, Vt., who took part in the survey, said.",
        "''We were at sea for a year,'' Ada Moss, now 81 and retired in Skarra, Vt., said.",
    ],
)
def test_a_speaker_after_several_asides_set_off_by_commas(text: str) -> None:
    [quote] = found(text)
    assert (quote.speaker, quote.cue) == ("Ada Moss", "said")


def test_a_topic_before_a_named_speaker_is_no_speaker() -> None:
    text = "“Fine.” Of Kral, Lind, who has given money to Moss, said, “He is scary.”"
    assert [who for _, _, who in spans(text)] == ["Lind"]


# ``states`` right after a quote's subject is its verb, not a noun of people.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The toll must go,” Kral states.", "Kral"),
        ("“The toll must go,” the board states in its report.", "the board"),
        ("“The toll must go,” a narrator in the film states.", "a narrator in the film"),
    ],
)
def test_states_after_a_quote_and_its_subject_is_the_cue(text: str, speaker: str) -> None:
    [quote] = found(text)
    assert (quote.speaker, quote.cue) == (speaker, "states")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The toll must go,” the member states said.", "the member states"),
        ("“The toll must go,” the coastal states said.", "the coastal states"),
    ],
)
def test_states_before_a_verb_is_the_speaker(text: str, speaker: str) -> None:
    [quote] = found(text)
    assert (quote.speaker, quote.cue) == (speaker, "said")


# A name set off by commas before the cue, with its party and state in parentheses, speaks.


@pytest.mark.parametrize(
    "text",
    [
        "After winning Skarra in the harbour primary, Gov. Ivo Kral (R-VT), said, “I am ready.”",
        "Lifelong sailor Sen. Ivo Kral (I-Vt.), said the quay would close on Monday.",
    ],
)
def test_a_name_with_its_party_in_parentheses_set_off_by_commas_speaks(text: str) -> None:
    [quote] = found(text)
    assert quote.speaker == "Ivo Kral"


# A name set off after a noun of a thing names the thing; the person before it speaks.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ada Vell, the editor of the island's official newspaper, The Skarra Lamp, said"
            " every mayor was political.",
            "Ada Vell",
        ),
        ("In Skarra, the owner of the paper, Ivo Kral, said the mayor was right.", "Ivo Kral"),
        ("The owner of the paper, Ivo Kral, said every mayor was political.", "Ivo Kral"),
    ],
)
def test_a_name_set_off_after_a_thing_is_the_things(text: str, speaker: str) -> None:
    [quote] = found(text)
    assert quote.speaker == speaker


# A participle after the people spoken to (``a pitch to voters saying``) is the subject's.


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Kral is making a pitch to Skarra voters saying the toll is hurting the town.",
        "Ivo Kral spoke to reporters saying the toll was unfair.",
        "Ivo Kral wrote a letter to Ms. Moss asking that the fees go to the lifeboat fund.",
    ],
)
def test_a_participle_after_the_people_addressed_is_the_subjects(text: str) -> None:
    [quote] = [c for c in found(text) if c.cue is not None and c.cue.endswith("ing")]
    assert quote.speaker == "Ivo Kral"


def test_a_participle_after_people_pointed_to_is_theirs() -> None:
    text = "He pointed to skippers saying the toll was unfair."
    speakers = {c.cue: c.speaker for c in found(text)}
    assert speakers["saying"] == "skippers"


# ``said`` after a quote that a clause with its own verb follows is no inverted tag.


def test_a_cue_before_a_clause_is_no_tag_of_the_quote_before_it() -> None:
    text = "Mr. Lind, citing “the unique magic of Kral,” said the candidate could win in the north."
    [quote] = [c for c in found(text) if c.start == text.index("“")]
    assert (quote.speaker, quote.cue) == ("Lind", "citing")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The port is shut,” said the mayor, who has been in office since May.", "the mayor"),
        ("“The port is shut,” said a skipper who has worked the quay for years.", "a skipper"),
    ],
)
def test_an_inverted_tag_with_a_relative_after_it_stays(text: str, speaker: str) -> None:
    [quote] = found(text)
    assert quote.speaker is not None and quote.speaker.startswith(speaker)


# A gerund after ``by`` hangs on the clause it ends; a name set off after a possessive role
# opening that clause is its subject.


@pytest.mark.parametrize(
    "text",
    [
        "Her main rival, Ivo Kral, has gained ground at the quay by saying the port is rigged.",
        "Moss has struggled, while Ivo Kral has gained ground at the quay by saying that the"
        " port is rigged.",
        "Moss has struggled, while her main rival, Ivo Kral, has gained ground at the quay by"
        " saying that the port is rigged.",
    ],
)
def test_a_gerund_after_by_is_its_own_clauses(text: str) -> None:
    [quote] = found(text)
    assert (quote.speaker, quote.cue) == ("Ivo Kral", "saying")


# What was promised is the infinitive after the cue, not a relative ``that`` inside it.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kral promised to cut tolls on boats that fish the bay.",
            "to cut tolls on boats that fish the bay",
        ),
        (
            "The court agreed to hear cases that skippers hoped would end the levy.",
            "to hear cases that skippers hoped would end the levy",
        ),
        (
            "Kral promised to discuss the tolls that skippers pay.",
            "to discuss the tolls that skippers pay",
        ),
    ],
)
def test_an_infinitive_after_a_cue_of_commitment_is_the_content(text: str, content: str) -> None:
    [quote] = [c for c in found(text) if c.start < text.index(" to ") + 2]
    assert text[quote.start : quote.end] == content


def test_a_that_clause_after_to_and_people_stays_the_content() -> None:
    text = "Kral promised to reporters that the tolls would fall."
    assert [words for words, _, _ in spans(text)] == ["that the tolls would fall"]


# A time between a relative pronoun and its cue (``who in May said``) hides neither.


@pytest.mark.parametrize(
    "text",
    [
        "Kral, who in May said the quay was unsafe, left.",
        "Kral, who last week said the quay was unsafe, left.",
    ],
)
def test_a_time_between_who_and_its_cue(text: str) -> None:
    [quote] = found(text)
    assert (text[quote.start : quote.end], quote.speaker) == ("the quay was unsafe", "Kral")


def test_a_time_between_who_and_a_light_verb() -> None:
    text = "Kral, who in the past had voiced a desire to run, said nothing."
    [quote] = found(text)
    assert (quote.cue, quote.speaker) == ("desire to", "Kral")


# After a quote, the person named in apposition to a common noun phrase speaks, with both
# commas or with only the first.


@pytest.mark.parametrize(
    "text",
    [
        "“She is kind,” a friend, Mara Vell, told us.",
        "“She is kind,” her friend, Mara Vell, told us.",
        "“She is a mother of three,” another friend, Mara Vell told the Lamp.",
    ],
)
def test_the_name_in_apposition_after_a_quote_speaks(text: str) -> None:
    [quote] = found(text)
    assert quote.speaker == "Mara Vell"


def test_a_firm_named_after_its_spokesman_does_not_speak() -> None:
    [quote] = found("“She is kind,” a spokesman for the firm, Harbourlink, told us.")
    assert quote.speaker == "a spokesman for the firm"


# ``who`` after ``X of Y`` stands for the people Y when X names no one.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She read the report of a local doctor who said the quay was unsafe.", "a local doctor"),
        ("She met the head of the board who said the quay was unsafe.", "the head of the board"),
        ("Half of the skippers who said the quay was unsafe left.", "Half of the skippers"),
    ],
)
def test_who_after_a_thing_of_people_stands_for_the_people(text: str, speaker: str) -> None:
    [quote] = [c for c in found(text) if c.cue == "said"]
    assert quote.speaker == speaker


# An inverted cue and its speaker right before a quote (``But, said Ada Vell, “...”``).


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kral was kind. But, said Ada Vell, “He never paid the crew.”", "Ada Vell"),
        ("In short, explained harbour pilot Ada Vell: “The ferry leaves at dawn.”", "Ada Vell"),
    ],
)
def test_an_inverted_cue_right_before_a_quote(text: str, speaker: str) -> None:
    [quote] = [c for c in found(text) if c.type.value == "direct"]
    assert quote.speaker == speaker


def test_the_people_told_before_a_quote_do_not_speak() -> None:
    text = "Lena Orr left the quay, telling reporters, “Some people get carried away.”"
    [quote] = [c for c in found(text) if c.type.value == "direct"]
    assert quote.speaker == "Lena Orr"


# An apposition after a quote's speaker whose closing comma was left out.


@pytest.mark.parametrize(
    "text",
    [
        "“The toll is a scandal,” Mara Lind, who chairs the Quay Trust said in a statement.",
        "“The ferry needs a plan,” Mara Lind, the pilot who founded the rowing club wrote.",
    ],
)
def test_an_apposition_left_unclosed_before_the_tag(text: str) -> None:
    [quote] = found(text)
    assert quote.speaker == "Mara Lind"


def test_a_relative_clause_with_its_own_speech_is_no_tag() -> None:
    text = "“The toll is a scandal,” Mara Lind, who said so last year."
    assert [c.speaker for c in found(text) if c.type.value == "direct"] == [None]


# The plain form ``state`` after a plural subject following a quote is its tag.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We fight the smugglers,” the islanders state in the white paper.", "the islanders"),
        ("“We fight the smugglers,” they state.", "they"),
    ],
)
def test_state_after_a_plural_subject_is_the_tag(text: str, speaker: str) -> None:
    [quote] = found(text)
    assert (quote.speaker, quote.cue) == (speaker, "state")


def test_the_state_before_a_verb_speaks() -> None:
    [quote] = found("“We fight the smugglers,” the state said.")
    assert (quote.speaker, quote.cue) == ("the state", "said")


# ``In other words, ...`` names no source; ``In an interview, Kral ...`` is Kral's.


def test_in_other_words_opens_no_attribution() -> None:
    assert found("In other words, the ferry will sail when the levy is paid.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In an interview with the Lamp on Sunday, Kral was upbeat about the quay.", "Kral"),
        ("In an interview, Vell was calm about the storm.", "Vell"),
        ("In the latest poll, most skippers back the sale.", "the latest poll"),
    ],
)
def test_an_opening_occasion_of_speech_is_the_subjects(text: str, speaker: str) -> None:
    [quote] = [c for c in found(text) if c.cue == "In"]
    assert quote.speaker == speaker


# The first word of the line introducing a quote with a colon is not always a name.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The poll is out. More from Vell: “The skippers back the sale by two to one.”", "Vell"),
        (
            "The poll is out. More recently, Ada Vell has turned grim: “The quay will sink.”",
            "Ada Vell",
        ),
        ("Kral lied.\n\nWait, it gets better:\n\n“The quay is ours and ours alone.”", None),
        ("Each summer, there is a vow few skippers keep: “I will move to Vell.”", None),
        ("Kral, it seems, was right: “The quay is ours.”", "Kral"),
    ],
)
def test_the_opening_word_before_a_colon_quote(text: str, speaker: str | None) -> None:
    [quote] = [c for c in detect_quotes(text) if c.type.value == "direct"]
    assert quote.speaker == speaker


# An aside opened by a past participle and ``about`` hangs on the name before it; an
# abbreviated region after a place opening the sentence is no speaker.


def test_a_participle_aside_with_about_keeps_the_name_before_it() -> None:
    text = "The row began on Friday after Mr. Kral, asked about the fees, had said, “It is ours.”"
    [quote] = [c for c in found(text) if c.type.value == "direct"]
    assert quote.speaker == "Kral"


def test_an_abbreviated_region_after_an_opening_place_is_no_speaker() -> None:
    text = "At the quay in Skarra, Vt., a familiar voice cheered on the radio: “The quay is ours.”"
    [quote] = detect_quotes(text)
    assert quote.speaker != "Vt"
