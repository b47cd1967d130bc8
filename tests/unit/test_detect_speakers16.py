"""The speaker suggested for a matched quote (speakers16): its mention and its name.

Each test is a class of error found by sorting the wrong speakers of matched quotes on the
shared evaluation set; every text here is invented.
"""

from annotator.detect import detect_quotes
from annotator.records import Candidate


def _by_text(text: str) -> dict[str, Candidate]:
    """Each candidate, keyed by the first words of its quote."""
    return {candidate.text[:20]: candidate for candidate in detect_quotes(text)}


def _mention(text: str, candidate: Candidate) -> list[str]:
    """The words of the candidate's speaker mention, as written in ``text``."""
    return [text[start:end] for start, end in candidate.speaker_spans]


def test_a_sentence_adverb_opening_the_sentence_is_no_speaker() -> None:
    # ``Perhaps`` is capitalised only because it opens the sentence; the subject comes after
    # the adverbial's comma, even when the verb group before the cue hides it.
    text = (
        "Perhaps not surprisingly, Lind has recently begun urging the crews to sign the "
        "petition and vote against the merger."
    )
    found = _by_text(text)
    assert found["the crews to sign th"].speaker == "Lind"
    assert _mention(text, found["the crews to sign th"]) == ["Lind"]
    assert found["the merger"].speaker == "Lind"
    maybe = "Maybe unwisely, Lind has recently started asking the crews to sign the petition."
    assert _by_text(maybe)["the crews to sign th"].speaker == "Lind"


def test_a_participle_after_an_article_makes_the_cue_word_a_noun() -> None:
    # ``a hastily typed tweet``: ``tweet`` is the noun the participle modifies, not a verb
    # whose subject is ``a hastily typed``; nor is the clause after it an inverted subject.
    text = (
        "Ada Moss was in Leeds. Moss broke her silence with a hastily typed tweet that offered "
        "no view on the cause of the fire. “Sad news from the harbour tonight. Thinking of "
        "every crew out there.”"
    )
    for candidate in detect_quotes(text):
        assert candidate.speaker is None or "typed" not in candidate.speaker
        assert candidate.speaker != "that offered no view on the cause of the fire"
    typed = "Moss broke her silence with a typed tweet that offered no view on the fire."
    assert all(
        candidate.speaker != "her silence with a typed" for candidate in detect_quotes(typed)
    )
    # The same noun after a verb that carries it: the verb's subject holds it; after a
    # preposition, the subject before the preposition.
    call = "At the forum, Moss made an unscripted call for lower ferry fares."
    assert _by_text(call)["lower ferry fares"].speaker == "Moss"
    dispute = "Varna and Skarra are in a prolonged dispute about fishing rights."
    assert _by_text(dispute)["about fishing rights"].speaker == "Varna and Skarra"
    # Any word after ``a`` before a cue word with no verb ending: ``a passionate`` would
    # take ``calls``. A verb that agrees keeps its subject, and so does a phrase before a word
    # that is no cue (a preposition).
    plain = "Moss made a passionate call for lower ferry fares."
    assert _by_text(plain)["lower ferry fares"].speaker == "Moss"
    assert _by_text("A fan yelled that the referee was blind.")["that the referee was"].speaker == (
        "A fan"
    )
    stroll = "A stroll through the two harbour offices hints at their different styles."
    assert _by_text(stroll)["their different styl"].speaker == "A stroll"


