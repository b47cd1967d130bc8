"""Helpers the command-line tests share: run a command as a user would, and save a label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main
from annotator.records import QuoteAnnotation, text_sha256
from annotator.store import AnnotationStore


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``quote-annotator ARGV``."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def label(
    store_root: Path,
    corpus_root: Path,
    annotator: str,
    doc_id: str,
    needle: str,
    **fields: Any,
) -> QuoteAnnotation:
    """Save an accepted quote of ``needle`` in ``doc_id`` as ``annotator``'s."""
    text = (corpus_root / doc_id).read_text(encoding="utf-8")
    start = text.index(needle)
    with AnnotationStore(store_root).open(annotator, writable=True) as file:
        return file.save(
            QuoteAnnotation(
                id=f"{doc_id}:{start}",
                doc_id=doc_id,
                doc_sha256=text_sha256(text),
                start=start,
                end=start + len(needle),
                text=needle,
                annotator=annotator,
                **fields,
            )
        )
