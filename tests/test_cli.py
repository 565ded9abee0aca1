"""The `lawreview` command run for real (`python cli.py ...`) on the sample laws."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import GOLD, ROOT, SAMPLES, run_cli, validate_law_json

import lawreview
from lawreview.cli import app

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
EXTENSIONS = {"json": ".json", "akn": ".xml", "md": ".md", "text": ".txt"}


def test_there_are_sample_pdfs_with_gold() -> None:
    assert len(SAMPLE_PDFS) >= 5
    assert {p.stem for p in SAMPLE_PDFS} == {
        g.name.removesuffix(".structure.json") for g in GOLD.glob("*.structure.json")
    }


@cache
def extract_stdout(pdf: Path, output_format: str) -> str:
    """stdout of `cli.py extract PDF --format F`, run once per pair."""
    result = run_cli("extract", pdf.relative_to(ROOT), "--format", output_format)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def gold_eids(pdf: Path) -> set[str]:
    gold = json.loads((GOLD / f"{pdf.stem}.structure.json").read_text(encoding="utf-8"))
    return {provision["eid"] for provision in gold["provisions"]}


def json_eids(provisions: list[dict]) -> set[str]:
    eids: set[str] = set()
    for provision in provisions:
        eids.add(provision["eid"])
        eids |= json_eids(provision["children"])
    return eids


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_extract_json_follows_the_schema(pdf: Path) -> None:
    data = json.loads(extract_stdout(pdf, "json"))
    validate_law_json(data)
    assert data["source"]["media_type"] == "application/pdf"
    assert json_eids(data["provisions"]) == gold_eids(pdf)


def eid_nesting_errors(root: ET.Element) -> tuple[list[str], list[str]]:
    """Every eId found, and each one that does not extend its nearest ancestor's."""
    seen: list[str] = []
    errors: list[str] = []

    def visit(element: ET.Element, ancestor_eid: str | None) -> None:
        eid = element.get("eId")
        if eid is not None:
            seen.append(eid)
            if ancestor_eid is not None and not eid.startswith(ancestor_eid + "__"):
                errors.append(f"{eid} inside {ancestor_eid}")
        for child in element:
            visit(child, eid if eid is not None else ancestor_eid)

    visit(root, None)
    return seen, errors


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_extract_akn_is_well_formed_and_nested(pdf: Path) -> None:
    root = ET.fromstring(extract_stdout(pdf, "akn").encode("utf-8"))
    assert root.tag == f"{AKN}akomaNtoso"
    body = root.find(f"{AKN}act/{AKN}body")
    assert body is not None
    eids, errors = eid_nesting_errors(root)
    assert errors == []
    body_eids, _ = eid_nesting_errors(body)
    assert len(body_eids) == len(set(body_eids)), "duplicated eIds"
    assert set(body_eids) == gold_eids(pdf)
    assert len(eids) > len(body_eids)  # the TLCOrganization in <meta> has one too


def test_eid_nesting_check_catches_a_misplaced_element() -> None:
    root = ET.fromstring(
        '<body><part eId="part_I"><section eId="part_I__sec_1">'
        '<subsection eId="part_II__sec_1__subsec_1"/></section></part></body>'
    )
    assert eid_nesting_errors(root)[1] == ["part_II__sec_1__subsec_1 inside part_I__sec_1"]


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_extract_md_has_headings(pdf: Path) -> None:
    lines = extract_stdout(pdf, "md").splitlines()
    assert lines[0].startswith("# ")
    headings = [line for line in lines[1:] if line.startswith("#")]
    assert len(headings) >= 3
    assert all(
        line.split(" ", 1)[0] in {"##", "###", "####", "#####", "######"} for line in headings
    )


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_extract_text_is_the_cleaned_text(pdf: Path) -> None:
    text = extract_stdout(pdf, "text")
    assert text.strip()
    assert text == lawreview.extract(pdf).document.text + "\n"


