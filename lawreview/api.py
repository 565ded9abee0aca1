"""Composes the stages into the library's verbs; the CLI calls only these."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from lawreview import compare, ingest, report, review, structure
from lawreview.analysis.evaluate import Gold, Score, load_findings_gold, load_probes
from lawreview.analysis.evaluate import report as findings_report
from lawreview.analysis.serialize import assessment_dict, assessment_from_dict
from lawreview.budget import run_within
from lawreview.cache import AssessmentCache, ExtractionCache, default_cache_dir, file_sha256
from lawreview.model import (
    STATUSES,
    Assessment,
    DecisionNotice,
    DecisionSet,
    Document,
    Finding,
    Law,
    LawreviewError,
    StandardSet,
)
from lawreview.output import unique_slugs, write_atomic
from lawreview.standards import catalogue as list_standards
from lawreview.standards import describe as describe_standard
from lawreview.standards import load_standards, validate_standards
from lawreview.structure.export import render_law
from lawreview.structure.gold import StructureScore, load_gold, score_structure

if TYPE_CHECKING:
    from lawreview.batch import BatchOptions, BatchSummary, Manifest


DEFAULT_MAX_PAGES = 2000
"""The page limit of `extract` (and `--max-pages`): a PDF with more pages is refused."""


def extract(
    path: str | Path,
    *,
    password: str | None = None,
    ocr: bool = False,
    max_pages: int | None = DEFAULT_MAX_PAGES,
    timeout: float | None = None,
    max_memory_mb: int | None = None,
    cache_dir: str | Path | None = None,
) -> Law:
    """Read a legislation file (.pdf, .txt, .docx, .html) into its provision tree.

    Guards: a PDF of more than `max_pages` pages is refused before its pages
    are read; with `timeout` (seconds) or `max_memory_mb`, extraction runs in a
    child process that is stopped when it exceeds them (`lawreview.budget`).
    With `cache_dir`, a file extracted before (same content, extractor version
    and options) is read back from the cache instead (`lawreview.cache`).

    Raises `InputError` (or a subclass, `BudgetExceededError` for a guard) for
    files that cannot be read.
    """
    path = Path(path)
    store = ExtractionCache(Path(cache_dir)) if cache_dir is not None else None
    sha256 = file_sha256(path) if store is not None and path.is_file() else None
    if store is not None and sha256 is not None:
        cached = store.load(path, sha256, password=password is not None, ocr=ocr)
        if cached is not None:
            return cached
    law = run_within(
        _extract_now,
        path,
        password,
        ocr,
        max_pages,
        subject=str(path),
        timeout=timeout,
        max_memory_mb=max_memory_mb,
    )
    if store is not None and law.document.sha256 == sha256:
        store.store(law, password=password is not None, ocr=ocr)
    return law


def _extract_now(path: Path, password: str | None, ocr: bool, max_pages: int | None) -> Law:
    """The extraction itself (module level, so a spawned child can run it)."""
    return structure.parse(ingest.read(path, password=password, ocr=ocr, max_pages=max_pages))


def law_from_text(text: str, name: str = "text.txt") -> Law:
    """A law from plain text in memory (a probe, a provision pasted in a test),
    read as a .txt file would be."""
    data = text.encode("utf-8")
    lines = ingest.formats.read_text(data, Path(name))
    document = Document(
        name, hashlib.sha256(data).hexdigest(), "text/plain", 1, tuple(ingest.clean(lines, []))
    )
    return structure.parse(document)


def load_manifest(path: str | Path) -> Manifest:
    """A batch manifest, validated; `ManifestError` names the file and line of
    every problem (see `lawreview.batch`)."""
    from lawreview import batch  # batch composes this module's verbs: imported when used

    return batch.load_manifest(path)


def run_batch(
    manifest: Manifest,
    out: Path,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    options: BatchOptions | None = None,
    force: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> BatchSummary:
    """Assess every jurisdiction of a manifest, in `jobs` processes or on the
    Dask cluster at `scheduler`, and compare them (see `lawreview.batch.run_batch`)."""
    from lawreview import batch

    return batch.run_batch(
        manifest,
        out,
        jobs=jobs,
        scheduler=scheduler,
        options=options,
        force=force,
        progress=progress,
    )


def batch_options(
    *,
    max_pages: int | None = DEFAULT_MAX_PAGES,
    timeout: float | None = None,
    max_memory_mb: int | None = None,
    cache_dir: str | Path | None = None,
    standards_dirs: Sequence[str | Path] = (),
) -> BatchOptions:
    """How a batch reads its documents: budgets, cache directory (None: no cache)."""
    from lawreview import batch

    return batch.BatchOptions(
        max_pages=max_pages,
        timeout=timeout,
        max_memory_mb=max_memory_mb,
        cache_dir=str(cache_dir) if cache_dir is not None else None,
        standards_dirs=tuple(str(d) for d in standards_dirs),
    )


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
    cache_dir: str | Path | None = None,
) -> Assessment:
    """Assess a framework of laws (Laws, or paths to extract) against the
    standards (default: every requirement of the shipped library). With
    `cache_dir`, an assessment of the same laws against the same checklists by
    the same analysis is read back instead of made again."""
    framework = tuple(
        law if isinstance(law, Law) else extract(law, cache_dir=cache_dir) for law in laws
    )
    if not framework:
        raise LawreviewError("no laws to analyse; give at least one legislation file")
    chosen = standards if standards is not None else load_standards()
    assessments = AssessmentCache(Path(cache_dir)) if cache_dir is not None else None
    if assessments is not None:
        cached = assessments.load(framework, chosen, jurisdiction)
        if cached is not None:
            return cached
    from lawreview.analysis import engine  # imports spaCy: loaded when first needed

    assessment = engine.analyze(framework, chosen, jurisdiction=jurisdiction, progress=progress)
    if assessments is not None:
        assessments.store(framework, chosen, assessment)
    return assessment


def assessment_json(assessment: Assessment) -> str:
    """The assessment as lawreview/assessment@1 JSON text."""
    return json.dumps(assessment_dict(assessment), ensure_ascii=False, indent=2) + "\n"


def assessment_summary(assessment: Assessment) -> str:
    """A plain-text table of the findings: requirement, status, confidence, where."""
    lines = [f"{'requirement':16} {'status':15} {'conf':>5}  evidence"]
    for finding in assessment.findings:
        cited = ", ".join(dict.fromkeys(e.citation for e in finding.evidence[:3])) or "-"
        status = finding.status + _review_mark(finding)
        lines.append(f"{finding.requirement_id:16} {status:15} {finding.confidence:5.2f}  {cited}")
    counts = ", ".join(
        f"{status} {sum(f.status == status for f in assessment.findings)}" for status in STATUSES
    )
    lines.append(f"{len(assessment.findings)} requirements: {counts}")
    if any(f.review is not None for f in assessment.findings):
        lines.append(
            "* a reviewer's status (the machine's differs); = confirmed by a reviewer; "
            "! a stale decision, not applied"
        )
    return "\n".join(lines)


def _review_mark(finding: Finding) -> str:
    if finding.review is None:
        return ""
    if finding.review.stale:
        return "!"
    return "*" if finding.review.overridden else "="


REPORT_FORMATS = (*report.FORMATS, "json")
"""Formats `render` writes: html, docx, md, csv (reports) and json (the assessment)."""


def render(
    assessment: Assessment,
    output_format: str,
    *,
    template_dir: str | Path | None = None,
    title: str | None = None,
    standards: StandardSet | None = None,
) -> str | bytes:
    """The assessment as a report: html, docx (bytes), md or csv; or json, the
    lawreview/assessment@1 contract.

    `standards` adds each obligation in plain words and its Model Law article;
    by default the shipped checklists with the assessment's profile (the report
    does without them when they cannot be loaded). `template_dir` overrides the
    templates and labels.yaml; `title` the report's title.
    """
    if output_format == "json":
        return assessment_json(assessment)
    if output_format not in report.FORMATS:
        raise LawreviewError(
            f"unknown report format {output_format}; choose among {', '.join(REPORT_FORMATS)}"
        )
    return report.render(
        assessment,
        output_format,
        template_dir=template_dir,
        title=title,
        standards=standards if standards is not None else _report_standards(assessment),
    )


def _report_standards(assessment: Assessment) -> StandardSet | None:
    """The shipped checklists with the assessment's profile, if they load."""
    for profile in (assessment.profile, None):
        try:
            return load_standards(profile=profile)
        except LawreviewError:
            continue
    return None


