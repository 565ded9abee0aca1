"""The status probes of corpora/probes: short provisions, each judged against one
requirement by a reviewer who never ran the engine, in many drafting styles and
with the limits statutes really contain (women only, "as far as practicable",
"Subsection (1) does not apply to", a ban on hazardous work stopping at 16).

Every tuning probe must get its gold status, but for the ones in KNOWN_MISSES,
which must still miss (a strict xfail): the list is the engine's open gaps,
shortened as they are closed, never lengthened to hide a regression. The
held-out probes are only measured (`lawreview evaluate probes`), never tuned on."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

import lawreview
from lawreview import api
from lawreview.analysis.evaluate import Probe, load_probes
from lawreview.model import StandardSet

SPLITS = [load_probes(path) for path in sorted((ROOT / "corpora" / "probes").glob("*.yaml"))]
PROBES = [probe for split, probes in SPLITS if split == "tuning" for probe in probes]
KNOWN_MISSES: dict[str, str] = {
    "ch-01": "partial, not compliant (a compliant control)",
    "ch2-01": "partial, not compliant (a compliant control)",
    "ch2-22": "partial, not compliant (a compliant control)",
    "ch2-33": "missing, not partial (Minister may, where he thinks fit)",
    "ch2-34": "not_applicable, not compliant (a compliant control)",
    "ch2-42": "needs_review, not compliant (a compliant control)",
    "tr-23": "partial, not compliant (a compliant control)",
    "tr-37": "partial, not compliant (a compliant control)",
    "tr-44": "compliant, not partial (weak force ('where he thinks fit'))",
    "tr2-02": "partial, not compliant (a compliant control)",
    "tr2-29": "partial, not compliant (a compliant control)",
    "vi-05": "missing, not needs_review (refers to the Penal Code)",
    "vi-36": "compliant, not partial (relatives of witnesses not covered)",
    "vi-46": "partial, not compliant (a compliant control)",
    "vi2-36": "missing, not needs_review (refers to the Code of Criminal Procedure)",
    "vi2-46": "partial, not compliant (a compliant control)",
}
"""Probe id -> what the engine reports instead (and the limit that decides the probe)."""


@cache
def standards() -> StandardSet:
    return lawreview.load_standards()


def status_of(probe: Probe) -> str:
    assessment = api.analyze([api.law_from_text(probe.text, f"{probe.id}.txt")], standards())
    return next(f.status for f in assessment.findings if f.requirement_id == probe.requirement)


def test_the_probes_are_well_formed() -> None:
    requirements = {r.id for r in standards().requirements()}
    ids = [p.id for _, probes in SPLITS for p in probes]
    assert len(ids) == len(set(ids)) >= 200
    assert {split for split, _ in SPLITS} == {"tuning", "heldout"}
    assert all(p.requirement in requirements for _, probes in SPLITS for p in probes)
    assert set(KNOWN_MISSES) <= {p.id for p in PROBES}


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(
            p,
            id=p.id,
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[p.id], strict=True)]
            if p.id in KNOWN_MISSES
            else [],
        )
        for p in PROBES
    ],
)
def test_probe(probe: Probe) -> None:
    assert status_of(probe) == probe.status, probe.why


def test_evaluate_probes_scores_each_split(tmp_path: Path) -> None:
    """Two probes of one file scored together: one right, one a false assurance."""
    probes = tmp_path / "mine.yaml"
    probes.write_text(
        "split: heldout\nprobes:\n"
        '  - {id: a, requirement: palermo.6.6, status: compliant, text: "1. Compensation\\n'
        "Every victim of trafficking shall have the right to claim compensation from the "
        'offender.\\n"}\n'
        '  - {id: b, requirement: palermo.6.6, status: partial, text: "1. Compensation\\n'
        "Every victim of trafficking shall have the right to claim compensation from the "
        'offender.\\n"}\n',
        encoding="utf-8",
    )
    result = run_cli("evaluate", "probes", probes, "--details")
    assert result.returncode == 0, result.stderr
    assert "heldout: 2 findings" in result.stdout
    assert "status accuracy    50.0%" in result.stdout
    assert "false assurance   1" in result.stdout
    assert "- b palermo.6.6: gold partial, found compliant" in result.stdout


def test_evaluate_probes_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("probes:\n  - {id: a, requirement: crc.1, status: fine, text: x}\n")
    result = run_cli("evaluate", "probes", bad)
    assert result.returncode == 2
    assert "bad.yaml" in result.stderr and "status" in result.stderr
    assert "Traceback" not in result.stderr
