"""The `lawreview` command: parse arguments, call the library, write results.

No logic of its own: every command calls a verb of `lawreview.api` and a
writer. Errors the user can fix (`LawreviewError`) are printed without a
traceback and exit with code 2.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypedDict

import typer

from lawreview import api
from lawreview.model import LawreviewError

app = typer.Typer(
    name="lawreview",
    help=(
        "Review national legislation against international standards on child "
        "protection and human trafficking."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # help text is literal: "lawreview[ocr]" must print as written
)
standards_app = typer.Typer(
    help="List, show and validate the standards checklists.", no_args_is_help=True
)
app.add_typer(standards_app, name="standards")
evaluate_app = typer.Typer(
    help="Measure lawreview against the gold annotations in corpora/gold.",
    no_args_is_help=True,
)
app.add_typer(evaluate_app, name="evaluate")
review_app = typer.Typer(
    help="Reviewer decisions: write a decision file for an assessment, bring it up to date.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")


def fail(message: str) -> typer.Exit:
    """Print a user-fixable error to stderr; the caller raises the result."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


def write_output(path: Path, content: str | bytes, *, force: bool) -> None:
    """Write `content` to `path` atomically; never overwrite without `force`."""
    api.write_atomic(path, content, force=force)


def output_paths(files: list[Path], out: Path | None, extension: str) -> list[Path]:
    """Where each input's output goes: `out` itself for one input (unless it is a
    directory), else `out/<input stem><extension>`. Refuses outputs that would
    overwrite each other."""
    if out is None:
        return []
    if len(files) == 1 and not out.is_dir():
        return [out]
    if out.exists() and not out.is_dir():
        raise LawreviewError("is a file; with several inputs, -o names a directory", str(out))
    targets = [out / (path.stem + extension) for path in files]
    seen: dict[Path, Path] = {}
    for path, target in zip(files, targets):
        if target in seen:
            raise LawreviewError(
                f"{seen[target]} and {path} would both be written to {target}; "
                "rename one of them or extract them separately"
            )
        seen[target] = path
    return targets


class ExtractFormat(str, Enum):
    json = "json"
    akn = "akn"
    md = "md"
    text = "text"


EXTENSIONS = {
    ExtractFormat.json: ".json",
    ExtractFormat.akn: ".xml",
    ExtractFormat.md: ".md",
    ExtractFormat.text: ".txt",
}


MaxPagesOption = Annotated[
    int,
    typer.Option(
        "--max-pages",
        min=1,
        help="Refuse a PDF with more pages than this, before reading its pages.",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=0,
        help="Seconds one document's extraction may take; 0 for no limit.",
    ),
]
MaxMemoryOption = Annotated[
    int,
    typer.Option(
        "--max-memory",
        min=0,
        help="Megabytes of memory one document's extraction may take; 0 for no limit.",
    ),
]
CacheDirOption = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        help="Where extraction results (and assessments) are kept, so a second run skips "
        "them. Default: $LAWREVIEW_CACHE_DIR, else the user cache directory "
        "(~/.cache/lawreview).",
        show_default=False,
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the cache.")
]
DEFAULT_TIMEOUT = 600.0
DEFAULT_MAX_MEMORY = 4096


class Reading(TypedDict):
    """The keyword arguments of `api.extract` set by the guard and cache flags."""

    max_pages: int | None
    timeout: float | None
    max_memory_mb: int | None
    cache_dir: Path | None


def reading_options(
    max_pages: int, timeout: float, max_memory: int, cache_dir: Path | None, no_cache: bool
) -> Reading:
    """The guard and cache flags as `api.extract` takes them (0: no limit)."""
    return Reading(
        max_pages=max_pages,
        timeout=timeout or None,
        max_memory_mb=max_memory or None,
        cache_dir=None if no_cache else (cache_dir or api.default_cache_dir()),
    )


