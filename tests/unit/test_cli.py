"""The command line: subcommands, one-line errors on stderr, exit codes."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import orjson
import pytest

from annotator.cli import SUBCOMMANDS, build_parser, main
from annotator.records import QuoteAnnotation, Status, text_sha256
from annotator.store import AnnotationStore
from tests.unit.cli_helpers import run_cli


def annotate(store_root, corpus_root, annotator: str, doc_id: str, needle: str, **fields):
    text = (corpus_root / doc_id).read_text(encoding="utf-8")
    start = text.index(needle)
    with AnnotationStore(store_root).open(annotator, writable=True) as file:
        quote = QuoteAnnotation(
            id=f"{doc_id}:{start}",
            doc_id=doc_id,
            doc_sha256=text_sha256(text),
            start=start,
            end=start + len(needle),
            text=needle,
            annotator=annotator,
            **fields,
        )
        file.save(quote)
    return quote


COMMANDS_WITHOUT_LABELS = ("detect", "evaluate", "schema")
"""Commands that read and write no annotation file, so take no --store or --annotator."""


@pytest.fixture
def corpus_root(write_corpus):
    return write_corpus(
        {
            "a.txt": '"Prices will fall," the minister said.',
            "b.txt": 'Critics called it "a fantasy" on Monday.',
            "c.txt": "Nothing quoted here.",
        }
    )


def test_every_subcommand_has_help(capsys):
    parser = build_parser()
    for name in SUBCOMMANDS:
        with pytest.raises(SystemExit) as exited:
            parser.parse_args([name, "--help"])
        assert exited.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: quote-annotator {name}")
        reads_labels = name not in COMMANDS_WITHOUT_LABELS
        assert ("--store DIR" in out, "--annotator NAME" in out) == (reads_labels, reads_labels)


def annotator_help(capsys, name: str) -> str:
    """The --annotator line of ``name --help``, its wrapped lines joined."""
    with pytest.raises(SystemExit):
        build_parser().parse_args([name, "--help"])
    options = capsys.readouterr().out.split("options:", 1)[1]
    entry = options.split("--annotator NAME", 1)[1].split("\n  -", 1)[0]
    return " ".join(entry.split())


@pytest.mark.parametrize("name", ["stats", "agreement", "export", "audit"])
def test_annotator_help_of_commands_reading_every_annotator_says_so(capsys, name):
    # These read every annotator unless one is named; "default: your login name" told the user
    # that stats without --annotator counts their own labels only.
    text = annotator_help(capsys, name)
    assert "login name" not in text
    assert "every annotator" in text


@pytest.mark.parametrize("name", ["annotate", "import", "validate", "compact", "review"])
def test_annotator_help_of_commands_writing_one_file_names_the_login_default(capsys, name):
    assert "default: your login name" in annotator_help(capsys, name)


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("quote-annotator ")


def test_stats_counts_documents_and_quotes(capsys, tmp_path, corpus_root):
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    annotate(store, corpus_root, "alice", "b.txt", '"a fantasy"', status=Status.REJECTED)
    annotate(store, corpus_root, "bob", "a.txt", '"Prices will fall,"', type="mixed")
    code, out, _ = run_cli(capsys, "stats", str(corpus_root), "--store", str(store), "--json")
    assert code == 0
    figures = orjson.loads(out)
    assert figures["documents"] == 3
    assert figures["annotated_documents"] == 2
    assert figures["annotators"]["alice"]["accepted"] == 1
    assert figures["annotators"]["alice"]["rejected"] == 1
    assert figures["annotators"]["bob"]["mixed"] == 1
    # Types are those of the accepted quotes: with the rejected one, alice's types summed to 2
    # beside 1 accepted quote.
    assert figures["annotators"]["alice"]["direct"] == 1
    code, out, _ = run_cli(capsys, "stats", str(corpus_root), "--store", str(store))
    assert "annotated documents  2" in out and "alice" in out


def test_stats_counts_finished_and_unfinished_documents(capsys, tmp_path, corpus_root):
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')  # no mark: finished
    annotate(store, corpus_root, "alice", "b.txt", '"a fantasy"')
    with AnnotationStore(store).open("alice", writable=True) as alice:
        alice.mark_finished("b.txt", finished=False)
        alice.mark_finished("c.txt")  # finished, no quote in it
        alice.mark_finished("elsewhere.txt")  # not in this corpus: not counted
    code, out, _ = run_cli(capsys, "stats", str(corpus_root), "--store", str(store), "--json")
    assert code == 0
    row = orjson.loads(out)["annotators"]["alice"]
    assert (row["finished"], row["unfinished"], row["accepted"]) == (2, 1, 2)
    _, table, _ = run_cli(capsys, "stats", str(corpus_root), "--store", str(store))
    heading, alice_row = table.splitlines()[-2:]
    # The table showed only the finished ones: what agreement would leave out was in --json only.
    assert heading.split()[-2:] == ["finished", "unfinished"]
    assert alice_row.split()[-2:] == ["2", "1"]
    assert max(len(line) for line in table.splitlines()) <= 80


def test_stats_of_a_corpus_counts_its_documents_only_and_reports_broken_lines(
    capsys, tmp_path, corpus_root
):
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    annotate(store, corpus_root, "alice", "b.txt", '"a fantasy"')
    with (store / "alice.jsonl").open("ab") as handle:
        handle.write(b'{"rev": 3, "torn')
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text('"Prices will fall," the minister said.', encoding="utf-8")
    code, out, err = run_cli(capsys, "stats", str(other), "--store", str(store), "--json")
    figures = orjson.loads(out)
    assert code == 0 and (figures["documents"], figures["annotated_documents"]) == (1, 1)
    assert figures["annotators"]["alice"]["accepted"] == 1
    assert f"warning: {store / 'alice.jsonl'}:3: incomplete last line" in err
    assert f"warning: 1 annotated document is not in {other}; their quotes are not" in err


def test_stats_leaves_out_groups_still_open_in_review_and_says_how_many(
    capsys, tmp_path, corpus_root
):
    """A review's file (here ``--out final``) midway: its open group is not gold yet, so it is
    not counted, as export, agreement and audit leave it out."""
    store = tmp_path / "store"

    def adjudication(still_open: list[str]) -> dict:
        return {"adjudication": {"decision": "field", "chosen": {}, "open": still_open}}

    annotate(store, corpus_root, "final", "a.txt", '"Prices will fall,"', meta=adjudication([]))
    annotate(store, corpus_root, "final", "b.txt", '"a fantasy"', meta=adjudication(["speaker"]))
    code, out, err = run_cli(capsys, "stats", str(corpus_root), "--store", str(store), "--json")
    figures = orjson.loads(out)
    assert code == 0 and figures["annotated_documents"] == 1
    final = figures["annotators"]["final"]
    assert (final["accepted"], final["direct"], final["open_in_review"]) == (1, 1, 1)
    warning = f"warning: {store / 'final.jsonl'}: left out 1 group still open in review"
    assert err.startswith(warning) and err.count("\n") == 1
    code, out, err = run_cli(capsys, "stats", str(corpus_root), "--store", str(store))
    assert out.splitlines()[-1].split()[:2] == ["final", "1"] and err.startswith(warning)


def test_an_annotation_file_that_is_a_folder_is_one_line_not_a_traceback(
    capsys, tmp_path, corpus_root
):
    store = tmp_path / "store"
    (store / "alice.jsonl").mkdir(parents=True)
    base = ["--store", str(store), "--annotator", "alice"]
    for argv in (
        ["validate", str(corpus_root)],
        ["export", "csv", str(corpus_root), "--annotators", "alice", "--out", str(tmp_path / "o")],
        ["compact"],
    ):
        code, _, err = run_cli(capsys, *argv, *base)
        assert code == 2 and err.count("\n") == 1, err
        assert err.startswith(f"quote-annotator {argv[0]}: {store / 'alice.jsonl'}: "), err


def test_shared_options_may_come_before_the_command(capsys, tmp_path, corpus_root):
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    for argv in (
        ["--store", str(store), "stats", str(corpus_root), "--json"],
        [f"--store={store}", "--annotator", "alice", "stats", "--json", str(corpus_root)],
    ):
        code, out, err = run_cli(capsys, *argv)
        assert (code, err) == (0, "")
        assert orjson.loads(out)["annotators"]["alice"]["accepted"] == 1
    code, out, _ = run_cli(
        capsys, "--annotator", "alice", "--store", str(store), "validate", str(corpus_root)
    )
    assert code == 0 and "1 quote, 0 problems" in out


def test_validate_reports_every_problem_with_file_and_line(capsys, tmp_path, corpus_root):
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    annotate(store, corpus_root, "alice", "b.txt", '"a fantasy"')
    code, out, _ = run_cli(
        capsys, "validate", str(corpus_root), "--store", str(store), "--annotator", "alice"
    )
    assert code == 0 and "2 quotes, 0 problems" in out

    path = store / "alice.jsonl"
    with path.open("ab") as handle:
        handle.write(b"{broken\n")
    (corpus_root / "a.txt").write_text('Update: "Prices will fall," the minister said.')
    (corpus_root / "b.txt").write_text("Critics were silent.")
    code, out, _ = run_cli(
        capsys, "validate", str(corpus_root), "--store", str(store), "--annotator", "alice"
    )
    assert code == 1
    assert f"{path}:3: not valid JSON" in out
    assert f"{path}:1: quote 'a.txt:0' in 'a.txt': the document changed; it can move 0->8" in out
    assert f"{path}:2: quote 'b.txt:18' in 'b.txt' is stale" in out

    code, out, _ = run_cli(
        capsys,
        "validate",
        str(corpus_root),
        "--store",
        str(store),
        "--annotator",
        "alice",
        "--reanchor",
    )
    moved = AnnotationStore(store).open("alice").get("a.txt:0")
    assert moved.start == 8 and moved.text == '"Prices will fall,"'


def test_validate_says_when_a_quote_of_an_edited_document_stays_where_it_was(
    capsys, tmp_path, corpus_root
):
    """A document edited after the quote: 'it can move 0->0' read as a slip."""
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    text = (corpus_root / "a.txt").read_text(encoding="utf-8")
    (corpus_root / "a.txt").write_text(text + " Markets rose.", encoding="utf-8")
    argv = ["validate", str(corpus_root), "--store", str(store), "--annotator", "alice"]
    code, out, _ = run_cli(capsys, *argv)
    assert code == 1
    assert "the document changed; its words still stand at 0–19 (run with --reanchor)" in out
    code, out, _ = run_cli(capsys, *argv, "--reanchor")
    assert "1 quote, 0 problems" in out


def test_validate_flags_documents_missing_from_the_corpus(capsys, tmp_path, corpus_root):
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "c.txt", "Nothing")
    (corpus_root / "c.txt").unlink()
    code, out, _ = run_cli(
        capsys, "validate", str(corpus_root), "--store", str(store), "--annotator", "alice"
    )
    assert code == 1 and "document 'c.txt' is not in the corpus" in out


def test_compact_rewrites_the_file(capsys, tmp_path, corpus_root):
    store = tmp_path / "store"
    for _ in range(3):
        annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    code, out, _ = run_cli(capsys, "compact", "--store", str(store), "--annotator", "alice")
    assert code == 0 and "3 lines -> 1" in out
    assert len((store / "alice.jsonl").read_bytes().splitlines()) == 1


def test_schema_writes_every_schema(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "schema", "--out", str(tmp_path / "s"))
    assert code == 0
    assert (tmp_path / "s" / "quote-annotation.schema.json").exists()
    assert len(out.splitlines()) == len(list((tmp_path / "s").iterdir()))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["stats", "{tmp}/missing"],
            "quote-annotator stats: {tmp}/missing: no such file or folder",
        ),
        (
            ["validate", "{tmp}/missing"],
            "quote-annotator validate: {tmp}/missing: no such file or folder",
        ),
        (
            ["compact", "--store", "{tmp}/none", "--annotator", "zed"],
            "quote-annotator compact: {tmp}/none/zed.jsonl: no such annotation file",
        ),
        (
            ["compact", "--store", "{tmp}", "--annotator", "../x"],
            "quote-annotator compact: annotator name '../x' cannot name a file: "
            "use letters, digits and . _ - @ +",
        ),
    ],
)
def test_errors_are_one_line_on_stderr_with_exit_2(capsys, tmp_path, argv, message):
    argv = [part.format(tmp=tmp_path) for part in argv]
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err == message.format(tmp=tmp_path) + "\n"


def test_a_bad_corpus_file_is_an_error_not_a_traceback(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "x.txt").write_bytes(b"ok\n\xff")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator",
            "validate",
            str(tmp_path / "c"),
            "--store",
            str(tmp_path / "s"),
            "--annotator",
            "a",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("quote-annotator validate:")


def test_the_corpus_may_follow_the_options(capsys, tmp_path, corpus_root):
    # argparse alone took the corpus after ``--store DIR`` for an unrecognized argument.
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    code, out, _ = run_cli(capsys, "stats", "--store", str(store), str(corpus_root), "--json")
    assert code == 0 and orjson.loads(out)["annotated_documents"] == 1
    out_dir = tmp_path / "out"
    argv = ["export", "csv", "--store", str(store), str(corpus_root), "--out", str(out_dir)]
    assert run_cli(capsys, *argv)[0] == 0
    assert (out_dir / "quotes.csv").read_text(encoding="utf-8").count("Prices will fall") == 1
    with pytest.raises(SystemExit) as exited:
        main(["stats", "--store", str(store), str(corpus_root), "surplus"])
    assert exited.value.code == 2
    assert "unrecognized arguments: surplus" in capsys.readouterr().err


def test_commands_that_do_not_detect_do_not_load_the_detector():
    # Loading it takes half a second: every ``export`` or ``stats`` paid that before it began.
    probe = (
        "import sys; from annotator.cli import build_parser; build_parser(); "
        "import annotator.evaluate; print('annotator.detect.pipeline' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["export", "csv", "--bogus"], "quote-annotator export: error: unrecognized arguments"),
        (["exprt"], "quote-annotator: error: argument COMMAND: invalid choice: 'exprt'"),
        (["detect"], "quote-annotator detect: error: the following arguments are required"),
    ],
)
def test_a_mistyped_command_line_is_one_line_on_stderr(capsys, argv, message):
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(message) and "--help)" in err


@pytest.mark.parametrize(
    ("command", "option", "value", "said"),
    [
        ("evaluate", "--min-score", "5", "must be between 0 and 1, not 5.0"),
        ("evaluate", "--min-score", "-0.1", "must be between 0 and 1, not -0.1"),
        ("evaluate", "--jobs", "-3", "must be 0 or more, not -3"),
        ("detect", "--min-score", "2", "must be between 0 and 1, not 2.0"),
        ("detect", "--jobs", "-1", "must be 0 or more, not -1"),
        ("detect", "--jobs", "two", "not a whole number: 'two'"),
        ("audit", "--min-score", "1.5", "must be between 0 and 1, not 1.5"),
    ],
)
def test_scores_and_jobs_out_of_range_are_refused_alike(
    capsys, tmp_path, corpus_root, command, option, value, said
):
    """evaluate took --min-score 5 (every figure 0) and --jobs -3 without a word; every
    command now refuses them in one line, as audit did."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "quotes": []}\n')
    where = ["--gold", str(gold)] if command == "evaluate" else [str(corpus_root)]
    with pytest.raises(SystemExit) as exited:
        main([command, *where, option, value])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.count("\n") == 1
    assert f"argument {option}: {said}" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["stats"],
        ["agreement"],
        ["validate", "{corpus}"],
        ["compact"],
        ["export", "csv", "{corpus}"],
        ["audit", "{corpus}"],
        ["import", "quotes-jsonl", "{corpus}/a.txt"],
    ],
)
def test_a_store_that_is_a_file_is_said_so_in_one_line(capsys, tmp_path, corpus_root, argv):
    """--store naming a file: stats said 'no annotations in FILE/', annotate '<file>/x.lock:
    Not a directory', validate 'no such annotation file'."""
    store = tmp_path / "notes.txt"
    store.write_text("not a folder")
    argv = [part.format(corpus=corpus_root) for part in argv]
    code, _, err = run_cli(capsys, *argv, "--store", str(store), "--annotator", "ana")
    assert code == 2
    assert (
        err == f"quote-annotator {argv[0]}: {store}: is a file, not a folder of annotation files\n"
    )


