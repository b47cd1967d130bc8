"""Annotate a corpus in the terminal UI: accept, fix, reject or add quotes from the keyboard.

Every change is written to your annotation file (--store/--annotator.jsonl) before the screen
moves on, so quitting or a killed terminal loses nothing. Reopening resumes where you left off:
at the first document with open work from the one you labelled last. Press ? in the app for
every key.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import score, warn_left_out
from annotator.errors import CorpusError, UserError
from annotator.session import LIKELY_SCORE
from annotator.store import AnnotationStore

ANNOTATOR_HELP = "whose annotation file to read and write (default: your login name)"
"""The ``--annotator`` help text: what this command does with the name."""

DEFAULT_CORPUS = Path("seeds")
"""The corpus used when none is given and this folder exists here (the project's samples)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """An optional corpus, and the score below which candidates are drawn faint."""
    parser.add_argument(
        "corpus",
        type=Path,
        nargs="?",
        default=None,
        help=f"folder of .txt/.md files, one text file, or a .jsonl file "
        f"(default: {DEFAULT_CORPUS}/ when it exists here)",
    )
    parser.add_argument(
        "--faint-below",
        type=score,
        default=LIKELY_SCORE,
        metavar="S",
        help=f"draw candidates the detector scored below S faint, not highlighted "
        f"(default: {LIKELY_SCORE}; 0.6 also fades attributions of belief, intention and "
        f"evidence, for guidelines that cover reported speech only)",
    )


def resolve_corpus(given: Path | None) -> Path:
    """The corpus to open: the one given, else ``seeds/`` here; a clear error otherwise."""
    if given is None:
        if DEFAULT_CORPUS.is_dir():
            return DEFAULT_CORPUS
        raise UserError(
            f"no corpus given and no {DEFAULT_CORPUS}/ folder here; "
            "name one: quote-annotator annotate CORPUS"
        )
    if not given.exists():
        raise CorpusError(f"{given}: no such file or folder")
    return given


def run(args: argparse.Namespace) -> int:
    """Start the UI; a corpus or store that cannot be opened ends it with a one-line error."""
    corpus = resolve_corpus(args.corpus)
    store = AnnotationStore(args.store)
    store.refuse_if_locked(args.annotator)  # also refuses a name unfit for a file
    # Else the screen draws, then its first worker fails and the error replaces it.
    store.refuse_if_unwritable(args.annotator)
    from annotator.tui.app import make_app  # noqa: PLC0415 - only this subcommand needs textual

    app = make_app(corpus, store, args.annotator, faint_below=args.faint_below)
    app.run()
    session = getattr(app.annotate_screen, "session", None)
    warn_left_out(session.corpus if session is not None else None)  # the screen is gone
    if app.failure:
        raise UserError(app.failure)
    if app.annotate_screen.summary:
        print(app.annotate_screen.summary)  # the screen is gone: say where the work went
    return 0
