"""The Word report, through python-docx: real heading styles, tables, a table of
contents field, so a working group edits it like any Word document.

The file is deterministic: no creation time, and the zip written with fixed
timestamps, so the same assessment always gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from lawreview.report.charts import BAR_COLOURS, STATUS_COLOURS, mix
from lawreview.report.view import Obligation, ReportView

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#"))
    properties.append(shading)


def _repeat_header(table: Table) -> None:
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)


def _table(document: WordDocument, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    """A grid table with a bold, shaded header row repeated on every page."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, header in zip(table.rows[0].cells, headers):
        cell.text = ""
        run = cell.paragraphs[0].add_run(header)
        run.bold = True
        _shade(cell, "#e9eef3")
    _repeat_header(table)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    return table


def _status_cell(cell: _Cell, status: str, label: str, icon: str) -> None:
    """A status as its icon and word, on its colour: never colour alone."""
    cell.text = ""
    background, ink = STATUS_COLOURS[status]
    run = cell.paragraphs[0].add_run(f"{icon} {label}")
    run.bold = True
    run.font.color.rgb = RGBColor.from_string(ink.lstrip("#"))
    _shade(cell, background)


def _toc(document: WordDocument, placeholder: str) -> None:
    """A table of contents field (headings 1-3); Word fills it when the file opens."""
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = 'TOC \\o "1-3" \\h \\z \\u'
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instruction)
    run._r.append(separate)
    paragraph.add_run(placeholder).italic = True
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _labelled(paragraph: Paragraph, label: str, text: str) -> None:
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(text)


def _landscape(document: WordDocument, landscape: bool) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    if width is None or height is None:
        return
    if landscape != (width > height):
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def _cover(document: WordDocument, view: ReportView, labels: Any) -> None:
    document.add_paragraph(view.title, style="Title")
    document.add_paragraph(str(labels["subtitle"]), style="Subtitle")
    draft = document.add_paragraph().add_run(view.review_state)
    draft.bold = True
    draft.font.color.rgb = RGBColor(0x8A, 0x10, 0x20)
    notice = document.add_paragraph(style="Intense Quote")
    notice.add_run(f"{labels['disclaimer_heading']}. ").bold = True
    notice.add_run(str(labels["disclaimer"]))
    facts = [
        (labels["jurisdiction"], view.state),
        (labels["instruments"], ", ".join(name for _, name in view.instruments)),
        (
            labels["profile"],
            f"{view.profile} ({view.profile_title})"
            if view.profile and view.profile_title
            else view.profile or labels["profile_none"],
        ),
        (labels["review_state"], view.review_state),
        (labels["tool_version"], view.tool_version),
        (labels["standards_version"], view.standards_version),
        (labels["standards_sha256"], view.standards_sha256),
    ]
    table = _table(document, [str(labels["provenance"]), ""], [(str(k), str(v)) for k, v in facts])
    for row in table.rows[1:]:
        row.cells[0].paragraphs[0].runs[0].bold = True
    document.add_paragraph(str(labels["laws_reviewed"]), style="Caption")
    _table(
        document,
        [str(labels[k]) for k in ("law_title", "law_file", "law_pages", "law_provisions")]
        + [str(labels["law_sha256"])],
        [
            (law.title, law.path, str(law.pages), str(law.provisions), law.sha256)
            for law in view.laws
        ],
    )