def test_an_output_folder_that_cannot_be_made_is_named_as_given(capsys, tmp_path, corpus_root):
    """schema --out FILE said 'FILE: File exists'; export --out under a file named its own
    temporary folder ('.x.tmp-PID: ...'). Both name the folder given and why."""
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    a_file = tmp_path / "a-file"
    a_file.write_text("in the way")
    code, _, err = run_cli(capsys, "schema", "--out", str(a_file))
    assert (code, err) == (
        2,
        f"quote-annotator schema: {a_file}: is a file, not a folder to write the schemas into\n",
    )
    out = a_file / "export"
    code, _, err = run_cli(
        capsys, "export", "csv", str(corpus_root), "--store", str(store), "--out", str(out)
    )
    assert (code, err) == (
        2,
        f"quote-annotator export: {out}: cannot write there ({a_file} is a file)\n",
    )


def _label_each(store, corpus, doc_ids) -> None:
    """A label of annotator ana on the first quoted passage of each of ``doc_ids``."""
    with AnnotationStore(store).open("ana", writable=True) as file:
        for doc_id in doc_ids:
            text = corpus[doc_id]
            start = text.index('"')
            end = text.index('"', start + 1) + 1
            file.save(
                QuoteAnnotation(
                    id=f"{doc_id}:{start}",
                    doc_id=doc_id,
                    doc_sha256=text_sha256(text),
                    start=start,
                    end=end,
                    text=text[start:end],
                    annotator="ana",
                )
            )


