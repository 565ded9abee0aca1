"""Reviewer decisions: init, validation with lines, merge, staleness, update."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_cli
from synthetic import assessment, finding

from lawreview import api, review
from lawreview.model import Assessment, DecisionSet, Finding

ASSESSMENT_SCHEMA = ROOT / "lawreview" / "schemas" / "assessment.schema.json"
SAMPLE_DECISIONS = ROOT / "corpora" / "decisions" / "varanda.decisions.yaml"

BASE = assessment(
    finding("palermo.3.a", "partial", ("sec_4", "A person who recruits ... by means of force")),
    finding("untoc.11", "conflict", ("sec_8", "liable to a fine or to imprisonment")),
    finding("crc.1", "missing"),
)


def decide(text: str, requirement_id: str, **fields: str) -> str:
    """`text` (a decision file) with the reviewer fields of one entry filled in."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"  - requirement: {requirement_id}\n")
    for offset, line in enumerate(lines[start:], start):
        if offset > start and line.startswith("  - "):
            break
        key = line.strip().removeprefix("- ").split(":", 1)[0]
        if key in fields:
            lines[offset] = f"{line[:4]}{key}: {fields[key]}\n"
    return "".join(lines)


def decided_file(tmp_path: Path, base: Assessment = BASE, **decisions: dict[str, str]) -> Path:
    text = review.init_decisions(base)
    for requirement_id, fields in decisions.items():
        text = decide(text, requirement_id.replace("_", "."), **fields)
    path = tmp_path / "decisions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


OVERRIDE = {"status": "compliant", "reason": "false negative", "note": "s.2 covers it",
            "reviewer": "A. Reviewer", "date": "2024-06-01"}  # fmt: skip