def _summary(document: WordDocument, view: ReportView, labels: Any) -> None:
    statuses = labels["statuses"]
    document.add_heading(str(labels["summary"]), level=1)
    document.add_paragraph(
        str(labels["summary_intro"]).replace("{count}", str(len(view.obligations)))
    )
    document.add_paragraph(str(labels["counts_caption"]), style="Caption")
    headers = [str(labels["instrument"])]
    headers += [f"{statuses[s]['icon']} {statuses[s]['label']}" for s in view.statuses]
    headers.append(str(labels["total"]))
    rows = [[name, *map(str, counts), str(total)] for name, counts, total in view.counts]
    rows.append(
        [str(labels["all_instruments"]), *map(str, view.totals), str(len(view.obligations))]
    )
    table = _table(document, headers, rows)
    for cell in table.rows[-1].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    document.add_heading(str(labels["heatmap"]), level=2)
    document.add_paragraph(str(labels["heatmap_caption"]), style="Caption")
    headers = [str(labels["theme"])]
    headers += [f"{statuses[s]['icon']} {statuses[s]['label']}" for s in view.statuses]
    heat = _table(document, headers, [[t, *map(str, c)] for t, c in view.heat])
    for row, (_, counts) in zip(heat.rows[1:], view.heat):
        total = sum(counts) or 1
        for cell, status, count in zip(row.cells[1:], view.statuses, counts):
            if count:
                _shade(cell, mix(BAR_COLOURS[status], 0.12 + 0.5 * count / total))
                cell.paragraphs[0].runs[0].bold = True
    document.add_heading(str(labels["top_gaps"]), level=2)
    if not view.top_gaps:
        document.add_paragraph(str(labels["top_gaps_none"]))
    else:
        document.add_paragraph(str(labels["top_gaps_intro"]))
    for o in view.top_gaps:
        item = document.add_paragraph(style="List Number")
        item.add_run(o.finding.title).bold = True
        item.add_run(
            f" ({o.instrument_name} {o.finding.article}; {o.status_icon} {o.status_label}): "
        )
        item.add_run(o.recommendation or o.gap)


def _method(document: WordDocument, view: ReportView, labels: Any) -> None:
    document.add_heading(str(labels["method"]), level=1)
    for text in labels["method_text"]:
        document.add_paragraph(str(text))
    document.add_heading(str(labels["limits_heading"]), level=2)
    for text in labels["limits_text"]:
        document.add_paragraph(str(text), style="List Bullet")
    document.add_heading(str(labels["status_scale"]), level=2)
    table = _table(
        document,
        [str(labels["status"]), ""],
        [("", str(labels["statuses"][s]["description"])) for s in view.statuses],
    )
    for row, status in zip(table.rows[1:], view.statuses):
        entry = labels["statuses"][status]
        _status_cell(row.cells[0], status, str(entry["label"]), str(entry["icon"]))
    document.add_heading(str(labels["priority_scale"]), level=2)
    document.add_paragraph(str(labels["priority_rule"]))
    document.add_heading(str(labels["strength_scale"]), level=2)
    _table(
        document,
        [str(labels["strength"]), ""],
        [(key, str(text)) for key, text in labels["strengths"].items()],
    )


def _matrix(document: WordDocument, view: ReportView, labels: Any) -> None:
    document.add_heading(str(labels["matrix"]), level=1)
    document.add_paragraph(str(labels["matrix_intro"]))
    headers = [
        str(labels[k])
        for k in (
            "requirement",
            "strength",
            "national_provisions",
            "status",
            "gap",
            "recommendation",
            "priority",
        )
    ]
    rows = [
        (
            f"{o.finding.title} ({o.instrument_name} {o.finding.article}, "
            f"{o.finding.requirement_id})",
            o.strength_label,
            ", ".join(o.provisions) or str(labels["no_provision"]),
            "",
            o.gap,
            o.recommendation or str(labels["no_recommendation"]),
            o.priority_label,
        )
        for o in view.obligations
    ]
    table = _table(document, headers, rows)
    widths = (Mm(45), Mm(25), Mm(25), Mm(25), Mm(60), Mm(60), Mm(17))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    for row, o in zip(table.rows[1:], view.obligations):
        _status_cell(row.cells[3], o.status, o.status_label, o.status_icon)
        if o.priority == "high":
            row.cells[6].paragraphs[0].runs[0].bold = True


