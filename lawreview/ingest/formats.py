"""Readers for legislation published as text, Word or web pages.

Each returns `Line`s without positions (page 1); a blank line (an empty `Line`)
marks a paragraph break. Word page breaks are kept as page numbers.
"""

from __future__ import annotations

import itertools
import re
import statistics
import zipfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

from lawreview.model import InputError, Line

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
"""Characters no text file holds in bulk (tab, newlines, form feed and \\v excepted)."""


def decode_text(data: bytes, path: Path) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM), UTF-16 with a
    BOM, else Windows-1252, which decodes any byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(
                f"cannot be read as UTF-16 text ({error}); the file may be corrupt or "
                "truncated: obtain a fresh copy",
                str(path),
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if "\x00" in text or len(CONTROL_CHARS.findall(text)) > 0.05 * len(text):
            raise InputError(
                "is binary, not text; give the law as .pdf, .docx, .html or .txt", str(path)
            ) from None
        return text


def read_text(data: bytes, path: Path) -> list[Line]:
    """A plain-text law: one `Line` per physical line; form feeds are page breaks.

    In a hard-wrapped file (long lines running on into the next) blank lines and
    numbering separate paragraphs; otherwise every line is a paragraph.
    """
    pages = [chunk.splitlines() for chunk in decode_text(data, path).split("\f")]
    running = [
        len(line.strip())
        for chunk in pages
        for line, following in itertools.pairwise(chunk)
        if line.strip() and following.strip()
    ]
    hard_wrapped = bool(running) and statistics.median(running) >= 55
    lines = []
    for page, chunk in enumerate(pages, start=1):
        for raw in chunk:
            lines.append(Line(raw.strip(), page))
            if not hard_wrapped and raw.strip():
                lines.append(Line("", page))
    return lines


def read_docx(path: Path) -> list[Line]:
    """A Word law: one `Line` per paragraph or line break (table rows as
    `cell | cell`), with a blank line after each; page breaks advance the page."""
    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError, KeyError, ValueError) as error:
        raise InputError(
            f"cannot be read as a Word document ({error}); re-save it as .docx", str(path)
        ) from None
    lines: list[Line] = []
    page = 1
    body = document.element.body
    breaks = {qn("w:br"), qn("w:cr")}
    for block in body.iterchildren():
        if block.tag == qn("w:p"):
            pieces = []
            for node in block.iter(qn("w:t"), qn("w:tab"), *breaks):
                if node.tag == qn("w:t"):
                    pieces.append(node.text or "")
                elif node.tag == qn("w:tab"):
                    pieces.append(" ")
                elif node.get(qn("w:type")) == "page":
                    page += 1
                else:
                    pieces.append("\n")
            for text in "".join(pieces).split("\n"):
                lines += [Line(text.strip(), page), Line("", page)]
        elif block.tag == qn("w:tbl"):
            for row in block.iter(qn("w:tr")):
                cells = [
                    " ".join("".join(t.text or "" for t in cell.iter(qn("w:t"))).split())
                    for cell in row.iter(qn("w:tc"))
                ]
                lines += [Line(" | ".join(cells), page, table_row=True), Line("", page)]
    return lines


BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "blockquote",
    "dt",
    "dd",
    "table",
    "ul",
    "ol",
    "pre",
    "hr",
}
ROW_MARK = "\x00row\x00"
"""Prefix marking a table row among the collected blocks (never in page text)."""
SKIPPED_TAGS = {"script", "style", "head", "title", "noscript", "template"}


class _BlockText(HTMLParser):
    """Collects the text of an HTML page, one entry per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.cells: list[str] = []
        self.skipping = 0
        self.title = ""
        self.in_title = False

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping += 1
            self.in_title = tag == "title"
        elif tag in ("td", "th"):
            self.flush_cell()
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
            self.in_title = False
        elif tag in ("td", "th"):
            self.cells.append(" ".join("".join(self.current).split()))
            self.current = []
        elif tag == "tr":
            if self.cells:
                self.blocks.append(ROW_MARK + " | ".join(self.cells))
            self.cells = []
        elif tag in BLOCK_TAGS:
            self.flush()

    def flush_cell(self) -> None:
        self.current = []

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.current.append(data)


def read_html(data: bytes, path: Path) -> tuple[list[Line], str | None]:
    """A law published as a web page: one `Line` per block element, and the
    page's <title>."""
    parser = _BlockText()
    parser.feed(decode_text(data, path))
    parser.close()
    parser.flush()
    lines: list[Line] = []
    for block in parser.blocks:
        row = block.startswith(ROW_MARK)
        lines += [Line(block.removeprefix(ROW_MARK), 1, table_row=row), Line("", 1)]
    return lines, " ".join(parser.title.split()) or None
