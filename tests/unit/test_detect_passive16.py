"""Passive, infinitive and headline attributions the detector missed entirely: each rule of
English with invented sentences (no text from any evaluation set)."""

from __future__ import annotations

from annotator.detect import detect_quotes


def spans(text: str) -> list[tuple[str, str | None]]:
    """The (text, cue) of every candidate of ``text`` scored at least 0.5."""
    return [(c.text, c.cue) for c in detect_quotes(text) if c.score >= 0.5]


def test_the_subject_of_a_passive_charge_is_a_fragment_of_what_is_held_against_it() -> None:
    # ``Kral was charged with fraud``: someone unnamed holds that Kral committed fraud; the
    # subject and the charge are two fragments with one cue, as for ``is expected to``.
    cases = {
        "Ivo Kral was charged with fraud last spring.": ("Ivo Kral", "charged with"),
        "The harbour board has been criticized for the delay.": (
            "The harbour board",
            "criticized for",
        ),
        "Later the skipper, who was charged with smuggling, fled.": (
            "who",
            "charged with",
        ),
        "Two pilots were widely praised for their calm.": ("Two pilots", "praised for"),
    }
    for text, (subject, cue) in cases.items():
        got = spans(text)
        assert (subject, cue) in got, (text, got)


def test_a_charge_with_no_be_form_before_it_has_no_subject_fragment() -> None:
    # ``a skipper accused of smuggling``: a participle after a noun, no clause of its own.
    got = spans("Ada Lind met a skipper accused of smuggling.")
    assert ("smuggling", "accused of") in got
    assert all(cue != "accused of" or text == "smuggling" for text, cue in got)


def test_the_subject_of_a_passive_naming_is_a_fragment_of_the_name_given() -> None:
    cases = {
        "The old quay is known as the Hook.": ("The old quay", "known as"),
        "Lind is better known as Captain Ash.": ("Lind", "better known as"),
        "The toll plan was dubbed the Ferry Tax.": ("The toll plan", "dubbed"),
    }
    for text, (subject, cue) in cases.items():
        got = spans(text)
        assert (subject, cue) in got, (text, got)


def test_a_naming_after_a_noun_or_a_dummy_subject_has_no_subject_fragment() -> None:
    # ``a reef known as the Teeth``: a participle after a noun; ``it's known as``: no subject.
    for text in ("Divers avoid a reef known as the Teeth.", "In sailing, it's known as a jibe."):
        got = spans(text)
        assert not any(text_ in ("Divers avoid a reef", "it") for text_, _ in got), (text, got)


def test_a_passive_subject_starts_at_its_pronoun_and_skips_progressives_and_gerunds() -> None:
    got = spans("The crew rebuilt what is known as the Long Pier.")
    assert ("what", "known as") in got, got
    # ``are calling on``: an active verb in the progressive, whose subject holds the appeal.
    got = spans("The skippers are calling on Kral to resign.")
    assert not any(text == "The skippers" for text, _ in got), got
    # ``their town being dubbed``: a gerund clause inside another; no subject of its own.
    got = spans("The sailors hated their town being dubbed the Dump.")
    assert not any(text.endswith("their town") for text, _ in got), got


BODY = "\n\nThe story goes on in plain sentences, as every story does.\n"


def headline_spans(headline: str) -> list[tuple[str, str | None, str | None]]:
    """The (text, speaker, cue) of the candidates scored 0.5 or more inside ``headline``, a
    line of its own above a body."""
    text = headline + BODY
    return [
        (c.text, c.speaker, c.cue)
        for c in detect_quotes(text)
        if c.score >= 0.5 and c.start < len(headline)
    ]


def test_a_headline_in_title_case_attributes_its_content_to_the_words_before_its_verb() -> None:
    cases = {
        "Harbour Union Endorses Ada Lind.": ("Ada Lind", "Harbour Union", "Endorses"),
        "Eastport Mayor Sides With Skippers On Fuel Tax": (
            "Skippers On Fuel Tax",
            "Eastport Mayor",
            "Sides With",
        ),
        "Ada Lind Just Announced Her Run For Mayor": (
            "Her Run For Mayor",
            "Ada Lind",
            "Just Announced",
        ),
        "Ivo Kral Refuses To Rule Out A Run": ("To Rule Out A Run", "Ivo Kral", "Refuses"),
        "New Survey Shows Wide Support For The Bridge": (
            "Wide Support For The Bridge",
            "New Survey",
            "Shows",
        ),
        # A verb's base form after a plural subject.
        "Ferry Skippers Explain Why The Toll Must Go": (
            "Why The Toll Must Go",
            "Ferry Skippers",
            "Explain",
        ),
    }
    for headline, expected in cases.items():
        assert expected in headline_spans(headline), (headline, headline_spans(headline))


