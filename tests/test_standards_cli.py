"""`lawreview standards ...`: list, show, validate, --standards-dir, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import INSTRUMENT_IDS, run_cli
from typer.testing import CliRunner

from lawreview.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "standards"
runner = CliRunner()


def test_list_prints_counts_per_instrument():
    result = runner.invoke(app, ["standards", "list"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split() for line in result.output.splitlines() if line}
    for instrument in INSTRUMENT_IDS:
        assert instrument in rows
    assert int(rows["palermo"][2]) >= 17


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "palermo.3.d",
            ["Palermo Protocol, Art. 3(d)", "18 years", "equivalent to c182.2", "[the State]"],
        ),
        ("palermo.3.a#means-fraud", ["Art. 3(a)", "harbouring", "Arts. 5 and 8"]),
        ("actip.5", ["UNVERIFIED"]),
        ("c138", ["Minimum Age Convention", "c138.2.3", "1973-06-26"]),
    ],
)
def test_show_reads_as_plain_text(item, expected):
    result = runner.invoke(app, ["standards", "show", item])
    assert result.exit_code == 0, result.output
    for text in expected:
        assert text in result.output
    assert "id:" not in result.output and "- {target" not in result.output


def test_show_unknown_id_exits_2():
    result = run_cli("standards", "show", "palermo.99", cwd=FIXTURES)
    assert result.returncode == 2
    assert "no instrument or requirement `palermo.99`" in result.stderr


def test_validate_the_shipped_library():
    result = run_cli("standards", "validate", cwd=FIXTURES)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_validate_broken_files_exits_2_with_file_line_and_fix():
    result = run_cli("standards", "validate", "broken", cwd=FIXTURES)
    assert result.returncode == 2
    assert "broken/unknown-link.yaml:26: requirements.0.links.0.target" in result.stderr
    assert "did you mean `palermo.3.d`?" in result.stderr
    assert "broken/missing-terms.yaml:20: requirements.0.elements.0.terms: missing key" in (
        result.stderr
    )


def test_standards_dir_adds_a_researchers_instrument():
    result = runner.invoke(
        app, ["standards", "show", "regional.1", "--standards-dir", str(FIXTURES / "extra")]
    )
    assert result.exit_code == 0, result.output
    assert "equivalent to palermo.3.d" in result.output
    listed = runner.invoke(
        app,
        [
            "standards",
            "list",
            "--standards-dir",
            str(FIXTURES / "extra"),
            "--profile",
            "regional-core",
        ],
    )
    assert "regional" in listed.output and "regional-core" in listed.output
