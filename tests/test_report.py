"""Reports: priority, highlighting, each format's structure, safety on hostile
law text, template overrides and the CLI."""

from __future__ import annotations

import base64
import csv
import dataclasses
import hashlib
import io
import json
import re
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest
from conftest import ROOT, SAMPLES, run_cli
from markdown_it import MarkdownIt

from lawreview import api, render
from lawreview.model import (
    Assessment,
    Check,
    ElementResult,
    Evidence,
    Finding,
    LawreviewError,
    ReviewedDocument,
    StandardSet,
)
from lawreview.report import FORMATS, load_labels, priority
from lawreview.report.markdown import md_text
from lawreview.report.table import cell
from lawreview.report.view import build, eid_citation, segments

VARANDA = SAMPLES / "varanda-tip-act-2019.pdf"


@cache
def standards() -> StandardSet:
    return api.load_standards(profile="child-trafficking")


@cache
def varanda() -> Assessment:
    return api.analyze([VARANDA], standards(), jurisdiction="Republic of Varanda")


# --- priority and the view -------------------------------------------------------

PRIORITY_CASES = [
    ("missing", "shall", "high"),
    ("conflict", "shall", "high"),
    ("conflict", "shall_qualified", "high"),
    ("partial", "shall", "medium"),
    ("needs_review", "shall", "medium"),
    ("missing", "may", "low"),
    ("partial", "endeavour", "low"),
    ("conflict", "should", "low"),
    ("compliant", "shall", None),
    ("not_applicable", "shall", None),
    ("compliant", "may", None),
]


@pytest.mark.parametrize(("status", "strength", "expected"), PRIORITY_CASES)
def test_priority_follows_status_and_strength(status, strength, expected):
    assert priority(status, strength) == expected


def _evidence(quote: str, start: int, spans: tuple[tuple[int, int], ...]) -> Evidence:
    return Evidence("law.pdf", "sec_1", "s. 1", 1, quote, start, start + len(quote), spans)


SEGMENT_CASES = [
    # (quote, start, spans, expected marked runs)
    ("a child under 18", 100, ((102, 107),), ["child"]),
    ("a child under 18", 100, ((102, 107), (104, 113)), ["child under"]),
    ("a child under 18", 100, ((90, 103),), ["a c"]),
    ("a child under 18", 100, ((110, 130),), ["der 18"]),
    ("a child under 18", 100, (), []),
    ("a child under 18", 100, ((200, 210),), []),
]


@pytest.mark.parametrize(("quote", "start", "spans", "marked"), SEGMENT_CASES)
def test_segments_highlight_the_matched_words(quote, start, spans, marked):
    runs = segments(_evidence(quote, start, spans))
    assert "".join(s.text for s in runs) == quote
    assert [s.text for s in runs if s.marked] == marked


@pytest.mark.parametrize(
    ("eid", "citation"),
    [
        ("sec_4__subsec_1__para_a", "s. 4(1)(a)"),
        ("part_2__chp_1__sec_10", "Part 2, Chapter 1, s. 10"),
        ("art_5", "Art. 5"),
    ],
)
def test_eid_citation(eid, citation):
    assert eid_citation(eid) == citation


def test_view_counts_groups_and_fills_the_state():
    view = build(varanda(), load_labels(), standards=standards())
    assert sum(total for _, _, total in view.counts) == len(varanda().findings)
    assert sum(view.totals) == len(varanda().findings)
    assert all(o.priority == "high" for o in view.top_gaps)
    assert all("{state}" not in o.recommendation for o in view.obligations)
    assert all("{state}" not in o.rationale for o in view.obligations)
    order = [p for group in view.recommendations for p, _ in group.by_priority]
    assert order, "Varanda has gaps, so recommendations"
    for group in view.recommendations:
        priorities = [p for p, _ in group.by_priority]
        assert priorities == sorted(priorities, key=["high", "medium", "low"].index)
    assert "Republic of Varanda" in view.title
    outside = {n.instrument_name for n in view.not_assessed}
    assert "ACTIP" in outside, "ACTIP is not in the child-trafficking profile"


# --- formats on a real assessment --------------------------------------------------


@pytest.fixture(scope="module")
def rendered() -> dict[str, str | bytes]:
    return {f: render(varanda(), f) for f in (*FORMATS, "json")}