GOOD_TEXTS = {
    "a.txt": '"The bridge opens in May," said Mayor Ilka Dorn.',
    "c.txt": 'Councillor Fen Rask called it "a fine bridge".',
}


def _corpus_with_one_bad_document(tmp_path, kind: str):
    """A corpus of the two good texts and, between them, one that cannot be read: where it is,
    as a message names it (``file:line``)."""
    if kind == "folder":
        root = tmp_path / "corpus"
        root.mkdir()
        for name, text in GOOD_TEXTS.items():
            (root / name).write_text(text, encoding="utf-8")
        (root / "b.txt").write_bytes(b'Caf\xe9 owners said "no" twice.')
        return root, f"{root / 'b.txt'}:1: not UTF-8"
    path = tmp_path / "corpus.jsonl"
    bad = '{"id": "b.txt", "text": "cut short' if kind == "jsonl line" else "{broken"
    lines = [orjson.dumps({"id": "a.txt", "text": GOOD_TEXTS["a.txt"]}).decode(), bad]
    lines.append(orjson.dumps({"id": "c.txt", "text": GOOD_TEXTS["c.txt"]}).decode())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, f"{path}:2: not valid JSON"


BAD_DOCUMENT_KINDS = ["folder", "jsonl line", "jsonl line without an id"]


