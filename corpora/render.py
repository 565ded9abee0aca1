"""Render the sample legislation sources into PDF, TXT, DOCX and HTML.

Usage::

    python corpora/render.py                 # every law in corpora/samples/src/
    python corpora/render.py kestria-penal-code varanda-tip-act-2019

Each source ``corpora/samples/src/<law>.txt`` is written in a small format (see
``corpora/README.md``): paragraphs separated by blank lines, and directive lines
starting with ``@``. Page breaks are explicit (``@page``), so the page of every
provision is fixed by the source; a page that overflows is an error, never a
silent reflow. All outputs are byte-deterministic.
"""

from __future__ import annotations

import html
import io
import os
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SRC_DIR = HERE / "samples" / "src"
OUT_DIR = HERE / "samples"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)

PAGE_W, PAGE_H = A4


class RenderError(Exception):
    """A source that cannot be laid out as written (overflow, bad directive)."""


# --- fonts -------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def pick(self, bold: bool, italic: bool) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


def register_fonts() -> Fonts:
    """DejaVu Serif when installed (it has the ligature and § glyphs), else Times."""
    files = {
        "LRSerif": "DejaVuSerif.ttf",
        "LRSerif-Bold": "DejaVuSerif-Bold.ttf",
        "LRSerif-Italic": "DejaVuSerif-Italic.ttf",
        "LRSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    }
    if all((FONT_DIR / name).exists() for name in files.values()):
        for font_name, file_name in files.items():
            if font_name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(font_name, str(FONT_DIR / file_name)))
        return Fonts("LRSerif", "LRSerif-Bold", "LRSerif-Italic", "LRSerif-BoldItalic")
    return Fonts("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic")


# --- source format -----------------------------------------------------------

ONE_SHOT = {
    "center",
    "right",
    "bold",
    "italic",
    "lines",
    "size",
    "indent",
    "space",
    "hang",
    "footnote",
}
WITH_ARG = {"size", "indent", "space", "hang"}


@dataclass
class Block:
    kind: str  # "para", "table", "page", "columns", "colbreak", "vspace", "header", "footer"
    lines: list[str] = field(default_factory=list)
    opts: dict[str, str] = field(default_factory=dict)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    value: float = 0.0

    @property
    def text(self) -> str:
        """The paragraph as one string (source lines joined by spaces)."""
        return " ".join(line.strip() for line in self.lines)


@dataclass
class Source:
    name: str
    title: str = ""
    state: str = ""
    header: str = ""
    footer: str = "Page {page} of {pages}"
    header_even: str | None = None  # on even pages, when set (a book's facing pages)
    footer_even: str | None = None
    settings: dict[str, str] = field(default_factory=dict)
    levels: dict[str, float] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)

    def setting(self, key: str, default: float) -> float:
        return float(self.settings.get(key, default))


def _parse_one_shot(line: str, pending: dict[str, str]) -> None:
    tokens = line.split()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        name = token[1:]
        if not token.startswith("@") or name not in ONE_SHOT:
            raise RenderError(f"unknown directive {token!r} in line {line!r}")
        if name in WITH_ARG:
            if i + 1 >= len(tokens):
                raise RenderError(f"directive {token!r} needs a value")
            pending[name] = tokens[i + 1]
            i += 2
        else:
            pending[name] = "1"
            i += 1


