"""Composes the stages into the library's verbs; the CLI calls only these."""

from __future__ import annotations

from pathlib import Path

from lawreview import ingest, structure
from lawreview.model import Law
from lawreview.structure.export import render_law


def extract(path: str | Path, *, password: str | None = None, ocr: bool = False) -> Law:
    """Read a legislation file (.pdf, .txt, .docx, .html) into its provision tree.

    Raises `InputError` (or a subclass) for files that cannot be read.
    """
    document = ingest.read(Path(path), password=password, ocr=ocr)
    return structure.parse(document)


__all__ = ["extract", "render_law"]
