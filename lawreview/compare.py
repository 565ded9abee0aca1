"""Assessments side by side: several jurisdictions, or two versions of one law.

- `compare`: assessments of several jurisdictions in, a `Comparison` out: the
  matrix of requirements by jurisdiction, heat maps by theme and by instrument,
  the requirements most jurisdictions miss; filtered by instrument, theme or
  status on request.
- `diff`: an old and a new assessment of one jurisdiction in, a `VersionDiff`
  out: gaps closed and opened, other status changes, evidence that moved to
  other provisions or whose words changed, requirements added or removed by a
  new checklist version.
- `render_comparison` / `render_diff`: those as html (self-contained: inline
  CSS, no scripts fetched, status always written out, never shown by colour
  alone), md, csv (comparison) or json.

The final status of each finding is used (the reviewer's, where a decision was
applied); an overridden status is marked, with the machine's beside it.
Imports only `lawreview.model` (and jinja2): a sibling stage.
"""

from __future__ import annotations

import csv
import dataclasses
import difflib
import io
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2

from lawreview.model import STATUSES, Assessment, Finding

GAP_STATUSES = ("partial", "missing", "conflict")
"""Statuses that are a gap to close."""
MET_STATUSES = ("compliant", "not_applicable")
SYMBOLS = {
    "compliant": "✓",
    "partial": "◐",
    "missing": "✗",
    "conflict": "⚠",
    "not_applicable": "–",
    "needs_review": "?",
}
LABELS = {status: status.replace("_", " ") for status in STATUSES}
SEVERITY = {"compliant": 0, "not_applicable": 0, "partial": 1, "missing": 2, "conflict": 3}
"""Order of statuses from met to worst gap; needs_review is outside it."""
COMPARISON_FORMATS = ("html", "csv", "md", "json")
DIFF_FORMATS = ("html", "md", "json")
COMPARISON_SCHEMA = "lawreview/comparison@1"
DIFF_SCHEMA = "lawreview/diff@1"


# --- data ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One jurisdiction's final status on one requirement."""

    status: str
    confidence: float
    citations: tuple[str, ...] = ()
    machine_status: str | None = None
    """The machine's status when a reviewer's decision overrides it."""
    reviewer: str | None = None
    stale: bool = False
    """A reviewer's decision exists but is stale (not applied)."""

    @property
    def overridden(self) -> bool:
        return self.machine_status is not None

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.status]

    @property
    def label(self) -> str:
        """The status in words, with the override and staleness marked."""
        text = LABELS[self.status]
        if self.machine_status is not None:
            text += f" (reviewed; machine: {LABELS[self.machine_status]})"
        if self.stale:
            text += " (stale decision)"
        return text


@dataclass(frozen=True)
class MatrixRow:
    """A requirement and every jurisdiction's cell (None: not assessed there)."""

    requirement_id: str
    instrument: str
    article: str
    title: str
    theme: str
    strength: str
    cells: tuple[Cell | None, ...]

    @property
    def assessed(self) -> int:
        return sum(cell is not None for cell in self.cells)

    @property
    def gaps(self) -> int:
        """Jurisdictions where this requirement is partial, missing or in conflict."""
        return sum(cell is not None and cell.status in GAP_STATUSES for cell in self.cells)

    @property
    def hard_gaps(self) -> int:
        """Jurisdictions where it is missing or in conflict."""
        return sum(
            cell is not None and cell.status in ("missing", "conflict") for cell in self.cells
        )


@dataclass(frozen=True)
class HeatCell:
    """Status counts of a group of requirements in one jurisdiction, and a score."""

    counts: tuple[tuple[str, int], ...]
    """(status, count) in `STATUSES` order."""

    @property
    def assessed(self) -> int:
        return sum(count for _, count in self.counts)

    @property
    def score(self) -> float | None:
        """(compliant + half of partial) / (assessed - not applicable); None if nothing counts."""
        counts = dict(self.counts)
        scored = self.assessed - counts["not_applicable"]
        if scored <= 0:
            return None
        return (counts["compliant"] + 0.5 * counts["partial"]) / scored

    @property
    def percent(self) -> str:
        score = self.score
        return "n/a" if score is None else f"{round(score * 100)}%"

    @property
    def hue(self) -> int:
        """0 (red) to 120 (green): the background tint of the heat map cell."""
        score = self.score
        return 0 if score is None else round(score * 120)


