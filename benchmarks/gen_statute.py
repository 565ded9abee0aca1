"""Generate a synthetic common-law statute PDF (and its ground truth) for benchmarks.

Usage::

    python benchmarks/gen_statute.py --pages 300 --out /tmp/statute_300.pdf
    python benchmarks/gen_statute.py --pages 20 --out /tmp/statute_20.pdf

In: a page count N, a seed and an output path. Out: a PDF of exactly N A4 pages
(bytes are identical for the same arguments and ReportLab version) and
``<out>.truth.json`` describing what was laid out where.

The statute has a title page, a multi-page "ARRANGEMENT OF SECTIONS", a running
header (Act title / Act number) and a footer ("Page X of N") on every page,
chapters ("CHAPTER 3" + heading line), sections ("Section 12. Heading") split into
subsections (1), paragraphs (a) and subparagraphs (i), a definitions section with
quoted terms, two chapters set in two columns (about 13% of the pages), words
hyphenated at line ends now and then, and a bordered four-column fee table on the
last page.

Exactly N pages: section contents are seeded per section, so the document only
changes where it is told to; the generator builds, counts pages and adds or
removes sections of the last chapter (then, if needed, swaps the content of the
final section) until the count is N.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

ACT_TITLE = "Trafficking in Persons and Child Protection Act, 2024"
ACT_NUMBER = "Act No. 12 of 2024"
STATE = "REPUBLIC OF KESTRIA"
GAZETTE = "Kestria Government Gazette, Supplement No. 31"

PAGE_W, PAGE_H = A4
MARGIN_L = MARGIN_R = 72.0
MARGIN_TOP = 78.0
MARGIN_BOTTOM = 70.0
GUTTER = 20.0
TWO_COL_FRACTION = 0.13

# --------------------------------------------------------------------------
# Fonts and styles
# --------------------------------------------------------------------------

FONT_DIRS = ("/usr/share/fonts",)


@dataclass(frozen=True)
class Fonts:
    """Font names to use: DejaVu Serif (embedded) when found, else Times."""

    regular: str
    bold: str
    italic: str
    embedded: bool


def register_fonts() -> Fonts:
    """Register DejaVu Serif from /usr/share/fonts if present; else fall back to Times.

    Returns the font names to use in styles.
    """
    wanted = {
        "regular": "DejaVuSerif.ttf",
        "bold": "DejaVuSerif-Bold.ttf",
        "italic": "DejaVuSerif-Italic.ttf",
    }
    found: dict[str, Path] = {}
    for root in FONT_DIRS:
        for key, name in wanted.items():
            hits = sorted(Path(root).rglob(name))
            if hits and key not in found:
                found[key] = hits[0]
    if len(found) == len(wanted):
        names = {"regular": "DejaVuSerif", "bold": "DejaVuSerif-Bold", "italic": "DejaVuSerif-It"}
        for key, path in found.items():
            pdfmetrics.registerFont(TTFont(names[key], str(path)))
        pdfmetrics.registerFontFamily(
            "DejaVuSerif",
            normal=names["regular"],
            bold=names["bold"],
            italic=names["italic"],
            boldItalic=names["bold"],
        )
        return Fonts(names["regular"], names["bold"], names["italic"], True)
    return Fonts("Times-Roman", "Times-Bold", "Times-Italic", False)


VOWELS = set("aeiouy")


def hyphenate(word: str) -> list[tuple[str, str]]:
    """Candidate line-end splits of ``word``, longest head first.

    In: a word of letters. Out: ``(head, tail)`` pairs (ReportLab adds the "-").
    Only some long words are hyphenated ("sometimes"), split between two
    consonants that sit between vowels (traf-ficking), keeping 3+ letters a side.
    """
    if len(word) < 9 or not word.isalpha() or zlib.crc32(word.lower().encode()) % 3 == 0:
        return []
    low = word.lower()
    cuts = [
        i
        for i in range(3, len(low) - 2)
        if low[i - 2] in VOWELS
        and low[i - 1] not in VOWELS
        and low[i] not in VOWELS
        and low[i + 1] in VOWELS
    ]
    return [(word[:i], word[i:]) for i in reversed(cuts)]


@dataclass
class Styles:
    """The paragraph styles of one layout (one-column or two-column)."""

    body: ParagraphStyle
    wrap: ParagraphStyle
    sub: ParagraphStyle
    para: ParagraphStyle
    subpara: ParagraphStyle
    defn: ParagraphStyle
    sec_head: ParagraphStyle
    chap_num: ParagraphStyle
    chap_head: ParagraphStyle


def make_styles(fonts: Fonts, two_col: bool) -> Styles:
    """Paragraph styles for the body; two-column styles are smaller and less indented."""
    size, leading = (9.4, 11.8) if two_col else (10.4, 13.6)
    step = 12.0 if two_col else 20.0  # indent per level
    hang = 18.0 if two_col else 24.0  # width of the "(1)" hang
    base = ParagraphStyle(
        "base",
        fontName=fonts.regular,
        fontSize=size,
        leading=leading,
        alignment=TA_JUSTIFY,
        spaceAfter=leading * 0.3,
        hyphenationLang=hyphenate,
        embeddedHyphenation=0,
        uriWasteReduce=0,
    )

    def level(name: str, n: int) -> ParagraphStyle:
        left = step * n + hang
        return ParagraphStyle(
            name,
            parent=base,
            leftIndent=left,
            bulletIndent=left - hang,
            bulletFontName=fonts.regular,
            bulletFontSize=size,
        )

    return Styles(
        body=base,
        wrap=ParagraphStyle("wrap", parent=base, leftIndent=hang),
        sub=level("sub", 0),
        para=level("para", 1),
        subpara=level("subpara", 2),
        defn=ParagraphStyle("defn", parent=base, leftIndent=step + hang * 0.5),
        sec_head=ParagraphStyle(
            "sec_head",
            parent=base,
            fontName=fonts.bold,
            alignment=TA_LEFT,
            spaceBefore=leading * 0.6,
            spaceAfter=leading * 0.3,
            keepWithNext=1,
        ),
        chap_num=ParagraphStyle(
            "chap_num",
            parent=base,
            fontName=fonts.bold,
            alignment=TA_CENTER,
            spaceBefore=leading * 1.2,
            spaceAfter=2,
            keepWithNext=1,
        ),
        chap_head=ParagraphStyle(
            "chap_head",
            parent=base,
            fontName=fonts.bold,
            alignment=TA_CENTER,
            spaceAfter=leading * 0.6,
            keepWithNext=1,
        ),
    )


# --------------------------------------------------------------------------
# Prose grammar
# --------------------------------------------------------------------------

UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip

AUTHORITIES = [
    "Commission",
    "Minister",
    "Director of Public Prosecutions",
    "Labour Commissioner",
    "Inspector-General of Police",
    "Anti-Trafficking Board",
    "Director of Social Welfare",
    "Registrar",
    "Chief Immigration Officer",
]
PERSONS = [
    "A person",
    "Any person",
    "An employer",
    "A recruitment agent",
    "A parent or guardian of a child",
    "A public officer",
    "A carrier",
    "A body corporate",
    "An intermediary",
]
OFFENCES = [
    "recruits, transports, transfers, harbours or receives a child for the purpose of exploitation",
    "knowingly employs a child in hazardous work or in work that is likely to harm the "
    "health, safety or morals of the child",
    "uses force, threat, coercion or deception to obtain the labour or services of another person",
    "withholds, conceals or destroys the passport, identity card or travel document of a "
    "worker or of a victim of trafficking",
    "advertises, publishes, prints or distributes any material that promotes or facilitates "
    "trafficking in persons",
    "facilitates the entry of a person into, or the departure of a person from, the Republic "
    "by fraudulent means",
    "subjects a child to forced or compulsory labour, debt bondage or servitude",
    "obtains a financial or other benefit from the sexual exploitation of a child",
    "arranges or facilitates the adoption, fostering or marriage of a child for the purpose "
    "of exploitation",
    "fails without reasonable excuse to report the suspected trafficking of a child to a "
    "police officer or a child protection officer",
    "employs a young person at night or for more hours than are permitted by this Act",
    "operates a recruitment agency without a licence issued under this Act",
]
SERVICES = [
    "appropriate shelter, food and clothing",
    "medical care and psychological counselling",
    "legal assistance and information in a language that the victim understands",
    "interpretation services at every stage of the proceedings",
    "access to education, vocational training and employment opportunities",
    "safe and voluntary repatriation to the country of origin",
]
DUTIES = [
    "establish and maintain a register of licensed recruitment agencies",
    "prepare and lay before Parliament an annual report on the implementation of this Act",
    "coordinate the activities of the ministries, departments and agencies responsible for "
    "the prevention of trafficking in persons",
    "issue guidelines on the identification, referral and protection of victims of trafficking",
    "conduct public awareness programmes on the risks of trafficking in persons and of "
    "child labour",
    "collect, analyse and publish statistics on investigations, prosecutions and convictions",
    "ensure that every labour inspector receives training on the detection of forced labour",
    "cooperate with competent authorities of other States in the prevention and suppression "
    "of trafficking",
    "monitor the conditions of employment of children and young persons",
    "review the list of hazardous occupations in which children shall not be employed",
]
CONDITIONS = [
    "where it appears to the {auth} that an offence under this Act has been committed",
    "in the prescribed manner and within the prescribed period",
    "on the application of a victim or of a person acting on behalf of a victim",
    "after consultation with the {auth}",
    "subject to such conditions as the {auth} may determine",
    "where the victim is a child",
    "notwithstanding any other written law",
    "without prejudice to any other penalty provided under this Act",
]
ACTIONS = [
    "order that the proceedings be held in camera",
    "direct that the identity of the victim shall not be disclosed",
    "suspend or revoke a licence issued under this Act",
    "issue a protection order in respect of the victim or of a member of the family of the victim",
    "enter and inspect any premises in which a child is believed to be employed",
    "require any person to produce any book, record or document relating to the employment "
    "of workers",
    "seize any property that is reasonably suspected to be the proceeds of an offence under "
    "this Act",
    "refer the victim to a designated shelter or to a child protection officer",
    "grant a temporary residence permit to a victim who is not a citizen of the Republic",
    "order the payment of compensation to the victim by the convicted person",
]
PURPOSES = [
    "the protection of the privacy and safety of the victim",
    "the best interests of the child",
    "the prevention of further exploitation",
    "the effective investigation and prosecution of offences under this Act",
    "the recovery and reintegration of victims",
    "the elimination of the worst forms of child labour",
]

HEADINGS = {
    "offence": [
        "Trafficking in persons",
        "Trafficking in children",
        "Forced labour",
        "Debt bondage",
        "Withholding of identity documents",
        "Promotion of trafficking",
        "Use of services of a victim",
        "Exploitation of children in hazardous work",
        "Facilitation of unlawful entry",
        "Failure to report trafficking of a child",
        "Unlicensed recruitment",
        "Offences by bodies corporate",
    ],
    "duty": [
        "Functions of the {auth}",
        "Duties of the {auth}",
        "Annual report",
        "Register of recruitment agencies",
        "Public awareness programmes",
        "Training of officers",
        "Statistics and research",
        "International cooperation",
    ],
    "power": [
        "Powers of the {auth}",
        "Powers of entry and inspection",
        "Protection orders",
        "Seizure of property",
        "Closure of premises",
        "Suspension and revocation of licences",
        "Temporary residence permits",
        "Compensation to victims",
    ],
    "victim": [
        "Protection of victims",
        "Assistance to victims",
        "Non-punishment of victims",
        "Confidentiality of proceedings",
        "Shelters for victims",
        "Repatriation of victims",
        "Special measures for child witnesses",
        "Best interests of the child",
    ],
}


def words(n: int) -> str:
    """A number below 100 written as words, as drafters do ("eighteen", "twenty-one")."""
    if n < 20:
        return UNITS[n]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    head = tens[n // 10 - 2]
    return head if n % 10 == 0 else f"{head}-{UNITS[n % 10]}"


@dataclass
class Item:
    """One printed paragraph of a section: its level, label and text."""

    level: str  # "sub", "para", "subpara", "body"/"wrap" (unnumbered) or "defn"
    label: str | None
    text: str
    term: str | None = None


@dataclass
class Section:
    """A section's number, heading and body paragraphs."""

    num: int
    heading: str
    items: list[Item]

    def body_text(self) -> str:
        """The body as printed, one line per paragraph, labels included."""
        return "\n".join(f"{i.label} {i.text}" if i.label else i.text for i in self.items)


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]