def _obligation(document: WordDocument, o: Obligation, labels: Any) -> None:
    document.add_heading(f"{o.instrument_name} {o.finding.article}: {o.finding.title}", level=2)
    meta = document.add_paragraph()
    status_run = meta.add_run(f"{o.status_icon} {o.status_label}")
    status_run.bold = True
    status_run.font.color.rgb = RGBColor.from_string(STATUS_COLOURS[o.status][1].lstrip("#"))
    meta.add_run(
        f"   {labels['priority']}: {o.priority_label}   {labels['strength']}: {o.strength_label}"
        f"   {labels['theme']}: {o.theme_label}   {labels['confidence']}: "
        f"{o.finding.confidence:.2f}   ({o.finding.requirement_id})"
    )
    document.add_heading(str(labels["obligation"]), level=3)
    document.add_paragraph(o.plain)
    document.add_heading(str(labels["provisions_quoted"]), level=3)
    if not o.quotes:
        document.add_paragraph().add_run(str(labels["provisions_none"])).italic = True
    elif o.quotes:
        document.add_paragraph().add_run(str(labels["matched_words"])).italic = True
    for q in o.quotes:
        quote = document.add_paragraph(style="Quote")
        for segment in q.segments:
            run = quote.add_run(segment.text)
            if segment.marked:
                run.bold = True
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        source = document.add_paragraph(style="Caption")
        source.add_run(f"{q.citation}, {q.document}, {labels['page']} {q.page}; ")
        source.add_run(f"{labels['eid']} {q.eid}")
    if o.elements:
        document.add_paragraph(str(labels["elements"]), style="Caption")
        _table(
            document,
            [str(labels[k]) for k in ("element", "binding", "found", "terms_matched", "where")],
            [
                (
                    e.description,
                    e.role,
                    ("✓ " + str(labels["found_yes"]))
                    if e.found
                    else "✗ " + str(labels["found_no"]),
                    e.terms,
                    e.where,
                )
                for e in o.elements
            ],
        )
    if o.checks:
        document.add_paragraph(str(labels["checks"]), style="Caption")
        _table(
            document,
            [str(labels[k]) for k in ("parameter", "expected", "found_in_law", "check_result")],
            [
                (
                    c.label,
                    c.expected,
                    c.found,
                    ("✓ " + str(labels["check_ok"]))
                    if c.ok
                    else "✗ " + str(labels["check_not_ok"]),
                )
                for c in o.checks
            ],
        )
    if o.review is not None:
        _review(document, o, labels)
    document.add_heading(str(labels["why"]), level=3)
    document.add_paragraph(o.rationale)
    if o.recommendation:
        document.add_heading(str(labels["recommendation"]), level=3)
        document.add_paragraph(o.recommendation)
        if o.model_law:
            _labelled(document.add_paragraph(), str(labels["model_law"]), o.model_law)


def _review(document: WordDocument, o: Obligation, labels: Any) -> None:
    review = o.review
    assert review is not None
    statuses = labels["statuses"]
    document.add_heading(str(labels["review"]), level=3)
    if review.stale:
        document.add_paragraph().add_run(str(labels["review_stale"])).bold = True
    rows = [
        (
            labels["review_status"],
            f"{statuses[review.status]['icon']} {statuses[review.status]['label']}",
        ),
        (
            labels["review_machine_status"],
            f"{statuses[review.machine_status]['icon']} "
            f"{statuses[review.machine_status]['label']} ({review.machine_confidence:.2f})",
        ),
        (labels["review_reason"], labels["reasons"].get(review.reason, review.reason)),
        (labels["review_reviewer"], f"{review.reviewer}, {review.date}"),
    ]
    if review.note:
        rows.append((labels["review_note"], review.note))
    for label, text in rows:
        _labelled(document.add_paragraph(), str(label), str(text))


def _recommendations(document: WordDocument, view: ReportView, labels: Any) -> None:
    document.add_heading(str(labels["recommendations"]), level=1)
    if not view.recommendations:
        document.add_paragraph(str(labels["recommendations_none"]))
        return
    document.add_paragraph(str(labels["recommendations_intro"]))
    for group in view.recommendations:
        document.add_heading(group.law, level=2)
        for prio, items in group.by_priority:
            document.add_heading(str(labels["priorities"][prio]), level=3)
            for o in items:
                item = document.add_paragraph(style="List Bullet")
                item.add_run(o.recommendation)
                where = f"{o.instrument_name} {o.finding.article}"
                if o.provisions:
                    where += "; " + ", ".join(o.provisions)
                if o.model_law:
                    where += f"; {labels['model_law']} {o.model_law}"
                item.add_run(f" ({where}; {o.status_icon} {o.status_label})").italic = True