def read_assessment(path: str | Path) -> Assessment:
    """An assessment.json written by `lawreview analyze`, read back."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LawreviewError(f"cannot be read as JSON ({error})", str(path)) from None
    return assessment_from_dict(data, str(path))


# --- reviewer decisions ---------------------------------------------------------


def init_decisions(assessment: Assessment) -> str:
    """The text of a new decision file: one undecided entry per finding."""
    return review.init_decisions(assessment)


def load_decisions(path: str | Path) -> DecisionSet:
    """A decision file, validated; `DecisionsError` names the file and line of
    every problem."""
    return review.load_decisions(path)


def apply_decisions(
    assessment: Assessment,
    decisions: DecisionSet | str | Path,
    standards: StandardSet | None = None,
) -> Assessment:
    """The assessment with the reviewer's decisions applied: final statuses,
    and a `Review` on every decided finding (stale ones not applied).

    A decision on a requirement that is neither assessed nor in the standards
    (default: the shipped library) is an error naming its line."""
    if not isinstance(decisions, DecisionSet):
        decisions = review.load_decisions(decisions)
    assessed = {f.requirement_id for f in assessment.findings}
    known: set[str] = set()
    if any(d.requirement_id not in assessed and not d.vanished for d in decisions.decisions):
        library = standards if standards is not None else load_standards()
        known = {r.id for r in library.all_requirements()}
    return review.apply_decisions(assessment, decisions, known)


def decision_notices(reviewed: Assessment, decisions: DecisionSet) -> tuple[DecisionNotice, ...]:
    """Decisions not applied to `reviewed` (the output of `apply_decisions`):
    stale ones, and those for requirements it does not contain."""
    return review.decision_notices(reviewed, decisions)


def update_decisions(
    assessment: Assessment,
    path: str | Path,
    *,
    reconfirm: Sequence[str] = (),
    write: bool = True,
) -> review.UpdateSummary:
    """Bring the decision file at `path` up to date with `assessment`, keeping
    the reviewer's entries (see `review.update_decisions`); with `write`,
    replace the file atomically and keep the previous one as `<path>.bak`."""
    summary = review.update_decisions(assessment, review.load_decisions(path), reconfirm)
    if write:
        review.write_decisions(path, summary.text)
    return summary


# --- comparison and diff ---------------------------------------------------------


def compare_assessments(
    assessments: Sequence[Assessment],
    *,
    instruments: Sequence[str] = (),
    themes: Sequence[str] = (),
    statuses: Sequence[str] = (),
    gaps_only: bool = False,
) -> compare.Comparison:
    """Several jurisdictions' assessments side by side (see `compare.compare`)."""
    if len(assessments) < 2:
        raise LawreviewError("a comparison needs at least two assessments")
    unknown = sorted(set(statuses) - set(STATUSES))
    if unknown:
        raise LawreviewError(
            f"unknown status {', '.join(unknown)}; choose among {', '.join(STATUSES)}"
        )
    return compare.compare(
        assessments,
        instruments=instruments,
        themes=themes,
        statuses=statuses,
        gaps_only=gaps_only,
    )


