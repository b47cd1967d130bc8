"""The speaker string suggested to the annotator is a clean name (speakers15).

The evaluator scores a speaker by where its mention stands, so it never sees words glued into
the suggested string; the annotator does. Every text here is invented.
"""

from annotator.detect import detect_quotes


def _speakers(text: str) -> dict[str, str | None]:
    """Each candidate's speaker, keyed by the first words of its quote."""
    return {candidate.text[:20]: candidate.speaker for candidate in detect_quotes(text)}


def test_headline_words_before_a_given_name_are_no_part_of_the_name() -> None:
    text = (
        "Angry Dockers Cheer Maria Vostrikova At Quay Rally.\n\n"
        "The harbour strike entered its third week on Monday. Vostrikova said the ferries "
        "would not sail until the pay offer improved."
    )
    assert _speakers(text) == {"the ferries would no": "Maria Vostrikova"}
    # A label written as a sentence (``says`` in lower case) is no headline: its capitals
    # after the title are the name.
    label = (
        "The trawler came home on Friday.\n\n"
        "Reporter Tuva Marsk says:\n\n"
        '"The nets came up empty again."\n\n'
        "Later Marsk said the season was lost."
    )
    assert _speakers(label)["the season was lost"] == "Tuva Marsk"


def test_headline_words_before_an_unknown_given_name_leave_the_name() -> None:
    # ``Poet`` is a role that leads a name, so the unknown given name after it is kept
    # (``Olle Brask``), rather than four capitalised words of the headline, for the surname
    # and for a pronoun after it.
    text = (
        "Gloomy Coastline Poet Olle Brask Returns To The Stage.\n\n"
        "The singer spoke after a long absence. Brask said the new songs were about the "
        'sea. "I missed it," he said.'
    )
    speakers = _speakers(text)
    assert speakers["the new songs were a"] == "Olle Brask"
    assert "Poet" not in (speakers['"I missed it,"'] or "")
    assert "Returns" not in (speakers['"I missed it,"'] or "")
    # A headline opening with the name has no word before it to glue on.
    opening = (
        "Olle Brask Returns To The Stage After Ten Years.\n\n"
        "The singer spoke after a long absence. Brask said the new songs were about the sea."
    )
    assert _speakers(opening) == {"the new songs were a": "Olle Brask"}


def test_a_sentence_adverb_before_a_surname_is_no_given_name() -> None:
    text = (
        "Tuva Marsk chairs the harbour board. The vote on the new pier was put off again. "
        "Interestingly Marsk said the board would meet in the spring."
    )
    assert _speakers(text) == {"the board would meet": "Tuva Marsk"}


def test_a_quantifier_before_a_surname_is_no_given_name() -> None:
    text = (
        "Ivo Kral leads the race for mayor. Some Kral backers stayed home in the rain. "
        "Kral said the turnout would rise next time."
    )
    assert _speakers(text) == {"the turnout would ri": "Ivo Kral"}


def test_a_plural_possessive_apostrophe_is_no_part_of_the_name() -> None:
    text = (
        "Rita Jonas and Tuva Marsk debated on Tuesday. Jonas' plan for the ferries drew "
        "cheers. She said the fares would fall."
    )
    assert _speakers(text) == {"the fares would fall": "Rita Jonas"}


def test_a_compound_modifier_before_a_name_is_no_given_name() -> None:
    text = (
        '"The nets came up empty," said Leeds-born Monte Halvard, a skipper for thirty years. '
        '"We will try again," Halvard said.'
    )
    assert set(_speakers(text).values()) == {"Monte Halvard"}


def test_a_relative_pronoun_after_a_name_stands_for_that_name() -> None:
    text = (
        "Just one councillor stood out against the scheme: Senator Ada Lind of Kestrel Bay, "
        "who had opposed a similar pier in 2019 and lost. The chair of the Guild of Harbour "
        "Pilots, "
        "which endorsed Mr. Kral in March, said the fees would rise."
    )
    speakers = _speakers(text)
    assert speakers["a similar pier in 20"] == "Ada Lind"
    assert speakers["Mr. Kral in March"] == "Guild of Harbour Pilots"
