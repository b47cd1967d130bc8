"""Detection cases found while measuring accuracy on real news: one test per cause fixed.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate, QuoteType, SourceKind


def quotes(text: str, min_score: float = 0.5) -> list[Candidate]:
    """Candidates of ``text`` scored at least ``min_score``."""
    return [c for c in detect_quotes(text) if c.score >= min_score]


def spans(text: str) -> list[str]:
    """The texts of the candidates scored at least 0.5, in order."""
    return [c.text for c in quotes(text)]


def by_text(text: str) -> dict[str, Candidate]:
    """Candidates scored at least 0.5, keyed by their text."""
    return {c.text: c for c in quotes(text)}


def test_reported_content_stops_before_a_clause_that_attributes_its_own_quote() -> None:
    text = (
        "Mayor Tor Aas said the tram would run by May, to which Ines Lund replied: “Not a chance.”"
    )
    found = by_text(text)
    assert found["the tram would run by May"].type is QuoteType.INDIRECT
    assert found["“Not a chance.”"].type is QuoteType.DIRECT
    assert found["“Not a chance.”"].speaker == "Ines Lund"


def test_a_participle_cue_before_a_comma_introduces_a_direct_quote() -> None:
    text = (
        "The coach thanked the fans after the final whistle, remarking, "
        "“You carried us through the second half.”"
    )
    found = by_text(text)
    assert found["“You carried us through the second half.”"].type is QuoteType.DIRECT


def test_answered_and_interjected_are_speech_cues() -> None:
    text = 'Odd Vik said that rents were "far too high," Mira Stene answered: "They are fair."'
    found = by_text(text)
    assert found['that rents were "far too high,"'].type is QuoteType.MIXED
    assert found['"They are fair."'].speaker == "Mira Stene"
    text = "“The vote is closed,” the chair said, and Nils Holm interjected: “Not yet.”"
    assert by_text(text)["“Not yet.”"].speaker == "Nils Holm"
    # Only the verb forms: ``the answer`` stays a noun.
    assert quotes("The answer was a short one about the budget for next year.") == []


def test_attribution_with_an_appositive_closes_the_sentence() -> None:
    text = "The port will close next spring, said Ivo Kral, a former mayor of the town."
    (found,) = quotes(text)
    assert found.text == "The port will close next spring"
    assert found.speaker == "Ivo Kral"
    text = "The port will close next spring, she said in an interview on Monday."
    (found,) = quotes(text)
    assert found.text == "The port will close next spring"


def test_a_comma_before_the_subject_does_not_make_the_content_come_first() -> None:
    text = "After the long meeting on Monday, officials said the bridge would close."
    (found,) = quotes(text)
    assert found.text == "the bridge would close"


def test_words_after_a_quote_that_opens_the_sentence_make_it_mixed() -> None:
    text = 'The square was calm.\n\n"People were dancing" before the storm hit, she said.'
    found = by_text(text)
    assert found['"People were dancing" before the storm hit'].type is QuoteType.MIXED


def test_a_quote_closing_on_a_comma_stays_direct_before_its_speaker() -> None:
    for text, quote in (
        (
            "“The tide is turning,” Ada Lind, a nurse from Oslo, said in an interview.",
            "“The tide is turning,”",
        ),
        ("“Why now?” Ada Lind, a nurse from Oslo, asked on Monday.", "“Why now?”"),
    ):
        (found,) = quotes("Turnout was low.\n\n" + text)
        assert found.text == quote
        assert found.type is QuoteType.DIRECT
        assert found.speaker == "Ada Lind"


def test_a_quote_after_an_addressee_and_a_circumstance_stands_on_its_own() -> None:
    text = "Ana Berg told the council in a letter sent on Friday, “We cannot wait another year.”"
    (found,) = quotes(text)
    assert found.text == "“We cannot wait another year.”"
    assert found.type is QuoteType.DIRECT
    assert found.speaker == "Ana Berg"


def test_a_clause_before_the_quote_keeps_it_inside_reported_speech() -> None:
    text = "Ana Berg said that whatever the council decides, “the harbour stays open.”"
    (found,) = quotes(text)
    assert found.type is QuoteType.MIXED
    text = (
        "Ana Berg told the members of the harbour council who met on Friday morning, "
        "“and then the harbour stays open.”"
    )
    (found,) = quotes(text)
    assert found.type is QuoteType.MIXED


def test_a_quote_right_after_a_work_or_term_noun_is_a_title_and_scored_low() -> None:
    for text, title in (
        ("She wrote about the strike in her memoir, “Salt and Iron.”", "“Salt and Iron.”"),
        ("The mayor avoided the term “housing crisis” all evening.", "“housing crisis”"),
    ):
        (found,) = [c for c in detect_quotes(text) if c.text == title]
        assert found.score < 0.5
    # A quote from the book, attributed after it, is still a quote.
    text = "In his book, “The port will never close,” Ivo Kral wrote."
    (found,) = quotes(text)
    assert found.text == "“The port will never close,”"


def test_initials_before_a_quote_that_opens_with_a_capital_end_the_sentence() -> None:
    text = (
        "“The mill is gone,” Ada Lind said at a rally in Dover, N.H. "
        "“We have to build something else.”"
    )
    found = by_text(text)
    assert set(found) == {"“The mill is gone,”", "“We have to build something else.”"}
    assert found["“We have to build something else.”"].type is QuoteType.DIRECT
    # Inside a sentence the initials still do not end it.
    text = "Ada Lind said the U.S. economy was strong and the mill would reopen soon."
    (found,) = quotes(text)
    assert found.text == "the U.S. economy was strong and the mill would reopen soon"


def test_reported_content_ending_in_a_quote_before_its_attribution_is_mixed() -> None:
    text = "Turnout was low.\n\nThe council is “wasting every summer we have,” Ivo Kral said."
    (found,) = quotes(text)
    assert found.text == "The council is “wasting every summer we have,”"
    assert found.type is QuoteType.MIXED
    assert found.speaker == "Ivo Kral"
    # The whole content in marks stays a direct quote, also inside parentheses.
    for text, quote in (
        ("“We are wasting every summer,” Ivo Kral said.", "“We are wasting every summer,”"),
        ("The hall went quiet. (“Not again,” Ivo Kral said.)", "“Not again,”"),
    ):
        (found,) = quotes(text)
        assert (found.text, found.type) == (quote, QuoteType.DIRECT)


def test_a_common_noun_phrase_can_be_the_subject_of_said() -> None:
    for text, speaker, content in (
        (
            "Some of the skippers said they had waited on the quay all night.",
            "Some of the skippers",
            "they had waited on the quay all night",
        ),
        ("Small growers say they have not made a profit.", "Small growers", "they have not"),
        ("The speechwriter said the deal was off.", "The speechwriter", "the deal was off"),
    ):
        (found,) = quotes(text)
        assert found.speaker == speaker
        assert found.text.startswith(content)
    # A function word or an adverb before the cue is no subject.
    assert quotes("It was exactly what was said at the meeting last week.") == []


def test_a_cue_coordinated_with_an_earlier_verb_takes_the_clause_subject() -> None:
    text = "Ada Lind also toured the new pier and said she expected it to open soon."
    (found,) = quotes(text)
    assert found.text == "she expected it to open soon"
    assert found.speaker == "Ada Lind"
    text = "Mira Stene refused to name a winner but later said the vote had been fair."
    refusal, found = quotes(text)
    assert (found.text, found.speaker) == ("the vote had been fair", "Mira Stene")
    # The refusal is an attribution of intention, scored below the speech (see attitudes.py).
    assert (refusal.text, refusal.cue, refusal.speaker) == (
        "to name a winner",
        "refused",
        "Mira Stene",
    )
    assert refusal.score < found.score


def test_it_or_this_opening_the_content_is_its_subject_unless_a_preposition_follows() -> None:
    for text, content in (
        ("Kral said it would close the port.", "it would close the port"),
        ("The union said it actively opposed the plan.", "it actively opposed the plan"),
    ):
        (found,) = quotes(text)
        assert found.text == content
    assert quotes("Ivo Kral expressed this to the paper on Monday.") == []


def test_a_time_between_the_subject_and_the_cue_is_skipped() -> None:
    for text in (
        "Mayor Ivo Kral on Tuesday said that the port would close.",
        "Mayor Ivo Kral earlier this month said that the port would close.",
        "Mayor Ivo Kral yesterday said that the port would close.",
    ):
        (found,) = quotes(text)
        assert (found.text, found.speaker) == ("that the port would close", "Ivo Kral")


def test_reported_content_in_a_subordinate_clause_ends_before_the_main_clause() -> None:
    text = "While Ivo Kral said that the port must close, he appeared uneasy about it."
    (found,) = [q for q in quotes(text) if q.cue == "said"]
    assert found.text == "that the port must close"
    # Without a subordinate opening the sentence, the content runs on as before.
    text = "Ivo Kral said that the port must close, it had lost money for years."
    (found,) = quotes(text)
    assert found.text == "that the port must close, it had lost money for years"


def test_a_share_of_people_can_be_the_subject_of_said() -> None:
    for text, speaker in (
        ("On jobs, 42% say they are worried about the future.", "42%"),
        ("Roughly three in 10 said they might skip the ferry in May.", "Roughly three in 10"),
        ("Some of the skippers have said they waited all night.", "Some of the skippers"),
    ):
        (found,) = quotes(text)
        assert found.speaker == speaker
        assert found.text.startswith("they ")


def test_the_antecedent_of_who_is_the_speaker() -> None:
    text = "The charge came from Ada Lind, who said the mayor had lied to her."
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("the mayor had lied to her", "Ada Lind")
    text = "The vote angered Republicans who say the new law is a money pit."
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("the new law is a money pit", "Republicans")


def test_content_that_is_another_attribution_gives_way_to_its_quote() -> None:
    text = (
        "As for the critics who claim to prefer the old harbour plan, Ivo Kral said, "
        "“They have never had to pay for it.”"
    )
    found = by_text(text)
    assert set(found) == {"to prefer the old harbour plan", "“They have never had to pay for it.”"}
    assert found["“They have never had to pay for it.”"].type is QuoteType.DIRECT
    assert found["“They have never had to pay for it.”"].speaker == "Ivo Kral"


def test_a_verb_with_an_object_in_the_content_does_not_block_a_trailing_attribution() -> None:
    text = "The ferry strike has added a new worry to every crossing, she noted."
    (found,) = quotes(text)
    assert (found.text, found.speaker) == (
        "The ferry strike has added a new worry to every crossing",
        "she",
    )
    # A reported clause before an outlet's attribution stays the outlet's source.
    text = "Kral said the port would close, Axios reports."
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("the port would close", "Kral")


def test_any_verb_of_saying_can_close_its_sentence_after_an_appositive() -> None:
    text = (
        "The harbour board long ago lost faith in the plan, the Courier reported, "
        "citing two members."
    )
    found = by_text(text)
    assert found["The harbour board long ago lost faith in the plan"].speaker == "Courier"


def test_an_infinitive_after_the_cue_is_content_not_an_adverbial() -> None:
    text = "Mayor Ivo Kral vowed to rebuild the pier, the harbour wall and the old market."
    (found,) = quotes(text)
    assert found.text == "to rebuild the pier, the harbour wall and the old market"
    # ``to`` before an addressee is still skipped.
    (found,) = quotes("She said to reporters that the port would close.")
    assert found.text == "that the port would close"


def test_a_belief_verb_in_the_content_does_not_block_a_trailing_attribution() -> None:
    text = "The town she hoped to win will be close, said Dan Roe, a local pollster."
    found = by_text(text)
    assert found["The town she hoped to win will be close"].speaker == "Dan Roe"


def test_a_trailing_subject_with_a_role_before_the_name_closes_the_content() -> None:
    text = (
        "The mayor flew abroad a lot and was on her way to Oslo for a summit, "
        "the news site Harbour Daily reported."
    )
    (found,) = quotes(text)
    assert found.text == "The mayor flew abroad a lot and was on her way to Oslo for a summit"
    assert found.speaker_spans == [(text.index("the news site"), text.index(" reported"))]


def test_a_quote_after_a_colon_stands_on_its_own_even_after_a_relative_clause() -> None:
    text = (
        "Ivo Kral replied with a remark his opponent might have made: "
        "“Do not tell me about the harbour.”"
    )
    found = by_text(text)
    assert found["“Do not tell me about the harbour.”"].type is QuoteType.DIRECT


def test_coordinated_participles_each_report_their_own_content() -> None:
    text = (
        "On Friday, Greta Moss fired off a reply saying she would not sign the lease "
        "and suggesting that the board should meet again."
    )
    found = by_text(text)
    assert set(found) == {"she would not sign the lease", "that the board should meet again"}
    assert {c.speaker for c in found.values()} == {"Greta Moss"}


def test_a_participle_after_an_inverted_attribution_takes_its_speaker() -> None:
    text = (
        "“It keeps the archive alive,” said Ola Brenn, head of the studio, "
        "noting that old episodes sell well abroad."
    )
    found = by_text(text)
    assert found["that old episodes sell well abroad"].speaker == "Ola Brenn"


def test_a_common_noun_subject_opens_the_sentence_of_a_participle_cue() -> None:
    (found,) = quotes("The town voted on Monday, saying the plan was dead.")
    assert (found.text, found.speaker) == ("the plan was dead", "The town")
    # ``add to`` is to increase, not to say.
    assert quotes("The weather turned cold, adding to the misery of the crowd.") == []


def test_reported_speech_interrupted_by_its_attribution_gives_two_fragments() -> None:
    text = "The plan, she said, is to run a night ferry between the two islands."
    found = by_text(text)
    assert set(found) == {"The plan", "is to run a night ferry between the two islands"}
    text = "The ferry made three crossings, harbour officials said, the last after midnight."
    found = by_text(text)
    assert found["The ferry made three crossings"].speaker == "officials"
    assert found["the last after midnight"].speaker == "officials"
    # An opening adverbial before a subject and its cue is no fragment.
    (found,) = quotes("After the vote, Kral said the port would close.")
    assert found.text == "the port would close"


def test_according_to_after_content_holding_a_verb_of_saying() -> None:
    text = (
        "The harbour board also continued to raise its fees, according to a filing from that year."
    )
    (found,) = quotes(text)
    assert found.text == "The harbour board also continued to raise its fees"
    # After a direct quote and its cue, ``according to`` names the source only.
    text = "“The port will close,” said Ivo Kral, according to the Courier."
    (found,) = quotes(text)
    assert (found.text, found.speaker, found.source) == (
        "“The port will close,”",
        "Ivo Kral",
        "the Courier",
    )


def test_a_shout_right_before_its_quote_ends_the_earlier_reported_content() -> None:
    text = "When the coach said the season had been a success, a man yelled “Not for us!”"
    found = by_text(text)
    assert found["the season had been a success"].speaker == "the coach"
    assert found["“Not for us!”"].type is QuoteType.DIRECT
    assert found["“Not for us!”"].speaker == "a man"


def test_a_question_put_by_someone_unnamed_is_reported_speech_without_a_speaker() -> None:
    for text, question in (
        (
            "The hall was full. Asked whether the port would close, Ivo Kral said it would not.",
            "whether the port would close",
        ),
        # ``about`` joins the cue, as the guidelines have it for ``called for``, ``warns of``.
        ("When asked about the new budget, the mayor said nothing.", "the new budget"),
    ):
        found = by_text(text)
        assert found[question].speaker is None
        assert found[question].cue is not None
        assert found[question].cue.lower() in ("asked", "asked about")
    # A named asker is the speaker as before.
    (found,) = quotes("She asked whether the port would close.")
    assert found.speaker == "She"


def test_a_speaker_label_opening_the_headline_or_a_transcript_line() -> None:
    text = "Ivo Kral: The Harbour Must Stay Open\n\nThe mayor spoke on Monday."
    (found,) = quotes(text)
    assert (found.text, found.speaker, found.cue) == ("The Harbour Must Stay Open", "Ivo Kral", ":")
    text = "The debate.\n\nKRAL: Honestly, the harbour must stay open for good.\n"
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("Honestly, the harbour must stay open for good", "KRAL")
    # Inside the text, a label in lower case or a label that names no speaker is no quote.
    assert quotes("The debate.\n\nUpdate: the vote was moved to Friday evening.\n") == []
    assert quotes("The debate.\n\nIvo Kral: a short profile of the mayor of the town.\n") == []


def test_the_subject_before_a_long_apposition_speaks() -> None:
    text = (
        "Ada Moss, a night nurse who ran the children's ward for eleven years before it closed, "
        "said the beds had been full every winter."
    )
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("the beds had been full every winter", "Ada Moss")
    text = (
        "The mayor -- who has run the port authority since the floods of last spring -- said "
        "Northgate Quay would reopen in June."
    )
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("Northgate Quay would reopen in June", "The mayor")
    # An opening adverbial is no subject.
    assert quotes("In the old harbour town, where the ferries stop, said he would stay.") == []


def test_a_preposition_joining_the_cue_is_not_part_of_the_content() -> None:
    (found,) = quotes("Ivo Kral warned about the rising cost of dredging the channel.")
    assert (found.text, found.cue) == ("the rising cost of dredging the channel", "warned about")
    # ``that`` stays: it opens the reported clause.
    (found,) = quotes("Ivo Kral warned that dredging the channel would cost more.")
    assert found.text == "that dredging the channel would cost more"


def test_described_as_reports_what_it_was_described_as() -> None:
    (found,) = quotes(
        "In a letter, Ivo Kral described the new quay as a costly mistake for the town."
    )
    assert (found.text, found.cue) == ("the new quay as a costly mistake for the town", "described")
    # Without ``as`` (or ``that``, or a quote) the verb reports no speech: its object is only
    # the topic of what was told, proposed in the attitude band below speech (see guidelines).
    text = "Ivo Kral described the new quay in some detail to the visitors."
    assert quotes(text, min_score=0.6) == []
    assert [c.cue for c in quotes(text)] == ["described"]


def test_the_addressee_of_told_is_neither_content_nor_its_start() -> None:
    text = "“We will rebuild the pier,” she told the harbour meeting, where a vote was due."
    assert [c.text for c in quotes(text)] == ["“We will rebuild the pier,”"]
    for text in (
        "Ivo Kral told reporters the pier would be rebuilt before summer.",
        "Ivo Kral told the council the pier would be rebuilt before summer.",
    ):
        (found,) = quotes(text)
        assert found.text == "the pier would be rebuilt before summer"


def test_a_common_noun_phrase_before_a_speech_verb_is_the_speaker() -> None:
    text = (
        "Mayor Ivo Kral opened the fair. “We will win,” Kral said. “Go home, all of you!” a fan "
        "yelled. One shopper said “The stalls are far too dear.” A bystander shouted, “Somebody "
        "call a doctor!” “It is late,” he said."
    )
    found = by_text(text)
    assert found["“Go home, all of you!”"].speaker == "a fan"
    assert found["“The stalls are far too dear.”"].speaker == "One shopper"
    assert found["“Somebody call a doctor!”"].speaker == "A bystander"
    # Surnames and pronouns still resolve to the name.
    assert found["“We will win,”"].speaker == "Ivo Kral"
    assert found["“It is late,”"].speaker == "Ivo Kral"


def test_a_common_noun_speaker_takes_its_prepositional_phrase_but_not_an_adverbial() -> None:
    text = (
        "Ivo Kral in an interview said the port would close in May. A spokesman for the harbour "
        "board said the ferry would keep running. Some of the skippers said they would stay."
    )
    speakers = {c.text: c.speaker for c in quotes(text)}
    assert speakers["the port would close in May"] == "Ivo Kral"
    assert speakers["the ferry would keep running"] == "A spokesman for the harbour board"
    assert speakers["they would stay"] == "Some of the skippers"


def test_the_object_of_a_verb_or_a_relative_clause_is_not_the_speaker() -> None:
    text = "A nurse who treated the driver told reporters the road was icy."
    (found,) = quotes(text)
    assert found.speaker == "A nurse"
    # A plain sense of a speech verb with a common noun subject is no attribution.
    assert quotes("The flood claimed the old mill and much of the quay last spring.") == []


def test_a_trailing_attribution_after_a_plain_sense_of_a_speech_verb() -> None:
    text = "Ada Lind drove north in June. The new road added two hours to the trip, she noted."
    (found,) = quotes(text)
    assert found.text == "The new road added two hours to the trip"
    assert (found.speaker, found.cue) == ("Ada Lind", "noted")
    (found,) = quotes("The storm claimed three lives on the coast, the mayor observed.")
    assert found.text == "The storm claimed three lives on the coast"
    # A cue with a speaker of its own still makes the trailing one a source, not a speaker.
    (found,) = quotes("Kral said that the port would close, the Courier reported.")
    assert (found.speaker, found.source) == ("Kral", "the Courier")


def test_a_document_introduced_by_saying_is_the_source_and_its_sender_the_speaker() -> None:
    (found,) = quotes("The council sent off a letter saying the ferry would stop in May.")
    assert found.text == "the ferry would stop in May"
    assert (found.speaker, found.cue) == ("The council", "saying")
    assert (found.source, found.source_kind) == ("a letter", SourceKind.PUBLICATION)
    text = "Mayor Ada Lind issued a statement stating that the quay would reopen on Friday."
    (found,) = quotes(text)
    assert (found.speaker, found.source) == ("Ada Lind", "a statement")
    (found,) = quotes("Later that night, Lind put out a post saying the quay was safe again.")
    assert (found.speaker, found.source_kind) == ("Lind", SourceKind.SOCIAL)


def test_a_that_after_the_contents_subject_does_not_start_the_content() -> None:
    text = "Ivo Kral said the letter proved that the mayor had no plan."
    (found,) = quotes(text)
    assert found.text == "the letter proved that the mayor had no plan"
    # An adverbial or an addressee before ``that`` is not content.
    for text in (
        "Kral said on Monday that the port would close.",
        "Kral said this week that the port would close.",
        "Kral said Tuesday that the port would close.",
        "Kral told the council that the port would close.",
    ):
        (found,) = quotes(text)
        assert found.text == "that the port would close", text


def test_an_inverted_trailing_attribution_with_a_two_word_speaker() -> None:
    for text, speaker in (
        ("The port will close next spring, said Ivo Kral.", "Ivo Kral"),
        ("The port will close next spring, said the mayor.", "the mayor"),
        ("The ferry will be late again this winter, said three skippers.", "three skippers"),
    ):
        (found,) = quotes(text)
        assert found.text == text.split(", said")[0], text
        assert found.speaker == speaker


def test_reported_speech_interrupted_by_a_named_speaker_gives_both_fragments() -> None:
    text = "After two wet summers on the coast, Lind says, nearly every old net has rotted."
    fragments = [(c.text, c.speaker, c.cue) for c in quotes(text)]
    assert fragments == [
        ("After two wet summers on the coast", "Lind", "says"),
        ("nearly every old net has rotted", "Lind", "says"),
    ]
    text = "The vote would be won, Kral said, by a wide margin."
    assert [c.text for c in quotes(text)] == ["The vote would be won", "by a wide margin"]
    # An appositive or a participle after the attribution still closes it.
    text = "The port will close next spring, said Ivo Kral, a former mayor of the town."
    assert [c.text for c in quotes(text)] == ["The port will close next spring"]


def test_reported_content_ends_before_a_coordinated_speech_act_of_the_speaker() -> None:
    text = "Ada Lind said thieves broke into the harbour office and she warned the council."
    assert quotes(text)[0].text == "thieves broke into the harbour office"
    text = "Ada Lind said the ferry was late again and warned of a long winter."
    assert quotes(text)[0].text == "the ferry was late again"
    # A verb that reports nothing goes on with the content.
    (found,) = quotes("Ivo Kral said he was tired and wanted to rest.")
    assert found.text == "he was tired and wanted to rest"


def test_words_after_a_quotes_attribution_are_a_circumstance_not_content() -> None:
    for text in (
        "“We will rebuild it,” Kral said in a statement sent to the Courier on Friday.",
        "“We will rebuild it,” Kral said, waving to the skippers on the quay.",
    ):
        assert [c.text for c in quotes(text)] == ["“We will rebuild it,”"], text
    # A participle cue after the attribution still reports content of its own.
    text = "“We will fight,” Kral said, citing the storm damage and the lost fees."
    found = by_text(text)
    assert found["the storm damage and the lost fees"].cue == "citing"
    # A title inside the sentence is no quote that the attribution belongs to.
    text = "On the radio show “Harbour Talk,” Kral said the council had lied to the skippers."
    assert by_text(text)["the council had lied to the skippers"].speaker == "Kral"


def test_a_title_before_an_attribution_is_no_lead_in_of_a_mixed_quote() -> None:
    text = "On the radio show “Harbour Talk,” Kral said the council had lied to the skippers."
    assert [c.text for c in quotes(text)] == ["the council had lied to the skippers"]
    # Words that a remark finishes are still its lead-in.
    assert by_text("Their “patience is gone,” said Lund.")["Their “patience is gone,”"]


def test_a_cue_word_used_as_an_adjective_or_in_an_idiom_reports_nothing() -> None:
    for text in (
        "Kral’s reported wealth has grown fast since the new quay opened.",
        "Of all the routes, the coastal one was the most promising for the ferry.",
        "All told, the storm cost the harbour four boats and a crane.",
        "The quay reopened thanks to a late grant from the harbour board.",
    ):
        assert quotes(text) == [], text
    # ``he’s`` is ``he is``: a cue after it still reports.
    (found,) = quotes("Ivo Kral spoke last. He’s arguing that the ferry will be sold by June.")
    assert found.text == "that the ferry will be sold by June"


def test_a_speech_cue_in_the_passive_has_no_speaker() -> None:
    (found,) = quotes("Ivo Kral was told that the ferry would stop running in May.")
    assert (found.text, found.speaker, found.cue) == (
        "that the ferry would stop running in May",
        None,
        "told",
    )
    (found,) = quotes("Ada Lind was asked whether the port would close this year.")
    assert (found.text, found.speaker) == ("whether the port would close this year", None)
    (found,) = quotes("Last week it was announced that the quay would close for repairs.")
    assert (found.text, found.speaker) == ("that the quay would close for repairs", None)
    # What the reader was told is no attribution.
    assert quotes("You have been told that the harbour is safe for the winter.") == []


def test_according_to_inside_a_sentence_gives_the_fragments_on_both_sides() -> None:
    text = (
        "By next May, according to Ivo Kral, a retired skipper, the old quay will be sold to a "
        "fish farm."
    )
    assert [(c.text, c.speaker) for c in quotes(text)] == [
        ("By next May", "Ivo Kral"),
        ("the old quay will be sold to a fish farm", "Ivo Kral"),
    ]
    text = "For the third year, according to the Harbour Courier, the council closed three routes."
    found = quotes(text)
    assert [c.text for c in found] == ["For the third year", "the council closed three routes"]
    assert {c.source for c in found} == {"the Harbour Courier"}
    # At the end of the sentence it closes the content.
    (found,) = quotes("The ferry will stop in May, according to the Harbour Courier.")
    assert found.text == "The ferry will stop in May"


def test_an_opening_time_is_not_the_subject_of_a_coordinated_cue() -> None:
    text = "Ada Lind waited. Minutes later the skippers left the quay and said they would strike."
    (found,) = quotes(text)
    assert (found.text, found.speaker) == ("they would strike", "the skippers")
    text = "Ada Lind waited. A few minutes later they left the quay and said they would strike."
    (found,) = quotes(text)
    assert found.speaker == "they"


def test_an_apposition_ending_in_a_title_in_quote_marks() -> None:
    text = "Ivo Kral, host of the radio show “Harbour Talk,” said the port would close."
    assert by_text(text)["the port would close"].speaker == "Ivo Kral"
    # A quote closing on a comma before an inverted cue is still that quote.
    (found,) = quotes("In May, “We will win,” said Ivo Kral.")
    assert (found.text, found.speaker) == ("“We will win,”", "Ivo Kral")


def test_an_inverted_speaker_phrase_may_hold_a_hyphenated_age() -> None:
    (found,) = quotes("“The port will stay open,” said the 58-year-old.")
    assert found.speaker == "the 58-year-old"


def test_a_heading_in_capitals_before_a_colon_is_not_a_speaker_but_the_name_after_a_dash() -> None:
    text = (
        "Ada Lind spoke.\n\nFERRY FARES RISE AGAIN IN SPRING - Mia Holt: “Each ticket will cost "
        "two crowns more from April, and nobody asked us.”"
    )
    (found,) = quotes(text)
    assert found.speaker == "Mia Holt"
    text = "Ada Lind spoke.\n\nTHE QUAY STAYS SHUT FOR WINTER: “Nobody believed us at first.”"
    assert all(c.speaker != "THE QUAY STAYS SHUT FOR WINTER" for c in detect_quotes(text))


def test_a_trailing_attribution_keeps_an_appositive_role_without_an_article() -> None:
    for text in (
        "The port will close next spring, said Ivo Kral, director of the harbour board.",
        "The port will close next spring, said Ivo Kral, co-owner of the harbour board.",
    ):
        (found,) = quotes(text)
        assert (found.text, found.speaker) == ("The port will close next spring", "Ivo Kral")
    text = "“The nets are ready” for the spring, said Ada Lind, head of the fishers."
    (found,) = quotes(text)
    assert (found.text, found.type) == ("“The nets are ready” for the spring", QuoteType.MIXED)


def test_a_common_noun_speaker_of_an_attribution_set_off_by_commas() -> None:
    text = "The skipper had sailed the route for years, the ferry line noted, and knew it well."
    found = quotes(text)[0]
    assert (found.text, found.speaker) == (
        "The skipper had sailed the route for years",
        "the ferry line",
    )


def test_a_quote_in_two_apostrophes_after_an_attribution_keeps_the_words_before() -> None:
    text = "Kral spoke. Though the nets were mended twice, he said, ''they tore again.''"
    found = [(c.text, c.type) for c in quotes(text)]
    assert found == [
        ("Though the nets were mended twice", QuoteType.INDIRECT),
        ("''they tore again.''", QuoteType.DIRECT),
    ]


def test_a_participle_clause_after_an_attribution_is_not_content() -> None:
    text = "The council met. Money was short, Kral said, pointing to the empty harbour fund."
    found = {c.text: c for c in quotes(text)}
    assert found["Money was short"].cue == "said"
    assert found["the empty harbour fund"].cue == "pointing to"
    assert "pointing to the empty harbour fund" not in found


def test_a_comment_on_reported_content_ends_the_content() -> None:
    for text, comment in (
        (
            "Mayor Ola Berg said the bridge would reopen in May, something the harbour board "
            "neither confirmed nor denied.",
            "neither confirmed nor denied",
        ),
        (
            "Mayor Ola Berg said the bridge would reopen in May, a claim the harbour board has "
            "strongly denied.",
            "strongly denied",
        ),
        (
            "Mayor Ola Berg said the bridge would reopen in May, which the harbour board disputed.",
            "disputed",
        ),
        (
            "Mayor Ola Berg said the bridge would reopen in May, a claim that could not be "
            "verified.",
            "verified",
        ),
        (
            "Mayor Ola Berg said the bridge would reopen in May, a claim the skippers dispute.",
            "dispute",
        ),
        (
            "Mayor Ola Berg said the bridge would reopen in May, something the skippers have "
            "long feared.",
            "feared",
        ),
    ):
        found = by_text(text)
        assert found["the bridge would reopen in May"].speaker == "Ola Berg", text
        assert not any(comment in quote for quote in found), text
    # A relative clause that the content goes on after is part of it.
    text = "Ines Lund said the ferry, which the council bought last year, would be sold in May."
    (found,) = quotes(text)
    assert found.text == "the ferry, which the council bought last year, would be sold in May"


def test_a_participle_after_a_comment_on_the_content_takes_the_comment_subject() -> None:
    for text, speaker in (
        (
            "Ines Lund said the ferry had been sold, something the shipping line neither "
            "confirmed nor denied, only saying that talks were still going on.",
            "the shipping line",
        ),
        (
            "Ines Lund said the ferry had been sold, a claim Nordline has strongly denied, "
            "saying that talks were still going on.",
            "Nordline",
        ),
        (
            "Ines Lund said the ferry had been sold, which the shipping line disputed, instead "
            "saying that talks were still going on.",
            "the shipping line",
        ),
        (
            "Ines Lund said the ferry had been sold, an assertion that the harbour master "
            "rejected, adding that talks were still going on.",
            "the harbour master",
        ),
    ):
        found = by_text(text)
        assert found["the ferry had been sold"].speaker == "Ines Lund", text
        assert found["that talks were still going on"].speaker == speaker, text
        # The comment's verb has no content of its own: the participle's is not it.
        assert len(found) == 2, text
    # With no comment between, the participle goes on with the attribution before it.
    text = "Ines Lund said the ferry had been sold, adding that talks were still going on."
    assert by_text(text)["that talks were still going on"].speaker == "Ines Lund"


def test_a_participle_after_a_relative_clause_of_refusal_takes_its_antecedent() -> None:
    text = (
        "Ines Lund met Ada Berg, who declined to comment, only saying that the talks were private."
    )
    assert by_text(text)["that the talks were private"].speaker == "Ada Berg"
    # A relative clause that says nothing leaves the participle to the main clause.
    text = (
        "Ines Lund praised Ada Berg, who is under investigation for fraud, saying that the "
        "talks were private."
    )
    assert by_text(text)["that the talks were private"].speaker == "Ines Lund"


def test_a_preposition_right_after_a_cue_taking_an_addressee_joins_the_cue() -> None:
    (found,) = quotes("The harbour board warned of a risk of floods along the coast this winter.")
    assert (found.text, found.cue) == ("a risk of floods along the coast this winter", "warned of")
    # In the passive too: what the subject is accused of, with no one named.
    (found,) = quotes("Ines Lund is accused of selling the ferry twice.")
    assert (found.text, found.cue, found.speaker) == ("selling the ferry twice", "accused of", None)
    # After the addressee, the preposition is not the cue's.
    (found,) = quotes("Ines Lund accused the mayor of selling the ferry twice.")
    assert (found.text, found.cue) == ("selling the ferry twice", "accused")


def test_a_cue_in_a_relative_clause_inside_the_content_leaves_the_content_whole() -> None:
    text = "Ines Lund said the plan, which the mayor announced in March, would be dropped."
    (found,) = quotes(text)
    assert found.text == "the plan, which the mayor announced in March, would be dropped"
    assert found.speaker == "Ines Lund"


def test_content_ends_before_any_kind_of_white_space() -> None:
    # Windows line ends, a thin space after the cue, a line separator between paragraphs.
    text = "Kral said the port would close.\r\nLind said it would not.\r\n"
    assert [c.text for c in quotes(text)] == ["the port would close", "it would not"]
    (found,) = quotes("Kral said\u2009 the port would close.")
    assert found.text == "the port would close"


def test_a_relative_clause_holding_the_cue_ends_before_the_main_verb() -> None:
    for text, content in (
        ("Kral, who said the port would close, resigned on Friday.", "the port would close"),
        ("The mayor, who has said the port would close, was re-elected.", "the port would close"),
        # A relative clause inside the content closes on its own comma; the content goes on.
        (
            "Kral, who said the port, which opened in 1900, would close, resigned.",
            "the port, which opened in 1900, would close",
        ),
    ):
        (found,) = quotes(text)
        assert (found.text, found.cue) == (content, "said"), text


def test_a_common_noun_subject_speaks_across_a_participle_clause() -> None:
    (found,) = quotes("The board, responding to Kral, said the sale was off.")
    assert (found.text, found.speaker) == ("the sale was off", "The board")


def test_an_opening_participle_is_no_name() -> None:
    found = quotes("Having rejected the offer, the union said the strike would go on.")
    assert all(c.speaker != "Having" for c in found)
    assert [(c.text, c.speaker) for c in found if c.cue == "said"] == [
        ("the strike would go on", "the union")
    ]


def test_an_adverb_in_ly_between_the_subject_and_the_cue_is_skipped() -> None:
    text = (
        "Years later, Ivo Kral falsely claimed that the old quay had never flooded. "
        "The mayor grudgingly agreed to reopen the slipway."
    )
    found = by_text(text)
    claim = found["that the old quay had never flooded"]
    assert (claim.speaker, claim.cue) == ("Ivo Kral", "claimed")
    assert found["to reopen the slipway"].speaker == "The mayor"


def test_an_adverb_does_not_hide_a_passive_whose_subject_is_no_speaker() -> None:
    # Lind is who was described, by no one named; Kelly is a name, not an adverb.
    text = (
        "Greta Lind was continuously described as the “safest pair of hands” that would deal "
        "with the board if the sale went ahead. Kelly said the ferry would stop."
    )
    found = by_text(text)
    assert not any(c.speaker == "Greta Lind" for c in found.values())
    assert found["the ferry would stop"].speaker == "Kelly"


def test_a_verb_after_an_interrupting_attribution_goes_on_with_the_content() -> None:
    # ``, is for ...`` reads like ``, co-owner of ...`` by its second word, but opens with a verb.
    text = "The one thing the harbour needs, the skippers said, is for the board to resign."
    found = by_text(text)
    assert found["The one thing the harbour needs"].speaker == "the skippers"
    assert found["is for the board to resign"].cue == "said"


def test_a_negated_auxiliary_between_the_subject_and_the_cue_is_skipped() -> None:
    text = "The harbour board didn’t say whether the night ferry would run again."
    found = by_text(text)
    content = found["whether the night ferry would run again"]
    assert (content.speaker, content.cue) == ("The harbour board", "say")


def test_two_verbs_joined_before_their_content_are_one_cue() -> None:
    text = "Ivo Kral would neither confirm nor deny that the ferry had been sold."
    found = by_text(text)
    content = found["that the ferry had been sold"]
    assert (content.speaker, content.cue) == ("Ivo Kral", "confirm nor deny")


def test_a_negated_cue_inside_reported_content_is_not_a_quote_of_its_own() -> None:
    # What the spokesman could not confirm was never said: one quote, the spokesman's.
    text = "A spokesman said on Friday that he could not confirm whether Lind had met Kral."
    assert spans(text) == ["that he could not confirm whether Lind had met Kral"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ivo Kral said he was told to wait at the quay for three hours.",
            "he was told to wait at the quay for three hours",
        ),
        (
            "The skipper said the crew had been advised not to sail until the storm passed.",
            "the crew had been advised not to sail until the storm passed",
        ),
        (
            "Greta Lind said the ferry was late again but that she was only informed "
            "that the timetable had changed.",
            "the ferry was late again but that she was only informed that the timetable had "
            "changed",
        ),
    ],
)
def test_a_passive_naming_no_speaker_inside_reported_content_is_part_of_it(
    text: str, content: str
) -> None:
    """``said he was told to wait``: who told him goes unnamed; what the speaker reports
    hearing is part of the speaker's one quote, not a quote of its own."""
    assert spans(text) == [content]