def test_json_is_the_assessment_contract(rendered):
    assert rendered["json"] == api.assessment_json(varanda())
    assert json.loads(rendered["json"])["schema"] == "lawreview/assessment@1"


def test_html_is_self_contained_with_a_strict_csp(rendered):
    page = rendered["html"]
    assert isinstance(page, str)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "default-src 'none'" in policy.group(1)
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        assert body, tag
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy.group(1)


def test_html_has_every_section_and_reads_without_javascript(rendered):
    page = str(rendered["html"])
    for anchor in ("summary", "method", "matrix", "analysis", "recommendations", "annexes"):
        assert f'id="{anchor}"' in page
    assert re.search(r'<form id="filters"[^>]* hidden>', page), "filters appear only with JS"
    rows = re.findall(r'<tr id="row-[^"]+"[^>]*data-status="(\w+)"', page)
    assert len(rows) == len(varanda().findings)
    assert " hidden" not in "".join(re.findall(r"<tr id=\"row-[^>]*>", page))
    assert "<mark>" in page, "matched words are highlighted"
    assert page.count('<th scope="col"') > 10
    for status in ("compliant", "partial", "missing"):
        assert f'<use href="#i-{status}"/>' in page, "status has an icon beside its word"


def test_docx_has_headings_toc_and_matrix(rendered):
    data = rendered["docx"]
    assert isinstance(data, bytes)
    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Executive summary",
        "Method and limits",
        "Compliance matrix",
        "Analysis by obligation",
        "Consolidated recommendations",
        "Annexes",
    ]
    level2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert any("Palermo Protocol Art. 5(1)" in h for h in level2)
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == "Requirement")
    assert [c.text for c in matrix.rows[0].cells] == [
        "Requirement",
        "Strength",
        "National provision(s)",
        "Status",
        "Gap",
        "Recommendation",
        "Priority",
    ]
    assert len(matrix.rows) == len(varanda().findings) + 1
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert 'TOC \\o "1-3"' in body
    assert "w:tblHeader" in body, "the matrix header repeats on every page"
    assert 'w:highlight w:val="yellow"' in body


def test_docx_is_deterministic():
    first = render(varanda(), "docx")
    assert render(varanda(), "docx") == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"dcterms:created" not in archive.read("docProps/core.xml")


def test_csv_round_trips(rendered):
    text = str(rendered["csv"])
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    findings = varanda().findings
    assert len(rows) == len(findings)
    labels = load_labels()
    for row, finding in zip(rows, findings):
        assert row["Requirement id"] == finding.requirement_id
        assert row["Status"] == labels["statuses"][finding.status]["label"]
        assert row["Confidence"] == f"{finding.confidence:.2f}"
        assert row["Priority"] == (
            labels["priorities"][p] if (p := priority(finding.status, finding.strength)) else ""
        )
        assert row["National provision(s)"] == "; ".join(
            dict.fromkeys(e.citation for e in finding.evidence)
        )


def test_markdown_renders_headings_and_tables(rendered):
    text = str(rendered["md"])
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2"
    ]
    assert headings[:3] == ["Provenance", "Executive summary", "Method and limits"]
    assert "Compliance matrix" in headings
    assert sum(t.type == "table_open" for t in tokens) >= 3
    matrix_rows = [t for t in tokens if t.type == "tr_open"]
    assert len(matrix_rows) > len(varanda().findings)


# --- hostile law text ---------------------------------------------------------------

SCRIPT = "<script>alert('law')</script>"
RTL = "يعاقب بالسجن كل من اتجر بطفل — עונש מאסר"
LONG = "whereas " * 20_000
HOSTILE_QUOTE = f"(1) {SCRIPT} & <b>bold</b> {RTL} \x0c {LONG}trafficking end"


