"""Direct quotes: causes of misses and false alarms found by measuring on real news.

One test per cause fixed; every sentence here was written for these tests.
"""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.detect.marks import find_quote_spans
from annotator.records import Candidate, QuoteType


def quotes(text: str, min_score: float = 0.5) -> list[Candidate]:
    """Candidates of ``text`` scored at least ``min_score``."""
    return [c for c in detect_quotes(text) if c.score >= min_score]


def by_text(text: str) -> dict[str, Candidate]:
    """Candidates scored at least 0.5, keyed by their text."""
    return {c.text: c for c in quotes(text)}


def test_three_apostrophes_closing_two_quotes_do_not_open_a_third() -> None:
    text = (
        "''We hear it often, 'The port is a special case,''' Ms. Lind said. "
        "''It is not true. Nobody believes it.''\n"
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == [
        "''We hear it often, 'The port is a special case,'''",
        "''It is not true. Nobody believes it.''",
    ]
    found = by_text(text)
    assert found["''It is not true. Nobody believes it.''"].type is QuoteType.DIRECT
    assert found["''It is not true. Nobody believes it.''"].speaker == "Lind"


def test_three_apostrophes_opening_a_quote_that_starts_with_a_title() -> None:
    text = "'''Night Train,''' she answered. ''It is a film about a long 'journey home'.''\n"
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["'''Night Train,'''", "''It is a film about a long 'journey home'.''"]


def test_a_quote_after_its_cue_that_the_sentence_goes_on_from_is_mixed() -> None:
    text = 'The pier was empty. Ines Lund said, "We have two more weeks to wait" before it opens.'
    found = by_text(text)
    assert found['"We have two more weeks to wait" before it opens'].type is QuoteType.MIXED
    assert found['"We have two more weeks to wait" before it opens'].speaker == "Ines Lund"
    # Closing on punctuation, or followed by when it was said or by the author's own clause,
    # the quote is all that was said.
    for text, quote in (
        ('The pier was empty. Ines Lund said, "Not yet," when pressed.', '"Not yet,"'),
        ('The pier was empty. Ines Lund tweeted, "We open soon" on Friday.', '"We open soon"'),
        ('The pier was empty. Ines Lund said, "We open soon" and left.', '"We open soon"'),
    ):
        assert by_text(text)[quote].type is QuoteType.DIRECT, text


def test_a_quote_opening_a_sentence_that_goes_on_outside_the_marks_is_mixed() -> None:
    text = (
        '"We sell out by noon," said Ines Lund, who runs the kiosk by the pier.\n\n'
        '"The best customers in the world" come on the early ferry in summer.'
    )
    found = by_text(text)
    quote = '"The best customers in the world" come on the early ferry in summer'
    assert found[quote].type is QuoteType.MIXED
    assert found[quote].speaker == "Ines Lund"
    # A name after the closing mark is an attribution with its comma left out, not more content.
    text = 'Ines Lund has run the kiosk for years.\n\n"The ferry is late again" Ines Lund said.'
    assert by_text(text)['"The ferry is late again"'].type is QuoteType.DIRECT


def test_words_opening_the_sentence_that_the_quote_finishes_make_it_mixed() -> None:
    text = (
        "The ferry was late again. "
        'In past summers, "we could count on it to the minute," Ines Lund said.'
    )
    found = by_text(text)
    quote = 'In past summers, "we could count on it to the minute,"'
    assert found[quote].type is QuoteType.MIXED
    assert found[quote].speaker == "Ines Lund"
    # A quote opening in capitals starts its own sentence; a cue before it attributes it.
    for text, quote in (
        (
            'The ferry was late. At the office, "Nobody can tell us anything," Ines Lund said.',
            '"Nobody can tell us anything,"',
        ),
        (
            'The ferry was late. As Ines Lund put it, "we wait and we wait."',
            '"we wait and we wait."',
        ),
    ):
        assert by_text(text)[quote].type is QuoteType.DIRECT, text


def test_that_and_a_comma_before_a_quote_make_it_reported_content() -> None:
    text = 'The ferry was late again. Ines Lund added that, "nobody at the office knows why."'
    found = by_text(text)
    assert found['that, "nobody at the office knows why."'].type is QuoteType.MIXED
    assert found['that, "nobody at the office knows why."'].speaker == "Ines Lund"


def test_the_object_of_calling_stays_inside_the_quote_after_a_comma() -> None:
    text = (
        "The mayor met the crew on Monday. "
        'Ines Lund kept calling him, in her letters and online, "a man without a timetable."'
    )
    found = by_text(text)
    quote = 'him, in her letters and online, "a man without a timetable."'
    assert found[quote].type is QuoteType.MIXED
    # Called out with nothing between: the quote is what was called, direct.
    text = 'The ferry was leaving. Ines Lund called, "Wait for me!"'
    assert by_text(text)['"Wait for me!"'].type is QuoteType.DIRECT


def test_an_inverted_speaker_with_a_lowercase_modifier_or_a_number() -> None:
    for text, speaker in (
        ('The ferry was late.\n\n"I disagree," said retired Navy Capt. Ola Berg.', "Ola Berg"),
        (
            'The ferry was late.\n\n"She didn\'t like that," said a 2008 campaign veteran.',
            "a 2008 campaign veteran",
        ),
    ):
        (found,) = quotes(text)
        assert found.type is QuoteType.DIRECT
        assert found.speaker == speaker


def test_what_a_sign_read_after_the_quote_and_an_adverb_before_the_cue() -> None:
    text = 'Ines Lund lifted a sign of her own.\n\n"I am still waiting," it read.'
    (found,) = quotes(text)
    assert (found.type, found.cue) == (QuoteType.DIRECT, "read")
    text = 'The kiosk has a new sign.\n\n"Come back tomorrow," it now says.'
    (found,) = quotes(text)
    assert (found.type, found.cue) == (QuoteType.DIRECT, "says")
    # Elsewhere ``read`` is reading, not a cue.
    assert quotes("Ines Lund read the timetable twice before she left the kiosk.") == []


def test_a_quote_after_a_colon_closing_its_sentence_is_a_quote_even_when_short() -> None:
    text = 'Asked whether the ferry would run on time, Ines Lund shot back: "That would be new."'
    # The question opening the text is reported speech of its own (cue ``Asked``).
    (found,) = [c for c in quotes(text) if c.cue != "Asked"]
    assert found.text == '"That would be new."'
    assert (found.type, found.speaker) == (QuoteType.DIRECT, "Ines Lund")
    # A single quoted word after a colon stays faint.
    assert quotes('The crate had one word on its side: "Fragile."') == []


def test_a_quote_before_a_byline_is_the_title_of_a_piece() -> None:
    text = (
        "WEEKEND READING:\n\n"
        '—"A ferry that never comes," by the Courier\'s Ines Lund.\n\n'
        '—"Why the kiosk closes at noon," by Ola Berg.'
    )
    assert quotes(text) == []
    assert {c.text for c in quotes(text, min_score=0.0)} == {
        '"A ferry that never comes,"',
        '"Why the kiosk closes at noon,"',
    }


def test_a_paragraph_of_a_few_words_in_single_marks_is_a_subheading() -> None:
    text = (
        '"We sell out by noon," Ines Lund said of the kiosk.\n\n'
        "'A queue from start to finish'\n\n"
        "The kiosk opened in 1998 and has not closed a day since."
    )
    assert [c.text for c in quotes(text)] == ['"We sell out by noon,"']
    # With its attribution after it, a quote in single marks is a quote.
    text = (
        '"We sell out by noon," Ines Lund said of the kiosk.\n\n'
        "'The queue starts before dawn,' she said."
    )
    assert len(quotes(text)) == 2
    # Closing a paragraph after an attribution, a short quote in single marks goes on with it.
    text = "'We sell out by noon,' Ines Lund said. 'Then we go home.'"
    assert [(c.text, c.speaker) for c in quotes(text)] == [
        ("'We sell out by noon,'", "Ines Lund"),
        ("'Then we go home.'", "Ines Lund"),
    ]


def test_a_quote_right_after_its_cue_closing_on_a_comma_is_the_whole_object() -> None:
    for text, quote in (
        (
            'Ines Lund, citing "the worst summer in memory," closed the kiosk early.',
            '"the worst summer in memory,"',
        ),
        (
            'The mayor, echoing "the old rules of the harbour," closed the pier for a week.',
            '"the old rules of the harbour,"',
        ),
    ):
        found = by_text(text)
        assert found[quote].type is QuoteType.DIRECT, text
    # After a naming cue the quote names its object: a mixed quote from the object.
    text = 'Ines Lund, calling him "a tireless dreamer," left the room.'
    assert all(c.type is not QuoteType.DIRECT for c in quotes(text))


def test_words_opening_a_sentence_before_a_quote_and_its_attribution_make_it_mixed() -> None:
    text = 'The ferry was late. Their "patience is gone," said Ines Lund.'
    found = by_text(text)
    assert found['Their "patience is gone,"'].type is QuoteType.MIXED
    assert found['Their "patience is gone,"'].speaker == "Ines Lund"
    # A scare quote inside a longer clause with no attribution after it stays faint.
    text = 'The ferry was late. The "timetable," as everyone knows, is a fiction.'
    assert all(c.type is not QuoteType.DIRECT for c in quotes(text))


def test_the_second_part_of_an_interrupted_quote_takes_the_speaker_between() -> None:
    text = 'The ferry was late. "Hopes for a timetable," wrote one reader, "are fading."'
    found = by_text(text)
    assert found['"Hopes for a timetable,"'].speaker == "one reader"
    assert found['"are fading."'].speaker == "one reader"


def test_words_before_an_attribution_that_a_lowercase_quote_finishes_are_a_fragment() -> None:
    text = 'If the ferry stops, Lind said, "the island will empty within a year."'
    found = by_text(text)
    fragment = found["If the ferry stops"]
    assert fragment.type is QuoteType.INDIRECT
    assert (fragment.speaker, fragment.cue) == ("Lind", "said")
    assert found['"the island will empty within a year."'].type is QuoteType.DIRECT
    # A quote opening in capitals is a sentence of its own after the author's framing, and a
    # connective of the author's is no fragment.
    text = 'At the quay, Lind said, "Nobody told us." Still, she added, "we will stay."'
    assert all(c.type is QuoteType.DIRECT for c in quotes(text))


def test_a_short_quote_after_so_called_is_a_term_scored_faint() -> None:
    for text in (
        'The ferry was late. The so-called "timetable," as everyone knows, is fiction.',
        'The ferry was late again, and the so called "express" was slowest of all.',
    ):
        assert quotes(text) == [], text
        assert [c.type for c in quotes(text, min_score=0.0)] == [QuoteType.DIRECT]


def test_an_inverted_speaker_phrase_stops_before_a_verb() -> None:
    from annotator.detect.attribution import subject_after

    text = "said the ferry was late"
    found = subject_after(text, 4, len(text))
    assert found is not None and found.text == "the ferry"
    text = "said the ferry's longtime captain"
    found = subject_after(text, 4, len(text))
    assert found is not None and found.text == "the ferry's longtime captain"


def test_a_quote_closing_on_a_full_stop_is_not_attributed_by_the_next_sentence() -> None:
    text = (
        '"The ferry will run," Ines Lund said. "The kiosk will open." '
        "Harbour officials also dismissed any talk of a strike."
    )
    found = by_text(text)
    assert found['"The kiosk will open."'].speaker == "Ines Lund"
    # A bare attribution after the full stop still attributes the quote.
    text = 'The pier was empty.\n\n"We will wait for the last ferry." Ola Berg said.'
    assert by_text(text)['"We will wait for the last ferry."'].speaker == "Ola Berg"


def test_a_quote_after_a_cue_with_no_subject_found_still_goes_on_into_content() -> None:
    text = 'The race was close. Yet another said, "Lund is in a race with Berg" for second place.'
    found = by_text(text)
    assert found['"Lund is in a race with Berg" for second place'].type is QuoteType.MIXED


def test_an_inches_mark_after_feet_does_not_close_a_quote() -> None:
    text = "“He is taller than me, he is like 6’2”,” Lund said. “Or 5’11”, I forget.”"
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["“He is taller than me, he is like 6’2”,”", "“Or 5’11”, I forget.”"]
    text = '"She is 5\'11" and fast," he said.'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [text[: text.index(" he")]]
    # A number alone before the closing mark is no height.
    text = "“Room 12”, she said."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["“Room 12”"]


def test_a_participle_opening_the_sentence_takes_the_quote_as_its_object() -> None:
    text = 'The pier closed early. Citing "a duty to the crew," her aide said it would stay shut.'
    found = by_text(text)
    assert found['"a duty to the crew,"'].type is QuoteType.DIRECT


def test_words_between_a_quote_closing_on_a_comma_and_its_attribution_are_content() -> None:
    text = (
        "The yard is quiet. "
        '"The boats are too old to sail," since most were built before the war, said Ines Lund.'
    )
    found = by_text(text)
    quote = '"The boats are too old to sail," since most were built before the war'
    assert found[quote].type is QuoteType.MIXED
    assert found[quote].speaker == "Ines Lund"
    text = (
        "The yard is quiet. "
        '"There is no money left," and the yard will close in May, Ines Lund said.'
    )
    assert by_text(text)['"There is no money left," and the yard will close in May'].type is (
        QuoteType.MIXED
    )
    # The speaker phrase right after the comma leaves the quote direct.
    for text in (
        'The yard is quiet. "The boats are too old to sail," said Ines Lund, a skipper.',
        'The yard is quiet. "The boats are too old to sail," Ines Lund, a skipper, said.',
    ):
        found = by_text(text)['"The boats are too old to sail,"']
        assert (found.type, found.speaker) == (QuoteType.DIRECT, "Ines Lund"), text


def test_the_object_of_a_cue_before_a_colon_is_content_of_a_mixed_quote() -> None:
    for text, quote in (
        (
            'The union warned of a long winter: "There will be no ferry until March."',
            'a long winter: "There will be no ferry until March."',
        ),
        (
            'Ines Lund suggested closing the quay for good: "Nobody uses it anymore."',
            'closing the quay for good: "Nobody uses it anymore."',
        ),
        (
            'Ines Lund stressed the council’s position: "Nobody uses it anymore."',
            'the council’s position: "Nobody uses it anymore."',
        ),
    ):
        assert by_text(text)[quote].type is QuoteType.MIXED, text
    # An addressee, a topic or a circumstance before the colon leaves the quote direct.
    for text in (
        'Ines Lund told the crowd: "Nobody uses it anymore."',
        'Ines Lund said of the quay: "Nobody uses it anymore."',
        'Ines Lund said in a statement: "Nobody uses it anymore."',
        # The remarks as the subject: the verb characterises them, the quote gives them.
        'Ines Lund’s remarks stressed the council’s position: "Nobody uses it anymore."',
    ):
        found = by_text(text)['"Nobody uses it anymore."']
        assert (found.type, found.speaker) == (QuoteType.DIRECT, "Ines Lund"), text


def test_a_quote_closing_its_sentence_inside_the_marks_ends_the_sentence() -> None:
    text = (
        "Ines Lund criticised the harbour board, which she called “a club for old skippers.” "
        "She left early."
    )
    found = by_text(text)["“a club for old skippers.”"]
    assert (found.type, found.speaker, found.cue) == (QuoteType.DIRECT, "Ines Lund", "called")


def test_a_one_word_quote_after_a_naming_cue_and_its_object_is_mixed() -> None:
    text = "The harbour board met on Monday. Ines Lund called it “predatory.”"
    (found,) = quotes(text)
    assert (found.text, found.type, found.speaker) == (
        "it “predatory.”",
        QuoteType.MIXED,
        "Ines Lund",
    )
    # Two plain words after a cue are still too short to be reported content.
    assert quotes("The harbour board met on Monday. Ines Lund called it off.") == []


def test_any_verb_after_a_quote_closing_on_a_comma_and_its_subject_attributes_it() -> None:
    # A comma, ``?`` or ``!`` inside the closing mark says the sentence goes on with its
    # attribution, whatever the verb: a verb of manner in the past tense, a phrasal verb, or a
    # cue that is more often a noun.
    for text, speaker, cue in (
        ("The ferry was late again.\n\n“Not one boat left today,” Kral fumed.", "Kral", "fumed"),
        ("The ferry was late again.\n\n“Why wait?” Ines Lund pressed.", "Ines Lund", "pressed"),
        ("The ferry was late again.\n\n“We can wait,” she went on.", "she", "went on"),
        ("The ferry was late again.\n\n“The quay is old,” Lund notes.", "Lund", "notes"),
        ("The ferry was late again.\n\n“Why wait?” pressed Ines Lund.", "Ines Lund", "pressed"),
    ):
        (found,) = quotes(text)
        assert (found.speaker, found.cue, found.score) == (speaker, cue, 0.95), text


def test_a_verb_after_a_quote_closing_its_sentence_or_inside_a_phrase_attributes_nothing() -> None:
    # After a full stop inside the marks a new sentence starts; a participle or a relative
    # clause after a title belongs to the phrase that names it.
    for text in (
        "The ferry was late again.\n\n“Not one boat left today.” Kral smiled and walked off.",
        "“Low Tide,” a film about the quay directed by Ines Lund, opens on Friday.",
        "“Low Tide,” a film about the quay that first aired in May, returns on Friday.",
    ):
        assert all(q.cue is None for q in detect_quotes(text)), text
    # A phrasal verb after a quote closing on a full stop attributes it only when it ends its
    # clause: otherwise a new sentence tells what happened next.
    (found,) = detect_quotes("The vote was close.\n\n“We lost the quay.” He went on to win it.")
    assert found.cue != "went on"
    (found,) = quotes("The vote was close.\n\n“We lost the quay.” He went on.\n")
    assert (found.speaker, found.cue) == ("He", "went on")


def test_speaker_phrases_after_a_quote_with_modifiers_parentheses_and_affiliations() -> None:
    lead = "The ferry was sold.\n\n“The port will close at dawn,” "
    for tail, speaker in (
        ("state auditors wrote in a report.", "state auditors"),
        ("political scientist Ada Lind told the Courier.", "Ada Lind"),
        ("Sen. Ada Lind (D-Maine) said on Monday.", "Ada Lind"),
        ("Ivo Kral of the Harbour Institute for Maritime Studies wrote in May.", "Ivo Kral"),
        ("the assailant, Ivo Kral, told reporters.", "Ivo Kral"),
        ("the conservative-leaning paper wrote.", "the conservative-leaning paper"),
        ("the editorial read.", "the editorial"),
        ("said retired skipper Ada Lind.", "Ada Lind"),
        ("said one well-connected skipper.", "one well-connected skipper"),
        ("concluded a 2009 survey of skippers.", "a 2009 survey of skippers"),
    ):
        (found,) = quotes(lead + tail)
        assert found.speaker == speaker, tail
    # A title followed by a phrase naming it: the clause in it attributes nothing.
    text = "“Low Tide,” the 1990s drama that Ines Lund revived in May, returns on Friday."
    assert all(q.cue is None for q in detect_quotes(text))


def test_speakers_of_quotes_after_an_opening_adverbial_an_inverted_opening_or_put_it() -> None:
    quote = "“The port will close at dawn.”"
    for lead, speaker, cue in (
        ("Here in Leeds, Lind stepped up her attacks on the board, saying, ", "Lind", "saying"),
        ("Ever since she left the board, Ada Lind has been a critic, warning: ", "Ada Lind", None),
        ("The ferry sank in what the board called a tragedy. Said Lind, ", "Lind", "Said"),
        ("The ferry was sold.\n\nSaid Ada Lind, who grew up on the quay, ", "Ada Lind", "Said"),
        ("The ferry was sold.\n\nAs the mayor, Ada Lind, put it, ", "Ada Lind", "put it"),
        ("The quay froze, and as Lind put it later, ", "Lind", "put it"),
    ):
        found = by_text(lead + quote)[quote]
        assert found.speaker == speaker, lead
        assert cue is None or found.cue == cue, lead
    # A reported clause keeps its speaker before the comma of a short opening adverb.
    found = by_text("Then she shattered the board's plans, saying " + quote)[quote]
    assert found.speaker == "she"


def test_a_dash_line_after_a_quote_set_apart_names_its_speaker() -> None:
    text = "The ferry was sold.\n\n“The port will close at dawn.”\n\n— Ada Lind, a former mayor.\n"
    (found,) = quotes(text)
    assert (found.speaker, found.cue) == ("Ada Lind", "—")
    # An aside between dashes, or the items of a list, name no one.
    for after in (
        "— A skipper himself —.",
        "- Fix the pier.\n- Paint the hulls.",
        "- New pier, soon.",
    ):
        text = "The ferry was sold.\n\n“We need three things.”\n\n" + after + "\n"
        assert all(q.speaker is None for q in detect_quotes(text)), after


def test_a_quote_right_after_its_cue_that_the_sentence_goes_on_from_is_mixed() -> None:
    # No comma between the cue and the quote: the same rule as after ``said,`` (here with a
    # subject too long for reported speech to be read from the cue).
    text = (
        "The ferry was sold.\n\nInes Lund, a skipper who has met the board twice and been "
        "named as a candidate, said “there may be” a way to keep the quay."
    )
    found = by_text(text)["“there may be” a way to keep the quay"]
    assert (found.type, found.speaker) == (QuoteType.MIXED, "Ines Lund")
    # A circumstance after the quote is not content: the quote stays direct.
    text = "The ferry was sold.\n\nThe skippers chanted “Save the quay” outside the hall."
    found = by_text(text)["“Save the quay”"]
    assert found.type is QuoteType.DIRECT


def test_a_document_sent_with_a_participle_before_a_quote_is_the_source_not_the_speaker() -> None:
    for text, speaker, source in (
        ("The ferry was sold.\n\nAt noon she sent a memo saying, “Done.”", "she", "a memo"),
        (
            "The ferry was sold.\n\nThe council put out a statement saying, “The quay is shut.”",
            "The council",
            "a statement",
        ),
    ):
        (found,) = quotes(text)
        assert (found.speaker, found.source) == (speaker, source), text


def test_a_time_with_any_small_number_opening_the_sentence_is_no_speaker() -> None:
    text = "The ferry was sold.\n\nEight years ago, he backed the board and said, “Sell it.”"
    found = by_text(text)["“Sell it.”"]
    assert found.speaker == "he"


def test_a_quote_in_an_aside_with_its_own_attribution_is_direct_and_ends_the_content() -> None:
    for opening, closing in ((" - ", " - "), (" — ", " — "), (" (", ") ")):
        text = (
            f"The treasurer warned that the accounts were late{opening}"
            f'"Nobody has sent me the receipts," he said{closing}and left the meeting early.\n'
        )
        found = by_text(text)
        assert found['"Nobody has sent me the receipts,"'].type is QuoteType.DIRECT
        assert found['"Nobody has sent me the receipts,"'].cue == "said"
        assert found["that the accounts were late"].type is QuoteType.INDIRECT
        assert found["that the accounts were late"].speaker == "The treasurer"
        # The words after the aside are the author's narration, no content of ``he said``.
        assert not any(c.cue == "said" and "meeting" in c.text for c in found.values())
    text = (
        'The coach praised her squad\'s "stubborn defending" - "the kind that wins '
        'titles," she said - and left for the airport.\n'
    )
    found = by_text(text)
    assert found['her squad\'s "stubborn defending"'].type is QuoteType.MIXED
    assert found['"the kind that wins titles,"'].type is QuoteType.DIRECT
    # An aside the content goes on after keeps no cut (``the ferry — “...,” he said — will``).
    text = 'The ferry — "the oldest we have," Kral said — will be sold in May.\n'
    assert by_text(text)['"the oldest we have,"'].speaker == "Kral"


def test_a_quote_after_that_said_is_direct_and_spoken_by_the_phrase_that_stands_for() -> None:
    for gap in (", ", " ", ": "):
        text = f'The phone line played a recording that said{gap}"The office is shut."\n'
        found = by_text(text)
        quote = found['"The office is shut."']
        assert quote.type is QuoteType.DIRECT
        assert quote.cue == "said"
        assert quote.speaker == "a recording"
        # ``that`` is the subject of ``said``, no complementiser opening a content of its noun.
        assert not any(c.text.startswith("that said") for c in found.values())
    text = 'The board put up posters that say: "Keep off the quay."\n'
    assert by_text(text)['"Keep off the quay."'].speaker == "posters"
    # A ``that`` clause of content after a noun stays one (``the claim that ...``).
    text = "The rumour that the quay would close spread through the town.\n"
    assert by_text(text)["that the quay would close"].type is QuoteType.INDIRECT


def test_a_time_of_saying_after_a_quote_is_no_content() -> None:
    for tail in (
        "minutes after the count ended",
        "shortly after the polls closed",
        "two hours later",
        "Tuesday night",
    ):
        text = f'Lind tweeted "Thanks to every voter in Leeds" {tail}.\n'
        quote = by_text(text)['"Thanks to every voter in Leeds"']
        assert quote.type is QuoteType.DIRECT
        assert quote.cue == "tweeted"
    # Inside reported content the time goes on with the content.
    text = 'Lind said the ferry was "falling apart" two years after it was built.\n'
    assert by_text(text)['the ferry was "falling apart" two years after it was built'].type is (
        QuoteType.MIXED
    )


def test_a_quote_after_a_document_and_a_participle_of_speech_is_direct() -> None:
    for tail in ("", " minutes after the vote"):
        text = f'Kral posted a short message saying "We did it, Leeds"{tail}.\n'
        quote = by_text(text)['"We did it, Leeds"']
        assert quote.type is QuoteType.DIRECT
        assert quote.cue == "saying"
        assert quote.speaker == "Kral"
    # A clause of the author's after the quote keeps the reported content whole.
    text = 'Kral sent a note saying "the boat is safe" and the storm had passed.\n'
    assert by_text(text)['"the boat is safe" and the storm had passed'].type is QuoteType.MIXED


def test_a_quote_after_a_clause_of_its_own_inside_another_content_is_direct() -> None:
    text = (
        "At the meeting, the skipper replied to the harbour master's letter by saying, "
        '"We sail at dawn whatever the weather."\n'
    )
    quote = by_text(text)['"We sail at dawn whatever the weather."']
    assert quote.type is QuoteType.DIRECT
    assert quote.cue == "saying"
    text = (
        "Lind teased the council by reading out the unpaid bills and adding, "
        '"Someone will have to settle these."\n'
    )
    found = by_text(text)
    assert found['"Someone will have to settle these."'].cue == "adding"
    assert found['"Someone will have to settle these."'].type is QuoteType.DIRECT
    assert not any(c.type is QuoteType.MIXED for c in found.values())
    text = 'Kral forwarded the file with a cover note that said, "Read this before Monday."\n'
    found = by_text(text)
    assert found['"Read this before Monday."'].type is QuoteType.DIRECT
    assert found['"Read this before Monday."'].speaker == "a cover note"
    # What is left of the earlier content has no verb of its own: no content of ``forwarded``.
    assert not any(c.cue == "forwarded" for c in found.values())


def test_a_quote_right_after_a_cue_and_its_addressee_with_no_comma_is_direct() -> None:
    for addressee in ("the crowd", "the angry harbour crowd", "reporters", "Ada Lind"):
        text = f'Kral asked {addressee} "Why should we wait any longer?"\n'
        quote = by_text(text)['"Why should we wait any longer?"']
        assert quote.type is QuoteType.DIRECT
        assert quote.cue == "asked"
        assert quote.speaker == "Kral"
    # A cue nested in another's content leaves that content whole.
    text = 'Lind says she will phone the warden and remind him "the gate shuts at ten" tonight.\n'
    assert any(c.type is QuoteType.MIXED and c.cue == "says" for c in quotes(text))


def test_an_excerpt_after_a_headline_and_its_byline_is_faint() -> None:
    text = (
        'HARBOUR NEWS—"Night ferry to stop in May," by the Courier\'s Ada Lind: "The last '
        'boat of the night service will leave the quay on the first of May."\n'
    )
    assert not [c for c in quotes(text) if c.type is QuoteType.DIRECT]
    # A quote after its speaker and a colon is untouched.
    text = 'Asked by Ada Lind about the ferry, Kral said: "It will stop in May."\n'
    assert by_text(text)['"It will stop in May."'].speaker == "Kral"
