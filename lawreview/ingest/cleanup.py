"""Clean-up of extracted lines: an ordered pipeline of small named stages.

Each stage reads a list of `Line`s and returns a new list (lines are frozen;
nothing is changed in place). `unwrap_paragraphs` comes last and turns the
lines into `Paragraph`s with offsets into the cleaned text.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from lawreview.amendment_notes import (
    GAZETTE_AMENDMENT_NOTE,
    MARGIN_AMENDMENT_NOTE,
    ROUND_AMENDMENT_NOTE,
)
from lawreview.model import BBox, Line, Paragraph

CHARACTER_FIXES = {
    "\u00a0": " ",  # no-break space
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\ufeff": "",
    "\u2010": "-",
    "\u2011": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2032": "'",
    "\u2033": '"',
}
LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
CHARACTER_TABLE = str.maketrans(
    {**CHARACTER_FIXES, **{lig: unicodedata.normalize("NFKC", lig) for lig in LIGATURES}}
)


def normalize_characters(lines: Sequence[Line]) -> list[Line]:
    """Ligatures expanded (ﬁ -> fi), no-break and odd spaces made plain, soft
    hyphens and zero-width characters removed, curly quotes made straight."""
    out = []
    for line in lines:
        text = " ".join(line.text.translate(CHARACTER_TABLE).split())
        out.append(replace(line, text=text) if text != line.text else line)
    return out


def _doubled(word: str) -> bool:
    return len(word) >= 4 and len(word) % 2 == 0 and word[0::2] == word[1::2]


def remove_duplicated_characters(lines: Sequence[Line]) -> list[Line]:
    """Lines whose words are all drawn twice ("TTrraaffffiicc", fake bold) made
    single. A line is only touched when most of its longer words are doubled."""
    out = []
    for line in lines:
        words = line.text.split()
        long_words = [w for w in words if len(w) >= 4]
        if long_words and sum(_doubled(w) for w in long_words) >= 0.8 * len(long_words):
            text = " ".join(w[0::2] if _doubled(w) else w for w in words)
            out.append(replace(line, text=text))
        else:
            out.append(line)
    return out


PAGE_NUMBER = re.compile(
    r"^(?:page\s+\d+(?:\s+(?:of|/)\s+\d+)?|[-\u2013\u2014]\s*\d+\s*[-\u2013\u2014]|\d{1,4}"
    r"|\d+\s*/\s*\d+|[ivxlc]{1,6}|_{3,}|-{3,})$",
    re.IGNORECASE,
)
BAND = 0.12
"""Share of the page height, at the top and at the bottom, where running
headers and footers are looked for."""


INNER_UNIT = re.compile(
    r"(?<=\S)\s+(?:part|chapter|division|schedule|section|article|title|book|s\.)"
    r"\s+(?:[0-9]+[a-z]{0,2}|[ivxlc]+[a-z]?)\b"
)
"""A unit word and its number after the first words of a line ("Crimes Ordinance Part
XIIA", "... Schedule 4", "Criminal Code Act 1974  s. 356C."): the part of a running header
that names the Part, Schedule or section the page is in."""
LEADING_SECTION = re.compile(r"^s\.\s+[0-9]+[a-z]{0,2}\b")
"""A section named by its abbreviation and number before the rest of a line ("s. 356G.
Criminal Code Act 1974"): the outer slot of a running header that faces the odd pages',
naming the first section on an even page (Tavuru)."""


def _mask(text: str) -> str:
    masked = INNER_UNIT.sub(" <unit> #", " ".join(text.lower().split()))
    masked = LEADING_SECTION.sub("<unit> #", masked)
    return re.sub(r"\d+", "#", masked)


def remove_running_headers_footers(
    lines: Sequence[Line], page_heights: Sequence[float]
) -> list[Line]:
    """Running headers and footers removed; lines without a position are kept.

    A header or footer is a line in the top or bottom band of a page, at a
    height where page after page the same few texts stand (digits masked:
    "Page 3 of 40"; a running header may change with each Part). The first and
    last body lines of a page also sit at fixed heights, but there the texts
    are mostly different, so they are kept even when some words recur. Page
    numbers in the bands ("Page 3 of 40", "- 3 -", "3") always go. A header
    naming the Part or Schedule after its first words ("Crimes Ordinance Part
    XIIA") is masked as one text, and a second row standing right against a
    running row ("Section 148" under it) goes with it.
    """
    page_count = len(page_heights)

    def slot(line: Line) -> tuple[str, int] | None:
        if line.bbox is None or not 0 < line.page <= page_count:
            return None
        height = page_heights[line.page - 1]
        if line.bbox[1] < BAND * height:
            return ("top", round(line.bbox[1] / 4))
        if line.bbox[3] > (1 - BAND) * height:
            return ("bottom", round((height - line.bbox[3]) / 4))
        return None

    def key(line: Line) -> str:
        # A numbered heading ("Section 6. Offences") repeats only to the letter
        # when it is a running header ("PART II — OFFENCES" on every page).
        return line.text if starts_provision(line.text) else _mask(line.text)

    banded = [(line, place) for line in lines if (place := slot(line)) is not None]
    pages_by_key: dict[str, set[int]] = defaultdict(set)
    for line, _ in banded:
        pages_by_key[key(line)].add(line.page)
    keys_in_slot: dict[tuple[str, int], list[str]] = defaultdict(list)
    for line, place in banded:
        keys_in_slot[place].append(key(line))
    running_slots = {
        (side, pos + shift)
        for (side, pos), keys in keys_in_slot.items()
        if len(keys) >= 2 and len(set(keys)) <= max(1, len(keys) // 3)
        for shift in (-1, 0, 1)
    }

    def running(line: Line) -> bool:
        place = slot(line)
        if place is None:
            return False
        if PAGE_NUMBER.match(line.text.strip()):
            return True
        return place in running_slots and len(pages_by_key[key(line)]) >= 2

    dropped = {id(line) for line, _ in banded if running(line)}
    # A header or footer may run over two rows, one of them changing from page to
    # page ("Crimes Ordinance  Part XII" above "Section 148"; "Last updated date" above
    # "1.9.2022  12A-1"): a band line standing right against a running line of the
    # same page and band, less than a line's height away, belongs to it.
    bands: dict[tuple[int, str], list[Line]] = defaultdict(list)
    for line, (side, _) in banded:
        bands[(line.page, side)].append(line)
    for rows in bands.values():
        rows.sort(key=lambda row: row.bbox[1] if row.bbox else 0.0)
        for _ in range(len(rows)):
            grown = False
            for above, below in itertools.pairwise(rows):
                if (id(above) in dropped) == (id(below) in dropped):
                    continue
                assert above.bbox is not None and below.bbox is not None
                if _gap(above.bbox, below.bbox) < min(_height(above.bbox), _height(below.bbox)):
                    dropped.update((id(above), id(below)))
                    grown = True
            if not grown:
                break
    return [line for line in lines if id(line) not in dropped]


def _height(bbox: BBox) -> float:
    return bbox[3] - bbox[1]


def _gap(a: BBox, b: BBox) -> float:
    """The vertical distance between two boxes (0 where they overlap)."""
    return max(a[1] - b[3], b[1] - a[3], 0.0)


HYPHENATED = re.compile(r"([A-Za-z]{2,})-$")
CONTINUATION = re.compile(r"^([a-z][a-z']*)(.*)$")


def join_hyphenated_words(lines: Sequence[Line]) -> list[Line]:
    """A word split by a hyphen at the end of a line ("exploita-" / "tion")
    joined on the first line. The hyphen is kept when the document elsewhere
    writes the word with it ("child-related"), and dropped otherwise."""
    out = list(lines)
    words = set(re.findall(r"[a-z][a-z-]+[a-z]", " ".join(line.text.lower() for line in lines)))
    emptied: set[int] = set()
    for index in range(len(out) - 1):
        head = HYPHENATED.search(out[index].text)
        tail = CONTINUATION.match(out[index + 1].text)
        if not head or not tail:
            continue
        first, second = head.group(1), tail.group(1)
        joined = f"{first}-{second}" if f"{first}-{second}".lower() in words else first + second
        out[index] = replace(out[index], text=out[index].text[: head.start()] + joined)
        out[index + 1] = replace(out[index + 1], text=tail.group(2).lstrip())
        if not out[index + 1].text:
            emptied.add(index + 1)
    return [line for index, line in enumerate(out) if index not in emptied]


CONTENTS_TITLE = re.compile(
    r"^(?:arrangement\s+of\s+(?:sections|articles|provisions)|table\s+of\s+contents|contents)\.?$",
    re.IGNORECASE,
)
"""The title of a table of contents, closed by a full stop where the print closes every
heading with one, as a Papua New Guinea-style consolidation does ("ARRANGEMENT OF
SECTIONS.", Tavuru)."""
CONTENTS_LABEL = re.compile(r"(?:sections?|articles?|page|no\.?)+|section title")
"""The column labels of a table of contents, not its first entry: "Section", "Page",
"No.", or "Section" and "Title" over the two columns of an East African Revised
Edition's arrangement of sections."""
LEADERS = re.compile(r"(?:\s*\.){3,}\s*\d*\s*$|(?<=[a-z])\s+\d{1,4}$")
"""Dot leaders and a page number after a heading: not part of a contents entry."""


LONE_CONTAINER = re.compile(r"^(?:PART|Part|CHAPTER|Chapter|DIVISION|Division)\s+[0-9]{1,3}[A-Z]?$")
"""A contents entry that is a container's number alone, its title on the next line
("Part 1" / "Preliminary"): the number is no page number."""


NUMBERED_ENTRY = re.compile(r"^(?P<num>[0-9]{1,3}[a-z]?) (?P<heading>[a-z].*)$")
"""A contents entry's key as a section's number and its heading ("1 interpretation"),
which an Irish-style Act prints in the body as a marginal note on the line above the
section's number ("Interpretation." / "1.—(1) In this Act—")."""


def _toc_key(text: str) -> str:
    if not LONE_CONTAINER.match(text.strip()):
        text = LEADERS.sub("", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _next_text(lines: Sequence[Line], index: int) -> str:
    """The text of the first non-blank line after `lines[index]` ("" if none)."""
    return next((line.text for line in lines[index + 1 :] if line.text.strip()), "")


def skip_table_of_contents(lines: Sequence[Line]) -> list[Line]:
    """A table of contents ("Arrangement of Sections", "Contents") removed: from
    its title to the point where its first entry appears again as the body
    (whole, with more words after it, or as its first words: "CHAPTER 1" for
    the entry "CHAPTER 1 — PRELIMINARY").

    A Government Gazette prints two, one after the other: the "CONTENTS" of the
    issue, whose entry ("GOVERNMENT NOTICE") appears again as the notice that
    promulgates the Act, and then the Act's own "ARRANGEMENT OF SECTIONS"; once a
    table is skipped, the search goes on after it for the next one."""
    current = list(lines)
    start = 0
    limit = max(len(lines) // 2, 1)
    while True:
        skipped = _skip_one_table_of_contents(current, start, limit)
        if skipped is None:
            return current
        current, start = skipped


def _skip_one_table_of_contents(
    lines: list[Line], start: int, limit: int
) -> tuple[list[Line], int] | None:
    """The first table of contents whose title is at or after `start` (and before
    `limit`) removed, with the index at which to look for the next; None if there
    is none, or if its first entry never appears again."""
    for index in range(start, min(limit, len(lines))):
        line = lines[index]
        if not CONTENTS_TITLE.match(line.text.strip()):
            continue
        entries = (
            (offset, _toc_key(lines[offset].text)) for offset in range(index + 1, len(lines))
        )
        first = next(
            ((offset, key) for offset, key in entries if key and not CONTENTS_LABEL.fullmatch(key)),
            None,
        )
        if first is None:
            return None
        first_offset, first_key = first
        numbered = NUMBERED_ENTRY.match(first_key)
        for offset in range(first_offset + 1, len(lines)):
            key = _toc_key(lines[offset].text)
            if (
                key == first_key
                or (key.startswith(first_key + " ") and len(first_key) > 3)
                or (first_key.startswith(key + " ") and len(key.split()) >= 2)
            ):
                return [*lines[:index], *lines[offset:]], index + 1
            if (
                numbered
                and key == numbered.group("heading")
                and _toc_key(_next_text(lines, offset)).startswith(numbered.group("num") + " ")
            ):
                # The entry "1. Interpretation." printed in the body as a marginal
                # note above its section ("Interpretation." / "1.—(1) In this Act—").
                return [*lines[:index], *lines[offset:]], index + 1
        return None
    return None


STRUCTURAL_START = re.compile(
    r"""^(?:
        (?:PART|BOOK|TITLE|CHAPTER|SUBCHAPTER|DIVISION|SCHEDULE|ANNEX|APPENDIX)\b
      | Sec\.\s+[0-9]{1,3}[A-Z]{0,2}\.[0-9]{2,3}[A-Z]?\.\s+[A-Z(]
      | (?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\s+SCHEDULE\b
      | (?:Part|Book|Title|Chapter|Division|Schedule|Annex)\s+[0-9IVXLC]+[A-Za-z]?
        \s*(?:[.:\u2013\u2014-]|$)
      | (?:Section|SECTION|SEC\.|Sec\.|Article|ARTICLE|Art\.|§)
        \s*(?:[LRD]\.?\s?(?=[0-9]))?[0-9]+[A-Za-z]*(?:/[0-9]+|-[0-9]+)?
        (?![A-Za-z0-9]|[.][0-9]|-[0-9])(?:\s*[.:\u2013\u2014-]|\s+[A-Z(]|\s+["'][A-Z]|$)
      | (?:Article|ARTICLE)\s*\([0-9]+(?:\s(?:bis|ter|quater))?\)(?:\s(?:bis|ter|quater)\b)?
        (?:\s*[:\u2013\u2014-]\s|\s+[A-Z]|$)
      | [0-9]{1,4}\.[0-9]{1,4}[A-Z]{0,3}\s+[A-Z]
      | \u00a7\s?[0-9]{1,4}\.[0-9]{1,4}[a-z]?\s+(?:[A-Z]|\[Reserved\])
      | Subpart\s+[A-Z]\s*[\u2013\u2014]
      | \(\s*[0-9]{1,3}(?:\.[0-9]{1,2})?[A-Za-z]?\s*\)\s+(?!of\b|and\b|or\b)
      | \(\s*[a-z]{1,2}\s*\)\s+(?!of\b|and\b|or\b)
      | \(\s*[ivxlc]{1,6}\s*\)\s+(?!of\b|and\b|or\b)
      | \([A-Z]\)\s+(?=[a-z])(?!of\b|and\b|or\b)
      | [\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}\[(?=\(?[0-9])
      | (?:Added|Amended|Renumbered|Redesignated|Transferred)\s+by(?::|\s+Acts\s+[0-9]{4},)
      | Acts\s+[0-9]{4},\s+[0-9]{1,3}(?:st|nd|rd|th)\s+Leg\.,
      | History\.[\u2014\u2013-]\s*ss?\.\s+[0-9]
      | [0-9]{1,3}(?:bis|ter|quater|[A-Za-z])?\.(?:[0-9]+\.)*\s+(?!of\b)
      | [0-9]{1,3}[A-Za-z]?\.[\u2013\u2014](?=\([0-9]{1,3}[A-Z]?\)\s|[A-Z"\u201c])
      | [0-9]{1,3}[A-Za-z]?\.-(?=\([0-9]{1,3}[A-Z]?\)\s)
      | [a-z\u0111]{1,2}\)\s+
      | [a-z]\.\s+(?=[a-z])
      | [0-9]{1,2}\)\s+(?!of\b|and\b|or\b)
      | [0-9]{1,2}\u00b0\)?\s+(?!of\b|and\b|or\b)
      | [0-9]{1,2}/\s+(?!of\b|and\b|or\b)
      | [1-9][0-9]?-\s+(?!of\b|and\b|or\b)(?=\S)
      | [A-Z]-\s(?!of\b|and\b|or\b)(?=[A-Za-z])
      | Note(?:\s[0-9]{1,2})?-\s(?=[A-Z])
      | [IVX]{1,6}\.\s+(?=[A-Z])
      | [IVX]{1,6}\s[-\u2013]\s(?=[a-z])
      | \u00a7\s*[0-9]{1,2}\s?[\u00ba\u00b0]\s+(?=[A-Z(])
      | Sole\s+paragraph\.\s
      | (?:Sole|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)
        \s?\.\s?[\u2013\u2014-]\s*(?=[A-Z])
    )""",
    re.VERBOSE,
)
"""A line that starts with a structural marker starts a new paragraph: a container, a
unit (also a US-style regulation's "\u00a7 570.33 Occupations ..." or "\u00a7 570.32 [Reserved]",
and its "Subpart E\u2014..."), a numbered or lettered subdivision (also a US code's upper-case
"(C) take part ..." opening a page), and a US state code's source note under a section ("Added by
Acts 2015, 84th Leg., ...", "Amended by:", "Acts 2019, 86th Leg., ...") or a
Florida-style History note ("History.—s. 3, ch. 2006-118; ..."), printed in small type
right under the section's last line; an inserted section or sub-section of an Indian-style
compilation, opened by its footnote's superscript number and a bracket ("³[43A. ...",
"¹[(2A) ..."); a Mexican-style fraction, a capital Roman numeral and a
dot before a capital ("II. To establish ..."), also opening a page after a full line ending in
a semicolon, and a transitory article numbered by an ordinal word ("Second.- The Law ..."); an
article whose number is printed in brackets ("Article (3)", "Article (8) bis", also alone on the
first line of a page, where it is no running header though only its digits change from page to
page; "Article (8) of this Law" is a reference); an
item numbered with a hyphen as Arabic-language laws print it in translation ("2- display at
the workplace ..."), also opening a page after an item ending in a semicolon, and a clause lettered
with a capital and a hyphen as Arabic- and Persian-language laws print it ("B- assign to those
branches ..." opening a page after a clause ending in a semicolon), and the notes printed after
an article of a Persian-language law ("Note- ...", "Note 2- Where the offender ..."); and a
Brazilian-style paragraph ("§ 2º The penalty ...", "Sole paragraph. No news ...") or item, a
capital Roman numeral and a spaced hyphen before a lower-case word ("II - dangerous, unhealthy or
arduous work;"), also opening a page after a full line ending in a full stop or a semicolon."""


NUMBER_WORD_END = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)$",
    re.IGNORECASE,
)
DIGITS_AFTER_WORDS = re.compile(r"^\(\s*\d[\d,.]*\s*\)(?!\s+[A-Z])")
"""A number written in words then in figures ("six (6) years") wrapped at the bracket.
A bracketed number followed by a capital opens a subsection, even after a line
ending in a number word (a marginal heading "... under eighteen" above "(2) Every
person ..."): the figure of a number continues its sentence in lower case."""
FIGURES_THEN_WORDS = re.compile(
    r"^\(\s*\d[\d,.]*\s*\)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
)
"""A number written in figures then in words, as Gulf-style laws print terms and
amounts ("not less than (5) five years", "(100,000) one hundred thousand dirhams"),
wrapped before the bracket: after a line ending in a word, the figure continues the
sentence; it is not a subsection "(5)", which would open with a capital (a US-style
regulation's "(3) Eighteen years is the minimum age ..." after a line ending "hours; and")."""
WORD_END = re.compile(r"[A-Za-z]$")
REFERENCE_WORD_END = re.compile(
    r"\b(?:items?|paragraphs?|sub-?paragraphs?|sub-?sections?|clauses?|points?)$", re.IGNORECASE
)
BRACKETED_NUMBER = re.compile(r"^\(\s*(?:[0-9]{1,3}[A-Za-z]?|[a-z]{1,4})\s*\)")
"""A cross-reference wrapped after its word ("Article 2, paragraph (4), item" /
"(ii) for the same purpose"): the bracket is the reference's number, not a marker."""
UNIT_REFERENCE_END = re.compile(
    r"(?:\b(?:under|of|in|to|by|with|from|and|or)|,)\s+(?:Sections?|Articles?|sections?|articles?)"
    r"\s+[0-9]{1,4}[A-Za-z]{0,2}(?:/[0-9]{1,3})?$"
)
"""A line ending in a cross-reference to a unit after a preposition or a comma ("an
order under Section 118" / "(3) may appeal ..."), as Thai-style Acts cite a numbered
item of another section with a space before the bracket: the bracket on the next line
is the item of the reference, not a new item. A unit word alone on its line ("Article
9" above "(1) Every person ...") has no preposition before it and is no reference."""
REFERENCE_LEAD_END = re.compile(r"\b(?:under|of|in|to|by|with|from|and|or)$")
"""A line ending in the middle of a phrase ("an offence under"), so the next line
continues the sentence."""
TITLE_CASE_UNIT = re.compile(
    r"^(?:Part|Book|Title|Chapter|Division|Schedule|Annex|Section|Article|Art\.|Sec\.)\s+[0-9IVXLC]"
)
"""A title-case unit word and a number ("Part V.", "Section 12"): after a line
ending in mid-phrase it is a cross-reference wrapped onto the line ("an offence
under" / "Part V."), not a heading."""


UNIT_WORD_END = re.compile(
    r"\b(?:Part|Schedule|Section|Article|Chapter|Annex|part|schedule|section|article|chapter)$"
)
BARE_NUMBER_START = re.compile(r"^[0-9]{1,4}[A-Za-z]?\.\s")
"""A unit word ending a line of running text wrapped at the right edge and a bare number
with a dot opening the next ("... with Schedule" / "4. The remaining Parts ..."): a
cross-reference wrapped between its word and its number, not a numbered section or
paragraph. A heading line ending in the word ("Amendment of Schedule" above "37. The
Minister may ...") stops short of the edge and is no such line."""


def starts_provision(text: str) -> bool:
    return bool(STRUCTURAL_START.match(text))


def _line_pitch(lines: Sequence[Line]) -> float:
    """The distance from one line of a paragraph to the next.

    Measured, where there are enough of them, after lines that run to the
    right edge of the text (a paragraph wrapped there, so the next line is
    its continuation): in a law of many short paragraphs (a heading line, a
    one-sentence article) the gaps between paragraphs can outnumber the gaps
    inside them, and the median of all gaps would be the paragraph gap.
    """
    edges: dict[int, tuple[float, float]] = {}
    for line in lines:
        if line.bbox:
            left, right = edges.get(line.page, (line.bbox[0], line.bbox[2]))
            edges[line.page] = (min(left, line.bbox[0]), max(right, line.bbox[2]))
    gaps, wrapped = [], []
    for a, b in itertools.pairwise(lines):
        if not (a.bbox and b.bbox and a.page == b.page and 0 < b.bbox[1] - a.bbox[1] < 60):
            continue
        gap = b.bbox[1] - a.bbox[1]
        gaps.append(gap)
        left, right = edges[a.page]
        if right - a.bbox[2] < 0.06 * max(right - left, 1.0):
            wrapped.append(gap)
    if len(wrapped) >= 10:
        return statistics.median(wrapped)
    return statistics.median(gaps) if gaps else 12.0


def _column_edges(lines: Sequence[Line], index: int) -> tuple[float, float]:
    """Where the column around `lines[index]` starts and ends: the outermost
    edges of nearby lines on the same page that overlap it horizontally."""
    line = lines[index]
    assert line.bbox is not None
    left, right = line.bbox[0], line.bbox[2]
    for other in lines[max(0, index - 6) : index + 7]:
        box = other.bbox
        if other.page == line.page and box and box[0] < line.bbox[2] and line.bbox[0] < box[2]:
            left, right = min(left, box[0]), max(right, box[2])
    return left, right


def _runs_to_edge(lines: Sequence[Line], index: int) -> bool:
    """Whether `lines[index]` is a line of running text wrapped at the column's right
    edge (a heading line, "Amendment of Schedule", stops well short of it)."""
    line = lines[index]
    if line.bbox is None:
        return False
    left, right = _column_edges(lines, index)
    return (right - line.bbox[2]) / max(right - left, 1.0) < 0.08


def _centred(line: Line, left: float, right: float) -> bool:
    assert line.bbox is not None
    width = max(right - left, 1.0)
    before, after = line.bbox[0] - left, right - line.bbox[2]
    return before > 0.12 * width and after > 0.12 * width and abs(before - after) < 0.06 * width


def _capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


CONTAINER_WITH_TITLE = re.compile(
    r"^(?:Part|Book|Title|Chapter|Division|Section)\s+(?:[0-9]{1,3}|[IVXLC]{1,7}|[A-Z][a-z]+)\s+[A-Z][a-z]"
)
"""A container's number with its title on the same line ("Chapter IV Crimes of ...")."""
CAPITALS_CONTAINER_WITH_TITLE = re.compile(
    r"^(?:PART|BOOK|TITLE|CHAPTER|DIVISION)\s+(?:[0-9]{1,3}|[IVXLC]{1,7})[A-Z]?\.?\s*[\u2013\u2014-]\s*[A-Z]"
)
"""A container's number with its title in capitals after a dash on the same line
("PART V. \u2013 OFFENCES AGAINST THE PERSON AND AGAINST PERSONAL")."""
CONTAINER_WITH_CAPITALS_TITLE = re.compile(
    r"^(?:Part|Book|Title|Chapter|Division|Section)\s+(?:[0-9]{1,3}|[IVXLC]{1,7})\.\s+"
    r"[A-Z][A-Z ,'()&-]*[A-Z]$"
)
"""A container's number in title case and a dot, with its title in capitals on the same
line, as Vietnamese-style laws print their Sections ("Section 2. VIOLATIONS OF REGULATIONS
ON THE EMPLOYMENT OF")."""


def _wrapped_heading(prev: Line, line: Line, left: float, right: float) -> bool:
    """Whether `line`, centred, continues `prev`: a heading so wide that it does not
    look centred, wrapped onto a centred line on the same axis. A body line starts at
    the column's left edge, or after a marker's hang. The heading is one of
    - in capitals ("STATUTE OF LIMITATIONS ... AND EXEMPTION" / "FROM CRIMINAL
      LIABILITY");
    - a container with its title on the number's line ("Chapter IV Crimes of
      Infringing upon ... and" / "Democratic Rights");
    - a container in capitals with its title after a dash, as a Papua New Guinea-style
      consolidation prints its long Part titles ("PART V. \u2013 OFFENCES AGAINST THE
      PERSON AND AGAINST PERSONAL" / "LIBERTY.", Tavuru);
    - a container whose number is in title case and whose title is in capitals, as a
      Vietnamese-style Decree prints its Sections ("Section 2. VIOLATIONS OF REGULATIONS
      ON THE EMPLOYMENT OF" / "MINORS", Bach Linh)."""
    assert prev.bbox is not None and line.bbox is not None
    width = max(right - left, 1.0)
    prev_middle = (prev.bbox[0] + prev.bbox[2]) / 2
    line_middle = (line.bbox[0] + line.bbox[2]) / 2
    if (
        starts_provision(line.text)
        or prev.bbox[0] - left <= 0.01 * width
        or abs(prev_middle - line_middle) >= 0.01 * width
    ):
        return False
    capitals = _capitals(prev.text) and _capitals(line.text)
    return (
        (capitals and not starts_provision(prev.text))
        or bool(CONTAINER_WITH_TITLE.match(prev.text))
        or (capitals and bool(CAPITALS_CONTAINER_WITH_TITLE.match(prev.text)))
        or (_capitals(line.text) and bool(CONTAINER_WITH_CAPITALS_TITLE.match(prev.text.strip())))
    )


def _continues_body_line(
    lines: Sequence[Line], index: int, breaks: Sequence[bool], width: float
) -> bool:
    """Whether `lines[index]` continues a body paragraph whose line above it ran to the
    column's right edge: a line of running text, even where it happens to stand in the
    middle of the column, as the second line of a hanging lettered paragraph can ("(b) the
    Principal Secretaries ... social protection," / "internal security, ... or their",
    the next word too long to fit): not a centred heading, so the line below it
    ("representatives;") does not start a paragraph for that reason. A centred heading
    wrapped after a line in capitals that fills the column is left to the rules for
    headings."""
    if index < 1 or breaks[index]:
        return False
    above, line = lines[index - 1], lines[index]
    if above.bbox is None or line.bbox is None or above.page != line.page:
        return False
    _, right = _column_edges(lines, index - 1)
    return (right - above.bbox[2]) < 0.06 * max(width, 1.0) and not _capitals(above.text)


def paragraph_breaks(lines: Sequence[Line]) -> list[bool]:
    """For each line, whether a new paragraph starts there.

    Without positions (text files) a blank line or a structural marker breaks.
    With positions, also a wide vertical gap, a centred line (a heading), or a
    previous line that stops well short of the column's right edge (a heading,
    a paragraph's last line).
    """
    pitch = _line_pitch(lines)
    breaks = []
    for index, line in enumerate(lines):
        if index == 0 or not line.text:
            breaks.append(True)
            continue
        prev = lines[index - 1]
        if prev.text and DIGITS_AFTER_WORDS.match(line.text) and NUMBER_WORD_END.search(prev.text):
            breaks.append(False)  # "six" / "(6) years": the figure of a number, not "(6)"
            continue
        if prev.text and FIGURES_THEN_WORDS.match(line.text) and WORD_END.search(prev.text):
            breaks.append(False)  # "not less than" / "(5) five years": an amount, not "(5)"
            continue
        if prev.text and BRACKETED_NUMBER.match(line.text) and REFERENCE_WORD_END.search(prev.text):
            breaks.append(False)  # "... item" / "(ii) for the same purpose": a reference
            continue
        if prev.text and BRACKETED_NUMBER.match(line.text) and UNIT_REFERENCE_END.search(prev.text):
            breaks.append(False)  # "... an order under Section 118" / "(3) may appeal": a reference
            continue
        if prev.text and TITLE_CASE_UNIT.match(line.text) and REFERENCE_LEAD_END.search(prev.text):
            breaks.append(False)  # "... an offence under" / "Part V.": a reference
            continue
        if (
            prev.text
            and BARE_NUMBER_START.match(line.text)
            and UNIT_WORD_END.search(prev.text)
            and _runs_to_edge(lines, index - 1)
        ):
            breaks.append(False)  # "... with Schedule" / "4. The remaining Parts": a reference
            continue
        if not prev.text or line.table_row or prev.table_row or starts_provision(line.text):
            breaks.append(True)
            continue
        if ROUND_AMENDMENT_NOTE.match(line.text.strip()):
            breaks.append(True)  # "(Part XIIA added 19 of 2015 s. 10)" under a centred title
            continue
        if MARGIN_AMENDMENT_NOTE.match(line.text.strip()):
            breaks.append(True)  # "4/2012 S. 4." above the provision it amended
            continue
        if GAZETTE_AMENDMENT_NOTE.match(line.text.strip()):
            breaks.append(True)  # "Article reformed DOF 19-03-2014" in small type under it
            continue
        if line.page > prev.page + 1:
            breaks.append(True)  # pages left out between them (a table of contents skipped)
            continue
        if line.bbox is None or prev.bbox is None:
            breaks.append(False)
            continue
        if prev.page == line.page and line.bbox[1] - prev.bbox[1] > 1.25 * pitch:
            breaks.append(True)
            continue
        if prev.page == line.page and line.bbox[1] < prev.bbox[1] - 2 * pitch:
            breaks.append(True)  # back up the page: a new column
            continue
        left, right = _column_edges(lines, index - 1)
        prev_centred, line_centred = _centred(prev, left, right), _centred(line, left, right)
        if prev_centred and _continues_body_line(lines, index - 1, breaks, right - left):
            prev_centred = False  # a hanging paragraph's line that happens to sit mid-column
        if line_centred and line.text[:1].islower():
            breaks.append(False)  # a centred heading wrapped onto a second line
            continue
        if line_centred and not prev_centred and _wrapped_heading(prev, line, left, right):
            breaks.append(False)  # a heading too wide to look centred, wrapped
            continue
        if prev_centred or line_centred:
            breaks.append(True)
            continue
        short = (right - prev.bbox[2]) / max(right - left, 1.0)
        ends_sentence = prev.text.rstrip().endswith((".", ":")) or bool(
            NOTE_LINE.match(prev.text.strip()) or ROUND_AMENDMENT_NOTE.match(prev.text.strip())
        )
        if ends_sentence and _heading_above_unit(lines, index, left, right):
            breaks.append(True)  # a heading line printed above its section ("Interpretation")
            continue
        if ends_sentence and _headed_section_line(line, left, right):
            breaks.append(True)  # "354K Confiscating travel ..." opening a page
            continue
        breaks.append(short > 0.25 or (ends_sentence and short > 0.08))
    return breaks


NOTE_LINE = re.compile(r"^\[[^\[\]]{2,120}\]$")
"""A line wholly in square brackets: an amendment note printed at the end of a provision
("[Am. Act A1583:s.4]", "[Ins. Act A1472:s.6]", right-aligned in small type in a
Malaysian-style reprint). It closes the provision as a sentence's full stop does, so the
section heading printed on its own line below it ("Pledging of children" above "33. Any
person ...") starts a paragraph of its own, although the note runs to the right edge."""


def _following_text_line(lines: Sequence[Line], index: int) -> Line | None:
    """The line after `lines[index]`, passing over margin notes of amending Acts ("9/2019 S.
    3." between a marginal note and its section)."""
    for line in lines[index + 1 :]:
        if not MARGIN_AMENDMENT_NOTE.match(line.text.strip()):
            return line
    return None


HEADING_LINE = re.compile(r"^[A-Z][^.;:\u2013\u2014]{0,100}[^.,;:\u2013\u2014-]$")
"""A heading printed on a line of its own: capitalised, no sentence punctuation."""


DASHED_UNIT = re.compile(r"^[0-9]{1,3}[A-Z]{0,2}\.\u2014")
"""A section's number, a dot and an em dash ("7.—(1) A person ...", "11.—Where ..."), as
Irish-style Acts print it below the section's marginal note."""


def _heading_above_unit(lines: Sequence[Line], index: int, left: float, right: float) -> bool:
    """Whether `lines[index]` is a short heading line of its own, right above a
    numbered provision ("Forfeiture of property" above "18. Any property ..."),
    although the paragraph before it fills its last line to the right edge."""
    line = lines[index]
    following = _following_text_line(lines, index)
    if following is None or line.bbox is None:
        return False
    short = (right - line.bbox[2]) / max(right - left, 1.0)
    text = line.text.strip()
    if (
        (DASHED_UNIT.match(following.text) or BARE_NUMBER_START.match(following.text))
        and text.endswith(".")
        and not text.endswith("..")
    ):
        # a marginal note closed by a full stop ("Sale of children." above "7.—(1) ...",
        # "Children." above "55. (1) ..." at the top of a page)
        text = text[:-1]
    return (
        short > 0.25
        and len(line.text.split()) <= 14
        and bool(HEADING_LINE.match(text))
        and bool(following.text)
        and starts_provision(following.text)
    )


HEADED_SECTION_LINE = re.compile(
    r"^[0-9]{1,3}[A-Z]{0,2}\s+[A-Z][^.;:\u2013\u2014]{0,100}[^.,;:\u2013\u2014-]$"
)
"""A section's number and heading on a line of their own, no dot after the number, as
UK-style and Australian state reprints print it ("354K Confiscating travel or identity
documents")."""


def _headed_section_line(line: Line, left: float, right: float) -> bool:
    """Whether `line` is a section's number and heading alone on a short line: after a
    line ending a sentence it opens a section, even where the paragraph before fills its
    last line to the right edge at the foot of the previous page."""
    if line.bbox is None:
        return False
    short = (right - line.bbox[2]) / max(right - left, 1.0)
    text = line.text.strip()
    return short > 0.25 and len(text.split()) <= 14 and bool(HEADED_SECTION_LINE.match(text))


def unwrap_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Lines joined into paragraphs; blank lines dropped; offsets computed for
    the cleaned text (`"\\n".join` of the paragraphs)."""
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    offset = 0

    def close() -> None:
        nonlocal offset
        if not current:
            return
        text = " ".join(line.text for line in current)
        paragraphs.append(
            Paragraph(text, current[0].page, current[-1].page, offset, offset + len(text))
        )
        offset += len(text) + 1
        current.clear()

    for line, breaks in zip(lines, paragraph_breaks(lines)):
        if breaks:
            close()
        if line.text:
            current.append(line)
    close()
    return paragraphs
