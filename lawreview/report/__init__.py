"""Reports of an assessment: HTML, Word, Markdown and CSV.

`render(assessment, format)` is the one entry point. Every format renders the
same `view.ReportView`, labelled from `labels.yaml` (one file per language)
and, for HTML and Markdown, through jinja2 templates an agency can override
with `template_dir`. JSON is not rendered here: it is the assessment contract,
which `lawreview.api.render` writes.

Reads only `lawreview.model`; the caller passes the standards (optional) that
add each obligation in plain words and the Model Law articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from lawreview.model import Assessment, LawreviewError, StandardSet
from lawreview.report.html import render as render_html
from lawreview.report.markdown import render as render_markdown
from lawreview.report.table import render as render_csv
from lawreview.report.view import ReportView, build, priority
from lawreview.report.word import render as render_docx

FORMATS = ("html", "docx", "md", "csv")
"""Formats this package renders; `docx` is bytes, the others text."""

EXTENSIONS = {"html": ".html", "docx": ".docx", "md": ".md", "csv": ".csv", "json": ".json"}

PACKAGE_DIR = Path(__file__).parent


def load_labels(template_dir: str | Path | None = None) -> dict[str, Any]:
    """The report's words: the shipped `labels.yaml`, overridden key by key by a
    `labels.yaml` in `template_dir` (a translation, or an agency's wording)."""
    labels: dict[str, Any] = yaml.safe_load((PACKAGE_DIR / "labels.yaml").read_text("utf-8"))
    if template_dir is not None:
        override = Path(template_dir) / "labels.yaml"
        if override.is_file():
            try:
                extra = yaml.safe_load(override.read_text("utf-8")) or {}
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
                raise LawreviewError(f"cannot be read as YAML ({error})", str(override)) from None
            if not isinstance(extra, dict):
                raise LawreviewError("must be a mapping of label keys to text", str(override))
            labels = _merge(labels, extra)
    return labels


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def report_view(
    assessment: Assessment,
    *,
    template_dir: str | Path | None = None,
    title: str | None = None,
    standards: StandardSet | None = None,
) -> ReportView:
    """What every format shows, computed once (see `view.build`)."""
    return build(assessment, load_labels(template_dir), title=title, standards=standards)


def render(
    assessment: Assessment,
    format: str,
    *,
    template_dir: str | Path | None = None,
    title: str | None = None,
    standards: StandardSet | None = None,
) -> str | bytes:
    """The assessment as a report in `format` (html, docx, md or csv).

    `docx` returns bytes; the others text. `template_dir` holds templates
    (report.html.j2, report.md.j2, report.css, report.js) and a labels.yaml
    that replace the shipped ones; `title` replaces the default title.
    """
    if format not in FORMATS:
        raise LawreviewError(f"unknown report format {format!r}; choose among {', '.join(FORMATS)}")
    if template_dir is not None and not Path(template_dir).is_dir():
        raise LawreviewError("is not a directory of templates", str(template_dir))
    view = report_view(assessment, template_dir=template_dir, title=title, standards=standards)
    if format == "html":
        return render_html(view, template_dir)
    if format == "md":
        return render_markdown(view, template_dir)
    if format == "csv":
        return render_csv(view)
    return render_docx(view)


__all__ = ["EXTENSIONS", "FORMATS", "ReportView", "load_labels", "priority", "render"]