def line_of(path: Path, needle: str, after: str = "") -> int:
    """1-based line of the first line containing `needle` after the line containing `after`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines[start:], start) if needle in line) + 1


# --- init and load -------------------------------------------------------------------


def test_init_writes_one_undecided_entry_per_finding(tmp_path: Path) -> None:
    path = decided_file(tmp_path)
    decisions = review.load_decisions(path)
    assert [d.requirement_id for d in decisions.decisions] == [
        f.requirement_id for f in BASE.findings
    ]
    first = decisions.decisions[0]
    assert (first.machine_status, first.machine_confidence, first.evidence) == (
        "partial",
        0.8,
        ("sec_4",),
    )
    assert first.evidence_sha256 == review.evidence_hash(BASE.findings[0])
    assert not any(d.decided for d in decisions.decisions)
    assert decisions.jurisdiction == "Republic of Testland"
    assert first.line == line_of(path, "requirement: palermo.3.a")


@pytest.mark.parametrize(
    ("fields", "key", "message"),
    [
        ({**OVERRIDE, "status": "compliantt"}, "status", "unknown status 'compliantt'"),
        ({**OVERRIDE, "reason": "because"}, "reason", "unknown reason 'because'"),
        ({**OVERRIDE, "reason": ""}, "reason", "a status without a reason"),
        ({**OVERRIDE, "reviewer": ""}, "reviewer", "a status without the reviewer's name"),
        ({**OVERRIDE, "date": ""}, "date", "a status without a date"),
        ({**OVERRIDE, "date": "03/06/2024"}, "date", "not a date"),
        ({"reason": "interpretation"}, "reason", "a reason without a status"),
        ({"machine_status": "green"}, "machine_status", "unknown status 'green'"),
        ({"requirement": "Palermo 3a"}, "requirement", "not a requirement id"),
        ({"evidence_sha256": "abc"}, "evidence_sha256", "not a SHA-256 hash"),
        ({"confidence": "high"}, "confidence", "not a number"),
        ({"note": "[1, 2]"}, "note", "not text"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_bad_entry_is_an_error_naming_its_line(
    tmp_path: Path, fields: dict[str, str], key: str, message: str
) -> None:
    path = decided_file(tmp_path, untoc_11=fields)
    with pytest.raises(review.DecisionsError) as caught:
        review.load_decisions(path)
    (problem,) = caught.value.problems
    assert problem.key == f"decisions.1.{key}"
    assert message in problem.message
    expected = line_of(path, f" {key}:", after="# untoc Art. 11")
    assert problem.line == expected
    assert f"{path}:{expected}:" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("schema: lawreview/decisions@1\ndecisions:\n  - requirement: [\n", 4, "bad YAML"),
        ("schema: other@1\ndecisions: []\n", 1, "expected `schema: lawreview/decisions@1`"),
        ("schema: lawreview/decisions@1\ndecisions: 3\n", 2, "missing or not a list"),
        ("schema: lawreview/decisions@1\ndecisions: []\nextra: 1\n", 3, "unknown key"),
        ("- just a list\n", 1, "is not a decision file"),
        ("schema: lawreview/decisions@1\ndecisions:\n  - 42\n", 3, "is not an entry"),
    ],
    ids=["syntax", "schema", "not-a-list", "top-key", "not-a-mapping", "not-an-entry"],
)
def test_a_bad_file_is_an_error_naming_its_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = tmp_path / "decisions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(review.DecisionsError) as caught:
        review.load_decisions(path)
    assert any(p.line == line and message in p.message for p in caught.value.problems), str(
        caught.value
    )


def test_an_unknown_entry_key_and_a_duplicate_entry_are_errors(tmp_path: Path) -> None:
    path = decided_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    entry = text[text.index("  - requirement: crc.1") :]
    path.write_text(text.replace("    note:\n", "    nots: x\n", 1) + "\n" + entry, "utf-8")
    with pytest.raises(review.DecisionsError) as caught:
        review.load_decisions(path)
    found = {(p.key, p.line) for p in caught.value.problems}
    assert ("decisions.0.nots", line_of(path, "nots: x")) in found
    duplicate = [p for p in caught.value.problems if "has a decision already" in p.message]
    assert duplicate and f"line {line_of(path, 'requirement: crc.1')}" in duplicate[0].message


def test_reasons_and_statuses_may_be_written_in_words(tmp_path: Path) -> None:
    fields = {**OVERRIDE, "status": "Not applicable", "reason": "out-of-scope"}
    decision = review.load_decisions(decided_file(tmp_path, crc_1=fields)).find("crc.1")
    assert decision is not None
    assert (decision.status, decision.reason) == ("not_applicable", "out_of_scope")


def test_dates_stay_text_and_notes_round_trip(tmp_path: Path) -> None:
    note = '"Quoted": s. 4(1)(a) — a colon: and a hash # too, ' + "long " * 20
    fields = {**OVERRIDE, "note": json.dumps(note)}
    path = decided_file(tmp_path, crc_1=fields)
    decisions = review.load_decisions(path)
    summary = review.update_decisions(BASE, decisions)
    path.write_text(summary.text, encoding="utf-8")
    again = review.load_decisions(path).find("crc.1")
    assert again is not None
    assert (again.date, again.note) == ("2024-06-01", note.strip())


# --- merge and staleness ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("machine", "decided", "now", "final", "overridden", "stale"),
    [
        (
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "compliant",
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "compliant",
            True,
            False,
        ),
        (
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "partial",
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "partial",
            False,
            False,
        ),
        (
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "compliant",
            finding("palermo.3.a", "partial", ("sec_4", "by  force\n")),
            "compliant",
            True,
            False,
        ),
        (
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "compliant",
            finding("palermo.3.a", "compliant", ("sec_4", "by force"), confidence=0.9),
            "compliant",
            False,
            False,
        ),
        (
            finding("palermo.3.a", "partial", ("sec_4", "by force")),
            "compliant",
            finding("palermo.3.a", "partial", ("sec_4", "by force or payments")),
            "partial",
            False,
            True,
        ),
        (
            finding("crc.1", "missing"),
            "compliant",
            finding("crc.1", "partial", ("sec_2", "a child is a person under 16")),
            "partial",
            False,
            True,
        ),
        (
            finding("crc.1", "missing"),
            "compliant",
            finding("crc.1", "missing"),
            "compliant",
            True,
            False,
        ),
    ],
    ids=[
        "override",
        "confirmed",
        "whitespace-only-change",
        "machine-now-agrees",
        "evidence-amended",
        "evidence-appeared",
        "no-evidence-unchanged",
    ],
)
def test_decisions_apply_unless_the_evidence_text_changed(
    tmp_path: Path,
    machine: Finding,
    decided: str,
    now: Finding,
    final: str,
    overridden: bool,
    stale: bool,
) -> None:
    fields = {**OVERRIDE, "status": decided}
    path = decided_file(tmp_path, assessment(machine), **{machine.requirement_id: fields})
    decisions = review.load_decisions(path)
    reviewed = review.apply_decisions(assessment(now), decisions)
    (result,) = reviewed.findings
    assert result.review is not None
    assert (result.status, result.review.overridden, result.review.stale) == (
        final,
        overridden,
        stale,
    )
    assert result.review.machine_status == now.status
    assert result.review.source == f"{path}:{line_of(path, 'requirement: ' + now.requirement_id)}"
    notices = review.decision_notices(reviewed, decisions)
    assert [n.kind for n in notices] == (["stale"] if stale else [])


def test_undecided_entries_leave_findings_alone(tmp_path: Path) -> None:
    decisions = review.load_decisions(decided_file(tmp_path))
    assert review.apply_decisions(BASE, decisions) == BASE


def test_applying_twice_starts_from_the_machine_status(tmp_path: Path) -> None:
    decisions = review.load_decisions(decided_file(tmp_path, crc_1=OVERRIDE))
    once = review.apply_decisions(BASE, decisions)
    assert review.apply_decisions(once, decisions) == once
    undecided = review.load_decisions(decided_file(tmp_path))
    assert review.apply_decisions(once, undecided) == BASE


@pytest.mark.parametrize(
    ("requirement_id", "known", "error", "notice"),
    [
        ("opsc.4", set(), "unknown requirement opsc.4", None),
        ("opsc.4", {"opsc.4"}, None, "not_assessed"),
    ],
    ids=["unknown", "known-not-assessed"],
)
def test_a_decision_outside_the_assessment(
    tmp_path: Path, requirement_id: str, known: set[str], error: str | None, notice: str | None
) -> None:
    path = decided_file(tmp_path, crc_1=OVERRIDE)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "requirement: crc.1", f"requirement: {requirement_id}"
        ),
        encoding="utf-8",
    )
    decisions = review.load_decisions(path)
    if error is not None:
        with pytest.raises(review.DecisionsError, match=error) as caught:
            review.apply_decisions(BASE, decisions, known)
        assert caught.value.problems[0].line == line_of(path, f"requirement: {requirement_id}")
        return
    reviewed = review.apply_decisions(BASE, decisions, known)
    assert [n.kind for n in review.decision_notices(reviewed, decisions)] == [notice]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((("s1", "one"), ("s2", "two")), (("s2", "two"), ("s1", "one")), True),
        ((("s1", "one  two"),), (("s1", "one\ntwo "),), True),
        ((("s1", "one"),), (("s9", "one"),), True),
        ((("s1", "one"),), (("s1", "one"), ("s1", "one")), True),
        ((("s1", "three years"),), (("s1", "five years"),), False),
        ((), (("s1", "one"),), False),
    ],
    ids=["order", "whitespace", "renumbered", "repeated", "amended", "appeared"],
)
def test_evidence_hash(
    a: tuple[tuple[str, str], ...], b: tuple[tuple[str, str], ...], same: bool
) -> None:
    first = review.evidence_hash(finding("crc.1", "partial", *a))
    second = review.evidence_hash(finding("crc.1", "partial", *b))
    assert (first == second) is same


# --- update ----------------------------------------------------------------------------


def test_update_keeps_reviewer_entries_adds_and_marks_vanished(tmp_path: Path) -> None:
    path = decided_file(tmp_path, crc_1=OVERRIDE, untoc_11={**OVERRIDE, "status": "partial"})
    before = path.read_text(encoding="utf-8")
    old = review.load_decisions(path)
    new = assessment(
        finding("palermo.3.a", "compliant", ("sec_4", "by force or payments")),
        finding("untoc.11", "conflict", ("sec_8", "liable to a fine or to imprisonment, amended")),
        finding("palermo.6.3", "partial", ("sec_17", "shelter")),
    )
    summary = api.update_decisions(new, path)
    assert (summary.added, summary.refreshed, summary.vanished, summary.stale) == (
        ("palermo.6.3",),
        ("palermo.3.a",),
        ("crc.1",),
        ("untoc.11",),
    )
    assert (tmp_path / "decisions.yaml.bak").read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["decisions.yaml", "decisions.yaml.bak"]
    updated = review.load_decisions(path)
    by_id = {d.requirement_id: d for d in updated.decisions}
    assert list(by_id) == ["palermo.3.a", "untoc.11", "palermo.6.3", "crc.1"]
    assert by_id["crc.1"] == dataclasses.replace(
        old.find("crc.1"), vanished=True, line=by_id["crc.1"].line
    )
    assert by_id["untoc.11"] == dataclasses.replace(
        old.find("untoc.11"), line=by_id["untoc.11"].line
    )
    assert by_id["palermo.3.a"].machine_status == "compliant"
    assert not by_id["palermo.3.a"].decided
    reviewed = review.apply_decisions(new, updated)
    assert {n.requirement_id: n.kind for n in review.decision_notices(reviewed, updated)} == {
        "untoc.11": "stale",
        "crc.1": "vanished",
    }


def test_update_twice_changes_nothing_and_reconfirm_revives_a_stale_decision(
    tmp_path: Path,
) -> None:
    path = decided_file(tmp_path, untoc_11=OVERRIDE)
    amended = assessment(
        finding("palermo.3.a", "partial", ("sec_4", "A person who recruits ... by means of force")),
        finding("untoc.11", "partial", ("sec_8", "liable to imprisonment")),
        finding("crc.1", "missing"),
    )
    api.update_decisions(amended, path)
    once = path.read_text(encoding="utf-8")
    api.update_decisions(amended, path)
    assert path.read_text(encoding="utf-8") == once
    assert (
        review.apply_decisions(amended, review.load_decisions(path)).findings[1].status == "partial"
    )
    summary = api.update_decisions(amended, path, reconfirm=["untoc.11"])
    assert summary.reconfirmed == ("untoc.11",)
    reviewed = review.apply_decisions(amended, review.load_decisions(path))
    assert reviewed.findings[1].status == "compliant"
    assert reviewed.findings[1].review is not None
    assert reviewed.findings[1].review.machine_status == "partial"


def test_update_dry_run_and_unknown_reconfirm_leave_the_file_alone(tmp_path: Path) -> None:
    path = decided_file(tmp_path)
    before = path.read_text(encoding="utf-8")
    summary = api.update_decisions(assessment(), path, write=False)
    assert summary.vanished == ("palermo.3.a", "untoc.11", "crc.1")
    with pytest.raises(api.LawreviewError, match=r"--reconfirm opsc\.4"):
        api.update_decisions(BASE, path, reconfirm=["opsc.4"])
    assert path.read_text(encoding="utf-8") == before
    assert not (tmp_path / "decisions.yaml.bak").exists()


# --- the assessment JSON -----------------------------------------------------------------


def test_reviewed_assessment_json_follows_the_schema_and_reads_back(tmp_path: Path) -> None:
    decisions = review.load_decisions(
        decided_file(tmp_path, crc_1=OVERRIDE, palermo_3_a={**OVERRIDE, "status": "partial"})
    )
    reviewed = review.apply_decisions(BASE, decisions)
    data = json.loads(api.assessment_json(reviewed))
    schema = json.loads(ASSESSMENT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    crc = data["findings"][2]
    assert crc["status"] == "compliant" and crc["evidence"] == []
    assert crc["review"]["machine_status"] == "missing" and crc["review"]["overridden"]
    assert data["findings"][1]["review"] is None
    assert data["summary"]["compliant"] == 1
    path = tmp_path / "assessment.json"
    path.write_text(api.assessment_json(reviewed), encoding="utf-8")
    assert api.read_assessment(path) == reviewed
    machine = json.loads(api.assessment_json(BASE))
    machine["findings"][0]["evidence"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(machine)


def test_the_sample_decisions_are_valid_for_the_library() -> None:
    decisions = review.load_decisions(SAMPLE_DECISIONS)
    decided = [d for d in decisions.decisions if d.decided]
    assert len(decided) >= 3
    assert {d.reason for d in decided} >= {"false_negative", "out_of_scope", "interpretation"}
    known = {r.id for r in api.load_standards().all_requirements()}
    assert {d.requirement_id for d in decisions.decisions} <= known
    assert isinstance(decisions, DecisionSet)


# --- end to end ---------------------------------------------------------------------------


VARANDA = ROOT / "corpora" / "samples" / "varanda-tip-act-2019.pdf"
AMENDED = ROOT / "corpora" / "amendments" / "varanda-tip-act-2019-amended.pdf"


def test_an_override_survives_rerunning_and_an_amendment_makes_it_stale(tmp_path: Path) -> None:
    first = run_cli("analyze", VARANDA, "-o", tmp_path / "v1", "--jurisdiction", "Varanda")
    assert first.returncode == 0, first.stderr
    decisions = tmp_path / "decisions.yaml"
    made = run_cli("review", "init", tmp_path / "v1" / "assessment.json", "-o", decisions)
    assert made.returncode == 0, made.stderr
    machine = {
        f["requirement_id"]: f
        for f in json.loads((tmp_path / "v1" / "assessment.json").read_text())["findings"]
    }
    target = "untoc.2.b"
    wanted = "partial" if machine[target]["status"] != "partial" else "compliant"
    decisions.write_text(
        decide(decisions.read_text(encoding="utf-8"), target, **{**OVERRIDE, "status": wanted}),
        encoding="utf-8",
    )
    written = decisions.read_text(encoding="utf-8")
    again = run_cli(
        "analyze",
        VARANDA,
        "--decisions",
        decisions,
        "-o",
        tmp_path / "v2",
        "--jurisdiction",
        "Varanda",
    )
    assert again.returncode == 0, again.stderr
    assert "warning" not in again.stderr
    reviewed = {
        f["requirement_id"]: f
        for f in json.loads((tmp_path / "v2" / "assessment.json").read_text())["findings"]
    }
    assert reviewed[target]["status"] == wanted
    assert reviewed[target]["review"]["machine_status"] == machine[target]["status"]
    assert f"{target:16} {wanted}*" in again.stdout
    amended = run_cli("analyze", AMENDED, "--decisions", decisions, "--jurisdiction", "Varanda")
    assert amended.returncode == 0, amended.stderr
    assert f"{target}: the evidence text changed since the decision" in amended.stderr
    assert f"{target:16} {wanted}" not in amended.stdout
    assert decisions.read_text(encoding="utf-8") == written
    assert not decisions.with_name("decisions.yaml.bak").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["review", "init", "missing.json"], "cannot be read as JSON"),
        (["review", "update", "{assessment}", "{bad}"], ":3: decisions.0.status: unknown status"),
        (["analyze", str(VARANDA), "--decisions", "{bad}"], ":3: decisions.0.status"),
    ],
    ids=["init-missing", "update-bad", "analyze-bad"],
)
def test_bad_decision_input_exits_2_naming_file_and_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema: lawreview/decisions@1\ndecisions:\n  - status: compliantt\n", encoding="utf-8"
    )
    assessment_file = tmp_path / "assessment.json"
    assessment_file.write_text(api.assessment_json(BASE), encoding="utf-8")
    filled = [a.format(bad=bad, assessment=assessment_file) for a in args]
    result = run_cli(*filled, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_text(encoding="utf-8").endswith("compliantt\n")


def test_review_init_refuses_to_overwrite(tmp_path: Path) -> None:
    assessment_file = tmp_path / "assessment.json"
    assessment_file.write_text(api.assessment_json(BASE), encoding="utf-8")
    target = tmp_path / "decisions.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run_cli("review", "init", assessment_file, "-o", target)
    assert result.returncode == 2 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"
