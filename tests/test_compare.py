"""Comparison across jurisdictions and the diff between two versions of a law."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from synthetic import assessment, finding

from lawreview import api, compare
from lawreview.model import Assessment, Review

ALPHA = assessment(
    finding("palermo.3.a", "compliant", ("sec_4", "by force or payments")),
    finding("untoc.11", "conflict", ("sec_8", "a fine or imprisonment")),
    finding("crc.1", "missing"),
    jurisdiction="Alpha",
)
BETA = assessment(
    finding("palermo.3.a", "partial", ("sec_4", "by force")),
    finding("untoc.11", "partial", ("sec_8", "imprisonment")),
    finding("crc.1", "missing"),
    finding("c138.2.3", "not_applicable"),
    jurisdiction="Beta",
)
GAMMA = assessment(
    finding("palermo.3.a", "missing"),
    finding("untoc.11", "compliant", ("sec_8", "imprisonment")),
    finding("crc.1", "compliant", ("sec_2", "under eighteen")),
    jurisdiction="Gamma <&>",
)


def reviewed(base: Assessment, requirement_id: str, status: str) -> Assessment:
    """`base` with one finding overridden by a reviewer."""
    findings = []
    for f in base.findings:
        if f.requirement_id == requirement_id:
            review = Review(
                f.status, f.confidence, status, "false_negative", "R. Viewer", "2024-06-01"
            )
            f = type(f)(**{**f.__dict__, "status": status, "review": review})
        findings.append(f)
    return type(base)(**{**base.__dict__, "findings": tuple(findings)})


# --- comparison -------------------------------------------------------------------------


def test_matrix_has_every_requirement_and_jurisdiction() -> None:
    comparison = compare.compare([ALPHA, BETA, GAMMA])
    assert comparison.jurisdictions == ("Alpha", "Beta", "Gamma <&>")
    assert [r.requirement_id for r in comparison.rows] == [
        "palermo.3.a",
        "untoc.11",
        "crc.1",
        "c138.2.3",
    ]
    statuses = {
        r.requirement_id: tuple(c.status if c else None for c in r.cells) for r in comparison.rows
    }
    assert statuses["untoc.11"] == ("conflict", "partial", "compliant")
    assert statuses["c138.2.3"] == (None, "not_applicable", None)
    assert [(r.requirement_id, r.gaps) for r in comparison.most_missed] == [
        ("crc.1", 2),
        ("palermo.3.a", 2),
        ("untoc.11", 2),
    ], "most gaps first, then most missing or in conflict, then library order"


@pytest.mark.parametrize(
    ("filters", "rows"),
    [
        ({}, ["palermo.3.a", "untoc.11", "crc.1", "c138.2.3"]),
        ({"instruments": ["palermo", "crc"]}, ["palermo.3.a", "crc.1"]),
        ({"themes": ["protection"]}, ["crc.1"]),
        ({"statuses": ["conflict"]}, ["untoc.11"]),
        ({"statuses": ["not_applicable"]}, ["c138.2.3"]),
        ({"gaps_only": True}, ["palermo.3.a", "untoc.11", "crc.1"]),
        ({"themes": ["prevention"], "gaps_only": True}, []),
    ],
    ids=["none", "instrument", "theme", "status", "not-applicable", "gaps", "combined"],
)
def test_filters(filters: dict, rows: list[str]) -> None:
    comparison = compare.compare([ALPHA, BETA, GAMMA], **filters)
    assert [r.requirement_id for r in comparison.rows] == rows
    heat_total = sum(c.assessed for row in comparison.by_instrument for c in row.cells)
    assert heat_total == sum(r.assessed for r in comparison.rows)


@pytest.mark.parametrize(
    ("statuses", "score", "percent"),
    [
        (["compliant", "compliant"], 1.0, "100%"),
        (["compliant", "partial"], 0.75, "75%"),
        (["missing", "conflict", "partial", "needs_review"], 0.125, "12%"),
        (["compliant", "not_applicable"], 1.0, "100%"),
        (["not_applicable"], None, "n/a"),
    ],
)
def test_heat_score(statuses: list[str], score: float | None, percent: str) -> None:
    counts = tuple((s, statuses.count(s)) for s in api.STATUSES)
    cell = compare.HeatCell(counts)
    assert cell.score == score
    assert cell.percent == percent


def test_a_reviewer_override_is_marked_with_the_machine_status() -> None:
    comparison = compare.compare([reviewed(ALPHA, "crc.1", "compliant"), BETA])
    cell = comparison.rows[2].cells[0]
    assert cell is not None
    assert (cell.status, cell.machine_status, cell.reviewer) == (
        "compliant",
        "missing",
        "R. Viewer",
    )
    text = {f: compare.render_comparison(comparison, f) for f in compare.COMPARISON_FORMATS}
    assert "✓ compliant (reviewed; machine: missing)" in text["md"]
    assert "reviewed by R. Viewer; machine: missing" in text["html"]
    assert "Alpha: missing -> compliant (R. Viewer)" in text["csv"]
    assert json.loads(text["json"])["matrix"][2]["cells"]["Alpha"]["overridden"] is True


def test_different_checklists_are_warned_about_and_names_made_unique() -> None:
    other = type(BETA)(
        **{**BETA.__dict__, "standards_version": "test 2.0.0", "jurisdiction": "Alpha"}
    )
    comparison = compare.compare([ALPHA, other])
    assert comparison.jurisdictions == ("Alpha", "Alpha (2)")
    assert any("different checklist versions" in w for w in comparison.warnings)


@pytest.mark.parametrize("output_format", compare.COMPARISON_FORMATS)
def test_comparison_renders(output_format: str) -> None:
    text = compare.render_comparison(compare.compare([ALPHA, BETA, GAMMA]), output_format)
    if output_format == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][6:9] == ["Alpha", "Beta", "Gamma <&>"]
        assert [r[0] for r in rows[1:]] == ["palermo.3.a", "untoc.11", "crc.1", "c138.2.3"]
        assert rows[2][6:10] == ["conflict", "partial", "compliant", "2"]
    elif output_format == "json":
        data = json.loads(text)
        assert data["schema"] == "lawreview/comparison@1"
        assert data["matrix"][3]["cells"]["Alpha"] is None
    elif output_format == "md":
        assert "| untoc.11 | untoc | Art. 11 | Sanctions | prosecution | ⚠ conflict |" in text
        assert "## Heat map by theme" in text and "## Requirements most jurisdictions miss" in text
    else:
        assert_self_contained_html(text)
        assert "Gamma &lt;&amp;&gt;" in text and "Gamma <&>" not in text
        assert "⚠ conflict" in text and "not assessed" in text


def assert_self_contained_html(text: str) -> None:
    assert text.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "@import" not in text and "url(" not in text
    for status in api.STATUSES:
        assert status.replace("_", " ") in text, "every status is written out in the legend"


# --- diff -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("partial", "compliant", "closed"),
        ("conflict", "not_applicable", "closed"),
        ("compliant", "missing", "opened"),
        ("not_applicable", "partial", "opened"),
        ("missing", "partial", "improved"),
        ("conflict", "partial", "improved"),
        ("partial", "conflict", "worsened"),
        ("missing", "needs_review", "changed"),
        ("compliant", "not_applicable", "changed"),
    ],
)
def test_change_kind(old: str, new: str, kind: str) -> None:
    assert compare.change_kind(old, new) == kind


OLD = assessment(
    finding("palermo.3.a", "partial", ("sec_4", "by force"), ("sec_2", "definitions")),
    finding("untoc.11", "conflict", ("sec_8", "a fine or imprisonment")),
    finding("crc.1", "compliant", ("sec_2", "under eighteen")),
    finding("palermo.6.3", "missing"),
    path="act-2019.pdf",
)
NEW = assessment(
    finding("palermo.3.a", "compliant", ("sec_4", "by force or payments"), ("sec_4A", "payments")),
    finding("untoc.11", "partial", ("sec_8", "imprisonment")),
    finding("crc.1", "partial", ("sec_2", "under eighteen")),
    finding("c138.2.3", "compliant", ("sec_30", "fifteen years")),
    path="act-2024.pdf",
)


def test_diff_finds_closed_opened_changed_moved_added_removed() -> None:
    d = compare.diff(OLD, NEW)
    assert [c.requirement_id for c in d.closed] == ["palermo.3.a"]
    assert [c.requirement_id for c in d.opened] == ["crc.1"]
    assert [(c.requirement_id, c.kind) for c in d.other] == [("untoc.11", "improved")]
    moved = {e.requirement_id: e for e in d.evidence}
    assert set(moved) == {"palermo.3.a"}
    assert moved["palermo.3.a"].removed == (("sec_2", "s. 2"),)
    assert moved["palermo.3.a"].added == (("sec_4A", "s. 4A"),)
    assert [(a.eid, a.old, a.new, a.requirements) for a in d.amended] == [
        ("sec_4", "by force", "by force or payments", ("palermo.3.a",)),
        ("sec_8", "a fine or imprisonment", "imprisonment", ("untoc.11",)),
    ]
    assert [a.requirement_id for a in d.added] == ["c138.2.3"]
    assert [r.requirement_id for r in d.removed] == ["palermo.6.3"]
    assert d.unchanged == 0
    assert "act-2019.pdf" in d.old_label and "act-2024.pdf" in d.new_label


def test_diff_of_an_assessment_with_itself_is_empty() -> None:
    d = compare.diff(OLD, OLD)
    assert (d.changes, d.evidence, d.amended, d.added, d.removed) == ((), (), (), (), ())
    assert d.unchanged == 4


@pytest.mark.parametrize("output_format", compare.DIFF_FORMATS)
def test_diff_renders(output_format: str) -> None:
    text = compare.render_diff(compare.diff(OLD, NEW), output_format)
    if output_format == "json":
        data = json.loads(text)
        assert data["schema"] == "lawreview/diff@1"
        assert data["summary"] == {
            "closed": 1,
            "opened": 1,
            "other_changes": 1,
            "evidence_moved": 1,
            "provisions_amended": 2,
            "added": 1,
            "removed": 1,
            "unchanged": 0,
        }
    elif output_format == "md":
        assert "## Gaps closed" in text and "| palermo.3.a |" in text
        assert "by force **or payments**" in text
    else:
        assert_self_contained_html(text)
        assert "by force <ins>or payments</ins>" in text


# --- command line ----------------------------------------------------------------------


def write_assessments(tmp_path: Path, *assessments: Assessment) -> list[Path]:
    paths = []
    for index, item in enumerate(assessments):
        path = tmp_path / f"a{index}.json"
        path.write_text(api.assessment_json(item), encoding="utf-8")
        paths.append(path)
    return paths


def test_compare_and_diff_commands_write_every_format(tmp_path: Path) -> None:
    files = write_assessments(tmp_path, ALPHA, BETA, GAMMA)
    result = run_cli("compare", *files, "-o", tmp_path / "cmp", "--format", "html,csv,md,json")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "cmp").iterdir()) == [
        "comparison.csv",
        "comparison.html",
        "comparison.json",
        "comparison.md",
    ]
    (tmp_path / "d").mkdir()
    old, new = write_assessments(tmp_path / "d", OLD, NEW)
    result = run_cli("diff", old, new, "-o", tmp_path / "diff")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "diff").iterdir()) == [
        "diff.html",
        "diff.json",
        "diff.md",
    ]
    printed = run_cli("diff", old, new)
    assert printed.stdout == (tmp_path / "diff" / "diff.md").read_text(encoding="utf-8")
    gaps = run_cli("compare", *files, "--gaps-only", "-s", "untoc")
    assert "| untoc.11 |" in gaps.stdout and "| crc.1 |" not in gaps.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "{a0}"], "at least two assessments"),
        (["compare", "{a0}", "{a1}", "--format", "pdf"], "unknown format pdf"),
        (["compare", "{a0}", "{a1}", "--format", "html,md"], "2 formats need -o DIRECTORY"),
        (["compare", "{a0}", "{a1}", "--status", "green"], "unknown status green"),
        (["compare", "{a0}", "{bad}"], "is not a lawreview assessment"),
        (["diff", "{a0}", "{a1}", "--format", "csv"], "unknown format csv"),
        (["diff", "{a0}", "{a1}", "-o", "{a0}"], "is a file"),
    ],
    ids=["one", "format", "formats-to-stdout", "status", "not-assessment", "diff-csv", "out-file"],
)
def test_bad_arguments_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    a0, a1 = write_assessments(tmp_path, ALPHA, BETA)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "other"}', encoding="utf-8")
    result = run_cli(*(a.format(a0=a0, a1=a1, bad=bad) for a in args))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_outputs_are_not_overwritten_without_force(tmp_path: Path) -> None:
    files = write_assessments(tmp_path, ALPHA, BETA)
    assert run_cli("compare", *files, "-o", tmp_path / "out").returncode == 0
    again = run_cli("compare", *files, "-o", tmp_path / "out")
    assert again.returncode == 2 and "--force" in again.stderr
    assert run_cli("compare", *files, "-o", tmp_path / "out", "--force").returncode == 0


# --- the committed examples ---------------------------------------------------------------


def test_the_committed_comparison_and_diff_examples_are_current() -> None:
    """Regenerate with `python reports/build_compare.py` after changing the engine."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "reports" / "build_compare.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    written = {p.relative_to(ROOT).as_posix() for p in (ROOT / "reports").glob("*/*.*")}
    assert written >= {
        f"reports/{name}.{ext}"
        for name, extensions in (
            ("comparison/comparison", "html csv md"),
            ("diff/diff", "html md json"),
        )
        for ext in extensions.split()
    }
    comparison = (ROOT / "reports" / "comparison" / "comparison.csv").read_text(encoding="utf-8")
    assert len(next(csv.reader(io.StringIO(comparison)))) >= 6 + 3 + 2, "at least 3 jurisdictions"


def test_the_amended_sample_adds_the_payments_means() -> None:
    before = {p.eid for p in api.extract(ROOT / "corpora/samples/varanda-tip-act-2019.pdf").walk()}
    after_law = api.extract(ROOT / "corpora/amendments/varanda-tip-act-2019-amended.pdf")
    after = {p.eid for p in after_law.walk()}
    assert after - before == {"part_II__sec_4__subsec_1__para_a__subpara_iv"}
    assert before - after == set()
    section_9 = after_law.find("part_II__sec_9")
    assert section_9 is not None and "not exceeding five years" in section_9.text


def test_the_templates_ship_with_the_package() -> None:
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["lawreview"]
    templates = set((ROOT / "lawreview" / "compare_templates").iterdir())
    shipped = {p for pattern in patterns for p in (ROOT / "lawreview").glob(pattern)}
    assert templates and templates <= shipped
