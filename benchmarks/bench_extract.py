"""Benchmark lawreview's PDF extraction against plain pdfplumber, and score reading order.

Usage::

    python benchmarks/bench_extract.py /tmp/statute_300.pdf --runs 3 [--json OUT]
    python benchmarks/bench_extract.py /tmp/statute_300.pdf --methods plain

In: a PDF (and, if present, ``<pdf>.truth.json`` written by ``gen_statute.py``).
Out: a table on stdout (and optionally the numbers as JSON) with, per method,
the median wall time of the extraction call, pages per second and peak RSS; the
throughput ratio lawreview / plain (target >= 10x); whether lawreview's peak
memory is under 500 MB; and reading-order scores against the truth.

Every run of every method is a fresh ``python`` subprocess (this file with
``--child``), so import time and memory are isolated. The child times only the
extraction call (imports excluded, reported separately) and reads its peak RSS
from ``resource.getrusage(RUSAGE_SELF).ru_maxrss``. Runs are interleaved
round-robin (plain, lawreview, plain, lawreview, ...) so that the drift of the
machine's speed hits both methods alike.

Methods:

- ``plain``: ``pdfplumber.open(pdf)``, ``page.extract_text()`` for every page,
  ``page.close()`` after each page (without it RSS grows to ~1.5 GB on 300 pages).
- ``lawreview``: ``lawreview.extract(pdf)``, the full extraction (text, clean-up,
  structure). Contract used: ``law.walk()`` yields provisions with ``.eid``,
  ``.page``, ``.heading``, ``.text``; ``law.document.text`` is the cleaned text;
  ``law.document.page_count``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
METHODS = ("plain", "lawreview")
RATIO_TARGET = 10.0
RSS_LIMIT_MB = 500.0  # decimal megabytes: 500e6 bytes = 476.8 MiB
NGRAM = 8

# --------------------------------------------------------------------------
# Child: one method, one run
# --------------------------------------------------------------------------


def _peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (ru_maxrss is KiB on Linux)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_plain(pdf: str) -> tuple[float, float, dict[str, Any]]:
    """Run plain pdfplumber over ``pdf``.

    Out: (import seconds, extraction seconds, {"text", "pages"}) where text is
    the pages' ``extract_text()`` joined by newlines.
    """
    t0 = time.perf_counter()
    import pdfplumber

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    parts: list[str] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            parts.append(page.extract_text() or "")
            page.close()
        n_pages = len(doc.pages)
    elapsed = time.perf_counter() - t0
    return t_import, elapsed, {"text": "\n".join(parts), "pages": n_pages}


def child_lawreview(pdf: str) -> tuple[float, float, dict[str, Any]]:
    """Run ``lawreview.extract(pdf)``.

    Out: (import seconds, extraction seconds, {"text", "pages", "provisions"}),
    text being ``law.document.text`` and provisions ``[{eid, page, heading, text}]``
    in ``law.walk()`` order. The repository root is put first on ``sys.path`` so
    the checkout is measured even when lawreview is not installed.
    """
    sys.path.insert(0, str(REPO))
    t0 = time.perf_counter()
    import lawreview

    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    law = lawreview.extract(pdf)
    elapsed = time.perf_counter() - t0
    provisions = [
        {"eid": p.eid, "page": p.page, "heading": p.heading, "text": p.text} for p in law.walk()
    ]
    return (
        t_import,
        elapsed,
        {"text": law.document.text, "pages": law.document.page_count, "provisions": provisions},
    )


def child_main(method: str, pdf: str, out: str, dump: bool) -> int:
    """Entry point of the child process: time one method and write a JSON result to ``out``.

    The result holds import_s, extract_s, peak_rss_mib and pages; with ``dump``
    also the extracted text (and provisions) for scoring. Errors are written as
    {"error": "..."} so the parent can report them and go on.
    """
    runner = child_plain if method == "plain" else child_lawreview
    try:
        t_import, elapsed, output = runner(pdf)
        rss = _peak_rss_mib()  # read before serialising the output
        result: dict[str, Any] = {
            "method": method,
            "import_s": t_import,
            "extract_s": elapsed,
            "peak_rss_mib": rss,
            "pages": output["pages"],
        }
        if dump:
            result["output"] = output
    except Exception as exc:  # report any failure of the method under test
        result = {"method": method, "error": f"{type(exc).__name__}: {exc}"}
    Path(out).write_text(json.dumps(result), "utf-8")
    return 0


# --------------------------------------------------------------------------
# Parent: run children, aggregate
# --------------------------------------------------------------------------


def run_child(method: str, pdf: Path, dump: bool, timeout: float) -> dict[str, Any]:
    """Run one method once in a fresh interpreter; return its JSON result (or an error)."""
    with tempfile.TemporaryDirectory(prefix="bench_extract_") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", method, str(pdf)]
        cmd += ["--child-out", str(out)] + (["--dump"] if dump else [])
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            return {"method": method, "error": f"timed out after {timeout:.0f} s"}
        if not out.exists():
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            return {"method": method, "error": f"child exited {proc.returncode}: {tail}"}
        return json.loads(out.read_text("utf-8"))


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median seconds, pages/s, peak RSS (max over runs) and import time of one method."""
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return {"error": runs[0]["error"] if runs else "not run"}
    secs = [r["extract_s"] for r in ok]
    med = statistics.median(secs)
    pages = ok[0]["pages"]
    return {
        "runs": len(ok),
        "seconds": secs,
        "median_s": med,
        "pages": pages,
        "pages_per_s": pages / med if med > 0 else float("inf"),
        "peak_rss_mib": max(r["peak_rss_mib"] for r in ok),
        "import_s": statistics.median(r["import_s"] for r in ok),
        "errors": [r["error"] for r in runs if "error" in r],
    }


