"""`lawreview batch`: the manifest and its errors, one run in this process,
in two worker processes and on a two-worker Dask LocalCluster giving the same
files, a failing jurisdiction, --force, and runs interrupted part-way by a
signal leaving no half-written file."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, run_cli

import lawreview
from lawreview import api
from lawreview.batch import ManifestError, load_manifest

MANIFEST = """\
schema: lawreview/batch@1
profile: child-trafficking
formats: [json, md]
comparison: [md, json]
jurisdictions:
  - name: Republic of Varanda
    files: [{samples}/varanda-tip-act-2019.pdf]
  - name: Kingdom of Siamara
    files: [{samples}/siamara-anti-trafficking-act.html]
  - name: "Côte/../Pelaro"
    files: [{samples}/pelaro-anti-trafficking-act.txt, {samples}/kestria-penal-code.docx]
    profile: all
"""
EXPECTED_FILES = sorted(
    [
        "comparison.json",
        "comparison.md",
        *(
            f"{slug}/{name}"
            for slug in ("republic-of-varanda", "kingdom-of-siamara", "cote-pelaro")
            for name in ("assessment.json", "report.md")
        ),
    ]
)


def write_manifest(directory: Path, text: str = MANIFEST) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "batch.yaml"
    path.write_text(text.replace("{samples}", str(SAMPLES)), encoding="utf-8")
    return path


def outputs(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): p.read_text(encoding="utf-8")
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def serial_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The manifest run in this process, one unit of work after the other."""
    base = tmp_path_factory.mktemp("serial")
    manifest = api.load_manifest(write_manifest(base))
    options = api.batch_options(cache_dir=base / "cache")
    summary = api.run_batch(manifest, base / "out", options=options)
    assert summary.failures == ()
    assert summary.documents == 4
    return outputs(base / "out")


def test_batch_writes_an_assessment_per_jurisdiction_and_a_comparison(serial_run) -> None:
    assert sorted(serial_run) == EXPECTED_FILES
    varanda = json.loads(serial_run["republic-of-varanda/assessment.json"])["provenance"]
    assert varanda["jurisdiction"] == "Republic of Varanda"
    assert varanda["profile"] == "child-trafficking"
    pelaro = json.loads(serial_run["cote-pelaro/assessment.json"])["provenance"]
    assert pelaro["profile"] == "all"
    assert len(pelaro["documents"]) == 2
    comparison = json.loads(serial_run["comparison.json"])
    assert "Côte/../Pelaro" in json.dumps(comparison, ensure_ascii=False)


def test_two_worker_processes_give_the_same_files(serial_run, tmp_path: Path) -> None:
    manifest = write_manifest(tmp_path)
    result = run_cli(
        "batch", manifest, "-o", tmp_path / "out", "--jobs", "2", "--cache-dir", tmp_path / "c",
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "3 jurisdictions assessed from 4 documents" in result.stdout
    assert outputs(tmp_path / "out") == serial_run
    again = run_cli("batch", manifest, "-o", tmp_path / "out", "--cache-dir", tmp_path / "c")
    assert again.returncode == 2
    assert "already exist; pass --force" in again.stderr


def test_a_dask_cluster_gives_the_same_files(serial_run, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="pip install 'lawreview[dask]'")
    manifest = api.load_manifest(write_manifest(tmp_path))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
    ):
        summary = api.run_batch(
            manifest,
            tmp_path / "out",
            scheduler=cluster.scheduler_address,
            options=api.batch_options(cache_dir=tmp_path / "cache"),
        )
    assert summary.failures == ()
    assert outputs(tmp_path / "out") == serial_run


