"""``include_unfinished``: comparing labels in documents their annotator has not finished, as
a detector's output imported as an annotator (every document it gives quotes marked not
finished) needs, in the library and as ``agreement --include-unfinished``."""

from __future__ import annotations

import orjson
import pytest

from annotator.adjudication import Adjudication
from annotator.agreement import align_corpus, compute_report, render_table
from annotator.cli.review import default_annotators
from annotator.store import AnnotationStore
from tests.unit.cli_helpers import run_cli
from tests.unit.test_agreement_data import quote, span_of

PIER = span_of('"the pier will reopen after the storm season"')
WAITED = span_of('"We have waited long enough,"')


@pytest.fixture
def person_and_detector(tmp_path):
    """ana finished doc-1 and doc-2; the detector's import gave quotes to both and to doc-3,
    marking each not finished; ana stopped in doc-3 herself."""
    root = tmp_path / "annotations"
    store = AnnotationStore(root)
    with store.open("ana", writable=True) as ana:
        ana.save(quote("ana", *PIER))
        ana.save(quote("ana", *WAITED, doc_id="doc-2"))
        ana.save(quote("ana", *WAITED, doc_id="doc-3"))
        ana.mark_finished("doc-1")
        ana.mark_finished("doc-2")
        ana.mark_finished("doc-3", finished=False)
    with store.open("detector", writable=True) as detector:
        for doc_id in ("doc-1", "doc-2", "doc-3"):
            detector.save(quote("detector", *PIER, doc_id=doc_id))
            detector.mark_finished(doc_id, finished=False)
    return root


def _aligned(root, include_unfinished):
    store = AnnotationStore(root)
    quotes, marks = {}, {}
    for name in ("ana", "detector"):
        with store.open(name) as file:
            quotes[name] = file.quotes()
            marks[name] = file.finished_marks()
    return align_corpus(
        quotes, ["ana", "detector"], marks=marks, include_unfinished=include_unfinished
    )


def test_by_default_a_detector_marking_its_documents_unfinished_is_compared_on_none(
    person_and_detector,
):
    alignments = _aligned(person_and_detector, include_unfinished=False)
    assert [a.present for a in alignments] == [("ana",), ("ana",), ()]
    report = compute_report(alignments, ["ana", "detector"], 0.5)
    assert report.documents == 0 and not report.include_unfinished


def test_included_unfinished_labels_are_compared_and_counted(person_and_detector):
    alignments = _aligned(person_and_detector, include_unfinished=True)
    assert [(a.doc_id, a.present) for a in alignments] == [
        ("doc-1", ("ana", "detector")),
        ("doc-2", ("ana", "detector")),
        ("doc-3", ("ana", "detector")),
    ]
    assert [a.included_unfinished for a in alignments] == [
        ("detector",),
        ("detector",),
        ("ana", "detector"),
    ]
    assert all(a.unfinished == () for a in alignments)
    report = compute_report(alignments, ["ana", "detector"], 0.5, include_unfinished=True)
    (pair,) = report.pairs
    assert report.documents == 3
    assert (pair.exact.matched, pair.exact.reference, pair.exact.predicted) == (1, 3, 3)
    assert report.included_unfinished == {"ana": 1, "detector": 3}
    assert report.included_unfinished_documents == 3
    table = render_table(report)
    assert "on 3 documents labelled or finished by two or more of them\n" in table
    # Aligned so, the report says it without being told again.
    assert compute_report(alignments, ["ana", "detector"], 0.5).include_unfinished
    assert "Unfinished documents counted too: 3 documents (ana 1, detector 3)\n" in table
    assert "Left out as unfinished" not in table


def test_a_finished_document_with_no_label_still_counts_when_unfinished_are_included(tmp_path):
    # ana finished doc-2 finding no quote; the detector proposed one there: a miss of ana's
    # only if doc-2 is compared, which it must be.
    store = AnnotationStore(tmp_path)
    with store.open("ana", writable=True) as ana:
        ana.mark_finished("doc-2")
    with store.open("detector", writable=True) as detector:
        detector.save(quote("detector", *PIER, doc_id="doc-2"))
        detector.mark_finished("doc-2", finished=False)
    with store.open("detector") as detector:
        quotes = {"ana": [], "detector": detector.quotes()}
    marks = {"ana": {"doc-2": True}, "detector": {"doc-2": False}}
    (alignment,) = align_corpus(quotes, ["ana", "detector"], marks=marks, include_unfinished=True)
    assert alignment.present == ("ana", "detector")
    assert alignment.included_unfinished == ("detector",)