class Grammar:
    """Plausible legislative prose from a seeded random source."""

    def __init__(self, rng: random.Random, num: int) -> None:
        self.rng = rng
        self.num = num

    def auth(self) -> str:
        return self.rng.choice(AUTHORITIES)

    def fill(self, template: str) -> str:
        return template.replace("{auth}", self.auth())

    def penalty(self) -> str:
        r = self.rng
        lo = r.choice([2, 3, 5, 7])
        hi = lo + r.choice([3, 5, 7, 8])
        fine = r.choice([500, 1000, 2000, 5000, 10000])
        if r.random() < 0.5:
            return (
                f"commits an offence and is liable on conviction to imprisonment for a term of "
                f"not less than {words(lo)} years and not more than {words(hi)} years"
            )
        return (
            f"commits an offence and is liable on conviction to a fine not exceeding "
            f"{fine} penalty units or to imprisonment for a term not exceeding {words(hi)} "
            f"years, or to both"
        )

    def xref(self) -> str:
        r = self.rng
        target = r.randint(1, max(1, self.num - 1))
        return r.choice(
            [
                f"Subject to section {target}",
                f"Without prejudice to section {target}",
                f"Notwithstanding section {target}",
                "Subject to subsection (1)",
                "For the purposes of this Chapter",
            ]
        )

    def sentence(self, kind: str) -> str:
        r = self.rng
        if kind == "offence":
            lead = f"{r.choice(PERSONS)} who {r.choice(OFFENCES)} {self.penalty()}."
            if r.random() < 0.3:
                lead = f"{self.xref()}, {lead[0].lower()}{lead[1:]}"
            return lead
        if kind == "duty":
            return (
                f"The {self.auth()} shall, {self.fill(r.choice(CONDITIONS))}, {r.choice(DUTIES)}."
            )
        if kind == "power":
            return (
                f"{self.xref()}, the {self.auth()} may, {self.fill(r.choice(CONDITIONS))}, "
                f"{r.choice(ACTIONS)}, having regard to {r.choice(PURPOSES)}."
            )
        return (
            f"Every victim of trafficking shall be entitled to {r.choice(SERVICES)}, and the "
            f"{self.auth()} shall ensure that {r.choice(PURPOSES)} is a primary consideration "
            f"in every decision concerning the victim."
        )

    def clauses(self, kind: str, n: int) -> list[str]:
        """n different list items for a lead-in of this kind."""
        r = self.rng
        if kind == "offence":
            return r.sample(OFFENCES, n)
        if kind == "duty":
            return r.sample(DUTIES, n)
        if kind == "power":
            return r.sample(ACTIONS, n)
        return [f"provide {s}" for s in r.sample(SERVICES, n)]

    def lead_in(self, kind: str) -> str:
        r = self.rng
        if kind == "offence":
            return f"{r.choice(PERSONS)} who—"
        if kind == "duty":
            return f"The {self.auth()} shall, {self.fill(r.choice(CONDITIONS))}—"
        if kind == "power":
            return f"The {self.auth()} may, for the purposes of {r.choice(PURPOSES)}—"
        return f"The {self.auth()} shall, having regard to {r.choice(PURPOSES)}—"

    def section(self, heading: str | None = None) -> Section:
        """A section: 2-5 subsections, some with paragraphs and subparagraphs."""
        r = self.rng
        kind = r.choice(["offence", "duty", "power", "victim"])
        if heading is None:
            heading = self.fill(r.choice(HEADINGS[kind]))
        items: list[Item] = []
        n_sub = r.choice([2, 2, 3, 3, 3, 4, 4, 5])
        for s in range(1, n_sub + 1):
            label = f"({s})"
            if r.random() < 0.55:
                items.append(Item("sub", label, self.sentence(kind)))
                continue
            items.append(Item("sub", label, self.lead_in(kind)))
            n_para = r.randint(2, 5)
            for p, text in enumerate(self.clauses(kind, n_para)):
                last = p == n_para - 1
                joiner = ";" if p < n_para - 2 else ("; or" if p == n_para - 2 else "")
                end = joiner if not last else ("," if kind == "offence" else ".")
                plabel = f"({chr(97 + p)})"
                if r.random() < 0.25:
                    items.append(Item("para", plabel, f"{text}, including—"))
                    n_sp = r.randint(2, 4)
                    for q, sp in enumerate(r.sample(SERVICES + PURPOSES, n_sp)):
                        tail = ";" if q < n_sp - 1 else end
                        items.append(Item("subpara", f"({ROMAN[q]})", f"{sp}{tail}"))
                else:
                    items.append(Item("para", plabel, f"{text}{end}"))
            if kind == "offence":
                items.append(Item("wrap", None, f"{self.penalty()}."))
        return Section(self.num, heading, items)