@app.command()
def extract(
    files: Annotated[
        list[Path],
        typer.Argument(help="Legislation files: .pdf, .txt, .docx or .html.", show_default=False),
    ],
    output_format: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help="json (the lawreview/law@1 contract), akn (Akoma Ntoso 3.0 XML), "
            "md (a readable outline) or text (the cleaned text).",
        ),
    ] = ExtractFormat.json,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Output file (one input) or directory (several inputs). Default: stdout.",
        ),
    ] = None,
    password: Annotated[str | None, typer.Option(help="Password of an encrypted PDF.")] = None,
    ocr: Annotated[
        bool,
        typer.Option(help="OCR scanned PDFs with ocrmypdf (pip install 'lawreview[ocr]')."),
    ] = False,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
    max_pages: MaxPagesOption = api.DEFAULT_MAX_PAGES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    max_memory: MaxMemoryOption = DEFAULT_MAX_MEMORY,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Extract the provision tree of legislation files (parts, chapters, sections,
    articles, subsections, paragraphs, points), with headings, definitions,
    cross-references and pages.

    Warnings (numbering gaps, empty definitions sections, too little text) are
    printed on stderr and kept in the output.
    """
    targets = output_paths(files, out, EXTENSIONS[output_format])
    if len(files) > 1 and out is None and output_format in (ExtractFormat.json, ExtractFormat.akn):
        raise fail(f"{len(files)} files in {output_format.value} need -o DIRECTORY")
    rendered: list[tuple[Path, str]] = []
    for path in files:
        law = api.extract(
            path,
            password=password,
            ocr=ocr,
            **reading_options(max_pages, timeout, max_memory, cache_dir, no_cache),
        )
        for warning in law.warnings:
            typer.echo(f"warning: {path}: {warning}", err=True)
        rendered.append((path, api.render_law(law, output_format.value)))
    if out is None:
        typer.echo("\n".join(content for _, content in rendered), nl=False)
        return
    for (_, content), target in zip(rendered, targets):
        write_output(target, content, force=force)
        typer.echo(f"wrote {target}", err=True)


@evaluate_app.command("structure")
def evaluate_structure(
    gold: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Gold files (*.structure.json). Default: corpora/gold/.", show_default=False
        ),
    ] = None,
    details: Annotated[bool, typer.Option(help="List every mismatch.")] = False,
) -> None:
    """Print, per sample law, the precision and recall of the extracted
    provisions against the hand-written gold, and how many pages and headings
    are wrong."""
    files = gold or sorted(Path("corpora/gold").glob("*.structure.json"))
    if not files:
        raise fail("no gold files given and none in corpora/gold/ (run from the repository)")
    scores = api.evaluate_structure(files)
    typer.echo(
        f"{'law':40} {'gold':>5} {'found':>5} {'prec':>6} {'recall':>6} {'pages':>6} {'heads':>6}"
    )
    for score in scores:
        typer.echo(
            f"{score.law:40} {score.gold_count:5} {score.found_count:5} {score.precision:6.1%} "
            f"{score.recall:6.1%} {len(score.wrong_page):6} {len(score.wrong_heading):6}"
        )
        if details:
            for eid in score.missing:
                typer.echo(f"  missing  {eid}")
            for eid in score.extra:
                typer.echo(f"  extra    {eid}")
            for eid, want, got in score.wrong_page:
                typer.echo(f"  page     {eid}: gold {want}, extracted {got}")
            for eid, want_heading, got_heading in score.wrong_heading:
                typer.echo(f"  heading  {eid}: gold {want_heading!r}, extracted {got_heading!r}")
    typer.echo("(pages and heads: mismatches among the provisions found)")


StandardsDirs = Annotated[
    list[Path] | None,
    typer.Option(
        "--standards-dir",
        help="A directory of your own checklists (instrument *.yaml, profiles/*.yaml) "
        "used beside the shipped library. Repeatable.",
        show_default=False,
    ),
]
ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile",
        "-p",
        help="A profile id (all, child-trafficking, child-labour, ...) or a profile file.",
        show_default=False,
    ),
]


DecisionsOption = Annotated[
    Path | None,
    typer.Option(
        "--decisions",
        help="A reviewer decision file (lawreview review init): the reviewer's status is "
        "final where given; stale decisions are reported and not applied.",
        show_default=False,
    ),
]


def apply_decisions(
    assessment: api.Assessment,
    decisions: api.DecisionSet,
    standards: api.StandardSet | None = None,
) -> api.Assessment:
    """The reviewed assessment; stale and unapplied decisions warned about on stderr."""
    reviewed = api.apply_decisions(assessment, decisions, standards)
    for notice in api.decision_notices(reviewed, decisions):
        typer.echo(f"warning: {notice.source}: {notice.message}", err=True)
    return reviewed


class AssessmentFormat(str, Enum):
    json = "json"
    html = "html"
    docx = "docx"
    md = "md"
    csv = "csv"


def report_target(out: Path, output_format: str) -> Path:
    """Where a format goes in `out`: assessment.json, or report.<format>."""
    return out / ("assessment.json" if output_format == "json" else f"report.{output_format}")


@app.command()
def analyze(
    laws: Annotated[
        list[Path],
        typer.Argument(
            help="The laws of one framework (.pdf, .txt, .docx, .html): evidence may come "
            "from any of them.",
            show_default=False,
        ),
    ],
    profile: ProfileOption = None,
    standard: Annotated[
        list[str] | None,
        typer.Option(
            "--standard",
            "-s",
            help="Assess against these instruments only (crc, palermo, c138, ...). Repeatable.",
            show_default=False,
        ),
    ] = None,
    jurisdiction: Annotated[
        str | None, typer.Option(help="The State reviewed, as the report names it.")
    ] = None,
    standards_dir: StandardsDirs = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Directory to write assessment.json (and the reports chosen with "
            "--format) into. Default: print a summary only.",
        ),
    ] = None,
    output_format: Annotated[
        list[AssessmentFormat] | None,
        typer.Option(
            "--format",
            "-f",
            help="Output formats written to -o: json (assessment.json), html, docx, md, "
            "csv (report.<format>). Repeatable. Default: json.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
    decisions: DecisionsOption = None,
    max_pages: MaxPagesOption = api.DEFAULT_MAX_PAGES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    max_memory: MaxMemoryOption = DEFAULT_MAX_MEMORY,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Assess a country's laws against the standards: for every requirement a
    status (compliant, partial, missing, conflict, not_applicable, needs_review),
    a confidence, a rationale and the words of the law behind it."""
    decision_set = api.load_decisions(decisions) if decisions is not None else None
    standards = api.load_standards(profile=profile, extra_dirs=standards_dir or [])
    if standard:
        standards = api.select_instruments(standards, standard)
    framework = []
    reading = reading_options(max_pages, timeout, max_memory, cache_dir, no_cache)
    for path in laws:
        law = api.extract(path, **reading)
        for warning in law.warnings:
            typer.echo(f"warning: {path}: {warning}", err=True)
        framework.append(law)
    count = len(standards.requirements())
    with typer.progressbar(
        length=count, label=f"Assessing {count} requirements", file=sys.stderr
    ) as bar:
        assessment = api.analyze(
            framework,
            standards,
            jurisdiction=jurisdiction,
            progress=lambda done, total: bar.update(1),
            cache_dir=reading["cache_dir"],
        )
    if decision_set is not None:
        assessment = apply_decisions(assessment, decision_set, standards)
    typer.echo(api.assessment_summary(assessment))
    if out is None:
        return
    for chosen in dict.fromkeys(output_format or [AssessmentFormat.json]):
        target = report_target(out, chosen.value)
        write_output(target, api.render(assessment, chosen.value, standards=standards), force=force)
        typer.echo(f"wrote {target}", err=True)