@pytest.mark.parametrize("kind", BAD_DOCUMENT_KINDS)
def test_export_of_a_corpus_with_one_unreadable_document_exports_the_rest(capsys, tmp_path, kind):
    corpus, where = _corpus_with_one_bad_document(tmp_path, kind)
    store = tmp_path / "store"
    _label_each(store, GOOD_TEXTS, GOOD_TEXTS)
    out = tmp_path / "out"
    code, stdout, err = run_cli(
        capsys, "export", "quotes-jsonl", str(corpus), "--store", str(store), "--out", str(out)
    )
    assert code == 0 and "2 documents, 2 quotes" in stdout
    exported = [
        orjson.loads(line)["id"] for line in (out / "quotes.jsonl").read_bytes().splitlines()
    ]
    assert exported == ["a.txt", "c.txt"]
    if kind != "jsonl line without an id":
        assert err == ""  # a document is read for its quotes only: none lost, none to tell
    else:
        assert len(err.splitlines()) == 1
        assert err.startswith(f"warning: {where}") and err.rstrip().endswith("; left out")


@pytest.mark.parametrize("kind", ["folder", "jsonl line"])
def test_export_leaves_out_the_quotes_of_an_unreadable_document_and_says_where(
    capsys, tmp_path, kind
):
    corpus, where = _corpus_with_one_bad_document(tmp_path, kind)
    store = tmp_path / "store"
    _label_each(store, GOOD_TEXTS, GOOD_TEXTS)
    with AnnotationStore(store).open("ana", writable=True) as file:
        file.save(
            QuoteAnnotation(
                id="b.txt:0",
                doc_id="b.txt",
                doc_sha256="0" * 64,
                start=0,
                end=4,
                text="Cafe",
                annotator="ana",
            )
        )
    code, stdout, err = run_cli(
        capsys, "export", "csv", str(corpus), "--store", str(store), "--out", str(tmp_path / "o")
    )
    assert code == 0 and "2 documents, 2 quotes" in stdout
    assert err.startswith(f"warning: {where}") and len(err.splitlines()) == 1


