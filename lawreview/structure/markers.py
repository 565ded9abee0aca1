"""The numbering grammar of legislation: what a paragraph's opening marker is.

A marker is read from the start of a cleaned paragraph: a container heading
("PART II", "Chapter 3 — Offences", "BOOK ONE"), a unit ("Section 6.",
"Article 240.–", "Art. 5", "§ 12a", a bare "12."), or a sub-marker ("(1)",
"(a)", "(i)", "1.", "a)"). This module only reads; deciding depth and kind
from the sequence is `lawreview.structure.parser`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6, "SEVEN": 7,
    "EIGHT": 8, "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12, "THIRTEEN": 13,
    "FOURTEEN": 14, "FIFTEEN": 15, "SIXTEEN": 16, "SEVENTEEN": 17, "EIGHTEEN": 18,
    "NINETEEN": 19, "TWENTY": 20,
}  # fmt: skip
ORDINAL_WORDS = {
    "FIRST": 1, "SECOND": 2, "THIRD": 3, "FOURTH": 4, "FIFTH": 5, "SIXTH": 6,
    "SEVENTH": 7, "EIGHTH": 8, "NINTH": 9, "TENTH": 10,
}  # fmt: skip

CONTAINER_KINDS = {
    "book": "book",
    "part": "part",
    "title": "title",
    "chapter": "chapter",
    "division": "division",
    "subdivision": "subdivision",
    "subchapter": "subchapter",
    "subpart": "subpart",
}
PREFIXES = {
    "book": "book",
    "part": "part",
    "title": "title",
    "chapter": "chp",
    "division": "dvs",
    "subdivision": "subdvs",
    "subchapter": "subchp",
    "subpart": "subpart",
    "section": "sec",
    "article": "art",
    "subsection": "subsec",
    "paragraph": "para",
    "subparagraph": "subpara",
    "clause": "cl",
    "point": "point",
    "item": "item",
    "schedule": "sched",
    "supplementary": "suppl",
    "component": "cmp",
}
"""Akoma Ntoso eId prefixes, by provision kind."""


def component_of(eid: str) -> str:
    """The eId of the instrument a provision stands in, where a document holds
    several published together ("cmp_2" for "cmp_2__chp_I__art_1"); "" otherwise."""
    head = eid.split("__", 1)[0]
    return head if head.startswith(PREFIXES["component"] + "_") else ""


SEPARATOR = r"\s*(?:[.:]\s*[\u2013\u2014-]?|[\u2013\u2014-])\s*"
NUM = r"[0-9]+[A-Za-z]{0,4}(?:[./][0-9]+)*|[IVXLC]+[A-H]?|[A-Z]"
"""A container's number: digits (with letters, "4A"), a Roman numeral, also with the
letter of a Part inserted after it ("Part XIIA", between Parts XII and XIII), or a
letter."""
NUMBER_WORD = "|".join([*NUMBER_WORDS, *(word.title() for word in NUMBER_WORDS)])
"""A number in words, in capitals ("PART ONE") or title case ("Part One")."""
TENS_WORDS = {
    "TWENTY": 20, "THIRTY": 30, "FORTY": 40, "FIFTY": 50, "SIXTY": 60, "SEVENTY": 70,
    "EIGHTY": 80, "NINETY": 90,
}  # fmt: skip
_DIGIT_WORDS = "|".join(word for word, value in NUMBER_WORDS.items() if value < 10)
_TEEN_WORDS = "|".join(word for word, value in NUMBER_WORDS.items() if 10 <= value < 20)
WORD_ARTICLE = re.compile(
    rf"""^(?P<word>Article|ARTICLE)\s+
    (?P<num>(?i:(?:{"|".join(TENS_WORDS)})(?:[-\s](?:{_DIGIT_WORDS}))?|{_TEEN_WORDS}|{_DIGIT_WORDS}))\b
    (?P<sep>\s*:\s*|\s*\.\s*[\u2013\u2014-]?\s*|\s+[\u2013\u2014-]\s*|\s*$)(?P<rest>.*)$""",
    re.VERBOSE,
)
"""An article numbered by a number in words, as Afghan-style laws print them in the Ministry of
Justice's translation ("Article One: Basis", "Article Twenty-Three: Non-punishment of Victims",
"Article Thirty-Five:"), the heading after a colon: article 1, 23, 35. Only a colon, a dot or a
dash after the number, or nothing, makes one: "Article Eight of this law" in running text is a
reference, and "(Article One)" in brackets, an Egyptian-style promulgating law's, is no article."""


