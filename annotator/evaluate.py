"""Scoring quote detection against gold quotes: span matching, per-type P/R/F1, speaker and source.

Both sides use the quotes-JSONL shape: one line per document, ``{"id", "text"?, "quotes": [...]}``
where a quote has ``start``, ``end``, ``type`` and optionally ``speaker``, ``speaker_spans``,
``source``, ``source_spans`` and ``score``. Extra keys are ignored. A gold quote whose ``meta``
marks a group a review left open (``meta.adjudication.open``) is not gold yet: it is left out
and counted (``Report.open_left_out``), as ``export``, ``agreement`` and ``audit`` leave it out.
A quote with ``"status": "rejected"`` (an export with ``--negatives``) is no quote, on either side.

Matching. Gold and predicted quotes of a document are paired one to one, greedily: first the
exact pairs (same start and end), then, for the overlap figures, the remaining pairs that share at
least one character, largest overlap first. Pairing ignores the type, so a quote found with the
wrong type still counts as found; the per-type rows use the gold type for recall and the
predicted type for precision, and ``type_agreement`` says how often matched types agree.
Each fragment of an interrupted quote is a quote of its own.

Speakers are compared leniently, because gold files label the speaker as written (``he``,
``Trump``) while the detector suggests a resolved name (``Donald Trump``). A predicted speaker is
correct when

- its mention span overlaps a gold speaker span (the same mention, resolved or not), or
- after dropping titles, case and accents, every word of one name is in the other
  (``Trump`` / ``Donald Trump``; ``Former Senator Ada Moss`` / ``Ada
  Moss``), or both share a :func:`~annotator.detect.canonical_speaker_key`.

A gold pronoun whose mention is elsewhere cannot be checked this way and counts as wrong.
Speaker accuracy is measured on matched quotes whose gold quote has a speaker. Source accuracy is
measured only where the gold quote carries a ``source`` key (None meaning first-hand): right when
both are None, or when the spans overlap or one text contains the other.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotator.detect.names import canonical_speaker_key
from annotator.errors import UserError
from annotator.formats.base import document_id
from annotator.records import QuoteType, Status, is_stored_record_line, open_in_review
from annotator.util import UTF8_BOM, json_line_error

TYPES = ("direct", "mixed", "indirect")
"""Quote types reported one by one (then ``all``)."""

REJECTED = Status.REJECTED.value
"""The ``status`` of a rejected candidate in a quotes-JSONL file: a negative, not a quote."""

DEFAULT_MIN_SCORE = 0.5
"""Predictions scored below this are faint suggestions (scare quotes, titles) and not counted."""

_TITLES = frozenset(
    "mr mrs ms dr sen rep gov president former the a an of secretary state senator minister "
    "spokesman spokeswoman spokesperson deputy foreign prime vice".split()
)


def load_quotes_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a quotes-JSONL file; raises ``UserError("file:line: message")`` on a bad line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read ({error.strerror or error})") from error
    documents = []
    for number, line in enumerate(raw.removeprefix(UTF8_BOM).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            document = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            raise UserError(f"{path}:{number}: {json_line_error(line, error)}") from None
        if is_stored_record_line(document):
            raise UserError(
                f"{path}:{number}: a stored quote record, not a document with its quotes: "
                "export it first (quote-annotator export quotes-jsonl CORPUS --annotators NAME)"
            )
        if not isinstance(document, dict) or "id" not in document:
            raise UserError(f'{path}:{number}: a document needs an "id"')
        doc_id = document_id(document["id"])
        if doc_id is None:
            # As a string, a null id was "None" and matched a prediction of that id.
            raise UserError(
                f'{path}:{number}: "id" is {document["id"]!r}, not a non-empty string or a '
                "whole number"
            )
        quotes = document.get("quotes", [])
        if not isinstance(quotes, list):
            raise UserError(f'{path}:{number}: "quotes" must be a list')
        for index, quote in enumerate(quotes):
            if not isinstance(quote, dict) or not {"start", "end"} <= quote.keys():
                raise UserError(f'{path}:{number}: quote {index} needs "start" and "end"')
            # ``true`` is an int to Python (bool subclasses it): scored, it would be offset 1.
            if not all(
                isinstance(quote[key], int) and not isinstance(quote[key], bool)
                for key in ("start", "end")
            ):
                raise UserError(f"{path}:{number}: quote {index} has non-integer offsets")
            # Scored as they stand, such offsets would count as a miss and a false alarm.
            if not 0 <= quote["start"] <= quote["end"]:
                raise UserError(
                    f"{path}:{number}: quote {index} spans {quote['start']}..{quote['end']}, "
                    "which is no span of a text"
                )
            problem = _field_problem(quote)
            if problem is not None:
                raise UserError(f"{path}:{number}: quote {index}: {problem}")
            text = document.get("text")
            if isinstance(text, str) and quote["end"] > len(text):
                raise UserError(
                    f"{path}:{number}: quote {index} spans {quote['start']}..{quote['end']}, past "
                    f"the end of the text ({len(text)} characters)"
                )
        document["id"] = doc_id
        documents.append(document)
    return documents


_QUOTE_TYPES = frozenset(QuoteType)


def _field_problem(quote: Mapping[str, Any]) -> str | None:
    """What is wrong with a quote's scored fields (a score, a type, a speaker, a source), or
    None: compared as they stand, a wrong kind of value fails deep in the scoring, or is
    counted as something it is not."""
    score = quote.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
        return f'"score" is {score!r}, not a number'
    kind = quote.get("type")
    # Checked as a string first: a list or an object cannot be looked up in a set.
    if kind is not None and (not isinstance(kind, str) or kind not in _QUOTE_TYPES):
        return f'"type" is {kind!r}, not direct, indirect or mixed'
    for name in ("speaker", "source", "status"):
        value = quote.get(name)
        if value is not None and not isinstance(value, str):
            return f'"{name}" is {value!r}, not a string'
    return None


def match_spans(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, exact: bool
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)``: exact pairs first, then by overlap."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for index, (start, end) in enumerate(pred):
        by_span.setdefault((start, end), []).append(index)
    for g, (start, end) in enumerate(gold):
        candidates = by_span.get((start, end))
        while candidates:
            p = candidates.pop(0)
            if p not in used_pred:
                pairs.append((g, p))
                used_gold.add(g)
                used_pred.add(p)
                break
    if exact:
        return pairs
    overlaps = []
    order = sorted(range(len(pred)), key=lambda i: pred[i][0])
    for g, (gs, ge) in enumerate(gold):
        if g in used_gold:
            continue
        for p in order:
            ps, pe = pred[p]
            if ps >= ge:
                break
            if p in used_pred:
                continue
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0 or (gs == ge == ps == pe):
                overlaps.append((shared, g, p))
    for _, g, p in sorted(overlaps, key=lambda item: -item[0]):
        if g in used_gold or p in used_pred:
            continue
        pairs.append((g, p))
        used_gold.add(g)
        used_pred.add(p)
    return pairs


def _fold(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    words = [w.strip(".,;:’'\"()") for w in plain.replace("’s ", " ").replace("'s ", " ").split()]
    words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in words]
    return [w for w in words if w and w not in _TITLES]


def _overlaps(a: Iterable[Sequence[int]], b: Iterable[Sequence[int]]) -> bool:
    b = list(b)
    return any(min(ae, be) > max(as_, bs) for as_, ae in a for bs, be in b)


def speaker_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether the predicted speaker is the gold one (lenient, see the module docstring)."""
    predicted = pred.get("speaker")
    if not predicted:
        return False
    if _overlaps(gold.get("speaker_spans") or [], pred.get("speaker_spans") or []):
        return True
    expected = gold.get("speaker") or ""
    gold_words, pred_words = _fold(expected), _fold(predicted)
    if (
        gold_words
        and pred_words
        and (set(gold_words) <= set(pred_words) or set(pred_words) <= set(gold_words))
    ):
        return True
    return canonical_speaker_key(expected) == canonical_speaker_key(predicted)


