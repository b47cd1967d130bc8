"""Corpora: a folder of text files, a single text file, or a JSONL file of documents.

Opening a corpus lists its document ids and nothing more: texts are read when a document is
asked for, so a corpus of 100,000 documents opens in a moment and costs little memory.

An empty or whitespace-only document (``Document.is_empty``) is a document with nothing to
annotate, not an unreadable one: it is read like any other, so every command sees it and
none stops at it (``annotate`` shows it as empty, ``detect`` writes it with no quotes).
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from annotator.errors import CorpusError, Problem
from annotator.records import Document, is_stored_record_line, text_sha256
from annotator.util import UTF8_BOM, json_line_error

TEXT_SUFFIXES = (".txt", ".md")
"""File endings read as documents in a folder corpus."""

JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""File endings read as one document per line."""

METADATA_KEYS = ("title", "date", "outlet", "publisher", "url", "author")
"""Top-level keys of a JSONL line that are kept as metadata besides ``meta`` itself."""

# Most JSONL corpora put the id first; reading it from the line's head spares a full parse.
_LEADING_ID = re.compile(rb'\{\s*"id"\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|(-?\d+))\s*,')


class Corpus:
    """An ordered collection of documents, read lazily. Subclasses say where texts come from."""

    def __init__(
        self,
        location: Path,
        ids: list[str],
        *,
        skip_bad: bool = False,
        problems: list[Problem] | None = None,
    ) -> None:
        self.location = location
        """The folder or file the corpus was opened from."""
        self.ids = ids
        """Document ids in corpus order."""
        self.skip_bad = skip_bad
        """Leave out unreadable documents (and JSONL lines), each reported in ``problems``,
        instead of raising: when opening, iterating and reading ``documents``. ``get`` of one
        raises all the same: whoever asks for a document by its id is told why it is missing."""
        self.problems: list[Problem] = problems or []
        """Documents and lines left out so far, each once (only with ``skip_bad``)."""
        self._noted = set(self.problems)
        self._positions = {doc_id: index for index, doc_id in enumerate(ids)}

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._positions

    def index(self, doc_id: str) -> int:
        """Position of ``doc_id`` in corpus order."""
        return self._positions[doc_id]

    def get(self, doc_id: str) -> Document:
        """The document with this id; raises ``CorpusError`` naming file and line if unreadable."""
        if doc_id not in self._positions:
            raise CorpusError(f"{self.location}: no document with id {doc_id!r}")
        return self._read(doc_id)

    def documents(self, doc_ids: Iterable[str]) -> Generator[Document, None, None]:
        """``get`` of each of ``doc_ids``, in that order (faster for many, in corpus order);
        with ``skip_bad``, an unreadable one is left out (see ``problems``).

        A subclass may hold a file open while it runs: close it (``contextlib.closing``) when
        it may not run to its end.
        """
        for doc_id in doc_ids:
            if doc_id not in self._positions:
                raise CorpusError(f"{self.location}: no document with id {doc_id!r}")
            try:
                document = self._read(doc_id)
            except CorpusError as error:
                self._leave_out(error)
                continue
            yield document

    def __iter__(self) -> Iterator[Document]:
        return self.documents(self.ids)

    def _leave_out(self, error: CorpusError) -> None:
        """Raise ``error``; with ``skip_bad``, note it in ``problems`` instead (once, however
        often the document is read)."""
        if not self.skip_bad:
            raise error
        self.note_problem(_problem_from(error, self.location))

    def note_problem(self, problem: Problem) -> None:
        """Add ``problem`` to ``problems`` unless it is there already."""
        if problem not in self._noted:
            self._noted.add(problem)
            self.problems.append(problem)

    def _read(self, doc_id: str) -> Document:
        raise NotImplementedError

    def where(self, doc_id: str) -> str:
        """Where ``doc_id`` is read from, for a message: its file, or ``file:line``."""
        return f"{self.location}"


