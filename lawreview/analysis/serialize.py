"""An `Assessment` as the lawreview/assessment@1 JSON contract, and back."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from lawreview.model import (
    ELEMENT_CHECKS,
    STATUSES,
    Assessment,
    Check,
    ElementResult,
    Evidence,
    Fact,
    Finding,
    LawreviewError,
    Review,
    ReviewedDocument,
)

ASSESSMENT_SCHEMA = "lawreview/assessment@1"


def _check_dict(check: Check) -> dict[str, Any]:
    return {
        "parameter_id": check.parameter_id,
        "label": check.label,
        "expected": check.expected,
        "found": check.found,
        "ok": check.ok,
        "fact": dataclasses.asdict(check.fact) if check.fact else None,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "requirement_id": finding.requirement_id,
        "instrument": finding.instrument,
        "article": finding.article,
        "title": finding.title,
        "strength": finding.strength,
        "theme": finding.theme,
        "status": finding.status,
        "confidence": finding.confidence,
        "rationale": finding.rationale,
        "elements": [dataclasses.asdict(e) for e in finding.elements],
        "facts": [_check_dict(c) for c in finding.checks],
        "evidence": [
            {**dataclasses.asdict(e), "spans": [list(span) for span in e.spans]}
            for e in finding.evidence
        ],
        "recommendation": finding.recommendation,
        "review": _review_dict(finding.review) if finding.review else None,
    }


def _review_dict(review: Review) -> dict[str, Any]:
    return {**dataclasses.asdict(review), "overridden": review.overridden}


def _review_from_dict(data: dict[str, Any] | None) -> Review | None:
    if data is None:
        return None
    return Review(**{k: v for k, v in data.items() if k != "overridden"})


def assessment_dict(assessment: Assessment) -> dict[str, Any]:
    """The assessment as plain data following the lawreview/assessment@1 schema."""
    counts = Counter(f.status for f in assessment.findings)
    return {
        "schema": ASSESSMENT_SCHEMA,
        "provenance": {
            "tool": "lawreview",
            "tool_version": assessment.tool_version,
            "standards_version": assessment.standards_version,
            "standards_sha256": assessment.standards_sha256,
            "profile": assessment.profile,
            "parameters": dict(assessment.parameters),
            "jurisdiction": assessment.jurisdiction,
            "documents": [dataclasses.asdict(d) for d in assessment.documents],
        },
        "summary": {status: counts.get(status, 0) for status in STATUSES},
        "findings": [finding_dict(f) for f in assessment.findings],
        "unmatched": [{"document": d, "eid": e} for d, e in assessment.unmatched],
    }


def assessment_from_dict(data: dict[str, Any], source: str = "assessment") -> Assessment:
    """An assessment read back from its JSON; a clear error if it is not one."""
    if not isinstance(data, dict) or data.get("schema") != ASSESSMENT_SCHEMA:
        raise LawreviewError(
            f'is not a lawreview assessment (expected "schema": "{ASSESSMENT_SCHEMA}"); '
            "give the assessment.json written by `lawreview analyze`",
            source,
        )
    try:
        provenance = data["provenance"]
        findings = tuple(
            Finding(
                requirement_id=f["requirement_id"],
                instrument=f["instrument"],
                article=f["article"],
                title=f["title"],
                strength=f["strength"],
                theme=f["theme"],
                status=f["status"],
                confidence=f["confidence"],
                rationale=f["rationale"],
                elements=tuple(
                    ElementResult(**{**e, "terms": tuple(e["terms"]), "eids": tuple(e["eids"])})
                    for e in f["elements"]
                ),
                checks=tuple(
                    Check(
                        parameter_id=c["parameter_id"],
                        label=c["label"],
                        expected=c["expected"],
                        found=c["found"],
                        ok=c["ok"],
                        fact=Fact(**c["fact"]) if c["fact"] else None,
                    )
                    for c in f["facts"]
                ),
                evidence=tuple(
                    Evidence(**{**e, "spans": tuple(tuple(s) for s in e["spans"])})
                    for e in f["evidence"]
                ),
                recommendation=f["recommendation"],
                review=_review_from_dict(f.get("review")),
            )
            for f in data["findings"]
        )
        for finding in findings:
            if finding.status not in STATUSES:
                raise LawreviewError(
                    f"finding {finding.requirement_id}: status {finding.status!r} is not one of "
                    f"{', '.join(STATUSES)}; write it again with `lawreview analyze`",
                    source,
                )
            for element in finding.elements:
                if element.check not in ELEMENT_CHECKS:
                    raise LawreviewError(
                        f"finding {finding.requirement_id}: element {element.element_id} has "
                        f"check {element.check!r}, not one of {', '.join(ELEMENT_CHECKS)}; "
                        "write it again with `lawreview analyze`",
                        source,
                    )
        return Assessment(
            jurisdiction=provenance["jurisdiction"],
            documents=tuple(ReviewedDocument(**d) for d in provenance["documents"]),
            findings=findings,
            tool_version=provenance["tool_version"],
            standards_version=provenance["standards_version"],
            standards_sha256=provenance["standards_sha256"],
            profile=provenance["profile"],
            parameters=tuple(provenance["parameters"].items()),
            unmatched=tuple((u["document"], u["eid"]) for u in data["unmatched"]),
        )
    except (KeyError, TypeError) as error:
        raise LawreviewError(
            f"is not a complete lawreview assessment ({error!r} is missing or malformed); "
            "write it again with `lawreview analyze`",
            source,
        ) from None
