"""Many jurisdictions in one run: a manifest in, one assessment per
jurisdiction and a comparison out.

The steps:

- `load_manifest`: a YAML manifest (`lawreview/batch@1`) in, a validated
  `Manifest` out; every problem is reported with the file and line
  (`ManifestError`).
- `extract_document`: one file in, its `Law` out (or the error's message):
  the unit of work of the first phase, through the extraction cache and
  within the budgets of `BatchOptions`.
- `assess_jurisdiction`: one jurisdiction's laws in, its outputs (assessment
  JSON and reports) out: the unit of work of the second phase.
- `run_batch`: both phases over every document and every jurisdiction, run
  one after the other, in local worker processes (`jobs`), or on a Dask
  cluster (`scheduler`); the same functions run in each case and results are
  put back in manifest order, so every way gives the same files. Outputs are
  written atomically by this process, never by the workers.

Composes the library's verbs (`lawreview.api`), like the CLI.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from lawreview import api
from lawreview.model import Law, LawreviewError, Problem, StandardSet
from lawreview.output import unique_slugs, write_atomic
from lawreview.yamlfile import BadYaml, EntryProblems, compose, key_nodes, line_of

BATCH_SCHEMA = "lawreview/batch@1"
TOP_KEYS = ("schema", "profile", "formats", "comparison", "jurisdictions")
ENTRY_KEYS = ("name", "files", "profile", "decisions")
DEFAULT_COMPARISON = ("html", "csv", "md")

Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) after each unit of work."""


class ManifestError(LawreviewError):
    """A manifest that does not validate; lists every problem with its line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the batch manifest:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Jurisdiction:
    """One framework of laws to assess: the State's name, its files, a profile."""

    name: str
    files: tuple[str, ...]
    """Paths as given, joined to the manifest's directory when relative."""
    profile: str | None = None
    decisions: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Manifest:
    """A validated batch manifest."""

    path: str
    jurisdictions: tuple[Jurisdiction, ...]
    formats: tuple[str, ...] = ("json",)
    """What each jurisdiction's directory gets: json (assessment.json), html, docx, md, csv."""
    comparison: tuple[str, ...] = DEFAULT_COMPARISON


@dataclass(frozen=True)
class BatchOptions:
    """How documents are read: budgets and the extraction cache (None: no cache)."""

    max_pages: int | None = api.DEFAULT_MAX_PAGES
    timeout: float | None = None
    max_memory_mb: int | None = None
    cache_dir: str | None = None
    standards_dirs: tuple[str, ...] = ()


@dataclass(frozen=True)
class JurisdictionResult:
    """What the second phase gives for one jurisdiction: files to write
    (name, content) or the error that stopped it, and warnings."""

    name: str
    slug: str
    outputs: tuple[tuple[str, str | bytes], ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class BatchSummary:
    """What a batch run wrote and what failed (jurisdiction name, message)."""

    written: tuple[Path, ...]
    failures: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...] = ()
    documents: int = 0
    jurisdictions: tuple[str, ...] = field(default=())


# --- the manifest ------------------------------------------------------------------


