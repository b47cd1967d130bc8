"""Fixtures shared by every test folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.corpus import Corpus, open_corpus
from annotator.store import AnnotationStore

REPOSITORY = Path(__file__).resolve().parent.parent
SEEDS = REPOSITORY / "seeds"


@pytest.fixture
def seeds_corpus() -> Corpus:
    """The five sample articles."""
    return open_corpus(SEEDS)


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    """An empty annotation store under the test's own folder."""
    return AnnotationStore(tmp_path / "annotations")


@pytest.fixture
def write_corpus(tmp_path: Path):
    """Write ``{relative path: text or bytes}`` as a folder corpus and return its folder."""

    def write(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return write
