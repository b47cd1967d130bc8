"""House styles of a twentieth round (a Nigerian daily, a Ghanaian radio transcript, a
Singapore daily, a Hong Kong English-language paper, a Jamaican paper, a markets live blog
quoting notes to clients, a transfer-rumour column, a weather warning, a religious news
service, an esports report, a fashion profile, a travel feature, a police blotter, a story
built on forum posts, an archive reprint, a Korean wire in English, an advice column, a food
story, a satire piece, a children's news site, a long-form piece with a quote over five
paragraphs, a newsletter of bullet points): each rule of English news prose with a case that
showed it. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.detect.attribution import Mention, subject_before
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_an_agent_or_a_solicitor_speaks_for_a_named_client() -> None:
    for text, speaker in (
        (
            "Vesna's agent told the Evening Lantern his client was happy at the club.",
            "Vesna's agent",
        ),
        (
            "Orrin's solicitor told the Coastal Herald his client would appeal.",
            "Orrin's solicitor",
        ),
        ("Ms Pell's publicist told the Harbour Post the tour was off.", "Ms Pell's publicist"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text
        assert candidate.cue == "told", text


def test_a_list_bullet_and_its_heading_are_no_part_of_the_content() -> None:
    for text, content in (
        (
            "• Tolls: Bridge tolls in Marrowby rose 6% last year, the county office said.",
            "Bridge tolls in Marrowby rose 6% last year",
        ),
        (
            "- Ferries: The night sailing will stop in June, the operator says.",
            "The night sailing will stop in June",
        ),
        ("* Fares will rise again in spring, the board warned.", "Fares will rise again in spring"),
    ):
        (candidate,) = found(text)
        assert candidate.text == content, text


def test_a_bullet_before_a_speaker_leaves_the_speaker_in_place() -> None:
    (candidate,) = found("• Ivo Brask said the pier would reopen on Monday.")
    assert (candidate.speaker, candidate.text) == ("Ivo Brask", "the pier would reopen on Monday")


def test_a_clause_with_its_own_verb_before_a_later_that_is_the_content() -> None:
    for text, content in (
        (
            "Mr Tavi Orund said many pensioners were unaware that they qualified for the grant.",
            "many pensioners were unaware that they qualified for the grant",
        ),
        (
            "Ms Quill said shopkeepers had long known that the arcade would close.",
            "shopkeepers had long known that the arcade would close",
        ),
    ):
        (candidate,) = found(text)
        assert candidate.text == content, text
    (candidate,) = found("Ms Quill told the meeting on Friday that the arcade would close.")
    assert candidate.text == "that the arcade would close"


def test_a_participle_of_stance_after_the_content_is_the_speakers_own_act() -> None:
    by_cue = {
        c.cue: c
        for c in found(
            "The ferry firm warned that fares could rise by a fifth, blaming the price of diesel."
        )
    }
    assert by_cue["warned"].text == "that fares could rise by a fifth"
    assert (by_cue["blaming"].speaker, by_cue["blaming"].text) == (
        "The ferry firm",
        "the price of diesel",
    )
    (candidate,) = found("Ms Orla said the gale had hit the harbour, damaging the slipway.")
    assert candidate.text == "the gale had hit the harbour, damaging the slipway"


def test_a_preposition_before_an_unnamed_source_is_no_part_of_the_speaker() -> None:
    (candidate,) = found(
        "Brackwater are weighing a bid, with sources close to the club insisting a deal is near."
    )
    assert (candidate.speaker, candidate.cue, candidate.text) == (
        "sources close to the club",
        "insisting",
        "a deal is near",
    )
    (candidate,) = found("Two senior sources close to the provost said the deal was off.")
    assert candidate.speaker == "Two senior sources close to the provost"


def test_an_ampersand_joins_one_firms_name() -> None:
    for text, speaker in (
        (
            "Analysts at Pellow & Grange wrote in a note that the rate pause was hawkish.",
            "Analysts at Pellow & Grange",
        ),
        ("Pellow & Grange said the rate pause was hawkish.", "Pellow & Grange"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_cue_word_before_and_is_a_noun_ending_its_phrase() -> None:
    (candidate,) = found(
        "The car park firm said its signs met industry rules and that drivers could appeal."
    )
    assert (candidate.cue, candidate.text) == (
        "said",
        "its signs met industry rules and that drivers could appeal",
    )
    assert found("The signs met industry rules and that was the end of it.") == []
    (candidate,) = found("The tribunal rules that drivers may appeal.")
    assert candidate.text == "that drivers may appeal"


def test_out_and_a_preposition_after_a_verb_of_speech_join_the_cue() -> None:
    for text, cue, content in (
        (
            "Tenants in Mossgate are crying out for repairs after a month without heating.",
            "crying out for",
            "repairs after a month without heating",
        ),
        ("Islanders cried out for a new ferry.", "cried out for", "a new ferry"),
    ):
        (candidate,) = found(text)
        assert (candidate.cue, candidate.text) == (cue, content), text


def test_a_capitalised_title_of_a_body_speaks_as_written_not_as_the_body() -> None:
    for text, speaker in (
        (
            "The Chief Officer of the Fire Brigade stated that the crews had saved the mill.",
            "The Chief Officer of the Fire Brigade",
        ),
        (
            "The Chief Executive of the Wenlow Harbour Trust said the quay would close.",
            "The Chief Executive of the Wenlow Harbour Trust",
        ),
        ("The Labour MP Ivo Daskin of Eldmoor said the quay would close.", "Ivo Daskin"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_spokesman_for_an_occasion_keeps_it_in_the_speaker_phrase() -> None:
    for text, speaker in (
        (
            "A spokesman for the conference said it would weigh the motion with care.",
            "A spokesman for the conference",
        ),
        ("The organisers of the regatta said it would go ahead.", "The organisers of the regatta"),
        ("Ms Daskin in an interview said the quay would close.", "Daskin"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_dash_and_a_name_sign_a_quote_after_a_heading_and_a_colon() -> None:
    text = (
        "Good morning from the Briefing.\n\n"
        "Quote of the day: “I have never seen a queue like it.” — Rosa Pell, a baker, on the "
        "first night of the Mossgate market."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (
        "Rosa Pell",
        "“I have never seen a queue like it.”",
    )
    text = "Good morning.\n\nIvo Brask said: “We sail at dawn.” — Ada Moss, a skipper."
    (candidate,) = found(text)
    assert candidate.speaker == "Ivo Brask"


def test_a_section_name_opening_the_headline_is_no_speaker_label() -> None:
    for headline in (
        "FROM OUR ARCHIVE: A century since the mill fire",
        "IN BRIEF: Ferry fares to rise in spring",
        "TRANSFER TALK: Brackwater close in on Tomas Ekwueme",
        "WHAT THEY SAID: Reaction to the Dunmore bypass vote",
    ):
        assert found(headline + "\n\nThe story went on from there.") == [], headline
    (candidate,) = found("Daskin: The Quay Must Stay Open\n\nThe story went on from there.")
    assert candidate.speaker == "Daskin"


def test_a_role_before_the_speakers_name_is_its_apposition_not_content() -> None:
    text = (
        "The Minister of Inland Waterways, Dr. Tomiwa Adeyemi-Blake, disclosed this while "
        "speaking with journalists on Tuesday in Okaran."
    )
    assert found(text) == []
    (candidate,) = found("The new jetty is late, the minister, Tomiwa Blake, said on Tuesday.")
    assert (candidate.speaker, candidate.text) == ("Tomiwa Blake", "The new jetty is late")
    texts = [c.text for c in found("The plan, Tomiwa Blake said, is to dredge the creek.")]
    assert texts == ["The plan", "is to dredge the creek"]


def test_a_nickname_in_quote_marks_stays_inside_the_name() -> None:
    (candidate,) = found(
        'Kestrel\'s in-game leader, Jonas "Wren" Halvik, said the team had nothing to lose.'
    )
    assert candidate.speaker == 'Jonas "Wren" Halvik'
    text = "Coach Ramiro “Tak” Osei was gracious in defeat. “Credit to them,” he posted."
    candidate = next(c for c in found(text) if c.type.value == "direct")
    assert candidate.speaker == "Ramiro “Tak” Osei"


def test_a_hyphenated_name_in_parentheses_after_a_role_label_is_the_speaker() -> None:
    text = (
        "PRESENTER (AMA OSEI-TUTU): Good morning and welcome back to the show.\n\n"
        "DANKWA: Good morning, and good morning to your listeners.\n\n"
        "OSEI-TUTU: What is happening with the drains?\n\n"
        "DANKWA: The contractor left the site in April."
    )
    assert found(text)[0].speaker == "AMA OSEI-TUTU"


def test_welcome_back_is_a_greeting_not_a_stance() -> None:
    assert found("Good morning and welcome back to the show.") == []
    assert found("The club welcomed back its captain after injury.") == []
    (candidate,) = found("The mayor welcomed the decision.")
    assert candidate.text == "the decision"


def test_a_clause_after_a_semicolon_with_its_own_speaker_ends_the_content() -> None:
    (candidate,) = found("Ms Quill said the arcade would close; the council disagreed.")
    assert candidate.text == "the arcade would close"
    (candidate,) = found("Ms Quill said the arcade would close; the lease had run out.")
    assert candidate.text == "the arcade would close; the lease had run out"


def test_a_sentence_saying_who_spoke_next_attributes_the_quote_below_it() -> None:
    text = (
        "Oskar Vennly kept the lighthouse for thirty years.\n\n"
        "I asked him what the last night was like. He was quiet for a while. Then he began.\n\n"
        "“The relief boat came at four. I had packed the week before.\n\n"
        "“I did not look back.”"
    )
    quote = next(c for c in found(text) if c.type.value == "direct")
    assert (quote.speaker, quote.cue) == ("Oskar Vennly", "began")
    assert quote.text.endswith("I did not look back.”")


def test_a_concession_after_the_cue_is_the_authors_clause() -> None:
    text = "Tom Fairby of Fairby Homes agrees, though he warns that sellers should stay calm."
    assert [(c.cue, c.text) for c in found(text)] == [("warns", "that sellers should stay calm")]
    (candidate,) = found("Fares will rise, Ms Quill said, though she gave no date.")
    assert candidate.text == "Fares will rise"
    texts = [c.text for c in found("Fares will rise, Ms Quill said, but not before May.")]
    assert texts == ["Fares will rise", "but not before May"]


def test_an_asking_price_is_no_question() -> None:
    assert found("The average asking price in Mossgate rose 2.1 per cent last month.") == []
    assert found("Asking rents in the old town rose again.") == []


def test_a_label_in_bold_before_a_quote_names_its_speaker() -> None:
    for label, speaker, cue in (
        ("**Cllr Maeve Tully, committee chair:**", "Maeve Tully", None),
        ("**Jim Corrigan, Save Dunmore Meadows:**", "Jim Corrigan", None),
        ("**Maeve Tully said:**", "Maeve Tully", "said"),
    ):
        text = f"Here is how people reacted.\n\n{label} “This has been a long road.”"
        (candidate,) = found(text)
        assert (candidate.type.value, candidate.speaker, candidate.cue) == (
            "direct",
            speaker,
            cue,
        ), label


def test_the_phrase_before_who_speaks_not_a_name_inside_the_relative_clause() -> None:
    (candidate,) = found(
        "Some of the traders who spoke to the Weekly Lantern said they had nowhere to go."
    )
    assert (candidate.speaker, candidate.text) == ("Some of the traders", "they had nowhere to go")
    # ``who`` before a subject pronoun is the verb's object: the pronoun speaks.
    text = "Ms Quill named the rivals who he accused"
    assert subject_before(text, text.rindex("accused"), 0) == Mention("he", 30, 32)


def test_a_press_briefing_is_an_occasion_not_a_participle_cue() -> None:
    text = (
        "The chief executive, Mr Kojo Danso, who gave the warning at a press briefing on "
        "Monday, said the stalls had blocked the drain."
    )
    (candidate,) = found(text)
    assert (candidate.cue, candidate.text) == ("said", "the stalls had blocked the drain")


def test_an_age_before_a_given_name_makes_it_a_persons_for_a_later_he() -> None:
    text = (
        "Ten-year-old Kofi from Marden has built a bee hotel in his garden. "
        "“I used old canes and some bricks,” he told us."
    )
    (candidate,) = found(text)
    assert candidate.speaker == "Kofi"


def test_remembering_someone_as_something_is_a_view_held() -> None:
    (candidate,) = found("Residents of the glen remembered him as a kind and patient man.")
    assert (candidate.cue, candidate.text) == ("remembered", "him as a kind and patient man")
    assert candidate.speaker == "Residents of the glen"
    assert found("I remember him as he was.") == []


def test_a_role_and_a_name_in_an_apposition_name_the_speaker() -> None:
    for text, speaker in (
        ("Her former employer, the designer Lars Hemmet, said she was quiet.", "Lars Hemmet"),
        ("His neighbour, the retired teacher Ada Lowrie, said he kept bees.", "Ada Lowrie"),
        ("The spokesman, Ivo Brask, said the pier would reopen.", "Ivo Brask"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_one_counted_after_with_is_the_participles_speaker() -> None:
    (candidate,) = found(
        "Fans took to social media to cheer the news, with one writing, “Finally! At last.”"
    )
    assert (candidate.speaker, candidate.cue) == ("one", "writing")
    (candidate,) = found(
        "Islanders gathered at the pier, with one skipper saying that the ferry was too old."
    )
    assert (candidate.speaker, candidate.text) == ("one skipper", "that the ferry was too old")


def test_a_pronoun_after_a_cue_stands_for_the_cues_subject() -> None:
    text = (
        "“Buyers are back,” says Priya Nandi, director at Nandi & Webb.\n\n"
        "Tom Fairby of Fairby Homes agrees, though he warns that sellers should stay calm."
    )
    candidate = next(c for c in found(text) if c.cue == "warns")
    assert candidate.speaker == "Tom Fairby"


def test_a_request_before_a_later_that_is_reported_from_the_addressee() -> None:
    (candidate,) = found("The chairman urged the police to ensure that justice was served.")
    assert candidate.text == "the police to ensure that justice was served"
    (candidate,) = found("The mayor said to reporters that the quay was safe.")
    assert candidate.text == "that the quay was safe"


def test_a_word_in_s_after_a_number_above_one_is_a_plural_noun() -> None:
    text = "Police have arrested three suspects over the fire that razed the Okoro market."
    assert found(text) == []
    (candidate,) = found("Of the skippers, three said the quay was unsafe.")
    assert candidate.speaker == "three"


def test_a_police_rank_written_without_a_full_stop_is_a_title() -> None:
    for text, speaker in (
        ("The police spokesman, SP Chidi Okeke, said the suspects were held.", "Chidi Okeke"),
        ("DSP Amaka Obiora said the suspects were held.", "Amaka Obiora"),
        ("Det Sgt Fiona Rusk said the suspects were held.", "Fiona Rusk"),
        ("Supt Ivo Brask said the suspects were held.", "Ivo Brask"),
    ):
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text
