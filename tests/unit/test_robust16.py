"""Bad input on every command: one clear line naming the file and line, no terminal escape let
through, nothing said that is not so, nothing lost. Every text here is invented."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from tests.unit.cli_helpers import label, run_cli

RED = "\x1b[31m"
"""An escape sequence that turns a terminal's text red."""

HYPERLINK = "\x1b]8;;mailto:desk@example.invalid\x1b\\"
"""An OSC 8 sequence that makes a terminal's text a link (no slash: it goes in file names)."""


# -- terminal escapes in file names and texts -----------------------------------------------------


def test_a_file_name_with_escape_sequences_is_shown_literally_in_warnings(capsys, write_corpus):
    corpus = write_corpus(
        {
            "fine.txt": 'Warden Ilse Korv said "the gates stay shut" on Friday.',
            f"odd {RED}name{HYPERLINK}[bold].txt": b"caf\xe9 latin-1 bytes",
        }
    )
    code, out, err = run_cli(capsys, "detect", str(corpus))
    assert code == 1
    assert "\x1b" not in err
    assert "odd ␛[31mname␛]8;;mailto:desk@example.invalid␛\\[bold].txt:1: not UTF-8" in err
    assert '"fine.txt"' in out


def test_an_error_naming_a_path_with_escapes_shows_them_literally(capsys, tmp_path):
    missing = tmp_path / f"gone{RED}"
    code, _, err = run_cli(capsys, "detect", str(missing))
    assert code == 2
    assert "\x1b" not in err
    assert "gone␛[31m: no such file or folder" in err


def test_a_report_on_standard_output_shows_escapes_in_file_names_literally(
    capsys, tmp_path, write_corpus
):
    corpus = write_corpus(
        {"fine.txt": "Nothing said.", f"late {RED}edition{HYPERLINK}.txt": b"\xff\xfe"}
    )
    label(tmp_path / "annotations", corpus, "ana", "fine.txt", "Nothing")
    code, out, _ = run_cli(
        capsys,
        "validate",
        "--store",
        str(tmp_path / "annotations"),
        "--annotator",
        "ana",
        str(corpus),
    )
    assert code == 1
    assert "\x1b" not in out
    assert "late ␛[31medition␛]8;;mailto:desk@example.invalid␛\\.txt:1: not UTF-8" in out


def test_json_on_standard_output_stays_valid_json_with_c1_controls(capsys, tmp_path, write_corpus):
    said = 'Pilot Rhea Vant said "we land at six" on Sunday.'
    corpus = write_corpus({"one.txt": said, "two.txt": said.replace("Pilot", "Captain")})
    store = tmp_path / "annotations"
    for doc_id in ("one.txt", "two.txt"):
        label(store, corpus, "ana", doc_id, '"we land at six"', speaker="Rhea\x9b Vant")
    code, out, _ = run_cli(
        capsys, "audit", "--from-store", "--json", "--store", str(store), str(corpus)
    )
    assert code == 0
    assert "\x9b" not in out
    assert "Rhea\\u009b Vant" in out  # JSON's own escape: the same string once decoded
    assert orjson.loads(out)["clusters"][0]["speakers"][0]["name"] == "Rhea\x9b Vant"


def test_the_progress_line_still_redraws_in_place(capsys, tmp_path, monkeypatch):
    from annotator.cli import _TerminalSafeStream
    from annotator.detect.batch import Progress

    written: list[str] = []

    class Terminal:
        def write(self, text: str) -> int:
            written.append(text)
            return len(text)

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return True

    progress = Progress(2, _TerminalSafeStream(Terminal(), "standard error"))
    progress.advance(1)
    assert written[-1].startswith("\r[")