DEFINITIONS = [
    ("authorised officer", "a police officer, a labour inspector or an immigration officer"),
    ("child", "a person below the age of eighteen years"),
    ("child labour", "work that deprives a child of his or her childhood and education"),
    ("Commission", "the Anti-Trafficking Commission established under section 4"),
    ("debt bondage", "the status arising from a pledge by a debtor of his or her services"),
    ("exploitation", "includes the exploitation of the prostitution of others, forced labour"),
    ("forced labour", "all work or service exacted from a person under the menace of a penalty"),
    ("guardian", "a person who has the lawful custody or care of a child"),
    ("hazardous work", "work which by its nature is likely to harm the health of children"),
    ("labour inspector", "an inspector appointed under the Labour Act"),
    ("Minister", "the Minister responsible for matters relating to home affairs"),
    ("penalty unit", "the amount fixed as a penalty unit under the Fines Act"),
    ("prescribed", "prescribed by regulations made under this Act"),
    ("recruitment agency", "a person who recruits workers for employment for reward"),
    ("servitude", "the condition of a person who is unlawfully compelled to serve another"),
    ("shelter", "a place designated under this Act for the care of victims"),
    ("trafficking in persons", "has the meaning assigned to it in section 12"),
    ("victim", "a person against whom an offence under this Act has been committed"),
    ("worst forms of child labour", "has the meaning assigned to it in the Schedule"),
    ("young person", "a person who has attained the age of fifteen years but is below eighteen"),
    ("carrier", "a person who carries passengers or goods for hire by land, sea or air"),
    ("competent authority", "a public body designated under section 9"),
    ("court", "the High Court or a subordinate court of competent jurisdiction"),
    ("document", "any record of information, however compiled, recorded or stored"),
    ("employer", "a person who employs another person under a contract of service"),
    ("family", "the spouse, parents, children and dependants of a person"),
    ("intermediary", "a person who assists a child witness to give evidence"),
    ("proceeds", "any property derived directly or indirectly from an offence"),
    ("public officer", "a person holding an office of emolument in the public service"),
    ("sexual exploitation", "the participation of a person in prostitution or pornography"),
    ("travel document", "a passport or any other document for travel between States"),
    ("Fund", "the Victims of Trafficking Fund established under this Act"),
]