def word_value(words: str) -> int:
    """The value of a number in words up to ninety-nine ("Thirty-Five" -> 35, "ONE" -> 1)."""
    total = 0
    for word in re.split(r"[-\s]+", words.strip().upper()):
        total += TENS_WORDS.get(word, 0) or NUMBER_WORDS.get(word, 0)
    return total


# A container word and its number, apart ("Chapter 3") or joined by a hyphen as
# Nepali-style Acts print it ("Chapter-1", its title on the next line). A US-style
# regulation's "Subpart C—Employment of ..." is a container inside its Part.
CONTAINER = re.compile(
    rf"""^(?P<word>BOOK|PART|TITLE|CHAPTER|SUBCHAPTER|SUBPART|DIVISION|SUBDIVISION|Book|Part|Title|Chapter|Subchapter|Subpart|Division|Subdivision)
    (?:\s+|-(?=[0-9IVXLC]))(?P<num>{NUM}|{NUMBER_WORD})\b(?![./:][0-9])
    (?:{SEPARATOR}|\s+|$)(?P<rest>.*)$""",
    re.VERBOSE,
)
GAZETTE_SECTION = re.compile(
    r"^(?:Section|SECTION|Sec\.|SEC\.)\s*[0-9]+[A-Za-z]?\.?"
    r"(?:\s*[\u2013\u2014-]\s*(?:Sub-section|SUB-SECTION)\s*\([ivx]{1,4}\))?$"
)
"""The rest of a Gazette masthead line "PART II — Section 1" (the part and section of
the Gazette in which an Indian-style Act is published): a Part whose whole title is
a section number is the Gazette's, not a container of the law; so is one whose title is
a section and a sub-section, "PART II—Section 3—Sub-section (i)", where Indian-style
rules (statutory rules and orders of the Central Government) are published."""
ROMAN_ARTICLE = re.compile(rf"^ARTICLE\s+(?P<num>[IVXLC]+)\b(?:{SEPARATOR}|\s+|$)(?P<rest>.*)$")
"""A Philippine-style "ARTICLE I" grouping sections: a container, read as a title."""
SCHEDULE = re.compile(
    rf"""^(?:THE\s+)?(?:(?P<ordinal>{"|".join(ORDINAL_WORDS)})\s+(?:SCHEDULE|ANNEX)
      |(?:SCHEDULE|ANNEX|APPENDIX|Schedule|Annex|Appendix)(?:\s+(?P<num>[0-9]+|[IVXLC]+|[A-Z]))?
      |FORM\s+(?P<form>[0-9]{{1,2}}|[A-Z]{{1,2}}(?:-[0-9]{{1,2}})?)(?=\s*$))
    (?:{SEPARATOR}|\s+|$)(?P<rest>.*)$""",
    re.VERBOSE,
)
# An Indian-style rules' form ("FORM A", alone on its line, then "[See rule 4(1)]" and its
# title): a schedule numbered by its letter or number (`sched_A`), its numbered columns or
# entries its paragraphs. "Form A" in running text, or "FORM A shall be ..." with words after
# it, is no form.
SUPPLEMENTARY = re.compile(
    r"^(?P<words>Supplementary\s+Provisions|SUPPLEMENTARY\s+PROVISIONS|ADDENDA|Addenda"
    r"|Transitory\s+Provisions|TRANSITORY\s+PROVISIONS"
    r"|Final\s+and\s+Transitory\s+Provisions|FINAL\s+AND\s+TRANSITORY\s+PROVISIONS)"
    r"(?:\s*\((?P<note>[^()]*)\)|\s*<(?P<act>[^<>]*)>)?$"
)
"""Japanese-style "Supplementary Provisions" after the last chapter (commencement,
transitional measures), whose articles restart at 1: a top-level container. The
Korean-style "ADDENDA <No. 20417, Jan. 14, 2025>" (the amending Act's number and
date in angle brackets) is the same container, and so is the Thai-style "Transitory
Provisions" line after the last chapter, whose sections are numbered on from the
chapters' (it closes the last chapter: the transitory sections are not in it); so is the
Brazilian-style "FINAL AND TRANSITORY PROVISIONS" line after the last Title of a statute,
whose articles are numbered on from the Titles' ("Art. 262.", `suppl_1__art_262`)."""
PRELIMINARY = re.compile(
    r"^(?:PRELIMINARY|Preliminary)\s+(?P<word>BOOK|PART|TITLE|CHAPTER|Book|Part|Title|Chapter)"
    rf"(?:{SEPARATOR}|\s+|$)(?P<rest>.*)$"
)
"""The unnumbered container a Spanish-style law opens with, before its "TITLE I": the
"PRELIMINARY TITLE" (título preliminar) holding the general provisions, its title line below
("General provisions"); also a "PRELIMINARY CHAPTER" before "CHAPTER I". A container of the
kind named, numbered "preliminary" (`title_preliminary__art_1`), closed by the Title I after it."""
DISPOSITION_KINDS = ("additional", "transitional", "repealing", "final")
DISPOSITION = re.compile(
    r"^(?:(?P<kind>Additional|Transitional|Repealing|Final)\s+provision\s+"
    rf"(?P<num>(?i:{'|'.join(NUMBER_WORDS)}))"
    r"|Sole\s+(?P<sole>additional|transitional|repealing|final)\s+provision)"
    r"\.(?:\s+(?P<rest>\S.*))?$"
)
"""A provision of the closing part of a Spanish-style law, after its last Title, numbered by
an ordinal in words within its own kind ("Additional provision one. Training of
professionals.", "Transitional provision two. ...", "Final provision one. Amendment of the
Criminal Code."), or the only one of its kind ("Sole repealing provision. Repeal of
legislation."): an article of its own, top-level, numbered by its kind and its ordinal
(`art_additional-1`, `art_final-3`; a sole one is number 1, `art_repealing-1`), its title after
the dot as an article's. "Final provisions" (a group heading, no ordinal) is not one."""
INSTRUMENT = re.compile(
    r"^(?P<word>(?:ROYAL\s+|JOINT\s+|INTERMINISTERIAL\s+)?(?:DECREE-LAW|DECREE|ORDER|ORDINANCE|LAW|ACT))"
    r"\s+No\.?\s*(?P<num>[0-9(][^\s]*)(?:\s+(?:of|OF)\s+[^.;:]{1,40})?$"
)
"""The designation line of one instrument of several published together ("DECREE
No. 2024-0312/PRES/PM/MFPTPS", "ORDER No. 2024-017/MFPTPS/SG/DGT"): the line alone,
in capitals, with its number. `lawreview.structure.parser` makes each one a
top-level component only when a document holds two or more different ones."""
FIRST = re.compile(r"^1(?:st|er)$")
"""A first article numbered the French way, "Article 1st:" ("Article 1er"): article 1."""
BRANCH_WORDS = "bis|ter|quater|quinquies|sexies|septies|octies|novies|decies"
"""Latin branch numbers, written after an article's number ("252bis", "Article (8) bis")."""
# An ordinal sign after the number, as Latin American laws print the first nine
# articles ("ARTICLE 1° — Object. ...", "Artículo 2º"), is passed over: article 1.
# A section inserted with a hyphen and a capital letter, as Philippine-style Acts
# number them ("SEC. 12-A. Hours of Work ..."), keeps the letter: section "12-A".
# A section inserted with a lower-case letter after a space, as Nordic codes number
# them in translation ("Section 259 a. Forced labour", between 259 and 260), joins
# the letter to the number: section "259a", as "252bis" and "196a" are printed.
# An article inserted by amendment as Romanian-style laws number it, the index after a
# caret or in superscript ("Art. 18^1. - ...", "Art. 18¹."), between 18 and 19, is
# article "18-1", as a Central Asian-style law prints it ("Article 19-1.").
UNIT = re.compile(
    rf"""^(?P<word>Section|SECTION|SEC\.|Sec\.|Article|ARTICLE|Art\.|§)\s*(?:(?P<code>[LRD])\.?\s?(?=[0-9]))?(?P<open>\((?=[0-9]+(?:\s(?:{BRANCH_WORDS}))?\)))?(?P<num>[0-9]+[A-Za-z]{{0,6}}(?:/[0-9]+|-[0-9]+|-[A-Z](?![A-Za-z])|\^[0-9]{{1,2}}|[\u00b9\u00b2\u00b3\u2074-\u2079]{{1,2}})?)(?![.][0-9]|-[0-9])
    (?:\s(?P<spaced>[a-z])(?=\.\s))?
    (?:\s?[\u00b0\u00ba](?![0-9]))?
    (?(open)(?:\s(?P<inner>{BRANCH_WORDS}))?\)(?:\s(?P<branch>{BRANCH_WORDS})\b)?)
    (?:\s*\((?P<note>new|amended|repealed|added|revised|inserted)\))?
    (?P<sep>{SEPARATOR}|\s+(?=[A-Z(]|["'][A-Z])|\s*$)(?P<rest>.*)$""",
    re.VERBOSE,
)
CFR_SECTION = re.compile(
    r"^(?P<word>\u00a7)\s?(?P<num>[0-9]{1,4}\.[0-9]{1,4}[a-z]?)(?P<sep>\s+)(?P<rest>(?:[A-Z]|\[Reserved\]).*)$"
)
"""A section of a US-style federal regulation ("\u00a7 570.33 Occupations ...", "\u00a7 570.1
Definitions."): the section sign, the Part's number, a dot and the section's number (a letter
after it for one inserted, "\u00a7 570.35a"), then the heading, or "[Reserved]" for a section
kept only by its number. Only a capital or that bracket after the number makes one: "\u00a7 570.35
of this part" opening a line is a reference."""
PARAGRAPH_SIGN = re.compile(
    r"^(?:\u00a7\s*(?P<num>[0-9]{1,2}(?:[a-z](?=\.))?)(?:\s?[\u00ba\u00b0]|(?<=[^0-9]1)er\.|\.)|(?P<sole>Sole\s+paragraph)\.)\s+(?P<rest>\S.*)$"
)
"""A paragraph (the parágrafo) of an article of a Brazilian-style statute: "§ 1º The same
penalty applies to whoever ...", the ordinal sign after the numbers 1 to 9 ("§ 10." with a
dot after it), or the "Sole paragraph." of an article that has only one. Read only in a law
of Articles, where a "§" opens no section: the parser takes it as a paragraph directly inside
the open article (`art_240__para_1`; the sole paragraph is paragraph 1, `art_2__para_1`, as a
sole transitory article is article 1). A paragraph of a Polish-style code is numbered the same way
with a dot ("§ 2. If the act ..."), and one inserted by amendment keeps its letter ("§ 1a. Whoever
...", between § 1 and § 2): paragraph `1a`, never a section of a law of Articles. A
Belgian-style law in translation keeps the French ordinal of the first paragraph ("§ 1er. The
offence ...", then "§ 2."): paragraph 1."""
INCISO = re.compile(r"^(?P<num>[IVXL]{1,7})\s+[-\u2013]\s+(?P<rest>\S.*)$")
"""A Brazilian-style item (the inciso): a capital Roman numeral and a spaced hyphen ("I - night
work, done between ...;"), read as a Mexican-style fraction is (`FRACTION`), in sequence from
"I", directly inside an article or inside one of its paragraphs ("§ 2º ... : I - ...")."""
STATE_SECTION = re.compile(
    r"^(?P<word>Sec\.)\s+(?P<num>[0-9]{1,3}[A-Z]{0,2}\.[0-9]{2,3}[A-Z]?)\.\s+(?P<rest>[A-Z(].*)$"
)
"""A US state code section as the legislature's statutes website prints it: "Sec.",
the chapter's number, a dot and the section's number, a dot after it, then the
heading in capitals and the text ("Sec. 20A.02. TRAFFICKING OF PERSONS. (a) A person
commits an offense if ...", "Sec. 43.021. SOLICITATION OF PROSTITUTION. ..."). A
section cited in running text ("Section 43.25", "Sec. 2.08, eff. September 1, 2011"
in a source note) has no dot and capital after its number and is text."""
ROMAN_SECTION = re.compile(
    rf"^(?P<word>Section|SECTION)\s+(?P<num>[IVXLC]+)\b(?:{SEPARATOR}|\s+|$)(?P<rest>.*)$"
)
"""A post-Soviet code's "Section VII. Crimes against the person" (a Roman number):
in a law of Articles, a container holding chapters, like the civil-law "Section 1."."""
DECIMAL = re.compile(r"^(?P<num>[0-9]{1,4}\.[0-9]{1,4}[A-Z]{0,3})\s+(?P<rest>[A-Z].*)$")
"""An Australian-style code section "270.1A  Definitions for Division 270": the
Division's number, a dot and the section's number, with no dot after it, then
the heading; also a US state's statutes section "847.0135 Solicitation of a minor
...—(1) ..." (the section's number of up to four digits, as Florida-style statutes
number the sections inserted between others). A cross-reference opening a sentence
("Section 15.2 (extended ...) applies") is not one: a unit word before a decimal
number is text."""
MARGINAL_UNIT = re.compile(
    r"^(?P<num>[0-9]{1,4}(?:\.[0-9]{1,4})?)\s+(?P<rest>(?:\([0-9]{1,3}(?:\.[0-9]{1,2})?\)\s+)?[A-Z].*)$"
)
"""A Canadian-style code section: its number with no dot after it, then the text or
its first subsection ("7 (1) Despite ...", "279.01 (1) Every person ...", "151 Every
person ..."), its marginal heading printed on the line above. Read only right after
such a heading line, in a law without unit words: a number opening a sentence
elsewhere ("10 years and ...", "5 February 2024") is text."""
REPEALED_UNIT = re.compile(
    r"^(?P<num>[0-9]{1,4}(?:\.[0-9]{1,4})?)\s+(?P<rest>Repealed:\s+[0-9]{4},\s+c\.\s.*)$"
)
"""A section of a Canadian-style consolidation kept only as its number and the note of
the repealing Act ("5 Repealed: 2019, c. 8, Sched. 1, s. 2."), printed with no marginal
heading above it: a section like one under its heading (`MARGINAL_UNIT`), with none."""
HEADED_UNIT = re.compile(r"^(?P<num>[0-9]{1,3}[A-Z]{0,2})\s+(?P<rest>[A-Z][^.;:]*)$")
"""A UK-style section as a consolidated legislation website prints it: the number
with no dot and the heading on one line of their own, the text below ("1 Slavery,
servitude and forced or compulsory labour", "3A Withholding identity documents").
`lawreview.structure.parser` takes it as a section only where the rest reads as a
title and the number follows the open section's; a number opening a sentence is text."""
AMENDMENT_MARK = re.compile(
    r"^(?:\[(?:F|C|M|E|X)[0-9]{1,3}\s*|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}\[)(?=\S)"
)
"""The reference to an amendment note that opens an inserted or substituted provision
in a consolidated text ("[F1 (2A) It is immaterial ...]", "[F2 3A Withholding ..."), or
the superscript number of the footnote and the opening bracket of an Indian-style
compilation ("¹[43A. Procurement of child ...", "¹[(2A) A parent who ..."): the marker
is read after it, the note itself ("F1 S. 2(2A) inserted ...", the footnote "1. Ins. by
Act 11 of 2021, s. 4.") being text."""
BARE_NUMBER = re.compile(
    r"^(?P<num>[0-9]{1,3}(?:bis|ter|quater|[A-Za-z]{0,2})(?:\.[0-9]+)*)\."
    r"(?:[\u2013\u2014-]?\s+|[\u2013\u2014](?=\([0-9]{1,3}[A-Z]?\)\s|[A-Z\"\u201c])"
    r"|-(?=\([0-9]{1,3}[A-Z]?\)\s))"
    r"(?P<rest>\S.*)$"
)
"""A bare-numbered section "12. text" (also "12.— text"), or a Pacific/Commonwealth-style
section whose first subsection follows a dot and an em dash with no space ("103.—(1) A
person commits ..."): only a bracketed number may follow the dash directly, or, in an
Irish-style section with no subsections, its text ("11.—Where ...", "18.—Section 7 of
..."). An East African Revised Edition prints a hyphen there ("5.-(1) A person shall not
..."), only ever before the first subsection's bracketed number."""
PAREN = re.compile(
    r"^\(\s*(?P<num>[0-9]{1,3}(?:\.[0-9]{1,2})?[A-Za-z]?|[a-z]{1,3}|[ivxlc]{4,7}|[A-Z]{1,2})\s*\)\s*(?P<rest>.*)$"
)
"""A bracketed marker: "(1)", "(2A)", a subsection inserted with a decimal number as
Canadian-style codes number them ("(1.1)", "(4.11)"), "(a)", "(iv)", "(A)"; a roman
numeral of four letters or more ("(viii)", "(xviii)", as in a long list of definitions
numbered with roman numerals) only when it is a valid one."""
DEGREE = re.compile(r"^(?P<num>[0-9]{1,2})\u00b0\)?\s+(?P<rest>\S.*)$")
"""A French-style numbered item "1° text" (the degree sign after the number), also
"1°) text" as the laws of francophone African states print it (the bracket closing
the degree sign): item 1 either way."""
SLASH = re.compile(r"^(?P<num>[0-9]{1,2})/\s+(?P<rest>\S.*)$")
"""An Ethiopian-style sub-article "1/ text" (the number and a slash), cited as
"sub-article (1)": a subsection. "1204/2025" (no space after the slash) is not one."""
DIGIT_HYPHEN = re.compile(r"^(?P<num>[1-9][0-9]?)-\s+(?P<rest>\S.*)$")
"""An item numbered the way Arabic-language laws print it in translation, the number and a
hyphen ("1- The right of the child to life ...", "12- If he has been sold ..."): read only in a
law of Articles, where the parser takes it as a clause directly inside an article, like "1."
and "1)". "2008-2009" or "1-year" (no space after the hyphen) is not one."""
UPPER_HYPHEN = re.compile(r"^(?P<num>[A-Z])-\s+(?P<rest>\S.*)$")
"""A paragraph lettered the way Jordanian-style laws print it in translation, a capital letter
and a hyphen ("A- For the purposes of this Law ...", "B- The penalty shall be ..."): read only in
a law of Articles, where the parser takes it as a paragraph directly inside an article, "A" first
and each next letter in sequence, the items "1-" inside it being its points. "A-1" or "B-2" (no
space after the hyphen) is not one."""
RIGHT_PAREN = re.compile(r"^(?P<num>[a-zđ]{1,2}|[0-9]{1,2})\)\s+(?P<rest>\S.*)$")
NUMERAL = re.compile(r"^(?P<num>[1-9][0-9]?)\s+(?P<rest>[A-Z].*)$")
"""A Swiss-style paragraph numbered with a bare numeral, no dot or bracket ("1 Any
person who ..."): read only in a law of Articles; the parser takes it as a
paragraph only directly inside an article and in sequence (1, then 2 ...)."""
ALPHA_DOT = re.compile(r"^(?P<num>[a-z])\.\s+(?P<rest>\S.*)$")
"""An Indonesian-style point "a. text": one lower-case letter and a dot."""
FRACTION = re.compile(r"^(?P<num>[IVXL]{1,7})\.\s+(?P<rest>\S.*)$")
"""A Mexican-style fraction (the "fracción" of an article): a capital Roman numeral and a dot
("I. To establish the competences ...", "XIV. Programme: the National Programme ..."). Read only
in a law of Articles, and only where the numeral is a valid one; the parser takes it only
directly inside an article, "I" first and each next one in sequence, so that a sentence opening
with a capital letter and a dot elsewhere stays text."""
TRANSITORY_ORDINALS = {
    "Sole": 1, "First": 1, "Second": 2, "Third": 3, "Fourth": 4, "Fifth": 5, "Sixth": 6,
    "Seventh": 7, "Eighth": 8, "Ninth": 9, "Tenth": 10, "Eleventh": 11, "Twelfth": 12,
}  # fmt: skip
TRANSITORY_ARTICLE = re.compile(
    rf"^(?P<word>{'|'.join(TRANSITORY_ORDINALS)})\s?\.\s?[\u2013\u2014-]\s*(?P<rest>\S.*)$"
)
"""A transitory article of a Mexican-style law, numbered by an ordinal word and a dot and a
dash, the text on the same line ("First.- This Decree shall enter into force ...", "Second.-
..."): an article numbered by the ordinal (`art_1`, `art_2`), read by the parser in the transitory
provisions only (elsewhere the line is text; the decree's "Sole Article.-" before the law does
not open with an ordinal and a dot). A sole transitory article is "Sole.-" (`art_1`)."""
ROMAN = re.compile(r"^(?=[ivxlc]+$)m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
REFERENCE_CONTINUATION = re.compile(r"^(?:(?:of|and|or)\b|[,)])")


@dataclass(frozen=True)
class Marker:
    """What opens a paragraph.

    `style` names the marker's shape: container, schedule, unit, cfr (a US-style
    regulation's "\u00a7 570.33"), bare (a bare "12."), paren_digit, paren_alpha (a
    letter or roman numeral, decided later), paren_upper, digit_dot, alpha_right ("a)"),
    alpha_dot ("a."), digit_degree ("1°"), digit_slash ("1/"), digit_hyphen ("1-"),
    upper_hyphen ("A-"), fraction (a Mexican-style "I." or a Brazilian-style "I -"), ordinal
    (a transitory article "First.-"), paragraph_sign (a Brazilian-style "§ 1º" or "Sole
    paragraph."), disposition (a Spanish-style "Additional provision one.", an article
    outside the Titles).
    """

    style: str
    num: str
    rest: str
    """The paragraph's text after the marker."""
    kind: str | None = None
    """For containers and units, the kind the words name (chapter, article...)."""
    sep: str = ""
    """For units, what parts the number from the rest as printed (":" in "Article 2: text")."""


SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
"""The superscript digits 1 to 9, an inserted unit's index printed raised ("18\u00b9")."""


def inserted_index(num: str) -> str:
    """A unit number with the index of an inserted unit written as a hyphen and the
    index ("18^1" and "18\u00b9" -> "18-1"); other numbers unchanged."""
    if "^" in num:
        return num.replace("^", "-")
    head = num.rstrip(SUPERSCRIPTS)
    if head == num:
        return num
    index = "".join(str(SUPERSCRIPTS.index(char) + 1) for char in num[len(head) :])
    return f"{head}-{index}"


def roman_value(text: str) -> int | None:
    """The value of a lower-case roman numeral, or None."""
    if not text or not ROMAN.match(text):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for index, char in enumerate(text):
        value = values[char]
        if index + 1 < len(text) and values[text[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def read_marker(
    text: str, *, unit_words: frozenset[str], in_list: bool = False, after_heading: bool = False
) -> Marker | None:
    """The marker opening `text`, or None for an unnumbered paragraph.

    `unit_words` are the words that make units in this law ("article", "section",
    "§"); "Section" outside them is a container (civil-law style). "(a) of
    subsection (2)" at the start of a line is a reference, not a list item,
    unless the previous paragraph opened a list (`in_list`: "... transmission—").
    `after_heading`: the paragraph follows a line taken as the marginal heading of
    a unit, so a number with no dot may open a section (`MARGINAL_UNIT`).
    """
    if mark := AMENDMENT_MARK.match(text):
        return read_marker(
            text[mark.end() :], unit_words=unit_words, in_list=in_list, after_heading=after_heading
        )
    if (match := ROMAN_ARTICLE.match(text)) and "article" not in unit_words:
        return Marker("container", match.group("num"), match.group("rest"), "title")
    if match := CONTAINER.match(text):
        word = match.group("word").lower()
        rest = match.group("rest")
        if word == "part" and GAZETTE_SECTION.match(rest.strip()):
            return None
        if not REFERENCE_CONTINUATION.match(rest):
            return Marker("container", match.group("num"), rest, CONTAINER_KINDS[word])
    if match := SCHEDULE.match(text):
        ordinal = match.group("ordinal")
        number = match.group("num") or match.group("form") or "1"
        num = str(ORDINAL_WORDS[ordinal]) if ordinal else number
        rest = match.group("rest")
        if ordinal or not REFERENCE_CONTINUATION.match(rest):
            return Marker("schedule", num, rest, "schedule")
    if match := SUPPLEMENTARY.match(text):
        return Marker("supplementary", "1", match.group("words"), "supplementary")
    if match := PRELIMINARY.match(text):
        rest = match.group("rest")
        if not REFERENCE_CONTINUATION.match(rest):
            word = match.group("word").lower()
            return Marker("container", "preliminary", rest, CONTAINER_KINDS[word])
    if match := DISPOSITION.match(text):
        kind = (match.group("kind") or match.group("sole")).lower()
        num = str(word_value(match.group("num"))) if match.group("num") else "1"
        return Marker("disposition", f"{kind}-{num}", match.group("rest") or "", "article", ".")
    if "article" in unit_words and (match := PARAGRAPH_SIGN.match(text)):
        return Marker("paragraph_sign", match.group("num") or "1", match.group("rest"))
    if match := STATE_SECTION.match(text):
        if unit_words & {"section", "§"}:
            return Marker("unit", match.group("num"), match.group("rest"), "section")
        return Marker("container", match.group("num"), match.group("rest"), "section")
    if match := CFR_SECTION.match(text):
        return Marker("cfr", match.group("num"), match.group("rest"), "section")
    if match := UNIT.match(text):
        word = match.group("word").lower().rstrip(".")
        word = {"art": "article", "sec": "section", "§": "section"}.get(word, word)
        rest = match.group("rest")
        if REFERENCE_CONTINUATION.match(rest) and not match.group("sep").strip():
            return None
        spaced = match.group("spaced") or ""
        if word == "section" and "section" not in unit_words and "§" not in unit_words:
            return Marker("container", match.group("num") + spaced, rest, "section")
        # A French-style code article "Article L. 4153-1" (legislative), "R. 4153-8"
        # (regulatory), "D. 4153-15" (simple decree): the letter is part of the number,
        # written without its dot, as the code cites it compactly ("L4153-1").
        # A Gulf-style "Article (8) bis": the brackets are dropped and the branch
        # joins the number ("8bis"), as "252bis" is printed in other codes; so does
        # the branch an Egyptian-style translation prints inside them ("Article (7 bis)").
        branch = match.group("inner") or match.group("branch") or ""
        num = (match.group("code") or "") + inserted_index(match.group("num")) + spaced + branch
        return Marker("unit", "1" if FIRST.match(num) else num, rest, word, match.group("sep"))
    if match := WORD_ARTICLE.match(text):
        num = str(word_value(match.group("num")))
        return Marker("unit", num, match.group("rest"), "article", match.group("sep"))
    if (match := ROMAN_SECTION.match(text)) and not unit_words & {"section", "§"}:
        rest = match.group("rest")
        if not REFERENCE_CONTINUATION.match(rest):
            return Marker("container", match.group("num"), rest, "section")
    if (match := PAREN.match(text)) and (
        len(match.group("num")) < 4
        or not match.group("num").isalpha()
        or roman_value(match.group("num"))
    ):
        num, rest = match.group("num"), match.group("rest")
        if REFERENCE_CONTINUATION.match(rest) and not in_list:
            return None
        if num[0].isdigit():
            return Marker("paren_digit", num, rest)
        if num.isupper():
            return Marker("paren_upper", num, rest)
        return Marker("paren_alpha", num, rest)
    if not unit_words and (match := REPEALED_UNIT.match(text)):
        return Marker("decimal", match.group("num"), match.group("rest"))
    if not unit_words and after_heading and (match := MARGINAL_UNIT.match(text)):
        return Marker("decimal", match.group("num"), match.group("rest"))
    if not unit_words and (match := DECIMAL.match(text)):
        return Marker("decimal", match.group("num"), match.group("rest"))
    if not unit_words and (match := HEADED_UNIT.match(text)):
        return Marker("headed", match.group("num"), match.group("rest"))
    if (
        "article" in unit_words
        and (match := FRACTION.match(text) or INCISO.match(text))
        and roman_value(match.group("num").lower())
    ):
        return Marker("fraction", match.group("num"), match.group("rest"))
    if match := TRANSITORY_ARTICLE.match(text):
        num = str(TRANSITORY_ORDINALS[match.group("word")])
        return Marker("ordinal", num, match.group("rest"), "article")
    if match := BARE_NUMBER.match(text):
        rest = match.group("rest")
        if REFERENCE_CONTINUATION.match(rest):
            return None
        return Marker("bare", match.group("num"), rest)
    if match := SLASH.match(text):
        rest = match.group("rest")
        if REFERENCE_CONTINUATION.match(rest) and not in_list:
            return None
        return Marker("digit_slash", match.group("num"), rest)
    if match := DEGREE.match(text):
        rest = match.group("rest")
        if REFERENCE_CONTINUATION.match(rest) and not in_list:
            return None
        return Marker("digit_degree", match.group("num"), rest)
    if "article" in unit_words and (match := DIGIT_HYPHEN.match(text)):
        rest = match.group("rest")
        if REFERENCE_CONTINUATION.match(rest) and not in_list:
            return None
        return Marker("digit_hyphen", match.group("num"), rest)
    if "article" in unit_words and (match := UPPER_HYPHEN.match(text)):
        return Marker("upper_hyphen", match.group("num"), match.group("rest"))
    if match := RIGHT_PAREN.match(text):
        num = match.group("num")
        return Marker(
            "digit_right" if num[0].isdigit() else "alpha_right", num, match.group("rest")
        )
    if match := ALPHA_DOT.match(text):
        return Marker("alpha_dot", match.group("num"), match.group("rest"))
    if "article" in unit_words and (match := NUMERAL.match(text)):
        return Marker("numeral", match.group("num"), match.group("rest"))
    return None


def clean_num(num: str) -> str:
    """A number as it goes into an eId: `(i)` -> `i`, `1.2.` -> `1-2`, `52/1` ->
    `52-1`, `ONE` -> `1`; case kept."""
    num = num.strip().strip("().").strip()
    if num.upper() in NUMBER_WORDS and not num.isdigit():
        return str(word_value(num))
    return re.sub(r"[./\s]+", "-", num).strip("-")
