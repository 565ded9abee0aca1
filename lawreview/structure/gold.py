"""Extraction measured against hand-written gold: which provisions were found,
with the right page and heading.

A gold file (`corpora/gold/<law>.structure.json`) lists every provision of a
sample law in document order as `{"eid", "heading", "page"}`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lawreview.model import Law, LawreviewError


@dataclass(frozen=True)
class StructureScore:
    """How one extraction compares with its gold."""

    law: str
    gold_count: int
    found_count: int
    matched: int
    missing: tuple[str, ...]
    """Gold eIds the extraction lacks."""
    extra: tuple[str, ...]
    """Extracted eIds the gold lacks."""
    wrong_page: tuple[tuple[str, int, int], ...]
    """(eid, gold page, extracted page) for matched provisions."""
    wrong_heading: tuple[tuple[str, str | None, str | None], ...]

    @property
    def precision(self) -> float:
        return self.matched / self.found_count if self.found_count else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_count if self.gold_count else 0.0

    @property
    def exact(self) -> bool:
        return not (self.missing or self.extra or self.wrong_page or self.wrong_heading)


def load_gold(path: Path) -> dict[str, Any]:
    """A gold structure file, checked for the keys scoring needs."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise LawreviewError(f"cannot be read as gold JSON ({error})", str(path)) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("provisions"), list):
        raise LawreviewError('needs a "provisions" list of {eid, heading, page}', str(path))
    return gold


def score_structure(
    law: Law, gold: dict[str, Any], *, pages: bool = True, headings: bool = True
) -> StructureScore:
    """Compare a law's provisions with the gold's, provision by provision.

    `pages=False` skips page checks (formats without pages: text, HTML).
    """
    expected = {item["eid"]: item for item in gold["provisions"]}
    found = {p.eid: p for p in law.walk()}
    matched = [eid for eid in expected if eid in found]
    wrong_page = tuple(
        (eid, expected[eid]["page"], found[eid].page)
        for eid in matched
        if pages and expected[eid].get("page") != found[eid].page
    )
    wrong_heading = tuple(
        (eid, expected[eid].get("heading"), found[eid].heading)
        for eid in matched
        if headings and expected[eid].get("heading") != found[eid].heading
    )
    return StructureScore(
        law=str(gold.get("law", law.document.path)),
        gold_count=len(expected),
        found_count=len(found),
        matched=len(matched),
        missing=tuple(eid for eid in expected if eid not in found),
        extra=tuple(eid for eid in found if eid not in expected),
        wrong_page=wrong_page,
        wrong_heading=wrong_heading,
    )