@app.command()
def report(
    assessment_file: Annotated[
        Path,
        typer.Argument(
            metavar="ASSESSMENT",
            help="An assessment.json written by `lawreview analyze`.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help="html, docx, md, csv or json; several as html,docx or repeated. Default: html.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Directory to write report.<format> into. Default: print the one "
            "text format chosen.",
        ),
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option(
            help="Your templates (report.html.j2, report.md.j2, report.css, report.js) "
            "and labels.yaml, used instead of the shipped ones.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option(help="The report's title.", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
    decisions: DecisionsOption = None,
) -> None:
    """Write the report of an assessment: cover and provenance, executive
    summary, method, compliance matrix, analysis by obligation with the words
    of the law, consolidated recommendations and annexes."""
    formats = parse_formats(output_format, api.REPORT_FORMATS) or ["html"]
    assessment = api.read_assessment(assessment_file)
    if decisions is not None:
        assessment = apply_decisions(assessment, api.load_decisions(decisions))
    if out is None:
        if len(formats) > 1 or formats == ["docx"]:
            raise fail(f"{', '.join(formats)} need -o DIRECTORY")
        content = api.render(assessment, formats[0], template_dir=template_dir, title=title)
        typer.echo(content, nl=False)
        return
    if out.exists() and not out.is_dir():
        raise fail(f"{out} is a file; -o names a directory")
    for chosen in formats:
        target = report_target(out, chosen)
        content = api.render(assessment, chosen, template_dir=template_dir, title=title)
        write_output(target, content, force=force)
        typer.echo(f"wrote {target}", err=True)


@evaluate_app.command("findings")
def evaluate_findings(
    gold: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Gold files (*.findings.yaml). Default: corpora/gold/.", show_default=False
        ),
    ] = None,
    details: Annotated[
        bool, typer.Option(help="List every wrong status and missed evidence.")
    ] = False,
) -> None:
    """Print status accuracy, precision and recall per status, the confusion
    matrix, false assurance and the evidence hit rate against the gold findings,
    for each split (the tuning laws, the held-out laws, any incoming laws of a
    new round not yet tuned to the targets) separately and together."""
    files = gold or sorted(Path("corpora/gold").glob("*.findings.yaml"))
    if not files:
        raise fail("no gold files given and none in corpora/gold/ (run from the repository)")
    _print_scores(api.evaluate_findings(files), details)