def definitions_section(num: int, n_terms: int) -> Section:
    """Section 2, "Interpretation": quoted terms, one definition a paragraph."""
    items = [Item("body", None, "In this Act, unless the context otherwise requires—")]
    chosen = sorted(DEFINITIONS[:n_terms], key=lambda d: d[0].lower())
    for i, (term, meaning) in enumerate(chosen):
        verb = "" if meaning.startswith(("includes", "has the")) else "means "
        end = "." if i == len(chosen) - 1 else ";"
        items.append(Item("defn", None, f"“{term}” {verb}{meaning}{end}", term=term))
    return Section(num, "Interpretation", items)


def short_title_section() -> Section:
    """Section 1, "Short title and commencement"."""
    return Section(
        1,
        "Short title and commencement",
        [
            Item(
                "sub",
                "(1)",
                f"This Act may be cited as the {ACT_TITLE}.",
            ),
            Item(
                "sub",
                "(2)",
                "This Act shall come into operation on such date as the Minister may, by "
                "notice published in the Gazette, appoint, and different dates may be appointed "
                "for different provisions of this Act.",
            ),
        ],
    )


CHAPTER_HEADINGS = [
    "PRELIMINARY",
    "ADMINISTRATION",
    "THE ANTI-TRAFFICKING COMMISSION",
    "PREVENTION OF TRAFFICKING IN PERSONS",
    "OFFENCES RELATING TO TRAFFICKING IN PERSONS",
    "OFFENCES AGAINST CHILDREN",
    "CHILD LABOUR",
    "EMPLOYMENT OF YOUNG PERSONS",
    "RECRUITMENT AGENCIES",
    "PROTECTION AND ASSISTANCE TO VICTIMS",
    "SHELTERS AND REHABILITATION",
    "REPATRIATION OF VICTIMS",
    "INVESTIGATION AND ENFORCEMENT",
    "POWERS OF LABOUR INSPECTORS",
    "JURISDICTION AND PROCEEDINGS",
    "EVIDENCE AND WITNESS PROTECTION",
    "MUTUAL LEGAL ASSISTANCE AND EXTRADITION",
    "FORFEITURE AND COMPENSATION",
    "THE VICTIMS OF TRAFFICKING FUND",
    "MISCELLANEOUS PROVISIONS",
]