def test_a_passive_cue_before_an_infinitive_does_not_take_a_later_that_clause() -> None:
    # ``that`` after the infinitive's own words is a relative pronoun, not reported content.
    text = "The harbour board is expected to publish a study in May that may settle the quarrel."
    assert not [c for c in quotes(text) if c.text.startswith("that")]


def test_assured_of_is_certainty_not_a_report() -> None:
    text = "With the skippers on her side, Ada Lind is assured of a majority on the council."
    assert [c for c in quotes(text) if c.cue and c.cue.startswith("assured")] == []


def test_a_coordinated_cue_after_its_auxiliaries_takes_the_clause_subject() -> None:
    text = (
        "Greta Lind called the old quay a hazard but would not propose that it be shut. "
        "Ivo Kral has long led the skippers and has repeatedly claimed that the fees are unfair. "
        "Ada Lund freed up money for the quay and on Monday announced that more would follow."
    )
    found = by_text(text)
    assert found["that it be shut"].speaker == "Greta Lind"
    assert found["that the fees are unfair"].speaker == "Ivo Kral"
    assert found["that more would follow"].speaker == "Ada Lund"


def test_any_cue_with_that_takes_the_subject_before_a_long_apposition() -> None:
    text = (
        "Senator Ada Moss, a harbour Republican who has also backed the ferry plan, has "
        "repeatedly acknowledged that the board may have to drop it."
    )
    found = by_text(text)
    content = found["that the board may have to drop it"]
    assert (content.speaker, content.cue) == ("Ada Moss", "acknowledged")