def load_manifest(path: str | Path) -> Manifest:
    """Read and validate a batch manifest (safe YAML loading).

    Raises `ManifestError` listing every problem (unknown key, missing file,
    duplicate name, unknown format) with its file and line."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LawreviewError(f"cannot be read ({error})", shown) from None
    try:
        node, data = compose(text, shown)
    except BadYaml as error:
        raise ManifestError([error.problem]) from None
    problems: list[Problem] = []
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise ManifestError(
            [
                Problem(
                    shown,
                    line_of(node),
                    "(file)",
                    "is not a batch manifest (a mapping with `jurisdictions`)",
                    "see corpora/batch.yaml for an example",
                )
            ]
        )
    keys = key_nodes(node)

    def problem(at: yaml.Node | None, key: str, message: str, fix: str) -> None:
        problems.append(Problem(shown, line_of(at or node), key, message, fix))

    for key, (key_node, _) in keys.items():
        if key not in TOP_KEYS:
            problem(key_node, key, "unknown key", f"remove it; the keys are {', '.join(TOP_KEYS)}")
    if "schema" in data and data["schema"] != BATCH_SCHEMA:
        problem(keys["schema"][1], "schema", f"expected `{BATCH_SCHEMA}`", f"write {BATCH_SCHEMA}")
    formats = _formats(data, keys, "formats", api.REPORT_FORMATS, ("json",), problem)
    comparison = _formats(
        data, keys, "comparison", api.COMPARISON_FORMATS, DEFAULT_COMPARISON, problem
    )
    default_profile = data.get("profile")
    if default_profile is not None and not isinstance(default_profile, str):
        problem(keys["profile"][1], "profile", "not a profile id", "give a profile id or file")
    entries_node = keys.get("jurisdictions", (node, None))[1]
    jurisdictions: list[Jurisdiction] = []
    if not isinstance(entries_node, yaml.SequenceNode) or not entries_node.value:
        problem(
            entries_node,
            "jurisdictions",
            "missing, empty or not a list",
            "give `jurisdictions:` and one `- name: ...` entry per State, each with `files:`",
        )
    else:
        base = Path(path).parent
        names: dict[str, int] = {}
        for index, entry_node in enumerate(entries_node.value):
            entry = _read_entry(
                entry_node, data["jurisdictions"][index], index, base, shown, problems
            )
            if entry is None:
                continue
            if entry.name in names:
                problem(
                    entry_node,
                    f"jurisdictions.{index}.name",
                    f"{entry.name!r} is listed already (line {names[entry.name]})",
                    "give each jurisdiction once, with all its files",
                )
                continue
            names[entry.name] = entry.line
            if entry.profile is None and isinstance(default_profile, str):
                entry = Jurisdiction(
                    entry.name, entry.files, default_profile, entry.decisions, entry.line
                )
            jurisdictions.append(entry)
    if problems:
        raise ManifestError(problems)
    return Manifest(shown, tuple(jurisdictions), formats, comparison)


def _formats(
    data: dict[str, Any],
    keys: dict[str, tuple[yaml.Node, yaml.Node]],
    key: str,
    allowed: Sequence[str],
    default: tuple[str, ...],
    problem: Callable[[yaml.Node | None, str, str, str], None],
) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return default
    chosen = [value] if isinstance(value, str) else value
    if not isinstance(chosen, list) or not all(isinstance(f, str) for f in chosen):
        problem(keys[key][1], key, "not a list of formats", f"choose among {', '.join(allowed)}")
        return default
    unknown = [f for f in chosen if f not in allowed]
    if unknown:
        problem(
            keys[key][1],
            key,
            f"unknown format {', '.join(unknown)}",
            f"choose among {', '.join(allowed)}",
        )
    return tuple(dict.fromkeys(chosen))


def _read_entry(
    node: yaml.Node, data: Any, index: int, base: Path, path: str, problems: list[Problem]
) -> Jurisdiction | None:
    """One jurisdiction; its problems appended to `problems` (then None)."""
    where = f"jurisdictions.{index}"
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        problems.append(
            Problem(
                path, line_of(node), where, "is not an entry", "write `- name: STATE`, `files:`"
            )
        )
        return None
    checked = EntryProblems(node, path, where, ENTRY_KEYS)
    problem = checked.add
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problem("name", "missing or not text", "give the State's name as the report names it")
    files = data.get("files")
    if isinstance(files, str):
        files = [files]
    resolved: list[str] = []
    if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
        problem("files", "missing or not a list of paths", "list the laws' files (.pdf ...)")
    else:
        for file in files:
            full = base / file
            if not full.is_file():
                problem("files", f"{file} does not exist (looked for {full})", "fix the path")
            resolved.append(str(full))
    profile = data.get("profile")
    if profile is not None and not isinstance(profile, str):
        problem("profile", "not a profile id", "give a profile id (child-trafficking) or file")
    decisions = data.get("decisions")
    if decisions is not None and (
        not isinstance(decisions, str) or not (base / decisions).is_file()
    ):
        problem("decisions", f"{decisions!r} is not a file", "give a decision file's path")
    if checked.found:
        problems.extend(checked.found)
        return None
    return Jurisdiction(
        name=str(name).strip(),
        files=tuple(resolved),
        profile=profile,
        decisions=str(base / decisions) if decisions is not None else None,
        line=line_of(node),
    )


# --- the units of work (run in this process, a worker process or a Dask worker) ---------


def extract_document(path: str, options: BatchOptions) -> Law | str:
    """One document's `Law`, or the message of the error that stopped it."""
    try:
        return api.extract(
            path,
            max_pages=options.max_pages,
            timeout=options.timeout,
            max_memory_mb=options.max_memory_mb,
            cache_dir=options.cache_dir,
        )
    except LawreviewError as error:
        return str(error)