FEE_HEADER = ["Item", "Description of service", "Section", "Fee (penalty units)"]
FEES = [5, 10, 15, 20, 25, 40, 50, 75, 100, 150, 200, 250]
FEE_SERVICES = [
    "Application for a recruitment agency licence",
    "Issue of a recruitment agency licence",
    "Renewal of a recruitment agency licence",
    "Transfer of a recruitment agency licence",
    "Duplicate licence",
    "Registration of a branch office",
    "Change of registered address",
    "Inspection of the register of agencies",
    "Certified extract from the register",
    "Application for a work permit for a young person",
    "Approval of an employment contract",
    "Attestation of an overseas contract",
    "Registration of a foreign principal",
    "Appeal against refusal of a licence",
    "Application for a shelter permit",
    "Renewal of a shelter permit",
    "Certificate of good standing",
    "Late filing of the annual return",
]


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------


class Marker(Flowable):
    """A zero-size flowable that records the page it lands on under ``key``."""

    def __init__(self, key: str, sink: dict[str, int], keep_with_next: bool = False) -> None:
        super().__init__()
        self.key = key
        self.sink = sink
        self.keepWithNext = int(keep_with_next)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        self.sink[self.key] = self.canv.getPageNumber()


@dataclass
class Plan:
    """What to lay out: sections per chapter; which chapters are two-column."""

    chapter_sizes: list[int]
    two_col: set[int]  # 0-based chapter indexes
    n_definitions: int
    last_variant: int = 0


@dataclass
class Built:
    """A built PDF and what the layout recorded."""

    pdf: bytes
    pages: int
    two_col_pages: list[int]
    toc_pages: list[int]
    marks: dict[str, int]
    chapters: list[dict[str, Any]]
    sections: list[Section]
    section_chapter: list[int] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)


class StatuteDoc(BaseDocTemplate):
    """One- and two-column page templates, each drawing the header and footer."""

    def __init__(self, buf: io.BytesIO, fonts: Fonts, target_pages: int) -> None:
        super().__init__(
            buf,
            pagesize=A4,
            leftMargin=MARGIN_L,
            rightMargin=MARGIN_R,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=ACT_TITLE,
            author=STATE,
            subject=ACT_NUMBER,
            creator="lawreview benchmarks/gen_statute.py",
            invariant=1,
        )
        self.fonts = fonts
        self.target_pages = target_pages
        self.two_col_pages: list[int] = []
        w = PAGE_W - MARGIN_L - MARGIN_R
        h = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
        cw = (w - GUTTER) / 2
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        one = Frame(MARGIN_L, MARGIN_BOTTOM, w, h, id="body", **pad)
        left = Frame(MARGIN_L, MARGIN_BOTTOM, cw, h, id="left", **pad)
        right = Frame(MARGIN_L + cw + GUTTER, MARGIN_BOTTOM, cw, h, id="right", **pad)
        self.addPageTemplates(
            [
                PageTemplate(id="one", frames=[one], onPage=self.decorate),
                PageTemplate(id="two", frames=[left, right], onPage=self.decorate_two),
            ]
        )

    def decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Running header (title | Act number) and footer (gazette | Page X of N)."""
        f = self.fonts
        canv.saveState()
        top = PAGE_H - 48
        canv.setFont(f.italic, 8.5)
        canv.drawString(MARGIN_L, top, ACT_TITLE)
        canv.drawRightString(PAGE_W - MARGIN_R, top, ACT_NUMBER)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_L, top - 5, PAGE_W - MARGIN_R, top - 5)
        bottom = 40
        canv.line(MARGIN_L, bottom + 11, PAGE_W - MARGIN_R, bottom + 11)
        canv.setFont(f.regular, 8.5)
        canv.drawString(MARGIN_L, bottom, GAZETTE)
        page = canv.getPageNumber()
        canv.drawRightString(PAGE_W - MARGIN_R, bottom, f"Page {page} of {self.target_pages}")
        canv.restoreState()

    def decorate_two(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """As `decorate`, and records the page as a two-column page."""
        self.two_col_pages.append(canv.getPageNumber())
        self.decorate(canv, doc)


def p(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A Paragraph from plain text (escaped), with an optional hanging label."""
    return Paragraph(escape(text), style, bulletText=bullet)