@pytest.mark.parametrize("kind", BAD_DOCUMENT_KINDS)
def test_validate_reports_an_unreadable_document_of_the_corpus(capsys, tmp_path, kind):
    corpus, where = _corpus_with_one_bad_document(tmp_path, kind)
    store = tmp_path / "store"
    _label_each(store, GOOD_TEXTS, GOOD_TEXTS)
    code, out, _ = run_cli(
        capsys, "validate", str(corpus), "--store", str(store), "--annotator", "ana"
    )
    assert code == 1
    assert out.splitlines()[0].startswith(where)
    assert out.splitlines()[1] == f"{store / 'ana.jsonl'}: 2 quotes, 0 problems"


@pytest.mark.parametrize("command", ["stats", "audit"])
def test_a_broken_corpus_line_with_no_id_is_named_and_the_command_goes_on(
    capsys, tmp_path, command
):
    corpus, where = _corpus_with_one_bad_document(tmp_path, "jsonl line without an id")
    store = tmp_path / "store"
    _label_each(store, GOOD_TEXTS, GOOD_TEXTS)
    code, _, err = run_cli(capsys, command, str(corpus), "--store", str(store))
    assert code == 0
    assert f"warning: {where}" in err


@pytest.fixture
def two_annotators(tmp_path, corpus_root):
    """A store where alice labelled a.txt and b.txt, bob a.txt only."""
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    annotate(store, corpus_root, "alice", "b.txt", '"a fantasy"')
    annotate(store, corpus_root, "bob", "a.txt", '"Prices will fall,"')
    annotate(store, corpus_root, "carol", "a.txt", '"Prices will fall,"')
    return store