@dataclass(frozen=True)
class HeatRow:
    group: str
    cells: tuple[HeatCell, ...]


@dataclass(frozen=True)
class Comparison:
    """Several jurisdictions' assessments side by side."""

    jurisdictions: tuple[str, ...]
    documents: tuple[tuple[str, ...], ...]
    """Per jurisdiction, the titles (or paths) of the laws reviewed."""
    rows: tuple[MatrixRow, ...]
    by_theme: tuple[HeatRow, ...]
    by_instrument: tuple[HeatRow, ...]
    most_missed: tuple[MatrixRow, ...]
    filters: tuple[str, ...] = ()
    """The filters applied, in words."""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatusChange:
    """A requirement whose final status differs between two versions."""

    requirement_id: str
    instrument: str
    article: str
    title: str
    theme: str
    old: Cell
    new: Cell
    kind: str
    """closed, opened, improved, worsened or changed."""


@dataclass(frozen=True)
class AmendedText:
    """A provision cited in both versions whose words changed, and the
    requirements that cite it."""

    eid: str
    citation: str
    old: str
    new: str
    requirements: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceChange:
    """A requirement whose evidence moved to other provisions."""

    requirement_id: str
    title: str
    old_status: str
    new_status: str
    removed: tuple[tuple[str, str], ...] = ()
    """(eid, citation) cited before and no longer."""
    added: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RequirementDelta:
    """A requirement assessed in only one of the two versions."""

    requirement_id: str
    instrument: str
    article: str
    title: str
    status: str


@dataclass(frozen=True)
class VersionDiff:
    """Two assessments of one jurisdiction: what the new version changed."""

    jurisdiction: str
    old_label: str
    new_label: str
    old_standards: str
    new_standards: str
    changes: tuple[StatusChange, ...]
    evidence: tuple[EvidenceChange, ...]
    amended: tuple[AmendedText, ...]
    added: tuple[RequirementDelta, ...]
    removed: tuple[RequirementDelta, ...]
    unchanged: int
    warnings: tuple[str, ...] = field(default=())

    def of_kind(self, *kinds: str) -> tuple[StatusChange, ...]:
        return tuple(c for c in self.changes if c.kind in kinds)

    @property
    def closed(self) -> tuple[StatusChange, ...]:
        return self.of_kind("closed")

    @property
    def opened(self) -> tuple[StatusChange, ...]:
        return self.of_kind("opened")

    @property
    def other(self) -> tuple[StatusChange, ...]:
        return self.of_kind("improved", "worsened", "changed")


# --- building ----------------------------------------------------------------------


def cell(finding: Finding) -> Cell:
    """A finding's final status, as a matrix cell."""
    review = finding.review
    return Cell(
        status=finding.status,
        confidence=finding.confidence,
        citations=tuple(dict.fromkeys(e.citation for e in finding.evidence)),
        machine_status=review.machine_status if review and review.overridden else None,
        reviewer=review.reviewer if review and not review.stale else None,
        stale=bool(review and review.stale),
    )


def jurisdiction_label(assessment: Assessment) -> str:
    """The jurisdiction's name, else the first law's title or file."""
    if assessment.jurisdiction:
        return assessment.jurisdiction
    first = assessment.documents[0] if assessment.documents else None
    return (first.title or first.path) if first else "unnamed"


