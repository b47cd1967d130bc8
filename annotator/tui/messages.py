"""Messages the annotation UI's workers post back to the screen (past tense: it happened)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from annotator.session import AnnotationSession, DocumentWork


@dataclass
class SessionOpened(Message):
    """The corpus and the store are open."""

    session: AnnotationSession
    """The session to work in."""


@dataclass
class SessionFailed(Message):
    """The corpus or the store could not be opened: the app shows why and exits."""

    message: str
    """One line naming the file (and line) at fault."""


@dataclass
class DocumentLoaded(Message):
    """A document was read, run through the detector and merged with the labels."""

    work: DocumentWork
    """The document's quotes."""
    index: int
    """Its position in the corpus."""
    focus: str | int | None
    """The quote to focus: an id, a position in the document's quotes, or None for the first
    open one."""
    nothing_open: bool = False
    """Whether it was loaded as the place to resume (or ``g``) found no open work anywhere."""


@dataclass
class DocumentFailed(Message):
    """A document could not be read."""

    index: int
    """Its position in the corpus."""
    message: str
    """Why, naming file and line."""


@dataclass
class ProgressFilled(Message):
    """More documents' progress became known (the list and the bar should redraw)."""

    def can_replace(self, message: Message) -> bool:
        """A newer one makes an older one pointless."""
        return isinstance(message, ProgressFilled)