def hostile() -> Assessment:
    start = 1000
    at = HOSTILE_QUOTE.index("trafficking end")
    evidence = Evidence(
        document="<law>&.pdf",
        eid="sec_1__subsec_1",
        citation="s. 1(1) <i>",
        page=3,
        quote=HOSTILE_QUOTE,
        start=start,
        end=start + len(HOSTILE_QUOTE),
        spans=((start + 4, start + 4 + len(SCRIPT)), (start + at, start + at + 11)),
    )
    finding = Finding(
        requirement_id="palermo.5.1",
        instrument="palermo",
        article="Art. 5(1)",
        title="Criminalisation & <em>penalties</em>",
        strength="shall",
        theme="prosecution",
        status="conflict",
        confidence=0.5,
        rationale=f"The law says {SCRIPT} | pipes | and ]](javascript:alert(1)) & more {RTL}",
        elements=(ElementResult("e1", "An <offence>", False, True, ("a&b",), ("sec_1",)),),
        checks=(Check("p1", "Age <limit>", "at least 18 & over", "16 <under>", False),),
        evidence=(evidence,),
        recommendation='=HYPERLINK("http://evil") in {state} <script>',
    )
    return Assessment(
        jurisdiction="<Hostile> & State",
        documents=(ReviewedDocument("<law>&.pdf", "0" * 64, f"{RTL} <Act>", 3, 10),),
        findings=(finding,),
        tool_version="0.1.0",
        standards_version="palermo 1.0.0",
        standards_sha256="f" * 64,
        profile="<profile>",
        parameters=(("palermo.3.d/child-age", 18),),
        unmatched=(("<law>&.pdf", "sec_9"),),
    )


def test_hostile_text_is_escaped_in_html():
    page = str(render(hostile(), "html", title="<img src=x onerror=alert(1)>"))
    assert "<script>alert" not in page
    assert "<img src=x" not in page and "<b>bold" not in page and "<em>" not in page
    assert "&lt;script&gt;alert(&#39;law&#39;)&lt;/script&gt;" in page
    assert "<mark>&lt;script&gt;" in page, "a matched span is highlighted, escaped"
    assert RTL in page and 'dir="auto"' in page
    assert LONG.strip() in page
    assert "\x0c" not in page
    assert page.count("<script>") == 1, "only the report's own script"


def test_hostile_text_in_markdown_docx_and_csv():
    text = str(render(hostile(), "md"))
    assert "<script>" not in text and "<b>" not in text
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert not any(t.type in ("html_block", "html_inline") for t in tokens)
    links = [t for t in tokens if t.type == "inline" and "link_open" in str(t.children)]
    assert not any("javascript:" in str(t.children) for t in links)
    assert RTL in text

    data = render(hostile(), "docx")
    assert isinstance(data, bytes)
    document = docx.Document(io.BytesIO(data))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert SCRIPT in paragraphs and RTL in paragraphs and "trafficking end" in paragraphs

    table = str(render(hostile(), "csv")).removeprefix("\ufeff")
    row = next(csv.DictReader(io.StringIO(table)))
    assert row["Recommendation"].startswith("'=HYPERLINK"), "formulas are neutralised"
    assert SCRIPT in row["Rationale"]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_each_element_says_how_it_counts(fmt: str) -> None:
    """An element never counted as a gap (set by another law, a matter of practice, an
    exception the law must not make) is not shown as merely optional."""
    elements = (
        ElementResult("c138.2.3#fifteen", "At least 15", True, True, ("employ",), ("sec_1",)),
        ElementResult("c138.2.3#schooling", "End of schooling", False, False, check="other_law"),
        ElementResult("c029.25#enforcement", "Enforcement", False, False, check="practice"),
        ElementResult("x#exception", "An exception", False, False, check="absent"),
        ElementResult("x#option", "An option", False, False),
    )
    assessment = hostile()
    finding = dataclasses.replace(assessment.findings[0], elements=elements)
    output = render(dataclasses.replace(assessment, findings=(finding,)), fmt)
    if isinstance(output, bytes):
        document = docx.Document(io.BytesIO(output))
        output = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    text = str(output)
    for role in (
        "Required",
        "Set by another law",
        "Practice (not read from the text)",
        "Must not be in the law",
        "Optional",
    ):
        assert role in text, role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("s. 4 = ok", "s. 4 = ok"),
        ("", ""),
    ],
)
def test_csv_cells_never_start_a_formula(text, expected):
    assert cell(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("a | b", "a \\| b"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("line\nbreak", "line break"),
        ("s. 4(1)(a)", "s. 4(1)(a)"),
    ],
)
def test_markdown_text_is_inert(text, expected):
    assert str(md_text(text)) == expected


# --- templates and labels -------------------------------------------------------------


