"""Broken, mislabelled, encrypted and scanned inputs: a typed error from the
library, and from the CLI exit code 2 with a message naming the file, never a
traceback. Every input is generated in `tmp_path`."""

from __future__ import annotations

import io
import json
import random
import shutil
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from conftest import SAMPLES, run_cli, validate_law_json
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import lawreview
from lawreview.model import (
    BudgetExceededError,
    EncryptedDocumentError,
    InputError,
    ScannedDocumentError,
)

KESTRIA = SAMPLES / "kestria-penal-code"
LAW_LINES = [
    f"Section {n}. A person who recruits a child for exploitation commits an offence ({n})."
    for n in range(1, 31)
]


def write_text_pdf(path: Path, encrypt: StandardEncryption | None = None) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    y = 800
    for line in LAW_LINES:
        pdf.drawString(60, y, line)
        y -= 22
    pdf.showPage()
    pdf.save()


def write_image_only_pdf(path: Path) -> None:
    """Two pages without a text layer: a 'scanned' page image, then vector shapes."""
    scan = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(scan)
    for row in range(40, 540, 18):
        draw.rectangle((30, row, 370 - row % 90, row + 8), fill=30)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(scan), 50, 100, width=480, height=672)
    pdf.showPage()
    pdf.rect(72, 500, 300, 200, fill=1)
    pdf.circle(300, 300, 80)
    pdf.line(72, 100, 520, 100)
    pdf.showPage()
    pdf.save()


