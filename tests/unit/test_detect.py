"""The pre-highlighter on sentences written for these tests: one test per case of issue 3."""

from __future__ import annotations

import subprocess
import sys

import pytest

from annotator.detect import detect_quotes
from annotator.detect.marks import find_quote_spans
from annotator.records import Candidate, QuoteType, SourceKind


def quotes(text: str, min_score: float = 0.5) -> list[Candidate]:
    """Candidates of ``text`` scored at least ``min_score``."""
    return [c for c in detect_quotes(text) if c.score >= min_score]


def only(text: str, needle: str) -> Candidate:
    """The one candidate whose text is ``needle``."""
    found = [c for c in detect_quotes(text) if c.text == needle]
    assert len(found) == 1, [c.text for c in detect_quotes(text)]
    return found[0]


def spans(text: str, min_score: float = 0.5) -> list[str]:
    return [c.text for c in quotes(text, min_score)]


# --- What it finds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"We will rebuild the bridge," the mayor said.', '"We will rebuild the bridge,"'),
        ("“We will rebuild the bridge,” the mayor said.", "“We will rebuild the bridge,”"),
        ("‘We will rebuild the bridge,’ the mayor said.", "‘We will rebuild the bridge,’"),
        ("'We will rebuild the bridge,' the mayor said.", "'We will rebuild the bridge,'"),
        ("«We will rebuild the bridge», the mayor said.", "«We will rebuild the bridge»"),
        ("''We will rebuild the bridge,'' the mayor said.", "''We will rebuild the bridge,''"),
    ],
)
def test_direct_quotes_in_every_kind_of_mark(text: str, quote: str) -> None:
    found = only(text, quote)
    assert found.type is QuoteType.DIRECT
    assert (found.start, found.end) == (0, len(quote))
    assert found.score >= 0.9


def test_apostrophes_are_not_quote_marks() -> None:
    text = (
        "Norway's fleet grew in the ’90s and the rowers’ union didn’t object. "
        "“The harbour’s future isn't settled,” Ingrid Dahl said."
    )
    assert spans(text, 0.0) == ["“The harbour’s future isn't settled,”"]


def test_quote_over_several_paragraphs_is_one_span() -> None:
    text = (
        "Olga Brandt described the night.\n\n"
        "“The water came up the stairs first. We carried the children to the roof.\n\n"
        "“By morning the whole street was a river,” she said.\n"
    )
    found = only(
        text,
        "“The water came up the stairs first. We carried the children to the roof.\n\n"
        "“By morning the whole street was a river,”",
    )
    assert found.type is QuoteType.DIRECT
    assert found.speaker == "Olga Brandt"


def test_nested_quote_stays_inside_the_outer_one() -> None:
    text = "“My father told me, ‘Never sell the farm,’ and I never did,” Paul Okafor said."
    assert spans(text) == ["“My father told me, ‘Never sell the farm,’ and I never did,”"]
    assert quotes(text)[0].speaker == "Paul Okafor"


def test_interrupted_quote_gives_two_quotes_with_one_speaker() -> None:
    text = "“The ferry is late again,” said Marta Lind. “Nobody tells us why.”"
    first, second = quotes(text)
    assert (first.text, second.text) == ("“The ferry is late again,”", "“Nobody tells us why.”")
    assert first.speaker == second.speaker == "Marta Lind"


def test_mixed_quote_reported_speech_with_a_fragment() -> None:
    text = 'Governor Alan Pike said the budget was "a disgrace to the state" and must change.'
    (found,) = quotes(text)
    assert found.type is QuoteType.MIXED
    assert found.text == 'the budget was "a disgrace to the state" and must change'
    assert found.speaker == "Alan Pike"
    assert found.cue == "said"


def test_paraphrased_summary_with_fragments_is_one_mixed_quote() -> None:
    text = (
        "The minister, Clara Voss, summed up her remarks in a statement:\n\n"
        "Farm subsidies will be cut next year. The cuts are “painful but necessary” and the "
        "savings will go to “schools, not subsidies”, the ministry believes.\n"
    )
    found = [q for q in quotes(text) if q.type is QuoteType.MIXED]
    assert len(found) == 1
    assert found[0].text.startswith("Farm subsidies will be cut")
    assert found[0].speaker == "Clara Voss"


