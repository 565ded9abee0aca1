"""Paragraphs of a `Document` into a tree of provisions.

The parser never refuses input: any text yields a (possibly flat or empty)
tree, and what looks wrong is reported as a warning, not an exception.

Depth is decided from the whole sequence, not line by line:
- containers (Book, Part, Title, Chapter, Division, civil-law Section) nest in
  the order they first appear; a container of a kind already open closes it
  and everything inside it;
- units are the articles or sections of the law (which word makes a unit is
  read from the whole document first, so "Section 1" is a container in a law
  of Articles and a unit in a law of Sections); a bare "12." is a section in
  a law without unit words when it follows the current section's number;
- sub-markers ((1), (a), (i), 1., a)) nest by the order their styles first
  appear in a unit; a style already open is a sibling. "(i)" after "(h)" is a
  letter when "(j)" follows and a roman numeral when "(ii)" follows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from lawreview.amendment_notes import (
    GAZETTE_AMENDMENT_NOTE,
    MARGIN_AMENDMENT_NOTE,
    ROUND_AMENDMENT_NOTE,
)
from lawreview.model import Paragraph, Provision
from lawreview.structure.definitions import listed_definition
from lawreview.structure.markers import (
    CFR_SECTION,
    INSTRUMENT,
    PREFIXES,
    STATE_SECTION,
    UNIT,
    WORD_ARTICLE,
    Marker,
    clean_num,
    read_marker,
    roman_value,
)

SUB_KINDS = {
    "paren_digit": "subsection",
    "paren_lower": "paragraph",
    "paren_roman": "subparagraph",
    "paren_upper": "item",
    "paren_double": "item",
    "alpha_right": "point",
    "alpha_dot": "point",
    "digit_right": "point",
    "digit_degree": "point",
    "digit_hyphen": "point",
    "upper_hyphen": "paragraph",
    "digit_slash": "subsection",
    "fraction": "clause",
    "paragraph_sign": "paragraph",
}
LOOKAHEAD = 40
"""Paragraphs looked ahead to decide whether "(i)" is a letter or a numeral."""


@dataclass
class Node:
    """A provision while the tree is being built (mutable; frozen at the end)."""

    kind: str
    num: str | None
    heading: str | None
    style: str
    page: int
    start: int
    end: int
    page_end: int = 0
    texts: list[tuple[str, int]] = field(default_factory=list)
    """The provision's own text pieces, each with its offset in the document."""
    children: list[Node] = field(default_factory=list)

    def add_text(self, text: str, offset: int, page: int) -> None:
        if text:
            self.texts.append((text, offset))
        self.extend(offset + len(text), page)

    def extend(self, end: int, page: int) -> None:
        self.end = max(self.end, end)
        self.page_end = max(self.page_end, page, self.page)


@dataclass(frozen=True)
class ParsedTree:
    """The parser's result: frozen provisions, the own-text pieces of each
    (for definitions and references), the style recognised, and warnings."""

    provisions: tuple[Provision, ...]
    texts: dict[str, tuple[tuple[str, int], ...]]
    style: str
    warnings: tuple[str, ...]


def instrument_lines(paragraphs: Sequence[Paragraph]) -> frozenset[int]:
    """The paragraphs that open each instrument of a document holding several
    (a decree and an order published together in an Official Journal): their
    designation lines, when at least two different ones are printed. A single
    instrument, or one whose designation is repeated (cover and body), has none."""
    found = [(index, p.text.strip()) for index, p in enumerate(paragraphs)]
    found = [(index, text) for index, text in found if INSTRUMENT.match(text)]
    if len({text for _, text in found}) < 2:
        return frozenset()
    return frozenset(index for index, _ in found)


