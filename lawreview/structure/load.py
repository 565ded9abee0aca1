"""lawreview/law@1 JSON back into a `Law`: the inverse of `export.law_dict`.

The law@1 contract holds the cleaned text, not how it splits into the
document's paragraphs; `paragraph_layout` gives those (page, page_end, start,
end per paragraph) so that `law_from_dict(law_dict(law), paragraph_layout(law))`
rebuilds `law` exactly. The extraction cache stores both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lawreview.model import (
    Definition,
    Document,
    Law,
    LawreviewError,
    Paragraph,
    Provision,
    Reference,
)
from lawreview.structure.export import LAW_SCHEMA

Layout = Sequence[Sequence[int]]
"""One [page, page_end, start, end] per paragraph of the document."""


def paragraph_layout(law: Law) -> list[list[int]]:
    """Where each paragraph of the law's document lies: page, page_end, start, end."""
    return [[p.page, p.page_end, p.start, p.end] for p in law.document.paragraphs]


def law_from_dict(
    data: Any, layout: Layout | None = None, document_warnings: Sequence[str] = ()
) -> Law:
    """Rebuild a `Law` from its lawreview/law@1 data.

    With the `layout` of its paragraphs (and the document's own warnings) the
    result equals the law that was exported; without it, each line of the text
    becomes a paragraph on the page of the innermost provision that holds it.
    Raises `LawreviewError` for data that is not law@1 (a missing key, a wrong
    type): the caller decides whether that is fatal.
    """
    try:
        if data["schema"] != LAW_SCHEMA:
            raise LawreviewError(f"not {LAW_SCHEMA} data (schema {data['schema']!r})")
        text: str = data["text"]
        provisions = tuple(_provision(p) for p in data["provisions"])
        source = data["source"]
        document = Document(
            path=str(source["path"]),
            sha256=str(source["sha256"]),
            media_type=str(source["media_type"]),
            page_count=int(source["page_count"]),
            paragraphs=_paragraphs(text, layout, provisions),
            title=source["title"],
            warnings=tuple(str(w) for w in document_warnings),
        )
        return Law(
            document=document,
            provisions=provisions,
            definitions=tuple(
                Definition(d["term"], d["meaning"], d["eid"], d["page"], d["scope"])
                for d in data["definitions"]
            ),
            references=tuple(
                Reference(
                    r["text"], r["source_eid"], r["start"], r["end"], r["target_eid"], r["external"]
                )
                for r in data["references"]
            ),
            warnings=tuple(str(w) for w in data["warnings"]),
            style=str(data["style"]),
        )
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise LawreviewError(
            f"not valid {LAW_SCHEMA} data ({type(error).__name__}: {error})"
        ) from None


def _provision(data: dict[str, Any]) -> Provision:
    return Provision(
        eid=data["eid"],
        kind=data["kind"],
        num=data["num"],
        heading=data["heading"],
        text=data["text"],
        page=data["page"],
        page_end=data["page_end"],
        start=data["start"],
        end=data["end"],
        children=tuple(_provision(child) for child in data["children"]),
        wrap_up=data["wrap_up"],
    )


def _paragraphs(
    text: str, layout: Layout | None, provisions: tuple[Provision, ...]
) -> tuple[Paragraph, ...]:
    if layout is not None:
        return tuple(
            Paragraph(text[start:end], page, page_end, start, end)
            for page, page_end, start, end in layout
        )
    units = [p for top in provisions for p in top.walk()]
    paragraphs = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        holders = [p for p in units if p.start <= start < p.end]
        page = holders[-1].page if holders else 1
        paragraphs.append(Paragraph(line, page, page, start, end))
        start = end + 1
    return tuple(paragraphs)