def test_reported_content_ends_before_and_a_pronoun_and_a_past_verb() -> None:
    # What the speaker went on to do is the author's narration, not part of what was said.
    text = "Ivo Kral said the real culprit was the harbour board, and he walked out of the hall."
    assert by_text(text)["the real culprit was the harbour board"].speaker == "Ivo Kral"


def test_a_two_word_content_after_its_subject_and_cue_is_a_quote() -> None:
    text = (
        "Asked if the ferry would run, Greta Lind said it would. Later the skippers said the same."
    )
    found = by_text(text)
    assert found["it would"].speaker == "Greta Lind"
    assert found["the same"].cue == "said"
    assert not quotes("Ivo Kral's proposed ferry plan.")


def test_a_participle_cue_opening_the_sentence_takes_the_main_clause_subject() -> None:
    text = (
        "The vote was close. After saying that the quay was unsafe, Greta Lind left the hall. "
        "In replying on Friday, the board blamed the skippers."
    )
    found = by_text(text)
    content = found["that the quay was unsafe"]
    assert (content.speaker, content.cue) == ("Greta Lind", "saying")
    assert not any(c.cue == "replying" for c in found.values())


def test_a_common_noun_subject_speaks_through_a_primary_cue_before_a_bare_clause() -> None:
    text = (
        "Ferry fans insist the board must heed the skippers. "
        "The new bridge added two hours to the trip."
    )
    found = by_text(text)
    content = found["the board must heed the skippers"]
    assert (content.speaker, content.cue) == ("Ferry fans", "insist")
    assert not any(c.cue == "added" for c in found.values())