def test_indirect_quote_with_speech_verb() -> None:
    text = "Fire chief Dana Royce said that the blaze started in a kitchen on the third floor."
    (found,) = quotes(text)
    assert found.type is QuoteType.INDIRECT
    assert found.text == "that the blaze started in a kitchen on the third floor"
    assert found.speaker == "Dana Royce"
    assert found.cue == "said"


def test_indirect_quote_introduced_by_according_to() -> None:
    text = "The dam will open in May, according to the regional water board."
    (found,) = quotes(text)
    assert found.type is QuoteType.INDIRECT
    assert found.text == "The dam will open in May"
    assert found.cue == "according to"


def test_block_quote_after_a_line_ending_in_a_colon() -> None:
    text = (
        "Senator Ruth Adler agreed with the inspector's analysis:\n\n"
        "The pipes were never tested. Nobody checked the valves for a decade, and the city "
        "council knew it.\n\nThe hearing continues on Monday.\n"
    )
    found = only(
        text,
        "The pipes were never tested. Nobody checked the valves for a decade, and the city "
        "council knew it.",
    )
    assert found.speaker == "Ruth Adler"
    assert found.score >= 0.5


def test_list_after_a_colon_is_not_a_block_quote() -> None:
    text = "The report lists three causes:\n\n1. Rain.\n\n2. Old pipes and no money to fix them.\n"
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “summer plan” was never published in full by anyone.",
        "She starred in “The Long Harbour” before moving to radio work.",
        "Critics called the programme “waste” at the time.",
    ],
)
def test_scare_quotes_titles_and_single_words_are_kept_but_scored_low(text: str) -> None:
    found = detect_quotes(text)
    assert found, "a faint candidate is expected"
    assert all(c.score < 0.5 for c in found if c.type is QuoteType.DIRECT)


# --- What it suggests -------------------------------------------------------------------------


def test_every_candidate_has_type_score_and_cue_span() -> None:
    text = "“Prices will fall,” the economist Lena Frost told reporters."
    (found,) = quotes(text)
    assert found.type is QuoteType.DIRECT
    assert 0.0 <= found.score <= 1.0
    assert found.cue == "told"
    (cue_span,) = found.cue_spans
    assert text[slice(*cue_span)] == "told"


def test_speaker_surname_and_pronoun_resolve_to_the_full_name() -> None:
    text = (
        "Harbour master Tomas Berg inspected the pier on Friday.\n\n"
        "“The pier is safe,” Berg said.\n\n"
        "“We will reopen it on Monday,” he added.\n"
    )
    first, second = quotes(text)
    assert first.speaker == second.speaker == "Tomas Berg"
    assert text[slice(*first.speaker_spans[0])] == "Berg"
    assert text[slice(*second.speaker_spans[0])] == "he"


def test_titles_and_roles_are_stripped_from_the_speaker() -> None:
    text = "“The talks are over,” said Danish Foreign Ministry spokesman Erik Holm."
    (found,) = quotes(text)
    assert found.speaker == "Erik Holm"
    assert text[slice(*found.speaker_spans[0])].endswith("Erik Holm")


