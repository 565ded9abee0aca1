"""Composes the stages into the library's verbs; the CLI calls only these."""

from __future__ import annotations

from pathlib import Path

from lawreview import ingest, structure
from lawreview.model import Law, LawreviewError
from lawreview.standards import catalogue as list_standards
from lawreview.standards import describe as describe_standard
from lawreview.standards import load_standards, validate_standards
from lawreview.structure.export import render_law
from lawreview.structure.gold import StructureScore, load_gold, score_structure


def extract(path: str | Path, *, password: str | None = None, ocr: bool = False) -> Law:
    """Read a legislation file (.pdf, .txt, .docx, .html) into its provision tree.

    Raises `InputError` (or a subclass) for files that cannot be read.
    """
    document = ingest.read(Path(path), password=password, ocr=ocr)
    return structure.parse(document)


def evaluate_structure(gold_files: list[Path]) -> list[StructureScore]:
    """Extract each gold file's source law and score it against the gold.

    A gold file's `source` is a path relative to the repository that holds the
    gold (`corpora/gold/x.json` -> the directory above `corpora/`), or absolute.
    """
    scores = []
    for gold_file in gold_files:
        gold = load_gold(gold_file)
        source = Path(str(gold.get("source", "")))
        candidates = [source, gold_file.resolve().parents[2] / source]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            raise LawreviewError(f"its source {source} does not exist", str(gold_file))
        scores.append(score_structure(extract(path), gold))
    return scores


__all__ = [
    "describe_standard",
    "evaluate_structure",
    "extract",
    "list_standards",
    "load_standards",
    "render_law",
    "validate_standards",
]
