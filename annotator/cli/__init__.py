"""The ``quote-annotator`` command line: one module per subcommand.

Each subcommand module exposes ``add_arguments(parser)`` and ``run(args) -> int``; its docstring's
first line is the help text. A module that reads and writes no labels sets ``READS_LABELS = False``
and is offered neither ``--store`` nor ``--annotator``. ``UserError`` becomes a one-line message on
stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn, TextIO

from annotator import __version__
from annotator.corpus import Corpus, open_corpus
from annotator.errors import UserError
from annotator.store import DEFAULT_STORE
from annotator.util import counted as counted  # the commands import it from here
from annotator.util import terminal_safe

SUBCOMMANDS = (
    "annotate",
    "detect",
    "evaluate",
    "export",
    "import",
    "agreement",
    "review",
    "audit",
    "validate",
    "compact",
    "schema",
    "stats",
)
"""Subcommands in the order ``--help`` lists them; ``import`` lives in ``import_.py``."""


def default_annotator() -> str:
    """The login name, the annotator when ``--annotator`` is not given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"


def at_least(minimum: int) -> Callable[[str], int]:
    """A parser of whole numbers no smaller than ``minimum``, for argparse's ``type``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
        return value

    return parse


whole_number = at_least(0)
"""Parse a count: 0 or more."""


def fraction(text: str) -> float:
    """Parse a number in (0, 1]: an overlap threshold, a smallest similarity."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 < value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 1, not {value}")
    return value


def score(text: str) -> float:
    """Parse a detector score in [0, 1]: ``--min-score``, ``--faint-below``."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return value


def open_corpus_leaving_out_bad(location: str | Path) -> Corpus:
    """The corpus at ``location``, opened to leave out the documents and JSONL lines it cannot
    read, each listed in its ``problems``: one broken line must not stop the work on every
    other document (``warn_left_out`` tells them)."""
    return open_corpus(location, skip_bad=True)


def warn_left_out(corpus: Corpus | None) -> None:
    """One ``warning: file:line: what is wrong; left out`` on stderr per document or line of
    ``corpus`` left out so far."""
    for problem in corpus.problems if corpus is not None else ():
        print(f"warning: {problem}; left out", file=sys.stderr)


def _module_for(name: str) -> ModuleType:
    return importlib.import_module(
        f"annotator.cli.{name}_" if name == "import" else f"annotator.cli.{name}"
    )


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line on stderr, like every other error here
    (argparse prints the whole usage first, which pushes the message out of sight)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, every subcommand included."""
    return _build_parsers()[0]