def test_speaker_of_a_pronoun_is_the_latest_person_not_a_place() -> None:
    text = (
        "Anna Ruiz flew to Lisbon on Tuesday.\n\n"
        "“It was a long week,” she said after landing in Portugal.\n"
    )
    (found,) = quotes(text)
    assert found.speaker == "Anna Ruiz"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "“We are ready,” said minister Ivo Kral, according to Czech news agency CTK.",
            "Czech news agency CTK",
            SourceKind.OUTLET,
        ),
        ("Ivo Kral told Reuters that the deal was close.", "Reuters", SourceKind.OUTLET),
        (
            "Ivo Kral said the deal was close, the Daily Herald reports.",
            "the Daily Herald",
            SourceKind.OUTLET,
        ),
        (
            "In an interview with Sky News, Ivo Kral said the deal was close.",
            "Sky News",
            SourceKind.OUTLET,
        ),
        (
            "Ivo Kral said at a news conference that the deal was close.",
            "a news conference",
            SourceKind.EVENT,
        ),
        (
            "Ivo Kral said on Face the Nation that the deal was close.",
            "Face the Nation",
            SourceKind.EVENT,
        ),
        (
            "Ivo Kral said in a statement that the deal was close.",
            "a statement",
            SourceKind.PUBLICATION,
        ),
        (
            "Ivo Kral wrote in a post on X that the deal was close.",
            "a post on X",
            SourceKind.SOCIAL,
        ),
        ("Ivo Kral said on CNN that the deal was close.", "CNN", SourceKind.OUTLET),
        ("Appearing on Sky News, Ivo Kral said the deal was close.", "Sky News", SourceKind.OUTLET),
        (
            "Writing in the Harbour Gazette, Ivo Kral said the deal was close.",
            "the Harbour Gazette",
            SourceKind.OUTLET,
        ),
        (
            "Speaking on Channel 4 News, Ivo Kral said the deal was close.",
            "Channel 4 News",
            SourceKind.OUTLET,
        ),
        (
            "Ivo Kral told BBC Radio 4's Today programme that the deal was close.",
            "BBC Radio 4's Today programme",
            SourceKind.OUTLET,
        ),
        (
            "In an op-ed for the Harbour Gazette, Ivo Kral said the deal was close.",
            "an op-ed for the Harbour Gazette",
            SourceKind.PUBLICATION,
        ),
    ],
)
def test_source_is_the_channel_with_its_kind(text: str, source: str, kind: SourceKind) -> None:
    (found,) = quotes(text)
    assert found.speaker == "Ivo Kral"
    assert found.source == source
    assert found.source_kind is kind
    assert text[slice(*found.source_spans[0])] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The deal is close," Ivo Kral told Reuters.', "Reuters"),
        (
            '"The deal is close," Ivo Kral told the Harbour Gazette on Monday.',
            "the Harbour Gazette",
        ),
        ('"The deal is close," Ivo Kral said on CNN.', "CNN"),
    ],
)
def test_the_source_in_an_attribution_after_the_quote(text: str, source: str) -> None:
    (found,) = quotes(text)
    assert (found.speaker, found.source) == ("Ivo Kral", source)


def test_a_channel_with_a_that_clause_is_not_a_second_attribution_of_the_content() -> None:
    text = (
        'Ada Lind said in a harbour statement that fares were "a painful but necessary step"'
        " after two years of losses."
    )
    (found,) = quotes(text)
    assert (found.speaker, found.cue, found.source) == ("Ada Lind", "said", "a harbour statement")


def test_first_hand_quote_has_no_source() -> None:
    text = "“The deal is close,” Ivo Kral told reporters on Monday."
    (found,) = quotes(text)
    assert found.source is None
    assert found.source_spans == []


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Kral said in Times Square that the deal was close.",
        "Ivo Kral said on the radio that the deal was close.",
        "In TV interviews, Ivo Kral said the deal was close.",
    ],
)
def test_a_place_or_a_medium_after_on_or_in_is_no_outlet(text: str) -> None:
    (found,) = quotes(text)
    assert found.source is None


def test_organisation_speaker() -> None:
    text = "The Finance Ministry said that the new tax would take effect in June."
    (found,) = quotes(text)
    assert found.speaker == "Finance Ministry"


# --- Interface --------------------------------------------------------------------------------


def test_candidates_are_sorted_valid_and_slice_the_text() -> None:
    text = (
        "“First,” said Ada Moss. Ben Ray said the plan was “fine” for now.\n\n"
        "The agency, according to its director Cy Lee, will close. “No,” Lee said. 🚢 “再见,” "
        "Moss added."
    )
    found = detect_quotes(text)
    assert [c.start for c in found] == sorted(c.start for c in found)
    for candidate in found:
        assert Candidate.model_validate(candidate.model_dump()) == candidate
        assert text[candidate.start : candidate.end] == candidate.text
        for start, end in candidate.speaker_spans + candidate.cue_spans + candidate.source_spans:
            assert 0 <= start <= end <= len(text)
    assert "“再见,”" in [c.text for c in found]


def test_empty_and_markless_text() -> None:
    assert detect_quotes("") == []
    assert detect_quotes("The river rose by two metres overnight.") == []


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "“We never got the money, Nils Ek said.\n\nThe next paragraph is plain."
    found = detect_quotes(text)
    assert [c.text for c in found if c.type is QuoteType.DIRECT] == [
        "“We never got the money, Nils Ek said."
    ]