def test_a_broken_file_fails_its_jurisdiction_only(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    manifest = write_manifest(
        tmp_path,
        "jurisdictions:\n"
        "  - {name: Broken, files: [empty.pdf]}\n"
        "  - {name: Siamara, files: ['{samples}/siamara-anti-trafficking-act.txt']}\n",
    )
    result = run_cli("batch", manifest, "-o", tmp_path / "out", "--no-cache")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "error: Broken: " in result.stderr and "empty.pdf: is empty" in result.stderr
    assert "1 jurisdictions assessed from 2 documents; 1 failed" in result.stdout
    assert sorted(outputs(tmp_path / "out")) == ["siamara/assessment.json"]


# --- the manifest: every problem with its line ------------------------------------------

BAD_MANIFESTS = [
    ("jurisdictions: [", [":1: (file): bad YAML"]),
    ("- a list", [":1: (file): is not a batch manifest"]),
    ("jurisdictions: []", [":1: jurisdictions: missing, empty"]),
    ("color: red\njurisdictions:\n  - {name: A, files: [x.pdf]}", [":1: color: unknown key"]),
    (
        "jurisdictions:\n  - name: A\n    files: [absent.pdf]",
        [":3: jurisdictions.0.files: absent.pdf does not exist"],
    ),
    (
        "jurisdictions:\n  - name: A\n    files: [a.txt]\n  - name: A\n    files: [a.txt]",
        [":4: jurisdictions.1.name: 'A' is listed already (line 2)"],
    ),
    (
        "formats: [pdf]\njurisdictions:\n  - {name: A, files: [a.txt], colour: 1}",
        [":1: formats: unknown format pdf", ":3: jurisdictions.0.colour: unknown key"],
    ),
    ("jurisdictions:\n  - {files: [a.txt]}", [":2: jurisdictions.0.name: missing"]),
    ("jurisdictions:\n  - {name: A, files: 3}", [":2: jurisdictions.0.files: missing or not"]),
    (
        "jurisdictions:\n  - {name: A, files: [a.txt], decisions: no.yaml}",
        [":2: jurisdictions.0.decisions: 'no.yaml' is not a file"],
    ),
    (
        "schema: lawreview/batch@2\njurisdictions:\n  - {name: A, files: [a.txt]}",
        [":1: schema: expected"],
    ),
]


@pytest.mark.parametrize(("text", "problems"), BAD_MANIFESTS)
def test_manifest_problems_name_file_and_line(tmp_path: Path, text: str, problems) -> None:
    (tmp_path / "a.txt").write_text("Section 1. A law.", encoding="utf-8")
    path = tmp_path / "batch.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError) as raised:
        load_manifest(path)
    for problem in problems:
        assert f"{path}{problem}" in str(raised.value)


def test_cli_manifest_problem_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "batch.yaml"
    path.write_text("jurisdictions:\n  - name: A\n    files: [absent.pdf]\n", encoding="utf-8")
    result = run_cli("batch", path, "-o", tmp_path / "out")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{path}:3: jurisdictions.0.files: absent.pdf does not exist" in result.stderr


def test_the_shipped_example_manifest_loads() -> None:
    manifest = load_manifest(ROOT / "corpora" / "batch.yaml")
    files = [Path(f) for j in manifest.jurisdictions for f in j.files]
    assert {f.name for f in files} <= {p.name for p in SAMPLES.iterdir()}
    assert {f.stem for f in files} == {p.stem for p in SAMPLES.glob("*.pdf")}  # every sample law


# --- interrupted runs ----------------------------------------------------------------


def start(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "cli.py"), *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(process: subprocess.Popen[str], words: str, timeout: float = 120) -> str:
    """Read stderr until a line holding `words` appears; what was read."""
    assert process.stderr is not None
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        seen += line
        if words in line:
            return seen
    raise AssertionError(f"never printed {words!r}: {seen}")


def no_temporary_files(directory: Path) -> None:
    assert [p.name for p in directory.rglob("*.tmp")] == []


@pytest.mark.parametrize(
    ("signum", "when"),
    [(signal.SIGINT, "Assessing"), (signal.SIGTERM, "wrote")],
    ids=["SIGINT while assessing", "SIGTERM while writing the reports"],
)
def test_an_interrupted_analysis_leaves_whole_files(tmp_path: Path, signum: int, when: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    previous = {name: f"previous {name}\n" for name in ("assessment.json", "report.docx")}
    for name, text in previous.items():
        (out / name).write_text(text, encoding="utf-8")
    process = start(
        "analyze", SAMPLES / "varanda-tip-act-2019.pdf", "-o", out, "--force", "--no-cache",
        "-f", "json", "-f", "html", "-f", "md", "-f", "csv", "-f", "docx",
    )  # fmt: skip
    seen = wait_for(process, when)
    process.send_signal(signum)
    _, rest = process.communicate(timeout=120)
    stderr = seen + rest
    assert "Traceback" not in stderr
    if process.returncode != 0:  # it may have finished before the signal came
        assert process.returncode == 130, stderr
    no_temporary_files(tmp_path)
    for name in ("assessment.json", "report.docx"):
        content = (out / name).read_bytes()
        if content != previous[name].encode():
            assert f"wrote {out / name}" in stderr
    if (out / "assessment.json").read_text(encoding="utf-8") != previous["assessment.json"]:
        json.loads((out / "assessment.json").read_text(encoding="utf-8"))


def test_an_interrupted_batch_leaves_no_partial_output(tmp_path: Path) -> None:
    manifest = write_manifest(tmp_path)
    process = start("batch", manifest, "-o", tmp_path / "out", "--jobs", "2", "--no-cache")
    seen = wait_for(process, "Assessing jurisdictions")
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=120)
    assert "Traceback" not in seen + rest
    assert process.returncode == 130
    no_temporary_files(tmp_path)
    assert not (tmp_path / "out").exists()  # outputs are written only once all are ready


def test_a_second_analysis_reads_the_assessment_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lawreview.analysis import engine

    law = SAMPLES / "siamara-anti-trafficking-act.txt"
    standards = lawreview.load_standards(profile="child-trafficking")
    first = lawreview.analyze([law], standards, jurisdiction="Siamara", cache_dir=tmp_path)

    def no_analysis(*args: object, **kwargs: object) -> None:
        raise AssertionError("the analysis ran again")

    monkeypatch.setattr(engine, "analyze", no_analysis)
    assert lawreview.analyze([law], standards, jurisdiction="Siamara", cache_dir=tmp_path) == first
    other = lawreview.load_standards(profile="child-labour")
    with pytest.raises(AssertionError, match="ran again"):
        lawreview.analyze([law], other, jurisdiction="Siamara", cache_dir=tmp_path)
