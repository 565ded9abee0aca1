"""Benchmark batch extraction: 1 and 2 jobs, cold and warm cache, peak memory.

Usage::

    python benchmarks/bench_batch.py [--laws 100] [--pages 12] [--dir /tmp/lawreview-bench]

In: a number of laws to generate (synthetic statutes of `gen_statute.py`, one
seed each, so every file is different) and a work directory (generated laws
are kept there and reused; the caches are made fresh for every run). Out: a
table of wall time and documents per second for each configuration, the
speed-up of 2 jobs over 1 (target >= 1.7 on a 2-core machine), of a warm cache
over a cold one (target >= 10), and the peak resident memory of this process
and of its largest worker.

Each configuration runs the batch's extraction phase as `lawreview batch` does
(`lawreview.batch.extract_document` through the same runner, worker start-up
included), with the CLI's default budgets (600 s, 4096 MB a document).

`--full` also times the whole work of a batch, extraction and analysis of each
law as one jurisdiction (the `child-trafficking` profile), cold and warm: the
cache keeps assessments as well as extractions.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from lawreview import api  # noqa: E402
from lawreview.batch import BatchOptions, _mapper, _standards, extract_document  # noqa: E402


def generate(seed: int, pages: int, out: Path) -> Path:
    """One synthetic statute of `pages` pages (kept if already there)."""
    if not out.exists():
        import gen_statute

        built = gen_statute.fit(pages, seed, gen_statute.register_fonts(), log=False)
        out.write_bytes(built.pdf)
    return out


def run(laws: list[Path], jobs: int, cache_dir: Path) -> float:
    """Seconds to extract every law with `jobs` processes through `cache_dir`."""
    options = BatchOptions(timeout=600, max_memory_mb=4096, cache_dir=str(cache_dir))
    started = time.perf_counter()
    with _mapper(jobs, None, None) as mapper:
        results = mapper("extract", extract_document, [(str(p), options) for p in laws])
    elapsed = time.perf_counter() - started
    failed = [r for r in results if isinstance(r, str)]
    if failed:
        raise SystemExit(f"extraction failed: {failed[:3]}")
    return elapsed


def assess_file(path: str, options: BatchOptions) -> str:
    """Extract and analyse one law as one jurisdiction; its overall counts."""
    law = extract_document(path, options)
    if isinstance(law, str):
        return law
    standards = _standards("child-trafficking", ())
    assessment = api.analyze([law], standards, jurisdiction=path, cache_dir=options.cache_dir)
    return f"{len(assessment.findings)} findings"


def run_full(laws: list[Path], jobs: int, cache_dir: Path) -> float:
    """Seconds to extract and analyse every law with `jobs` processes."""
    options = BatchOptions(timeout=600, max_memory_mb=4096, cache_dir=str(cache_dir))
    started = time.perf_counter()
    with _mapper(jobs, None, None) as mapper:
        mapper("assess", assess_file, [(str(p), options) for p in laws])
    return time.perf_counter() - started


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--laws", type=int, default=100)
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/lawreview-bench"))
    parser.add_argument("--full", action="store_true", help="also time extraction + analysis")
    args = parser.parse_args()
    laws_dir = args.dir / "laws"
    laws_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    targets = [laws_dir / f"law-{seed:03}.pdf" for seed in range(1, args.laws + 1)]
    with ProcessPoolExecutor(2) as pool:
        laws = list(pool.map(generate, range(1, args.laws + 1), [args.pages] * args.laws, targets))
    print(f"{len(laws)} laws of {args.pages} pages ready in {time.perf_counter() - started:.1f} s")
    times: dict[tuple[int, str], float] = {}
    for jobs in (1, 2):
        cache_dir = args.dir / f"cache-{jobs}"
        shutil.rmtree(cache_dir, ignore_errors=True)
        times[jobs, "cold"] = run(laws, jobs, cache_dir)
        times[jobs, "warm"] = run(laws, jobs, cache_dir)
    print(f"{'jobs':>4} {'cache':>5} {'seconds':>8} {'docs/s':>7}")
    for (jobs, state), seconds in times.items():
        print(f"{jobs:>4} {state:>5} {seconds:8.2f} {len(laws) / seconds:7.1f}")
    parallel = times[1, "cold"] / times[2, "cold"]
    warm = times[1, "cold"] / times[1, "warm"]
    print(f"2 jobs over 1 (cold): {parallel:.2f}x (target >= 1.7)")
    print(f"warm over cold (1 job): {warm:.1f}x (target >= 10)")
    ok = parallel >= 1.7 and warm >= 10
    if args.full:
        full: dict[tuple[int, str], float] = {}
        for jobs in (1, 2):
            cache_dir = args.dir / f"cache-full-{jobs}"
            shutil.rmtree(cache_dir, ignore_errors=True)
            full[jobs, "cold"] = run_full(laws, jobs, cache_dir)
            full[jobs, "warm"] = run_full(laws, jobs, cache_dir)
        print("extraction and analysis:")
        for (jobs, state), seconds in full.items():
            print(f"{jobs:>4} {state:>5} {seconds:8.2f} {len(laws) / seconds:7.1f}")
        full_parallel = full[1, "cold"] / full[2, "cold"]
        full_warm = full[1, "cold"] / full[1, "warm"]
        print(f"2 jobs over 1 (cold): {full_parallel:.2f}x (target >= 1.7)")
        print(f"warm over cold (1 job): {full_warm:.1f}x (target >= 10)")
        ok = ok and full_parallel >= 1.7 and full_warm >= 10
    print(
        f"peak RSS: this process {peak_mib(resource.RUSAGE_SELF):.0f} MiB, "
        f"largest worker {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