def _build_parsers() -> tuple[_Parser, dict[str, _Parser]]:
    """The full argument parser, and each subcommand's own by name."""
    parser = _Parser(
        prog="quote-annotator",
        description="Annotate, adjudicate and export quote attributions in news text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands = {}
    for name in SUBCOMMANDS:
        module = _module_for(name)
        summary = (module.__doc__ or "").strip().splitlines()[0]
        # An option a command would ignore is refused instead: the user learns it means nothing.
        # A parent parser of its own: argparse shares a parent's actions, so one command's help
        # text for --annotator would otherwise be every command's.
        annotator_help = getattr(module, "ANNOTATOR_HELP", DEFAULT_ANNOTATOR_HELP)
        reads_labels = getattr(module, "READS_LABELS", True)
        parents = [_shared_options_parser(annotator_help)] if reads_labels else []
        subparser = subparsers.add_parser(
            name, parents=parents, help=summary, description=(module.__doc__ or "").strip()
        )
        module.add_arguments(subparser)
        subparser.set_defaults(handler=module.run, store=DEFAULT_STORE, annotator=None)
        commands[name] = subparser
    return parser, commands


DEFAULT_ANNOTATOR_HELP = "whose labels to read or write (default: your login name)"
"""``--annotator`` as most commands read it; a command that reads it otherwise (every annotator
unless one is named) says so in its module's ``ANNOTATOR_HELP``."""


def _shared_options_parser(annotator_help: str) -> _Parser:
    """The parent parser of ``--store`` and ``--annotator``."""
    # A parent lends its actions only, so its class changes nothing; it is the subcommands'
    # class (``_Parser``), the one argparse types a subcommand's parents as.
    shared = _Parser(add_help=False)
    shared.add_argument(
        "--store",
        type=Path,
        default=DEFAULT_STORE,
        metavar="DIR",
        help=f"folder of annotation files, one per annotator (default: {DEFAULT_STORE}/)",
    )
    shared.add_argument(
        "--annotator",
        default=None,
        metavar="NAME",
        help=annotator_help,
    )
    return shared


SHARED_OPTIONS = ("--store", "--annotator")
"""Options every subcommand that reads or writes labels takes; they may also come before the
subcommand's name."""


def _shared_options_after_command(argv: list[str]) -> list[str]:
    """``--store DIR stats`` as ``stats --store DIR``: the README calls these shared, and the
    top-level parser would otherwise take ``DIR`` for an unknown command."""
    leading: list[str] = []
    index = 0
    while index < len(argv) and argv[index].split("=", 1)[0] in SHARED_OPTIONS:
        width = 1 if "=" in argv[index] else 2
        leading += argv[index : index + width]
        index += width
    if not leading or index >= len(argv):
        return argv
    return [argv[index], *leading, *argv[index + 1 :]]


OPTIONS_WITH_DASHED_VALUES = ("--split",)
"""Options whose value may start with a minus (``--split -10/110``): argparse takes such a value
for an option unless it is a plain negative number, and refuses it as a missing argument; given
to the option, the value gets the command's own refusal, as ``--split=-10/110`` does."""


def _dashed_values_joined(argv: list[str]) -> list[str]:
    """``--split -10/110`` as ``--split=-10/110`` (``OPTIONS_WITH_DASHED_VALUES``); a value
    starting ``--`` is left alone, as it is the next option and the missing value is refused."""
    joined: list[str] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        value = argv[index + 1] if index + 1 < len(argv) else ""
        if token == "--":
            joined += argv[index:]
            break
        if token in OPTIONS_WITH_DASHED_VALUES and value[:1] == "-" and value[:2] != "--":
            joined.append(f"{token}={value}")
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments, options and positionals in any order after the subcommand.

    Plain ``parse_args`` fills an optional positional (a corpus) from the first run of
    positionals only, so ``export csv --store DIR seeds/`` would call ``seeds/`` an unrecognized
    argument: what is left over is parsed again, by the subcommand's own parser, intermixed.
    """
    parser, commands = _build_parsers()
    argv = _dashed_values_joined(_shared_options_after_command(argv))
    args, extras = parser.parse_known_args(argv)
    if not extras:
        return args
    command = argv.index(args.command)  # the top level has no option that takes a value
    return commands[args.command].parse_intermixed_args(
        argv[command + 1 :], namespace=argparse.Namespace(command=args.command)
    )


class _TerminalSafeStream:
    """Standard output or error as every command writes text to it: control characters in what
    is written (a file name, a document's words, a speaker) are shown, not obeyed
    (``util.terminal_safe``), and a failed write names the stream. Bytes written to ``buffer``
    (detect's JSONL) pass as they are: JSON escapes what a terminal would obey."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self._name = name

    def write(self, text: str) -> int:
        """Write ``text`` with its controls shown; a leading carriage return is kept, as it only
        takes a progress line back to its start to redraw it."""
        redraw = text.startswith("\r")
        shown = terminal_safe(text[1:] if redraw else text)
        if redraw:
            shown = "\r" + shown
        try:
            try:
                return self._stream.write(shown)
            except UnicodeEncodeError:
                # A terminal in Latin-1 or ASCII has no ␛ (nor a text's own letters): \u241b
                # there is still one line, where the stream's strict encoding is a traceback.
                encoding = getattr(self._stream, "encoding", None) or "ascii"
                return self._stream.write(
                    shown.encode(encoding, "backslashreplace").decode(encoding)
                )
        except OSError as error:
            raise _named(error, self._name) from None

    def flush(self) -> None:
        """Flush the stream, naming it if that fails (a full disk)."""
        try:
            self._stream.flush()
        except OSError as error:
            raise _named(error, self._name) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _named(error: OSError, name: str) -> OSError:
    """``error`` naming ``name`` as the file it was about, unless it names one already."""
    if error.filename is None:
        error.filename = name
    return error


@contextmanager
def _terminal_safe_output() -> Iterator[None]:
    """Standard output and error as ``_TerminalSafeStream`` while a command runs."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = _TerminalSafeStream(stdout, "standard output")
    sys.stderr = _TerminalSafeStream(stderr, "standard error")
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    with _terminal_safe_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    # Commands that read every annotator unless told (audit, agreement, stats, export) need to
    # know they were told.
    args.annotator_given = args.annotator is not None
    if args.annotator is None:
        args.annotator = default_annotator()
    try:
        return int(args.handler(args) or 0)
    except UserError as error:
        _print_notes(error)
        print(f"quote-annotator {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"quote-annotator {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a file that is a folder, a full disk: one line, not a traceback
        _print_notes(error)
        where = f"{error.filename}: " if isinstance(error.filename, str) else ""
        print(f"quote-annotator {args.command}: {where}{error.strerror or error}", file=sys.stderr)
        return 2


def _print_notes(error: BaseException) -> None:
    """The notes the work added to an error (the lines it had skipped: ``errors.noting_skipped``),
    one a line, before the error itself."""
    for note in getattr(error, "__notes__", ()):
        print(note, file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