@cache
def _standards(profile: str | None, extra_dirs: tuple[str, ...]) -> StandardSet:
    """The checklists, loaded once per process for each profile."""
    return api.load_standards(profile=profile, extra_dirs=[Path(d) for d in extra_dirs])


def assess_jurisdiction(
    jurisdiction: Jurisdiction,
    slug: str,
    laws: tuple[Law, ...],
    formats: tuple[str, ...],
    standards_dirs: tuple[str, ...] = (),
    cache_dir: str | None = None,
) -> JurisdictionResult:
    """Assess one jurisdiction's laws and render its outputs (assessment.json
    always, then report.<format> for each other format). With a cache, an
    assessment of the same laws against the same checklists is reused."""
    try:
        standards = _standards(jurisdiction.profile, standards_dirs)
        assessment = api.analyze(
            laws, standards, jurisdiction=jurisdiction.name, cache_dir=cache_dir
        )
        warnings: list[str] = []
        if jurisdiction.decisions is not None:
            decisions = api.load_decisions(jurisdiction.decisions)
            assessment = api.apply_decisions(assessment, decisions, standards)
            warnings.extend(
                f"{n.source}: {n.message}" for n in api.decision_notices(assessment, decisions)
            )
        outputs: list[tuple[str, str | bytes]] = [
            ("assessment.json", api.assessment_json(assessment))
        ]
        for chosen in formats:
            if chosen != "json":
                content = api.render(assessment, chosen, standards=standards)
                outputs.append((f"report.{chosen}", content))
        return JurisdictionResult(jurisdiction.name, slug, tuple(outputs), tuple(warnings))
    except LawreviewError as error:
        return JurisdictionResult(jurisdiction.name, slug, error=str(error))


# --- running -------------------------------------------------------------------------


Calls = list[tuple[Any, ...]]
Mapper = Callable[[str, Callable[..., Any], Calls], list[Any]]
"""Runs a function over argument tuples and returns the results in order."""


