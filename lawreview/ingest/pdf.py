"""PDF pages to positioned lines, in reading order.

Text and geometry come from PDFium (pypdfium2): every text segment with its
rectangle. Segments are grouped into lines; a page set in two columns is read
column by column (a full-width heading above the columns stays first); a ruled
table is read row by row through pdfplumber, which is only opened for the pages
that have one. Vertical text in the margins (stamps, line numbers turned
sideways) is dropped.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lawreview.model import BudgetExceededError, EncryptedDocumentError, InputError, Line

BUFFER_CHARS = 8192
"""Longest text read from one segment (a segment is at most a line)."""
SEGMENT_FIXES = str.maketrans({"\r": "", "\n": " ", "\x02": "-", "\ufffe": "-"})
"""PDFium marks a hyphen it found at a line end as \\x02 or U+FFFE."""


@dataclass(frozen=True)
class Segment:
    """A run of text PDFium reports as one rectangle (top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class PdfPages:
    """What a PDF yields: positioned lines and the page count."""

    lines: tuple[Line, ...]
    page_count: int
    page_heights: tuple[float, ...]
    title: str | None


def open_pdf(path: Path, password: str | None) -> pdfium.PdfDocument:
    """Open a PDF or raise a typed, user-readable error."""
    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            if password is None:
                raise EncryptedDocumentError(
                    "the PDF is encrypted; pass its password with --password", str(path)
                ) from None
            raise EncryptedDocumentError(
                "the password given with --password does not open this PDF", str(path)
            ) from None
        raise InputError(
            f"cannot be read as a PDF ({error}); the file may be corrupt or truncated: "
            "obtain a fresh copy",
            str(path),
        ) from None


def read_pdf(path: Path, password: str | None = None, max_pages: int | None = None) -> PdfPages:
    """Read every page of a PDF into lines with page numbers and boxes.

    A PDF of more than `max_pages` pages is refused before any page is read.
    """
    pdf = open_pdf(path, password)
    try:
        page_count = len(pdf)
        if page_count == 0:
            raise InputError("the PDF has no pages", str(path))
        if max_pages is not None and page_count > max_pages:
            raise BudgetExceededError(
                f"has {page_count} pages, more than the limit of {max_pages}; "
                f"pass --max-pages {page_count} to read it",
                str(path),
            )
        pages: list[tuple[list[Segment], float, bool]] = []
        heights: list[float] = []
        for index in range(page_count):
            try:
                page = pdf[index]
            except pdfium.PdfiumError as error:
                raise InputError(
                    f"page {index + 1} cannot be read ({error}); the file may be corrupt",
                    str(path),
                ) from None
            try:
                height = page.get_height()
                heights.append(height)
                segments = page_segments(page, height)
                pages.append((segments, page.get_width(), bool(segments) and has_ruled_table(page)))
            finally:
                page.close()
        title = (pdf.get_metadata_dict().get("Title") or "").strip() or None
        flagged = [number for number, (_, _, ruled) in enumerate(pages, 1) if ruled]
        tables = table_rows(pdf, flagged) if flagged else {}
    finally:
        pdf.close()
    lines: list[Line] = []
    for number, (segments, width, _) in enumerate(pages, 1):
        lines.extend(page_lines(segments, width, number, tables.get(number, [])))
    return PdfPages(tuple(lines), page_count, tuple(heights), title)


def page_segments(page: pdfium.PdfPage, height: float) -> list[Segment]:
    """The page's horizontal text segments, top-left origin, empty ones dropped."""
    textpage = page.get_textpage()
    buffer = ctypes.create_string_buffer(2 * (BUFFER_CHARS + 1))
    pointer = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    try:
        segments = []
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            count = pdfium_c.FPDFText_GetBoundedText(
                textpage, left, top, right, bottom, pointer, BUFFER_CHARS
            )
            # the count includes the terminating NUL
            text = buffer.raw[: 2 * max(count - 1, 0)].decode("utf-16-le", errors="replace")
            text = text.translate(SEGMENT_FIXES)
            if not text.strip():
                continue
            width, rect_height = right - left, top - bottom
            if rect_height > 2.5 * width and len(text.strip()) > 2:
                continue  # vertical text in a margin
            segments.append(Segment(text, left, height - top, right, height - bottom))
        return segments
    finally:
        textpage.close()


def group_lines(segments: list[Segment]) -> list[list[Segment]]:
    """Segments that share a baseline, as lines sorted top to bottom, left to right."""
    lines: list[list[Segment]] = []
    for segment in sorted(segments, key=lambda s: (s.top, s.x0)):
        for line in reversed(lines[-3:]):
            ref = line[0]
            overlap = min(ref.bottom, segment.bottom) - max(ref.top, segment.top)
            if overlap > 0.5 * min(ref.height, segment.height) and not any(
                s.x0 < segment.x1 and segment.x0 < s.x1 for s in line
            ):
                line.append(segment)
                break
        else:
            lines.append([segment])
    for line in lines:
        line.sort(key=lambda s: s.x0)
    lines.sort(key=lambda line: min(s.top for s in line))
    return lines


def line_text(line: list[Segment]) -> str:
    """Join a line's segments, with a space where they are visibly apart."""
    text = ""
    previous: Segment | None = None
    for segment in line:
        piece = segment.text
        if previous is not None:
            gap = segment.x0 - previous.x1
            if gap > 0.15 * segment.height and not text.endswith(" ") and not piece.startswith(" "):
                text += " "
        text += piece
        previous = segment
    return " ".join(text.split())


def find_gutters(segments: list[Segment], page_width: float) -> list[float]:
    """The x positions of empty vertical bands between columns of running text.

    A gutter lies between 15% and 85% of the page width, is at least 4 pt wide
    and is crossed by few segments (a running header may cross it); every
    column it makes is at least a fifth of the page wide and its lines mostly
    run to the column's edge (a table's short cells and a hanging indent do not
    make columns). Returns [] for a one-column page.
    """
    if len(segments) < 12:
        return []
    width = int(page_width) + 2
    change = [0] * (width + 1)
    for segment in segments:
        start, stop = max(int(segment.x0) + 1, 0), min(int(segment.x1), width)
        if start < stop:
            change[start] += 1
            change[stop] -= 1
    allowed = max(2, int(0.05 * len(segments)))
    runs: list[list[int]] = []
    covered = 0
    for x in range(width):
        covered += change[x]
        if 0.15 * page_width <= x <= 0.85 * page_width and covered <= allowed:
            if runs and runs[-1][-1] == x - 1:
                runs[-1].append(x)
            else:
                runs.append([x])
    text_left, text_right = min(s.x0 for s in segments), max(s.x1 for s in segments)
    gutters: list[float] = []
    for run in sorted((r for r in runs if len(r) >= 4), key=len, reverse=True):
        trial = sorted([*gutters, (run[0] + run[-1]) / 2])
        edges = [text_left, *trial, text_right]
        if all(b - a >= 0.2 * page_width for a, b in itertools.pairwise(edges)):
            gutters = trial
    if not gutters:
        return []
    for left, right in itertools.pairwise([text_left, *gutters, text_right]):
        inside = [s for s in segments if left <= (s.x0 + s.x1) / 2 <= right]
        lines = group_lines(inside)
        if len(lines) < 5:
            return []
        column_start = min(s.x0 for s in inside)
        reach = [
            (max(s.x1 for s in line) - column_start) / max(right - column_start, 1)
            for line in lines
        ]
        if statistics.median(reach) < 0.6:
            return []
    return gutters


def reading_order(segments: list[Segment], page_width: float) -> Iterator[list[Segment]]:
    """Lines in reading order: full-width blocks as they come, blocks set in
    columns one column after the other."""
    gutters = find_gutters(segments, page_width)
    if not gutters:
        yield from group_lines(segments)
        return
    block: list[Segment] = []
    for line in group_lines(segments):
        if any(s.x0 < g - 2 and s.x1 > g + 2 for s in line for g in gutters):
            yield from columns(block, gutters)
            block = []
            yield line
        else:
            block.extend(line)
    yield from columns(block, gutters)


def columns(block: list[Segment], gutters: list[float]) -> Iterator[list[Segment]]:
    """A block's lines column by column, left to right."""
    edges = [-1.0, *gutters, float("inf")]
    for left, right in itertools.pairwise(edges):
        yield from group_lines([s for s in block if left < (s.x0 + s.x1) / 2 <= right])


def has_ruled_table(page: pdfium.PdfPage) -> bool:
    """Whether the page draws enough paths (rules, cell borders) to hold a table."""
    paths = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)
    return sum(1 for _ in zip(range(6), paths)) >= 6