@evaluate_app.command("probes")
def evaluate_probes(
    probes: Annotated[
        list[Path] | None,
        typer.Argument(help="Probe files (*.yaml). Default: corpora/probes/.", show_default=False),
    ] = None,
    details: Annotated[bool, typer.Option(help="List every wrong status.")] = False,
) -> None:
    """Judge each status probe (a short provision, alone, against one requirement)
    and print status accuracy, precision and recall per status, the confusion
    matrix and false assurance, for the tuning and held-out probes separately and
    together."""
    files = probes or sorted(Path("corpora/probes").glob("*.yaml"))
    if not files:
        raise fail("no probe files given and none in corpora/probes/ (run from the repository)")
    _print_scores(api.evaluate_probes(files), details)


def _print_scores(scores: dict[str, api.Score], details: bool) -> None:
    """Each split's figures (alphabetically, then all), with its misses if asked."""
    for name in sorted(scores, key=lambda n: (n == "all", n)):
        typer.echo("\n".join(api.findings_report(scores[name], name)))
        if details and name != "all":
            typer.echo("\n".join(f"  - {line}" for line in scores[name].misses))
        typer.echo("")


# --- standards commands ------------------------------------------------------


@standards_app.command("list")
def standards_list(standards_dir: StandardsDirs = None, profile: ProfileOption = None) -> None:
    """List the instruments (requirements, elements, parameters, links) and profiles."""
    standards = api.load_standards(profile=profile, extra_dirs=standards_dir or [])
    typer.echo(api.list_standards(standards))


@standards_app.command("show")
def standards_show(
    item_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="An instrument (palermo) or a requirement (palermo.3.a, or one of its "
            "element or parameter ids).",
            show_default=False,
        ),
    ],
    standards_dir: StandardsDirs = None,
    profile: ProfileOption = None,
) -> None:
    """Show a requirement, or a whole instrument, in plain text for a lawyer."""
    standards = api.load_standards(profile=profile, extra_dirs=standards_dir or [])
    typer.echo(api.describe_standard(standards, item_id))


@standards_app.command("validate")
def standards_validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Instrument or profile files, or directories, to check with the shipped "
            "library. Default: the shipped library.",
            show_default=False,
        ),
    ] = None,
    standards_dir: StandardsDirs = None,
) -> None:
    """Check checklists against the schema and the library's rules.

    Every problem is reported with file, line, key and fix; the exit code is then 2.
    """
    files = api.validate_standards(paths or [], extra_dirs=standards_dir or [])
    typer.echo(f"ok: {len(files)} files valid")


