"""What two annotators' versions of one quote are compared on, and how names are compared.

Speaker and source are compared as resolved names, ignoring case, spacing and punctuation:
``Dmitry  Peskov`` and ``dmitry peskov.`` agree; a missing name (unattributed, first-hand) is a
value of its own, so a named speaker and no speaker disagree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from annotator.records import QuoteAnnotation, Status

COMPARED_FIELDS = ("existence", "span", "type", "speaker", "source")
"""Fields on which annotators can disagree about a quote. The source's kind goes with the
source: the same name of another kind (an outlet, a publication) is a disagreement on the
source. Confidence is shown beside them but makes no disagreement: it is each annotator's own
certainty."""

LABEL_FIELDS = ("speaker", "source", "type", "confidence")
"""Labels whose agreement is measured on matched quotes, in the table's columns."""

SOURCE_KIND_LABEL = "source_kind"
"""The source's kind, measured too, on matched quotes whose source names agree: where the names
differ, the kinds belong to different sources and say nothing of each other."""

_name_keys: dict[str, str] = {}


def name_key(name: str | None) -> str:
    """A speaker or source name folded for comparison (case, spacing, punctuation); "" for none."""
    if not name:
        return ""
    cached = _name_keys.get(name)
    if cached is not None:
        return cached
    kept = "".join(
        " " if unicodedata.category(ch)[0] in "PZ" or ch.isspace() else ch
        for ch in unicodedata.normalize("NFKC", name).casefold()
    )
    key = " ".join(kept.split())
    if len(_name_keys) < 1_000_000:
        _name_keys[name] = key
    return key


def differing_fields(members: Mapping[str, QuoteAnnotation], present: Sequence[str]) -> list[str]:
    """The ``COMPARED_FIELDS`` on which the ``present`` annotators disagree about one group
    (the source when its name or its kind differs).

    *existence* differs when some present annotator did not accept the quote (rejected it or has
    no quote there) while another did. A group no one accepted is agreement on a non-quote.
    Labels are compared among the annotators who accepted it.
    """
    accepted = [q for name in present if (q := members.get(name)) and q.status is Status.ACCEPTED]
    if not accepted:
        return []
    fields: list[str] = []
    if len(accepted) < len(present):
        fields.append("existence")
    first = accepted[0]
    rest = accepted[1:]
    if any(q.start != first.start or q.end != first.end for q in rest):
        fields.append("span")
    if any(q.type is not first.type for q in rest):
        fields.append("type")
    if any(name_key(q.speaker) != name_key(first.speaker) for q in rest):
        fields.append("speaker")
    if any(
        name_key(q.source) != name_key(first.source) or q.source_kind != first.source_kind
        for q in rest
    ):
        fields.append("source")
    return fields
