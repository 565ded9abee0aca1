"""Findings measured against hand-written gold: status accuracy, precision and
recall per status, the confusion matrix, false assurance, and whether the
gold's evidence provision is among the evidence cited.

A gold file (`corpora/gold/<law>.findings.yaml`) names the law's sources, the
profile, a split (`tuning`, `heldout` or `incoming`) and, per requirement, the expected
status and the eIds of the provisions that support it. A probes file
(`corpora/probes/*.yaml`) holds short provisions, each with the status it
earns against one requirement, scored the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from lawreview.model import STATUSES, Assessment, LawreviewError

FALSE_ASSURANCE_GOLD = frozenset({"partial", "missing", "conflict"})
"""Gold statuses for which a "compliant" finding is false assurance."""
EVIDENCE_STATUSES = frozenset({"compliant", "partial", "conflict"})


@dataclass(frozen=True)
class GoldFinding:
    requirement: str
    status: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gold:
    """One law's gold findings."""

    law: str
    path: str
    sources: tuple[str, ...]
    profile: str | None
    split: str
    findings: tuple[GoldFinding, ...]


def load_findings_gold(path: Path) -> Gold:
    """A gold findings file, checked for what scoring needs."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LawreviewError(f"cannot be read as YAML ({error})", str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise LawreviewError(
            "needs a `findings` list of {requirement, status, evidence}", str(path)
        )
    findings = []
    for number, item in enumerate(data["findings"], start=1):
        if not isinstance(item, dict) or item.get("status") not in STATUSES:
            raise LawreviewError(
                f"finding {number} needs a `requirement` and a `status` among "
                f"{', '.join(STATUSES)}",
                str(path),
            )
        findings.append(
            GoldFinding(str(item["requirement"]), item["status"], tuple(item.get("evidence") or ()))
        )
    return Gold(
        law=str(data.get("law", path.stem)),
        path=str(path),
        sources=tuple(data.get("sources") or ()),
        profile=data.get("profile"),
        split=str(data.get("split", "tuning")),
        findings=tuple(findings),
    )


@dataclass(frozen=True)
class Probe:
    """A short provision and the status it earns against one requirement."""

    id: str
    requirement: str
    status: str
    text: str
    why: str = ""
    """The reviewer's reason for the status (shown when a probe test fails)."""

    def gold(self, path: Path, split: str) -> Gold:
        """The probe as the one-finding gold of a one-provision law."""
        return Gold(
            self.id, str(path), (), None, split, (GoldFinding(self.requirement, self.status),)
        )