def parse_source(path: Path) -> Source:
    source = Source(name=path.stem)
    pending: dict[str, str] = {}
    para: list[str] = []
    table: Block | None = None

    def flush() -> None:
        nonlocal para, pending
        if para:
            source.blocks.append(Block("para", lines=para, opts=pending))
            para = []
            pending = {}

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if table is not None:
            if line.strip() == "@endtable":
                source.blocks.append(table)
                table = None
            elif line.strip():
                table.rows.append([cell.strip() for cell in line.split("|")])
            continue
        if line.startswith("#"):  # comment
            continue
        if not line.strip():
            flush()
            continue
        if not line.startswith("@"):
            para.append(line)
            continue
        flush()
        name, _, arg = line[1:].partition(" ")
        arg = arg.strip()
        if name == "title":
            source.title = arg
        elif name == "state":
            source.state = arg
        elif name in ("header", "footer"):
            if source.blocks:
                # After the first block, a running header or footer changes from
                # the page the layout is on when it is reached (put it right
                # after an @page) to the end, or to the next such directive.
                source.blocks.append(Block(name, lines=[arg]))
            elif name == "header":
                source.header = arg
            else:
                source.footer = arg
        elif name == "header-even":
            source.header_even = arg
        elif name == "footer-even":
            source.footer_even = arg
        elif name == "set":
            for item in arg.split():
                key, _, value = item.partition("=")
                source.settings[key] = value
        elif name == "levels":
            for item in arg.split():
                marker, _, depth = item.rpartition("=")
                source.levels[marker] = float(depth)
        elif name == "page":
            source.blocks.append(Block("page"))
        elif name == "colbreak":
            source.blocks.append(Block("colbreak"))
        elif name == "vspace":
            source.blocks.append(Block("vspace", value=float(arg)))
        elif name == "columns":
            source.blocks.append(Block("columns", value=float(arg)))
        elif name == "table":
            table = Block("table", widths=[float(w) for w in arg.split()], opts=pending)
            pending = {}
        elif name in ONE_SHOT:
            _parse_one_shot(line, pending)
        else:
            raise RenderError(f"{path.name}:{number}: unknown directive @{name}")
    flush()
    if table is not None:
        raise RenderError(f"{path.name}: @table without @endtable")
    return source


# --- markers -----------------------------------------------------------------

ROMAN = re.compile(r"^(?=[ivxl])(l?x{0,3})(ix|iv|v?i{0,3})$")
MARKER = re.compile(
    r"^(\(\d+[A-Za-z]?\)|\([a-z]{1,3}\)|\d+[A-Za-z]?\.(?=\s)|\d+\)|\d+/|\d+°\)?|[a-zđ]\)|[a-z]\.(?=\s))\s"
)


def marker_kind(marker: str, previous_alpha: str | None) -> str:
    """The kind of a paragraph marker: ``(1)``, ``(a)``, ``(i)``, ``1.``, ``1)``, ``1/``,
    ``1°``, ``a)`` or ``a.``.

    ``(i)`` is a letter when it continues a lettered list (``(h)`` came before),
    otherwise a roman numeral; the same for ``(v)`` and ``(x)``.
    """
    if re.fullmatch(r"\(\d+[A-Za-z]?\)", marker):
        return "(1)"
    if re.fullmatch(r"\d+\)", marker):
        return "1)"
    if marker.endswith("/"):
        return "1/"
    if marker.endswith("°") or marker.endswith("°)"):
        return "1°"
    if marker.endswith(")") and not marker.startswith("("):
        return "a)"
    if re.fullmatch(r"[a-z]\.", marker):
        return "a."
    if marker.endswith("."):
        return "1."
    inner = marker[1:-1]
    if ROMAN.match(inner):
        if previous_alpha and len(inner) == 1 and ord(inner) == ord(previous_alpha) + 1:
            return "(a)"
        return "(i)"
    return "(a)"


# --- layout --------------------------------------------------------------------


@dataclass
class TextOp:
    x: float
    y: float
    text: str
    font: str
    size: float
    align: str = "left"  # left, center, right


@dataclass
class LineOp:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5


@dataclass
class Page:
    ops: list[TextOp | LineOp] = field(default_factory=list)
    header: str = ""
    footer: str = ""
    notes: list[Block] = field(default_factory=list)  # footnotes, set at the page's foot


HYPHEN_SUFFIXES = (
    "tion",
    "tions",
    "sion",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ance",
    "ence",
    "ing",
    "ings",
    "ible",
    "able",
    "ised",
    "ized",
    "ous",
    "ive",
    "ual",
    "ful",
)
HYPHEN_PREFIXES = ("inter", "trans", "under", "counter", "pro", "con", "com", "dis", "pre")