def unit_words(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """The words that make units in this law, read from the whole document."""
    counts: Counter[str] = Counter()
    for paragraph in paragraphs:
        if EDITORIAL_NOTE.match(paragraph.text):
            continue  # "Section 92D: inserted, on ..." is a history note, not a unit
        match = (
            CFR_SECTION.match(paragraph.text)
            or UNIT.match(paragraph.text)
            or STATE_SECTION.match(paragraph.text)
            or WORD_ARTICLE.match(paragraph.text)
        )
        if match:
            word = match.group("word").lower().rstrip(".")
            counts[{"art": "article", "sec": "section"}.get(word, word)] += 1
    if counts["article"] >= 2:
        return frozenset({"article"})
    if counts["§"] >= 2:
        return frozenset({"§"})
    if counts["section"] >= 2:
        return frozenset({"section"})
    return frozenset()


SELF_CITATION = (
    r"\s+[0-9]+[A-Za-z]?(?:\([0-9A-Za-z]{1,4}\))*\s+of\s+this\s+"
    r"(?:Proclamation|Law|Act|Code|Decree|Ordinance)\b"
)
"""A unit number followed by "of this Proclamation" (the law citing itself)."""
ARTICLE_CITATION = re.compile(rf"\bArticles?{SELF_CITATION}")
SECTION_CITATION = re.compile(rf"\b[Ss]ections?{SELF_CITATION}")
CONSTITUTION_SELF = re.compile(r"\b[Tt]his\s+Constitution\b")
"""A constitution naming itself ("binds every person and every State organ", "as this
Constitution permits")."""
BARE_ARTICLE_CITATION = re.compile(
    r"\bArticles?\s+[0-9]+[A-Za-z]?\b"
    r"(?!\s*(?:\([0-9A-Za-z]{1,4}\)\s*)*of\s+(?:the|that|a|an|any)\b)"
)
"""An Article cited by its number alone ("as Article 25 permits", "Article 32(3)"), not
an article of another instrument ("Article 4 of the Human Rights Convention")."""


def bare_unit_kind(paragraphs: Sequence[Paragraph]) -> str:
    """The kind of a bare-numbered unit ("4. Trafficking in Persons") in a law
    whose units carry no word: an article where the law cites its own units as
    articles ("Article 4 of this Proclamation"), as Ethiopian-style Proclamations
    do, more often than as sections; a section otherwise (common-law Acts). A
    constitution, which names itself "this Constitution" and prints its Articles
    as bare numbers under their headings ("Children." / "55. (1) ..."), cites them by
    number alone ("as Article 25 permits", "clause (12) of Article 55"): those
    citations count as its own."""
    constitution = sum(len(CONSTITUTION_SELF.findall(p.text)) for p in paragraphs) >= 2
    own_articles = BARE_ARTICLE_CITATION if constitution else ARTICLE_CITATION
    articles = sections = 0
    for paragraph in paragraphs:
        articles += len(own_articles.findall(paragraph.text))
        sections += len(SECTION_CITATION.findall(paragraph.text))
    return "article" if articles >= 2 and articles > sections else "section"


HEADING_END = re.compile(r"[.,;:]$")
EMPOWERING = re.compile(
    r"^(?:\((?:see\s+|introduced\s+by\s+)?(?:sub)?(?:sections?|ss?\.|articles?|arts?\.|§)"
    r"\s*[\w().,\s-]{1,30}\)"
    r"|\[(?:see\s+)?(?:sub)?(?:sections?|ss?\.|articles?|arts?\.|rules?|§)\s*[\w().,&\s-]{1,30}\]"
    r"|(?:Sub)?[Ss]ections?\s+[0-9][\w(),\s-]{0,30}\.)$",
    re.I,
)
"""A schedule's reference to the provision it serves: "(Section 32)", "(s. 20)",
"[Subsection 5(2)]" (in square brackets, as Malaysian-style Acts print it; "[ss. 159A &
159D]" as a Hong Kong-style Ordinance prints it),
"[See sections 20 and 33]" (as Indian-style Acts print it; "[See rule 4(1)]" under a form of
Indian-style rules), "Section 20." (unbracketed, closed
by a full stop, as Irish-style Acts print it under the schedule's number), "(introduced by section
27)" (as Scottish-style Acts print it under "SCHEDULE")."""
SCHEDULE_PARAGRAPH = re.compile(r"^(?P<num>[0-9]{1,3}[A-Z]?)\s+(?P<rest>[A-Z(].*)$")
"""A schedule's paragraph numbered as the sections of a UK-style Act are, with no dot after
the number ("1 (1) The Criminal Procedure (Dunmarra) Act 1996 is amended as follows.", "2
Sections 22 and 23 of ... are repealed."), as a Scottish-style Act prints its schedule."""
AMENDMENT_NOTE = re.compile(
    r"^(?:Modified|Amended|Created|Inserted|Replaced)\s+by\s+"
    r"(?:Law|Act|Decree|Ordinance|Order)\b.{0,120}$"
)
"""A consolidated code's note under an article number ("Modified by Law No.
2024-211 of 3 April 2024 - art. 7"): text of the article, never its heading."""
ILLUSTRATIONS = re.compile(r"^Illustrations?\.?$")
"""The line that opens the illustrations of an Indian-style section: the lettered
"(a) A, a placement agent, ..." paragraphs after it are text of the section."""
NOTES = re.compile(
    r"^(?:(?:Notes?|PARAGRAPH(?:\s+[0-9]+)?|PAR[ÁA]GRAFO(?:\s+[0-9]+)?)\.(?:\s|$)"
    r"|Note(?:\s+[0-9]{1,2})?\s?[-\u2013]\s)"
)
"""A post-Soviet code's "Note." or "Notes. 1. ..." paragraph after an article:
the note and the numbered notes after it are text of the article, not parts.
A Latin American code's proviso ("PARAGRAPH." / "PARAGRAPH 1.", the parágrafo,
in capitals) closing an article is text of the article in the same way, not of
its last numeral. An Iranian-style law's note (tabsareh) after an article, "Note- ..."
or "Note 1- ...", "Note 2- ..." with a hyphen, is text of the article it follows
("Note 2 of Article 7"), not of the article's last clause or item."""
QUOTATION_OPEN = re.compile(r'^\s*["\u201c\u201e\u00ab]')
"""A paragraph opening with a quotation mark (or a guillemet «): perhaps the first paragraph of text
quoted by an amending provision ("the following section substituted therefor:—"
then the new section in quotation marks)."""


def quote_marks(text: str) -> int:
    """The double quotation marks in a paragraph (curly ones are made straight
    when a document is read; both are counted here), and the guillemets a Spanish-style
    law quotes the articles it amends in ("«Article 183. ...»")."""
    return sum(text.count(mark) for mark in '"\u201c\u201d\u201e\u00ab\u00bb')


def opens_quotation(text: str) -> bool:
    """Whether a paragraph opens a quotation that runs on into the next paragraphs:
    it starts with a quotation mark and leaves one open (an odd number of marks).
    A quoted definition ('"child" means ...') or a one-paragraph quotation closes
    its marks in the paragraph and opens nothing."""
    return bool(QUOTATION_OPEN.match(text)) and quote_marks(text) % 2 == 1


def closes_quotation(text: str) -> bool:
    """Whether a paragraph of an open quotation closes it: an odd number of quotation marks.
    French-style printing (a Moroccan-style law inserting articles into a code) repeats the
    opening guillemet at the head of every quoted paragraph ("« Article 448-2. - ...",
    "« 1° against a child;") and sets the closing one only after the last: there the leading
    « continues the quotation, and the paragraph closes it only with a closing » left
    unmatched ("... to trafficking in human beings. »")."""
    body = text.lstrip()
    if body.startswith("\u00ab"):
        return body.count("\u00bb") > body.count("\u00ab") - 1
    return quote_marks(text) % 2 == 1


QUOTED_SECTION = re.compile(r'^\s*"(?=(?:SEC\.|SECTION)\s*[0-9])')
"""The first paragraph of a section of another Act quoted in full by a Philippine-style
amending Act ('"SEC. 12-A. Hours of Work of a Working Child. - ...'), right after the
amending section that carries it ("A new section to be known as Section 12-A is hereby
inserted ... to read as follows:")."""


LIST_INTRO = re.compile(r"(?:[\u2013\u2014:;]|-|\b(?:or|and))\s*$")
"""How a paragraph that introduces or continues a list ends ("who—", "means:")."""


EDITORIAL_NOTE = re.compile(
    r"(?:Commencement Information|Textual Amendments|Modifications etc\.(?: \(not altering text\))?"
    r"|Extent Information|Marginal Citations|Editorial Information)$"
    r"|[IFCEMX]\d+\s+(?:S|Ss|Sch|Pt|Para|Art|Reg)\.\s"
    r"|R\.S\.(?:[A-Z]\.)?,\s+(?:\d{4},\s+)?c\.\s"
    r"|(?:Section|Schedule|Part)\s+[0-9]+[A-Z]{0,3}(?:\([0-9A-Za-z]{1,4}\))*(?:\s[^:]{1,80})?:\s+"
    r"(?:inserted|replaced|amended|added|repealed|substituted|renumbered|omitted),\s"
    r"|Compare:\s+[0-9]{4}\s+No\s"
    r"|(?:Added|Amended|Renumbered|Redesignated|Transferred)\s+by(?::|\s+Acts\s+\d{4},)"
    r"|Acts\s+\d{4},\s+\d{1,3}(?:st|nd|rd|th)\s+Leg\.,"
    r"|History\.[\u2014\u2013-]\s*ss?\.\s+[0-9]"
    r"|\[(?:s|ss|ch|pt|sch)\s+[0-9]+[A-Z]{0,3}(?:\([0-9A-Za-z]{1,4}\))*\s[^\[\]]{0,80}?"
    r"\b(?:ins|amd|sub|om|reloc|renum|exp)\s[^\[\]]*\]$"
    r"|[0-9]{1,2}\.\s+(?:Ins\.|Subs\.|Omitted|Rep\.)\s+by\s+Act\s+[0-9]{1,3}\s+of\s+[0-9]{4},\s+s\.\s"
    rf"|{MARGIN_AMENDMENT_NOTE.pattern}"
    rf"|{GAZETTE_AMENDMENT_NOTE.pattern}"
)
"""An editor's note printed after a provision on a consolidation site: the
heading of a block of annotations ("Commencement Information", "Textual
Amendments") and its lines ("I1 S. 1 in force at ...", "F2 S. 3A inserted ..."),
or a history note ("R.S., 1985, c. C-46, s. 2; 2001, c. 27, s. 245."; as a New
Zealand-style reprint prints them, "Section 92D(1): replaced, on 14 December 2016,
by section 7 of ...", "Section 2(1) young person: inserted, on ...", and the source
of an old section, "Compare: 1912 No 19 s 205"; a US state code's source note after a
section, "Added by Acts 2011, 82nd Leg., R.S., Ch. 1, Sec. 2.08, eff. September 1,
2011.", "Amended by:" and the lines under it, "Acts 2019, 86th Leg., R.S., Ch. 421
(S.B. 1201), Sec. 4, eff. September 1, 2019."; an Australian state code reprint's note in
square brackets after a section, "[s 206A ins 2003 No. 19 s 10]", "[s 1 def young person
ins 2003 No. 19 s 3]", "[ch 22A ins 2005 No. 43 s 7]": ins, amd, sub, om = inserted,
amended, substituted, omitted; a Florida-style statutes section's History note, "History.—s.
3, ch. 2006-118; s. 5, ch. 2013-74.", citing the session laws by section and chapter-law
number; a Caribbean-style Act's margin note of the amending Act, "4/2012 S. 3."; a Mexican-style
consolidated law's note of the decree that reformed a provision, "Article reformed DOF
19-03-2014"; an Indian-style compilation's footnote of the amending Act at the foot of a
page, "1. Ins. by Act 11 of 2021, s. 4 (w.e.f. 1-4-2021).", "2. Subs. by Act 11 of 2021,
s. 7, for ...", numbered as a section is)."""


SIGNING_FORMULA = re.compile(
    r"(?:Done|Given|DONE|GIVEN)\s+(?:at|in|AT|IN)\s+(?:the\s+|THE\s+)?[A-Z]"
    r"|Made by (?:His|Her) Majesty\b"
    r"|This (?:Law|Code|Act|Proclamation|Order) was passed\b"
    r"|I hereby sign\b|Issued by us\b|Royal Palace,|Approved:|Approved,$|PUBLISH AND EXECUTE\b"
    r"|I (?:hereby )?certify,? (?:in accordance with|that)\b"
    r"|(?:CHAIRM[AE]N|CHAIRWOMAN|CHAIRPERSON|PRESIDENT|SPEAKER)\s+OF\s+THE\s+[A-Z][A-Z ,'-]*$"
    r"|Endnotes$"
)
"""The closing formula after a law's last provision ("Done at Finfara, this 12th
day of March, 2025.", "This Law was passed on ... by the National Assembly",
"CHAIRMAN OF THE NATIONAL ASSEMBLY", the Clerk's certificate that the text is a true
copy of the Bill passed, "I certify, in accordance with Section 2 (1) of the Acts
Authentication Act, ...", the "Approved," alone on its line above the signatures of a
Philippine-style Republic Act's Speaker and Senate President; the "Endnotes" line alone
that opens the back matter of an Australian-style compilation, over "Endnote 1—About the
endnotes", the abbreviation key and the legislation and amendment histories): it and the
signatures (or the endnotes) after it are no provision's words."""


ENACTING_WORDS = re.compile(
    r"^(?:HEREBY|Hereby)\s+(?:DECIDES?|DECREES?|ORDERS?|PROMULGATES?|ISSUES?"
    r"|decides?|decrees?|orders?|promulgates?|issues?)\s*:?$"
)
"""The words of decision alone on their line between the visas and the first article of a
ministerial regulation ("HEREBY DECIDES" over "Article 1: This Prakas aims ..." in a
Cambodian-style Prakas): the enacting formula, never the heading of the article below it."""


def is_heading_like(text: str) -> bool:
    """A short unnumbered line that reads as a title, not as a sentence. A line
    wholly in square brackets is an editorial or amendment note printed after a
    provision ("[Inserted by Act of 1 July 2009, Bulletin of Acts 2009, 245]",
    "[Act 8 of 2021 wef 01/04/2021]"), never the heading of the unit below it; nor
    is an amendment note in round brackets ("(Added 19 of 2015 s. 5)"), nor the note
    that an article was deleted ("(Deleted)" under "Article 20"), nor a code's penalty line
    ("Penalty: Imprisonment for a term not exceeding two years.")."""
    words = text.split()
    stripped = text.strip()
    return (
        0 < len(words) <= 14
        and not HEADING_END.search(text)
        and not text[:1].islower()
        and not text.endswith(("—", "-", "–"))
        and not (stripped.startswith("[") and stripped.endswith("]") and "[" not in stripped[1:])
        and not ROUND_AMENDMENT_NOTE.match(stripped)
        and not DELETED.match(stripped)
        and not PENALTY_LINE.match(stripped)
    )


PENALTY_LINE = re.compile(r"^(?:Maximum\s+)?[Pp]enalty\s*(?::|[-\u2013\u2014]\s)")
"""The penalty line that closes an offence in a Griffith-style code ("Penalty: Imprisonment
for a term not exceeding two years.", "Penalty: Subject to Section 20, imprisonment for
life."): text of the provision it closes, never the heading of the section below it, even
where that section's own line has none ("216. [Repealed.]", Tavuru); so is a Brazilian-style
statute's penalty line after a spaced hyphen ("Penalty - reclusion, from 4 (four) to 8 (eight)
years, and fine."), above the next article."""


def unbracket(heading: str) -> str:
    """A heading printed in round brackets above its article, as Japanese-style
    statutes print it ("(Purpose)"), without the brackets."""
    inner = heading.strip()
    if inner.startswith("(") and inner.endswith(")") and "(" not in inner[1:-1]:
        return inner[1:-1].strip() or heading
    return heading


BRACKETED_HEADING = re.compile(r"^\s*\((?P<head>[A-Z][^()]{2,100})\)(?:\s+|$)")
"""A Korean-style heading in round brackets on the number's line, the text
following on the same line: "Article 1 (Purpose) The purpose of this Act ..."."""
DELETED = re.compile(
    r"^(?:(?:Deleted|Repealed)\s*(?:[.<\[]|$)"
    r"|\((?:[Rr]epealed|[Dd]eleted|[Oo]mitted|[Ee]xcluded)(?:\s[^()]{1,80})?\)$)"
)
"""An article kept only as a number, "Article 9 Deleted. <Jan. 14, 2025>", or a section
whose number stands with the note of the Ordinance that repealed it in brackets, "143.
(Repealed 38 of 1992 s. 3)", or an article whose number stands alone with "(Deleted)" on
the line below, as a law and regulations database prints it ("Article 20" / "(Deleted)"),
or with the note of the Law that excluded it, as a Central Asian-style law in official
translation prints it ("Article 28." / "(excluded by the Law of 24.11.2015 No. 421-V)"), or
with the word in lower case on the number's line, as a Polish-style code in translation keeps
a repealed article ("Art. 204a. (repealed)"):
text, not a heading, neither of the article nor of the one below it. A heading that opens
with the word ("34. Repealed Laws") is a heading."""


def is_long_title(text: str) -> bool:
    """A title of fifteen to twenty-four words alone on a unit's line, with no closing
    punctuation, as a Central Asian-style law in official translation prints its longer
    article headings ("Article 52. Responsibility for violation of the legislation of the
    Republic of Altynsay on the rights of the child"): one phrase opening with a capital,
    not like a sentence, with no verb of a sentence and no brackets. Shorter lines are
    read by `is_heading_like`; a sentence or a list intro on the unit's line ends with a
    stop or a colon and stays text."""
    words = text.split()
    return (
        14 < len(words) <= 24
        and text[:1].isupper()
        and not HEADING_END.search(text)
        and not text.endswith(("—", "-", "–", ")"))
        and not any(mark in text for mark in '()[]"“”;:')
        and words[0] not in SENTENCE_OPENERS
        and not has_sentence_verb(words)
    )


SENTENCE_VERBS = frozenset(
    "shall may must is are was were be been means includes include applies apply "
    "has have does do will can cannot refers refer comes come enters enter takes "
    "extends remains governs prevails binds repeals amends establishes".split()
)
"""Words that make a short line a sentence (text), not a title closed by a dot."""


def has_sentence_verb(words: list[str]) -> bool:
    """Whether any of a line's words is a verb of a sentence (`SENTENCE_VERBS`)."""
    return bool(SENTENCE_VERBS & {word.lower().strip(",;") for word in words})


SENTENCE_OPENERS = frozenset(
    "This These Every Each No Any All A An It Whoever Where When If Nothing Such".split()
)
"""First words of a sentence that a title does not open with."""
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
"""A verb right after one of these is in a relative clause of a title ("Paying for a
sexual act with a person who is not an adult"), not the verb of a sentence."""


PROMULGATION_ORDERS = frozenset({"Communicate", "Publish"})
"""First words of the last article of a Latin American law, a sentence of its own
("ARTICLE 30 — Communicate to the National Executive Power."): never a title."""


COLON_HEADING = re.compile(r"^\s*(?P<head>[^.;:()\"'\u201c\u201d]{2,90}?):\s+(?=[A-Z(\"'\u201c])")
"""A Nepali-style section's heading closed by a colon, the text (or the first
"(1)") following on the same line: "1. Short title and commencement: (1) This Act
may be called ...", "4. Consent not to be a defence: An offence under ..."."""


DOT_HEADING = re.compile(
    r"^\s*(?P<head>[^.;:()\"'\u201c\u201d\u2013\u2014]{2,90}?)\.\s+(?=[A-Z(\"'\u201c])"
)
"""A run-in heading closed by a dot, the text following on the same line, as Latin
American laws print it: "ARTICLE 1° — Object. This law aims to ...". Taken only when
the words before the dot read as a title (`is_colon_title`)."""


def is_colon_title(head: str) -> bool:
    """Whether the words before a colon on a unit's line are a title, not the start
    of a sentence ("The Committee shall have the following functions: (a) ...")."""
    words = head.split()
    return (
        is_heading_like(head)
        and len(words) <= 10
        and head[:1].isupper()
        and words[0] not in SENTENCE_OPENERS
        and not (SENTENCE_VERBS - {"be", "been"}) & {word.lower().strip(",") for word in words}
    )


def reads_as_title(text: str) -> bool:
    """Whether a heading-like line is a title, not the start of a sentence broken
    by a line end ("This Revised Edition incorporates ... up to and including" above
    "1 October 2025 and ..."): it opens with no sentence opener and has no verb of
    a sentence (a verb in a relative clause, "a person who is not an adult", is not
    one)."""
    words = text.split()
    verbs = {
        word.lower().strip(",")
        for index, word in enumerate(words)
        if index == 0 or words[index - 1].lower() not in RELATIVE_PRONOUNS
    }
    return bool(words) and words[0] not in SENTENCE_OPENERS and not (SENTENCE_VERBS & verbs)


INFINITIVE_BE = re.compile(r"\b(?:not\s+)?to\s+be\b")
"""An infinitive "to be" in a marginal note ("Best interest of a child to be a primary
consideration in all actions.", "Punishments not to be imposed.", as a Nigerian-style Act
prints them): the note's own words, not the verb of a sentence."""


def is_dotted_title(text: str) -> bool:
    """A marginal note closed by a dot, printed on its own line above a section, as
    Brunei-style Orders print it ("Citation, commencement and long title." above
    "1. (1) This Order ..."): one short phrase that reads as a title, with no other
    full stop inside and no verb of a sentence (an infinitive "to be" is none)."""
    stripped = text.strip()
    if not stripped.endswith(".") or stripped.endswith("..") or ". " in stripped:
        return False
    head = stripped[:-1]
    return (
        is_heading_like(head)
        and head[:1].isupper()
        and reads_as_title(INFINITIVE_BE.sub("to", head))
    )


def dotted_marginal_notes(paragraphs: Sequence[Paragraph], words: frozenset[str]) -> bool:
    """Whether the law prints its marginal notes as dotted titles above its sections:
    at least three such lines each right above a numbered section, so that a single
    short sentence above a section ("Y." above "34. Repealed.") stays text."""
    count = 0
    notes = [p for p in paragraphs if not MARGIN_AMENDMENT_NOTE.match(p.text.strip())]
    for above, below in pairwise(notes):
        if is_heading_like(above.text) or not is_dotted_title(above.text):
            continue
        marker = read_marker(below.text, unit_words=words, after_heading=True)
        if marker and marker.style in ("unit", "bare"):
            count += 1
    return count >= 3


def run_in_dot_headings(paragraphs: Sequence[Paragraph], words: frozenset[str]) -> bool:
    """Whether the law prints its units' headings run in and closed by a dot, the
    text following on the number's line ("ARTICLE 1° — Object. This law aims ..."):
    at least three units whose line opens so, or every unit of a law of fewer. A
    single short first sentence that reads like a title is text, as PRC-style
    articles open ("Article 4  The State prohibits the use of child labour. No
    employing unit ..."), among articles whose lines open with sentences."""
    units = dotted = 0
    for paragraph in paragraphs:
        marker = read_marker(paragraph.text, unit_words=words)
        if marker is None or marker.style != "unit":
            continue
        units += 1
        if split_unit_rest(marker.rest) != split_unit_rest(marker.rest, dot_headings=False):
            dotted += 1
            if dotted >= 3:
                return True
    return 0 < dotted == units


CATCHLINE = re.compile(r"^(?P<head>[A-Z][^.:\u2014]{1,150}?)\.\u2014(?=\S)")
"""A Florida-style statutes section's catchline, run in after its number and closed by a
dot and an em dash before the text ("Penalties; sentences of imprisonment.—(1) ...",
"Child abuse; aggravated child abuse; neglect.—(1) ..."): semicolons may part it."""


GAZETTE_ISSUE = re.compile(r"^No\.\s*[0-9]+\]?$")
"""A Gazette issue number alone on its line ("No. 47"): the line after the Gazette's
own "PART II" in a masthead, which is then not a Part of the law."""

ACT_DESIGNATION = re.compile(
    r"^(?:ACT|ORDINANCE)\s+NO\.?\s*(?:[0-9]+|[IVXLCDM]+)\s+OF\s+[0-9]{4}\.?$", re.IGNORECASE
)
"""The designation line of an Act or Ordinance as a Gazette prints it ("ACT NO. XXXIV OF
2018"): a Part opened above it, before any provision, is the Gazette's own part."""


ACT_TITLE = re.compile(r"^THE\s+[A-Z][A-Z '()&-]*\sACT$")
"""The title of an Act in capitals on a line of its own, with its article ("THE LAW OF
THE CHILD ACT"); a Chapter's own title ("DEFINITIONS, OBJECTS AND SCOPE OF ACT") is not
one."""


CAPITALS_TITLE = re.compile(r"^[A-Z][A-Z ,'()&-]*[A-Z)]$")
"""A title in capitals on a line of its own, with no number and no full stop."""
LONG_TITLE = re.compile(r"^(?:AN\s+ACT|An\s+Act)\s+(?:TO|to|FOR|for)\s")
"""The opening words of an Act's long title ("AN ACT TO RESTRICT ...", "An Act to ...")."""


TRAILING_NOTE = re.compile(
    r"\s*\((?:[Nn]ew|[Aa]mended|[Rr]epealed|[Aa]dded|[Rr]evised|[Ii]nserted)\)\s*$"
)
"""The amendment note a revised Lao-style law prints after an article's heading
("Article 2 Human Trafficking (Amended)", "Article 13 ... (New)"): neither part of
the heading nor of the number, as Tavrin's "Article 12 (new): ..." before it."""


LEADING_NOTE = re.compile(r"^\s*\((?:[Nn]ew|[Aa]mended|[Rr]evised|[Aa]dded|[Ii]nserted)\)\s+(?=\S)")
"""The amendment note that some translations of revised Lao-style laws print between
the article's number and its heading ("Article 1 (Amended) Objectives", "Article 3
(New) Explanation of Terms"): in round brackets like a Korean-style heading, it is
neither the heading nor part of the number; the heading follows it."""


def without_note(heading: str | None) -> str | None:
    """A heading without the amendment note printed after it."""
    if heading is None:
        return None
    return TRAILING_NOTE.sub("", heading).strip() or heading


def split_unit_rest(
    rest: str, *, dot_headings: bool = True, after_colon: bool = False
) -> tuple[str | None, str, int]:
    """A unit's text after its number as (heading, text, offset of text in rest).

    "Offence of trafficking" is a heading; "Short title.—(1) This Act..." is a
    heading then text; "(Purpose) The purpose ..." is a heading in brackets then
    text; "Whoever recruits ..." and "Deleted. <Jan. 14, 2025>" are text only.
    `dot_headings`: whether the law prints run-in headings closed by a dot
    ("Object. This law aims ..."; see `run_in_dot_headings`).
    `after_colon`: whether a colon parts the number from the rest ("Article 2: text"),
    as francophone laws print their articles. A title after a colon has no final dot
    ("Article 8: Definition of Unlawful Removal"), so a line closed by a dot there is
    a title only when it is short and has no verb of a sentence: "Article 24: Adoption
    may be full or simple." and "Article 87: The children's judge and the children's
    court sit in closed session." are the articles' first paragraphs, not titles, while
    a longer line alone after a dot still is one ("Article 35. Minimum age ... of
    adolescents.").
    """
    stripped = rest.strip()
    if not stripped:
        return None, "", len(rest)
    note = LEADING_NOTE.match(rest)
    if note:
        heading, text, text_at = split_unit_rest(rest[note.end() :], dot_headings=dot_headings)
        return heading, text, note.end() + text_at
    if stripped[0] in "\"'":
        return None, rest, 0  # a quoted term opens a definition ('"Minors" refer to ...')
    if DELETED.match(stripped):
        return None, rest, 0
    bracketed = BRACKETED_HEADING.match(rest)
    if bracketed and is_heading_like(bracketed.group("head").strip()):
        return bracketed.group("head").strip(), rest[bracketed.end() :], bracketed.end()
    # The dash may close the line after a heading's full stop: a long heading that fills it
    # ("SEC. 31. Confidentiality of Records and Privacy of the Child in Child Abuse Cases. –")
    # leaves its text, or its first lettered paragraph, to the next line, which a PDF makes a
    # paragraph of its own. Without the stop, a dash closing the line ends the words that
    # introduce a list ("10. In this Part—"), no heading.
    old_style = re.match(
        r"^(?P<head>[^.;:]{2,90}?)\s*(?P<stop>[.:]?)\s*[\u2013\u2014]\s*(?=\S|$)", rest
    )
    if (
        old_style
        and is_heading_like(old_style.group("head"))
        and not old_style.group("head").startswith("(")
        # A dash inside brackets is not the one closing a heading: "Section 61
        # (extended geographical jurisdiction — category B) applies ..." is text.
        and old_style.group("head").count("(") == old_style.group("head").count(")")
        and ("," not in old_style.group("head") or old_style.group("stop") == ".")
        and (rest[old_style.end() :].strip() or old_style.group("stop") == ".")
    ):
        return old_style.group("head").strip(), rest[old_style.end() :], old_style.end()
    colon_style = COLON_HEADING.match(rest)
    if colon_style and is_colon_title(colon_style.group("head")):
        return colon_style.group("head").strip(), rest[colon_style.end() :], colon_style.end()
    dot_style = DOT_HEADING.match(rest) if dot_headings else None
    if (
        dot_style
        and is_colon_title(dot_style.group("head"))
        and dot_style.group("head").split()[0] not in PROMULGATION_ORDERS
    ):
        return dot_style.group("head").strip(), rest[dot_style.end() :], dot_style.end()
    if is_heading_like(stripped):
        return stripped, "", len(rest)
    words = stripped.split()
    if is_long_title(stripped):
        return stripped, "", len(rest)
    if (
        stripped.endswith(".")
        and stripped[0].isupper()
        and "shall" not in words
        and words[0] not in PROMULGATION_ORDERS
        and (
            (len(words) <= 6 and not (after_colon and has_sentence_verb(words)))
            # A longer title closed by a dot, alone on the unit's line, as Latin
            # American codes print it ("Article 35. Minimum age for admission to
            # work and right to protection at work of adolescents."): one phrase
            # with no verb of a sentence, the text following in its own paragraph.
            or (
                not after_colon
                and is_heading_like(stripped[:-1])
                and ". " not in stripped
                and words[0] not in SENTENCE_OPENERS
                and not has_sentence_verb(words)
            )
        )
    ):
        return stripped.rstrip(". "), "", len(rest)
    return None, rest, 0


def _next_letter(letters: str) -> str:
    """The letter after `letters` in a list: b after a, aa after z, bb after aa."""
    if letters[-1] == "z":
        return "a" * (len(letters) + 1)
    return chr(ord(letters[-1]) + 1) * len(letters)


DOUBLED_LETTER = re.compile(r"^([a-z])\1$")
"""An item "(aa)", "(bb)" below a sub-paragraph "(i)", as Southern African Acts number
the level under the roman numerals."""


def alpha_style(num: str, open_nodes: Sequence[Node], upcoming: Sequence[str]) -> str:
    """Whether "(x)" continues a list of letters or of roman numerals, or opens an
    item "(aa)" below a roman numeral."""
    value = roman_value(num)
    last_letter = next((n.num for n in reversed(open_nodes) if n.style == "paren_lower"), None)
    last_roman = next((n.num for n in reversed(open_nodes) if n.style == "paren_roman"), None)
    letter_next = last_letter is not None and _next_letter(last_letter) == num
    roman_next = value is not None and value == (roman_value(last_roman or "") or 0) + 1
    if (
        DOUBLED_LETTER.match(num)
        and not letter_next
        and not roman_next
        and any(n.style in ("paren_roman", "paren_double") for n in open_nodes)
    ):
        # "(aa)" under "(ii)" (or "(bb)" after "(aa)"): not the letter after "(z)"
        # of a long list, nor the numeral after "(i)" ("(ii)"), but a deeper item.
        return "paren_double"
    if value is None:
        return "paren_lower"
    if not letter_next and len(num) > 1:
        return "paren_roman"
    if letter_next and not roman_next:
        return "paren_lower"
    if roman_next and not letter_next:
        return "paren_roman"
    if letter_next and roman_next:
        for text in upcoming:
            following = re.match(r"^\(\s*([a-z]{1,4})\s*\)", text)
            if not following:
                continue
            if following.group(1) == _next_letter(num):
                return "paren_lower"
            if roman_value(following.group(1)) == value + 1:
                return "paren_roman"
            break
    return "paren_lower"


def unit_number(num: str | None) -> tuple[int, str] | None:
    match = re.match(r"^([0-9]+)([A-Za-z]*)$", num or "")
    return (int(match.group(1)), match.group(2).lower()) if match else None


def insertion_key(letters: str) -> tuple[str, int]:
    """The order of a section's inserted letters. A doubled "AA" numbers a section
    inserted between a number and its "A" (New Zealand-style drafting: 92, 92AA, 92A,
    92B), so it sorts before "A"; any other letters sort as written."""
    if len(letters) >= 2 and set(letters) == {"a"}:
        return letters[:-1], -1
    return letters, 0


def follows(current: str | None, candidate: str) -> bool:
    """Whether section `candidate` can come after section `current` ("12A"
    after "12", "13" after "12A"; a few numbers may be skipped)."""
    new = unit_number(candidate)
    if new is None:
        return False
    old = unit_number(current)
    if old is None:
        return True
    if new[0] == old[0]:
        return insertion_key(new[1]) > insertion_key(old[1])
    return old[0] < new[0] <= old[0] + 10


def _sequence_value(numbered: Marker | Node) -> int:
    """The value of a bare numeral ("2") or of a fraction's Roman numeral ("II"); 0 if none."""
    num = numbered.num or ""
    if numbered.style == "fraction":
        return roman_value(num.lower()) or 0
    if numbered.style == "upper_hyphen":
        return ord(num) - ord("A") + 1 if len(num) == 1 and num.isupper() else 0
    return int(num) if num.isdigit() else 0


class TreeBuilder:
    """Consumes paragraphs in order and keeps the stacks of open provisions."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.words = unit_words(paragraphs)
        self.bare_kind = "section" if self.words else bare_unit_kind(paragraphs)
        self.instruments = instrument_lines(paragraphs)
        """Paragraphs opening one instrument of several: top-level components."""
        self.dotted_notes = dotted_marginal_notes(paragraphs, self.words)
        """Whether the law prints its marginal notes closed by a dot on their own
        line above the sections ("Interpretation." above "2. (1) ...")."""
        self.dot_headings = run_in_dot_headings(paragraphs, self.words)
        """Whether the law prints its units' headings run in, closed by a dot."""
        self.roots: list[Node] = []
        self.containers: list[Node] = []
        self.unit: Node | None = None
        self.subs: list[Node] = []
        self.pending_heading: str | None = None
        self.headed_sections = False
        """Whether the law's sections are numbered with no dot, the heading on the number's
        line ("1 Offence of human trafficking"): its schedule's paragraphs are numbered so too."""
        self.code_schedule: Node | None = None
        """A schedule opened before any provision ("Schedule 1 The Criminal Code" on the
        cover of a code enacted as its Act's schedule): the code itself, whose sections
        read like the body's (a UK-style "1 Definitions" line is a section there)."""
        self.illustrating = False
        """After an "Illustrations." line: lettered paragraphs are text, not provisions."""
        self.noting = False
        """After a "Note." / "Notes." paragraph: numbered notes are text of the article."""
        self.closing = False
        """After the formula closing the law (`SIGNING_FORMULA`): the signatures, until the
        next numbered provision or schedule. A sub-marker there opens nothing: the note
        "(1) Chamber of Representatives ... Documents: ..." that a Belgian-style gazette
        prints under the signatures, citing the parliamentary papers, is no subsection."""
        self.quoting = False
        """Inside text quoted over several paragraphs (a section an amending Act
        substitutes or inserts): every paragraph is text of the quoting provision."""
        self.amending: Node | None = None
        """The amending section whose quoted section (`QUOTED_SECTION`) is open: the
        quoted section is its child, and the quoted paragraphs are provisions of it."""
        self.index = 0

    # -- helpers ----------------------------------------------------------

    def attach(self, node: Node) -> None:
        parent = self.containers[-1] if self.containers else None
        (parent.children if parent else self.roots).append(node)

    def innermost(self) -> Node | None:
        if self.subs:
            return self.subs[-1]
        if self.unit:
            return self.unit
        return self.containers[-1] if self.containers else None

    def touch(self, end: int, page: int) -> None:
        """Every open provision now reaches `end` on `page`."""
        for node in [*self.containers, *([self.unit] if self.unit else []), *self.subs]:
            node.extend(end, page)

    def upcoming(self) -> list[str]:
        """The texts of the paragraphs after the current one, passing over the margin's
        amendment notes ("4/2012 S. 3."), so that a marginal note still heads the section
        printed below such a note."""
        ahead = self.paragraphs[self.index + 1 : self.index + 1 + LOOKAHEAD]
        return [p.text for p in ahead if not MARGIN_AMENDMENT_NOTE.match(p.text.strip())]

    def take_heading_paragraph(self) -> str | None:
        """The next paragraph as a heading, when it reads as one (consumed). A
        line naming the empowering provision ("(Section 32)") before the heading
        of a schedule is passed over."""
        ahead = self.index + 1
        if ahead < len(self.paragraphs) and EMPOWERING.match(self.paragraphs[ahead].text):
            ahead += 1
        if ahead >= len(self.paragraphs):
            return None
        following = self.paragraphs[ahead].text
        if AMENDMENT_NOTE.match(following):
            return None
        if read_marker(following, unit_words=self.words) or not is_heading_like(following):
            return None
        self.index = ahead
        return following

    # -- the grammar --------------------------------------------------------

    def run(self) -> list[Node]:
        while self.index < len(self.paragraphs):
            paragraph = self.paragraphs[self.index]
            if self.amending is not None or self.opens_quoted_section(paragraph.text):
                self.quoted_section(paragraph)
            elif self.quoting or opens_quotation(paragraph.text):
                self.quoted(paragraph)
            elif self.index in self.instruments:
                self.component(paragraph)
            else:
                self.paragraph(paragraph.text, paragraph.start, paragraph)
            self.index += 1
        return self.roots

    def paragraph(self, text: str, offset: int, paragraph: Paragraph) -> None:
        previous = self.paragraphs[self.index - 1].text if self.index else ""
        if EDITORIAL_NOTE.match(text):
            return  # a history note opening with the unit it records ("Section 92D:
            # inserted, on ..."): an editor's note, not a unit of the law nor its words
        marker = read_marker(
            text,
            unit_words=self.words,
            in_list=bool(LIST_INTRO.search(previous)),
            after_heading=self.pending_heading is not None,
        )
        if (numbered := self.schedule_paragraph(text, marker)) is not None:
            marker, self.pending_heading = numbered, None
        if marker is None:
            if ILLUSTRATIONS.match(text.strip()):
                self.illustrating = True
            if NOTES.match(text) and self.unit is not None:
                self.noting, self.subs = True, []
            self.plain(text, offset, paragraph)
            return
        if self.illustrating and marker.style == "paren_alpha":
            self.plain(text, offset, paragraph)
            return
        if marker.style in ("numeral", "fraction", "upper_hyphen") and not self.in_article_sequence(
            marker
        ):
            self.plain(text, offset, paragraph)
            return
        if marker.style == "headed" and not self.headed_is_unit(marker):
            self.plain(text, offset, paragraph)
            return
        if marker.style == "ordinal" and not self.transitory():
            self.plain(text, offset, paragraph)
            return
        if (self.noting or self.closing) and not (
            marker.style
            in (
                "container",
                "schedule",
                "supplementary",
                "unit",
                "cfr",
                "decimal",
                "headed",
                "ordinal",
                "disposition",
            )
            or (marker.style == "bare" and self.bare_is_unit(marker))
        ):
            self.plain(text, offset, paragraph)
            return
        self.illustrating = self.noting = self.closing = False
        rest_offset = offset + len(text) - len(marker.rest)
        if marker.style == "container" and (
            self.gazette_part(marker) or self.revised_edition_chapter(marker)
        ):
            self.plain(text, offset, paragraph)
        elif marker.style == "paren_alpha" and self.lettered_cross_heading(marker):
            return
        elif marker.style == "container":
            self.container(marker, offset, paragraph)
        elif marker.style in ("schedule", "supplementary"):
            self.schedule(marker, offset, paragraph)
        elif marker.style == "disposition":
            # A Spanish-style "Additional provision one." after the last Title: an article
            # outside every container, at the top level.
            self.containers = []
            self.open_unit(marker, offset, rest_offset, paragraph)
        elif marker.style in ("unit", "cfr", "decimal", "headed", "ordinal") or (
            marker.style == "bare" and self.bare_is_unit(marker)
        ):
            self.open_unit(marker, offset, rest_offset, paragraph)
        else:
            self.sub(marker, offset, rest_offset, paragraph)

    def quoted(self, paragraph: Paragraph) -> None:
        """A paragraph of quoted text (the first opens the quotation; one that
        `closes_quotation` closes it): text of the innermost open
        provision, whatever markers it opens with, as Sri Lankan-style amending
        Acts quote the section they substitute ("360A. (1) ... (a) ...")."""
        if self.quoting:
            self.quoting = not closes_quotation(paragraph.text)
        else:
            self.quoting = quote_marks(paragraph.text) % 2 == 1
        node = self.innermost()
        if node is None:
            return
        node.add_text(paragraph.text, paragraph.start, paragraph.page_end)
        self.touch(paragraph.start + len(paragraph.text), paragraph.page_end)

    def opens_quoted_section(self, text: str) -> bool:
        """Whether a paragraph opens a section of another Act that a Philippine-style
        amending section quotes in full ('"SEC. 12. Employment of Children. - ...'): in a
        law of sections, inside an open section with no sub-provisions, the quotation mark
        followed by a section's number and separator as a unit of the law is printed."""
        if not (
            "section" in self.words
            and self.unit is not None
            and self.unit.kind == "section"
            and not self.subs
            and QUOTED_SECTION.match(text) is not None
        ):
            return False
        marker = read_marker(text.lstrip()[1:], unit_words=self.words)
        return marker is not None and marker.style == "unit" and marker.kind == "section"

    def quoted_section(self, paragraph: Paragraph) -> None:
        """A paragraph of a section quoted in full by a Philippine-style amending section,
        which repeats the opening quotation mark at the start of every paragraph of the
        quotation and closes it at the end of the last one. The first paragraph opens the
        quoted section as a child of the amending section, in the amended Act's numbering
        (`sec_3__sec_12-A`: "Sec. 12-A of the Act as amended by Sec. 3"); the next ones,
        read without their leading quotation mark, are its provisions ('"(1) ...' is
        `sec_3__sec_12-A__subsec_1`) or its text. The quotation closes at a paragraph left
        with an odd number of quotation marks once its leading one is set aside (the
        quoted definitions' marks, '"(a) "Child" means ...', come in pairs); then the
        amending section is the open unit again."""
        text = paragraph.text
        lead = len(text) - len(text.lstrip())
        body = text[lead:]
        offset = paragraph.start + lead
        if body.startswith('"'):
            body, offset = body[1:], offset + 1
        marker = None if self.amending else read_marker(body, unit_words=self.words)
        if marker is not None and self.unit is not None:
            self.amending = self.unit
            closed = quote_marks(text) % 2 == 0
            heading, rest, text_at = split_unit_rest(marker.rest, dot_headings=self.dot_headings)
            node = Node(
                "section", marker.num, without_note(heading), "unit", paragraph.page, offset, offset
            )
            node.extend(paragraph.end, paragraph.page_end)
            self.amending.children.append(node)
            self.unit, self.subs = node, []
            self.touch(paragraph.end, paragraph.page_end)
            rest_offset = offset + len(body) - len(marker.rest)
            self.inline(rest, rest_offset + text_at, paragraph, node)
        else:
            closed = quote_marks(body) % 2 == 1
            self.paragraph(body, offset, paragraph)
        if closed and self.amending is not None:
            self.unit, self.subs, self.amending = self.amending, [], None

    def in_article_sequence(self, marker: Marker) -> bool:
        """Whether a subdivision only an article is divided by numbers the next one of the open
        article: a Swiss-style bare numeral ("2 If the victim ...") or a Mexican-style fraction, a
        capital Roman numeral and a dot ("II. To establish ..."), or a Brazilian-style item, a
        capital Roman numeral and a spaced hyphen ("II - ..."), or a Jordanian-style paragraph, a
        capital letter and a hyphen ("B- The penalty ...", read as the letter's place in the
        alphabet). Directly inside the article (or, for the Brazilian-style item, inside one of its
        paragraphs "§ 1º"), the first one numbered 1 and each next one in sequence (a point "a)"
        inside a fraction does not stop the next fraction); anything else (a number opening a
        sentence, a table row) is text."""
        if self.unit is None or self.unit.kind != "article" or self.noting:
            return False
        current = next((node for node in self.subs if node.style == marker.style), None)
        if current is None:
            # The first one directly inside the article, or inside one of its paragraphs
            # ("§ 2º The penalty is increased ...:" then "I - in the exercise of ...").
            return _sequence_value(marker) == 1 and all(
                node.style == "paragraph_sign" for node in self.subs
            )
        return _sequence_value(marker) == _sequence_value(current) + 1

    def transitory(self) -> bool:
        """Whether the transitory provisions of a Mexican-style law are open ("TRANSITORY
        PROVISIONS" after the last article), where "First.-", "Second.-" number articles."""
        return bool(self.containers) and self.containers[0].kind == "supplementary"

    def schedule_paragraph(self, text: str, marker: Marker | None) -> Marker | None:
        """A paragraph of the schedule of a law whose sections are numbered with no dot
        ("1 (1) The ... Act 1996 is amended as follows.", "2 Sections 22 and 23 of ... are
        repealed."), read as a bare "1." is in other schedules: a `para`, "1" first and each
        next one in sequence. The italic cross-heading naming the Act amended above it is
        no heading of it. Elsewhere (or out of sequence) the marker read stays."""
        schedule = self.containers[0] if self.containers else None
        if (
            not self.headed_sections
            or schedule is None
            or schedule.kind != "schedule"
            or schedule is self.code_schedule
            or (marker is not None and marker.style not in ("headed", "decimal"))
        ):
            return None
        match = SCHEDULE_PARAGRAPH.match(text)
        if not match:
            return None
        current = next((node for node in self.subs if node.style == "digit_dot"), None)
        num = match.group("num")
        if not (follows(current.num, num) if current else num == "1"):
            return None
        return Marker("bare", num, match.group("rest"))

    def headed_is_unit(self, marker: Marker) -> bool:
        """Whether "1 Slavery, servitude and ..." (a number with no dot and a title,
        alone on the line) opens a UK-style section: outside a schedule, the rest a
        title and the number the open section's successor."""
        if (
            self.containers
            and self.containers[0].kind == "schedule"
            and self.containers[0] is not self.code_schedule
        ):
            return False
        rest = marker.rest.strip()
        if not (is_heading_like(rest) and reads_as_title(rest)):
            return False
        return follows(self.unit.num if self.unit else None, marker.num)

    def bare_is_unit(self, marker: Marker) -> bool:
        if self.words or (self.containers and self.containers[0].kind == "schedule"):
            return False
        if self.unit is not None and "." in (self.unit.num or ""):
            # Inside a section numbered with its chapter's number ("787.06"), a bare
            # "1." is a subparagraph of the statutes' (1)(a)1.a. nesting, not a section.
            return False
        if self.unit is None:
            return not self.subs and unit_number(marker.num) is not None
        return follows(self.unit.num, marker.num)

    def gazette_part(self, marker: Marker) -> bool:
        """A Gazette masthead's "PART II" with the issue number on the next line
        ("No. 47"), printed before the law: the Gazette's part, not a container. So is
        a Part opened before any provision when the law's designation ("ACT NO. XXXIV
        OF 2018") follows it before any other marker: a Pakistani-style cover prints
        "PART I" with the kinds of instrument that part of the Gazette publishes on the
        next line ("Acts, Ordinances, President's Orders and Regulations")."""
        ahead = self.index + 1
        if marker.kind != "part" or marker.rest.strip():
            return False
        if ahead < len(self.paragraphs) and GAZETTE_ISSUE.match(
            self.paragraphs[ahead].text.strip()
        ):
            return True
        if self.roots:
            return False
        for following in self.paragraphs[ahead:]:
            text = following.text.strip()
            if ACT_DESIGNATION.match(text):
                return True
            if read_marker(text, unit_words=self.words) is not None:
                return False
        return False

    def revised_edition_chapter(self, marker: Marker) -> bool:
        """The chapter an East African Revised Edition of the laws gives an Act, printed
        alone above the Act's title in capitals ("CHAPTER 21" / "THE LAW OF THE CHILD
        ACT") on the cover, over the arrangement of sections and on the Act's first page:
        the Act's number among the laws (its Cap.), not a container of the law. So is the
        chapter of a Sri Lankan-style Revised Legislative Enactments edition, printed before
        any provision above the Act's short title in capitals, which names no "Act", and its
        long title ("CHAPTER 175" / "EMPLOYMENT OF WOMEN, YOUNG PERSONS AND CHILDREN" / "AN ACT
        TO RESTRICT ...")."""
        ahead = self.index + 1
        if marker.kind != "chapter" or marker.rest.strip() or ahead >= len(self.paragraphs):
            return False
        title = self.paragraphs[ahead].text.strip()
        if ACT_TITLE.match(title):
            return True
        return (
            not self.roots
            and CAPITALS_TITLE.match(title) is not None
            and ahead + 1 < len(self.paragraphs)
            and LONG_TITLE.match(self.paragraphs[ahead + 1].text.strip()) is not None
        )

    def lettered_cross_heading(self, marker: Marker) -> bool:
        """A sub-heading lettered in brackets inside a Part ("(a) Foster Care", "(b)
        Adoption" between the sections of a Part on foster care and adoption): a title
        with capitals and no closing punctuation, right above a section or above the
        marginal note that heads one. Neither a provision nor a container: the sections
        under it stay in the Part. A lettered paragraph ends with punctuation or runs
        into a sentence, or the section after it carries its heading on its own line."""
        rest = marker.rest.strip()
        words = rest.split()
        if not (
            words
            and len(words) <= 6
            and all(word[:1].isupper() for word in words if len(word) > 3)
            and is_heading_like(rest)
            and reads_as_title(rest)
        ):
            return False
        upcoming = self.upcoming()[:2]
        if not upcoming:
            return False
        if self.heads_unit(rest, upcoming[0]):
            return True  # right above a section whose line has no heading of its own
        return (
            len(upcoming) > 1
            and is_heading_like(upcoming[0])
            and bool(self.heads_unit(upcoming[0], upcoming[1]))
        )

    def container(self, marker: Marker, offset: int, paragraph: Paragraph) -> None:
        kind = marker.kind or "part"
        for depth, open_node in enumerate(self.containers):
            if open_node.kind == kind:
                del self.containers[depth:]
                break
        self.unit, self.subs = None, []
        heading = marker.rest.strip(" .:-\u2013\u2014") or self.take_heading_paragraph()
        node = Node(kind, marker.num, heading, "container", paragraph.page, offset, offset)
        node.extend(paragraph.end, self.paragraphs[self.index].page_end)
        self.attach(node)
        self.containers.append(node)
        self.touch(node.end, node.page_end)

    def schedule(self, marker: Marker, offset: int, paragraph: Paragraph) -> None:
        """A schedule, or Japanese-style Supplementary Provisions (headed by their
        own words): top-level, closing every open container."""
        self.containers, self.unit, self.subs = [], None, []
        kind = marker.kind or "schedule"
        heading = marker.rest.strip(" .:-\u2013\u2014") or self.take_heading_paragraph()
        node = Node(kind, marker.num, heading, marker.style, paragraph.page, offset, offset)
        node.extend(paragraph.end, self.paragraphs[self.index].page_end)
        if kind == "schedule" and not self.roots:
            self.code_schedule = node
        self.roots.append(node)
        self.containers.append(node)

    def component(self, paragraph: Paragraph) -> None:
        """One instrument of several published together (a decree, then an
        order): top-level like a schedule, its articles restarting at 1 without
        clashing with the others'. The heading is the designation line as
        printed; the components are numbered in order (`cmp_1`, `cmp_2`)."""
        self.containers, self.unit, self.subs = [], None, []
        self.illustrating = self.noting = self.closing = False
        self.pending_heading = None
        num = str(sum(node.kind == "component" for node in self.roots) + 1)
        start, heading = paragraph.start, paragraph.text.strip()
        node = Node("component", num, heading, "component", paragraph.page, start, start)
        node.extend(paragraph.end, paragraph.page_end)
        self.roots.append(node)
        self.containers.append(node)

    def open_unit(
        self, marker: Marker, offset: int, rest_offset: int, paragraph: Paragraph
    ) -> None:
        self.subs = []
        kind = (
            marker.kind
            if marker.style in ("unit", "cfr", "ordinal", "disposition")
            else self.bare_kind
        )
        nested = read_marker(marker.rest, unit_words=self.words)
        if (nested and nested.style in SUB_KINDS.keys() | {"paren_alpha"}) or (
            marker.style == "ordinal"
        ):
            # A transitory article ("Second.- The Law of 2007 is abrogated.") has no heading:
            # its line is text, however short.
            heading, text, text_at = None, marker.rest, 0
        elif marker.style == "cfr":
            # "\u00a7 570.33 Occupations that may be performed by minors 14 and 15 years
            # of age.": a federal regulation's section line is its heading, however long,
            # closed by a period, the text following below; "[Reserved]" is text.
            stripped = marker.rest.strip()
            if stripped.startswith("["):
                heading, text, text_at = None, marker.rest, 0
            else:
                heading, text, text_at = stripped.rstrip(". "), "", len(marker.rest)
        elif marker.style in ("decimal", "headed") and is_heading_like(marker.rest.strip()):
            # "15.2  Extended geographical jurisdiction—category B": a code
            # section's line is its heading, dashes included; the text follows.
            heading, text, text_at = marker.rest.strip(), "", len(marker.rest)
        elif marker.style == "decimal" and (catchline := CATCHLINE.match(marker.rest)):
            # "775.082 Penalties; sentences of imprisonment.—(1) ...": a statutes section's
            # catchline, closed by a dot and an em dash, may hold semicolons.
            heading, text_at = catchline.group("head").strip(), catchline.end()
            text = marker.rest[text_at:]
        else:
            heading, text, text_at = split_unit_rest(
                marker.rest, dot_headings=self.dot_headings, after_colon=":" in marker.sep
            )
        if heading is None and self.pending_heading:
            heading = self.pending_heading
        elif heading is None and not marker.rest.strip():
            # "Article 163" alone on its line, its heading on the next line
            # ("Trafficking in persons"), as Lusophone codes print it; text on
            # the next line (a sentence, or a list intro ending ":") is not taken.
            # In round brackets under the number ("Art. 1." / "(Purposes)"), as an
            # Italian-style law prints it, the heading is read without the brackets.
            taken = self.take_heading_paragraph()
            heading = unbracket(taken) if taken else None
        self.pending_heading = None
        heading = without_note(heading)
        self.headed_sections = self.headed_sections or marker.style == "headed"
        node = Node(kind or "section", marker.num, heading, "unit", paragraph.page, offset, offset)
        node.extend(paragraph.end, paragraph.page_end)
        self.attach(node)
        self.unit = node
        self.touch(paragraph.end, paragraph.page_end)
        self.inline(text, rest_offset + text_at, paragraph, node)

    def inline(self, text: str, offset: int, paragraph: Paragraph, node: Node) -> None:
        """Text after a marker: a further marker ("2. (1) ...") opens a child,
        anything else is the provision's own text."""
        if not text.strip():
            return
        nested = read_marker(text, unit_words=self.words)
        if nested and nested.style in SUB_KINDS.keys() | {"paren_alpha"}:
            self.paragraph(text, offset, paragraph)
        else:
            node.add_text(text, offset, paragraph.page_end)

    def sub_kind(self, style: str) -> str:
        """The kind of a sub-provision: "1." or "1)" directly inside an article is
        a clause; elsewhere "1." is a point (a paragraph in a schedule)."""
        if style.startswith("decimal_"):
            # "4.1." is a clause of Article 4, "4.1.1." a point of it, "4.1.1.1." an item.
            return ("clause", "point", "item")[min(int(style.split("_")[1]), 3) - 1]
        numbered = style in ("digit_dot", "digit_right", "digit_degree", "digit_hyphen", "numeral")
        if numbered and self.unit is not None and self.unit.kind == "article" and not self.subs:
            return "clause"
        if style in SUB_KINDS:
            return SUB_KINDS[style]
        if self.unit is None:
            return "paragraph"
        if self.unit.kind == "article":
            return "clause"
        return "point"

    def sub(self, marker: Marker, offset: int, rest_offset: int, paragraph: Paragraph) -> None:
        style = marker.style
        if style == "paren_alpha":
            style = alpha_style(marker.num, self.subs, self.upcoming())
        elif style == "bare":
            # A decimally numbered clause ("4.1.", "4.1.1."), as Mongolian-style
            # laws number them: its depth is the number of its dots, so "4.1.1."
            # opens inside "4.1." and "4.2." closes both.
            style = f"decimal_{marker.num.count('.')}" if "." in marker.num else "digit_dot"
        parent_container = self.unit or (self.containers[-1] if self.containers else None)
        if parent_container is None or (
            style == "paragraph_sign" and (self.unit is None or self.unit.kind != "article")
        ):
            self.plain(paragraph.text, offset, paragraph)
            return
        if style == "paragraph_sign":
            # A Brazilian-style paragraph ("§ 1º", "Sole paragraph.") stands directly in
            # its article, closing the items and sub-items of the caput or of the paragraph
            # before it.
            self.subs = []
        for depth, open_node in enumerate(self.subs):
            if open_node.style == style:
                del self.subs[depth:]
                break
        node = Node(self.sub_kind(style), marker.num, None, style, paragraph.page, offset, offset)
        node.extend(paragraph.end, paragraph.page_end)
        parent = self.subs[-1] if self.subs else parent_container
        parent.children.append(node)
        self.subs.append(node)
        self.touch(paragraph.end, paragraph.page_end)
        self.inline(marker.rest, rest_offset, paragraph, node)

    def heads_unit(self, text: str, following_text: str) -> bool | None:
        """Whether a heading-like paragraph is the heading of the unit opening the
        next paragraph: True when that unit has no heading of its own, False when
        it has one, None when the next paragraph opens no unit."""
        following = read_marker(following_text, unit_words=self.words, after_heading=True)
        if following and following.style == "decimal":
            # A code section numbered without a dot under its marginal heading
            # ("Trafficking in persons" above "279.01 (1) Every person ..."); a
            # section whose own line is its heading ("270.1A  Definitions") keeps it.
            if not reads_as_title(text):
                return None
            rest = following.rest.strip()
            nested = read_marker(rest, unit_words=self.words)
            return bool(nested and nested.style in SUB_KINDS.keys() | {"paren_alpha"}) or (
                not is_heading_like(rest)
            )
        if following and (
            following.style == "unit"
            or (following.style == "bare" and self.bare_is_unit(following))
        ):
            nested = read_marker(following.rest, unit_words=self.words)
            if nested and nested.style in SUB_KINDS.keys() | {"paren_alpha"}:
                return True  # "2.—(1) In this Act ... —": the unit's line holds no heading
            heading, _, _ = split_unit_rest(following.rest, dot_headings=self.dot_headings)
            return heading is None
        return None

    def plain(self, text: str, offset: int, paragraph: Paragraph) -> None:
        if EDITORIAL_NOTE.match(text):
            return  # an editor's note after a provision, not the law's words
        if self.closing or (
            (self.unit is not None or self.subs) and SIGNING_FORMULA.match(text.strip())
        ):
            self.closing = True
            return  # the closing formula and the signatures, not the last provision's words
        if ENACTING_WORDS.match(text.strip()):
            return  # "HEREBY DECIDES": the enacting formula, no provision's words
        upcoming = self.upcoming()[:2]
        if (
            upcoming
            and self.dotted_notes
            and not is_heading_like(text)
            and is_dotted_title(text)
            and self.heads_unit(text, upcoming[0])
        ):
            # A marginal note closed by a dot above a section whose own line has no
            # heading ("Interpretation." above "2. (1) In this Order ...").
            self.pending_heading = text.strip()[:-1].rstrip()
            return
        if upcoming and is_heading_like(text):
            heads = self.heads_unit(text, upcoming[0])
            if heads:
                self.pending_heading = unbracket(text)
                return
            if reads_as_title(text) and (
                heads is False
                or (
                    len(upcoming) > 1
                    and is_heading_like(upcoming[0])
                    and self.heads_unit(upcoming[0], upcoming[1])
                )
            ):
                return  # a cross-heading over the units that follow, not the last one's words
        if self.subs and text[:1].islower() and not listed_definition(text):
            self.subs.pop()  # words completing the sentence a list interrupted, not a
            # definition in a list of unquoted terms ("child means a person ...")
        node = self.innermost()
        if node is None:
            return
        node.add_text(text, offset, paragraph.page_end)
        self.touch(offset + len(text), paragraph.page_end)


def freeze(
    nodes: Sequence[Node],
    prefix: str,
    seen: set[str],
    texts: dict[str, tuple[tuple[str, int], ...]],
) -> tuple[Provision, ...]:
    """Mutable nodes as frozen provisions with Akoma Ntoso eIds."""
    out = []
    for node in nodes:
        component = f"{PREFIXES[node.kind]}_{clean_num(node.num or '1')}"
        eid = f"{prefix}__{component}" if prefix else component
        if eid in seen:
            suffix = 2
            while f"{eid}_{suffix}" in seen:
                suffix += 1
            eid = f"{eid}_{suffix}"
        seen.add(eid)
        texts[eid] = tuple(node.texts)
        children = freeze(node.children, eid, seen, texts)
        first_child = node.children[0].start if node.children else None
        intro = [text for text, at in node.texts if first_child is None or at < first_child]
        wrap_up = [text for text, at in node.texts if first_child is not None and at >= first_child]
        out.append(
            Provision(
                eid=eid,
                kind=node.kind,
                num=node.num,
                heading=node.heading,
                text="\n".join(intro),
                page=node.page,
                page_end=max(node.page_end, node.page),
                start=node.start,
                end=max(node.end, node.start),
                children=children,
                wrap_up="\n".join(wrap_up),
            )
        )
    return tuple(out)


def numbering_warnings(provisions: Sequence[Provision], where: str = "the law") -> list[str]:
    """Gaps and repeats in the numbering of sibling provisions of one kind."""
    warnings: list[str] = []
    previous: dict[str, Provision] = {}
    for provision in provisions:
        before = previous.get(provision.kind)
        old, new = unit_number(before.num if before else None), unit_number(provision.num)
        if before is not None and old and new:
            label = f"{provision.kind} {provision.num} ({provision.eid}, page {provision.page})"
            if new == old:
                warnings.append(f"duplicate number: {label} repeats {before.eid} in {where}")
            elif (
                new[0] > old[0] + 1
                or new[0] < old[0]
                or (new[0] == old[0] and insertion_key(new[1]) < insertion_key(old[1]))
            ):
                warnings.append(
                    f"numbering gap: {label} follows {provision.kind} {before.num} in {where}"
                )
        previous[provision.kind] = provision
        warnings.extend(numbering_warnings(provision.children, provision.eid))
    return warnings


def style_of(words: frozenset[str], nodes: Sequence[Provision]) -> str:
    kinds = {p.kind for root in nodes for p in root.walk()}
    if "article" in words or (not words and "article" in kinds):
        return "penal_code" if "book" in kinds else "civil_law"
    if "§" in words:
        return "code"
    if "section" in words:
        return "numbered_sections"
    return "common_law" if "section" in kinds else "unstructured"


def build_tree(paragraphs: Sequence[Paragraph]) -> ParsedTree:
    """Paragraphs into frozen provisions, with eIds, own texts and warnings."""
    builder = TreeBuilder(paragraphs)
    nodes = builder.run()
    texts: dict[str, tuple[tuple[str, int], ...]] = {}
    provisions = freeze(nodes, "", set(), texts)
    return ParsedTree(
        provisions,
        texts,
        style_of(builder.words, provisions),
        tuple(numbering_warnings(provisions)),
    )