def flip_bytes(data: bytes, seed: int) -> bytes:
    """Flip one bit in each of 8, 64 or 512 bytes around the middle of `data`."""
    flipped = bytearray(data)
    rng = random.Random(seed)
    middle = len(data) // 2
    count = rng.choice([8, 64, 512])
    span = rng.choice([2000, len(data) // 4])
    for index in rng.sample(range(middle - span, middle + span), count):
        flipped[index] ^= 1 << rng.randrange(8)
    return bytes(flipped)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_members() -> dict[str, bytes]:
    with zipfile.ZipFile(KESTRIA.with_suffix(".docx")) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_with_half_document_xml() -> bytes:
    members = docx_members()
    xml = members["word/document.xml"]
    members["word/document.xml"] = xml[: len(xml) // 2]
    return zip_bytes(members)


def docx_with_corrupt_deflate_stream() -> bytes:
    """A .docx whose word/document.xml compressed bytes are overwritten mid-stream."""
    data = bytearray(zip_bytes(docx_members()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra_length
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = b"\xff" * 64
    return bytes(data)


def random_bytes(seed: int, size: int, *, nul: bool) -> bytes:
    data = random.Random(seed).randbytes(size * 2)
    if not nul:
        data = data.replace(b"\x00", b"")
    return data[:size]


def truncated_utf16_text() -> bytes:
    data = KESTRIA.with_suffix(".txt").read_text(encoding="utf-8").encode("utf-16")
    cut = len(data) // 2
    return data[: cut + 1 - cut % 2]  # an odd number of bytes: half a character at the end


# case: (file name, how to make it (None: leave it absent), password,
#        error type, words the message must contain)
Maker = Callable[[Path], None] | None


def write(data: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data())


def sample(suffix: str) -> Callable[[], bytes]:
    return lambda: KESTRIA.with_suffix(suffix).read_bytes()


def pdf_prefix(fraction: float | None = None, size: int | None = None) -> Callable[[], bytes]:
    def make() -> bytes:
        data = KESTRIA.with_suffix(".pdf").read_bytes()
        return data[: size if size is not None else int(len(data) * (fraction or 0))]

    return make


def tiny_pages_pdf(path: Path, pages: int = 10_000) -> None:
    """A PDF of `pages` blank 20-point pages (about 1 MB, written in a fraction of a second)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    try:
        for _ in range(pages):
            pdf.new_page(20, 20).close()
        pdf.save(str(path))
    finally:
        pdf.close()


def docx_with_too_many_parts() -> bytes:
    """A Word file of 10,001 extra empty parts: refused before python-docx opens it."""
    members = docx_members()
    members.update({f"word/media/part{n}.xml": b"" for n in range(10_001)})
    return zip_bytes(members)


def encrypted(path: Path) -> None:
    write_text_pdf(path, StandardEncryption("secret", ownerPassword="owner"))


CASES: dict[str, tuple[str, Maker, str | None, type[InputError], list[str]]] = {
    "zero-byte file": ("law.pdf", write(lambda: b""), None, InputError, ["empty"]),
    "only whitespace": ("law.txt", write(lambda: b" \n\t\r\n  " * 40), None, InputError, ["empty"]),
    "missing path": ("absent.pdf", None, None, InputError, ["does not exist"]),
    "directory": ("folder.pdf", lambda path: path.mkdir(), None, InputError, ["not a file"]),
    "pdf truncated to 40%": (
        "law.pdf",
        write(pdf_prefix(fraction=0.4)),
        None,
        InputError,
        ["corrupt or truncated"],
    ),
    "pdf truncated to 1 KB": (
        "law.pdf",
        write(pdf_prefix(size=1024)),
        None,
        InputError,
        ["corrupt or truncated"],
    ),
    "encrypted pdf without password": (
        "law.pdf",
        encrypted,
        None,
        EncryptedDocumentError,
        ["encrypted", "--password"],
    ),
    "encrypted pdf with a wrong password": (
        "law.pdf",
        encrypted,
        "wrong",
        EncryptedDocumentError,
        ["password", "does not open"],
    ),
    "image-only pdf": (
        "law.pdf",
        write_image_only_pdf,
        None,
        ScannedDocumentError,
        ["scanned", "OCR", "ocrmypdf"],
    ),
    "pdf named .docx": ("law.docx", write(sample(".pdf")), None, InputError, ["rename", ".pdf"]),
    "docx named .pdf": ("law.pdf", write(sample(".docx")), None, InputError, ["rename", ".docx"]),
    "html named .pdf": ("law.pdf", write(sample(".html")), None, InputError, ["rename", ".html"]),
    "png named .pdf": (
        "law.pdf",
        lambda path: Image.new("RGB", (60, 40), "white").save(path, format="PNG"),
        None,
        InputError,
        ["image", "ocrmypdf"],
    ),
    "random binary named .txt": (
        "law.txt",
        write(lambda: random_bytes(1, 4096, nul=True)),
        None,
        InputError,
        ["binary"],
    ),
    "random binary without NUL bytes named .txt": (
        "law.txt",
        write(lambda: random_bytes(2, 4096, nul=False)),
        None,
        InputError,
        ["binary"],
    ),
    "truncated UTF-16 text": (
        "law.txt",
        write(truncated_utf16_text),
        None,
        InputError,
        ["UTF-16", "corrupt or truncated"],
    ),
    "zip that is not a Word file named .docx": (
        "law.docx",
        write(lambda: zip_bytes({"notes.txt": b"Section 1. Not a law."})),
        None,
        InputError,
        ["ZIP", "not a Word document"],
    ),
    "truncated docx": (
        "law.docx",
        write(lambda: sample(".docx")()[:-5000]),
        None,
        InputError,
        ["damaged ZIP", "corrupt or truncated"],
    ),
    "docx whose document.xml is cut in half": (
        "law.docx",
        write(docx_with_half_document_xml),
        None,
        InputError,
        ["Word document", "re-save"],
    ),
    "docx with a corrupt compressed stream": (
        "law.docx",
        write(docx_with_corrupt_deflate_stream),
        None,
        InputError,
        ["Word document", "re-save"],
    ),
    "pdf with ten thousand tiny pages": (
        "law.pdf",
        tiny_pages_pdf,
        None,
        BudgetExceededError,
        ["10000 pages", "--max-pages 10000"],
    ),
    "docx of ten thousand parts (a decompression bomb)": (
        "law.docx",
        write(docx_with_too_many_parts),
        None,
        BudgetExceededError,
        ["decompression bomb", "10018 parts"],
    ),
    "legacy OLE .doc": (
        "law.doc",
        write(lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2040)),
        None,
        InputError,
        ["legacy Word .doc", ".docx"],
    ),
    "legacy OLE .doc named .docx": (
        "law.docx",
        write(lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2040)),
        None,
        InputError,
        ["legacy Word .doc", ".docx"],
    ),
}


@pytest.fixture(params=list(CASES), ids=list(CASES))
def bad_input(request: pytest.FixtureRequest, tmp_path: Path):
    name, make, password, error, words = CASES[request.param]
    path = tmp_path / name
    if make is not None:
        make(path)
    return path, password, error, words


def test_library_raises_a_specific_typed_error(bad_input) -> None:
    path, password, error, words = bad_input
    with pytest.raises(InputError) as raised:
        lawreview.extract(path, password=password)
    assert type(raised.value) is error
    assert raised.value.path == str(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message


def test_cli_exits_2_naming_the_file_without_traceback(bad_input) -> None:
    path, password, _, words = bad_input
    result = run_cli("extract", path, *(["--password", password] if password else []))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert f"error: {path}: " in result.stderr
    for word in words:
        assert word in result.stderr


@pytest.mark.parametrize(
    ("stem", "seed"),
    [("kestria-penal-code", seed) for seed in range(6)]
    # these two once made pdfminer, opened for the ruled table, raise an untyped error
    + [("varanda-tip-act-2019", 77), ("varanda-tip-act-2019", 297)],
)
def test_bit_flipped_pdf_gives_a_law_or_a_clean_input_error(
    tmp_path: Path, stem: str, seed: int
) -> None:
    path = tmp_path / f"{stem}.pdf"
    path.write_bytes(flip_bytes((SAMPLES / f"{stem}.pdf").read_bytes(), seed))
    try:
        law = lawreview.extract(path)
    except InputError as error:
        assert type(error) is InputError
        assert error.path == str(path)
        result = run_cli("extract", path)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
    else:
        assert law.walk()
        result = run_cli("extract", path)
        assert result.returncode == 0, result.stderr
        validate_law_json(json.loads(result.stdout))


def test_a_table_pdfplumber_cannot_open_leaves_the_plain_lines(monkeypatch) -> None:
    """PDFium reads the file but pdfminer (used only for ruled tables) cannot."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    pdf = SAMPLES / "varanda-tip-act-2019.pdf"  # has a ruled table on page 11
    expected = {p.eid for p in lawreview.extract(pdf).walk()}
    calls = []

    def broken_open(*args, **kwargs):
        calls.append(args)
        raise PdfminerException("Invalid dictionary construct")

    monkeypatch.setattr(pdfplumber, "open", broken_open)
    law = lawreview.extract(pdf)
    assert calls, "pdfplumber was not asked for the table"
    assert {p.eid for p in law.walk()} == expected


def test_encrypted_pdf_opens_with_the_right_password(tmp_path: Path) -> None:
    path = tmp_path / "law.pdf"
    encrypted(path)
    law = lawreview.extract(path, password="secret")
    assert "recruits a child for exploitation" in law.document.text
    assert law.document.text.count("Section") == len(LAW_LINES)
    result = run_cli("extract", path, "--password", "secret", "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout == law.document.text + "\n"


def test_ocr_without_ocrmypdf_says_how_to_install_it(tmp_path: Path) -> None:
    if shutil.which("ocrmypdf") is not None:
        pytest.skip("ocrmypdf is installed, so --ocr would run it")
    path = tmp_path / "scan.pdf"
    write_image_only_pdf(path)
    with pytest.raises(ScannedDocumentError, match=r"pip install 'lawreview\[ocr\]'"):
        lawreview.extract(path, ocr=True)
    result = run_cli("extract", path, "--ocr")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr
    assert "pip install 'lawreview[ocr]'" in result.stderr


@cache
def pdf_eids(stem: str) -> frozenset[str]:
    return frozenset(p.eid for p in lawreview.extract(SAMPLES / f"{stem}.pdf").walk())


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("stem", sorted(p.stem for p in SAMPLES.glob("*.pdf")))
def test_other_formats_give_the_same_eids_as_the_pdf(stem: str, suffix: str) -> None:
    eids = {p.eid for p in lawreview.extract(SAMPLES / f"{stem}{suffix}").walk()}
    assert eids
    assert eids == pdf_eids(stem)