def render_comparison(comparison: compare.Comparison, output_format: str) -> str:
    """The comparison as html, csv, md or json text."""
    if output_format not in compare.COMPARISON_FORMATS:
        raise LawreviewError(
            f"unknown format {output_format}; choose among {', '.join(compare.COMPARISON_FORMATS)}"
        )
    return compare.render_comparison(comparison, output_format)


COMPARISON_FORMATS = compare.COMPARISON_FORMATS
DIFF_FORMATS = compare.DIFF_FORMATS


def diff_assessments(old: Assessment, new: Assessment) -> compare.VersionDiff:
    """What changed between two assessments of one jurisdiction."""
    return compare.diff(old, new)


def render_diff(version_diff: compare.VersionDiff, output_format: str) -> str:
    """The diff as html, md or json text."""
    if output_format not in compare.DIFF_FORMATS:
        raise LawreviewError(
            f"unknown format {output_format}; choose among {', '.join(compare.DIFF_FORMATS)}"
        )
    return compare.render_diff(version_diff, output_format)


def evaluate_findings(gold_files: Sequence[Path]) -> dict[str, Score]:
    """Analyse each gold file's laws and score the findings against the gold,
    per split (tuning, heldout, incoming) and over all."""
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


def evaluate_probes(probe_files: Sequence[Path]) -> dict[str, Score]:
    """Judge every probe's text alone against its requirement (the standards'
    default parameters) and score the statuses, per split and over all."""
    standards = load_standards()
    scores: dict[str, Score] = {"all": Score()}
    for path in probe_files:
        split, probes = load_probes(path)
        for probe in probes:
            assessment = analyze([law_from_text(probe.text, f"{probe.id}.txt")], standards)
            gold = probe.gold(path, split)
            scores.setdefault(split, Score()).add(gold, assessment)
            scores["all"].add(gold, assessment)
    return scores


def _gold_source(gold: Gold, gold_file: Path, source: str) -> Path:
    candidates = [Path(source), gold_file.resolve().parents[2] / source]
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        raise LawreviewError(f"its source {source} does not exist", gold.path)
    return found


__all__ = [
    "DEFAULT_MAX_PAGES",
    "analyze",
    "apply_decisions",
    "assessment_json",
    "assessment_summary",
    "batch_options",
    "compare_assessments",
    "decision_notices",
    "default_cache_dir",
    "describe_standard",
    "diff_assessments",
    "evaluate_findings",
    "evaluate_probes",
    "evaluate_structure",
    "extract",
    "findings_report",
    "init_decisions",
    "law_from_text",
    "list_standards",
    "load_decisions",
    "load_manifest",
    "load_standards",
    "read_assessment",
    "render",
    "render_comparison",
    "render_diff",
    "render_law",
    "run_batch",
    "select_instruments",
    "unique_slugs",
    "update_decisions",
    "validate_standards",
    "write_atomic",
]