def test_a_cue_carried_on_by_went_on_to_or_continued_to_takes_that_verbs_subject() -> None:
    text = (
        "Ivo Kral went on to say that the ferry had been sold. "
        "Greta Lind is continuing to argue she will publish the accounts."
    )
    found = by_text(text)
    assert found["that the ferry had been sold"].speaker == "Ivo Kral"
    assert found["she will publish the accounts"].speaker == "Greta Lind"


def test_a_cue_in_a_relative_clause_without_commas_takes_its_antecedent() -> None:
    text = (
        "The vote went to skippers who repeatedly claimed that the quay was unsafe. "
        "The harbour board, which ruled that the ferry could sail, was dissolved on Monday. "
        "Among those who said the fares were too high, most backed Lind."
    )
    found = by_text(text)
    assert found["that the quay was unsafe"].speaker == "skippers"
    assert found["that the ferry could sail"].cue == "ruled"
    assert found["the fares were too high"].cue == "said"


def test_reported_content_ends_before_a_quote_with_an_attribution_of_its_own() -> None:
    text = (
        "Ada Lund did not think the new pier would last: “Once the storms come, it will go,” "
        "Ivo Kral predicted."
    )
    found = by_text(text)
    assert found["the new pier would last"].cue == "think"
    assert found["“Once the storms come, it will go,”"].type is QuoteType.DIRECT
    assert found["“Once the storms come, it will go,”"].speaker == "Ivo Kral"