# --- review, compare and diff commands -------------------------------------------


@review_app.command("init")
def review_init(
    assessment: Annotated[
        Path,
        typer.Argument(help="An assessment.json from `lawreview analyze`.", show_default=False),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The decision file to write. Default: stdout."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """Write a decision file with one entry per finding: requirement, machine
    status and confidence, evidence eIds and a hash of the evidence text, and
    empty fields for the reviewer's status, reason, note, name and date."""
    text = api.init_decisions(api.read_assessment(assessment))
    if out is None:
        typer.echo(text, nl=False)
        return
    write_output(out, text, force=force)
    typer.echo(f"wrote {out}", err=True)


@review_app.command("update")
def review_update(
    assessment: Annotated[
        Path, typer.Argument(help="The new assessment.json.", show_default=False)
    ],
    decisions: Annotated[
        Path, typer.Argument(help="The decision file to update in place.", show_default=False)
    ],
    reconfirm: Annotated[
        list[str] | None,
        typer.Option(
            help="A requirement whose decision you checked again after its evidence changed: "
            "its machine fields are refreshed and your verdict kept. Repeatable; `all` for "
            "every decision.",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option(help="Report what would change; leave the file alone.")
    ] = False,
) -> None:
    """Bring a decision file up to date with a new assessment: keep every
    reviewer's entry, add new findings, mark vanished ones. The file is replaced
    atomically; the previous version is kept as FILE.bak."""
    summary = api.update_decisions(
        api.read_assessment(assessment), decisions, reconfirm=reconfirm or [], write=not dry_run
    )
    for label, ids in (
        ("added", summary.added),
        ("refreshed", summary.refreshed),
        ("vanished", summary.vanished),
        ("assessed again", summary.returned),
        ("reconfirmed", summary.reconfirmed),
        ("stale (check, then --reconfirm)", summary.stale),
    ):
        if ids:
            typer.echo(f"{label}: {', '.join(ids)}")
    if dry_run:
        typer.echo(f"dry run: {decisions} not changed", err=True)
    else:
        typer.echo(f"wrote {decisions} (previous version: {decisions}.bak)", err=True)


def parse_formats(values: list[str] | None, allowed: tuple[str, ...]) -> list[str]:
    """Formats given as `--format html,md` or repeated `--format html`."""
    chosen = [f.strip() for value in values or [] for f in value.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in allowed]
    if unknown:
        raise fail(f"unknown format {', '.join(unknown)}; choose among {', '.join(allowed)}")
    return list(dict.fromkeys(chosen))


def write_rendered(
    out: Path | None, stem: str, formats: list[str], render: Callable[[str], str], force: bool
) -> None:
    """Print one format, or write each format to `out/<stem>.<format>`."""
    if out is None:
        if len(formats) > 1:
            raise fail(f"{len(formats)} formats need -o DIRECTORY")
        typer.echo(render(formats[0]), nl=False)
        return
    if out.exists() and not out.is_dir():
        raise fail(f"{out} is a file; -o names a directory")
    for chosen in formats:
        target = out / f"{stem}.{chosen}"
        write_output(target, render(chosen), force=force)
        typer.echo(f"wrote {target}", err=True)


OutputDirOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Directory to write into. Default: print markdown."),
]


@app.command()
def compare(
    assessments: Annotated[
        list[Path],
        typer.Argument(
            help="Assessment files (assessment.json), one per jurisdiction.", show_default=False
        ),
    ],
    out: OutputDirOption = None,
    output_format: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help="html, csv, md, json; comma-separated or repeated. "
            "Default: html,csv,md with -o, else md.",
            show_default=False,
        ),
    ] = None,
    standard: Annotated[
        list[str] | None,
        typer.Option(
            "--standard", "-s", help="Only these instruments. Repeatable.", show_default=False
        ),
    ] = None,
    theme: Annotated[
        list[str] | None,
        typer.Option(
            help="Only these themes (prosecution, protection, ...). Repeatable.", show_default=False
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            help="Only requirements with this status in at least one jurisdiction. Repeatable.",
            show_default=False,
        ),
    ] = None,
    gaps_only: Annotated[
        bool, typer.Option(help="Only requirements that are a gap somewhere.")
    ] = False,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
) -> None:
    """Compare jurisdictions: a matrix of requirements by jurisdiction, heat maps
    by theme and instrument, and the requirements most jurisdictions miss."""
    formats = parse_formats(output_format, api.COMPARISON_FORMATS) or (
        ["html", "csv", "md"] if out is not None else ["md"]
    )
    comparison = api.compare_assessments(
        [api.read_assessment(path) for path in assessments],
        instruments=standard or [],
        themes=theme or [],
        statuses=status or [],
        gaps_only=gaps_only,
    )
    write_rendered(
        out, "comparison", formats, lambda f: api.render_comparison(comparison, f), force
    )


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier assessment.json.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The later assessment.json.", show_default=False)],
    out: OutputDirOption = None,
    output_format: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help="html, md, json; comma-separated or repeated. "
            "Default: html,md,json with -o, else md.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
) -> None:
    """Show what changed between two assessments of one jurisdiction: gaps
    closed and opened, status changes, evidence that moved, and requirements
    added or removed by a new checklist version."""
    formats = parse_formats(output_format, api.DIFF_FORMATS) or (
        ["html", "md", "json"] if out is not None else ["md"]
    )
    version_diff = api.diff_assessments(api.read_assessment(old), api.read_assessment(new))
    write_rendered(out, "diff", formats, lambda f: api.render_diff(version_diff, f), force)


