"""House styles of a seventeenth round (an Australian state politics story with a headline in
capitals, a New Zealand council story, a South African municipal report, a Kenyan county story,
a Pakistani parliamentary report, a Philippine Senate story, a Canadian bilingual wire, a
Hansard-like record of questions, an election live blog, a podcast transcript, a health story
quoting a trial, an obituary, war reporting with unnamed officials, an album review with photo
captions): each rule of English news prose with a case that showed it. Every sentence here was
written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_lone_dateline_in_capitals_before_a_colon_is_no_speaker() -> None:
    text = (
        "Walkout in the assembly\n\n"
        "VELDHAVEN: Opposition members left the chamber after the chair refused to allow "
        "their leader a reply.\n\n"
        "The vote was delayed until Monday.\n"
    )
    assert [c.speaker for c in found(text) if c.cue == ":"] == []


def test_a_section_label_before_a_headline_s_colon_is_no_speaker() -> None:
    text = "FILM REVIEW: Tova Rask rows home in 'The Long Oar'\n\nThe film opens at sea.\n"
    assert [c.speaker for c in found(text) if c.cue == ":"] == []


def test_a_host_introducing_herself_gives_her_name_without_i_m() -> None:
    text = (
        "HOST: Welcome back. I'm Greta Vell, and today we are in a cold store.\n\n"
        "VELL: What is kept in here?\n\n"
        "ODRAN: Seeds of old oat varieties, kept frozen for decades.\n\n"
        "VELL: And who pays for all of this?\n"
    )
    speakers = {c.speaker for c in found(text) if c.cue == ":"}
    assert "Greta Vell" in speakers
    assert not any(s and s.startswith("I") for s in speakers)


def test_a_thousands_separator_is_no_break_in_the_source_of_according_to() -> None:
    (candidate,) = found("Fish oil does not help, according to a trial of 14,200 adults.")
    assert (candidate.text, candidate.speaker) == (
        "Fish oil does not help",
        "a trial of 14,200 adults",
    )
    # A participle after the head opens a reduced relative, no part of the source's name.
    (candidate,) = found(
        "Fish oil does not help, according to a trial of 900 adults published in May."
    )
    assert candidate.speaker == "a trial of 900 adults"
    (candidate,) = found("According to a survey of 2,400 skippers, the quay is too short.")
    assert (candidate.text, candidate.speaker) == (
        "the quay is too short",
        "a survey of 2,400 skippers",
    )


def test_an_adverb_of_place_between_subject_and_cue_leaves_the_subject() -> None:
    cases = {
        "Officials there said the ferry road was closed.": (
            "Officials",
            "the ferry road was closed",
        ),
        "Residents here say the tap water is brown.": ("Residents", "the tap water is brown"),
    }
    for text, (speaker, content) in cases.items():
        (candidate,) = found(text)
        assert (candidate.speaker, candidate.text) == (speaker, content), text
    (candidate,) = found('I was in Tarnby, and a nurse there told me, "We are tired."')
    assert candidate.speaker == "a nurse"


def test_a_relative_before_the_cue_of_a_quote_names_its_speaker_not_the_interviewer() -> None:
    text = 'I rang Oskar Lenning, who told me the mill is, in his words, "a ruin."'
    (candidate,) = found(text)
    assert candidate.speaker == "Oskar Lenning"
    (candidate,) = found('We met a ferryman who told us: "The pier is rotten."')
    assert candidate.speaker == "a ferryman"


def test_commonwealth_titles_and_roles_before_a_name_are_dropped() -> None:
    cases = {
        "Senator Hon. Amina Wekesa said the clinic would open.": "Amina Wekesa",
        "Auditor-General Tomas Brell said the accounts were late.": "Tomas Brell",
        "Green MSP Ailsa Varn said the ferry was late.": "Ailsa Varn",
        "Producer Odile Marsh said the album took a week.": "Odile Marsh",
        "Advocate Thandi Mokoena said the claim was valid.": "Thandi Mokoena",
    }
    for text, speaker in cases.items():
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_ministers_portfolio_between_office_and_name_is_no_part_of_the_name() -> None:
    text = (
        "Minister for Parliamentary Affairs Zafar Iqbal Bhatti opened the debate. "
        "Mr Bhatti said the bill would pass."
    )
    assert [c.speaker for c in found(text) if c.cue == "said"] == ["Zafar Iqbal Bhatti"]
    text = (
        "Leader of the Opposition Sardar Kamran Lodhi walked out. "
        "Mr Lodhi said the budget was cruel."
    )
    assert [c.speaker for c in found(text) if c.cue == "said"] == ["Sardar Kamran Lodhi"]


def test_a_name_in_apposition_to_a_role_for_a_body_speaks_after_a_stance() -> None:
    text = (
        "A spokeswoman for the mediator, Ilse Varga, refused to discuss the details of the "
        "ferry talks but said both delegations remained engaged."
    )
    said = [c for c in found(text) if c.cue == "said"]
    assert [(c.text, c.speaker) for c in said] == [
        ("both delegations remained engaged", "Ilse Varga")
    ]


def test_the_name_of_the_body_a_spokesperson_serves_is_not_the_speaker() -> None:
    (candidate,) = found("A spokeswoman for the ferry operator, Tidelink, said it would help.")
    assert candidate.speaker == "A spokeswoman for the ferry operator, Tidelink"
    (candidate,) = found("A spokesman for the ministry, Ivo Kral, said it would help.")
    assert candidate.speaker == "Ivo Kral"


def test_a_trailing_attribution_by_a_common_noun_phrase_ends_the_inner_content() -> None:
    text = "Three of the authors reported taking fees from drug firms, the paper said."
    reported = [c for c in found(text) if c.cue == "reported"]
    assert [c.text for c in reported] == ["taking fees from drug firms"]
    text = "Ada Lind said the ferry would stop in May, the harbour board said."
    said = [c for c in found(text) if c.speaker == "Ada Lind"]
    assert [c.text for c in said] == ["the ferry would stop in May"]


def test_the_network_a_post_went_on_is_no_content() -> None:
    for text in (
        "Mayor Tilde Rosk has posted on social media twice since the ferry vote.",
        "Mayor Tilde Rosk posted on Telegram late on Sunday.",
    ):
        assert found(text) == [], text
    (candidate,) = found("Mayor Tilde Rosk posted on Telegram that the count was over.")
    assert candidate.text == "that the count was over"


def test_a_reader_signing_with_a_given_name_and_a_town_is_the_speaker() -> None:
    (candidate,) = found('Torvald in Eskby writes: "Queued for an hour, first time ever."')
    assert candidate.speaker == "Torvald in Eskby"
    (candidate,) = found("Ada Lind in Eskby said the queue was long.")
    assert candidate.speaker == "Ada Lind"


def test_a_nickname_in_quote_marks_stays_inside_the_name() -> None:
    text = (
        'Sen. Maricel "Cely" Dagohoy defended the bill, saying growers were "drowning." '
        "Dagohoy said the tariff was fair."
    )
    speakers = {c.speaker for c in found(text) if c.cue in ("saying", "said")}
    assert speakers == {'Maricel "Cely" Dagohoy'}


def test_the_body_a_spokesman_works_for_is_no_outlet() -> None:
    (candidate,) = found("A spokesman for the Coastal Water Agency said the beaches were safe.")
    assert (candidate.speaker, candidate.source) == (
        "A spokesman for the Coastal Water Agency",
        None,
    )
    (candidate,) = found("Ada Lind told the Harbour Gazette the beaches were safe.")
    assert candidate.source == "the Harbour Gazette"


def test_a_source_of_evidence_before_an_apposition_holds_what_it_found() -> None:
    cases = {
        "The audit, tabled in the assembly on Monday, found the ferry contract was overpriced.": (
            "The audit",
            "the ferry contract was overpriced",
        ),
        "The trial, led by doctors in Vesterby, found that the drug did not help.": (
            "The trial",
            "that the drug did not help",
        ),
    }
    for text, expected in cases.items():
        (candidate,) = found(text)
        assert (candidate.speaker, candidate.text) == expected, text
    assert found("The skipper, tired after the night, found the quay empty.") == []


def test_words_joined_by_and_before_a_body_s_head_are_one_body() -> None:
    (candidate,) = found("The Ethics and Integrity Commission (EIC) said it was aware of it.")
    assert candidate.speaker == "Ethics and Integrity Commission"


def test_a_parliamentary_record_s_labels_with_honorific_seat_and_time() -> None:
    text = (
        "Questions Without Notice\n\n"
        "The Hon. INGRID VOSS (Eastern Province) (14:32): My question is to the minister. "
        "Was the dredging contract put to tender?\n\n"
        "The Hon. R. T. HALLAM (Minister for Ports) (14:33): It was let under the emergency "
        "provisions of the act.\n\n"
        "The PRESIDENT: Order! The minister has the call.\n\n"
        "Ferry Timetables\n\n"
        "The Hon. INGRID VOSS: Will the timetable change in winter?\n\n"
        "Later, Ms Voss told reporters the answer was thin.\n"
    )
    turns = [(c.speaker, c.text[:12]) for c in found(text) if c.cue == ":"]
    assert turns == [
        ("Ingrid Voss", "My question "),
        ("R. T. Hallam", "It was let u"),
        ("PRESIDENT", "Order! The m"),
        ("Ingrid Voss", "Will the tim"),
    ]


def test_a_host_named_in_parentheses_and_a_stage_note_in_a_transcript() -> None:
    text = (
        "HOST (GRETA VELL): Welcome back. Today we are in a cold store of seeds.\n\n"
        "ODRAN: Mind the door there, it sticks in the cold.\n\n"
        "VELL: What is kept in here, then?\n\n"
        "ODRAN: (laughs) Everything my grandmother ever grew, and more.\n\n"
        "VELL: Dr Odran, thank you.\n"
    )
    turns = [(c.speaker, c.text) for c in found(text)]
    assert turns[0] == ("GRETA VELL", "Welcome back. Today we are in a cold store of seeds")
    assert ("Odran", "Everything my grandmother ever grew, and more") in turns
    # The surname's label shows the one spelling of its person in the document (speakers16).
    assert ("GRETA VELL", "Dr Odran, thank you") in turns
    assert [t for t in turns if t[0] == "you"] == []


def test_a_commission_without_its_article_speaks_in_a_live_blog_heading() -> None:
    text = "Turnout at 61% by noon, electoral commission says\n\nQueues were long.\n"
    (candidate,) = found(text)
    assert (candidate.text, candidate.speaker) == ("Turnout at 61% by noon", "electoral commission")


def test_where_a_question_was_put_is_its_source_not_its_content() -> None:
    cases = {
        "Premier Ola Brenn was later asked on BBC Radio 4 whether he regretted the tunnel.": (
            "whether he regretted the tunnel",
            "BBC Radio 4",
        ),
        "Brenn was asked at a news conference if he would resign.": (
            "if he would resign",
            "a news conference",
        ),
    }
    for text, expected in cases.items():
        (candidate,) = found(text)
        assert (candidate.text, candidate.source) == expected, text


def test_a_bare_addressee_and_the_act_urged_on_them_are_the_content() -> None:
    cases = {
        "Governor Ruth Okello, speaking in Kiswahili, urged residents to be patient.": (
            "residents to be patient"
        ),
        "The coach told them to stay calm.": "them to stay calm",
    }
    for text, content in cases.items():
        (candidate,) = found(text)
        assert candidate.text == content, text
    # A day between the cue and ``to`` is no addressee.
    assert [c.text for c in found("Ruth Okello promised Monday to fix the road.")] != [
        "Monday to fix the road"
    ]


def test_the_language_of_an_interview_is_no_part_of_its_source() -> None:
    (candidate,) = found("The mayor said in an interview in French that the ferry would stay.")
    assert (candidate.source, candidate.source_kind) == ("an interview", "event")


def test_the_seminar_a_speaker_was_addressing_is_the_event() -> None:
    text = "Addressing a budget seminar in Lahore, Governor Imran Sethi said prices would fall."
    (candidate,) = found(text)
    assert (candidate.source, candidate.source_kind) == ("a budget seminar in Lahore", "event")


def test_a_surname_with_a_particle_opening_a_sentence_resolves_to_the_full_name() -> None:
    text = (
        "The caucus leader, Marike van Staden, said the motion was ready. "
        '"This is a management problem," Van Staden said.'
    )
    assert {c.speaker for c in found(text)} == {"Marike van Staden"}


def test_a_clause_of_when_after_the_object_of_a_stance_is_no_part_of_it() -> None:
    text = (
        'A kaumatua accused the council of "treating the creek like a drain" after '
        "councillors voted to pipe it."
    )
    accused = [c for c in found(text) if c.cue == "accused"]
    assert [c.text for c in accused] == ['the council of "treating the creek like a drain"']