def test_detect_does_not_import_textual() -> None:
    code = (
        "import sys, annotator.detect, annotator.evaluate\n"
        "sys.exit(1 if any(m.split('.')[0] == 'textual' for m in sys.modules) else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --- Attribution patterns found on real news, tested on sentences of our own ---------------


def test_headline_cue_in_title_case() -> None:
    text = "Harbour Board Says Ferry Fares 'Will Rise in Spring'\n\nThe board met on Monday.\n"
    found = quotes(text)
    assert [c.text for c in found] == ["Ferry Fares 'Will Rise in Spring'"]
    assert found[0].type is QuoteType.MIXED
    assert found[0].speaker == "Harbour Board"


def test_possessive_speech_noun_attributes_its_content() -> None:
    text = "The mayor doubted Nora Quist’s claim that the tunnel was finished on time."
    found = only(text, "that the tunnel was finished on time")
    assert found.speaker == "Nora Quist"
    assert found.cue == "claim"


def test_quote_after_an_attribution_without_content_takes_its_speaker() -> None:
    text = (
        "“The tunnel leaks,” said Ivan Petrov, an engineer who has worked there since 1998. "
        "“Everybody knows it.”"
    )
    second = only(text, "“Everybody knows it.”")
    assert second.speaker == "Ivan Petrov"


def test_quote_paragraph_after_an_introducing_line() -> None:
    text = "Stated the engineer Ivan Petrov:\n\n“The tunnel leaks and everybody knows it.”\n"
    (found,) = quotes(text)
    assert found.speaker == "Ivan Petrov"


def test_three_apostrophes_close_a_nested_and_an_outer_quote() -> None:
    text = "''My boss said, 'Go home now.''' Ada Moss recalled."
    (found,) = quotes(text)
    assert found.text == "''My boss said, 'Go home now.'''"
    assert found.speaker == "Ada Moss"


def test_a_later_cue_cuts_the_earlier_reported_content() -> None:
    text = (
        "Mayor Ola Berg said the bridge would reopen, something the council never confirmed, "
        "only saying that repairs continue."
    )
    contents = {c.text: c.speaker for c in quotes(text)}
    assert contents["the bridge would reopen"] == "Ola Berg"
    assert "that repairs continue" in contents


def test_titles_stay_faint_even_after_a_comma() -> None:
    text = "She keeps a copy of her memoir, “Quiet Harbours,” on every table."
    (found,) = [c for c in detect_quotes(text) if c.text == "“Quiet Harbours,”"]
    assert found.score < 0.5


def test_reported_speech_inside_a_block_quote_belongs_to_the_block() -> None:
    text = (
        "The inspector wrote that, in her view\n\n"
        "The mayor said the pipes were fine, but the council knew for years that they leaked "
        "and did nothing about it.\n"
    )
    found = quotes(text)
    assert [c.text for c in found] == [
        "The mayor said the pipes were fine, but the council knew for years that they leaked "
        "and did nothing about it."
    ]
    assert found[0].speaker == "The inspector" or found[0].speaker == "inspector"


def test_nouns_that_look_like_cues_are_not_cues() -> None:
    text = "The minister issued the warning during a closed meeting of the harbour board."
    assert quotes(text) == []
    text = "Putin's demands for a deal haven't changed, the paper noted on its front page."
    assert all(c.speaker != "Putin" for c in quotes(text))


def test_quote_nested_in_marks_of_the_same_kind() -> None:
    text = "“Their promise that the dam “will hold forever” was never serious,” wrote Lena Frost."
    (found,) = quotes(text)
    assert found.text == "“Their promise that the dam “will hold forever” was never serious,”"
    assert found.speaker == "Lena Frost"
    broken = "“The first quote never closes. “The second does,” she said.\nNext line."
    assert [c.text for c in quotes(broken)] == ["“The second does,”"]


def marked(text: str) -> list[str]:
    """The texts of the quotes that the marks of ``text`` enclose."""
    return [text[span.start : span.end] for span in find_quote_spans(text)]


def test_two_quotes_nested_in_marks_of_the_same_kind() -> None:
    text = "“The fee was “fair” and “final” last year,” Ada Lind said."
    (found,) = quotes(text)
    assert found.text == "“The fee was “fair” and “final” last year,”"
    assert found.speaker == "Ada Lind"
    broken = "“It never closes. “One,” she said, and “two” followed.\nNext line."
    assert marked(broken) == ["“One,”", "“two”"]


@pytest.mark.parametrize(
    "opening",
    [
        "It was a give 'em hell kind of night.",
        "They played rock 'n' roll all night.",
        "Nobody moves 'til the ferry docks.",
        "The motion came from Ada in 't Veld, a councillor.",
    ],
)
def test_an_elided_word_is_no_opening_mark_to_swallow_the_quotes_after_it(opening: str) -> None:
    text = opening + ' "The harbour will stay open," Ada Lind said.'
    assert marked(text) == ['"The harbour will stay open,"']
    (found,) = quotes(text)
    assert found.speaker == "Ada Lind"


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lind said: 'The workers' union has let us down.' She left.",
        "Ada Lind said: 'We will not accept the owners' terms. They are unfair.'",
        "Ada Lind said: 'It has been a long year for the islands' families, and it goes on.'",
    ],
)
def test_a_plural_possessive_inside_single_marks_does_not_close_the_quote(text: str) -> None:
    (found,) = quotes(text)
    assert found.type is QuoteType.DIRECT
    assert found.text == text[text.index("'") : text.rindex("'") + 1]
    assert found.speaker == "Ada Lind"