def table_rows(
    pdf: pdfium.PdfDocument, page_numbers: list[int]
) -> dict[int, list[tuple[Segment, str]]]:
    """Rows of the ruled tables on the given pages, each as its box and
    `cell | cell` text, by page number.

    pdfplumber finds the table grids. It reads a copy of just these pages
    (opening a whole long law with it would cost more than all the rest).
    Table reading refines the layout but is not needed for the text, so a page
    pdfplumber cannot analyse keeps its plain lines.
    """
    import pdfplumber

    extract = pdfium.PdfDocument.new()
    try:
        extract.import_pages(pdf, [number - 1 for number in page_numbers])
        copy = io.BytesIO()
        extract.save(copy)
    except pdfium.PdfiumError:
        return {}
    finally:
        extract.close()
    found: dict[int, list[tuple[Segment, str]]] = {}
    try:
        plumber = pdfplumber.open(copy)
    except Exception:  # pdfminer cannot parse even PDFium's copy: keep the plain lines
        return found
    with plumber:
        for number, page in zip(page_numbers, plumber.pages):
            try:
                rows = []
                for table in page.find_tables():
                    for row, cells in zip(table.rows, table.extract()):
                        text = " | ".join(" ".join((cell or "").split()) for cell in cells)
                        x0, top, x1, bottom = row.bbox
                        rows.append((Segment(text, x0, top, x1, bottom), text))
                found[number] = rows
            except Exception:  # any pdfplumber failure: keep the plain lines
                found[number] = []
            finally:
                page.close()
    return found