@contextmanager
def _mapper(jobs: int, scheduler: str | None, progress: Progress | None) -> Iterator[Mapper]:
    """A way to run units of work: in this process (jobs 1), in `jobs` worker
    processes, or on the Dask cluster at `scheduler`."""

    def report(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    if scheduler is not None:
        try:
            from distributed import Client
            from distributed import as_completed as dask_completed
        except ImportError:
            raise LawreviewError(
                "--scheduler needs Dask distributed: pip install 'lawreview[dask]'"
            ) from None
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as error:
            raise LawreviewError(
                f"cannot reach the Dask scheduler at {scheduler} ({error})"
            ) from None

        def on_cluster(stage: str, function: Callable[..., Any], calls: Calls) -> list[Any]:
            futures = [client.submit(function, *args, pure=False) for args in calls]
            for done, _ in enumerate(dask_completed(futures), 1):
                report(stage, done, len(calls))
            return list(client.gather(futures))

        try:
            yield on_cluster
        finally:
            client.close()
        return
    if jobs <= 1:

        def in_process(stage: str, function: Callable[..., Any], calls: Calls) -> list[Any]:
            results = []
            for done, args in enumerate(calls, 1):
                results.append(function(*args))
                report(stage, done, len(calls))
            return results

        yield in_process
        return
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))

    def in_pool(stage: str, function: Callable[..., Any], calls: Calls) -> list[Any]:
        futures: list[Future[Any]] = [pool.submit(function, *args) for args in calls]
        for done, _ in enumerate(as_completed(futures), 1):
            report(stage, done, len(calls))
        return [future.result() for future in futures]

    try:
        yield in_pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def run_batch(
    manifest: Manifest,
    out: Path,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    options: BatchOptions | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> BatchSummary:
    """Assess every jurisdiction of the manifest and compare them.

    Writes `out/<jurisdiction>/assessment.json` (and `report.<format>`), and
    `out/comparison.<format>` when two or more jurisdictions were assessed.
    Directory names are made from the jurisdictions' names (ASCII, unique).
    A jurisdiction whose file cannot be read is reported in the summary's
    failures and the others go on. Existing files are not overwritten
    without `force`: that is checked before any work starts.
    """
    options = options or BatchOptions()
    slugs = unique_slugs(j.name for j in manifest.jurisdictions)
    planned = [
        out / slug / name
        for slug in slugs
        for name in ["assessment.json", *(f"report.{f}" for f in manifest.formats if f != "json")]
    ]
    if len(manifest.jurisdictions) >= 2:
        planned.extend(out / f"comparison.{f}" for f in manifest.comparison)
    existing = [p for p in planned if p.exists()]
    if existing and not force:
        shown = ", ".join(str(p) for p in existing[:3]) + (" ..." if len(existing) > 3 else "")
        raise LawreviewError(f"{shown} already exist; pass --force to overwrite them")
    documents = list(dict.fromkeys(f for j in manifest.jurisdictions for f in j.files))
    with _mapper(jobs, scheduler, progress) as run:
        extracted = run("extract", extract_document, [(d, options) for d in documents])
        laws = dict(zip(documents, extracted))
        failures: list[tuple[str, str]] = []
        calls = []
        for jurisdiction, slug in zip(manifest.jurisdictions, slugs):
            errors = [laws[f] for f in jurisdiction.files if isinstance(laws[f], str)]
            if errors:
                failures.append((jurisdiction.name, "; ".join(errors)))
                continue
            framework = tuple(laws[f] for f in jurisdiction.files)
            calls.append(
                (
                    jurisdiction,
                    slug,
                    framework,
                    manifest.formats,
                    options.standards_dirs,
                    options.cache_dir,
                )
            )
        results: list[JurisdictionResult] = run("assess", assess_jurisdiction, calls)
    written: list[Path] = []
    warnings: list[str] = []
    assessed: list[Path] = []
    for result in results:
        if result.error is not None:
            failures.append((result.name, result.error))
            continue
        warnings.extend(result.warnings)
        for name, content in result.outputs:
            target = out / result.slug / name
            write_atomic(target, content, force=force)
            written.append(target)
        assessed.append(out / result.slug / "assessment.json")
    if len(assessed) >= 2:
        comparison = api.compare_assessments([api.read_assessment(p) for p in assessed])
        for chosen in manifest.comparison:
            target = out / f"comparison.{chosen}"
            write_atomic(target, api.render_comparison(comparison, chosen), force=force)
            written.append(target)
    order = {j.name: i for i, j in enumerate(manifest.jurisdictions)}
    return BatchSummary(
        written=tuple(written),
        failures=tuple(sorted(failures, key=lambda f: order[f[0]])),
        warnings=tuple(warnings),
        documents=len(documents),
        jurisdictions=tuple(r.name for r in results if r.error is None),
    )