def compare(
    assessments: Sequence[Assessment],
    *,
    labels: Sequence[str] | None = None,
    instruments: Collection[str] = (),
    themes: Collection[str] = (),
    statuses: Collection[str] = (),
    gaps_only: bool = False,
) -> Comparison:
    """Several assessments (one per jurisdiction) side by side.

    Rows are the requirements of any assessment, in the order first met; a
    filter keeps the rows of the given instruments and themes, and with
    `statuses` (or `gaps_only`: partial, missing, conflict) the rows where at
    least one jurisdiction has such a status. Heat maps and the most-missed
    list are computed over the rows kept."""
    names = _unique(list(labels) if labels else [jurisdiction_label(a) for a in assessments])
    by_id = [{f.requirement_id: f for f in a.findings} for a in assessments]
    order: dict[str, Finding] = {}
    for assessment in assessments:
        for finding in assessment.findings:
            order.setdefault(finding.requirement_id, finding)
    wanted = set(statuses) | (set(GAP_STATUSES) if gaps_only else set())
    rows = []
    for requirement_id, first in order.items():
        if instruments and first.instrument not in instruments:
            continue
        if themes and first.theme not in themes:
            continue
        cells = tuple(
            cell(findings[requirement_id]) if requirement_id in findings else None
            for findings in by_id
        )
        if wanted and not any(c is not None and c.status in wanted for c in cells):
            continue
        rows.append(
            MatrixRow(
                requirement_id=requirement_id,
                instrument=first.instrument,
                article=first.article,
                title=first.title,
                theme=first.theme,
                strength=first.strength,
                cells=cells,
            )
        )
    most_missed = sorted(
        (row for row in rows if row.gaps * 2 > row.assessed),
        key=lambda row: (-row.gaps, -row.hard_gaps),
    )
    filters = [
        f"{name}: {', '.join(sorted(values))}"
        for name, values in (
            ("instrument", instruments),
            ("theme", themes),
            ("status", wanted),
        )
        if values
    ]
    return Comparison(
        jurisdictions=tuple(names),
        documents=tuple(tuple(d.title or d.path for d in a.documents) for a in assessments),
        rows=tuple(rows),
        by_theme=_heat(rows, len(assessments), lambda row: row.theme),
        by_instrument=_heat(rows, len(assessments), lambda row: row.instrument),
        most_missed=tuple(most_missed),
        filters=tuple(filters),
        warnings=_checklist_warnings(assessments, names),
    )


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _heat(
    rows: list[MatrixRow], columns: int, group: Callable[[MatrixRow], str]
) -> tuple[HeatRow, ...]:
    groups: dict[str, list[MatrixRow]] = {}
    for row in rows:
        groups.setdefault(group(row), []).append(row)
    heat = []
    for name, members in groups.items():
        cells = []
        for index in range(columns):
            found = [row.cells[index] for row in members]
            cells.append(
                HeatCell(
                    tuple(
                        (status, sum(c is not None and c.status == status for c in found))
                        for status in STATUSES
                    )
                )
            )
        heat.append(HeatRow(name, tuple(cells)))
    return tuple(sorted(heat, key=lambda row: row.group))


def _checklist_warnings(assessments: Sequence[Assessment], names: Sequence[str]) -> tuple[str, ...]:
    warnings = []
    versions = {a.standards_version for a in assessments}
    if len(versions) > 1:
        warnings.append(
            "the assessments used different checklist versions: "
            + "; ".join(f"{n}: {a.standards_version}" for n, a in zip(names, assessments))
        )
    profiles = {a.profile for a in assessments}
    if len(profiles) > 1:
        warnings.append(
            "the assessments used different profiles: "
            + "; ".join(f"{n}: {a.profile or 'none'}" for n, a in zip(names, assessments))
        )
    return tuple(warnings)


