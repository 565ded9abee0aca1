"""Ingestion: a legislation file in, a cleaned `Document` out.

The file's kind is read from its first bytes, not its name; a file whose name
says one kind and whose bytes say another is refused with the fix. PDF pages
become positioned lines (`lawreview.ingest.pdf`), text, Word and HTML become
lines without positions (`lawreview.ingest.formats`); the clean-up stages
(`lawreview.ingest.cleanup`) then run in order and join lines into paragraphs.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from lawreview.ingest import cleanup, formats, pdf
from lawreview.model import (
    BudgetExceededError,
    Document,
    InputError,
    Line,
    Paragraph,
    ScannedDocumentError,
)

MIN_TEXT_CHARS = 200
"""A PDF with fewer characters of text than this (or under 25 a page) is taken
to be scanned: it has no usable text layer."""

KIND_EXTENSIONS = {
    "pdf": (".pdf",),
    "docx": (".docx",),
    "html": (".html", ".htm", ".xhtml"),
    "text": (".txt", ".text"),
}
KIND_NAMES = {"pdf": "a PDF", "docx": "a Word document", "html": "a web page", "text": "plain text"}

MAX_ARCHIVE_BYTES = 512 * 1024 * 1024
"""A Word file that would unpack to more than this is refused (a decompression bomb)."""
MAX_ARCHIVE_ENTRIES = 10_000
"""A Word file with more parts than this is refused."""

Stage = Callable[[Sequence[Line]], list[Line]]


def sniff(data: bytes, path: Path) -> str:
    """The kind of file from its first bytes: pdf, docx, html or text."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                if "word/document.xml" in archive.namelist():
                    check_archive(archive, path)
                    return "docx"
        except zipfile.BadZipFile:
            raise InputError(
                "is a damaged ZIP archive (a Word document must be a complete one); the file "
                "may be corrupt or truncated: obtain a fresh copy",
                str(path),
            ) from None
        raise InputError(
            "is a ZIP archive, not a Word document; unpack it and give the law itself",
            str(path),
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            "is a legacy Word .doc file; save it as .docx or PDF and try again", str(path)
        )
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise InputError(
            "is an image, not a document; OCR it into a PDF with a text layer "
            "(for example `ocrmypdf in.pdf out.pdf`) and give that PDF",
            str(path),
        )
    lowered = head.lower().lstrip()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered:
        return "html"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            "is a binary file lawreview cannot read; give the law as .pdf, .docx, .html or .txt",
            str(path),
        )
    return "text"