def make_sections(plan: Plan, seed: int) -> tuple[list[Section], list[int]]:
    """All sections in order and the chapter index of each.

    Section k's content depends only on (seed, k), except the final section when
    ``plan.last_variant`` is non-zero.
    """
    sections: list[Section] = []
    chapter_of: list[int] = []
    total = sum(plan.chapter_sizes)
    num = 0
    for c, size in enumerate(plan.chapter_sizes):
        for _ in range(size):
            num += 1
            if num == 1:
                sec = short_title_section()
            elif num == 2:
                sec = definitions_section(2, plan.n_definitions)
            else:
                key = f"{seed}:{num}"
                if num == total and plan.last_variant:
                    key += f":v{plan.last_variant}"
                sec = Grammar(random.Random(key), num).section()
            sections.append(sec)
            chapter_of.append(c)
    return sections, chapter_of


def chapter_headings(n: int) -> list[str]:
    """Headings for n chapters (the last one is always the miscellaneous chapter)."""
    if n >= len(CHAPTER_HEADINGS):
        return [*CHAPTER_HEADINGS[: n - 1], CHAPTER_HEADINGS[-1]]
    picks = [0] + [round(i * (len(CHAPTER_HEADINGS) - 2) / (n - 1)) for i in range(1, n - 1)]
    return [*(CHAPTER_HEADINGS[i] for i in picks), CHAPTER_HEADINGS[-1]]


def build(plan: Plan, seed: int, target_pages: int, fonts: Fonts) -> Built:
    """Lay the plan out once; return the bytes and the recorded page numbers."""
    one = make_styles(fonts, two_col=False)
    two = make_styles(fonts, two_col=True)
    sections, chapter_of = make_sections(plan, seed)
    headings = chapter_headings(len(plan.chapter_sizes))
    marks: dict[str, int] = {}
    story: list[Flowable] = []
    base = one.body

    def centred(text: str, size: float, bold: bool = False, space: float = 6) -> Paragraph:
        st = ParagraphStyle(
            "c",
            parent=base,
            fontName=fonts.bold if bold else fonts.regular,
            fontSize=size,
            leading=size * 1.3,
            alignment=TA_CENTER,
            spaceAfter=space,
        )
        return p(text, st)

    # Title page.
    story += [
        Spacer(1, 120),
        centred(STATE, 16, True, 30),
        centred(ACT_TITLE.upper(), 18, True, 18),
        centred(ACT_NUMBER, 13, False, 40),
        centred("ARRANGEMENT OF SECTIONS AND TEXT OF THE ACT", 10, False, 8),
        centred("Date of assent: 14 March 2024", 10, False, 8),
        centred("Date of commencement: 1 July 2024", 10, False, 8),
        centred("Published by authority of the Government Printer", 9, False, 8),
        Marker("title_end", marks),
        PageBreak(),
    ]

    # Arrangement of sections.
    toc_line = ParagraphStyle(
        "toc",
        parent=base,
        fontSize=9.8,
        leading=12.6,
        alignment=TA_LEFT,
        leftIndent=30,
        bulletIndent=0,
        bulletFontName=fonts.regular,
        bulletFontSize=9.8,
        spaceAfter=0,
    )
    toc_chap = ParagraphStyle(
        "tocchap",
        parent=base,
        fontName=fonts.bold,
        fontSize=9.8,
        leading=12.6,
        alignment=TA_CENTER,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    )
    story += [Marker("toc_start", marks), centred("ARRANGEMENT OF SECTIONS", 12, True, 12)]
    current = -1
    for sec, c in zip(sections, chapter_of, strict=True):
        if c != current:
            current = c
            story.append(p(f"CHAPTER {c + 1} — {headings[c]}", toc_chap))
        story.append(p(sec.heading, toc_line, bullet=f"{sec.num}."))
    story += [Marker("toc_end", marks), PageBreak()]

    # Preamble.
    story += [
        Marker("body_start", marks),
        centred(ACT_TITLE.upper(), 13, True, 6),
        centred(ACT_NUMBER, 11, False, 10),
        p(
            "AN ACT to provide for the prevention and suppression of trafficking in persons, "
            "the protection of children against exploitation and the worst forms of child "
            "labour, the protection of and assistance to victims, and for connected matters.",
            ParagraphStyle("lt", parent=base, fontName=fonts.italic, spaceAfter=8),
        ),
        p(
            "ENACTED by the Parliament of the Republic of Kestria as follows:—",
            ParagraphStyle("enact", parent=base, spaceAfter=6),
        ),
    ]

    chapters: list[dict[str, Any]] = []
    current = -1
    layout_two = False
    for sec, c in zip(sections, chapter_of, strict=True):
        if c != current:
            current = c
            want_two = c in plan.two_col
            if want_two != layout_two:
                story += [NextPageTemplate("two" if want_two else "one"), PageBreak()]
                layout_two = want_two
            st = two if layout_two else one
            chapters.append({"num": str(c + 1), "heading": headings[c], "two_column": want_two})
            story += [
                p(f"CHAPTER {c + 1}", st.chap_num),
                Marker(f"chap_{c + 1}", marks, keep_with_next=True),
                p(headings[c], st.chap_head),
            ]
        st = two if layout_two else one
        story += [
            p(f"Section {sec.num}. {sec.heading}", st.sec_head),
            Marker(f"sec_{sec.num}_start", marks, keep_with_next=True),
        ]
        for item in sec.items:
            if item.level == "defn" and item.term:
                rest = escape(item.text[len(item.term) + 2 :])
                story.append(Paragraph(f"<b>“{escape(item.term)}”</b>{rest}", st.defn))
            else:
                story.append(p(item.text, getattr(st, item.level), bullet=item.label))
        story.append(Marker(f"sec_{sec.num}_end", marks))
    if layout_two:
        story.append(NextPageTemplate("one"))

    # Schedule with the fee table, on the last page.
    rng = random.Random(f"{seed}:fees")
    fee_section = next((s.num for s in reversed(sections) if s.num > 2), len(sections))
    rows = [
        [str(i + 1), desc, str(rng.randint(3, max(3, fee_section))), str(rng.choice(FEES))]
        for i, desc in enumerate(FEE_SERVICES)
    ]
    table = Table(
        [FEE_HEADER, *rows],
        colWidths=[34, 255, 50, 112],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), fonts.bold, 9.5),
                ("FONT", (0, 1), (-1, -1), fonts.regular, 9.5),
                ("GRID", (0, 0), (-1, -1), 0.6, "black"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )
    story += [
        PageBreak(),
        Marker("schedule", marks),
        centred("SCHEDULE", 12, True, 4),
        centred(f"(Section {fee_section})", 10, False, 4),
        centred("FEES PAYABLE UNDER THIS ACT", 11, True, 14),
        table,
        Marker("table_end", marks),
    ]

    buf = io.BytesIO()
    doc = StatuteDoc(buf, fonts, target_pages)
    doc.build(story)
    pages = doc.page
    toc_pages = list(range(marks["toc_start"], marks["toc_end"] + 1))
    built = Built(
        pdf=buf.getvalue(),
        pages=pages,
        two_col_pages=sorted(set(doc.two_col_pages)),
        toc_pages=toc_pages,
        marks=marks,
        chapters=chapters,
        sections=sections,
        section_chapter=chapter_of,
        table_rows=[FEE_HEADER, *rows],
    )
    built.chapters = [
        {**ch, "first_page": marks.get(f"chap_{ch['num']}", 0)} for ch in built.chapters
    ]
    return built