def test_a_common_noun_subject_speaks_across_an_adverb_or_a_time_word() -> None:
    text = (
        "Ferry users now contend that the fares were fair. "
        "The skippers have repeatedly said the quay floods. "
        "Yet, arguing for an open port is consistently demonised as taking the board's side."
    )
    found = by_text(text)
    assert found["that the fares were fair"].speaker == "Ferry users"
    assert found["the quay floods"].speaker == "The skippers"
    assert not any(c.cue and "demonised" in c.cue for c in found.values())  # a passive


def test_a_floating_quantifier_or_long_between_the_subject_and_the_cue_is_skipped() -> None:
    text = (
        "The skippers all said the quay floods every spring. "
        "Greta Lind has long complained that the fees are too high. "
        "Both think the board did well."  # ``Both`` opening the sentence is its subject
    )
    found = by_text(text)
    assert found["the board did well"].speaker == "Both"
    assert found["the quay floods every spring"].speaker == "The skippers"
    assert found["that the fees are too high"].speaker == "Greta Lind"


def test_a_circumstance_after_a_quotes_attribution_with_an_apposition_is_not_content() -> None:
    text = (
        "“Everyone is scared,” Ada Moss, the director of the harbour board, said at a news "
        "conference in Oslo in December."
    )
    assert spans(text) == ["“Everyone is scared,”"]