def diff(old: Assessment, new: Assessment) -> VersionDiff:
    """What changed from `old` to `new` (two assessments of one jurisdiction)."""
    old_by_id = {f.requirement_id: f for f in old.findings}
    new_by_id = {f.requirement_id: f for f in new.findings}
    changes: list[StatusChange] = []
    moves: list[EvidenceChange] = []
    amended: dict[str, AmendedText] = {}
    unchanged = 0
    for requirement_id, after in new_by_id.items():
        before = old_by_id.get(requirement_id)
        if before is None:
            continue
        if before.status != after.status:
            changes.append(
                StatusChange(
                    requirement_id=requirement_id,
                    instrument=after.instrument,
                    article=after.article,
                    title=after.title,
                    theme=after.theme,
                    old=cell(before),
                    new=cell(after),
                    kind=change_kind(before.status, after.status),
                )
            )
        else:
            unchanged += 1
        moved = _evidence_change(before, after)
        if moved is not None:
            moves.append(moved)
        for text in _amended_texts(before, after):
            known = amended.setdefault(text.eid, text)
            amended[text.eid] = dataclasses.replace(
                known, requirements=(*known.requirements, requirement_id)
            )
    warnings = []
    if old.jurisdiction != new.jurisdiction:
        warnings.append(
            f"the jurisdictions differ ({old.jurisdiction or 'unnamed'} and "
            f"{new.jurisdiction or 'unnamed'}): use `lawreview compare` for different countries"
        )
    if old.profile != new.profile:
        warnings.append(f"the profiles differ: {old.profile or 'none'} and {new.profile or 'none'}")
    return VersionDiff(
        jurisdiction=jurisdiction_label(new),
        old_label=_version_label(old),
        new_label=_version_label(new),
        old_standards=old.standards_version,
        new_standards=new.standards_version,
        changes=tuple(changes),
        evidence=tuple(moves),
        amended=tuple(amended.values()),
        added=tuple(_delta(f) for i, f in new_by_id.items() if i not in old_by_id),
        removed=tuple(_delta(f) for i, f in old_by_id.items() if i not in new_by_id),
        unchanged=unchanged,
        warnings=tuple(warnings),
    )


def change_kind(old: str, new: str) -> str:
    """closed (a gap met), opened (met, now a gap), improved, worsened, or changed
    (to or from needs_review, or between compliant and not_applicable)."""
    if old in GAP_STATUSES and new in MET_STATUSES:
        return "closed"
    if old in MET_STATUSES and new in GAP_STATUSES:
        return "opened"
    if old in SEVERITY and new in SEVERITY and SEVERITY[old] != SEVERITY[new]:
        return "improved" if SEVERITY[new] < SEVERITY[old] else "worsened"
    return "changed"


def _version_label(assessment: Assessment) -> str:
    return "; ".join(f"{d.title or d.path} ({d.path})" for d in assessment.documents)


def _delta(finding: Finding) -> RequirementDelta:
    return RequirementDelta(
        finding.requirement_id, finding.instrument, finding.article, finding.title, finding.status
    )


def _quotes(finding: Finding) -> dict[str, tuple[str, str]]:
    """eid -> (citation, the provision's quoted words, whitespace collapsed)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for evidence in finding.evidence:
        _, quotes = out.setdefault(evidence.eid, (evidence.citation, []))
        quote = " ".join(evidence.quote.split())
        if quote not in quotes:
            quotes.append(quote)
    return {eid: (citation, " … ".join(quotes)) for eid, (citation, quotes) in out.items()}


def _evidence_change(before: Finding, after: Finding) -> EvidenceChange | None:
    old, new = _quotes(before), _quotes(after)
    removed = tuple((eid, old[eid][0]) for eid in old if eid not in new)
    added = tuple((eid, new[eid][0]) for eid in new if eid not in old)
    if not (removed or added):
        return None
    return EvidenceChange(
        before.requirement_id, after.title, before.status, after.status, removed, added
    )


def _amended_texts(before: Finding, after: Finding) -> list[AmendedText]:
    """Provisions both versions cite for this requirement whose words differ."""
    old, new = _quotes(before), _quotes(after)
    return [
        AmendedText(eid, new[eid][0], old[eid][1], new[eid][1])
        for eid in new
        if eid in old and old[eid][1] != new[eid][1]
    ]


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The words of `old` and `new` as runs: (" ", kept), ("-", removed), ("+", added)."""
    a, b = old.split(), new.split()
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            runs.append((" ", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(b[j1:j2])))
    return runs