# --------------------------------------------------------------------------
# Fitting to exactly N pages
# --------------------------------------------------------------------------


def initial_plan(pages: int, seed: int) -> tuple[Plan, list[int]]:
    """A first guess at the chapter sizes for ``pages``; also the two-column page targets."""
    n_chap = 20 if pages >= 150 else max(3, min(20, round(pages / 5)))
    rng = random.Random(f"{seed}:chapters:{pages}")
    body_pages = pages - 2 - max(1, round(pages * 0.03))
    sections_per_page = 1.7
    total = max(n_chap * 2, round(body_pages * sections_per_page))
    two_col = {5, n_chap - 5} if n_chap >= 6 else {n_chap - 2}
    share = TWO_COL_FRACTION / len(two_col)
    targets = [max(2, round(pages * share)) for _ in two_col]
    weights = [rng.uniform(0.6, 1.4) for _ in range(n_chap)]
    weights[0] = 0.0
    rest = total - 3
    sizes = [3]
    other = [c for c in range(1, n_chap) if c not in two_col]
    wsum = sum(weights[c] for c in other)
    two_total = sum(round(t * sections_per_page * 1.1) for t in targets)
    for c in range(1, n_chap):
        if c in two_col:
            sizes.append(round(targets[0] * sections_per_page * 1.1))
        else:
            sizes.append(max(1, round((rest - two_total) * weights[c] / wsum)))
    n_def = 32 if pages >= 100 else 10
    return Plan(sizes, two_col, n_def), targets