@app.command()
def batch(
    manifest: Annotated[
        Path,
        typer.Argument(
            help="A batch manifest (YAML): jurisdictions, each with its files and a profile.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Directory to write DIR/<jurisdiction>/assessment.json (and reports) and "
            "DIR/comparison.<format> into.",
            show_default=False,
        ),
    ],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes on this machine.")
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Run on a Dask cluster: the scheduler's address (tcp://host:8786). "
            "Needs pip install 'lawreview[dask]'.",
            show_default=False,
        ),
    ] = None,
    standards_dir: StandardsDirs = None,
    force: Annotated[bool, typer.Option(help="Overwrite existing output files.")] = False,
    max_pages: MaxPagesOption = api.DEFAULT_MAX_PAGES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    max_memory: MaxMemoryOption = DEFAULT_MAX_MEMORY,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Assess many jurisdictions: one assessment per jurisdiction and a comparison.

    Documents are extracted (through the cache) and jurisdictions assessed in
    --jobs processes, or on a Dask cluster with --scheduler; the results are the
    same either way. A jurisdiction whose file cannot be read is reported and
    the others go on; the exit code is then 2.
    """
    loaded = api.load_manifest(manifest)
    reading = reading_options(max_pages, timeout, max_memory, cache_dir, no_cache)
    options = api.batch_options(**reading, standards_dirs=standards_dir or [])
    with contextlib.ExitStack() as stack:
        bars: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                label = {"extract": "Extracting documents", "assess": "Assessing jurisdictions"}
                bars[stage] = stack.enter_context(
                    typer.progressbar(length=total, label=label[stage], file=sys.stderr)
                )
            bars[stage].update(1)

        summary = api.run_batch(
            loaded, out, jobs=jobs, scheduler=scheduler, options=options, force=force,
            progress=progress,
        )  # fmt: skip
    for warning in summary.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for path in summary.written:
        typer.echo(f"wrote {path}", err=True)
    typer.echo(
        f"{len(summary.jurisdictions)} jurisdictions assessed from {summary.documents} documents"
        + (f"; {len(summary.failures)} failed" if summary.failures else "")
    )
    if summary.failures:
        for name, message in summary.failures:
            typer.echo(f"error: {name}: {message}", err=True)
        raise typer.Exit(code=2)


def _stop(signum: int, frame: object) -> None:
    """SIGTERM ends the run as Ctrl-C does: clean-up runs, no half-written file stays."""
    raise KeyboardInterrupt


def main() -> None:
    """Entry point for `python cli.py`: the same behaviour as `lawreview`."""
    signal.signal(signal.SIGTERM, _stop)
    try:
        app()
    except LawreviewError as error:
        typer.echo(f"error: {error}", err=True)
        sys.exit(2)