# --- plain data ----------------------------------------------------------------------


def _cell_dict(value: Cell | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "status": value.status,
        "confidence": value.confidence,
        "citations": list(value.citations),
        "overridden": value.overridden,
        "machine_status": value.machine_status,
        "reviewer": value.reviewer,
        "stale": value.stale,
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain data (`lawreview/comparison@1`)."""

    def heat(rows: tuple[HeatRow, ...]) -> list[dict[str, Any]]:
        return [
            {
                "group": row.group,
                "cells": {
                    name: {"counts": dict(c.counts), "score": c.score}
                    for name, c in zip(comparison.jurisdictions, row.cells)
                },
            }
            for row in rows
        ]

    return {
        "schema": COMPARISON_SCHEMA,
        "jurisdictions": [
            {"name": name, "documents": list(documents)}
            for name, documents in zip(comparison.jurisdictions, comparison.documents)
        ],
        "filters": list(comparison.filters),
        "warnings": list(comparison.warnings),
        "matrix": [
            {
                "requirement_id": row.requirement_id,
                "instrument": row.instrument,
                "article": row.article,
                "title": row.title,
                "theme": row.theme,
                "strength": row.strength,
                "gaps": row.gaps,
                "cells": {
                    name: _cell_dict(c) for name, c in zip(comparison.jurisdictions, row.cells)
                },
            }
            for row in comparison.rows
        ],
        "heat_by_theme": heat(comparison.by_theme),
        "heat_by_instrument": heat(comparison.by_instrument),
        "most_missed": [
            {"requirement_id": row.requirement_id, "gaps": row.gaps, "assessed": row.assessed}
            for row in comparison.most_missed
        ],
    }


def diff_dict(version_diff: VersionDiff) -> dict[str, Any]:
    """The diff as plain data (`lawreview/diff@1`)."""

    def change(item: StatusChange) -> dict[str, Any]:
        return {
            "requirement_id": item.requirement_id,
            "instrument": item.instrument,
            "article": item.article,
            "title": item.title,
            "theme": item.theme,
            "kind": item.kind,
            "old": _cell_dict(item.old),
            "new": _cell_dict(item.new),
        }

    def delta(item: RequirementDelta) -> dict[str, Any]:
        return {
            "requirement_id": item.requirement_id,
            "instrument": item.instrument,
            "article": item.article,
            "title": item.title,
            "status": item.status,
        }

    def pairs(items: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
        return [{"eid": eid, "citation": citation} for eid, citation in items]

    return {
        "schema": DIFF_SCHEMA,
        "jurisdiction": version_diff.jurisdiction,
        "old": {"laws": version_diff.old_label, "standards_version": version_diff.old_standards},
        "new": {"laws": version_diff.new_label, "standards_version": version_diff.new_standards},
        "warnings": list(version_diff.warnings),
        "summary": {
            "closed": len(version_diff.closed),
            "opened": len(version_diff.opened),
            "other_changes": len(version_diff.other),
            "evidence_moved": len(version_diff.evidence),
            "provisions_amended": len(version_diff.amended),
            "added": len(version_diff.added),
            "removed": len(version_diff.removed),
            "unchanged": version_diff.unchanged,
        },
        "closed": [change(c) for c in version_diff.closed],
        "opened": [change(c) for c in version_diff.opened],
        "changed": [change(c) for c in version_diff.other],
        "evidence": [
            {
                "requirement_id": e.requirement_id,
                "title": e.title,
                "old_status": e.old_status,
                "new_status": e.new_status,
                "removed": pairs(e.removed),
                "added": pairs(e.added),
            }
            for e in version_diff.evidence
        ],
        "amended": [
            {
                "eid": a.eid,
                "citation": a.citation,
                "old": a.old,
                "new": a.new,
                "requirements": list(a.requirements),
            }
            for a in version_diff.amended
        ],
        "added": [delta(d) for d in version_diff.added],
        "removed": [delta(d) for d in version_diff.removed],
    }


# --- rendering --------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("lawreview", "compare_templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        SYMBOLS=SYMBOLS, LABELS=LABELS, STATUSES=STATUSES, dict=dict, word_diff=word_diff
    )
    return env


def render_comparison(comparison: Comparison, output_format: str) -> str:
    """The comparison as html, csv, md or json text."""
    if output_format == "html":
        return _environment().get_template("comparison.html.j2").render(c=comparison)
    if output_format == "csv":
        return _comparison_csv(comparison)
    if output_format == "md":
        return _comparison_md(comparison)
    if output_format == "json":
        return json.dumps(comparison_dict(comparison), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown comparison format {output_format!r}")


def render_diff(version_diff: VersionDiff, output_format: str) -> str:
    """The diff as html, md or json text."""
    if output_format == "html":
        return _environment().get_template("diff.html.j2").render(d=version_diff)
    if output_format == "md":
        return _diff_md(version_diff)
    if output_format == "json":
        return json.dumps(diff_dict(version_diff), ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown diff format {output_format!r}")


def _comparison_csv(comparison: Comparison) -> str:
    """One row per requirement, one status column per jurisdiction; overrides
    are listed in a last column so that status columns stay plain values."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "requirement",
            "instrument",
            "article",
            "title",
            "theme",
            "strength",
            *comparison.jurisdictions,
            "gaps",
            "reviewer overrides",
        ]
    )
    for row in comparison.rows:
        overrides = [
            f"{name}: {c.machine_status} -> {c.status} ({c.reviewer})"
            for name, c in zip(comparison.jurisdictions, row.cells)
            if c is not None and c.overridden
        ]
        writer.writerow(
            [
                row.requirement_id,
                row.instrument,
                row.article,
                row.title,
                row.theme,
                row.strength,
                *(c.status if c is not None else "" for c in row.cells),
                row.gaps,
                "; ".join(overrides),
            ]
        )
    return buffer.getvalue()


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _md_cell(value: Cell | None) -> str:
    if value is None:
        return "not assessed"
    text = f"{value.symbol} {LABELS[value.status]}"
    if value.machine_status is not None:
        text += f" (reviewed; machine: {LABELS[value.machine_status]})"
    if value.stale:
        text += " (stale decision)"
    return text


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(_md(h) for h in header) + " |",
        "|" + "|".join(" --- " for _ in header) + "|",
    ]
    lines.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in rows)
    return lines