def test_a_single_mark_after_an_s_still_closes_a_quote_that_the_sentence_goes_on_from() -> None:
    text = "Kral called it 'a waste of funds' and blamed the owners' 'greed' for it."
    assert marked(text) == ["'a waste of funds'", "'greed'"]
    assert marked("Kral called them 'wasteful tycoons' today.") == ["'wasteful tycoons'"]


def test_a_quote_over_paragraphs_in_single_marks_with_a_plural_possessive() -> None:
    text = (
        "The harbourmaster, Ada Lind, said: 'It was a hard year. The boats' owners have not"
        " paid.\n\n'But we will get there,' she added."
    )
    (found,) = quotes(text)
    assert found.text == text[text.index("'It") : text.rindex("'") + 1]
    assert found.speaker == "Ada Lind"


def test_the_last_paragraph_of_a_quote_is_not_proposed_again_from_its_cue() -> None:
    text = (
        'Ada Lind said: "It was a hard year. The owners have not paid.\n\n'
        '"But we will get there," she added.'
    )
    (found,) = quotes(text)
    assert found.type is QuoteType.DIRECT
    assert found.text == text[text.index('"It') : text.rindex('"') + 1]


def test_quotes_inside_an_unpaired_single_mark_stand_alone() -> None:
    text = 'Kral called it \'a plan. "We will vote," Ada Lind said.\n\nNext paragraph.'
    assert marked(text) == ['"We will vote,"']


def test_quote_over_paragraphs_with_quotes_nested_in_the_other_style() -> None:
    # Straight outer marks with curly ones inside, as when a statement with its own marks is
    # pasted into a page that uses straight marks: the nested quotes do not end the outer one.
    text = (
        "Ada Lind stated:\n\n"
        '"The board is not about “fair fares” any more. It is about power.\n\n'
        '"The latest case is the “Quay Bill,” which lets owners decide.\n\n'
        '"The answer is simple."\n\nThe vote is on Monday.'
    )
    (found,) = quotes(text)
    assert found.text.startswith('"The board') and found.text.endswith('simple."')
    assert found.speaker == "Ada Lind"
    # In marks of one style, an opener left open before a completed quote was never closed.
    text = "He said “the fee “is dead”\n\n“Next,” she said."
    assert marked(text) == ["“is dead”", "“Next,”"]


def test_the_outlet_wins_over_the_event_as_source() -> None:
    text = "Ivo Kral said at a news conference that the fare would rise, according to Sky News."
    (found,) = quotes(text)
    assert (found.source, found.source_kind) == ("Sky News", SourceKind.OUTLET)
    text = "During a news conference, Ivo Kral said that the deal was close."
    (found,) = quotes(text)
    assert (found.source, found.source_kind) == ("a news conference", SourceKind.EVENT)


def test_quote_after_its_cue_with_a_circumstance_is_direct() -> None:
    text = "Outside the hall the fans were chanting “we are the harbour” after the match."
    (found,) = quotes(text)
    assert found.text == "“we are the harbour”"
    assert found.type is QuoteType.DIRECT


def test_a_title_before_a_name_with_a_long_apposition_still_opens_the_subject() -> None:
    text = (
        "Local campaigner Ewan Baird, 67, who has lived on the island for 40 years, said "
        'residents felt "abandoned".'
    )
    (found,) = quotes(text)
    assert found.text == 'residents felt "abandoned"'
    assert (found.type, found.speaker, found.cue) == (QuoteType.MIXED, "Ewan Baird", "said")