def test_a_quote_after_a_sentence_about_another_person_is_that_persons() -> None:
    # A sentence whose subject is a named person, with no cue of its own, between a quote and
    # the next one: the next quote is the new person's reply, not more of the first speaker.
    text = (
        "“I let it all wash over me,” Piet Varga said with a shrug. Hanne Varga rolled her "
        "eyes. “Piet’s far more patient with them than I am.”"
    )
    found = _by_text(text)
    assert found["“I let it all wash o"].speaker == "Piet Varga"
    assert found["“Piet’s far more pati"[:20]].speaker == "Hanne Varga"
    assert _mention(text, found["“Piet’s far more pati"[:20]]) == ["Hanne Varga"]
    # The first speaker named again, or a sentence about no one, keeps the chain.
    same = "“I let it all wash over me,” Piet Varga said. Varga shrugged. “I hear none of it.”"
    assert _by_text(same)["“I hear none of it.”"].speaker == "Piet Varga"
    nobody = (
        "“I let it all wash over me,” Piet Varga said. The room went quiet. “I hear none of it.”"
    )
    assert _by_text(nobody)["“I hear none of it.”"].speaker == "Piet Varga"
    # A person named as the subject of a sentence with a noun cue only (``a tweet``), then a
    # quote of its own: the person's.
    tweet = (
        "Ada Moss was in Leeds. Moss broke her silence with a hastily typed tweet that offered "
        "no view on the cause of the fire. “Sad news from the harbour tonight. Thinking of "
        "every crew out there.”"
    )
    assert _by_text(tweet)["“Sad news from the h"].speaker == "Ada Moss"


def test_a_colon_intro_is_not_undone_by_the_next_sentences_attribution() -> None:
    # ``X told Y: “...” He added that ...``: the sentence after the quote is a new attribution
    # with words of its own; the colon's speaker keeps the quote, and the pronoun after it
    # stands for that speaker.
    text = (
        "Kral praised the ferry plan, to which Moss retorted: “It is simply untrue.” She said "
        "the plan would cost the town far too much."
    )
    found = _by_text(text)
    assert found["“It is simply untrue"].speaker == "Moss"
    assert _mention(text, found["“It is simply untrue"]) == ["Moss"]
    told = (
        "Dock steward Ada Moss told the Harbour Times: “We are staying put. We have 300 "
        "members.” She added that the wages were too low."
    )
    assert _mention(told, _by_text(told)["“We are staying put."]) == ["Ada Moss"]
    again = "Moss was blunt: “We are staying put.” She added, “Not now, not ever.”"
    assert _mention(again, _by_text(again)["“We are staying put."]) == ["Moss"]
    # A pronoun and a cue with nothing after them attribute the quote before them.
    plain = "Moss told the Harbour Times: “We are staying put.” She said."
    assert _mention(plain, _by_text(plain)["“We are staying put."]) == ["She"]


def test_a_participle_hangs_on_the_subject_after_the_opening_phrases() -> None:
    # The subject of a clause a participle hangs on comes after every opening phrase: a place
    # and its region, a time, a participle clause, ``Ever since ...``; no name inside them.
    region = (
        "At a fish market in Tarrow, Ohio, on Sunday, Ada Moss defended her plan again, "
        "saying that the port should stay open."
    )
    assert _by_text(region)["that the port should"].speaker == "Ada Moss"
    abbreviated = (
        "On a visit to Eldon, N.H., last Friday, Mayor Ivo Kral backed Moss, saying that she "
        "was ready."
    )
    assert _by_text(abbreviated)["that she was ready"].speaker == "Ivo Kral"
    speaking = (
        "Speaking to the Harbour Workers Union in Leeds, Kral hesitated before answering a "
        "query about the port."
    )
    assert _by_text(speaking)["a query about the po"].speaker == "Kral"
    ever = (
        "Ever since she endorsed Kral this month, Ada Moss has been a loud surrogate, "
        "attacking the council."
    )
    assert _by_text(ever)["the council"].speaker == "Ada Moss"
    # A name after the opening phrase with an apposition of its own is the subject; one in
    # apposition to a person the phrase ends on is not.
    nurse = "After the vote, Ada Moss, a nurse, joined the strike, saying that wages were low."
    assert _by_text(nurse)["that wages were low"].speaker == "Ada Moss"
    husband = (
        "Along with her husband, Milo Berg, a banker, Rita Berg joined the strike, saying "
        "that wages were low."
    )
    assert _by_text(husband)["that wages were low"].speaker == "Rita Berg"


def test_the_fullest_name_is_found_after_an_owner_or_a_glued_mark() -> None:
    # ``the Courier's Ada Lind``: the owner is no part of the name, and the name is still the
    # fullest form of ``Lind``; so is one right after a dash or a bracket.
    owner = (
        "Kral spoke to the Harbour Courier's Ada Lind on Monday.\n\n"
        "“Is the port for sale?” Lind asked."
    )
    assert _by_text(owner)["“Is the port for sal"].speaker == "Ada Lind"
    dashed = "-Tove Brask explains why the count went wrong.\n\nBrask said the sample was small."
    assert _by_text(dashed)["the sample was small"].speaker == "Tove Brask"


