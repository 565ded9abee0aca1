"""Composes the stages into the library's verbs; the CLI calls only these."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from lawreview import ingest, structure
from lawreview.analysis.evaluate import Gold, Score, load_findings_gold
from lawreview.analysis.evaluate import report as findings_report
from lawreview.analysis.serialize import assessment_dict, assessment_from_dict
from lawreview.model import STATUSES, Assessment, Law, LawreviewError, StandardSet
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


def select_instruments(standards: StandardSet, instrument_ids: Sequence[str]) -> StandardSet:
    """The standards narrowed to the requirements of the given instruments."""
    known = {i.id for i in standards.instruments}
    unknown = [i for i in instrument_ids if i not in known]
    if unknown:
        raise LawreviewError(
            f"unknown instrument {', '.join(unknown)}; choose among {', '.join(sorted(known))}"
        )
    chosen = set(instrument_ids)
    selected = tuple(r.id for r in standards.requirements() if r.instrument in chosen)
    return dataclasses.replace(standards, selected=selected)


def analyze(
    laws: Sequence[Law | str | Path],
    standards: StandardSet | None = None,
    *,
    jurisdiction: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Assessment:
    """Assess a framework of laws (Laws, or paths to extract) against the
    standards (default: every requirement of the shipped library)."""
    from lawreview.analysis import engine  # imports spaCy: loaded when first needed

    framework = [law if isinstance(law, Law) else extract(law) for law in laws]
    if not framework:
        raise LawreviewError("no laws to analyse; give at least one legislation file")
    return engine.analyze(
        framework,
        standards if standards is not None else load_standards(),
        jurisdiction=jurisdiction,
        progress=progress,
    )


def assessment_json(assessment: Assessment) -> str:
    """The assessment as lawreview/assessment@1 JSON text."""
    return json.dumps(assessment_dict(assessment), ensure_ascii=False, indent=2) + "\n"


def assessment_summary(assessment: Assessment) -> str:
    """A plain-text table of the findings: requirement, status, confidence, where."""
    lines = [f"{'requirement':16} {'status':15} {'conf':>5}  evidence"]
    for finding in assessment.findings:
        cited = ", ".join(dict.fromkeys(e.citation for e in finding.evidence[:3])) or "-"
        lines.append(
            f"{finding.requirement_id:16} {finding.status:15} {finding.confidence:5.2f}  {cited}"
        )
    counts = ", ".join(
        f"{status} {sum(f.status == status for f in assessment.findings)}" for status in STATUSES
    )
    lines.append(f"{len(assessment.findings)} requirements: {counts}")
    return "\n".join(lines)


def read_assessment(path: str | Path) -> Assessment:
    """An assessment.json written by `lawreview analyze`, read back."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LawreviewError(f"cannot be read as JSON ({error})", str(path)) from None
    return assessment_from_dict(data, str(path))


def evaluate_findings(gold_files: Sequence[Path]) -> dict[str, Score]:
    """Analyse each gold file's laws and score the findings against the gold,
    per split (tuning, heldout) and over all."""
    scores: dict[str, Score] = {"all": Score()}
    for gold_file in gold_files:
        gold = load_findings_gold(gold_file)
        assessment = analyze(
            [_gold_source(gold, gold_file, source) for source in gold.sources],
            load_standards(profile=gold.profile),
        )
        scores.setdefault(gold.split, Score()).add(gold, assessment)
        scores["all"].add(gold, assessment)
    return scores


def _gold_source(gold: Gold, gold_file: Path, source: str) -> Path:
    candidates = [Path(source), gold_file.resolve().parents[2] / source]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        raise LawreviewError(f"its source {source} does not exist", gold.path)
    return found


__all__ = [
    "analyze",
    "assessment_json",
    "assessment_summary",
    "describe_standard",
    "evaluate_findings",
    "evaluate_structure",
    "extract",
    "findings_report",
    "list_standards",
    "load_standards",
    "read_assessment",
    "render_law",
    "select_instruments",
    "validate_standards",
]