def _problem_from(error: CorpusError, fallback: Path) -> Problem:
    text = str(error)
    match = re.match(r"(.+?):(\d+): (.*)", text)
    if match:
        return Problem(Path(match[1]), int(match[2]), match[3])
    path, _, message = text.partition(": ")
    return Problem(Path(path) if message else fallback, None, message or text)


class FilesCorpus(Corpus):
    """Documents that are text files: every ``.txt``/``.md`` below a folder, or one file."""

    def __init__(self, location: Path, *, skip_bad: bool = False) -> None:
        problems: list[Problem] = []
        if location.is_file():
            root, ids = location.parent, [location.name]
        else:
            root, ids = location, _text_files_below(location, problems)
        if problems and not skip_bad:
            raise CorpusError(str(problems[0]))
        self.root = root
        """The folder document ids are relative to."""
        super().__init__(location, ids, skip_bad=skip_bad, problems=problems)

    def _read(self, doc_id: str) -> Document:
        path = self.root / doc_id
        return Document(id=doc_id, text=read_text_file(path), meta={"path": str(path)})

    def where(self, doc_id: str) -> str:
        return str(self.root / doc_id)


def _text_files_below(folder: Path, problems: list[Problem]) -> list[str]:
    """Document ids of the text files below ``folder``; a folder that cannot be listed is
    added to ``problems`` (os.walk would pass over it, its documents missing without a word)."""
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        problems.append(Problem(where, None, f"cannot read this folder ({error.strerror})"))

    for directory, subdirectories, files in os.walk(folder, onerror=unreadable):
        # Hidden folders (.git, .venv) never hold documents.
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        relative = os.path.relpath(directory, folder)
        for name in files:
            if name.endswith(TEXT_SUFFIXES) and not name.startswith("."):
                found.append(name if relative == "." else f"{relative}/{name}".replace(os.sep, "/"))
    found.sort()
    return found