def fit(pages: int, seed: int, fonts: Fonts, log: bool = True) -> Built:
    """Build, count and adjust until the PDF has exactly ``pages`` pages.

    Two-column chapters are sized first (to about 13% of the pages), then the
    last chapter grows or shrinks; if no section count hits N exactly, the
    final section's content is swapped for other seeded variants.
    """
    plan, targets = initial_plan(pages, seed)
    two_idx = sorted(plan.two_col)
    last = len(plan.chapter_sizes) - 1
    tried: dict[tuple[int, ...], int] = {}
    for attempt in range(40):
        t0 = time.perf_counter()
        built = build(plan, seed, pages, fonts)
        key = (*plan.chapter_sizes, plan.last_variant)
        tried[key] = built.pages
        if log:
            print(
                f"  build {attempt + 1}: {sum(plan.chapter_sizes)} sections, "
                f"{built.pages} pages, {len(built.two_col_pages)} two-column "
                f"({time.perf_counter() - t0:.1f} s)",
                file=sys.stderr,
            )
        # 1. Size each two-column chapter to its page target (within one page).
        moved = False
        for c, target in zip(two_idx, targets, strict=True):
            have = sum(
                1
                for pg in built.two_col_pages
                if built.chapters[c]["first_page"] <= pg
                and (c + 1 >= len(built.chapters) or pg < built.chapters[c + 1]["first_page"])
            )
            if abs(have - target) > (0 if attempt < 3 else 1) and attempt < 8:
                per_page = plan.chapter_sizes[c] / max(1, have)
                delta = round((target - have) * per_page)
                if delta == 0:
                    delta = 1 if target > have else -1
                plan.chapter_sizes[c] = max(1, plan.chapter_sizes[c] + delta)
                moved = True
        if moved:
            continue
        if built.pages == pages:
            return built
        # 2. Grow or shrink the last chapter.
        body = max(1, built.pages - 2 - len(built.toc_pages))
        per_page = sum(plan.chapter_sizes) / body
        delta = round((pages - built.pages) * per_page * 0.9)
        if delta == 0:
            delta = 1 if pages > built.pages else -1
        new_size = max(1, plan.chapter_sizes[last] + delta)
        probe = list(plan.chapter_sizes)
        probe[last] = new_size
        if (*probe, 0) in tried or abs(delta) == 1:
            # Step by one; if we straddle N, vary the final section instead.
            up = list(plan.chapter_sizes)
            up[last] += 1
            down = list(plan.chapter_sizes)
            down[last] -= 1
            p_up = tried.get((*up, 0))
            p_down = tried.get((*down, 0))
            straddle = (built.pages < pages and p_up is not None and p_up > pages) or (
                built.pages > pages and p_down is not None and p_down < pages
            )
            if straddle or plan.last_variant:
                plan.last_variant += 1
                if plan.last_variant > 25:
                    break
                continue
            plan.chapter_sizes[last] += 1 if pages > built.pages else -1
        else:
            plan.chapter_sizes[last] = new_size
            plan.last_variant = 0
    raise SystemExit(f"could not lay out exactly {pages} pages (last: {built.pages})")


# --------------------------------------------------------------------------
# Truth and CLI
# --------------------------------------------------------------------------

WORD_RE = re.compile(r"[A-Za-z0-9]+")


def truth(built: Built, seed: int, fonts: Fonts) -> dict[str, Any]:
    """The ground truth: sections (number, heading, pages, body), two-column pages, table."""
    two = set(built.two_col_pages)
    secs: list[dict[str, Any]] = []
    for sec, c in zip(built.sections, built.section_chapter, strict=True):
        first = built.marks[f"sec_{sec.num}_start"]
        last = built.marks[f"sec_{sec.num}_end"]
        secs.append(
            {
                "num": str(sec.num),
                "heading": sec.heading,
                "chapter": str(c + 1),
                "first_page": first,
                "last_page": last,
                "two_column": all(pg in two for pg in range(first, last + 1)),
                "text": sec.body_text(),
            }
        )
    body_words = sum(len(WORD_RE.findall(s["text"])) + 3 for s in secs)
    return {
        "schema": "lawreview-bench/statute-truth@1",
        "generator": "benchmarks/gen_statute.py",
        "seed": seed,
        "pages": built.pages,
        "font": fonts.regular,
        "title": ACT_TITLE,
        "act_number": ACT_NUMBER,
        "toc_pages": built.toc_pages,
        "body_pages": [built.marks["body_start"], built.marks["schedule"] - 1],
        "two_column_pages": built.two_col_pages,
        "body_words": body_words,
        "chapters": built.chapters,
        "definitions": [
            i.term for s in built.sections if s.num == 2 for i in s.items if i.term is not None
        ],
        "sections": secs,
        "table": {
            "page": built.marks["schedule"],
            "rows": built.table_rows,
        },
    }


def main(argv: list[str] | None = None) -> int:
    """CLI: write the PDF and ``<out>.truth.json``; print a one-line summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300, help="exact page count (>= 12)")
    ap.add_argument("--out", type=Path, required=True, help="output PDF path")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.pages < 12:
        ap.error("--pages must be at least 12")
    t0 = time.perf_counter()
    fonts = register_fonts()
    built = fit(args.pages, args.seed, fonts, log=not args.quiet)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(built.pdf)
    data = truth(built, args.seed, fonts)
    truth_path = Path(f"{args.out}.truth.json")
    truth_path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    n2 = len(data["two_column_pages"])
    print(
        f"{args.out}: {built.pages} pages, {len(data['sections'])} sections, "
        f"{len(data['chapters'])} chapters, {n2} two-column pages "
        f"({n2 / built.pages:.0%}), ~{data['body_words'] / built.pages:.0f} body words/page, "
        f"font {fonts.regular}, {len(built.pdf) / 1e6:.2f} MB, "
        f"{time.perf_counter() - t0:.1f} s; truth: {truth_path}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