def source_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """Whether the predicted source is the gold one (both None, or overlapping, or contained)."""
    expected, predicted = gold.get("source"), pred.get("source")
    if not expected or not predicted:
        return not expected and not predicted
    if _overlaps(gold.get("source_spans") or [], pred.get("source_spans") or []):
        return True
    a, b = " ".join(_fold(expected)), " ".join(_fold(predicted))
    return bool(a and b) and (a in b or b in a)


@dataclass
class Counts:
    """Matched and total quotes on each side, for one type and one matching mode."""

    gold: int = 0
    """Gold quotes counted."""
    pred: int = 0
    """Predicted quotes counted (scored ``min_score`` or more)."""
    gold_matched: int = 0
    """Gold quotes paired with a prediction."""
    pred_matched: int = 0
    """Predictions paired with a gold quote."""

    @property
    def precision(self) -> float:
        """Share of predictions that match a gold quote."""
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """Share of gold quotes matched by a prediction."""
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and rates, rounded for printing and JSON."""
        return {
            "gold": self.gold,
            "pred": self.pred,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Ratio:
    """A count of successes out of a total."""

    right: int = 0
    """Cases that were right."""
    total: int = 0
    """Cases counted."""

    @property
    def value(self) -> float | None:
        """The share, or None when nothing was counted."""
        return self.right / self.total if self.total else None

    def add(self, ok: bool) -> None:
        """Count one more case."""
        self.total += 1
        self.right += int(ok)


@dataclass
class Report:
    """Every figure of one evaluation."""

    documents: int = 0
    """Gold documents scored."""
    min_score: float = DEFAULT_MIN_SCORE
    """Predictions scored below this were not counted."""
    exact: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in (*TYPES, "all")})
    """Counts of exact span matches, by type (``direct``, ``mixed``, ``indirect``) and ``all``."""
    overlap: dict[str, Counts] = field(
        default_factory=lambda: {t: Counts() for t in (*TYPES, "all")}
    )
    """Counts of overlapping span matches, by type and ``all``."""
    speaker: dict[str, Ratio] = field(default_factory=lambda: {t: Ratio() for t in (*TYPES, "all")})
    """Speakers right on overlap-matched quotes whose gold quote names one, by gold type."""
    source: Ratio = field(default_factory=Ratio)
    """Sources right on overlap-matched quotes whose gold quote has a ``source`` key."""
    type_agreement: Ratio = field(default_factory=Ratio)
    """Overlap-matched pairs whose types agree."""
    open_left_out: int = 0
    """Gold quotes left out as still open in review (not decided yet)."""

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return {
            "documents": self.documents,
            "min_score": self.min_score,
            "exact": {t: c.as_dict() for t, c in self.exact.items()},
            "overlap": {t: c.as_dict() for t, c in self.overlap.items()},
            "speaker_accuracy": {
                t: {"accuracy": _round(r.value), "n": r.total} for t, r in self.speaker.items()
            },
            "source_accuracy": {"accuracy": _round(self.source.value), "n": self.source.total},
            "type_agreement": {
                "accuracy": _round(self.type_agreement.value),
                "n": self.type_agreement.total,
            },
            "open_left_out": self.open_left_out,
        }

    def format(self) -> str:
        """The report as a plain-text table."""
        lines = [
            f"{self.documents} documents; predictions scored below {self.min_score} not counted",
            "",
            f"{'type':<10}{'match':<9}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}",
        ]
        for kind in (*TYPES, "all"):
            for mode, table in (("exact", self.exact), ("overlap", self.overlap)):
                c = table[kind]
                lines.append(
                    f"{kind:<10}{mode:<9}{c.gold:>7}{c.pred:>7}"
                    f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
                )
        lines.append("")
        lines.append("speaker accuracy on matched quotes (overlap):")
        for kind in (*TYPES, "all"):
            r = self.speaker[kind]
            lines.append(f"  {kind:<10}{_fmt(r.value)}  (n={r.total})")
        lines.append(
            f"source accuracy on matched quotes: {_fmt(self.source.value)}  (n={self.source.total})"
        )
        lines.append(
            f"type agreement on matched quotes: {_fmt(self.type_agreement.value)}"
            f"  (n={self.type_agreement.total})"
        )
        return "\n".join(lines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def evaluate(
    gold_documents: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
) -> Report:
    """Score ``predictions`` (quotes by document id) against ``gold_documents``.

    A gold document with no entry in ``predictions`` counts as predicted empty; predictions for
    documents absent from the gold are ignored. Gold quotes still open in review are left out
    (``Report.open_left_out``).
    """
    report = Report(min_score=min_score)
    for document in gold_documents:
        report.documents += 1
        gold = []
        for quote in document.get("quotes", []):
            if quote.get("status") == REJECTED:
                continue  # a negative example
            if open_in_review(quote.get("meta")):
                report.open_left_out += 1  # a review's group not decided yet: not gold
            else:
                gold.append(quote)
        pred = [
            q
            for q in predictions.get(document["id"], [])
            if _score(q) >= min_score and q.get("status") != REJECTED
        ]
        gold_spans = [(q["start"], q["end"]) for q in gold]
        pred_spans = [(q["start"], q["end"]) for q in pred]
        for mode, table in (("exact", report.exact), ("overlap", report.overlap)):
            pairs = match_spans(gold_spans, pred_spans, exact=mode == "exact")
            gold_hit = {g for g, _ in pairs}
            pred_hit = {p for _, p in pairs}
            for g, quote in enumerate(gold):
                for kind in (_type(quote), "all"):
                    if kind not in table:
                        continue
                    table[kind].gold += 1
                    table[kind].gold_matched += g in gold_hit
            for p, quote in enumerate(pred):
                for kind in (_type(quote), "all"):
                    if kind not in table:
                        continue
                    table[kind].pred += 1
                    table[kind].pred_matched += p in pred_hit
            if mode != "overlap":
                continue
            for g, p in pairs:
                gq, pq = gold[g], pred[p]
                report.type_agreement.add(_type(gq) == _type(pq))
                if gq.get("speaker"):
                    ok = speaker_matches(gq, pq)
                    if _type(gq) in report.speaker:
                        report.speaker[_type(gq)].add(ok)
                    report.speaker["all"].add(ok)
                if "source" in gq:
                    report.source.add(source_matches(gq, pq))
    return report


def _score(quote: Mapping[str, Any]) -> float:
    """A prediction's score; one given as null, or none at all, counts as sure."""
    score = quote.get("score")
    return 1.0 if score is None else float(score)


def _type(quote: Mapping[str, Any]) -> str:
    return str(quote.get("type") or "direct")