def test_stats_with_annotator_counts_that_annotators_labels_only(
    capsys, two_annotators, corpus_root
):
    """--annotator says 'whose labels to read': stats counted every annotator's all the same."""
    argv = ["stats", str(corpus_root), "--store", str(two_annotators), "--json"]
    code, out, err = run_cli(capsys, *argv, "--annotator", "bob")
    figures = orjson.loads(out)
    assert (code, err) == (0, "")
    assert list(figures["annotators"]) == ["bob"]
    assert figures["annotated_documents"] == 1 and figures["documents"] == 3
    code, out, _ = run_cli(capsys, *argv)
    assert list(orjson.loads(out)["annotators"]) == ["alice", "bob", "carol"]
    code, out, err = run_cli(capsys, *argv, "--annotator", "zed")
    assert code == 2 and out == "" and f"{two_annotators / 'zed.jsonl'}: no annotation file" in err


def test_agreement_counts_annotator_option_as_one_of_the_annotators_compared(
    capsys, two_annotators
):
    """agreement compared every annotator in the store whatever --annotator named."""
    argv = ["agreement", "--store", str(two_annotators), "--json"]
    code, out, err = run_cli(capsys, *argv, "--annotator", "alice", "bob")
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["alice", "bob"]
    code, out, err = run_cli(capsys, *argv, "--annotator", "alice")
    assert code == 2 and "agreement needs two annotators or more" in err
    code, out, err = run_cli(capsys, *argv, "--annotator", "alice", "alice")
    assert code == 2 and "'alice' is named twice" in err


def test_export_counts_annotator_option_as_naming_whose_labels(
    capsys, tmp_path, two_annotators, corpus_root
):
    """export exported every annotator's labels whatever --annotator named."""
    base = ["export", "quotes-jsonl", str(corpus_root), "--store", str(two_annotators)]
    out_dir = tmp_path / "out"
    code, _, err = run_cli(capsys, *base, "--annotator", "bob", "--out", str(out_dir))
    assert code == 0, err
    manifest = orjson.loads((out_dir / "manifest.json").read_bytes())
    assert manifest["annotators"] == ["bob"] and manifest["counts"]["quotes"] == 1
    for option in ("--gold", "--input"):
        extra = [option, str(tmp_path / "in.jsonl")] if option == "--input" else [option]
        code, _, err = run_cli(capsys, *base, "--annotator", "bob", *extra)
        assert code == 2 and f"--annotator bob: not with {option}" in err, err


@pytest.mark.parametrize("command", ["validate", "compact"])
def test_all_and_annotator_together_are_refused(capsys, two_annotators, corpus_root, command):
    """validate/compact --all checked every file and ignored the --annotator named beside it."""
    corpus = [str(corpus_root)] if command == "validate" else []
    argv = [command, *corpus, "--store", str(two_annotators), "--all", "--annotator", "bob"]
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    message = "--all and --annotator bob: name one annotator or all of them"
    assert err == f"quote-annotator {command}: {message}\n"