def test_a_speech_verb_before_a_subject_is_not_part_of_the_subject() -> None:
    # ``said residents`` is no subject phrase of ``felt``: the belief is inside what was said.
    text = "Ewan Baird, 67, who has lived on the island for years, said residents felt abandoned."
    assert [(c.text, c.speaker, c.cue) for c in detect_quotes(text)] == [
        ("residents felt abandoned", "Ewan Baird", "said")
    ]


@pytest.mark.parametrize("title", ["Mr", "Mr.", "Dr", "Prof"])
def test_a_title_with_or_without_a_full_stop_resolves_to_the_full_name(title: str) -> None:
    text = (
        "Transport Secretary Ian Doig said he would look at the figures.\n\n"
        f"{title} Doig added: 'Nobody wants to see fares go up.'"
    )
    assert [c.speaker for c in quotes(text)] == ["Ian Doig", "Ian Doig"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We feel forgotten," islanders say.', "islanders"),
        ('"We feel forgotten," say islanders.', "islanders"),
        ("Ferry row: 'We feel forgotten', say islanders\n\nThe ferry was late.", "islanders"),
        ('"The fares are too high," passengers complained.', "passengers"),
        ("Shopkeepers said the fares were too high.", "Shopkeepers"),
    ],
)
def test_a_plural_noun_of_people_that_no_list_holds_is_a_speaker(text: str, speaker: str) -> None:
    (found,) = quotes(text)
    assert found.speaker == speaker


@pytest.mark.parametrize("things", ["letters", "numbers", "filters"])
def test_a_plural_noun_of_things_formed_like_one_of_people_is_no_speaker(things: str) -> None:
    assert [c.speaker for c in detect_quotes(f'"Fares are up," {things} said.')] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senior officials said the ferry would sail.", "Senior officials"),
        ("Harbour officials said the ferry would sail.", "Harbour officials"),
        ("Some of the officials said the ferry would sail.", "Some of the officials"),
        ("Kremlin spokesman Dmitry Peskov said the ferry would sail.", "Dmitry Peskov"),
    ],
)
def test_a_phrase_headed_by_a_common_noun_is_the_speaker_as_written(
    text: str, speaker: str
) -> None:
    (found,) = quotes(text)
    assert found.speaker == speaker


def test_a_relative_that_before_a_plural_subject_is_no_part_of_the_speaker() -> None:
    text = "The board made a move that residents warned could leave them stranded."
    assert [c.speaker for c in quotes(text)] == ["residents"]
    # Before a singular noun, ``that`` is a determiner of the speaker's phrase.
    assert [c.speaker for c in quotes("That official said the port would close.")] == [
        "That official"
    ]


@pytest.mark.parametrize(
    "dateline", ["HARBOURTON, Maine (AP) — ", "HARBOURTON (Wire) – ", "Harbourton (Wire) - "]
)
def test_a_dateline_is_no_part_of_the_content_of_the_first_sentence(dateline: str) -> None:
    text = dateline + "The ferry will stop running in winter, company officials said Tuesday."
    (found,) = quotes(text)
    assert (found.text, found.speaker) == (
        "The ferry will stop running in winter",
        "company officials",
    )


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Ada Lind of the Harbour Institute", "Ada Lind"),
        ("Senator Ada Lind of Maine", "Ada Lind"),
        ("Officials from the Harbour Board", "Officials from the Harbour Board"),
        ("The mayor of Porthaven", "The mayor of Porthaven"),
        ("Residents of Porthaven", "Residents of Porthaven"),
        ("The Ministry of Harbours", "Ministry of Harbours"),
        ("Secretary of State Ann Kerr", "Ann Kerr"),
        ("Representative Ann Kerr of New Porthaven", "Ann Kerr"),
        (
            "The chair of the Joint Harbour Chiefs of Porthaven",
            "The chair of the Joint Harbour Chiefs of Porthaven",
        ),
    ],
)
def test_a_speaker_joined_to_a_body_or_a_place_by_a_preposition(subject: str, speaker: str) -> None:
    (found,) = quotes(f"{subject} said the fares were too high.")
    assert found.speaker == speaker


@pytest.mark.parametrize("opener", ["including", "among them", "such as"])
@pytest.mark.parametrize("subject", ["Harbour officials", "The officials"])
def test_names_given_as_examples_in_an_apposition_are_not_the_speaker(
    opener: str, subject: str
) -> None:
    text = f"{subject}, {opener} deputy mayor Ivo Kral, have said the quay is unsafe."
    (found,) = quotes(text)
    assert found.speaker == subject
