"""Regenerate the example reports under reports/.

Usage (from anywhere)::

    python reports/build.py          # rewrite reports/<country>/
    python reports/build.py --check  # exit 1 if a committed example is out of date

For each example, `reports/<country>/` holds `assessment.json` and the report
in every format (`report.html`, `report.docx`, `report.md`, `report.csv`), as

    lawreview analyze LAW --jurisdiction STATE -p PROFILE \\
        -f json -f html -f docx -f md -f csv -o reports/<country>

writes them. Output is deterministic (no dates, paths relative to the
repository, the package's own version as the tool version), so a change in
these files is a change in what the engine finds or the report shows.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import lawreview  # noqa: E402  (the checkout's package, found through the path above)
from lawreview import api  # noqa: E402

EXAMPLES = (
    # (directory under reports/, law, jurisdiction, profile)
    (
        "varanda",
        "corpora/samples/varanda-tip-act-2019.pdf",
        "Republic of Varanda",
        "child-trafficking",
    ),
    (
        "lorvia",
        "corpora/samples/lorvia-child-protection-code.pdf",
        "Republic of Lorvia",
        "child-labour",
    ),
)
FORMATS = ("json", "html", "docx", "md", "csv")


def build() -> dict[Path, bytes]:
    """Every example file (relative to the repository) and its bytes."""
    cwd = Path.cwd()
    os.chdir(ROOT)  # document paths in the assessment are relative to the repository
    try:
        outputs: dict[Path, bytes] = {}
        for name, law, state, profile in EXAMPLES:
            standards = api.load_standards(profile=profile)
            assessment = api.analyze([Path(law)], standards, jurisdiction=state)
            # The installed version differs between a checkout and an install;
            # the examples carry the package's own.
            assessment = dataclasses.replace(assessment, tool_version=lawreview.__version__)
            for output_format in FORMATS:
                content = api.render(assessment, output_format, standards=standards)
                stem = "assessment" if output_format == "json" else "report"
                data = content if isinstance(content, bytes) else content.encode("utf-8")
                outputs[Path("reports") / name / f"{stem}.{output_format}"] = data
        return outputs
    finally:
        os.chdir(cwd)


def main(argv: list[str]) -> int:
    outputs = build()
    if "--check" in argv:
        stale = [
            p
            for p, data in outputs.items()
            if not (ROOT / p).is_file() or (ROOT / p).read_bytes() != data
        ]
        for path in stale:
            print(f"out of date: {path} (run python reports/build.py)", file=sys.stderr)
        return 1 if stale else 0
    for path, data in outputs.items():
        target = ROOT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
