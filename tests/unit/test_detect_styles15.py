"""House styles of a fifteenth round (a fact check, a tech story, entertainment news, a police
report, a flood report, a translated wire, a newsletter): each rule of English news prose with
a case that showed it. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_day_or_a_time_zone_after_a_clock_time_does_not_open_a_sentence() -> None:
    for text in (
        "The van was set alight on Quay Street at 11:15 p.m. Saturday, the fire service said.",
        "The polls in Skerry closed at 8 p.m. ET after a long day, the board said.",
    ):
        (candidate,) = found(text)
        assert candidate.text.startswith("The "), text
    # A clock time still ends its sentence before anything else.
    text = "The van burned until 2 a.m. Crews said the quay was safe."
    (candidate,) = found(text)
    assert candidate.text == "the quay was safe"


def test_adding_a_thing_to_another_reports_nothing() -> None:
    assert found("The hatchery adds iodine to the tanks every spring.") == []
    # A trailing attribution still reports the whole sentence.
    (candidate,) = found("Crews add iodine to the tanks every spring, the warden said.")
    assert (candidate.text, candidate.cue) == ("Crews add iodine to the tanks every spring", "said")
    # Speech stays speech.
    (candidate,) = found("Pell added that the tanks were clean.")
    assert candidate.text == "that the tanks were clean"


def test_an_aside_after_the_channel_leaves_the_content_at_that() -> None:
    for text in (
        "Omar Veld said on Threads, the Meta app, that the pier was sold.",
        "Omar Veld wrote in a memo, sent late Friday, that the pier was sold.",
    ):
        (candidate,) = found(text)
        assert candidate.text == "that the pier was sold", text


def test_one_or_another_after_a_quote_speaks_it() -> None:
    text = (
        "Readers wrote in by the hundred. “Bring back the night ferry,” one wrote. "
        "“The timetable is a joke,” another added."
    )
    assert [(c.speaker, c.cue) for c in found(text)] == [("one", "wrote"), ("another", "added")]


def test_people_told_before_a_clause_are_no_content() -> None:
    cases = {
        "Ivo Pell told detectives he had been asleep.": "he had been asleep",
        "Ivo Pell told paramedics the van had rolled twice.": "the van had rolled twice",
        "Ivo Pell told neighbours and friends that the van was stolen.": (
            "that the van was stolen"
        ),
    }
    for text, content in cases.items():
        (candidate,) = found(text)
        assert candidate.text == content, text


def test_plain_words_before_a_role_noun_stay_in_the_speaker_phrase() -> None:
    cases = {
        "The town's water department said the mains were clean.": "The town's water department",
        "A viral post claims the mains are poisoned.": "A viral post",
    }
    for text, speaker in cases.items():
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_what_was_answered_after_to_is_no_content() -> None:
    text = "The skipper has yet to respond to our written request for an interview."
    assert [c.cue for c in found(text)] == ["request for"]
    assert found("Ada Pell responded to the harbour board's letter from Tuesday.") == []


def test_calling_it_quits_names_nothing() -> None:
    assert found("The Skerry ferry crew have called it quits.") == []
    assert found("Ola Brandt called it a day after forty years at sea.") == []
    (candidate,) = found("Ola Brandt called it a disgrace.")
    assert candidate.text == "it a disgrace"


def test_that_after_the_object_of_a_preposition_in_a_passive_is_a_relative() -> None:
    text = "A driver was charged in connection with a fire that gutted the boathouse."
    assert [c.cue for c in found(text)] == []
    # After a day or a channel, ``that`` still opens what was said.
    (candidate,) = found("It was announced on Friday that the boathouse would close.")
    assert candidate.text == "that the boathouse would close"


def test_a_participle_named_after_a_noun_names_it_and_ends_before_the_verb() -> None:
    text = "A Facebook user named Tova Rinn claimed that the quay was sold."
    named, claimed = found(text)
    assert (named.text, named.speaker, named.cue) == ("Tova Rinn", None, "named")
    assert (claimed.text, claimed.speaker) == ("that the quay was sold", "Tova Rinn")


def test_a_name_in_markdown_bold_speaks_without_its_asterisks() -> None:
    text = '- **Rep. Tova Rinn (D-Ore.)** tweeted that the levy was "a tax on fog."'
    (candidate,) = found(text)
    assert candidate.speaker == "Tova Rinn"
    ((start, end),) = candidate.speaker_spans
    assert text[start:end] == "Rep. Tova Rinn"


def test_a_headline_label_alone_opens_no_turn() -> None:
    text = (
        "SKERRY BRIEFING: The levy fight goes on\n\n"
        "Good morning. Here is what we are watching today.\n\n"
        "The harbour board meets at noon."
    )
    assert [c.text for c in found(text)] == ["The levy fight goes on"]


def test_a_date_in_an_apposition_names_no_speaker() -> None:
    for text in (
        "The memo, dated Jan. 12, said the pier was unsafe.",
        "The memo, dated March 3 and sent to the board, warned that the pier was unsafe.",
    ):
        (candidate,) = found(text)
        assert candidate.speaker == "The memo", text


def test_the_verb_not_a_noun_after_it_introduces_a_block() -> None:
    block = (
        "The crane has not been inspected since the storm, and two of its bolts have sheared. "
        "We cannot lift containers with it until the spring."
    )
    text = "The report describes the quay in blunt terms:\n\n" + block
    (candidate,) = [c for c in found(text) if c.text == block]
    assert candidate.cue == "describes"
    # With no verb among the cue words, the noun still introduces it.
    (candidate,) = [c for c in found("Ada Lind had a stark warning:\n\n" + block)]
    assert candidate.cue == "warning"


def test_a_body_headed_by_a_plural_keeps_its_whole_name() -> None:
    (candidate,) = found("The Centers for Tidal Safety and Rescue said it had sent a team.")
    assert candidate.speaker == "Centers for Tidal Safety and Rescue"


def test_us_local_titles_are_dropped_from_the_name() -> None:
    for text, speaker in {
        "Councilmember Jo Whitlow said no decision would be made before March.": "Jo Whitlow",
        "Alderwoman Pia Kowal said the ward had flooded twice.": "Pia Kowal",
        "Assemblyman Ruben Solano said the bill was dead.": "Ruben Solano",
    }.items():
        (candidate,) = found(text)
        assert candidate.speaker == speaker, text


def test_a_dash_and_a_name_on_the_line_of_a_quote_sign_it() -> None:
    text = (
        "More than 300 of you wrote in. Here is a selection.\n\n"
        "“The Elm Street branch is the only place my kids can get online.” — Tess Mabry, Eastside"
        "\n\nThe council votes in March."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("Tess Mabry", "—")


def test_a_coordinated_cue_takes_the_people_not_the_place_after_them() -> None:
    text = (
        "Health officials in Dorran County on Friday confirmed six more cases "
        "and urged parents to check their children's vaccination records."
    )
    (urged,) = [c for c in found(text) if c.cue == "urged"]
    assert urged.speaker == "Health officials"


def test_a_name_in_apposition_to_one_speaks() -> None:
    text = "Many readers wrote in. One, Anya Sherwin of Midtown, wrote that Sundays matter most."
    (candidate,) = found(text)
    assert candidate.speaker == "Anya Sherwin"


def test_one_and_its_noun_before_a_topic_and_colon_speak_as_written() -> None:
    for text in (
        "One senior aide, on the mood in the caucus: “Grim. Just grim.”",
        "**OVERHEARD**: One senior aide, on the mood in the caucus: “Grim. Just grim.”",
    ):
        (candidate,) = found(text)
        assert candidate.speaker == "One senior aide", text
    (candidate,) = found("One senior GOP aide, on the mood: “Grim.”")
    assert candidate.speaker == "One senior GOP aide"


def test_madam_is_an_honorific_dropped_from_the_name() -> None:
    text = "Madam Tan Siew Lan, 67, said her flat had flooded twice. Mdm Tan moved out in May."
    (candidate,) = found(text)
    assert candidate.speaker == "Tan Siew Lan"


def test_how_an_inverted_speaker_spoke_is_no_part_of_the_speaker() -> None:
    for text in (
        "“Every time it rains, I cannot sleep,” said the retiree in Mandarin.",
        "“Every time it rains, I cannot sleep,” said the retiree in a phone interview.",
    ):
        (candidate,) = found(text)
        assert candidate.speaker == "the retiree", text


def test_a_date_in_parentheses_after_the_day_ends_a_trailing_attribution() -> None:
    text = (
        "Six more estates will get new drains by 2027, water agency KRB said on Thursday (March 6)."
    )
    (candidate,) = found(text)
    assert (candidate.text, candidate.speaker) == (
        "Six more estates will get new drains by 2027",
        "KRB",
    )


def test_plain_words_before_a_capitalised_modifier_stay_in_the_speaker_phrase() -> None:
    (candidate,) = found("The opposition Harbour party said the border checks were cruel.")
    assert candidate.speaker == "The opposition Harbour party"


def test_a_caption_after_a_post_is_the_posters_quote() -> None:
    text = "Mira Quell, 38, shared a photo of the quay on Instagram with the caption, “New tides.”"
    (candidate,) = [c for c in found(text) if c.text == "“New tides.”"]
    assert (candidate.speaker, candidate.cue) == ("Mira Quell", "caption")


def test_an_abbreviated_date_after_the_cue_is_no_content() -> None:
    cases = {
        "A neighbour of Birch Lane told police Jan. 3 that two kayaks had been taken.": (
            "that two kayaks had been taken"
        ),
        "A caller reported Feb. 5 that a cow was walking along Route 9.": (
            "that a cow was walking along Route 9"
        ),
    }
    for text, content in cases.items():
        (candidate,) = found(text)
        assert candidate.text == content, text


def test_reported_to_a_body_is_no_hearsay() -> None:
    text = "The following thefts were reported to the Skerry Harbour Police between May 3 and 9."
    assert found(text) == []
    # An infinitive after ``to`` still makes the raising passive.
    assert [c.text for c in found("Ada Pell was reported to have left the island.")] == [
        "Ada Pell",
        "to have left the island",
    ]


def test_a_trailing_according_to_is_no_content_of_the_cue_before_it() -> None:
    text = "Damage was estimated at $800, according to the incident report."
    assert [(c.cue, c.text) for c in found(text)] == [
        ("according to", "Damage was estimated at $800")
    ]


def test_adding_only_a_thing_reports_nothing() -> None:
    text = "The water board said that it adds only chlorine and fluoride, at levels set by law."
    assert [c.cue for c in found(text)] == ["said"]
    (candidate,) = found("Ada Pell said only that the plant was safe.")
    assert candidate.text == "that the plant was safe"