def _legend() -> str:
    return "Legend: " + ", ".join(f"{SYMBOLS[s]} {LABELS[s]}" for s in STATUSES) + "."


def _comparison_md(comparison: Comparison) -> str:
    names = comparison.jurisdictions
    out = [
        f"# Comparison of {len(names)} jurisdictions",
        "",
        "An automated first reading of the law on the books, not legal advice. "
        "Statuses are final: a reviewer's decision, where one was applied, is marked "
        "with the machine's status beside it.",
        "",
        _legend(),
        "",
        "## Jurisdictions",
        "",
    ]
    out.extend(f"- **{_md(n)}**: {_md('; '.join(d))}" for n, d in zip(names, comparison.documents))
    if comparison.filters:
        out += ["", "Filters: " + "; ".join(comparison.filters) + "."]
    out.extend(f"\n> Warning: {w}" for w in comparison.warnings)
    score_note = (
        "Score: (compliant + half of partial) / (requirements assessed - not applicable); "
        "counts as ✓ compliant / ◐ partial / ✗ missing / ⚠ conflict."
    )
    for title, heat in (("theme", comparison.by_theme), ("instrument", comparison.by_instrument)):
        out += ["", f"## Heat map by {title}", "", score_note, ""]
        out += _md_table(
            [title, *names],
            [[row.group, *(_md_heat(c) for c in row.cells)] for row in heat],
        )
    out += [
        "",
        "## Requirements most jurisdictions miss",
        "",
        "Partial, missing or in conflict in more than half of the jurisdictions "
        "that assessed them.",
        "",
    ]
    if comparison.most_missed:
        out += _md_table(
            ["requirement", "title", "gaps", *names],
            [
                [
                    row.requirement_id,
                    row.title,
                    f"{row.gaps} of {row.assessed}",
                    *(_md_cell(c) for c in row.cells),
                ]
                for row in comparison.most_missed
            ],
        )
    else:
        out.append("None.")
    out += ["", "## Matrix", ""]
    out += _md_table(
        ["requirement", "instrument", "article", "title", "theme", *names],
        [
            [
                row.requirement_id,
                row.instrument,
                row.article,
                row.title,
                row.theme,
                *(_md_cell(c) for c in row.cells),
            ]
            for row in comparison.rows
        ],
    )
    return "\n".join(out) + "\n"