def hyphen_points(word: str) -> list[int]:
    """Candidate split positions in a plain alphabetic word, largest first."""
    points: set[int] = set()
    lower = word.lower()
    for suffix in HYPHEN_SUFFIXES:
        if lower.endswith(suffix):
            points.add(len(word) - len(suffix))
    for prefix in HYPHEN_PREFIXES:
        if lower.startswith(prefix):
            points.add(len(prefix))
    vowels = set("aeiouy")
    for i in range(1, len(word)):
        if lower[i] == lower[i - 1] and lower[i] not in vowels:
            points.add(i)
    return sorted((p for p in points if p >= 3 and len(word) - p >= 3), reverse=True)


@dataclass
class Layout:
    source: Source
    fonts: Fonts
    pages: list[Page] = field(default_factory=list)
    y: float = 0.0
    ncols: int = 1
    col: int = 0
    col_top: float = 0.0
    col_low: float = 0.0
    at_top: bool = True

    def __post_init__(self) -> None:
        s = self.source
        self.size = s.setting("size", 10.5)
        self.leading = s.setting("leading", self.size * 1.32)
        self.parskip = s.setting("parskip", 4.0)
        self.step = s.setting("step", 20.0)
        self.firstindent = s.setting("firstindent", 0.0)
        self.gap = s.setting("gap", 18.0)
        self.margin_l = s.setting("margin_left", 70.0)
        self.margin_r = s.setting("margin_right", 70.0)
        self.top = PAGE_H - s.setting("margin_top", 78.0)
        self.bottom = s.setting("margin_bottom", 72.0)
        self.hyphenate = s.settings.get("hyphenate", "on") == "on"
        self.previous_alpha: str | None = None
        self.header = s.header
        self.footer = s.footer
        self.new_page()

    # geometry
    @property
    def col_width(self) -> float:
        full = PAGE_W - self.margin_l - self.margin_r
        if self.ncols == 1:
            return full
        return (full - self.gap * (self.ncols - 1)) / self.ncols

    @property
    def col_x(self) -> float:
        return self.margin_l + self.col * (self.col_width + self.gap)

    def new_page(self) -> None:
        if self.pages:
            self.footnotes()
        if self.pages and os.environ.get("RENDER_DEBUG"):
            free = min(self.y, self.col_low) - self.bottom
            print(f"  page {len(self.pages)}: {free:.0f} pt free", file=sys.stderr)
        self.pages.append(Page(header=self.header, footer=self.footer))
        self.y = self.top
        self.col = 0
        self.col_top = self.top
        self.col_low = self.top
        self.at_top = True

    def where(self, text: str) -> str:
        return f"{self.source.name}: page {len(self.pages)} overflows at {text[:60]!r}"

    def need(self, height: float, text: str) -> None:
        """Make room for ``height`` points: next column, or fail."""
        if self.y - height >= self.bottom - 0.01:
            return
        if self.ncols > 1 and self.col < self.ncols - 1:
            self.col_low = min(self.col_low, self.y)
            self.col += 1
            self.y = self.col_top
            self.at_top = True
            if self.y - height >= self.bottom - 0.01:
                return
        raise RenderError(self.where(text) + " (add an @page before it)")

    def emit(self, op: TextOp | LineOp) -> None:
        self.pages[-1].ops.append(op)

    # text
    def width(self, text: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, font, size)

    def wrap(self, text: str, first: float, rest: float, font: str, size: float) -> list[str]:
        words = text.split(" ")
        lines: list[str] = []
        current = ""
        avail = first
        for word in words:
            if not word:
                continue
            trial = f"{current} {word}" if current else word
            if self.width(trial, font, size) <= avail:
                current = trial
                continue
            if current and self.hyphenate:
                split = self.split_word(current, word, avail, font, size)
                if split:
                    head, tail = split
                    lines.append(f"{current} {head}-")
                    current, avail = tail, rest
                    continue
            if current:
                lines.append(current)
                avail = rest
            current = word
        if current:
            lines.append(current)
        return lines

    def split_word(
        self, current: str, word: str, avail: float, font: str, size: float
    ) -> tuple[str, str] | None:
        match = re.fullmatch(r"([A-Za-z]{9,})([,;.:]?)", word)
        if not match:
            return None
        core, punct = match.groups()
        for point in hyphen_points(core):
            head = core[:point]
            if self.width(f"{current} {head}-", font, size) <= avail:
                return head, core[point:] + punct
        return None

    def footnotes(self) -> None:
        """Set the page's footnotes at its foot, in small type under a short rule,
        the first one highest; the page's text must end above them."""
        page = self.pages[-1]
        if not page.notes:
            return
        size = self.size * 0.8
        leading = size * 1.25
        width = PAGE_W - self.margin_l - self.margin_r
        laid: list[tuple[str, float]] = []
        for note in page.notes:
            text = note.text
            match = MARKER.match(text)
            hang = self.width(match.group(1) + " ", self.fonts.regular, size) if match else 0.0
            for i, line in enumerate(
                self.wrap(text, width, width - hang, self.fonts.regular, size)
            ):
                laid.append((line, hang if i else 0.0))
        top = self.bottom + len(laid) * leading
        if min(self.y, self.col_low) < top + 12:
            raise RenderError(
                self.where(page.notes[0].text) + " (footnotes: move text to the next page)"
            )
        self.emit(LineOp(self.margin_l, top + 6, self.margin_l + 120, top + 6, 0.4))
        for i, (line, indent) in enumerate(laid):
            baseline = top - size - i * leading
            self.emit(TextOp(self.margin_l + indent, baseline, line, self.fonts.regular, size))

    def paragraph(self, block: Block) -> None:
        opts = block.opts
        if "footnote" in opts:
            self.pages[-1].notes.append(block)
            return
        bold = "bold" in opts
        italic = "italic" in opts
        font = self.fonts.pick(bold, italic)
        size = float(opts.get("size", self.size))
        leading = self.leading * size / self.size
        align = "center" if "center" in opts else "right" if "right" in opts else "left"
        space = float(opts.get("space", 0.0))
        texts = [line.strip() for line in block.lines] if "lines" in opts else [block.text]
        if not self.at_top:
            self.y -= self.parskip + space
        first_line = True
        for text in texts:
            left, hang, first_extra = self.indentation(text, opts, font, size)
            width = self.col_width - left
            lines = self.wrap(text, width - first_extra, width - hang, font, size)
            for i, line in enumerate(lines):
                self.need(leading, line)
                self.y -= leading if not (self.at_top and first_line) else size
                x = self.col_x + left + (first_extra if i == 0 else hang)
                if align == "center":
                    x = self.col_x + left + width / 2
                elif align == "right":
                    x = self.col_x + self.col_width
                self.emit(TextOp(x, self.y, line, font, size, align))
                self.at_top = False
                first_line = False

    def indentation(
        self, text: str, opts: dict[str, str], font: str, size: float
    ) -> tuple[float, float, float]:
        """Left indent, hanging indent of continuation lines, extra first-line indent."""
        if "center" in opts or "right" in opts:
            return 0.0, 0.0, 0.0
        match = MARKER.match(text)
        if match and "indent" not in opts:
            marker = match.group(1)
            kind = marker_kind(marker, self.previous_alpha)
            if kind == "(a)":
                self.previous_alpha = marker[1:-1]
            depth = self.source.levels.get(kind, 0.0)
            hang = float(opts.get("hang", self.width(marker + " ", font, size)))
            return depth * self.step, hang, 0.0
        default = 0.0 if "bold" in opts else self.source.setting("indent", 0.0)
        left = float(opts.get("indent", default)) * self.step
        hang = float(opts.get("hang", 0.0))
        plain = not match and "bold" not in opts and "lines" not in opts
        first = self.firstindent if plain else 0.0
        return left, hang, first

    def table(self, block: Block) -> None:
        size = self.size * 0.88
        leading = size * 1.3
        pad = 4.0
        total = sum(block.widths)
        widths = [w / total * self.col_width for w in block.widths]
        if not self.at_top:
            self.y -= self.parskip + 4
        for r, row in enumerate(block.rows):
            if len(row) != len(widths):
                raise RenderError(f"{self.source.name}: table row {row!r} has wrong cell count")
            font = self.fonts.bold if r == 0 else self.fonts.regular
            cells = [
                self.wrap(cell, w - 2 * pad, w - 2 * pad, font, size)
                for cell, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * leading + 2 * pad
            self.need(height, " | ".join(row))
            top = self.y
            x = self.col_x
            for cell, w in zip(cells, widths, strict=True):
                for i, line in enumerate(cell):
                    baseline = top - pad - size - i * leading
                    self.emit(TextOp(x + pad, baseline, line, font, size))
                x += w
            bottom = top - height
            x = self.col_x
            self.emit(LineOp(x, top, x + sum(widths), top))
            self.emit(LineOp(x, bottom, x + sum(widths), bottom))
            for w in [0.0, *widths]:
                x += w
                self.emit(LineOp(x, top, x, bottom))
            self.y = bottom
            self.at_top = False
        self.y -= 4

    def set_columns(self, n: int) -> None:
        low = min(self.col_low, self.y) if self.ncols > 1 else self.y
        self.ncols = n
        self.col = 0
        self.y = low
        if not self.at_top:
            self.y -= self.parskip
        self.col_top = self.y
        self.col_low = self.y

    def run(self) -> list[Page]:
        for block in self.source.blocks:
            if block.kind == "page":
                self.new_page()
            elif block.kind == "colbreak":
                if self.col >= self.ncols - 1:
                    raise RenderError(f"{self.source.name}: @colbreak in the last column")
                self.col_low = min(self.col_low, self.y)
                self.col += 1
                self.y = self.col_top
                self.at_top = True
            elif block.kind == "columns":
                self.set_columns(int(block.value))
            elif block.kind == "vspace":
                self.y -= block.value
                self.need(0, "@vspace")
            elif block.kind == "table":
                self.table(block)
            elif block.kind == "header":
                self.header = self.pages[-1].header = block.lines[0]
            elif block.kind == "footer":
                self.footer = self.pages[-1].footer = block.lines[0]
            else:
                self.paragraph(block)
        self.new_page()
        self.pages.pop()
        return self.pages


# --- output ------------------------------------------------------------------


def _slots(template: str, page: int, pages: int) -> list[str]:
    text = template.replace("{page}", str(page)).replace("{pages}", str(pages))
    return [part.strip() for part in text.split("|")]


def _draw_band(c: canvas.Canvas, slots: list[str], y: float, font: str, size: float) -> None:
    left, right = 70.0, PAGE_W - 70.0
    if len(slots) == 1:
        c.drawCentredString(PAGE_W / 2, y, slots[0])
        return
    if slots[0]:
        c.drawString(left, y, slots[0])
    if len(slots) == 3 and slots[1]:
        c.drawCentredString(PAGE_W / 2, y, slots[1])
    if slots[-1]:
        c.drawRightString(right, y, slots[-1])


def _draw_rows(
    c: canvas.Canvas, template: str, page: int, pages: int, y: float, font: str, size: float
) -> None:
    """A running header or footer; a literal backslash-n parts it into rows, set one
    under the other, each with its own slots."""
    for row, text in enumerate(template.split("\\n")):
        _draw_band(c, _slots(text, page, pages), y - row * (size + 2), font, size)


def write_pdf(source: Source, fonts: Fonts, pages: list[Page], path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(source.title)
    c.setAuthor(source.state)
    c.setSubject("Sample legislation of a fictional state, written for lawreview")
    c.setCreator("lawreview corpora/render.py")
    total = len(pages)
    rule = source.settings.get("header_rule", "off") == "on"
    for number, page in enumerate(pages, 1):
        even = number % 2 == 0
        header = source.header_even if even and source.header_even is not None else page.header
        footer = source.footer_even if even and source.footer_even is not None else page.footer
        c.setFont(fonts.italic, 8)
        _draw_rows(c, header, number, total, PAGE_H - 45, fonts.italic, 8)
        if rule and header.strip():
            # no rule under an empty header (a cover printed before the header starts)
            c.setLineWidth(0.4)
            c.line(70, PAGE_H - 50, PAGE_W - 70, PAGE_H - 50)
        for op in page.ops:
            if isinstance(op, LineOp):
                c.setLineWidth(op.width)
                c.line(op.x0, op.y0, op.x1, op.y1)
                continue
            c.setFont(op.font, op.size)
            if op.align == "center":
                c.drawCentredString(op.x, op.y, op.text)
            elif op.align == "right":
                c.drawRightString(op.x, op.y, op.text)
            else:
                c.drawString(op.x, op.y, op.text)
        c.setFont(fonts.regular, 8.5)
        _draw_rows(c, footer, number, total, 40, fonts.regular, 8.5)
        c.showPage()
    c.save()


def paragraph_text(block: Block) -> str:
    if "lines" in block.opts:
        return "\n".join(line.strip() for line in block.lines)
    return block.text


def write_txt(source: Source, path: Path) -> None:
    parts: list[str] = []
    for block in source.blocks:
        if block.kind == "para":
            parts.append(paragraph_text(block))
        elif block.kind == "table":
            parts.append("\n".join(" | ".join(row) for row in block.rows))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def write_html(source: Source, path: Path) -> None:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(source.title)}</title>",
        "<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:3px}"
        ".c{text-align:center}.b{font-weight:bold}</style>",
        "</head>",
        "<body>",
    ]
    for block in source.blocks:
        if block.kind == "para":
            classes = [name for name, key in (("c", "center"), ("b", "bold")) if key in block.opts]
            attr = f' class="{" ".join(classes)}"' if classes else ""
            body = "<br>\n".join(html.escape(t) for t in paragraph_text(block).split("\n"))
            out.append(f"<p{attr}>{body}</p>")
        elif block.kind == "table":
            out.append("<table>")
            for r, row in enumerate(block.rows):
                tag = "th" if r == 0 else "td"
                cells = "".join(f"<{tag}>{html.escape(cell)}</{tag}>" for cell in row)
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def write_docx(source: Source, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    props = document.core_properties
    props.title = source.title
    props.author = source.state
    props.last_modified_by = "lawreview"
    props.created = FIXED_TIME.replace(tzinfo=None)
    props.modified = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    for block in source.blocks:
        if block.kind == "para":
            paragraph = document.add_paragraph()
            lines = paragraph_text(block).split("\n")
            for i, line in enumerate(lines):
                run = paragraph.add_run(line)
                if "bold" in block.opts:
                    run.bold = True
                if i < len(lines) - 1:
                    run.add_break()
            if "center" in block.opts:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif block.kind == "table":
            table = document.add_table(rows=len(block.rows), cols=len(block.widths))
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for col, cell in enumerate(row):
                    table.cell(r, col).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    _rezip_deterministic(buffer.getvalue(), path)


def _rezip_deterministic(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps so the .docx is byte-stable."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        items = [(info.filename, src.read(info)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, payload in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, payload)
    path.write_bytes(out.getvalue())


def render(name: str, fonts: Fonts) -> int:
    source = parse_source(SRC_DIR / f"{name}.txt")
    pages = Layout(source, fonts).run()
    write_pdf(source, fonts, pages, OUT_DIR / f"{name}.pdf")
    write_txt(source, OUT_DIR / f"{name}.txt")
    write_html(source, OUT_DIR / f"{name}.html")
    write_docx(source, OUT_DIR / f"{name}.docx")
    return len(pages)


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in SRC_DIR.glob("*.txt"))
    fonts = register_fonts()
    status = 0
    for name in names:
        try:
            count = render(name, fonts)
        except (RenderError, FileNotFoundError) as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        print(f"{name}: {count} pages")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
