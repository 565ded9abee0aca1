"""The notes of amending laws that consolidated texts print on a line of their own.

Both the extraction (where a paragraph ends) and the parser (what is a provision's
words or heading) must know them; they are defined here once.
"""

from __future__ import annotations

import re

ROUND_AMENDMENT_NOTE = re.compile(
    r"^\((?:(?:Part|Schedule|Division)\s+[0-9A-Z]{1,6}\s+)?"
    r"(?:[Aa]dded|[Aa]mended|[Rr]eplaced|[Rr]epealed|[Ss]ubstituted|[Ii]nserted)\s"
    r"[^()]{0,100}?\b[0-9]+\s+of\s+[0-9]{4}\b[^()]{0,80}\)$"
)
"""An amendment note in round brackets, as a Hong Kong-style Ordinance prints it
right-aligned after the provision amended ("(Amended 19 of 2015 s. 4)", "(Replaced 71 of
1996 s. 2. Amended 19 of 2015 s. 2)") or under a Part's title ("(Part XIIA added 19 of
2015 s. 10)"): the amending Ordinance's number and year, and the section of it. A line
wholly such a note is a paragraph of its own that closes the provision as a full stop does,
and never a heading."""

_SECTION_OF_ACT = (
    r"§§?\s?[0-9]{1,3}[A-Z]{0,2}(?:\([0-9A-Za-z]{1,4}\))*"
    r"(?:(?:,\s*|\s+and\s+)[0-9]{1,3}[A-Z]{0,2}(?:\([0-9A-Za-z]{1,4}\))*)*"
    r",\s+(?:Law\s+)?[0-9]{1,3}\s+of\s+[0-9]{4}"
)
"""The section of an amending Act and the Act's number and year, as a Sri Lankan-style
Revised Legislative Enactments edition cites them ("§ 2, 19 of 2018", "§§ 3 and 4, 11 of
2003")."""

_CYPRIOT_LAW = r"[0-9]{1,3}\((?:I|II|III)\)\s+of\s+[0-9]{4}"
"""A Law as a Cypriot-style consolidated text cites it in the margin: its number, the Part of the
Official Gazette's Annex in brackets and its year ("41(I) of 2019", "38(III) of 2007")."""

_ACT_OF_YEAR = r"(?:Act\s+No\.\s+)?[0-9]{1,3}\s+of\s+[0-9]{4}"
"""An amending Act as a Trinidad and Tobago-style Law Revision print cites it in the margin: its
number and year, with or without "Act No." ("5 of 2015", "Act No. 5 of 2015")."""

_LRO_NOTE = (
    r"\[(?:(?:ss?\.|Part)\s?[0-9IVX]{1,4}[A-Z]{0,2}(?:\([0-9A-Za-z]{1,4}\))*\s+"
    r"(?:inserted|amended|substituted|added|replaced)\s+by\s+)?"
    rf"{_ACT_OF_YEAR}(?:(?:,\s*|\s+and\s+){_ACT_OF_YEAR})*\]"
)
"""The note of the amending Act that a Trinidad and Tobago-style Law Revision print sets in
square brackets under a section's marginal note: the Act's number and year alone ("[5 of 2015]",
"[5 of 2015, 9 of 2015]") or what it did to the section ("[s. 4A inserted by Act No. 5 of
2015]")."""

MARGIN_AMENDMENT_NOTE = re.compile(
    r"^(?:[0-9]{1,3}/[0-9]{4}\s+(?:Ss?\.\s?[0-9]{1,3}[A-Z]{0,2}(?:\([0-9A-Za-z]{1,4}\))*"
    r"(?:(?:,\s*|\s+and\s+)[0-9]{1,3}[A-Z]{0,2}(?:\([0-9A-Za-z]{1,4}\))*)*|Sch\.(?:\s+[0-9]{1,2})?)\.?"
    r"|Acts?\s+Nos?\.\s+[0-9]{1,3}\s+of\s+[0-9]{4}\s+ss?\.\s?[0-9]{1,3}[A-Z]{0,2}"
    r"(?:\([0-9A-Za-z]{1,4}\))*"
    rf"|\[{_SECTION_OF_ACT}(?:;\s*{_SECTION_OF_ACT})*\.?\]"
    rf"|{_CYPRIOT_LAW}(?:,\s*{_CYPRIOT_LAW})*\.?"
    rf"|{_LRO_NOTE})$"
)
"""The note of the amending Act that a Caribbean-style consolidated Act prints in the margin
beside a section or a provision amended, set small on a line of its own above it ("4/2012
S. 3.", "9/2019 S. 2(b).": the number and year of the amending Act, then the section of
it), or that an East African Revised Edition prints in the margin under a section's
marginal note ("Act No. 7 of 2016 s. 12"), or that a Sri Lankan-style Revised Legislative
Enactments edition prints in square brackets under a section's marginal note ("[§ 2, 19 of
2018.]", "[§ 5, 11 of 2003; § 4, 19 of 2018.]"), or that a Cypriot-style consolidated Law prints
in the margin, one to a line, under a section's marginal note or beside a provision, for the
Laws that amended it or that it cites ("41(I) of 2019.", "112(I) of 2015."), or that a Trinidad
and Tobago-style Law Revision print sets in square brackets under a section's marginal note ("[5 of
2015]", "[s. 4A inserted by Act No. 5 of 2015]"): a paragraph of its
own, neither a provision's words nor part of the marginal note above it, which stays the heading
of the section below."""

_GAZETTE_DATE = r"[0-9]{2}-[0-9]{2}-[0-9]{4}"
GAZETTE_AMENDMENT_NOTE = re.compile(
    r"^(?:(?:Article|Fraction|Paragraph|Subsection|Chapter|Title|Book)s?"
    r"|Denomination\s+of\s+the\s+(?:Law|Book|Title|Chapter))\s+"
    r"(?:reformed|added|repealed|amended)(?:\s+and\s+(?:reformed|added|repealed|amended))?"
    rf"\s+DOF\s+{_GAZETTE_DATE}(?:(?:,\s*|\s+and\s+){_GAZETTE_DATE})*\.?$"
)
"""The note that a Mexican-style consolidated law (the text compiled from the Official Gazette of
the Federation, the DOF) prints in small type under a provision reformed, added or repealed by a
later decree, with the dates of publication of the decrees ("Article reformed DOF 19-03-2014",
"Fraction added DOF 19-01-2018", "Paragraph reformed DOF 19-01-2018, 23-05-2022", "Article
repealed DOF 19-01-2018"): a paragraph of its own, an editor's record of the law's history and no
provision's words, never the heading of the article below it (whose own line has none)."""
