"""The CSV report: one row per finding, for spreadsheets."""

from __future__ import annotations

import csv
import io

from lawreview.report.view import ReportView

COLUMNS = (
    "requirement_id",
    "instrument",
    "article",
    "title",
    "strength",
    "theme",
    "status",
    "priority",
    "confidence",
    "provisions",
    "pages",
    "documents",
    "gap",
    "rationale",
    "recommendation",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """A value a spreadsheet shows as text: a leading =, +, -, @ would make Excel or
    LibreOffice run it as a formula (law text can start with a dash), so it gets a
    leading apostrophe, the spreadsheet convention for 'this is text'."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render(view: ReportView) -> str:
    """The findings as CSV with a header row of labels, UTF-8 with a byte-order mark
    so spreadsheet programs read the § and accents right."""
    names = view.labels["csv"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([names[c] for c in COLUMNS])
    for o in view.obligations:
        f = o.finding
        values = {
            "requirement_id": f.requirement_id,
            "instrument": o.instrument_name,
            "article": f.article,
            "title": f.title,
            "strength": o.strength_label,
            "theme": o.theme_label,
            "status": o.status_label,
            "priority": o.priority_label if o.priority else "",
            "confidence": f"{f.confidence:.2f}",
            "provisions": "; ".join(o.provisions),
            "pages": o.pages,
            "documents": "; ".join(o.documents),
            "gap": o.gap,
            "rationale": o.rationale,
            "recommendation": o.recommendation,
        }
        writer.writerow([cell(values[c]) for c in COLUMNS])
    return "\ufeff" + out.getvalue()