def check_archive(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse a Word file that would unpack to far more than any law needs,
    before python-docx opens it. The sizes are the archive's own; zipfile never
    inflates a part beyond its stated size, so they bound what is read."""
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise BudgetExceededError(
            f"is a Word file of {len(entries)} parts (more than {MAX_ARCHIVE_ENTRIES}): it looks "
            "like a decompression bomb; re-save it from Word, or give it as PDF",
            str(path),
        )
    size = sum(entry.file_size for entry in entries)
    if size > MAX_ARCHIVE_BYTES:
        raise BudgetExceededError(
            f"is a Word file that would unpack to {size // (1024 * 1024)} MB (more than "
            f"{MAX_ARCHIVE_BYTES // (1024 * 1024)} MB): it looks like a decompression bomb; "
            "re-save it from Word, or give it as PDF",
            str(path),
        )


def check_extension(kind: str, path: Path) -> None:
    """Refuse a file whose extension names another kind than its content."""
    suffix = path.suffix.lower()
    for other, suffixes in KIND_EXTENSIONS.items():
        if suffix in suffixes and other != kind:
            raise InputError(
                f"has the extension {suffix} but contains {KIND_NAMES[kind]}; "
                f"rename it to {KIND_EXTENSIONS[kind][0]} (or obtain the right file)",
                str(path),
            )


def clean(lines: Sequence[Line], page_heights: Sequence[float]) -> list[Paragraph]:
    """Run the clean-up stages in order, then join lines into paragraphs."""
    stages: tuple[Stage, ...] = (
        cleanup.normalize_characters,
        cleanup.remove_duplicated_characters,
        partial(cleanup.remove_running_headers_footers, page_heights=page_heights),
        cleanup.skip_table_of_contents,
        cleanup.join_hyphenated_words,
    )
    current = list(lines)
    for stage in stages:
        current = stage(current)
    return cleanup.unwrap_paragraphs(current)


TITLE_WORDS = re.compile(r"\b(?:Act|Law|Code|Decree|Ordinance|Proclamation|Regulations?)\b")
UNHELPFUL_TITLE = re.compile(r"^(?:untitled|microsoft word\b|document\d*$)|\.(?:docx?|pdf)$", re.I)


def guess_title(paragraphs: Sequence[Paragraph], metadata_title: str | None) -> str | None:
    """The law's title: the file's own title if it is meaningful, else the first
    short paragraph naming an Act, Law or Code, else the first paragraph."""
    if metadata_title and not UNHELPFUL_TITLE.search(metadata_title.strip()):
        return metadata_title.strip()
    for paragraph in paragraphs[:15]:
        if len(paragraph.text) <= 160 and TITLE_WORDS.search(paragraph.text):
            return paragraph.text
    return paragraphs[0].text[:160] if paragraphs else None


def ocr_pdf(path: Path, workdir: Path) -> Path:
    """A scanned PDF run through ocrmypdf; the OCRed copy's path."""
    if shutil.which("ocrmypdf") is None:
        raise ScannedDocumentError(
            "is scanned and --ocr needs ocrmypdf: pip install 'lawreview[ocr]' "
            "(and Tesseract, e.g. apt-get install tesseract-ocr)",
            str(path),
        )
    target = workdir / "ocr.pdf"
    result = subprocess.run(
        ["ocrmypdf", "--skip-text", "--quiet", str(path), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ScannedDocumentError(f"ocrmypdf failed: {result.stderr.strip()[:300]}", str(path))
    return target


def read_pdf_document(
    path: Path, password: str | None, ocr: bool, max_pages: int | None = None
) -> pdf.PdfPages:
    """Read a PDF, OCRing it first when asked and it has no text layer."""
    pages = pdf.read_pdf(path, password, max_pages)
    chars = sum(len(line.text) for line in pages.lines)
    if chars >= MIN_TEXT_CHARS and chars >= 25 * pages.page_count:
        return pages
    if not ocr:
        raise ScannedDocumentError(
            f"has almost no text layer ({chars} characters on {pages.page_count} pages): it "
            "looks scanned or nearly empty. If it is scanned, OCR it first (`ocrmypdf in.pdf "
            "out.pdf`), or pass --ocr with `pip install 'lawreview[ocr]'` installed",
            str(path),
        )
    workdir = Path(tempfile.mkdtemp(prefix="lawreview-ocr-"))
    try:
        return pdf.read_pdf(ocr_pdf(path, workdir), password, max_pages)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def read(
    path: Path, *, password: str | None = None, ocr: bool = False, max_pages: int | None = None
) -> Document:
    """Read one legislation file (.pdf, .txt, .docx, .html) into a cleaned Document.

    A PDF of more than `max_pages` pages is refused right after it is opened.
    Raises `InputError` (or a subclass) naming the file and the fix.
    """
    if not path.exists():
        raise InputError("does not exist; check the path", str(path))
    if not path.is_file():
        raise InputError("is not a file; give the path of a legislation file", str(path))
    data = path.read_bytes()
    if not data.strip():
        raise InputError("is empty; obtain a complete copy of the law", str(path))
    kind = sniff(data, path)
    check_extension(kind, path)
    metadata_title: str | None = None
    page_heights: tuple[float, ...] = ()
    if kind == "pdf":
        pages = read_pdf_document(path, password, ocr, max_pages)
        lines: list[Line] = list(pages.lines)
        page_count, page_heights, metadata_title = pages.page_count, pages.page_heights, pages.title
    elif kind == "docx":
        lines = formats.read_docx(path)
        page_count = max((line.page for line in lines), default=1)
    elif kind == "html":
        lines, metadata_title = formats.read_html(data, path)
        page_count = 1
    else:
        lines = formats.read_text(data, path)
        page_count = max((line.page for line in lines), default=1)
    paragraphs = clean(lines, page_heights)
    if not paragraphs:
        raise InputError("contains no text; obtain a complete copy of the law", str(path))
    return Document(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        media_type={
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "html": "text/html",
            "text": "text/plain",
        }[kind],
        page_count=page_count,
        paragraphs=tuple(paragraphs),
        title=guess_title(paragraphs, metadata_title),
    )
