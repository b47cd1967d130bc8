"""Checking an annotator's labels against the corpus they point into (``quote-annotator validate``).

Plain Python: problems come back as ``errors.Problem`` (file, line, message), nothing is printed.
"""

from __future__ import annotations

from annotator.anchoring import Anchor, anchor_quote
from annotator.corpus import Corpus
from annotator.errors import CorpusError, Problem
from annotator.records import check_spans_against, past_the_end
from annotator.store import AnnotatorFile
from annotator.util import counted


def validate_file(folded: AnnotatorFile, corpus: Corpus, reanchor: bool = False) -> list[Problem]:
    """Every problem in one annotator file, checked against ``corpus``: its unreadable lines
    and invalid records (``folded.problems``), then quotes of documents missing from the corpus
    or unreadable, quotes labelled by another annotator, stale quotes, quotes of changed
    documents that can move (with ``reanchor``, saved at their new offsets instead, which needs
    ``folded`` open for writing), and spans that do not match the text.
    """
    problems: list[Problem] = []
    for doc_id in folded.doc_ids():
        quotes = folded.quotes(doc_id)
        if not quotes:
            continue
        if doc_id not in corpus:
            for quote in quotes:
                problems.append(
                    Problem(
                        folded.path,
                        folded.line_of(quote.id),
                        f"document {doc_id!r} is not in the corpus {corpus.location}",
                    )
                )
            continue
        try:
            document = corpus.get(doc_id)
        except CorpusError:
            problems.append(
                Problem(
                    folded.path,
                    folded.line_of(quotes[0].id),
                    f"document {doc_id!r} cannot be read ({corpus.where(doc_id)}): "
                    f"its {counted(len(quotes), 'quote')} not checked",
                )
            )
            continue
        for quote in quotes:
            line = folded.line_of(quote.id)
            if quote.annotator != folded.annotator:
                # A line of another annotator's file (files joined by hand): counted as this
                # annotator's by agreement and stats, exported under the other's name.
                problems.append(
                    Problem(
                        folded.path,
                        line,
                        f"quote {quote.id!r} is labelled by {quote.annotator!r}, not "
                        f"{folded.annotator!r}: a line of another annotator's file?",
                    )
                )
            placed = anchor_quote(quote, document)
            if placed.anchor is Anchor.STALE:
                problems.append(
                    Problem(
                        folded.path,
                        line,
                        f"quote {quote.id!r} in {doc_id!r} is stale: the "
                        f"document changed and {placed.reason}",
                    )
                )
                continue
            if placed.anchor is Anchor.REANCHORED:
                if reanchor:
                    folded.save(placed.quote)
                else:
                    moved = placed.quote
                    if (moved.start, moved.end) == (quote.start, quote.end):
                        # Edited elsewhere: "it can move 55->55" read as a slip.
                        change = f"its words still stand at {quote.start}–{quote.end}"
                    else:
                        change = f"it can move {quote.start}->{moved.start}"
                    problems.append(
                        Problem(
                            folded.path,
                            line,
                            f"quote {quote.id!r} in {doc_id!r}: the document changed; "
                            f"{change} (run with --reanchor)",
                        )
                    )
                continue
            try:
                check_spans_against(quote, document.text)
            except ValueError as error:
                problems.append(Problem(folded.path, line, f"quote {quote.id!r}: {error}"))
            suggestion = quote.suggestion
            if suggestion is not None and past_the_end(suggestion, len(document.text)):
                # A records-jsonl export skips such a line: validate names it first.
                problems.append(
                    Problem(
                        folded.path,
                        line,
                        f"quote {quote.id!r}: its suggestion runs past the end of the text "
                        f"({len(document.text)} characters)",
                    )
                )
    return folded.problems + problems
