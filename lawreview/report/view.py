"""An `Assessment` turned into what a report shows: rows, sections, counts.

Every writer (HTML, Word, Markdown, CSV) renders the same `ReportView`, so the
formats cannot disagree about a priority, a gap or a grouping. Reads only
`lawreview.model`; the labels come in as a plain dict (see `labels.yaml`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from lawreview.model import (
    STATUSES,
    Assessment,
    Check,
    ElementResult,
    Evidence,
    Finding,
    Requirement,
    Review,
    StandardSet,
)

THEMES = ("prosecution", "protection", "prevention", "partnership")
"""The themes of the heat map, in the order of the TIP Report's 'four Ps'."""

PRIORITIES = ("high", "medium", "low")

MANDATORY_STRENGTHS = frozenset({"shall", "shall_qualified", "recognize"})
"""Strengths that make an obligation mandatory; every other one is discretionary."""

GAP_STATUSES = frozenset({"missing", "conflict", "partial", "needs_review"})
"""Statuses that call for a recommendation (a reviewer must act on needs_review)."""

STATUS_ORDER = {"conflict": 0, "missing": 1, "partial": 2, "needs_review": 3}

LONG_QUOTE = 1200
"""Characters after which a quoted provision is shown folded in HTML."""


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def scrub(value: Any) -> Any:
    """`value` (a dataclass, tuple or string) with characters that XML cannot hold
    (control characters from a damaged PDF) replaced one for one by U+FFFD, so
    every offset into a quote still holds."""
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value)
    if isinstance(value, tuple):
        return tuple(scrub(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: scrub(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def priority(status: str, strength: str) -> str | None:
    """The priority of acting on a finding, from its status and the obligation's strength.

    A mandatory obligation missing or contradicted is `high`; a mandatory one met
    in part (or needing review) is `medium`; any gap in a discretionary obligation
    is `low`; a finding that is compliant or not applicable has no priority.
    """
    if status not in GAP_STATUSES:
        return None
    if strength not in MANDATORY_STRENGTHS:
        return "low"
    return "high" if status in ("missing", "conflict") else "medium"


def fill_state(text: str, state: str) -> str:
    """A checklist text with its `{state}` placeholder replaced by the State's name."""
    return text.replace("{state}", state)


def state_in_text(jurisdiction: str | None, labels: Mapping[str, Any]) -> str:
    """How running text names the State: "the Republic of Varanda", "Lorvia",
    or "the State" when the assessment names none."""
    if not jurisdiction:
        return str(labels["state_fallback"])
    first = jurisdiction.split(" ", 1)[0]
    if first in labels.get("state_in_text_when_first_word", ()):
        return str(labels["state_in_text"]).replace("{state}", jurisdiction)
    return jurisdiction


@dataclass(frozen=True)
class Segment:
    """A run of quoted law text, highlighted when it is words that matched."""

    text: str
    marked: bool


def segments(evidence: Evidence) -> tuple[Segment, ...]:
    """The quote of `evidence` cut into plain and matched runs.

    `Evidence.spans` are offsets into the same text as `start`/`end`; spans are
    clipped to the quote and overlapping spans merged, so no word is marked twice.
    """
    quote = evidence.quote
    spans = sorted(
        (max(0, s - evidence.start), min(len(quote), e - evidence.start)) for s, e in evidence.spans
    )
    merged: list[list[int]] = []
    for start, end in spans:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[Segment] = []
    cursor = 0
    for start, end in merged:
        if start > cursor:
            out.append(Segment(quote[cursor:start], False))
        out.append(Segment(quote[start:end], True))
        cursor = end
    if cursor < len(quote):
        out.append(Segment(quote[cursor:], False))
    return tuple(out)


@dataclass(frozen=True)
class Quote:
    """A quoted national provision with where it is and what matched."""

    document: str
    """The law's title (or file name) as the report names it."""
    path: str
    eid: str
    citation: str
    page: int
    segments: tuple[Segment, ...]
    long: bool


@dataclass(frozen=True)
class ElementRow:
    """An element of the obligation and whether (and where) the law has it."""

    description: str
    found: bool
    role: str
    """How the element counts, in the report's words ("Required", "Set by another law")."""
    terms: str
    where: str


@dataclass(frozen=True)
class Obligation:
    """One finding as every section of the report shows it."""

    finding: Finding
    anchor: str
    instrument_name: str
    status_label: str
    status_icon: str
    strength_label: str
    theme_label: str
    priority: str | None
    priority_label: str
    plain: str
    """The obligation in plain words (the checklist's summary, else its title)."""
    provisions: tuple[str, ...]
    """Citations of the national provisions quoted, e.g. "s. 4(1)(a)"."""
    documents: tuple[str, ...]
    """The laws quoted, by the name the report gives them."""
    gap: str
    rationale: str
    recommendation: str
    model_law: str | None
    quotes: tuple[Quote, ...]
    elements: tuple[ElementRow, ...]
    checks: tuple[Check, ...]

    @property
    def status(self) -> str:
        return self.finding.status

    @property
    def review(self) -> Review | None:
        """The reviewer's decision on this finding, if one was applied."""
        return self.finding.review

    @property
    def pages(self) -> str:
        return ", ".join(str(p) for p in dict.fromkeys(q.page for q in self.quotes))


@dataclass(frozen=True)
class LawSummary:
    """A law of the framework as the cover lists it."""

    title: str
    path: str
    file_name: str
    sha256: str
    pages: int
    provisions: int


@dataclass(frozen=True)
class RecommendationGroup:
    """The recommendations for one law, by priority (high first)."""

    law: str
    by_priority: tuple[tuple[str, tuple[Obligation, ...]], ...]


@dataclass(frozen=True)
class NotAssessed:
    """Requirements of an instrument left outside the profile."""

    instrument_name: str
    whole: bool
    count: int
    requirements: tuple[tuple[str, str], ...]
    """(id, title) of each requirement left out, when the instrument is in part."""


@dataclass(frozen=True)
class ReportView:
    """Everything a report shows, computed once from an assessment."""

    labels: Mapping[str, Any]
    title: str
    state: str
    jurisdiction: str | None
    laws: tuple[LawSummary, ...]
    instruments: tuple[tuple[str, str], ...]
    """(id, name) of each instrument assessed, in the order of the findings."""
    profile: str | None
    profile_title: str | None
    parameters: tuple[tuple[str, str], ...]
    tool_version: str
    standards_version: str
    standards_sha256: str
    obligations: tuple[Obligation, ...]
    counts: tuple[tuple[str, tuple[int, ...], int], ...]
    """(instrument name, count per status in STATUSES order, total) per instrument."""
    totals: tuple[int, ...]
    heat: tuple[tuple[str, tuple[int, ...]], ...]
    """(theme, count per status) per theme that has findings."""
    top_gaps: tuple[Obligation, ...]
    recommendations: tuple[RecommendationGroup, ...]
    unmatched: tuple[tuple[str, str, str], ...]
    """(law name, eId, a readable citation of the eId) of provisions no finding cites."""
    not_assessed: tuple[NotAssessed, ...]
    open_findings: tuple[Obligation, ...]
    review_state: str
    """Draft (no reviewer decision) or how many findings a reviewer checked."""
    decisions: tuple[Obligation, ...]
    """The findings that carry a reviewer's decision, for the decision log."""

    @property
    def statuses(self) -> tuple[str, ...]:
        return STATUSES

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(theme for theme, _ in self.heat)

    def status_label(self, status: str) -> str:
        return str(self.labels["statuses"][status]["label"])


def _law_name(path: str, titles: Mapping[str, str | None]) -> str:
    return titles.get(path) or PurePath(path).name


_EID_PART = re.compile(r"([a-z]+)_([^_]+)")
_EID_WORDS = {
    "part": "Part",
    "chp": "Chapter",
    "sec": "s.",
    "art": "Art.",
    "subsec": "",
    "para": "",
    "subpara": "",
    "point": "",
    "title": "Title",
    "sched": "Schedule",
    "hcontainer": "",
}


def eid_citation(eid: str) -> str:
    """A readable citation of an eId when no evidence gives one: `part_2__sec_10` ->
    "Part 2, s. 10", `sec_4__subsec_1__para_a` -> "s. 4(1)(a)"."""
    pieces: list[str] = []
    for chunk in eid.split("__"):
        match = _EID_PART.fullmatch(chunk)
        if not match:
            pieces.append(chunk)
            continue
        kind, num = match.groups()
        word = _EID_WORDS.get(kind)
        if word is None:
            pieces.append(chunk)
        elif word:
            pieces.append(f"{word} {num}")
        elif pieces:
            pieces[-1] += f"({num})"
        else:
            pieces.append(f"({num})")
    return ", ".join(pieces)


def _gap(finding: Finding, labels: Mapping[str, Any]) -> str:
    """What the law lacks, in short: failed thresholds and missing required elements."""
    if finding.status in ("compliant", "not_applicable"):
        return str(labels["no_gap"])
    parts = [
        f"{c.label}: {labels['expected'].lower()} {c.expected}; "
        f"{labels['found_in_law'].lower()} {c.found}."
        for c in finding.checks
        if not c.ok
    ]
    parts.extend(e.description for e in finding.elements if e.binding and not e.found)
    return " ".join(parts) or finding.rationale


def _elements(
    finding: Finding, citations: Mapping[str, str], labels: Mapping[str, Any]
) -> tuple[ElementRow, ...]:
    def where(element: ElementResult) -> str:
        return ", ".join(dict.fromkeys(citations.get(e) or eid_citation(e) for e in element.eids))

    def role(element: ElementResult) -> str:
        if element.check != "present":
            return str(labels[f"binding_{element.check}"])
        return str(labels["binding_yes" if element.binding else "binding_no"])

    return tuple(
        ElementRow(
            description=e.description,
            found=e.found,
            role=role(e),
            terms=", ".join(dict.fromkeys(e.terms)),
            where=where(e),
        )
        for e in finding.elements
    )


def build(
    assessment: Assessment,
    labels: Mapping[str, Any],
    *,
    title: str | None = None,
    standards: StandardSet | None = None,
) -> ReportView:
    """The report of `assessment`, labelled with `labels`.

    `standards`, when given, adds what the assessment does not carry: each
    obligation in plain words, the Model Law article, instrument names and the
    requirements left outside the profile.
    """
    assessment = scrub(assessment)
    state = assessment.jurisdiction or str(labels["state_fallback"])
    in_text = state_in_text(assessment.jurisdiction, labels)
    titles = {d.path: d.title for d in assessment.documents}
    requirements: dict[str, Requirement] = (
        {r.id: r for r in standards.all_requirements()} if standards else {}
    )
    names: dict[str, str] = (
        {i.id: i.short_title for i in standards.instruments} if standards else {}
    )

    def instrument_name(instrument_id: str) -> str:
        return names.get(instrument_id) or instrument_id.upper()

    citations = {(e.document, e.eid): e.citation for f in assessment.findings for e in f.evidence}
    citation_by_eid = {eid: citation for (_, eid), citation in citations.items()}

    obligations = []
    for finding in assessment.findings:
        requirement = requirements.get(finding.requirement_id)
        prio = priority(finding.status, finding.strength)
        status_labels = labels["statuses"][finding.status]
        quotes = tuple(
            Quote(
                document=_law_name(e.document, titles),
                path=e.document,
                eid=e.eid,
                citation=e.citation,
                page=e.page,
                segments=segments(e),
                long=len(e.quote) > LONG_QUOTE,
            )
            for e in finding.evidence
        )
        obligations.append(
            Obligation(
                finding=finding,
                anchor="req-" + re.sub(r"[^A-Za-z0-9_-]", "-", finding.requirement_id),
                instrument_name=instrument_name(finding.instrument),
                status_label=str(status_labels["label"]),
                status_icon=str(status_labels["icon"]),
                strength_label=str(labels["strengths"].get(finding.strength, finding.strength)),
                theme_label=str(labels["themes"].get(finding.theme, finding.theme)),
                priority=prio,
                priority_label=str(labels["priorities"][prio or "none"]),
                plain=requirement.summary if requirement else finding.title,
                provisions=tuple(dict.fromkeys(q.citation for q in quotes)),
                documents=tuple(dict.fromkeys(q.document for q in quotes)),
                gap=_gap(finding, labels),
                rationale=fill_state(finding.rationale, in_text),
                recommendation=fill_state(finding.recommendation or "", in_text),
                model_law=requirement.model_law if requirement else None,
                quotes=quotes,
                elements=_elements(finding, citation_by_eid, labels),
                checks=finding.checks,
            )
        )

    instrument_ids = tuple(dict.fromkeys(f.instrument for f in assessment.findings))
    counts = []
    for instrument_id in instrument_ids:
        tally = Counter(f.status for f in assessment.findings if f.instrument == instrument_id)
        row = tuple(tally.get(s, 0) for s in STATUSES)
        counts.append((instrument_name(instrument_id), row, sum(row)))
    totals = tuple(sum(f.status == s for f in assessment.findings) for s in STATUSES)
    themes = [t for t in THEMES if any(f.theme == t for f in assessment.findings)]
    themes += sorted({f.theme for f in assessment.findings} - set(THEMES))
    heat = tuple(
        (
            str(labels["themes"].get(theme, theme)),
            tuple(
                sum(f.theme == theme and f.status == s for f in assessment.findings)
                for s in STATUSES
            ),
        )
        for theme in themes
    )

    def urgency(o: Obligation) -> tuple[int, int, float]:
        return (
            PRIORITIES.index(o.priority) if o.priority else len(PRIORITIES),
            STATUS_ORDER.get(o.status, 9),
            -o.finding.confidence,
        )

    ranked = sorted((o for o in obligations if o.priority), key=urgency)
    top_gaps = tuple(o for o in ranked if o.priority == "high")[:8]

    single_law = (
        _law_name(assessment.documents[0].path, titles) if len(assessment.documents) == 1 else None
    )
    groups: dict[str, list[Obligation]] = {}
    for o in ranked:
        if not o.recommendation:
            continue
        law = o.documents[0] if o.documents else single_law or str(labels["new_provisions"])
        groups.setdefault(law, []).append(o)
    recommendations = tuple(
        RecommendationGroup(
            law=law,
            by_priority=tuple(
                (p, tuple(o for o in items if o.priority == p))
                for p in PRIORITIES
                if any(o.priority == p for o in items)
            ),
        )
        for law, items in groups.items()
    )

    assessed = {f.requirement_id for f in assessment.findings}
    not_assessed = []
    if standards is not None:
        for instrument in standards.instruments:
            left = [r for r in instrument.requirements if r.id not in assessed]
            if not left:
                continue
            whole = len(left) == len(instrument.requirements)
            not_assessed.append(
                NotAssessed(
                    instrument_name=instrument.short_title,
                    whole=whole,
                    count=len(left),
                    requirements=() if whole else tuple((r.id, r.title) for r in left),
                )
            )
    profile_title = standards.profile.title if standards and standards.profile else None

    if title is None:
        title = (
            str(labels["title"]).replace("{state}", in_text)
            if assessment.jurisdiction
            else str(labels["title_no_state"])
        )
    return ReportView(
        labels=labels,
        title=title,
        state=state,
        jurisdiction=assessment.jurisdiction,
        laws=tuple(
            LawSummary(
                title=d.title or str(labels["untitled_law"]),
                path=d.path,
                file_name=PurePath(d.path).name,
                sha256=d.sha256,
                pages=d.pages,
                provisions=d.provisions,
            )
            for d in assessment.documents
        ),
        instruments=tuple((i, instrument_name(i)) for i in instrument_ids),
        profile=assessment.profile,
        profile_title=profile_title,
        parameters=tuple((k, _value(v)) for k, v in assessment.parameters),
        tool_version=assessment.tool_version,
        standards_version=assessment.standards_version,
        standards_sha256=assessment.standards_sha256,
        obligations=tuple(obligations),
        counts=tuple(counts),
        totals=totals,
        heat=heat,
        top_gaps=top_gaps,
        recommendations=recommendations,
        unmatched=tuple(
            (_law_name(d, titles), eid, citations.get((d, eid)) or eid_citation(eid))
            for d, eid in assessment.unmatched
        ),
        not_assessed=tuple(not_assessed),
        open_findings=tuple(o for o in obligations if o.status == "needs_review"),
        review_state=_review_state(assessment, labels),
        decisions=tuple(o for o in obligations if o.review is not None),
    )


def _review_state(assessment: Assessment, labels: Mapping[str, Any]) -> str:
    decided = sum(f.review is not None and not f.review.stale for f in assessment.findings)
    if not decided:
        return str(labels["draft"])
    return (
        str(labels["reviewed"])
        .replace("{decided}", str(decided))
        .replace("{total}", str(len(assessment.findings)))
    )


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