@pytest.mark.parametrize("command", COMMANDS_WITHOUT_LABELS)
@pytest.mark.parametrize("option", ["--annotator", "--store"])
def test_commands_without_labels_refuse_the_label_options(capsys, tmp_path, command, option):
    """detect, evaluate and schema took --store and --annotator and ignored them."""
    argv = {
        "detect": ["detect", str(tmp_path)],
        "evaluate": ["evaluate", "--gold", str(tmp_path / "gold.jsonl")],
        "schema": ["schema", "--out", str(tmp_path / "schemas")],
    }[command]
    with pytest.raises(SystemExit) as exited:
        main([*argv, option, "x"])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert f"unrecognized arguments: {option} x" in err and err.count("\n") == 1


@pytest.mark.parametrize("kind", ["folder", "jsonl line"])
def test_stats_leaves_out_an_unreadable_document_and_names_it(capsys, tmp_path, kind):
    """stats counted an unreadable text among the documents, with no warning: stats never read
    texts, so it did not know, where export and validate name it and leave it out."""
    corpus, where = _corpus_with_one_bad_document(tmp_path, kind)
    store = tmp_path / "store"
    _label_each(store, GOOD_TEXTS, GOOD_TEXTS)
    code, out, err = run_cli(capsys, "stats", str(corpus), "--store", str(store), "--json")
    figures = orjson.loads(out)
    assert code == 0
    assert (figures["documents"], figures["annotated_documents"]) == (2, 2)
    assert err.startswith(f"warning: {where}") and err.rstrip().endswith("; left out")
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("where", ["folder cannot be made", "read-only file"])
def test_annotate_refuses_an_unwritable_store_before_the_screen_draws(
    capsys, tmp_path, corpus_root, monkeypatch, where
):
    """A store folder that cannot be made, or an annotation file that cannot be written, was
    found by the screen's first worker: the TUI drew its first screen, then vanished into the
    error. It is checked before start-up now, and said in one line."""
    from annotator.tui.app import AnnotatorApp

    def drawn(self) -> None:
        raise AssertionError("the screen started before the store was checked")

    monkeypatch.setattr(AnnotatorApp, "run", drawn)
    # Permissions do not stop root: refuse the way a read-only mount would, for everyone.
    refused = OSError(errno.EROFS, os.strerror(errno.EROFS))
    store = tmp_path / "store"
    if where == "folder cannot be made":
        real_mkdir = os.mkdir

        def read_only_mkdir(path, *args, **kwargs):
            if str(path).startswith(str(store)):
                raise OSError(refused.errno, refused.strerror, str(path))
            return real_mkdir(path, *args, **kwargs)

        monkeypatch.setattr(os, "mkdir", read_only_mkdir)
        named = f"{store}: {refused.strerror}"
    else:
        store.mkdir()
        path = store / "ana.jsonl"
        path.write_text("")
        real_open = os.open

        def read_only_open(file, flags, *args, **kwargs):
            if str(file) == str(path) and flags & (os.O_WRONLY | os.O_RDWR):
                raise OSError(refused.errno, refused.strerror, str(file))
            return real_open(file, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", read_only_open)
        named = f"{path}: {refused.strerror}"
    code, out, err = run_cli(
        capsys, "annotate", str(corpus_root), "--store", str(store), "--annotator", "ana"
    )
    assert (code, out) == (2, "")
    assert err == f"quote-annotator annotate: {named}\n"


def test_review_refuses_an_unwritable_gold_file_before_the_screen_draws(
    capsys, tmp_path, corpus_root, monkeypatch
):
    """As annotate: a gold file that cannot be written was found once the review screen had
    drawn; it is said in one line before."""
    from annotator.tui.review import ReviewApp

    def drawn(self) -> None:
        raise AssertionError("the screen started before the gold file was checked")

    monkeypatch.setattr(ReviewApp, "run", drawn)
    store = tmp_path / "store"
    annotate(store, corpus_root, "alice", "a.txt", '"Prices will fall,"')
    annotate(store, corpus_root, "bob", "a.txt", '"Prices will fall,"', type="mixed")
    gold = store / "gold.jsonl"
    gold.write_text("")
    real_open = os.open

    def read_only_open(file, flags, *args, **kwargs):
        if str(file) == str(gold) and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only_open)
    code, out, err = run_cli(
        capsys, "review", str(corpus_root), "alice", "bob", "--store", str(store)
    )
    assert (code, out) == (2, "")
    assert err == f"quote-annotator review: {gold}: {os.strerror(errno.EROFS)}\n"