def read_text_file(path: Path) -> str:
    """The UTF-8 text of ``path`` (a leading byte-order mark dropped).

    Raises ``CorpusError`` naming the file, and the line where it can, for a missing, binary
    or non-UTF-8 file. An empty file is an empty text.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: cannot read ({error.strerror})") from None
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise CorpusError(f"{path}:{line}: binary file (NUL byte), not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise CorpusError(
            f"{path}:{line}: not UTF-8 (byte 0x{data[error.start]:02x} at column {column}); "
            "convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text.removeprefix("\ufeff")


class JsonlCorpus(Corpus):
    """One document per line: ``{"id", "text", "meta"?}``; other keys are ignored.

    Opening scans the file once for ids and line positions; texts are parsed on demand.
    """

    def __init__(self, location: Path, *, skip_bad: bool = False) -> None:
        self._lines: dict[str, tuple[int, int, int]] = {}
        problems: list[Problem] = []
        ids = self._scan(location, skip_bad, problems)
        super().__init__(location, ids, skip_bad=skip_bad, problems=problems)

    def _scan(self, location: Path, skip_bad: bool, problems: list[Problem]) -> list[str]:
        ids: list[str] = []
        first_line: dict[str, int] = {}
        try:
            handle = location.open("rb")
        except OSError as error:
            raise CorpusError(f"{location}: cannot read ({error.strerror})") from None
        with handle:
            offset = 0
            for line_number, line in enumerate(handle, start=1):
                if line_number == 1 and line.startswith(UTF8_BOM):
                    # Read from past the mark: the line's offset is where its JSON starts.
                    line = line[len(UTF8_BOM) :]
                    offset += len(UTF8_BOM)
                length = len(line)
                try:
                    doc_id = _leading_id(line)
                    if doc_id is None and line.strip():
                        doc_id = _parse_line(line, location, line_number)[0]
                except CorpusError as error:
                    if not skip_bad:
                        raise
                    problems.append(_problem_from(error, location))
                    doc_id = None
                if doc_id is not None:
                    if doc_id in first_line:
                        duplicate = (
                            f"duplicate document id {doc_id!r} (first at line {first_line[doc_id]})"
                        )
                        if not skip_bad:
                            raise CorpusError(f"{location}:{line_number}: {duplicate}")
                        problems.append(Problem(location, line_number, duplicate))
                        offset += length
                        continue
                    first_line[doc_id] = line_number
                    self._lines[doc_id] = (offset, length, line_number)
                    ids.append(doc_id)
                offset += length
        return ids

    def documents(self, doc_ids: Iterable[str]) -> Generator[Document, None, None]:
        # One open file for them all: an export reads tens of thousands of documents.
        with self.location.open("rb") as handle:
            for doc_id in doc_ids:
                if doc_id not in self._lines:
                    raise CorpusError(f"{self.location}: no document with id {doc_id!r}")
                try:
                    document = self._read(doc_id, handle)
                except CorpusError as error:
                    self._leave_out(error)
                    continue
                yield document

    def _read(self, doc_id: str, handle: BinaryIO | None = None) -> Document:
        offset, length, line_number = self._lines[doc_id]
        if handle is None:
            with self.location.open("rb") as handle:
                handle.seek(offset)
                line = handle.read(length)
        else:
            handle.seek(offset)
            line = handle.read(length)
        _, text, meta = _parse_line(line, self.location, line_number)
        # ``_parse_line`` checked what the model would (an id, a text, a dict of metadata): only
        # the hash is left to fill in, and an export reads tens of thousands of documents.
        return Document.model_construct(id=doc_id, text=text, sha256=text_sha256(text), meta=meta)

    def where(self, doc_id: str) -> str:
        return f"{self.location}:{self._lines[doc_id][2]}"


def _leading_id(line: bytes) -> str | None:
    match = _LEADING_ID.match(line)
    if match is None:
        return None
    if match[2] is not None:
        return match[2].decode()
    raw = match[1]
    return orjson.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8", "replace")


def _parse_line(line: bytes, location: Path, line_number: int) -> tuple[str, str, dict[str, Any]]:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        raise CorpusError(f"{location}:{line_number}: {json_line_error(line, error)}") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{location}:{line_number}: expected a JSON object, got {record!r:.40}")
    if is_stored_record_line(record):
        raise CorpusError(
            f"{location}:{line_number}: a line of an annotation file, not a document "
            '(a corpus line has "id" and "text")'
        )
    doc_id = record.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id:
        raise CorpusError(f'{location}:{line_number}: missing "id" (a non-empty string)')
    text = record.get("text")
    if not isinstance(text, str):
        raise CorpusError(f'{location}:{line_number}: missing "text" (a string)')
    meta = dict(record["meta"]) if isinstance(record.get("meta"), dict) else {}
    for key in METADATA_KEYS:
        if key in record and key not in meta:
            meta[key] = record[key]
    return doc_id, text, meta


def open_corpus(location: str | Path, *, skip_bad: bool = False) -> Corpus:
    """Open a folder of ``.txt``/``.md`` files, a single text file, or a ``.jsonl`` file.

    Raises ``CorpusError`` when the location is missing or holds no documents.
    """
    path = Path(location)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_file() and path.suffix.lower() == ".json":
        # Read as one text document, its keys and brackets would be detected as quotes.
        raise CorpusError(
            f"{path}: a .json file is no corpus; one document per line is read from a .jsonl "
            "file (rename it), text documents from a folder of .txt or .md files"
        )
    if path.is_file() and path.name.endswith(JSONL_SUFFIXES):
        corpus: Corpus = JsonlCorpus(path, skip_bad=skip_bad)
    else:
        corpus = FilesCorpus(path, skip_bad=skip_bad)
    if not corpus.ids and corpus.problems:
        # Every line was left out: "empty" would hide why, and the warnings that say it are
        # printed only for a corpus that opens.
        first, more = corpus.problems[0], len(corpus.problems) - 1
        others = f" (and {more} more {'problem' if more == 1 else 'problems'})" if more else ""
        raise CorpusError(f"{first}; no document could be read{others}")
    if not corpus.ids:
        kinds = "lines" if isinstance(corpus, JsonlCorpus) else "files (.txt, .md)"
        raise CorpusError(f"{path}: empty corpus, no document {kinds} found")
    return corpus
