"""The analysis run: `analyze(laws, standards)` reads the passages of every law once through the
spaCy pipeline, finds the key terms of every requirement in scope, reads the
ages and penalties the laws state, and judges each requirement
(`lawreview.analysis.judge`), with the words of the law behind each finding.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from importlib import metadata

from lawreview.analysis.facts import find_ages, find_penalties
from lawreview.analysis.judge import Context, judge
from lawreview.analysis.matching import TermIndex
from lawreview.analysis.passages import Passage, passages
from lawreview.model import Assessment, Finding, Law, ReviewedDocument, StandardSet

Progress = Callable[[int, int], None]
"""Told (requirements judged, requirements in all) as the analysis goes."""


def tool_version() -> str:
    try:
        return metadata.version("lawreview")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def standards_fingerprint(standards: StandardSet) -> tuple[str, str]:
    """The checklist versions ("crc 1.0.0, ...") and a sha256 of their content
    (paths and line numbers left out, so the hash is the same on any machine)."""
    versions = ", ".join(f"{i.id} {i.version}" for i in standards.instruments)

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("path", "line")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    content = [strip(dataclasses.asdict(i)) for i in standards.instruments]
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()
    return versions, digest


def relied_definitions(
    laws: Sequence[Law], found: Sequence[Passage]
) -> dict[tuple[int, str], list[int]]:
    """For each section or article, the passages of the definitions it relies on:
    those whose defined term it uses (outside the definition itself)."""
    by_eid: dict[tuple[int, str], list[int]] = defaultdict(list)
    unit_text: dict[tuple[int, str], list[str]] = defaultdict(list)
    for passage in found:
        by_eid[(passage.law, passage.eid)].append(passage.index)
        unit_text[(passage.law, passage.unit)].append(passage.text)
    relied: dict[tuple[int, str], list[int]] = defaultdict(list)
    for number, law in enumerate(laws):
        for definition in law.definitions:
            pattern = re.compile(rf"\b{re.escape(definition.term)}\b", re.IGNORECASE)
            defining = by_eid.get((number, definition.eid), [])
            for (law_number, unit), texts in unit_text.items():
                if law_number != number or f"{definition.eid}__".startswith(f"{unit}__"):
                    continue
                if pattern.search(" ".join(texts)):
                    relied[(law_number, unit)].extend(defining)
    return relied


def analyze(
    laws: Sequence[Law],
    standards: StandardSet,
    *,
    jurisdiction: str | None = None,
    progress: Progress | None = None,
) -> Assessment:
    """Judge every requirement in scope against the framework `laws`."""
    requirements = standards.requirements()
    found = passages(laws)
    index = TermIndex(found, requirements)
    units: dict[tuple[int, str], list[int]] = defaultdict(list)
    for passage in found:
        units[(passage.law, passage.unit)].append(passage.index)
    context = Context(
        passages=found,
        index=index,
        ages={p.index: a for p in found if (a := find_ages(p.text))},
        penalties={p.index: m for p in found if (m := find_penalties(p.text))},
        units=dict(units),
        definitions=relied_definitions(laws, found),
        parameters=dict(standards.parameters),
    )
    findings: list[Finding] = []
    for number, requirement in enumerate(requirements, start=1):
        findings.append(judge(requirement, context))
        if progress is not None:
            progress(number, len(requirements))
    cited = {(e.document, e.eid) for f in findings for e in f.evidence}
    unmatched = tuple(
        (law.document.path, p.eid)
        for law in laws
        for p in law.walk()
        if p.kind in ("section", "article")
        and not any(doc == law.document.path and eid.startswith(p.eid) for doc, eid in cited)
    )
    versions, digest = standards_fingerprint(standards)
    return Assessment(
        jurisdiction=jurisdiction,
        documents=tuple(
            ReviewedDocument(
                path=law.document.path,
                sha256=law.document.sha256,
                title=law.title,
                pages=law.document.page_count,
                provisions=len(law.walk()),
            )
            for law in laws
        ),
        findings=tuple(findings),
        tool_version=tool_version(),
        standards_version=versions,
        standards_sha256=digest,
        profile=standards.profile.id if standards.profile else None,
        parameters=standards.parameters,
        unmatched=unmatched,
    )