class FullDisk:
    """A text stream on a full disk: every write fails as /dev/full makes it fail."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass


def test_a_report_to_a_full_standard_output_names_it(capsys, monkeypatch, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": "Nothing said."})
    label(tmp_path / "annotations", corpus, "ana", "fine.txt", "Nothing")
    monkeypatch.setattr("sys.stdout", FullDisk())
    code = main(["stats", "--store", str(tmp_path / "annotations")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == "quote-annotator stats: standard output: No space left on device\n"


# -- annotation files: what is skipped is said, and said right -----------------------------------


def test_stats_names_a_record_it_skips_as_invalid(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"the trail is closed"')
    path = store / "ana.jsonl"
    # A hand edit that keeps the line's layout but breaks the record: its span runs backwards.
    path.write_bytes(path.read_bytes().replace(b'"start":22,', b'"start":40,'))
    code, out, err = run_cli(capsys, "stats", "--store", str(store))
    assert code == 0
    assert f"warning: {path}:1: invalid record: text: has 21 characters but the span" in err
    assert "ana                     0" in out


@pytest.mark.parametrize(
    ("line", "what"),
    [
        (b"[1, 2, 3]", "a JSON array"),
        (b'"just words"', "a JSON string"),
        (b'{"rev": "first", "item": {}}', 'a "rev" that is not a whole number'),
        (b'{"rev": 2, "item": 7}', 'an "item" that is not an object'),
        (b'{"rev": 2, "change": "edit"}', 'no "item"'),
    ],
)
def test_a_line_of_the_wrong_shape_is_named_for_what_it_is(capsys, tmp_path, line, what):
    store = tmp_path / "annotations"
    store.mkdir()
    (store / "ana.jsonl").write_bytes(line + b"\n")
    code, _, err = run_cli(capsys, "stats", "--store", str(store))
    assert code == 0
    assert err == f"warning: {store / 'ana.jsonl'}:1: not a store entry ({what}); skipped\n"


# -- detection: how many processes, where it writes ----------------------------------------------


def test_more_jobs_than_processors_start_no_more_processes_than_processors(monkeypatch):
    from annotator.detect import batch

    started: list[int] = []

    class CountingPool(batch.ProcessPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", CountingPool)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    documents = [(f"d{index}", 'Baker Lio Fent said "bread is up" today.') for index in range(3)]
    found = list(batch.detect_many(documents, jobs=100_000))
    assert [doc_id for doc_id, _ in found] == ["d0", "d1", "d2"]
    assert started == [2]


def test_detect_to_a_full_device_names_it(capsys, write_corpus):
    corpus = write_corpus({"fine.txt": 'Baker Lio Fent said "bread is up" today.'})
    code, _, err = run_cli(capsys, "detect", str(corpus), "-o", "/dev/full")
    assert code == 2
    assert err == "quote-annotator detect: /dev/full: No space left on device\n"


# -- evaluate: a gold file that scores nothing ---------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n  \n\n"])
def test_evaluate_refuses_a_gold_file_with_no_document(capsys, tmp_path, content):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    code, out, err = run_cli(capsys, "evaluate", "--gold", str(gold))
    assert code == 2
    assert out == ""
    assert err == f"quote-annotator evaluate: {gold}: no document to score (an empty file)\n"


# -- options that would be ignored ---------------------------------------------------------------


def test_export_refuses_predictions_for_a_format_without_them(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Baker Lio Fent said "bread is up" today.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"bread is up"')
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys,
        "export",
        "csv",
        "--predictions",
        "--store",
        str(store),
        "--out",
        str(out_dir),
        str(corpus),
    )
    assert code == 2
    assert "--predictions" in err and "label-studio" in err
    assert not out_dir.exists()


# -- export: a span that does not fit its document -----------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "what"),
    [(322, 343, "past the end of the text (52 characters)")],
)
def test_export_refuses_a_span_that_does_not_fit_its_document(
    capsys, tmp_path, write_corpus, start, end, what
):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"the trail is closed"')
    path = store / "ana.jsonl"
    # A hand edit that keeps the writer's layout, so the bulk read takes the line as it stands.
    edited = f'"start":{start},"end":{end},'.encode()
    path.write_bytes(path.read_bytes().replace(b'"start":22,"end":43,', edited))
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    assert code == 2
    assert err == (
        f"quote-annotator export: {path}:1: quote 'fine.txt:22' in 'fine.txt' spans "
        f"{start}..{end}, {what}; nothing was exported (validate lists every such quote)\n"
    )
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_export_skips_a_line_whose_span_runs_backwards(capsys, tmp_path, write_corpus):
    """A span backwards is a broken line (the schema refuses it): skipped with a warning and
    the rest exported, as a start of another shape is, where it once refused the export."""
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"the trail is closed"')
    label(store, corpus, "ana", "fine.txt", "Ranger Tove Aldt")
    path = store / "ana.jsonl"
    path.write_bytes(path.read_bytes().replace(b'"start":22,"end":43,', b'"start":40,"end":20,'))
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    assert code == 0, err
    assert err.startswith(f"warning: {path}:1: invalid record: ") and "skipped" in err
    written = (out_dir / "quotes.csv").read_text(encoding="utf-8")
    assert "fine.txt:22" not in written and "fine.txt:0" in written


# -- JSONL inputs: a byte-order mark, a byte that is not UTF-8 -----------------------------------

BOM = b"\xef\xbb\xbf"
SAID = 'Ferryman Olek Dray said "the crossing is calm" at noon.'


def gold_lines(text: str = SAID) -> bytes:
    start = text.index('"the')
    end = text.index("calm") + 5
    quote = {"start": start, "end": end, "type": "direct", "speaker": "Olek Dray"}
    return b"".join(
        orjson.dumps(
            {"id": doc_id, "text": text, "quotes": [quote]}, option=orjson.OPT_APPEND_NEWLINE
        )
        for doc_id in ("one", "two")
    )


def test_a_jsonl_corpus_starting_with_a_byte_order_mark_is_read_whole(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(BOM + gold_lines())
    code, out, err = run_cli(capsys, "detect", str(corpus))
    assert (code, err) == (0, "")
    assert [orjson.loads(line)["id"] for line in out.splitlines()] == ["one", "two"]


@pytest.mark.parametrize(
    "argv",
    [
        ("evaluate", "--gold", "{file}"),
        ("audit", "--quotes", "{file}", "{corpus}"),
        ("import", "quotes-jsonl", "{file}", "--store", "{store}", "--annotator", "ana"),
    ],
)
def test_a_quotes_file_starting_with_a_byte_order_mark_is_read_whole(capsys, tmp_path, argv):
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_bytes(BOM + gold_lines())
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(gold_lines())
    names = {"file": quotes, "corpus": corpus, "store": tmp_path / "annotations"}
    code, _, err = run_cli(capsys, *(part.format(**names) for part in argv))
    assert code == 0, err
    assert "byte order mark" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("evaluate", "--gold", "{file}"),
        ("evaluate", "--gold", "{corpus}", "--pred", "{file}"),
        ("audit", "--quotes", "{file}", "{corpus}"),
        ("import", "quotes-jsonl", "{file}", "--store", "{store}", "--annotator", "ana"),
        ("export", "csv", "--input", "{file}", "--out", "{store}"),
    ],
)
def test_a_byte_that_is_not_utf8_is_named_with_its_column(capsys, tmp_path, argv):
    quotes = tmp_path / "quotes.jsonl"
    lines = gold_lines().splitlines(keepends=True)
    quotes.write_bytes(lines[0] + lines[1].replace(b"Ferryman", b"Ferrym\xe4n"))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(gold_lines())
    names = {"file": quotes, "corpus": corpus, "store": tmp_path / "annotations"}
    code, _, err = run_cli(capsys, *(part.format(**names) for part in argv))
    assert code == 2
    column = lines[1].index(b"Ferryman") + len(b"Ferrym") + 1
    assert f"{quotes}:2: not UTF-8 (byte 0xe4 at column {column}); convert it" in err


def test_a_label_studio_file_with_a_mark_and_a_bad_byte_is_read_or_named(capsys, tmp_path):
    task = {"data": {"text": SAID}, "annotations": [{"result": []}]}
    tasks = tmp_path / "tasks.json"
    tasks.write_bytes(BOM + orjson.dumps([task], option=orjson.OPT_INDENT_2))
    store = str(tmp_path / "annotations")
    code, _, err = run_cli(capsys, "import", "label-studio", str(tasks), "--store", store)
    assert "byte order mark" not in err
    tasks.write_bytes(tasks.read_bytes().replace(b"Ferryman", b"Ferrym\xe4n"))
    code, _, err = run_cli(capsys, "import", "label-studio", str(tasks), "--store", store)
    assert code == 2
    assert f"{tasks}:4: not UTF-8 (byte 0xe4 at column " in err


# -- review: a corpus path that is not there -----------------------------------------------------


@pytest.mark.parametrize("missing", ["gone/", "archive/gone", "gone.jsonl"])
def test_review_names_a_missing_corpus_as_one(capsys, tmp_path, write_corpus, missing):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    for name in ("ana", "bob"):
        label(store, corpus, name, "fine.txt", '"the trail is closed"')
    code, _, err = run_cli(capsys, "review", "--store", str(store), str(tmp_path / missing))
    assert code == 2
    assert err == (
        f"quote-annotator review: {tmp_path / missing}: no such file or folder (the corpus)\n"
    )


# -- evaluate: gold offsets that are no span of the text -----------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "what"),
    [
        (300, 310, "past the end of the text (55 characters)"),
        (30, 20, "which is no span of a text"),
        (-4, 20, "which is no span of a text"),
    ],
)
def test_evaluate_refuses_gold_offsets_that_are_no_span_of_the_text(
    capsys, tmp_path, start, end, what
):
    gold = tmp_path / "gold.jsonl"
    line = {"id": "three", "text": SAID, "quotes": [{"start": start, "end": end, "type": "direct"}]}
    gold.write_bytes(gold_lines() + orjson.dumps(line) + b"\n")
    code, out, err = run_cli(capsys, "evaluate", "--gold", str(gold))
    assert code == 2
    assert err == f"quote-annotator evaluate: {gold}:3: quote 0 spans {start}..{end}, {what}\n"


# -- what a killed run leaves behind -------------------------------------------------------------


def ended_process_id() -> int:
    """The pid of a process that has ended (as one killed with -9 has)."""
    import subprocess

    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_detect_removes_the_partial_output_a_killed_run_left(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Baker Lio Fent said "bread is up" today.'})
    output = tmp_path / "candidates.jsonl"
    left = tmp_path / f".candidates.jsonl.{ended_process_id()}.partial"
    left.write_bytes(b'{"id": "fine.txt", "quo')
    running = tmp_path / f".candidates.jsonl.{os.getppid()}.partial"
    running.write_bytes(b"")
    code, _, _ = run_cli(capsys, "detect", str(corpus), "-o", str(output))
    assert code == 0
    assert not left.exists()
    assert running.exists()


def test_detect_runs_on_when_a_killed_runs_partial_cannot_be_removed(
    capsys, tmp_path, write_corpus, monkeypatch
):
    # Another user's leftover in a shared folder with the sticky bit: tidying it is refused,
    # and that is no reason to refuse the detection asked for.
    corpus = write_corpus({"fine.txt": 'Baker Lio Fent said "bread is up" today.'})
    output = tmp_path / "candidates.jsonl"
    left = tmp_path / f".candidates.jsonl.{ended_process_id()}.partial"
    left.write_bytes(b"")
    unlink = Path.unlink

    def refused_for_the_leftover(path: Path, missing_ok: bool = False) -> None:
        if path == left:
            raise PermissionError(1, "Operation not permitted", str(path))
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refused_for_the_leftover)
    code, _, err = run_cli(capsys, "detect", str(corpus), "-o", str(output))
    assert (code, err) == (0, "")
    assert orjson.loads(output.read_bytes())["id"] == "fine.txt"
    assert left.exists()


def test_export_removes_the_temporary_folders_a_killed_export_left(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Baker Lio Fent said "bread is up" today.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"bread is up"')
    pid = ended_process_id()
    left = [tmp_path / f".out.tmp-{pid}", tmp_path / f".out.tmp-{pid}-2"]
    for folder in left:
        folder.mkdir()
        (folder / "quotes.jsonl").write_bytes(b"half an export")
    running = tmp_path / f".out.tmp-{os.getppid()}"
    running.mkdir()
    out = str(tmp_path / "out")
    code, _, _ = run_cli(capsys, "export", "csv", "--store", str(store), "--out", out, str(corpus))
    assert code == 0
    assert not any(folder.exists() for folder in left)
    assert running.exists()


@pytest.mark.parametrize("command", ["detect", "stats"])
def test_a_json_file_given_as_the_corpus_is_refused_with_the_way_out(capsys, tmp_path, command):
    corpus = tmp_path / "documents.json"
    corpus.write_bytes(gold_lines())
    argv = [command, str(corpus)] + (
        ["--store", str(tmp_path / "annotations")] if command == "stats" else []
    )
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert err == (
        f"quote-annotator {command}: {corpus}: a .json file is no corpus; one document per line "
        "is read from a .jsonl file (rename it), text documents from a folder of .txt or .md "
        "files\n"
    )


def test_validate_names_a_line_of_another_annotators_file(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", "Ranger Tove Aldt")
    label(store, corpus, "bob", "fine.txt", '"the trail is closed"')
    ana, bob = store / "ana.jsonl", store / "bob.jsonl"
    ana.write_bytes(ana.read_bytes() + bob.read_bytes())  # joined by hand
    code, out, _ = run_cli(
        capsys, "validate", "--store", str(store), "--annotator", "ana", str(corpus)
    )
    assert code == 1
    assert out.splitlines() == [
        f"{ana}:2: quote 'fine.txt:22' is labelled by 'bob', not 'ana': a line of another "
        "annotator's file?",
        f"{ana}: 2 quotes, 1 problem",
    ]


def test_a_store_line_with_a_byte_that_is_not_utf8_is_named_with_its_column(
    capsys, tmp_path, write_corpus
):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"the trail is closed"', speaker="Tove Aldt")
    path = store / "ana.jsonl"
    raw = path.read_bytes()
    column = raw.index(b"Tove Aldt") + 2
    path.write_bytes(raw.replace(b"Tove Aldt", b"To\xe9e Aldt"))
    code, _, err = run_cli(capsys, "stats", "--store", str(store))
    assert code == 0
    assert err == (
        f"warning: {path}:1: not UTF-8 (byte 0xe9 at column {column + 1}); convert it, e.g. "
        "iconv -f latin1 -t utf-8; skipped\n"
    )


def test_an_import_refused_for_two_bad_lines_counts_one_more_problem(capsys, tmp_path):
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_bytes(b"[1]\n" + gold_lines() + b'"two"\n')
    code, _, err = run_cli(
        capsys, "import", "quotes-jsonl", str(quotes), "--store", str(tmp_path / "annotations")
    )
    assert code == 2
    assert err.endswith(
        " (and 1 more problem); nothing was imported (--skip-bad imports the rest)\n"
    )


@pytest.mark.parametrize("spoiled", ["one.ann", "one.txt"])
def test_a_brat_file_not_utf8_is_named_with_its_line_and_column(capsys, tmp_path, spoiled):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "one.txt").write_bytes(b"Plain words.\nMore plain words.\n")
    (folder / "one.ann").write_bytes(b"T1\tQuote 0 5\tPlain\n")
    path = folder / spoiled
    path.write_bytes(
        path.read_bytes().replace(b"More" if spoiled == "one.txt" else b"Plain", b"M\xf6re")
    )
    code, _, err = run_cli(
        capsys, "import", "brat", str(folder), "--store", str(tmp_path / "annotations")
    )
    assert code == 2
    line = 2 if spoiled == "one.txt" else 1
    column = 2 if spoiled == "one.txt" else 15
    assert err.startswith(
        f"quote-annotator import: {path}:{line}: not UTF-8 (byte 0xf6 at column {column}); "
    )


def test_detect_refuses_to_write_over_its_own_jsonl_corpus(capsys, tmp_path):
    corpus = tmp_path / "documents.jsonl"
    corpus.write_bytes(gold_lines())
    code, out, err = run_cli(capsys, "detect", str(corpus), "-o", str(corpus))
    assert (code, out) == (2, "")
    assert err.startswith(f"quote-annotator detect: {corpus}: is the corpus")
    assert corpus.read_bytes() == gold_lines()


def test_detect_refuses_to_write_over_a_document_of_its_folder(capsys, write_corpus):
    corpus = write_corpus({"one.txt": SAID, "two.txt": SAID})
    code, _, err = run_cli(capsys, "detect", str(corpus), "-o", str(corpus / "two.txt"))
    assert code == 2
    assert "is the corpus (or one of its documents)" in err
    assert (corpus / "two.txt").read_text(encoding="utf-8") == SAID


# -- a JSONL corpus none of whose lines is a document --------------------------------------------


def test_a_jsonl_corpus_of_only_bad_lines_names_them_not_an_empty_corpus(capsys, tmp_path):
    corpus = tmp_path / "documents.jsonl"
    corpus.write_bytes(b'{"title": "no id"}\n{"id": "x"}\nnot json\n')
    code, _, err = run_cli(capsys, "detect", str(corpus))
    assert code == 2
    assert err == (
        f'quote-annotator detect: {corpus}:1: missing "id" (a non-empty string); no document '
        "could be read (and 2 more problems)\n"
    )


def test_an_annotation_file_given_as_the_corpus_is_named_for_what_it_is(
    capsys, tmp_path, write_corpus
):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    label(tmp_path / "annotations", corpus, "ana", "fine.txt", '"the trail is closed"')
    store_file = tmp_path / "annotations" / "ana.jsonl"
    code, _, err = run_cli(capsys, "detect", str(store_file))
    assert code == 2
    assert err == (
        f"quote-annotator detect: {store_file}:1: a line of an annotation file, not a document "
        '(a corpus line has "id" and "text"); no document could be read\n'
    )


def test_export_refuses_an_input_format_without_an_input(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Baker Lio Fent said "bread is up" today.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"bread is up"')
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys,
        "export",
        "csv",
        "--input-format",
        "prodigy",
        "--store",
        str(store),
        "--out",
        str(out_dir),
        str(corpus),
    )
    assert code == 2
    assert err == (
        "quote-annotator export: --input-format prodigy: it says what --input FILE holds, and no "
        "--input is given\n"
    )
    assert not out_dir.exists()


def test_importing_an_annotation_file_names_it_for_what_it_is(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": 'Ranger Tove Aldt said "the trail is closed" at dawn.'})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"the trail is closed"')
    code, _, err = run_cli(
        capsys,
        "import",
        "quotes-jsonl",
        str(store / "ana.jsonl"),
        "--store",
        str(store),
        "--annotator",
        "bob",
    )
    assert code == 2
    assert err.startswith(
        f"quote-annotator import: {store / 'ana.jsonl'}:1: a stored quote record (of an "
        "annotation file or a records-jsonl export), not a document with its quotes"
    )


# -- audit: detection options where no detection runs --------------------------------------------


@pytest.fixture
def labelled_twice(tmp_path, write_corpus):
    """A corpus of two documents with the same quote, labelled in both by ana."""
    said = 'Warden Ilse Korv said "the gates stay shut until the storm has passed" at dawn.'
    corpus = write_corpus({"one.txt": said, "two.txt": said.replace("Warden", "Chief")})
    store = tmp_path / "annotations"
    for doc_id in ("one.txt", "two.txt"):
        label(store, corpus, "ana", doc_id, '"the gates stay shut until the storm has passed"')
    return corpus, store


@pytest.mark.parametrize(
    ("options", "refused"),
    [
        (["--from-store", "--min-score", "0.9"], "--min-score: not with --from-store"),
        (["--from-store", "--jobs", "2"], "--jobs: not with --from-store"),
        (["--quotes", "{quotes}", "--jobs", "2"], "--jobs: not with --quotes"),
    ],
)
def test_audit_refuses_detection_options_where_nothing_is_detected(
    capsys, tmp_path, labelled_twice, options, refused
):
    corpus, store = labelled_twice
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_bytes(b'{"id": "one.txt", "quotes": []}\n')
    argv = [part.format(quotes=quotes) for part in options]
    code, out, err = run_cli(capsys, "audit", *argv, "--store", str(store), str(corpus))
    assert (code, out) == (2, "")
    assert err == f"quote-annotator audit: {refused}, which runs no detection\n"


def test_audit_says_the_store_was_audited_when_a_min_score_was_given(capsys, labelled_twice):
    corpus, store = labelled_twice
    code, _, err = run_cli(
        capsys, "audit", "--min-score", "0.9", "--store", str(store), str(corpus)
    )
    assert code == 0
    assert (
        "warning: --min-score left unused: the store's labels are audited (--detect audits the "
        "detector's candidates)\n"
    ) in err


def test_agreement_refuses_exclude_beside_named_annotators(capsys, labelled_twice):
    _, store = labelled_twice
    label(
        store,
        labelled_twice[0],
        "bob",
        "one.txt",
        '"the gates stay shut until the storm has passed"',
    )
    code, out, err = run_cli(
        capsys, "agreement", "--store", str(store), "ana", "bob", "--exclude", "ana"
    )
    assert (code, out) == (2, "")
    assert err == (
        "quote-annotator agreement: --exclude ana: annotators are named (ana, bob); name only "
        "the ones to compare\n"
    )


def test_a_binary_file_read_as_jsonl_is_called_binary(capsys, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\xff\n")
    code, _, err = run_cli(capsys, "evaluate", "--gold", str(gold))
    assert code == 2
    assert err == (
        f"quote-annotator evaluate: {gold}:1: binary data (a NUL byte at column 8), not a line "
        "of text\n"
    )


def test_a_report_to_a_latin1_standard_output_escapes_what_it_cannot_encode(
    capsys, monkeypatch, tmp_path, write_corpus
):
    import io

    corpus = write_corpus({"fine.txt": "Nothing said.", f"late {RED}edition.txt": b"\xff\xfe"})
    label(tmp_path / "annotations", corpus, "ana", "fine.txt", "Nothing")
    latin1 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    monkeypatch.setattr("sys.stdout", latin1)
    code = main(
        ["validate", "--store", str(tmp_path / "annotations"), "--annotator", "ana", str(corpus)]
    )
    latin1.flush()
    assert code == 1
    shown = latin1.buffer.getvalue().decode("latin-1")
    assert "late \\u241b[31medition.txt:1: not UTF-8" in shown


def test_a_stray_file_in_the_store_is_named_by_its_path(capsys, labelled_twice):
    _, store = labelled_twice
    stray = store / "notes from [bold]carl.jsonl"
    stray.write_bytes(b"")
    code, _, err = run_cli(capsys, "stats", "--store", str(store))
    assert code == 2
    assert err == (
        f"quote-annotator stats: {stray}: no annotator's name (letters, digits and . _ - @ + "
        f"only): rename the file, or move it out of {store}/\n"
    )


def test_a_folder_of_the_corpus_that_cannot_be_read_is_named(capsys, monkeypatch, write_corpus):
    corpus = write_corpus({"one.txt": SAID, "locked/two.txt": SAID})
    listing = os.scandir

    def refusing(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", refusing)
    code, out, err = run_cli(capsys, "detect", str(corpus))
    assert code == 1
    assert (
        err
        == f"warning: {corpus / 'locked'}: cannot read this folder (Permission denied); left out\n"
    )
    assert [orjson.loads(line)["id"] for line in out.splitlines()] == ["one.txt"]


@pytest.mark.parametrize("shares", ["nan/1", "inf/1", "80/nan/10"])
def test_export_refuses_a_split_share_that_is_no_number(capsys, tmp_path, labelled_twice, shares):
    corpus, store = labelled_twice
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys,
        "export",
        "csv",
        "--split",
        shares,
        "--store",
        str(store),
        "--out",
        str(out_dir),
        str(corpus),
    )
    assert code == 2
    assert err == f"quote-annotator export: --split {shares!r}: expected numbers like 80/10/10\n"
    assert not out_dir.exists()


@pytest.mark.parametrize(
    ("field", "value", "what"),
    [
        ("score", "high", "\"score\" is 'high', not a number"),
        ("type", "weird", "\"type\" is 'weird', not direct, indirect or mixed"),
        # A list or an object is no type either, and cannot be looked up among the types.
        ("type", ["direct"], "\"type\" is ['direct'], not direct, indirect or mixed"),
        ("type", {"of": "direct"}, "\"type\" is {'of': 'direct'}, not direct, indirect or mixed"),
        ("speaker", ["Olek", "Dray"], "\"speaker\" is ['Olek', 'Dray'], not a string"),
    ],
)
def test_evaluate_names_a_prediction_field_of_the_wrong_kind(capsys, tmp_path, field, value, what):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(gold_lines())
    start = SAID.index('"the')
    quote = {"start": start, "end": start + 10, "type": "direct", "score": 0.9, field: value}
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(orjson.dumps({"id": "one", "quotes": [quote]}) + b"\n")
    code, _, err = run_cli(capsys, "evaluate", "--gold", str(gold), "--pred", str(pred))
    assert code == 2
    assert err == f"quote-annotator evaluate: {pred}:1: quote 0: {what}\n"


@pytest.mark.parametrize("bad_id", [None, "", ["one"], 1.5, True])
def test_evaluate_refuses_a_document_id_that_is_no_id(capsys, tmp_path, bad_id):
    # Made a string, a null id was "None", and scored against a prediction of that id.
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(gold_lines().replace(b'"id":"one"', orjson.dumps({"id": bad_id})[1:-1]))
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(gold_lines().replace(b'"id":"one"', b'"id":"None"'))
    code, out, err = run_cli(capsys, "evaluate", "--gold", str(gold), "--pred", str(pred))
    assert (code, out) == (2, "")
    assert err == (
        f'quote-annotator evaluate: {gold}:1: "id" is {bad_id!r}, not a non-empty string or a '
        "whole number\n"
    )


def test_evaluate_takes_a_whole_number_id_as_its_digits(capsys, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(gold_lines().replace(b'"id":"one"', b'"id":7'))
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(gold_lines().replace(b'"id":"one"', b'"id":"7"'))
    code, out, _ = run_cli(capsys, "evaluate", "--gold", str(gold), "--pred", str(pred), "--json")
    assert code == 0
    assert orjson.loads(out)["exact"]["all"]["f1"] == 1.0


def test_evaluate_counts_a_prediction_scored_null_as_sure(capsys, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(gold_lines())
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(gold_lines().replace(b'"type":"direct"', b'"type":"direct","score":null'))
    code, out, _ = run_cli(capsys, "evaluate", "--gold", str(gold), "--pred", str(pred), "--json")
    assert code == 0
    assert orjson.loads(out)["exact"]["all"]["f1"] == 1.0


def test_audit_skips_a_quote_whose_score_is_no_number_with_a_warning(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(gold_lines())
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_bytes(gold_lines().replace(b'"type":"direct"', b'"type":"direct","score":"high"'))
    code, _, err = run_cli(capsys, "audit", "--quotes", str(quotes), str(corpus))
    assert code == 0
    assert f"warning: {quotes}:1: quote 1: score 'high' is not a number; skipped\n" in err