def test_a_headline_ends_its_content_at_a_break_or_a_second_verb() -> None:
    got = headline_spans("Kral Backs Lind And Denounces The Board")
    assert ("Lind", "Kral", "Backs") in got, got
    got = headline_spans("Ada Lind Defends The Toll – Skippers Are Not Amused")
    assert ("The Toll", "Ada Lind", "Defends") in got, got


def test_a_headline_passive_gives_its_agent_as_speaker_or_no_one() -> None:
    # ``Plan Condemned By Port Union``: the ``is`` dropped; the agent speaks of the subject.
    got = headline_spans("Toll Plan Condemned By Port Union Before Vote")
    assert ("Toll Plan", "Port Union", "Condemned") in got, got
    # ``Kral Accused Of Fraud``: a charge held by no one named; the subject is a fragment.
    got = headline_spans("Ivo Kral Accused Of Hiding Harbour Losses")
    assert ("Ivo Kral", None, "Accused Of") in got, got
    assert ("Hiding Harbour Losses", None, "Accused Of") in got, got


def test_a_noun_in_a_headline_proposes_nothing() -> None:
    # ``Kral's Attacks On``, ``Rally in Support of``, ``Ferry Order``: the cue word is a noun.
    for headline in (
        "Why Ivo Kral’s Attacks On The Board Could Backfire",
        "Old Skippers Rally in Support of Ada Lind",
        "After The Storm Order On Ferry Fares, Lind Stays Quiet",
    ):
        assert headline_spans(headline) == [], (headline, headline_spans(headline))


def test_a_declaring_verb_in_the_passive_names_no_speaker_and_splits_subject_and_complement() -> (
    None
):
    # ``Lind was declared the winner``: someone unnamed declared it; Lind declared nothing.
    got = [(c.text, c.speaker, c.cue) for c in detect_quotes("Ada Lind was declared the winner.")]
    assert ("Ada Lind", None, "declared") in got, got
    assert ("the winner", None, "declared") in got, got
    got = [
        (c.text, c.speaker)
        for c in detect_quotes("Her crew clapped once she was announced the harbour master.")
    ]
    assert ("she", None) in got and ("the harbour master", None) in got, got
    # A relative clause ends at its comma; a time after the verb is no noun phrase declared.
    got = [
        c.text
        for c in detect_quotes("Kral, who was proclaimed the victor last May, now runs the port.")
    ]
    assert "the victor last May" in got, got
    assert detect_quotes("The vote was announced the next morning.") == []


def test_the_subject_of_a_raising_cue_is_the_pronoun_or_relative_right_before_it() -> None:
    # ``pilots who are expected to``: the relative is the subject (of a clause inside a
    # longer one); ``by May she is expected to``: the pronoun.
    got = spans("The vote picks the many pilots who are expected to back Lind in May.")
    assert ("who", "are expected") in got, got
    got = spans("By May she is also expected to chair the board.")
    assert ("she", "is also expected") in got, got
    # A relative inside a longer subject is no subject on its own.
    got = spans("The woman who sold the boat has reportedly left.")
    assert ("The woman who sold the boat", "reportedly") in got, got


def test_a_verb_of_causing_makes_its_object_the_speaker_of_the_infinitive_cue() -> None:
    cases = {
        "The storm prompted Ada Lind to declare that the port would close.": (
            "that the port would close",
            "Ada Lind",
        ),
        "The loss led the skippers to say that the toll had failed.": (
            "that the toll had failed",
            "the skippers",
        ),
    }
    for text, (content, speaker) in cases.items():
        got = [(c.text, c.speaker) for c in detect_quotes(text) if c.score >= 0.5]
        assert (content, speaker) in got, (text, got)
    # ``drove from Leeds to ask``: a journey, not a cause; no one is made to speak.
    got = [c.speaker for c in detect_quotes("Critics drove from Leeds to ask him about the toll.")]
    assert "from Leeds" not in got and "Leeds" not in got, got