# --------------------------------------------------------------------------
# Scoring against the truth
# --------------------------------------------------------------------------

TOKEN_RE = re.compile(r"[0-9a-z]+")
SECTION_RE = re.compile(r"\bSection\s+(\d+[A-Z]?)\.(?=\s)")
EID_SEC_RE = re.compile(r"(?:^|__)sec_([0-9A-Za-z]+)$")


def tokens(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens; soft hyphens dropped, all punctuation a separator.

    A word split at a line end ("traf-\\nficking") stays two tokens, so text that
    was not de-hyphenated loses the n-grams around it.
    """
    return TOKEN_RE.findall(text.replace("\u00ad", "").lower())


def ngrams(toks: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    """The set of word n-grams (a single shorter gram if there are fewer than n tokens)."""
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def section_windows(truth: dict[str, Any], text: str) -> list[str]:
    """For each truth section, the stretch of ``text`` where it should be.

    The window runs from the section's "Section N." heading to the next heading
    found after it. For a section whose heading is missing, it runs from the
    nearest earlier found section's heading to the nearest later one. Scoring
    inside windows (not the whole text) matters because the generated prose is
    repetitive: the same 8-grams occur in many sections.
    """
    first: dict[str, int] = {}
    for m in SECTION_RE.finditer(text):
        first.setdefault(m.group(1), m.start())
    starts = sorted(first.values())
    nums = [s["num"] for s in truth["sections"]]
    windows: list[str] = []
    for i, num in enumerate(nums):
        if num in first:
            lo = first[num]
        else:
            lo = max((first[n] for n in nums[:i] if n in first), default=0)
        later = [p for p in starts if p > lo]
        if num not in first:
            nxt = [first[n] for n in nums[i + 1 :] if n in first and first[n] > lo]
            later = nxt[:1] or later
        hi = later[0] if later else len(text)
        windows.append(text[lo:hi])
    return windows


def recall_by_layout(truth: dict[str, Any], text: str) -> dict[str, dict[str, float]]:
    """8-gram recall of the truth's section bodies in the extracted text.

    Each section's grams are looked up in its own window of the text (see
    `section_windows`). Out: {"one_column"|"two_column": {"recall", "sections",
    "grams", "worst"}, "all": {...}, "document": {...}}: recall is matched grams
    / truth grams (micro-average), worst the lowest per-section recall, and
    "document" the looser recall with every gram looked up in the whole text.
    """
    windows = section_windows(truth, text)
    whole = ngrams(tokens(text))
    acc: dict[str, list[float]] = {"one_column": [0, 0, 0, 1.0], "two_column": [0, 0, 0, 1.0]}
    doc_hit = 0
    for sec, window in zip(truth["sections"], windows, strict=True):
        grams = ngrams(tokens(sec["text"]))
        if not grams:
            continue
        hit = len(grams & ngrams(tokens(window)))
        doc_hit += len(grams & whole)
        bucket = acc["two_column" if sec["two_column"] else "one_column"]
        bucket[0] += hit
        bucket[1] += len(grams)
        bucket[2] += 1
        bucket[3] = min(bucket[3], hit / len(grams))
    out: dict[str, dict[str, float]] = {}
    for key, (b_hit, b_total, n, worst) in acc.items():
        out[key] = {
            "recall": b_hit / b_total if b_total else float("nan"),
            "sections": n,
            "grams": b_total,
            "worst": worst if n else float("nan"),
        }
    all_hit = sum(v[0] for v in acc.values())
    total = sum(v[1] for v in acc.values())
    out["all"] = {"recall": all_hit / total if total else float("nan"), "grams": total}
    out["document"] = {"recall": doc_hit / total if total else float("nan"), "grams": total}
    return out


def longest_increasing(seq: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    import bisect

    tails: list[int] = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def order_score(truth_nums: list[str], found: list[str]) -> dict[str, Any]:
    """How many truth sections were found, and whether they come in truth order.

    In: the truth's section numbers in order, and the numbers found in the
    extraction in the order found (first occurrence kept). Out: found count,
    total, the length of the longest run in truth order (LIS), and in_order.
    """
    rank = {num: i for i, num in enumerate(truth_nums)}
    seen: set[str] = set()
    seq: list[int] = []
    for num in found:
        if num in rank and num not in seen:
            seen.add(num)
            seq.append(rank[num])
    lis = longest_increasing(seq)
    return {
        "found": len(seen),
        "total": len(truth_nums),
        "in_order": lis,
        "all_found_in_order": len(seen) == len(truth_nums) and lis == len(seq),
    }


def table_rows_on_one_line(truth: dict[str, Any], text: str) -> tuple[int, int]:
    """Fee-table rows whose cells come out together on one line, out of all body rows."""
    lines = {" ".join(tokens(line)) for line in text.splitlines()}
    rows = truth.get("table", {}).get("rows", [])[1:]
    hits = sum(1 for row in rows if " ".join(tokens(" ".join(row))) in lines)
    return hits, len(rows)


def score(truth: dict[str, Any], output: dict[str, Any]) -> dict[str, Any]:
    """All reading-order scores of one method's output against the truth.

    In: the truth dict and a child's output ({"text", optional "provisions"}).
    Out: 8-gram recall by layout; "Section N." headings found in the text and
    their order; for lawreview, sections found as provisions (eid ending in
    ``sec_<num>``), their order, and how many carry the right first page and
    heading; and fee-table rows kept on one line.
    """
    text = output["text"]
    nums = [s["num"] for s in truth["sections"]]
    result: dict[str, Any] = {
        "recall": recall_by_layout(truth, text),
        "headings_in_text": order_score(nums, SECTION_RE.findall(text)),
    }
    hits, total = table_rows_on_one_line(truth, text)
    result["table_rows_one_line"] = [hits, total]
    provisions = output.get("provisions")
    if provisions is not None:
        by_num: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        for prov in provisions:
            m = EID_SEC_RE.search(prov["eid"])
            if m and m.group(1) not in by_num:
                by_num[m.group(1)] = prov
                order.append(m.group(1))
        result["sections_as_provisions"] = order_score(nums, order)
        right_page = sum(
            1 for s in truth["sections"] if by_num.get(s["num"], {}).get("page") == s["first_page"]
        )
        right_heading = sum(
            1
            for s in truth["sections"]
            if " ".join(tokens(by_num.get(s["num"], {}).get("heading") or ""))
            == " ".join(tokens(s["heading"]))
        )
        result["sections_right_page"] = right_page
        result["sections_right_heading"] = right_heading
        result["provisions"] = len(provisions)
    return result


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def fmt(x: float | None, spec: str = ".3f") -> str:
    """A number for the table, or "-" when missing."""
    return "-" if x is None or x != x else format(x, spec)


def report(pdf: Path, results: dict[str, Any], truth: dict[str, Any] | None) -> str:
    """The readable table of timings, the targets and the reading-order scores."""
    lines = [f"PDF: {pdf}  ({results.get('pages', '?')} pages)", ""]
    head = f"{'method':<10} {'runs':>4} {'median s':>9} {'pages/s':>9} {'peak RSS MiB':>13}"
    lines += [head + f" {'import s':>9}  runs (s)", "-" * (len(head) + 30)]
    summ = results["summary"]
    for m, s in summ.items():
        if "error" in s:
            lines.append(f"{m:<10} FAILED: {s['error']}")
            continue
        runs = ", ".join(f"{x:.2f}" for x in s["seconds"])
        lines.append(
            f"{m:<10} {s['runs']:>4} {s['median_s']:>9.3f} {s['pages_per_s']:>9.1f} "
            f"{s['peak_rss_mib']:>13.1f} {s['import_s']:>9.3f}  {runs}"
        )
    lines.append("")
    t = results["targets"]
    if t.get("ratio") is not None:
        ok = "PASS" if t["ratio_ok"] else "FAIL"
        lines.append(
            f"throughput lawreview / plain: {t['ratio']:.1f}x (target >= {RATIO_TARGET:g}x) {ok}"
        )
    if t.get("rss_ok") is not None:
        ok = "PASS" if t["rss_ok"] else "FAIL"
        lines.append(
            f"lawreview peak RSS: {t['rss_mb']:.0f} MB (target < {RSS_LIMIT_MB:g} MB) {ok}"
        )
    if truth is None:
        lines.append("(no truth file: reading order not scored)")
        return "\n".join(lines)
    lines += [
        "",
        f"Reading order vs {pdf}.truth.json: {len(truth['sections'])} sections, "
        f"{len(truth['two_column_pages'])} two-column pages",
        f"{'method':<10} {'1-col 8g':>9} {'2-col 8g':>9} {'worst 2-col':>11} "
        f"{'Section N. in text':>19} {'as provisions':>14} {'right page':>10} "
        f"{'table rows':>10}",
    ]
    for m, sc in results.get("scores", {}).items():
        r = sc["recall"]
        h = sc["headings_in_text"]
        htxt = f"{h['found']}/{h['total']} " + ("ordered" if h["all_found_in_order"] else "NO")
        prov = sc.get("sections_as_provisions")
        ptxt = "-"
        if prov:
            ptxt = f"{prov['found']}/{prov['total']} " + (
                "ok" if prov["all_found_in_order"] else f"lis {prov['in_order']}"
            )
        page = f"{sc['sections_right_page']}" if "sections_right_page" in sc else "-"
        tr = sc["table_rows_one_line"]
        lines.append(
            f"{m:<10} {fmt(r['one_column']['recall']):>9} {fmt(r['two_column']['recall']):>9} "
            f"{fmt(r['two_column']['worst']):>11} {htxt:>19} {ptxt:>14} {page:>10} "
            f"{tr[0]:>7}/{tr[1]}"
        )
    lines += [
        "",
        "8g = share of the truth section bodies' word 8-grams found in the method's text",
        "(plain: extract_text() of all pages; lawreview: law.document.text), each section",
        "looked up between its 'Section N.' heading and the next one. Interleaved columns",
        "and words left hyphenated break 8-grams. 'right page': provision.page equals the",
        "truth's first page. Whole-text recall (looser) is in --json under 'document'.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """CLI: run the benchmark (or, with --child, one measured run)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdf", type=Path)
    ap.add_argument("--runs", type=int, default=3, help="runs per method (median reported)")
    ap.add_argument(
        "--methods", default=",".join(METHODS), help="comma-separated subset of plain,lawreview"
    )
    ap.add_argument("--json", type=Path, help="also write the numbers to this file")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per child run")
    ap.add_argument("--child", choices=METHODS, help=argparse.SUPPRESS)
    ap.add_argument("--child-out", help=argparse.SUPPRESS)
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child_main(args.child, str(args.pdf), args.child_out, args.dump)

    pdf = args.pdf.resolve()
    if not pdf.exists():
        ap.error(f"{pdf} does not exist")
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    bad = [m for m in methods if m not in METHODS]
    if bad:
        ap.error(f"unknown method(s) {bad}; choose from {METHODS}")
    truth_path = Path(f"{pdf}.truth.json")
    truth = json.loads(truth_path.read_text("utf-8")) if truth_path.exists() else None

    raw: dict[str, list[dict[str, Any]]] = {m: [] for m in methods}
    outputs: dict[str, dict[str, Any]] = {}
    for r in range(args.runs):  # round-robin: methods interleaved within each round
        for m in methods:
            if r > 0 and raw[m] and all("error" in x for x in raw[m]):
                continue  # a method that failed on its first run is not retried
            res = run_child(m, pdf, dump=(m not in outputs), timeout=args.timeout)
            if "output" in res:
                outputs[m] = res.pop("output")
            raw[m].append(res)
            status = res.get("error") or f"{res['extract_s']:.2f} s, {res['peak_rss_mib']:.0f} MiB"
            print(f"  round {r + 1}/{args.runs} {m}: {status}", file=sys.stderr, flush=True)

    summary = {m: summarise(raw[m]) for m in methods}
    pages = next((s["pages"] for s in summary.values() if "pages" in s), None)
    targets: dict[str, Any] = {}
    plain, lr = summary.get("plain", {}), summary.get("lawreview", {})
    if "median_s" in plain and "median_s" in lr:
        ratio = lr["pages_per_s"] / plain["pages_per_s"]
        targets.update(ratio=ratio, ratio_ok=ratio >= RATIO_TARGET)
    if "peak_rss_mib" in lr:
        rss_mb = lr["peak_rss_mib"] * 1024 * 1024 / 1e6
        targets.update(rss_mb=rss_mb, rss_ok=rss_mb < RSS_LIMIT_MB)
    results: dict[str, Any] = {
        "pdf": str(pdf),
        "pages": pages,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "summary": summary,
        "targets": targets,
    }
    if truth is not None:
        results["scores"] = {m: score(truth, out) for m, out in outputs.items()}
    print(report(pdf, results, truth))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
