"""Small hand-built assessments for the review and compare tests."""

from __future__ import annotations

from lawreview.model import Assessment, Evidence, Finding, ReviewedDocument

REQUIREMENTS = {
    "palermo.3.a": ("palermo", "Art. 3(a)", "Definition of trafficking", "prosecution"),
    "palermo.6.3": ("palermo", "Art. 6(3)", "Recovery of victims", "protection"),
    "untoc.11": ("untoc", "Art. 11", "Sanctions", "prosecution"),
    "crc.1": ("crc", "Art. 1", "Definition of the child", "protection"),
    "c138.2.3": ("c138", "Art. 2(3)", "Minimum age for employment", "prevention"),
}


def finding(
    requirement_id: str, status: str, *evidence: tuple[str, str], confidence: float = 0.8
) -> Finding:
    """A finding on one of `REQUIREMENTS`, with evidence given as (eid, quote)."""
    instrument, article, title, theme = REQUIREMENTS[requirement_id]
    return Finding(
        requirement_id=requirement_id,
        instrument=instrument,
        article=article,
        title=title,
        strength="shall",
        theme=theme,
        status=status,
        confidence=confidence,
        rationale=f"{requirement_id} is {status}",
        evidence=tuple(
            Evidence(
                document="law.pdf",
                eid=eid,
                citation="s. " + eid.rsplit("_", 1)[-1],
                page=1,
                quote=quote,
                start=0,
                end=len(quote),
            )
            for eid, quote in evidence
        ),
    )


def assessment(
    *findings: Finding, jurisdiction: str | None = "Republic of Testland", path: str = "law.pdf"
) -> Assessment:
    return Assessment(
        jurisdiction=jurisdiction,
        documents=(ReviewedDocument(path, "0" * 64, "Test Act", 3, 10),),
        findings=findings,
        tool_version="test",
        standards_version="test 1.0.0",
        standards_sha256="0" * 64,
        profile=None,
    )
