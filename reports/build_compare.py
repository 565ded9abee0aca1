"""Regenerate the comparison and diff examples under reports/.

Usage (from anywhere)::

    python reports/build_compare.py          # rewrite reports/comparison/ and reports/diff/
    python reports/build_compare.py --check  # exit 1 if a committed example is out of date

- `reports/comparison/comparison.{html,csv,md}`: every sample jurisdiction of
  `corpora/samples/` side by side (`lawreview compare`), Varanda with the sample
  reviewer decisions of `corpora/decisions/varanda.decisions.yaml` applied.
- `reports/diff/diff.{html,md,json}`: Varanda's Act of 2019 against the same Act as
  amended in 2024 (`corpora/amendments/`), machine findings only (`lawreview diff`).

Each law is assessed alone with the default standards, as `lawreview analyze`
does; the jurisdiction is the `@state` line of the law's source. Output is
deterministic (no dates, paths relative to the repository), so a change in
these files is a change in what the engine finds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lawreview import api  # noqa: E402  (the checkout's package, found through the path above)
from lawreview.model import Assessment, StandardSet  # noqa: E402

SAMPLES = Path("corpora/samples")
AMENDED = Path("corpora/amendments/varanda-tip-act-2019-amended.pdf")
BEFORE = SAMPLES / "varanda-tip-act-2019.pdf"
DECISIONS = {"varanda-tip-act-2019": Path("corpora/decisions/varanda.decisions.yaml")}
COMPARISON_FORMATS = ("html", "csv", "md")
DIFF_FORMATS = ("html", "md", "json")


def jurisdiction(pdf: Path) -> str:
    """The `@state` of the law's source (corpora/samples/src/<law>.txt)."""
    for directory in (SAMPLES / "src", AMENDED.parent / "src"):
        source = directory / f"{pdf.stem}.txt"
        if source.is_file():
            for line in source.read_text(encoding="utf-8").splitlines():
                if line.startswith("@state "):
                    return line.removeprefix("@state ").strip()
    raise SystemExit(f"no @state line for {pdf}")


def assess(pdf: Path, standards: StandardSet) -> Assessment:
    return api.analyze([pdf], standards, jurisdiction=jurisdiction(pdf))


def build() -> dict[Path, str]:
    """Every example file (relative to the repository) and its content."""
    standards = api.load_standards()
    outputs: dict[Path, str] = {}
    assessments = []
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        assessment = assess(pdf, standards)
        decisions_file = DECISIONS.get(pdf.stem)
        if decisions_file is not None:
            decisions = api.load_decisions(decisions_file)
            assessment = api.apply_decisions(assessment, decisions, standards)
            for notice in api.decision_notices(assessment, decisions):
                print(f"warning: {notice.source}: {notice.message}", file=sys.stderr)
        assessments.append(assessment)
    comparison = api.compare_assessments(assessments)
    for output_format in COMPARISON_FORMATS:
        outputs[Path(f"reports/comparison/comparison.{output_format}")] = api.render_comparison(
            comparison, output_format
        )
    version_diff = api.diff_assessments(assess(BEFORE, standards), assess(AMENDED, standards))
    for output_format in DIFF_FORMATS:
        outputs[Path(f"reports/diff/diff.{output_format}")] = api.render_diff(
            version_diff, output_format
        )
    return outputs


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    outputs = build()
    if "--check" in argv:
        stale = [
            str(path)
            for path, text in outputs.items()
            if not path.is_file() or path.read_text(encoding="utf-8") != text
        ]
        for path_name in stale:
            print(f"out of date: {path_name} (run python reports/build_compare.py)")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