def test_the_command_compares_unfinished_documents_when_asked_and_says_so(
    person_and_detector, capsys
):
    store = str(person_and_detector)
    code, out, err = run_cli(capsys, "agreement", "--store", store, "--json")
    assert code == 0, err
    data = orjson.loads(out)
    assert data["documents"] == 0 and data["include_unfinished"] is False
    assert data["left_out_unfinished"]["annotators"] == {"ana": 1, "detector": 3}

    code, out, err = run_cli(
        capsys, "agreement", "--store", store, "--json", "--include-unfinished"
    )
    assert code == 0, err
    data = orjson.loads(out)
    assert data["documents"] == 3 and data["include_unfinished"] is True
    assert data["included_unfinished"] == {
        "documents": 3,
        "annotators": {"ana": 1, "detector": 3},
    }
    assert data["left_out_unfinished"]["documents"] == 0
    assert data["pairs"][0]["spans"]["exact"]["matched"] == 1

    code, out, err = run_cli(capsys, "agreement", "--store", store, "--include-unfinished")
    assert code == 0, err
    assert "Unfinished documents counted too: 3 documents (ana 1, detector 3)\n" in out


def test_an_annotator_with_only_unfinished_labels_is_not_idle_when_they_are_included(
    person_and_detector, capsys
):
    # With no annotator named, one who finished nothing is left out; the detector finished
    # nothing by design, and is exactly who --include-unfinished is for.
    with AnnotationStore(person_and_detector).open("bo", writable=True) as bo:
        bo.save(quote("bo", *PIER))
        bo.mark_finished("doc-1")
    store = str(person_and_detector)
    code, out, err = run_cli(capsys, "agreement", "--store", store, "--json")
    assert orjson.loads(out)["annotators"] == ["ana", "bo"]
    assert "left out, finished no document: detector" in err
    code, out, err = run_cli(
        capsys, "agreement", "--store", store, "--json", "--include-unfinished"
    )
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ana", "bo", "detector"]
    assert "left out" not in err


def test_a_table_with_unfinished_included_and_none_found_says_so(tmp_path, capsys):
    store = AnnotationStore(tmp_path)
    for name in ("ana", "bo"):
        with store.open(name, writable=True) as file:
            file.save(quote(name, *PIER))
    code, out, err = run_cli(capsys, "agreement", "--store", str(tmp_path), "--include-unfinished")
    assert code == 0, err
    assert "Unfinished documents counted too: none\n" in out


# -- review ----------------------------------------------------------------------------------


def test_a_review_takes_unfinished_labels_only_when_asked(person_and_detector):
    store = AnnotationStore(person_and_detector)
    with Adjudication(store, ["ana", "detector"], auto_merge=False) as adjudication:
        assert adjudication.document_ids() == []
        assert adjudication.unfinished_line() == (
            "Left out as unfinished: 3 documents (ana 1, detector 3)"
        )
    with Adjudication(
        store, ["ana", "detector"], auto_merge=False, include_unfinished=True
    ) as adjudication:
        assert adjudication.document_ids() == ["doc-1", "doc-2", "doc-3"]
        reviews = list(adjudication.scan())
        assert [(r.doc_id, r.present, r.unanimous) for r in reviews] == [
            ("doc-1", ("ana", "detector"), 1),
            ("doc-2", ("ana", "detector"), 0),
            ("doc-3", ("ana", "detector"), 0),
        ]
        assert [len(r.disagreements) for r in reviews] == [0, 2, 2]
        assert adjudication.unfinished_line() == (
            "Unfinished documents counted too: 3 documents (ana 1, detector 3)"
        )


def test_review_with_no_annotator_named_keeps_one_who_finished_nothing_when_asked(
    person_and_detector, capsys
):
    store = AnnotationStore(person_and_detector)
    with store.open("bo", writable=True) as bo:
        bo.save(quote("bo", *PIER))
    assert default_annotators(store, "gold") == ["ana", "bo"]
    assert "left out, finished no document: detector" in capsys.readouterr().err
    assert default_annotators(store, "gold", include_unfinished=True) == ["ana", "bo", "detector"]
    assert capsys.readouterr().err == ""


def test_the_review_command_passes_include_unfinished_to_the_screen(
    person_and_detector, capsys, monkeypatch, tmp_path
):
    opened: list[dict[str, object]] = []

    class QuietApp:
        failure = None

        class review_screen:  # noqa: N801 - stands for the screen attribute it replaces
            @staticmethod
            def summary() -> str:
                return ""

        def run(self) -> None:
            pass

    def make_review_app(*args: object, **kwargs: object) -> QuietApp:
        opened.append(kwargs)
        return QuietApp()

    monkeypatch.setattr("annotator.tui.review.make_review_app", make_review_app)
    monkeypatch.chdir(tmp_path)  # no seeds/ folder here: no corpus
    store = str(person_and_detector)
    code, _, err = run_cli(capsys, "review", "--store", store, "ana", "detector")
    assert code == 0, err
    code, _, err = run_cli(
        capsys, "review", "--store", store, "ana", "detector", "--include-unfinished"
    )
    assert code == 0, err
    assert [kwargs["include_unfinished"] for kwargs in opened] == [False, True]
