"""The shared, immutable data classes every stage speaks.

Stages (ingest, structure, standards, analysis, report) import this module and
never each other. Everything here is a frozen dataclass: a stage returns new
objects, it never mutates the ones it was given.
"""

from __future__ import annotations

from dataclasses import dataclass

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin at the top-left of the page."""


class LawreviewError(Exception):
    """An error the user can fix: the message names the file and the fix.

    The CLI prints the message (no traceback) and exits with code 2.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputError(LawreviewError):
    """A legislation file that cannot be read: corrupt, empty, mislabelled."""


class ScannedDocumentError(InputError):
    """A PDF with no usable text layer: it must be OCRed first."""


class EncryptedDocumentError(InputError):
    """A password-protected PDF opened without (or with a wrong) password."""


# --- ingestion -------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of text as laid out on a page (or a paragraph of a text file)."""

    text: str
    page: int
    """1-based page number; 1 for formats without pages."""
    bbox: BBox | None = None
    """Position on the page; None for formats without geometry."""


@dataclass(frozen=True)
class Paragraph:
    """Lines joined into one paragraph of cleaned text."""

    text: str
    page: int
    """Page on which the paragraph starts."""
    page_end: int
    start: int
    """Offset of the paragraph's first character in `Document.text`."""
    end: int


@dataclass(frozen=True)
class Document:
    """A legislation file read and cleaned: its paragraphs in reading order."""

    path: str
    sha256: str
    media_type: str
    page_count: int
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The cleaned text: paragraphs joined by newlines (offsets index this)."""
        return "\n".join(p.text for p in self.paragraphs)


# --- structure -------------------------------------------------------------


@dataclass(frozen=True)
class Provision:
    """A unit of the law (part, chapter, section, article, subsection, point...).

    `text` is the provision's own words (its number and heading excluded, its
    children's text excluded); `start`/`end` are offsets of the whole provision,
    children included, in the cleaned `Document.text`.
    """

    eid: str
    kind: str
    num: str | None
    heading: str | None
    text: str
    page: int
    page_end: int
    start: int
    end: int
    children: tuple[Provision, ...] = ()

    def walk(self) -> tuple[Provision, ...]:
        """This provision and all its descendants, in document order."""
        out: list[Provision] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


@dataclass(frozen=True)
class Definition:
    """A term defined by the law, with the provision that defines it."""

    term: str
    meaning: str
    eid: str
    page: int
    scope: str | None = None
    """Where the definition applies, as stated ("this Part"); None if unstated."""


@dataclass(frozen=True)
class Reference:
    """A cross-reference found in a provision's text."""

    text: str
    source_eid: str
    start: int
    """Offset of the reference in the cleaned document text."""
    end: int
    target_eid: str | None
    """The provision referred to, if it is in this law and could be resolved."""
    external: str | None = None
    """The other law named ("the Penal Code"), for references outside this one."""


@dataclass(frozen=True)
class Law:
    """A legislation file parsed into its provision tree."""

    document: Document
    provisions: tuple[Provision, ...]
    definitions: tuple[Definition, ...] = ()
    references: tuple[Reference, ...] = ()
    warnings: tuple[str, ...] = ()
    style: str = "unknown"
    """The drafting style recognised (common_law, civil_law, penal_code, ...)."""

    @property
    def title(self) -> str | None:
        return self.document.title

    def walk(self) -> tuple[Provision, ...]:
        """Every provision in document order."""
        out: list[Provision] = []
        for provision in self.provisions:
            out.extend(provision.walk())
        return tuple(out)

    def find(self, eid: str) -> Provision | None:
        return next((p for p in self.walk() if p.eid == eid), None)


# --- standards ---------------------------------------------------------------
# Instruments, requirements, elements, parameters, links and profiles:
# the data `lawreview.standards` loads from the YAML checklists.