def test_template_dir_overrides_labels_and_blocks(tmp_path):
    (tmp_path / "labels.yaml").write_text(
        'summary: "Résumé analytique"\nstatuses:\n  missing:\n    label: "Absent"\n',
        encoding="utf-8",
    )
    (tmp_path / "report.html.j2").write_text(
        '{% extends "lawreview/report.html.j2" %}'
        '{% block toc %}<p id="agency">Agency logo here</p>{% endblock %}',
        encoding="utf-8",
    )
    page = str(render(varanda(), "html", template_dir=tmp_path))
    assert 'id="agency"' in page and "Résumé analytique" in page
    assert "Absent" in page and 'id="toc-h"' not in page
    assert "Compliant" in page, "labels not overridden keep their shipped text"
    table = str(render(varanda(), "csv", template_dir=tmp_path))
    assert "Absent" in table


def test_title_option_replaces_the_title():
    page = str(render(varanda(), "html", title="Varanda: working draft"))
    assert "<title>Varanda: working draft</title>" in page


def test_unknown_format_is_a_clear_error():
    with pytest.raises(LawreviewError, match="unknown report format"):
        render(varanda(), "pdf")


# --- the CLI ----------------------------------------------------------------------------


def test_cli_report_writes_each_format(tmp_path):
    assessment = tmp_path / "assessment.json"
    assessment.write_text(api.assessment_json(varanda()), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("report", assessment, "--format", "html,docx", "-f", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["report.csv", "report.docx", "report.html"]
    docx.Document(str(out / "report.docx"))
    again = run_cli("report", assessment, "-f", "html", "-o", out)
    assert again.returncode == 2 and "--force" in again.stderr
    printed = run_cli("report", assessment, "-f", "md")
    assert printed.returncode == 0 and printed.stdout.startswith("# Legal review")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot be read as JSON"),
        ('{"schema": "lawreview/law@1"}', "is not a lawreview assessment"),
    ],
)
def test_cli_report_on_a_file_that_is_not_an_assessment(tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = run_cli("report", bad, "-o", tmp_path / "out")
    assert result.returncode == 2
    assert str(bad) in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("status", "bogus", "status 'bogus' is not one of compliant"),
        ("check", "bogus", "check 'bogus', not one of present"),
    ],
)
def test_cli_report_on_an_assessment_with_a_value_it_does_not_know(tmp_path, field, value, message):
    """A hand-edited assessment naming an unknown status or element check is an
    error naming the file and the finding, not a traceback."""
    data = json.loads((ROOT / "reports" / "varanda" / "assessment.json").read_text("utf-8"))
    finding = data["findings"][0]
    (finding if field == "status" else finding["elements"][0])[field] = value
    bad = tmp_path / "assessment.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("report", bad, "-o", tmp_path / "out")
    assert result.returncode == 2
    assert str(bad) in result.stderr and message in result.stderr
    assert finding["requirement_id"] in result.stderr
    assert "Traceback" not in result.stderr


def test_an_assessment_written_before_element_checks_reads_them_as_present():
    data = json.loads((ROOT / "reports" / "varanda" / "assessment.json").read_text("utf-8"))
    for finding in data["findings"]:
        for element in finding["elements"]:
            del element["check"]
    assessment = api.assessment_from_dict(data)
    assert {e.check for f in assessment.findings for e in f.elements} == {"present"}


def test_cli_analyze_goes_from_a_pdf_to_reports(tmp_path):
    result = run_cli(
        "analyze",
        VARANDA,
        "--jurisdiction",
        "Republic of Varanda",
        "-p",
        "child-trafficking",
        "-f",
        "html",
        "-f",
        "docx",
        "-f",
        "json",
        "-o",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert {p.name for p in tmp_path.iterdir()} == {
        "assessment.json",
        "report.docx",
        "report.html",
    }
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "the Republic of Varanda" in page
    assert Path(tmp_path / "report.docx").read_bytes()[:2] == b"PK"


def test_templates_and_labels_ship_with_the_package():
    tomllib = pytest.importorskip("tomllib")
    root = Path(__file__).parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["lawreview.report"]
    package = root / "lawreview" / "report"
    shipped = {p for pattern in patterns for p in package.glob(pattern)}
    needed = {package / "labels.yaml", *(package / "templates").iterdir()}
    assert needed <= shipped
    assert any(d.startswith("jinja2") for d in config["project"]["dependencies"])