def page_lines(
    segments: list[Segment], width: float, number: int, tables: list[tuple[Segment, str]]
) -> list[Line]:
    """One page's lines in reading order, tables row by row."""
    if tables:
        segments = [
            s
            for s in segments
            if not any(
                t.x0 - 1 <= s.x0 <= s.x1 <= t.x1 + 1
                and t.top - 1 <= s.top <= s.bottom <= t.bottom + 1
                for t, _ in tables
            )
        ]
    out: list[tuple[float, Line]] = []
    for line in reading_order(segments, width):
        text = line_text(line)
        if text:
            box = (
                min(s.x0 for s in line),
                min(s.top for s in line),
                max(s.x1 for s in line),
                max(s.bottom for s in line),
            )
            out.append((box[1], Line(text, number, box)))
    rows = [
        (t.top, Line(text, number, (t.x0, t.top, t.x1, t.bottom), table_row=True))
        for t, text in tables
    ]
    return [line for _, line in merge_by_top(out, rows)]


def merge_by_top(
    lines: list[tuple[float, Line]], rows: list[tuple[float, Line]]
) -> list[tuple[float, Line]]:
    """Insert table rows among the reading-order lines by their vertical position,
    keeping the lines' own order (which may go back up at a column break)."""
    result: list[tuple[float, Line]] = []
    pending = sorted(rows, key=lambda pair: pair[0])
    for top, line in lines:
        while pending and pending[0][0] < top:
            result.append(pending.pop(0))
        result.append((top, line))
    result.extend(pending)
    return result
