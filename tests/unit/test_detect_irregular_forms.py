"""The irregular past forms the detector reads are one list in the lexicon (tidy20)."""

from annotator.detect import attitudes, speakers
from annotator.detect.lexicon import IRREGULAR_PAST_FORMS, IRREGULAR_PAST_TENSES


def test_every_irregular_past_form_after_had_is_a_pluperfect() -> None:
    """The pattern once listed its own forms and missed some the lexicon knows (``had fled``,
    ``had let``)."""
    missed = [
        form
        for form in sorted(IRREGULAR_PAST_FORMS)
        if attitudes._PLUPERFECT_RE.fullmatch(f"had {form}") is None
    ]
    assert missed == []


def test_a_subject_is_read_before_a_past_tense_only() -> None:
    """``said`` and participles with no past tense (``given``) after a name make it no subject
    of a verb of its own: the speakers' list keeps them out, as it always did."""
    assert speakers._IRREGULAR_PAST is IRREGULAR_PAST_TENSES
    assert IRREGULAR_PAST_TENSES < IRREGULAR_PAST_FORMS
    assert not {"said", "given", "taken", "written"} & IRREGULAR_PAST_TENSES
    assert speakers._IRREGULAR_PAST_AFTER_RE.match(" went") is not None
    assert speakers._IRREGULAR_PAST_AFTER_RE.match(" given") is None