def load_probes(path: Path) -> tuple[str, list[Probe]]:
    """A probes file (`corpora/probes/*.yaml`): its split and its probes."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LawreviewError(f"cannot be read as YAML ({error})", str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("probes"), list):
        raise LawreviewError("needs a `probes` list of {id, requirement, status, text}", str(path))
    probes = []
    for number, item in enumerate(data["probes"], start=1):
        if (
            not isinstance(item, dict)
            or item.get("status") not in STATUSES
            or not all(isinstance(item.get(key), str) for key in ("id", "requirement", "text"))
        ):
            raise LawreviewError(
                f"probe {number} needs an `id`, a `requirement`, a `text` and a `status` "
                f"among {', '.join(STATUSES)}",
                str(path),
            )
        probes.append(
            Probe(
                item["id"],
                item["requirement"],
                item["status"],
                item["text"],
                str(item.get("why", "")),
            )
        )
    return str(data.get("split", "tuning")), probes


def evidence_matches(cited: str, gold: str) -> bool:
    """A cited provision supports the gold's when it is the same provision, a
    part of it, or the provision it is part of."""
    return cited == gold or cited.startswith(gold + "__") or gold.startswith(cited + "__")


@dataclass
class Score:
    """Gold against findings over one or more laws."""

    pairs: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(law, requirement, gold status, found status)."""
    evidence_checked: int = 0
    evidence_found: int = 0
    misses: list[str] = field(default_factory=list)
    """Readable lines for every wrong status or missed evidence."""

    def add(self, gold: Gold, assessment: Assessment) -> None:
        by_id = {f.requirement_id: f for f in assessment.findings}
        for expected in gold.findings:
            finding = by_id.get(expected.requirement)
            if finding is None:
                raise LawreviewError(
                    f"requirement {expected.requirement} is not among the findings "
                    f"(profile {gold.profile}); fix the gold or the profile",
                    gold.path,
                )
            self.pairs.append((gold.law, expected.requirement, expected.status, finding.status))
            if expected.status != finding.status:
                self.misses.append(
                    f"{gold.law} {expected.requirement}: gold {expected.status}, "
                    f"found {finding.status} ({finding.rationale[:160]})"
                )
            if expected.status in EVIDENCE_STATUSES and expected.evidence:
                self.evidence_checked += 1
                cited = [e.eid for e in finding.evidence]
                if any(evidence_matches(c, g) for c in cited for g in expected.evidence):
                    self.evidence_found += 1
                else:
                    self.misses.append(
                        f"{gold.law} {expected.requirement}: gold evidence "
                        f"{list(expected.evidence)} not among cited {cited}"
                    )

    @property
    def accuracy(self) -> float:
        return sum(g == f for *_, g, f in self.pairs) / len(self.pairs) if self.pairs else 0.0

    @property
    def false_assurance(self) -> int:
        return sum(g in FALSE_ASSURANCE_GOLD and f == "compliant" for *_, g, f in self.pairs)

    @property
    def evidence_rate(self) -> float:
        return self.evidence_found / self.evidence_checked if self.evidence_checked else 0.0

    def per_status(self) -> dict[str, tuple[float | None, float | None, int]]:
        """Precision, recall and gold support of each status (None when undefined)."""
        out = {}
        for status in STATUSES:
            predicted = sum(f == status for *_, f in self.pairs)
            actual = sum(g == status for *_, g, _ in self.pairs)
            right = sum(g == f == status for *_, g, f in self.pairs)
            out[status] = (
                right / predicted if predicted else None,
                right / actual if actual else None,
                actual,
            )
        return out

    def confusion(self) -> dict[str, Counter[str]]:
        matrix: dict[str, Counter[str]] = {status: Counter() for status in STATUSES}
        for *_, gold, found in self.pairs:
            matrix[gold][found] += 1
        return matrix


def report(score: Score, title: str) -> list[str]:
    """The score as readable lines: headline figures, per status, confusion."""
    lines = [
        f"{title}: {len(score.pairs)} findings",
        f"  status accuracy   {score.accuracy:6.1%}",
        f"  false assurance   {score.false_assurance} (compliant where the gold says partial, "
        "missing or conflict)",
        f"  evidence cited    {score.evidence_rate:6.1%} "
        f"({score.evidence_found}/{score.evidence_checked} compliant, partial and conflict "
        "findings cite the gold's provision)"
        if score.evidence_checked
        else "  evidence cited         - (the gold names no provisions)",
        "",
        f"  {'status':15} {'precision':>9} {'recall':>7} {'gold':>5}",
    ]
    for status, (precision, recall, support) in score.per_status().items():
        shown_p = "-" if precision is None else f"{precision:.1%}"
        shown_r = "-" if recall is None else f"{recall:.1%}"
        lines.append(f"  {status:15} {shown_p:>9} {shown_r:>7} {support:5}")
    short = {s: s[:7] for s in STATUSES}
    lines += [
        "",
        "  confusion (rows gold, columns found)",
        "  " + " " * 15 + "".join(f"{short[s]:>9}" for s in STATUSES),
    ]
    for gold, row in score.confusion().items():
        lines.append(f"  {gold:15}" + "".join(f"{row.get(s, 0):9}" for s in STATUSES))
    return lines