def _annexes(document: WordDocument, view: ReportView, labels: Any) -> None:
    document.add_heading(str(labels["annexes"]), level=1)
    document.add_heading(str(labels["unmatched"]), level=2)
    if view.unmatched:
        document.add_paragraph(str(labels["unmatched_intro"]))
        for law, eid, cited in view.unmatched:
            document.add_paragraph(f"{cited} ({law}; {labels['eid']} {eid})", style="List Bullet")
    else:
        document.add_paragraph(str(labels["unmatched_none"]))
    document.add_heading(str(labels["not_assessed"]), level=2)
    document.add_paragraph(
        str(labels["not_assessed_profile"]).replace("{profile}", view.profile)
        if view.profile
        else str(labels["not_assessed_no_profile"])
    )
    if view.not_assessed:
        document.add_heading(str(labels["not_assessed_outside"]), level=3)
    for n in view.not_assessed:
        item = document.add_paragraph(style="List Bullet")
        item.add_run(f"{n.instrument_name}: ").bold = True
        if n.whole:
            item.add_run(str(labels["not_assessed_whole"]).replace("{count}", str(n.count)))
        else:
            item.add_run(
                str(labels["not_assessed_some"]).replace("{count}", str(n.count))
                + ": "
                + "; ".join(f"{i} {t}" for i, t in n.requirements)
            )
    document.add_heading(str(labels["not_assessed_open"]), level=3)
    if not view.open_findings:
        document.add_paragraph(str(labels["not_assessed_open_none"]))
    for o in view.open_findings:
        document.add_paragraph(
            f"{o.instrument_name} {o.finding.article} {o.finding.title}: "
            f"{o.status_icon} {o.status_label}. {o.rationale}",
            style="List Bullet",
        )
    document.add_heading(str(labels["parameters"]), level=3)
    if view.parameters:
        _table(
            document,
            [str(labels["parameter_id"]), str(labels["parameter_value"])],
            view.parameters,
        )
    else:
        document.add_paragraph(str(labels["parameters_none"]))
    document.add_heading(str(labels["review_log"]), level=2)
    if not view.decisions:
        document.add_paragraph(str(labels["review_log_none"]))
    else:
        statuses = labels["statuses"]
        _table(
            document,
            [
                str(labels[k])
                for k in (
                    "requirement",
                    "review_machine_status",
                    "review_status",
                    "review_reason",
                    "review_reviewer",
                    "review_date",
                )
            ],
            [
                (
                    f"{o.instrument_name} {o.finding.article} {o.finding.title}"
                    + (f" ({labels['review_stale']})" if o.review.stale else ""),
                    str(statuses[o.review.machine_status]["label"]),
                    str(statuses[o.review.status]["label"]),
                    str(labels["reasons"].get(o.review.reason, o.review.reason))
                    + (f": {o.review.note}" if o.review.note else ""),
                    o.review.reviewer,
                    o.review.date,
                )
                for o in view.decisions
                if o.review is not None
            ],
        )
    document.add_heading(str(labels["glossary"]), level=2)
    for entry in labels["glossary_terms"]:
        _labelled(document.add_paragraph(), str(entry["term"]), str(entry["meaning"]))


def _deterministic(data: bytes) -> bytes:
    """The same docx with every zip entry stamped with one fixed time."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def render(view: ReportView) -> bytes:
    """The report as a .docx file."""
    labels = view.labels
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    properties = document.core_properties
    # Word limits these properties to 255 characters.
    properties.title = view.title[:255]
    properties.author = "lawreview"
    properties.subject = str(labels["subtitle"])[:255]
    properties.keywords = view.state[:255]
    core = properties._element
    for name in ("created", "modified", "lastPrinted"):
        for child in core.findall(f"{{*}}{name}"):
            core.remove(child)

    _cover(document, view, labels)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(str(labels["contents"]), style="TOC Heading")
    _toc(document, str(labels["toc_placeholder"]))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _summary(document, view, labels)
    _method(document, view, labels)
    _landscape(document, True)
    _matrix(document, view, labels)
    _landscape(document, False)
    document.add_heading(str(labels["analysis"]), level=1)
    for o in view.obligations:
        _obligation(document, o, labels)
    _recommendations(document, view, labels)
    _annexes(document, view, labels)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = str(labels["generated_by"]).replace("{version}", view.tool_version)
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic(buffer.getvalue())