def _md_heat(value: HeatCell) -> str:
    counts = dict(value.counts)
    return (
        f"{value.percent} · {counts['compliant']}✓ {counts['partial']}◐ "
        f"{counts['missing']}✗ {counts['conflict']}⚠"
    )


def _diff_md(version_diff: VersionDiff) -> str:
    d = version_diff
    out = [
        f"# What changed: {_md(d.jurisdiction)}",
        "",
        f"- Before: {_md(d.old_label)}",
        f"- After: {_md(d.new_label)}",
        "",
        f"**{len(d.closed)} gaps closed, {len(d.opened)} gaps opened, "
        f"{len(d.other)} other status changes, {len(d.amended)} cited provisions amended, "
        f"{len(d.evidence)} requirements whose evidence moved, {len(d.added)} requirements "
        f"added and {len(d.removed)} removed by the checklist; "
        f"{d.unchanged} statuses unchanged.**",
        "",
        _legend(),
    ]
    out.extend(f"\n> Warning: {w}" for w in d.warnings)
    if d.old_standards != d.new_standards:
        out += [
            "",
            f"Checklists: before {_md(d.old_standards)}; after {_md(d.new_standards)}.",
        ]
    for title, changes in (
        ("Gaps closed", d.closed),
        ("Gaps opened", d.opened),
        ("Other status changes", d.other),
    ):
        out += ["", f"## {title}", ""]
        if not changes:
            out.append("None.")
            continue
        out += _md_table(
            ["requirement", "title", "before", "after", "change", "provisions now"],
            [
                [
                    c.requirement_id,
                    c.title,
                    _md_cell(c.old),
                    _md_cell(c.new),
                    c.kind,
                    ", ".join(c.new.citations) or "none",
                ]
                for c in changes
            ],
        )
    out += ["", "## Provisions amended", "", "~~Old words~~ and **new words**.", ""]
    if not d.amended:
        out.append("None.")
    for a in d.amended:
        words = " ".join(
            _md(text) if op == " " else f"~~{_md(text)}~~" if op == "-" else f"**{_md(text)}**"
            for op, text in word_diff(a.old, a.new)
        )
        out.append(f"- **{_md(a.citation)}** (cited for {', '.join(a.requirements)}): {words}")
    out += ["", "## Evidence that moved to other provisions", ""]
    if not d.evidence:
        out.append("None.")
    for e in d.evidence:
        status = (
            LABELS[e.new_status]
            if e.old_status == e.new_status
            else f"{LABELS[e.old_status]} -> {LABELS[e.new_status]}"
        )
        out.append(f"- **{e.requirement_id}** {_md(e.title)} ({status})")
        if e.removed:
            out.append(f"  - no longer cited: {', '.join(c for _, c in e.removed)}")
        if e.added:
            out.append(f"  - now cited: {', '.join(c for _, c in e.added)}")
    for title, deltas in (
        ("Requirements added by the checklist", d.added),
        ("Requirements removed by the checklist", d.removed),
    ):
        out += ["", f"## {title}", ""]
        if not deltas:
            out.append("None.")
            continue
        out += _md_table(
            ["requirement", "instrument", "article", "title", "status"],
            [
                [x.requirement_id, x.instrument, x.article, x.title, LABELS[x.status]]
                for x in deltas
            ],
        )
    return "\n".join(out) + "\n"