def test_one_person_gets_one_spelling_in_a_document() -> None:
    # A document that spells a name two ways (a transliteration, a suffix) shows one speaker.
    text = (
        "Trade Minister Sergei Volkhov said the talks were over. Later, Sergey Volkhov told "
        "reporters that the envoy had left. Volkhov added that the port was closed."
    )
    assert {candidate.speaker for candidate in detect_quotes(text)} == {"Sergei Volkhov"}
    surname = "Taras Berezovsky said the line held. Berezovskyy said the grain ships would sail."
    assert {candidate.speaker for candidate in detect_quotes(surname)} == {"Taras Berezovsky"}
    suffix = "Ivo B. Kral Jr. said the bill would pass. Ivo B. Kral said the vote was close."
    assert len({candidate.speaker for candidate in detect_quotes(suffix)}) == 1
    # Two generations, and a person beside the campaign named after him, stay apart.
    two = "Ada Lind Jr. said the bill would pass. Ada Lind III said the vote was close."
    assert len({candidate.speaker for candidate in detect_quotes(two)}) == 2
    campaign = (
        "Ivo Kral said the pier would be rebuilt. Ivo Kral’s campaign said the vote was close."
    )
    assert len({candidate.speaker for candidate in detect_quotes(campaign)}) == 2


def test_no_word_is_glued_before_a_persons_name() -> None:
    # A role word or a headline's word written in lower case elsewhere is no given name; an
    # owner's possessive is no part of the name either.
    rival = (
        "Moss backs the pier. Rival Anna Lind, however, said the pier was a waste. Lind added "
        "that the rival plan was cheaper."
    )
    assert {candidate.speaker for candidate in detect_quotes(rival)} == {"Anna Lind"}
    owner = "The Courier's Maria Brask said the count was wrong."
    assert _by_text(owner)["the count was wrong"].speaker == "Maria Brask"
    # A given name the document never writes in lower case stays.
    given = "Billie Jean Moss said the pier was a waste."
    assert _by_text(given)["the pier was a waste"].speaker == "Billie Jean Moss"


def test_the_subject_after_opening_phrases_may_be_a_common_noun_phrase() -> None:
    # After one or two opening phrases, a clause's subject that is no name: a plural of
    # people, a determiner's phrase, a share of a group up to its comma.
    plural = (
        "In the last debate, on Harbour TV, candidates were able to dodge hard questions by "
        "saying it was the host who had been wrong."
    )
    assert _by_text(plural)["it was the host who "].speaker == "candidates"
    filing = (
        "Beyond the video, the court filing quoted two witnesses and said that Kral had been "
        "seen at the quay."
    )
    assert _by_text(filing)["that Kral had been s"].speaker == "the court filing"
    share = (
        "Inside the union, a small group of skippers, though sure of Moss's win, are warning "
        "against a strike."
    )
    assert _by_text(share)["a strike"].speaker == "a small group of skippers"
    # A relative clause on the opening phrase's last noun is passed over too.
    relative = (
        "Speaking to Harbour TV in Eldon, which votes next week, Moss praised Kral as a bright "
        "leader but described his plans as a work in progress."
    )
    assert _by_text(relative)["his plans as a work "].speaker == "Moss"


def test_a_noun_cue_after_a_carrying_verb_or_a_copula_takes_that_verbs_subject() -> None:
    light = (
        "During the forum, Moss made an unscripted call for lower ferry fares, calling the "
        "old ones a scandal."
    )
    assert _by_text(light)["lower ferry fares"].speaker == "Moss"
    copula = "While Kral is an outspoken advocate of lower fares, Moss is not."
    assert _by_text(copula)["of lower fares"].speaker == "Kral"
    # A dummy ``it`` is no holder.
    dummy = "It is a tired cliche among harbour advocates that an armed town is a polite town."
    assert all(candidate.speaker != "It" for candidate in detect_quotes(dummy))