def test_an_appositive_or_relative_after_according_to_x_is_not_more_content() -> None:
    text = (
        "The fund made a profit last year, according to Ada Moss, an analyst at the harbour "
        "bank. The quay is at risk, according to Ivo Kral, who ran the survey. "
        "By next May, according to Kral, the quay will be sold."
    )
    assert spans(text) == [
        "The fund made a profit last year",
        "The quay is at risk",
        "By next May",
        "the quay will be sold",
    ]


def test_a_speech_verb_followed_only_by_a_prepositional_phrase_reports_nothing() -> None:
    """``argued with the referee``, ``chanted outside the court``: a partner or a place, however
    long, is no content; a clause after the phrase still is."""
    assert spans("The striker argued with the referee after the final whistle.") == []
    assert spans("Protesters chanted outside the court for an hour on Friday.") == []
    assert spans("The coach argued with the referee that the goal should stand.") == [
        "that the goal should stand"
    ]
    assert spans("The mayor pleaded with the skippers to stay in port.") == [
        "with the skippers to stay in port"
    ]


def test_a_verb_of_telling_with_only_its_addressee_reports_nothing() -> None:
    """``warned his players before kickoff``, ``is advising the buyer on the merger``: the
    object is who was told, and nothing told follows; a clause, an infinitive, a topic with
    ``of`` or ``about`` or a noun of what is said still does."""
    assert spans("The coach warned his players before kickoff.") == []
    assert spans("The veteran bank is advising the buyer on the merger.") == []
    assert spans("The coach warned his players that the pitch was slippery.") == [
        "that the pitch was slippery"
    ]
    assert spans("The union warned the skippers of a long strike.") != []
    assert spans("The mayor told the council a different story.") != []