@pytest.mark.parametrize("output_format", ["json", "md"])
def test_output_file_is_never_overwritten_without_force(tmp_path: Path, output_format: str) -> None:
    pdf = SAMPLE_PDFS[0].relative_to(ROOT)
    out = tmp_path / f"law{EXTENSIONS[output_format]}"
    first = run_cli("extract", pdf, "-f", output_format, "-o", out)
    assert first.returncode == 0, first.stderr
    assert first.stdout == ""
    assert out.read_text(encoding="utf-8") == extract_stdout(ROOT / pdf, output_format)

    out.write_text("keep me", encoding="utf-8")
    again = run_cli("extract", pdf, "-f", output_format, "-o", out)
    assert again.returncode == 2
    assert "--force" in again.stderr
    assert str(out) in again.stderr
    assert "Traceback" not in again.stderr
    assert out.read_text(encoding="utf-8") == "keep me"

    forced = run_cli("extract", pdf, "-f", output_format, "-o", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8") != "keep me"
    if output_format == "json":
        validate_law_json(json.loads(out.read_text(encoding="utf-8")))
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary files left


@pytest.mark.parametrize("output_format", ["json", "akn", "md", "text"])
def test_several_inputs_write_one_file_each_into_a_directory(
    tmp_path: Path, output_format: str
) -> None:
    inputs = SAMPLE_PDFS[:3]
    out = tmp_path / "out"
    result = run_cli("extract", *inputs, "-f", output_format, "-o", out)
    assert result.returncode == 0, result.stderr
    expected = sorted(p.stem + EXTENSIONS[output_format] for p in inputs)
    assert sorted(p.name for p in out.iterdir()) == expected
    for pdf in inputs:
        content = (out / (pdf.stem + EXTENSIONS[output_format])).read_text(encoding="utf-8")
        assert content.strip()
        if output_format == "json":
            data = json.loads(content)
            validate_law_json(data)
            assert data["source"]["path"] == str(pdf)


@pytest.mark.parametrize(
    ("output_format", "exit_code"),
    [("json", 2), ("akn", 2), ("md", 0), ("text", 0)],
)
def test_several_inputs_without_output(output_format: str, exit_code: int) -> None:
    result = run_cli("extract", *SAMPLE_PDFS[:2], "-f", output_format)
    assert result.returncode == exit_code, result.stderr
    assert "Traceback" not in result.stderr
    if exit_code == 2:
        assert "-o" in result.stderr
        assert result.stdout == ""
    else:
        assert result.stdout.strip()


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["--help"], ["extract", "evaluate", "standards"]),
        (["extract", "--help"], ["--format", "--output", "-o", "--password", "--ocr", "--force"]),
        (["evaluate", "structure", "--help"], ["--details", "gold"]),
        (["evaluate", "--help"], ["structure"]),
    ],
    ids=["app", "extract", "evaluate structure", "evaluate"],
)
def test_help(args: list[str], mentions: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout
    for word in mentions:
        assert word in result.stdout


def test_ocr_help_names_the_extra() -> None:
    """`[ocr]` survives the help formatter (rich markup once swallowed it)."""
    result = run_cli("extract", "--help")
    assert "lawreview[ocr]" in result.stdout


def registered_commands() -> list[tuple[str, Any]]:
    """Every command and group of the app's click tree, by path (`evaluate structure`).

    Groups are recognised by their `commands` mapping: recent typer versions ship
    their own copy of click, whose classes are not `click.Group`.
    """
    found: list[tuple[str, Any]] = []

    def visit(command: Any, path: str) -> None:
        found.append((path, command))
        for name, sub in getattr(command, "commands", {}).items():
            visit(sub, f"{path} {name}".strip())

    visit(typer.main.get_command(app), "")
    return found


COMMANDS = registered_commands()


def test_the_commands_are_registered() -> None:
    paths = {path for path, _ in COMMANDS}
    assert {"", "extract", "evaluate", "evaluate structure", "standards"} <= paths


@pytest.mark.parametrize(
    "command",
    [command for _, command in COMMANDS],
    ids=[path or "lawreview" for path, _ in COMMANDS],
)
def test_every_command_has_help(command: Any) -> None:
    assert (command.help or "").strip()


def test_evaluate_structure_is_perfect_on_the_gold() -> None:
    result = run_cli("evaluate", "structure")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0].split()
    assert header == ["law", "gold", "found", "prec", "recall", "pages", "heads"]
    rows = {}
    for line in lines[1:]:
        cells = line.split()
        if len(cells) == len(header):
            rows[cells[0]] = dict(zip(header, cells))
    laws = {g.name.removesuffix(".structure.json") for g in GOLD.glob("*.structure.json")}
    assert set(rows) == laws
    for law, row in rows.items():
        assert (row["prec"], row["recall"]) == ("100.0%", "100.0%"), law
        assert row["gold"] == row["found"], law


@pytest.mark.parametrize(
    "args",
    [
        ["extract", str(SAMPLE_PDFS[0].relative_to(ROOT)), "--format", "json"],
        ["extract", "corpora/samples/no-such-law.pdf"],
    ],
    ids=["extract", "missing file"],
)
def test_cli_py_behaves_like_the_installed_command(args: list[str]) -> None:
    installed = shutil.which("lawreview")
    if installed is None:
        pytest.skip("the lawreview console script is not on PATH (pip install -e .)")
    script = subprocess.run(
        [installed, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    checkout = run_cli(*args)
    assert (script.returncode, script.stdout, script.stderr) == (
        checkout.returncode,
        checkout.stdout,
        checkout.stderr,
    )


def test_one_input_into_an_existing_directory(tmp_path: Path) -> None:
    pdf = SAMPLE_PDFS[0]
    result = run_cli("extract", pdf, "--format", "md", "-o", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / f"{pdf.stem}.md").read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("case", ["output is a file", "two inputs share a name"])
def test_outputs_that_would_clash_are_refused(tmp_path: Path, case: str) -> None:
    pdf = SAMPLE_PDFS[0]
    if case == "output is a file":
        target = tmp_path / "existing.json"
        target.write_text("mine", encoding="utf-8")
        result = run_cli("extract", pdf, SAMPLE_PDFS[1], "-o", target)
        assert target.read_text(encoding="utf-8") == "mine"
    else:
        result = run_cli("extract", pdf, pdf.with_suffix(".txt"), "-o", tmp_path)
        assert list(tmp_path.iterdir()) == []
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")


def test_outputs_get_the_usual_file_mode(tmp_path: Path) -> None:
    """Atomic writes go through a private temporary file; the result is not private."""
    import os

    target = tmp_path / "law.md"
    result = run_cli("extract", SAMPLE_PDFS[0], "--format", "md", "-o", target)
    assert result.returncode == 0, result.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
