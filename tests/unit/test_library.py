"""The core used as a library: what a script needs is in the core modules, not in the CLI."""

from __future__ import annotations

import subprocess
import sys

import orjson

from annotator.corpus import open_corpus
from annotator.records import Candidate, QuoteType, SourceKind, Status
from annotator.session import AnnotationSession, label_from_candidate, suggestion_id

TEXT = (
    '"The tram line opens in June," Mira Odell told the Fenwick Courier on Friday. '
    "Residents called the plan 'overdue'.\n"
)


def _span(words: str) -> list[int]:
    start = TEXT.index(words)
    return [start, start + len(words)]


QUOTE = '"The tram line opens in June,"'
CANDIDATE = Candidate(
    start=0,
    end=len(QUOTE),
    text=QUOTE,
    type=QuoteType.DIRECT,
    score=0.9,
    speaker="Mira Odell",
    speaker_spans=[_span("Mira Odell")],
    source="Fenwick Courier",
    source_kind=SourceKind.OUTLET,
    source_spans=[_span("Fenwick Courier")],
    cue="told",
    cue_spans=[_span("told")],
)


def test_a_label_made_from_a_candidate_is_the_one_annotate_saves(write_corpus, store):
    corpus = open_corpus(write_corpus({"tram.txt": TEXT}))
    document = corpus.get("tram.txt")
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=lambda text: [CANDIDATE])
        session.accept(session.load("tram.txt"), 0)
        [saved] = handle.quotes("tram.txt")

    made = label_from_candidate(document, CANDIDATE, "ana")

    assert made.id == suggestion_id("tram.txt", CANDIDATE)
    times = {"created", "updated"}
    assert made.model_dump(exclude=times) == saved.model_dump(exclude=times)
    rejected = label_from_candidate(document, CANDIDATE, "bo", status=Status.REJECTED)
    assert (rejected.status, rejected.annotator, rejected.id) == (Status.REJECTED, "bo", made.id)
    assert label_from_candidate(document, CANDIDATE, "ana", quote_id="q-1").id == "q-1"


def test_agreement_loads_the_store_from_its_package():
    from annotator import agreement
    from annotator.agreement.quotes import load_labels_and_marks

    assert agreement.load_labels_and_marks is load_labels_and_marks
    assert "load_labels_and_marks" in agreement.__all__


def test_the_audit_report_renders_without_the_command_line():
    # A script that prints an audit must not need the argparse layer, nor load it.
    code = (
        "import sys\n"
        "from annotator.audit import audit, render_report\n"
        "report = audit([])\n"
        "print(render_report(report).strip())\n"
        "print('annotator.cli' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    heading, loaded_cli = result.stdout.strip().splitlines()
    assert heading.startswith("0 statements reported by 2 documents or more")
    assert loaded_cli == "False"


def test_entry_points_take_a_path_as_a_string(tmp_path, write_corpus, store, monkeypatch):
    # open_corpus, AnnotationStore and load_quotes_jsonl take "seeds/..." as typed; the
    # functions reading an import or quotes file failed on it with an AttributeError.
    from annotator.audit import gather_from_quotes_file
    from annotator.exporting import collect_from_file, export_dataset, import_file, plan_import
    from annotator.formats import get_format

    corpus = open_corpus(write_corpus({"tram.txt": TEXT}))
    quote = {
        "start": 0,
        "end": len(QUOTE),
        "text": QUOTE,
        "type": "direct",
        "speaker": "Mira Odell",
    }
    line = {"id": "tram.txt", "quotes": [quote]}
    (tmp_path / "labels.jsonl").write_bytes(orjson.dumps(line, option=orjson.OPT_APPEND_NEWLINE))
    monkeypatch.chdir(tmp_path)
    fmt = get_format("quotes-jsonl")

    gathered = gather_from_quotes_file(corpus, "labels.jsonl")
    assert [occurrence.text for occurrence in gathered.occurrences] == [QUOTE]
    assert len(plan_import(fmt, "labels.jsonl", annotator="ana", corpus=corpus).quotes) == 1
    source = collect_from_file(fmt, "labels.jsonl", corpus)
    assert source.annotators == ["labels"]
    manifest = export_dataset(get_format("csv"), source, "out-csv")
    assert manifest["counts"]["quotes"] == 1 and (tmp_path / "out-csv/manifest.json").is_file()
    report = import_file(fmt, "labels.jsonl", store, "ana", corpus=corpus)
    assert report.imported == 1


def test_the_stats_counts_come_from_the_core(write_corpus, store):
    from annotator.stats import count_labels

    corpus = open_corpus(write_corpus({"tram.txt": TEXT, "quiet.txt": "No one spoke.\n"}))
    document = corpus.get("tram.txt")
    with store.open("ana", writable=True) as handle:
        handle.save(label_from_candidate(document, CANDIDATE, "ana"))
        handle.mark_finished("tram.txt")
    with store.open("bo", writable=True) as handle:
        handle.save(label_from_candidate(document, CANDIDATE, "bo", status=Status.REJECTED))

    counts = count_labels(store, corpus=corpus)

    assert (counts.documents, counts.annotated_documents, counts.warnings) == (2, 1, [])
    ana, bo = counts.annotators["ana"], counts.annotators["bo"]
    assert (ana.accepted, ana.direct, ana.finished, ana.unfinished) == (1, 1, 1, 0)
    assert (bo.accepted, bo.rejected, bo.direct, bo.finished) == (0, 1, 0, 1)
    assert counts.to_json()["annotators"]["bo"]["rejected"] == 1
    assert list(count_labels(store, ["bo"]).annotators) == ["bo"]


def test_a_review_from_a_script_refuses_to_write_into_an_annotators_labels(write_corpus, store):
    # The command refused it, but a script building Adjudication itself merged gold records
    # into the third annotator's own file, mixing them with her labels.
    import pytest

    from annotator.adjudication import Adjudication
    from annotator.errors import UserError

    corpus = open_corpus(write_corpus({"tram.txt": TEXT}))
    document = corpus.get("tram.txt")
    for name in ("ana", "bo", "cy"):
        with store.open(name, writable=True) as handle:
            handle.save(label_from_candidate(document, CANDIDATE, name))
    before = store.path_for("cy").read_bytes()

    with pytest.raises(UserError, match="not a review's output"):
        Adjudication(store, ["ana", "bo"], out="cy", corpus=corpus)

    assert store.path_for("cy").read_bytes() == before
    with Adjudication(store, ["ana", "bo"], out="final", corpus=corpus) as review:
        assert [found.merged for found in review.scan()] == [1]
    with Adjudication(store, ["ana", "bo"], out="final", corpus=corpus) as review:
        assert [found.merged for found in review.scan()] == [0]  # its own output: taken again


def test_labels_are_checked_against_an_edited_corpus_from_the_core(write_corpus, store):
    from annotator.validation import validate_file

    corpus = open_corpus(write_corpus({"tram.txt": TEXT}))
    with store.open("ana", writable=True) as handle:
        handle.save(label_from_candidate(corpus.get("tram.txt"), CANDIDATE, "ana"))
        assert validate_file(handle, corpus) == []
    edited = open_corpus(write_corpus({"tram.txt": "Updated at noon. " + TEXT}))

    with store.open("ana", writable=True) as handle:
        [problem] = validate_file(handle, edited)
        assert "the document changed; it can move 0->17" in problem.message
        assert validate_file(handle, edited, reanchor=True) == []
    with store.open("ana") as handle:
        assert validate_file(handle, edited) == []
        assert handle.quotes("tram.txt")[0].start == 17
