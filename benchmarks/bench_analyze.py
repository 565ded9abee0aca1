"""Analysis benchmark: the 300-page synthetic statute against the `all` profile.

Usage (from the repository root)::

    python benchmarks/gen_statute.py --pages 300 --out /tmp/statute_300.pdf
    python benchmarks/bench_analyze.py /tmp/statute_300.pdf [--runs 3] [--json OUT]

Each run is a fresh subprocess that times, in one process, the extraction
(`lawreview.extract`), the loading of the checklists (`load_standards`, a fixed
cost reported apart) and the analysis of the extracted law against every
requirement of the shipped library (`lawreview.analyze`: spaCy over the
passages, term matching, facts and judging; the spaCy pipeline itself is built
before the clock starts), and counts the spaCy passes over the law. It reports the
median of each, the median of the runs' ratios analysis / extraction (target:
at most 1.0), peak memory (target: under 1 GB) and the number of `nlp.pipe`
passes over the statute (target: one; the terms of the checklists are
lemmatised in a pass of their own).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
started = time.perf_counter()
import lawreview
from lawreview.nlp import pipeline
imported = time.perf_counter() - started
nlp = pipeline()
passes = []
original = type(nlp).pipe
def counting(self, texts, *args, **kwargs):
    texts = list(texts)
    passes.append(len(texts))
    return original(self, texts, *args, **kwargs)
type(nlp).pipe = counting
t0 = time.perf_counter()
law = lawreview.extract(sys.argv[1])
t1 = time.perf_counter()
standards = lawreview.load_standards()
t_standards = time.perf_counter()
assessment = lawreview.analyze([law], standards)
t2 = time.perf_counter()
print(json.dumps({
    "pages": law.document.page_count,
    "provisions": len(law.walk()),
    "requirements": len(assessment.findings),
    "import_s": imported,
    "extract_s": t1 - t0,
    "standards_s": t_standards - t1,
    "analyze_s": t2 - t_standards,
    "pipe_passes": passes,
    "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def run_once(pdf: Path) -> dict[str, float]:
    """One fresh-process measurement; the child's JSON line."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(pdf), str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()
    runs = []
    for number in range(1, args.runs + 1):
        runs.append(run_once(args.pdf))
        last = runs[-1]
        print(
            f"  run {number}/{args.runs}: extract {last['extract_s']:.2f} s, "
            f"analyze {last['analyze_s']:.2f} s, {last['peak_rss_mib']:.0f} MiB",
            file=sys.stderr,
        )
    extract = statistics.median(r["extract_s"] for r in runs)
    loading = statistics.median(r["standards_s"] for r in runs)
    analyze = statistics.median(r["analyze_s"] for r in runs)
    ratio = statistics.median(r["analyze_s"] / r["extract_s"] for r in runs)
    """Each run's ratio is measured in one process within seconds, so it holds
    when the machine's load changes between runs; the medians of the times may not."""
    peak = max(r["peak_rss_mib"] for r in runs)
    first = runs[0]
    summary = {
        "pdf": str(args.pdf),
        "pages": first["pages"],
        "provisions": first["provisions"],
        "requirements": first["requirements"],
        "extract_s": extract,
        "standards_s": loading,
        "analyze_s": analyze,
        "ratio": ratio,
        "peak_rss_mib": peak,
        "pipe_passes": first["pipe_passes"],
        "runs": runs,
    }
    print(
        f"{first['pages']} pages, {first['provisions']} provisions, "
        f"{first['requirements']} requirements"
    )
    print(f"extraction  {extract:6.2f} s (median of {len(runs)})")
    print(f"checklists  {loading:6.2f} s (loading and validating the YAML, a fixed cost)")
    print(f"analysis    {analyze:6.2f} s (matching and judging)")
    verdict = "PASS" if ratio <= 1.0 else "FAIL"
    print(
        f"ratio analysis/extraction {ratio:.2f} "
        f"(median of the runs' ratios; target <= 1.0) {verdict}"
    )
    memory = "PASS" if peak < 1000 else "FAIL"
    print(f"peak RSS {peak:.0f} MiB (target < 1000 MiB) {memory}")
    print(f"nlp.pipe passes (texts each): {first['pipe_passes']}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
