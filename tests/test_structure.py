"""The numbering grammar: drafting styles and the edge cases of
`../shared/reference/parsing-edge-cases.md`, as tables of (text, expected)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreview import structure
from lawreview.ingest import clean, formats
from lawreview.model import Document, Law
from lawreview.structure.definitions import term_forms
from lawreview.structure.markers import clean_num, read_marker, roman_value


def parse_text(text: str) -> Law:
    """A law from plain text, one paragraph per line."""
    lines = formats.read_text(text.encode("utf-8"), Path("law.txt"))
    paragraphs = tuple(clean(lines, []))
    document = Document("law.txt", "0" * 64, "text/plain", 1, paragraphs)
    return structure.parse(document)


def eids(text: str) -> list[str]:
    return [p.eid for p in parse_text(text).walk()]


CASES = {
    "common law: parts, sections, subsections, paragraphs, subparagraphs": (
        """PART I
PRELIMINARY
1. Short title
This Act may be cited as the Example Act.
2. (1) In this Act, unless the context otherwise requires—
"child" means a person below the age of eighteen years.
(2) Nothing in this section limits section 1.
PART II
OFFENCES
3. Trafficking
(1) A person who—
(a) recruits by means of—
(i) force; or
(ii) fraud,
commits an offence.
12A. Inserted section
Text of the inserted section.
""",
        [
            "part_I",
            "part_I__sec_1",
            "part_I__sec_2",
            "part_I__sec_2__subsec_1",
            "part_I__sec_2__subsec_2",
            "part_II",
            "part_II__sec_3",
            "part_II__sec_3__subsec_1",
            "part_II__sec_3__subsec_1__para_a",
            "part_II__sec_3__subsec_1__para_a__subpara_i",
            "part_II__sec_3__subsec_1__para_a__subpara_ii",
            "part_II__sec_12A",
        ],
    ),
    "(h) (i) (j) are letters": (
        "1. Scope\n(g) gee;\n(h) aitch;\n(i) eye;\n(j) jay.\n",
        ["sec_1", "sec_1__para_g", "sec_1__para_h", "sec_1__para_i", "sec_1__para_j"],
    ),
    "(h) (i) (ii) nests numerals": (
        "1. Scope\n(h) aitch, by—\n(i) one;\n(ii) two.\n",
        ["sec_1", "sec_1__para_h", "sec_1__para_h__subpara_i", "sec_1__para_h__subpara_ii"],
    ),
    "(v) after (u) is a letter; (x) after (w) too": (
        "1. Scope\n(u) you;\n(v) vee;\n(w) double;\n(x) ex.\n",
        ["sec_1", "sec_1__para_u", "sec_1__para_v", "sec_1__para_w", "sec_1__para_x"],
    ),
    "(aa) after (z)": (
        "1. Scope\n(y) why;\n(z) zed;\n(aa) double a.\n",
        ["sec_1", "sec_1__para_y", "sec_1__para_z", "sec_1__para_aa"],
    ),
    "civil law: chapter, section container, article, clause, point": (
        """Chapter I
GENERAL PROVISIONS
Article 1. Scope
This Law provides for prevention.
Chapter II
PROTECTION
Section 1. Identification
Article 2. Victims
1. Victims are entitled to:
a) shelter;
b) medical care.
2. Clause 1 of this Article applies to children.
""",
        [
            "chp_I",
            "chp_I__art_1",
            "chp_II",
            "chp_II__sec_1",
            "chp_II__sec_1__art_2",
            "chp_II__sec_1__art_2__cl_1",
            "chp_II__sec_1__art_2__cl_1__point_a",
            "chp_II__sec_1__art_2__cl_1__point_b",
            "chp_II__sec_1__art_2__cl_2",
        ],
    ),
    "Thai: sections before chapters, text on the number's line, insertions": (
        """Section 1. This Act is called the Example Act, B.E. 2562.
Section 2. This Act comes into force on the day after publication.
Chapter 1 General Provisions
Section 6. Whoever recruits a person for exploitation commits trafficking.
(1) by force;
(2) by fraud.
Section 6/1. Whoever uses the services of a victim shall be liable.
""",
        [
            "sec_1",
            "sec_2",
            "chp_1",
            "chp_1__sec_6",
            "chp_1__sec_6__subsec_1",
            "chp_1__sec_6__subsec_2",
            "chp_1__sec_6-1",
        ],
    ),
    "PRC: contents, chapter title on the number's line, text after the article number, "
    "quoted terms, items (1), unnumbered paragraphs": (
        """Law of the Republic on the Protection of Minors
(Adopted at the 12th Meeting of the Standing Committee on 27 August 2011)
Contents
Chapter I General Provisions
Chapter II Legal Responsibility
Chapter I General Provisions
Article 1  This Law is formulated in accordance with the Constitution.
Article 2  "Minors" as mentioned in this Law refer to persons under the age of eighteen.
For the purposes of Article 5 of this Law, a child refers to a minor under the age of fourteen.
Article 3  'Abducting and trafficking' as mentioned in this Law refers to the following acts:
(1) enticing away or kidnapping a woman or child;
(2) purchasing or selling a woman or child.
The act is established whether or not the victim has consented.
Chapter II Legal Responsibility
Article 4  Whoever abducts and traffics in a woman or child shall be sentenced to fixed-term \
imprisonment; under any of the following circumstances, he shall be sentenced to life imprisonment:
(1) the victim is a child under the age of six;
(2) the victim is taken out of the territory.
Article 5  This Law shall go into effect as of 1 March 2023.
""",
        [
            "chp_I",
            "chp_I__art_1",
            "chp_I__art_2",
            "chp_I__art_3",
            "chp_I__art_3__subsec_1",
            "chp_I__art_3__subsec_2",
            "chp_II",
            "chp_II__art_4",
            "chp_II__art_4__subsec_1",
            "chp_II__art_4__subsec_2",
            "chp_II__art_5",
        ],
    ),
    "penal code: book, title, chapter, article with paragraphs": (
        """BOOK ONE
GENERAL PART
TITLE I
OFFENCES
CHAPTER 1 – Trafficking
Article 240.– Trafficking in persons
1. Whoever recruits a person shall be punished.
2. The attempt is punishable.
Article 240bis.– Aggravation
The penalty is doubled.
BOOK TWO
SPECIAL PART
Article 300.– Final
Text.
""",
        [
            "book_1",
            "book_1__title_I",
            "book_1__title_I__chp_1",
            "book_1__title_I__chp_1__art_240",
            "book_1__title_I__chp_1__art_240__cl_1",
            "book_1__title_I__chp_1__art_240__cl_2",
            "book_1__title_I__chp_1__art_240bis",
            "book_2",
            "book_2__art_300",
        ],
    ),
    "§ code: points inside subsections": (
        """PART ONE
GENERAL
§ 1. Purpose
(1) This Code protects children.
(2) It applies to:
1. children resident here;
2. children present here.
§ 2. Definitions
Text.
""",
        [
            "part_1",
            "part_1__sec_1",
            "part_1__sec_1__subsec_1",
            "part_1__sec_1__subsec_2",
            "part_1__sec_1__subsec_2__point_1",
            "part_1__sec_1__subsec_2__point_2",
            "part_1__sec_2",
        ],
    ),
    "Philippine: ARTICLE I containers, SECTION 1. and SEC. 2. units": (
        "ARTICLE I\nGENERAL PROVISIONS\nSECTION 1. Short Title. – This Act is the Act.\n"
        "SEC. 2. Definition of Terms. – As used in this Act:\n(a) Child – refers to a minor.\n"
        "ARTICLE II\nOFFENSES\nSEC. 3. Offense. – No person shall traffic.\n",
        [
            "title_I",
            "title_I__sec_1",
            "title_I__sec_2",
            "title_I__sec_2__para_a",
            "title_II",
            "title_II__sec_3",
        ],
    ),
    "parts inside chapters": (
        "CHAPTER 1\nGENERAL\nPart A\nScope\n1. First\nText.\nPart B\nMore\n2. Second\nText.\n"
        "CHAPTER 2\nOTHER\n3. Third\nText.\n",
        [
            "chp_1",
            "chp_1__part_A",
            "chp_1__part_A__sec_1",
            "chp_1__part_B",
            "chp_1__part_B__sec_2",
            "chp_2",
            "chp_2__sec_3",
        ],
    ),
    "Indonesian Law: preamble points, CHAPTER I, Part One, Article on its own line, a. points": (
        """LAW OF THE REPUBLIC OF EXAMPLE
Considering:
a. that a recital is preamble;
b. that so is this one;
In view of:
1. Article 4 paragraph (1) of the Constitution;
CHAPTER I
GENERAL PROVISIONS
Article 1
In this Law:
1. Child means a person under 18 (eighteen) years of age.
2. Exploitation means:
a. prostitution; or
b. forced labour.
Article 2
This Law is founded on:
a. dignity;
b. justice.
CHAPTER II
PROTECTION
Part One
Rights of Victims
Article 3
(1) A Victim is entitled to:
a. Restitution; and
b. Rehabilitation.
(2) The right in paragraph (1) applies to every Victim.
Part Two
Return
Article 4
Text.
CHAPTER III
CLOSING PROVISIONS
Article 5
This Law comes into force on the date of its promulgation.
""",
        [
            "chp_I",
            "chp_I__art_1",
            "chp_I__art_1__cl_1",
            "chp_I__art_1__cl_2",
            "chp_I__art_1__cl_2__point_a",
            "chp_I__art_1__cl_2__point_b",
            "chp_I__art_2",
            "chp_I__art_2__point_a",
            "chp_I__art_2__point_b",
            "chp_II",
            "chp_II__part_1",
            "chp_II__part_1__art_3",
            "chp_II__part_1__art_3__subsec_1",
            "chp_II__part_1__art_3__subsec_1__point_a",
            "chp_II__part_1__art_3__subsec_1__point_b",
            "chp_II__part_1__art_3__subsec_2",
            "chp_II__part_2",
            "chp_II__part_2__art_4",
            "chp_III",
            "chp_III__art_5",
        ],
    ),
    "Vietnamese penal code: Part One + title, Chapter + title, Section, đ) and g) points": (
        """PENAL CODE
No. 100/2025/QH15
Part One
GENERAL PROVISIONS
Chapter I
BASIC PROVISIONS
Article 2. Basis of criminal liability
1. Criminal liability arises only from a crime.
Article 15. Attempted crime
An attempted crime is an act not carried through.
Part Two
THE CRIMES
Chapter XIV
CRIMES AGAINST HUMAN LIFE, HEALTH, DIGNITY AND HONOUR
Article 150. Trafficking in persons
1. A person who commits any of the following acts shall face a penalty of 05 - 10 years' imprisonment:
a) Handing over or receiving a person;
b) Recruiting a person.
2. This offence committed in any of the following circumstances shall carry a penalty of 08 - 15 years' imprisonment:
d) The victim is taken abroad;
\u0111) The offence is committed against 02 - 05 persons;
e) The victim is a pregnant woman;
g) Dangerous recidivism.
Chapter XXI
CRIMES AGAINST PUBLIC SAFETY AND PUBLIC ORDER
Section 1. Crimes against labour order
Article 296. Employment of persons under 16 years of age in heavy, hazardous work
1. A person who employs a person under 16 shall face a fine.
""",
        [
            "part_1",
            "part_1__chp_I",
            "part_1__chp_I__art_2",
            "part_1__chp_I__art_2__cl_1",
            "part_1__chp_I__art_15",
            "part_2",
            "part_2__chp_XIV",
            "part_2__chp_XIV__art_150",
            "part_2__chp_XIV__art_150__cl_1",
            "part_2__chp_XIV__art_150__cl_1__point_a",
            "part_2__chp_XIV__art_150__cl_1__point_b",
            "part_2__chp_XIV__art_150__cl_2",
            "part_2__chp_XIV__art_150__cl_2__point_d",
            "part_2__chp_XIV__art_150__cl_2__point_\u0111",
            "part_2__chp_XIV__art_150__cl_2__point_e",
            "part_2__chp_XIV__art_150__cl_2__point_g",
            "part_2__chp_XXI",
            "part_2__chp_XXI__sec_1",
            "part_2__chp_XXI__sec_1__art_296",
            "part_2__chp_XXI__sec_1__art_296__cl_1",
        ],
    ),
    "schedules restart numbering and leave the body": (
        "1. Short title\nText.\n2. Second\nText.\nFIRST SCHEDULE\nFORMS\n1. The first form.\n"
        "2. The second form.\nSECOND SCHEDULE\n1. Again one.\n",
        [
            "sec_1",
            "sec_2",
            "sched_1",
            "sched_1__para_1",
            "sched_1__para_2",
            "sched_2",
            "sched_2__para_1",
        ],
    ),
    "Cambodian-style Law: Royal Kram preamble, CHAPTER 1 + title, Article 8: Heading, dash lists": (
        "KINGDOM OF CAMBARA\nNATION RELIGION KING\nROYAL KRAM\nNS/RKM/0425/011\nWe,\n"
        "- Having seen the Constitution;\n- Having regard to the request of the Prime Minister,\n"
        "HEREBY PROMULGATE\nThe Law, the text of which is as follows:\n"
        "LAW ON SUPPRESSION OF HUMAN TRAFFICKING AND SEXUAL EXPLOITATION\n"
        "CHAPTER 1\nGENERAL PROVISIONS\nArticle 4: Definitions\nFor the purposes of this Law:\n"
        "1. Minor means any person who has not yet reached 18 (eighteen) years of age.\n"
        "2. Purpose of exploitation means any of the following:\n- forced labour;\n- servitude.\n"
        "CHAPTER 2\nUNLAWFUL REMOVAL, TRAFFICKING AND SALE OF PERSONS\n"
        "Article 8: Definition of Unlawful Removal\nUnlawful removal in this Law means:\n"
        "1. to take a person away by means of force;\n"
        "2. to take a minor away, whether or not any of the means mentioned in item 1 of this "
        "Article has been used.\n"
        "Article 9: Unlawful Removal of a Person\nAny person who unlawfully removes another person "
        "shall be punished with imprisonment from 2 (two) to 5 (five) years.\n"
        "Where the victim is a minor, the penalty shall be imprisonment from 5 (five) to 10 (ten) years.\n",
        [
            "chp_1",
            "chp_1__art_4",
            "chp_1__art_4__cl_1",
            "chp_1__art_4__cl_2",
            "chp_2",
            "chp_2__art_8",
            "chp_2__art_8__cl_1",
            "chp_2__art_8__cl_2",
            "chp_2__art_9",
        ],
    ),
    "Lusophone penal code: decree articles, BOOK/TITLE/CHAPTER, heading on the line after the number": (
        "DECREE-LAW No. 12/2024 of 3 April\nArticle 1\nApproval\nThe Penal Code is approved.\n"
        "PENAL CODE\nBOOK II\nSPECIAL PART\nTITLE II\nCRIMES AGAINST PERSONS\nCHAPTER III\n"
        "CRIMES AGAINST PERSONAL FREEDOM\nArticle 163\nTrafficking in persons\n"
        "1. Anyone who recruits a person by any of the following means is punishable:\n"
        "(a) force;\n(b) fraud.\n2. Exploitation includes forced labour.\nArticle 165\n"
        "Protection of victims\nThe protection of victims is governed by special legislation.\n",
        [
            "art_1",
            "book_II",
            "book_II__title_II",
            "book_II__title_II__chp_III",
            "book_II__title_II__chp_III__art_163",
            "book_II__title_II__chp_III__art_163__cl_1",
            "book_II__title_II__chp_III__art_163__cl_1__para_a",
            "book_II__title_II__chp_III__art_163__cl_1__para_b",
            "book_II__title_II__chp_III__art_163__cl_2",
            "book_II__title_II__chp_III__art_165",
        ],
    ),
    "Gulf federal law: Chapter One + title, Article (1) in brackets, Article (1) bis, term lines": (
        "FEDERAL LAW No. (14) of 2025\nHave issued the following Law:\nChapter One\nDefinitions\n"
        "Article (1)\nIn application of the provisions of this Law, the following words shall have "
        "the meanings set forth opposite each:\nState: The Federation.\n"
        "Child: Every person who has not completed eighteen years of age.\n"
        "Article (1) bis\nHuman Trafficking Crime\n1. A perpetrator is every person who commits:\n"
        "a. selling persons;\nb. recruiting persons by any of the means set forth in\n"
        "Article (1) bis of this Law.\n2. Where the victim is a Child, no means is needed.\n"
        "Chapter Two\nCrimes and Penalties\nArticle (2)\nWhoever commits the crime of "
        "Article (1) bis shall be punished by temporary imprisonment for not less than "
        "(5) five years.\nArticle (8) bis\nLiability of Legal Persons\nThe legal person is fined.\n",
        [
            "chp_1",
            "chp_1__art_1",
            "chp_1__art_1bis",
            "chp_1__art_1bis__cl_1",
            "chp_1__art_1bis__cl_1__point_a",
            "chp_1__art_1bis__cl_1__point_b",
            "chp_1__art_1bis__cl_2",
            "chp_2",
            "chp_2__art_2",
            "chp_2__art_8bis",
        ],
    ),
    "Malaysian Act: headings above sections, Explanations, SCHEDULE with [Subsection 5(2)]": (
        "ARRANGEMENT OF SECTIONS\nPART I\nPRELIMINARY\nSection\n1. Short title\n2. Interpretation\n"
        "PART I\nPRELIMINARY\nShort title\n1. (1) This Act may be cited as the Example Act.\n"
        "(2) It comes into operation on a date appointed by the Minister.\nInterpretation\n"
        '2. In this Act, "child" means a person under eighteen.\nOffence of trafficking\n'
        "3. A person who traffics in another person commits an offence.\n"
        "Explanation—The offence is complete whether or not exploitation has taken place.\n"
        "SCHEDULE\n[Subsection 5(2)]\nMEMBERS OF THE COUNCIL\n1. The Council shall consist of—\n"
        "(a) the Chairman; and\n(b) two members.\n",
        [
            "part_I",
            "part_I__sec_1",
            "part_I__sec_1__subsec_1",
            "part_I__sec_1__subsec_2",
            "part_I__sec_2",
            "part_I__sec_3",
            "sched_1",
            "sched_1__para_1",
            "sched_1__para_1__para_a",
            "sched_1__para_1__para_b",
        ],
    ),
    "Indian Act: CHAPTER I, heading.—(1), Explanation, Illustrations (a), THE SCHEDULE [See ...]": (
        "CHAPTER I\nPRELIMINARY\n1. Short title, extent and commencement.\u2014(1) This Act may be "
        "called the Example Act.\n(2) It extends to the whole of Indara.\n"
        "2. Definitions.\u2014(1) In this Act, unless the context otherwise requires,\u2014\n"
        '(a) "child" means a person who has not completed eighteen years of age;\n'
        '(b) "Code" means the Code of Criminal Procedure.\n'
        "CHAPTER II\nOFFENCES\n3. Trafficking of persons.\u2014(1) Whoever traffics a person "
        "commits an offence.\n(2) The offence is punished with imprisonment.\n"
        "Explanation.\u2014The offence is complete though no exploitation followed.\n"
        "Illustrations.\n(a) A deceives B and takes her to a brothel. A has committed the offence.\n"
        "(b) A pays Z to hand over Y. A has committed the offence.\n"
        "4. Attempt.\u2014Whoever attempts an offence shall be punished\u2014\n"
        "(a) with the punishment for it; and\n(b) with fine.\n"
        "THE SCHEDULE\n[See sections 20 and 33]\nOFFENCES FOR WHICH A VICTIM SHALL NOT BE "
        "PROSECUTED\n1. An offence of unlawful entry.\n2. An offence of begging.\n",
        [
            "chp_I",
            "chp_I__sec_1",
            "chp_I__sec_1__subsec_1",
            "chp_I__sec_1__subsec_2",
            "chp_I__sec_2",
            "chp_I__sec_2__subsec_1",
            "chp_I__sec_2__subsec_1__para_a",
            "chp_I__sec_2__subsec_1__para_b",
            "chp_II",
            "chp_II__sec_3",
            "chp_II__sec_3__subsec_1",
            "chp_II__sec_3__subsec_2",
            "chp_II__sec_4",
            "chp_II__sec_4__para_a",
            "chp_II__sec_4__para_b",
            "sched_1",
            "sched_1__para_1",
            "sched_1__para_2",
        ],
    ),
    "Japanese-style Act: bracketed headings above articles, (1) with items (i), branch "
    "articles, Supplementary Provisions": (
        "Table of Contents\nChapter I General Provisions (Articles 1 to 2)\n"
        "Supplementary Provisions\n"
        "Chapter I General Provisions\n(Purpose)\nArticle 1  This Act aims at X.\n"
        '(Definitions)\nArticle 2  (1) The term "child" as used in this Act means a person '
        'under 18 years of age.\n(2) The term "child pornography" means either of the '
        "following:\n(i) a child engaged in a sexual act;\n(ii) the sexual organs of a child.\n"
        "(Requests to Meet a Child)\nArticle 2-2  A person who falls under item (ii) of "
        "paragraph (2) of the preceding Article shall be punished.\n"
        "Chapter II Penal Provisions\nArticle 3  A person who falls under any of the following "
        "items shall be punished:\n(i) a person who violates Article 2;\n"
        "(ii) a person who violates Article 2-2.\n"
        "Supplementary Provisions\n(Effective Date)\nArticle 1  This Act comes into effect as "
        "from April 1, 2024.\n(Review)\nArticle 2  The Government shall review this Act.\n",
        [
            "chp_I",
            "chp_I__art_1",
            "chp_I__art_2",
            "chp_I__art_2__subsec_1",
            "chp_I__art_2__subsec_2",
            "chp_I__art_2__subsec_2__subpara_i",
            "chp_I__art_2__subsec_2__subpara_ii",
            "chp_I__art_2-2",
            "chp_II",
            "chp_II__art_3",
            "chp_II__art_3__subpara_i",
            "chp_II__art_3__subpara_ii",
            "suppl_1",
            "suppl_1__art_1",
            "suppl_1__art_2",
        ],
    ),
    "Korean-style Act: bracketed headings on the article's line, paragraphs, subparagraphs "
    "and items, a branch article, a deleted article, ADDENDA": (
        "ACT ON THE PUNISHMENT OF X\n[Enforcement Date: Jul. 1, 2025] [Act No. 20417, Jan. 14, "
        "2025, Partial Amendment]\nCHAPTER I GENERAL PROVISIONS\n"
        "Article 1 (Purpose) The purpose of this Act is X.\n"
        "Article 2 (Definitions) The terms used in this Act are defined as follows: <Amended on "
        'Jan. 14, 2025>\n1. The term "human trafficking" means recruiting a person by any of the '
        'following means:\n(a) Using assault;\n(b) Fraud;\n2. The term "child" means a person '
        "under 18.\nCHAPTER II CRIMES AND PUNISHMENT\n"
        "Article 6 (Human Trafficking) (1) Any person who commits human trafficking shall be "
        "punished.\n(2) Any person who falls under any of the following subparagraphs shall be "
        "punished:\n1. A person who offers a child;\n2. A person who provides premises.\n"
        "(3) An attempt shall be punished.\nArticle 9 Deleted. <Jan. 14, 2025>\n"
        "Article 12-2 (Withholding of Identity Documents) Any person who retains a passport shall "
        "be punished. <Newly Inserted on Jan. 14, 2025>\n"
        "ADDENDA <No. 20417, Jan. 14, 2025>\n"
        "Article 1 (Enforcement Date) This Act shall enter into force on July 1, 2025.\n",
        [
            "chp_I",
            "chp_I__art_1",
            "chp_I__art_2",
            "chp_I__art_2__cl_1",
            "chp_I__art_2__cl_1__para_a",
            "chp_I__art_2__cl_1__para_b",
            "chp_I__art_2__cl_2",
            "chp_II",
            "chp_II__art_6",
            "chp_II__art_6__subsec_1",
            "chp_II__art_6__subsec_2",
            "chp_II__art_6__subsec_2__cl_1",
            "chp_II__art_6__subsec_2__cl_2",
            "chp_II__art_6__subsec_3",
            "chp_II__art_9",
            "chp_II__art_12-2",
            "suppl_1",
            "suppl_1__art_1",
        ],
    ),
    "Australian-style code: Schedule, Chapter, Division, Subdivision, decimal sections": (
        "Criminal Code Act 1996\nCompilation No. 140\nSchedule\u2014The Criminal Code\n"
        "Chapter 2\u2014General principles of criminal responsibility\n"
        "Part 2.7\u2014Geographical jurisdiction\n"
        "15.2  Extended geographical jurisdiction\u2014category B\n"
        "(1) If this section applies to an offence, a person commits it also if:\n"
        "(a) the conduct occurs wholly outside Meridia; and\n(b) the person is a citizen.\n"
        "Chapter 8\u2014Offences against humanity and related offences\n"
        "Division 270\u2014Slavery and slavery-like conditions\n"
        "Subdivision A\u2014Preliminary\n270.1A  Definitions for Division 270\n"
        "In this Division:\ncoercion includes coercion by any of the following:\n"
        "(a) force;\n(b) duress.\nthreat means a threat of coercion.\n"
        "270.2  Geographical jurisdiction\n"
        "Section 15.2 (extended geographical jurisdiction\u2014category B) applies to an "
        "offence against this Division.\n"
        "Subdivision B\u2014Slavery\n270.6A  Forced labour offences\n"
        "(1) A person commits an offence if the person's conduct causes forced labour.\n"
        "Penalty: Imprisonment for 3 years or 180 penalty units, or both.\n"
        "(1A) Absolute liability applies to paragraph (1)(b).\n"
        "Note: See section 271.1A.\n"
        "Division 271\u2014Trafficking in persons\n271.10  Geographical jurisdiction\nText.\n",
        [
            "sched_1",
            "sched_1__chp_2",
            "sched_1__chp_2__part_2-7",
            "sched_1__chp_2__part_2-7__sec_15-2",
            "sched_1__chp_2__part_2-7__sec_15-2__subsec_1",
            "sched_1__chp_2__part_2-7__sec_15-2__subsec_1__para_a",
            "sched_1__chp_2__part_2-7__sec_15-2__subsec_1__para_b",
            "sched_1__chp_8",
            "sched_1__chp_8__dvs_270",
            "sched_1__chp_8__dvs_270__subdvs_A",
            "sched_1__chp_8__dvs_270__subdvs_A__sec_270-1A",
            "sched_1__chp_8__dvs_270__subdvs_A__sec_270-1A__para_a",
            "sched_1__chp_8__dvs_270__subdvs_A__sec_270-1A__para_b",
            "sched_1__chp_8__dvs_270__subdvs_A__sec_270-2",
            "sched_1__chp_8__dvs_270__subdvs_B",
            "sched_1__chp_8__dvs_270__subdvs_B__sec_270-6A",
            "sched_1__chp_8__dvs_270__subdvs_B__sec_270-6A__subsec_1",
            "sched_1__chp_8__dvs_270__subdvs_B__sec_270-6A__subsec_1A",
            "sched_1__chp_8__dvs_271",
            "sched_1__chp_8__dvs_271__sec_271-10",
        ],
    ),
    "French-style code: LEGISLATIVE and REGULATORY PART, Article L. 4153-1, notes, 1\u00b0, a)": (
        "LABOUR CODE\nLEGISLATIVE PART\nPART FOUR \u2014 Health and safety at work\n"
        "BOOK I \u2014 General provisions\nTITLE V \u2014 Certain categories of workers\n"
        "CHAPTER III \u2014 Young workers\nSection 1 \u2014 Minimum age\nArticle L. 4153-1\n"
        "Modified by Law No. 2024-211 of 3 April 2024 - art. 7\n"
        "Young persons may not be employed before the age of sixteen.\n"
        "Article L. 4153-9\nYoung workers may be assigned where:\n"
        "1\u00b0 the labour inspector has authorised it;\n"
        "2\u00b0 their health is fully protected, and in particular:\n"
        "a) a doctor has found them fit;\nb) they are supervised.\n"
        "The derogation provided for in 1\u00b0 is renewable.\n"
        "REGULATORY PART\nPART FOUR \u2014 Health and safety at work\n"
        "BOOK I \u2014 General provisions\nTITLE V \u2014 Certain categories of workers\n"
        "CHAPTER III \u2014 Young workers\nSection 3 \u2014 Work prohibited to young workers\n"
        "Article D. 4153-15\nCreated by Decree No. 2024-590 of 28 June 2024 - art. 1\n"
        "It is prohibited to assign young workers to:\n1\u00b0 work underground;\n"
        "Article R. 4153-40\nThe derogation is granted for three years.\n",
        [
            "part_4",
            "part_4__book_I",
            "part_4__book_I__title_V",
            "part_4__book_I__title_V__chp_III",
            "part_4__book_I__title_V__chp_III__sec_1",
            "part_4__book_I__title_V__chp_III__sec_1__art_L4153-1",
            "part_4__book_I__title_V__chp_III__sec_1__art_L4153-9",
            "part_4__book_I__title_V__chp_III__sec_1__art_L4153-9__cl_1",
            "part_4__book_I__title_V__chp_III__sec_1__art_L4153-9__cl_2",
            "part_4__book_I__title_V__chp_III__sec_1__art_L4153-9__cl_2__point_a",
            "part_4__book_I__title_V__chp_III__sec_1__art_L4153-9__cl_2__point_b",
            "part_4_2",
            "part_4_2__book_I",
            "part_4_2__book_I__title_V",
            "part_4_2__book_I__title_V__chp_III",
            "part_4_2__book_I__title_V__chp_III__sec_3",
            "part_4_2__book_I__title_V__chp_III__sec_3__art_D4153-15",
            "part_4_2__book_I__title_V__chp_III__sec_3__art_D4153-15__cl_1",
            "part_4_2__book_I__title_V__chp_III__sec_3__art_R4153-40",
        ],
    ),
    "post-Soviet criminal code: GENERAL PART, Section VII., Chapter 19., Article 128-1., Notes": (
        "CRIMINAL CODE OF THE REPUBLIC OF KARVASTAN\n(as amended by Law No. 214-VII of 12 March 2024)\n"
        "GENERAL PART\nSection I. Criminal law\nChapter 2. Operation of the criminal law\n"
        "Article 7. Operation of the criminal law in the territory\n"
        "1. A person who has committed a criminal offence in the territory shall be liable.\n"
        "2. The territorial waters are part of the territory.\n"
        "SPECIAL PART\nSection VII. Crimes against the person\n"
        "Chapter 19. Crimes against personal liberty, honour and dignity\n"
        "Article 128-1. Trafficking in persons\n"
        "1. Trafficking in persons, that is, the recruitment of a person, shall be punishable.\n"
        "2. The same act committed:\na) against two or more persons;\nb) by a group of persons,\n"
        "shall be punishable by deprivation of liberty for a term of five to twelve years.\n"
        "Notes. 1. The means of trafficking in persons are the use of force.\n"
        "2. Exploitation in this Chapter means forced labour.\n"
        "a) a point inside a note is text too.\n"
        "Article 128-2. Trafficking in minors\n"
        "1. Trafficking in minors, whether or not any of the means specified in note 1 to\n"
        "Article 128-1 of this Code were used, shall be punishable.\n"
        "Note. A note with one paragraph.\n"
        "Section IX. Crimes against public order\nChapter 25. Crimes against public morality\n"
        "Article 242-1. Manufacture of materials\n1. Text.\n",
        [
            "sec_I",
            "sec_I__chp_2",
            "sec_I__chp_2__art_7",
            "sec_I__chp_2__art_7__cl_1",
            "sec_I__chp_2__art_7__cl_2",
            "sec_VII",
            "sec_VII__chp_19",
            "sec_VII__chp_19__art_128-1",
            "sec_VII__chp_19__art_128-1__cl_1",
            "sec_VII__chp_19__art_128-1__cl_2",
            "sec_VII__chp_19__art_128-1__cl_2__point_a",
            "sec_VII__chp_19__art_128-1__cl_2__point_b",
            "sec_VII__chp_19__art_128-2",
            "sec_VII__chp_19__art_128-2__cl_1",
            "sec_IX",
            "sec_IX__chp_25",
            "sec_IX__chp_25__art_242-1",
            "sec_IX__chp_25__art_242-1__cl_1",
        ],
    ),
    "Ethiopian-style Proclamation: PART ONE, bare articles 1., sub-articles 1/, a), (1)": (
        "PROCLAMATION No. 1204/2025\n"
        "NOW, THEREFORE, in accordance with Article 55(1) of the Constitution, it is hereby "
        "proclaimed as follows:\n"
        "PART ONE\nGENERAL\n1. Short Title\nThis Proclamation may be cited as X.\n"
        "2. Definitions\nIn this Proclamation unless the context otherwise requires:\n"
        '1/ "child" means any person who has not attained the age of eighteen years;\n'
        '2/ "exploitation" means:\na) sexual exploitation; or\nb) forced labour;\n'
        "PART TWO\nCRIMINAL PROVISIONS\n4. Trafficking in Persons\n"
        "1/ Any person who recruits a person by means of:\na) force; or\nb) fraud,\n"
        "shall be punished with rigorous imprisonment from 15 years to 25 years.\n"
        "2/ The consent of the victim shall not be a defence.\n"
        "5. Trafficking in Children\nWhether or not any of the means in sub-article (1) of "
        "Article 4 of this Proclamation is used.\n"
        "6. Fund\n1/ The Fund shall be used to:\na) cover the costs of:\n(1) shelter;\n"
        "(2) repatriation;\nb) pay compensation under Article 4 of this Proclamation.\n"
        "7. Repealed Laws\nProclamation No. 909/2015 is hereby repealed.\n",
        [
            "part_1",
            "part_1__art_1",
            "part_1__art_2",
            "part_1__art_2__subsec_1",
            "part_1__art_2__subsec_2",
            "part_1__art_2__subsec_2__point_a",
            "part_1__art_2__subsec_2__point_b",
            "part_2",
            "part_2__art_4",
            "part_2__art_4__subsec_1",
            "part_2__art_4__subsec_1__point_a",
            "part_2__art_4__subsec_1__point_b",
            "part_2__art_4__subsec_2",
            "part_2__art_5",
            "part_2__art_6",
            "part_2__art_6__subsec_1",
            "part_2__art_6__subsec_1__point_a",
            "part_2__art_6__subsec_1__point_a__subsec_1",
            "part_2__art_6__subsec_1__point_a__subsec_2",
            "part_2__art_6__subsec_1__point_b",
            "part_2__art_7",
        ],
    ),
    "bare sections stay sections where the law cites itself by section": (
        "1. Short title\nThis Act may be cited as X.\n2. Offence\n"
        "1/ A person who contravenes section 1 of this Act commits an offence.\n",
        ["sec_1", "sec_2", "sec_2__subsec_1"],
    ),
    "francophone decree and order published together: one component each": (
        """REPUBLIC OF SORELLE
DECREE No. 2024-0312/PRES/PM/MFPTPS
fixing the conditions of light work of children
HAVING REGARD TO Decree No. 2023-0118/PRES/PM of 9 February 2023 on the Government;
DECREES
CHAPTER I: GENERAL PROVISIONS
Article 1st: This decree fixes the minimum age of admission to employment.
Article 2: For the purposes of this decree:
1) a child is any person under eighteen years;
2) light work is work not likely to harm the child.
Done at Velmont, on 12 June 2024
ORDER No. 2024-017/MFPTPS/SG/DGT
determining the list of hazardous work prohibited to children
ORDERS
CHAPTER I: GENERAL PROVISIONS
Article 1: This order determines the list of hazardous work.
CHAPTER II: WORK HAZARDOUS BY ITS NATURE
Section 1: Agriculture, livestock and fishing
Article 2: In agriculture, the following work is prohibited to children:
- the handling of pesticides;
Section 2: Mines and quarries
Article 3: All work underground is prohibited to children.
""",
        [
            "cmp_1",
            "cmp_1__chp_I",
            "cmp_1__chp_I__art_1",
            "cmp_1__chp_I__art_2",
            "cmp_1__chp_I__art_2__cl_1",
            "cmp_1__chp_I__art_2__cl_2",
            "cmp_2",
            "cmp_2__chp_I",
            "cmp_2__chp_I__art_1",
            "cmp_2__chp_II",
            "cmp_2__chp_II__sec_1",
            "cmp_2__chp_II__sec_1__art_2",
            "cmp_2__chp_II__sec_2",
            "cmp_2__chp_II__sec_2__art_3",
        ],
    ),
    "Mongolian-style Law: CHAPTER ONE + title, Article 4. heading, decimal clauses 4.1. and 4.1.1.": (
        """LAW OF MONGVARIA
ON THE PROTECTION OF THE RIGHTS OF THE CHILD
5 February 2024
CHAPTER ONE
GENERAL PROVISIONS
Article 4. Definitions of terms
4.1. The following terms used in this Law shall have the meanings as follows:
4.1.1. "child" means a person under the age of 18;
4.1.2. "light work" means work that is not harmful;
4.1.10. "hazardous work" means work that is likely to harm a child.
4.2. A reference to Article 7.2.3 of this Law includes clause 7.2 of this Law.
Article 7. Economic exploitation
7.1. Every child shall be protected.
7.2. The following acts shall be prohibited:
7.2.1. forced labour;
7.2.2. withholding wages;
7.2.3. work during school hours.
7.3. Inspectors shall monitor clause 7.2 of this Law.
CHAPTER TWO
MISCELLANEOUS
Article 8. Entry into force
8.1. This Law shall enter into force on 1 July 2024.
CHAIRMAN OF THE STATE GREAT ASSEMBLY OF MONGVARIA
""",
        [
            "chp_1",
            "chp_1__art_4",
            "chp_1__art_4__cl_4-1",
            "chp_1__art_4__cl_4-1__point_4-1-1",
            "chp_1__art_4__cl_4-1__point_4-1-2",
            "chp_1__art_4__cl_4-1__point_4-1-10",
            "chp_1__art_4__cl_4-2",
            "chp_1__art_7",
            "chp_1__art_7__cl_7-1",
            "chp_1__art_7__cl_7-2",
            "chp_1__art_7__cl_7-2__point_7-2-1",
            "chp_1__art_7__cl_7-2__point_7-2-2",
            "chp_1__art_7__cl_7-2__point_7-2-3",
            "chp_1__art_7__cl_7-3",
            "chp_2",
            "chp_2__art_8",
            "chp_2__art_8__cl_8-1",
        ],
    ),
    "decimal clauses to four levels: 3.1.2.1. is an item of point 3.1.2.": (
        "Article 3. Scope\n3.1. This Law applies to:\n3.1.1. children;\n3.1.2. employers, namely:\n"
        "3.1.2.1. legal persons;\n3.1.2.2. individuals.\n3.2. It applies everywhere.\n",
        [
            "art_3",
            "art_3__cl_3-1",
            "art_3__cl_3-1__point_3-1-1",
            "art_3__cl_3-1__point_3-1-2",
            "art_3__cl_3-1__point_3-1-2__item_3-1-2-1",
            "art_3__cl_3-1__point_3-1-2__item_3-1-2-2",
            "art_3__cl_3-2",
        ],
    ),
    # paragraphs separated by blank lines, as the .txt rendering writes them
    "Nepali-style Act: Chapter-1 + title line, '1. Heading: (1) text', clauses (a)": (
        """Human Trafficking and Transportation (Control) Act, 2066 (2009)

Date of Authentication and Publication

2066.9.12 (27 Dec. 2009)

Act Number 11 of the Year 2066

Chapter-1

Preliminary

1. Short title and commencement: (1) This Act may be called the "Example Act, 2066 (2009)".

(2) This Act shall come into force immediately.

2. Definitions: Unless the subject or the context otherwise requires, in this Act,-

(a) "Child" means a person who has not attained the age of eighteen years.

Explanation: For the purpose of this clause, a person is a child until the day before the eighteenth birthday.

(b) "Fund" means the Fund established under Section 11.

Chapter-2

Offences

3. Consent not to be a defence: An offence under Section 2 shall be deemed to have been committed even if the victim has consented.

4. Punishment: (1) Any person who commits an offence shall be liable to the following punishment:

(a) imprisonment for a term of ten years to fifteen years,

Provided that, where the victim is a child, imprisonment for fifteen years to twenty years,

(b) a fine of fifty thousand rupees.
""",
        [
            "chp_1",
            "chp_1__sec_1",
            "chp_1__sec_1__subsec_1",
            "chp_1__sec_1__subsec_2",
            "chp_1__sec_2",
            "chp_1__sec_2__para_a",
            "chp_1__sec_2__para_b",
            "chp_2",
            "chp_2__sec_3",
            "chp_2__sec_4",
            "chp_2__sec_4__subsec_1",
            "chp_2__sec_4__subsec_1__para_a",
            "chp_2__sec_4__subsec_1__para_b",
        ],
    ),
    "Argentine-style federal law: titles, chapters, ARTICLE 1\u00b0 with run-in headings, "
    "quoted Penal Code articles": (
        """TRAFFICKING IN PERSONS
Law No. 8.412
The Senate and Chamber of Deputies of the Paravian Nation, gathered in Congress, etc., sanction with force of Law:
TITLE I
GENERAL PROVISIONS
ARTICLE 1\u00b0 \u2014 Object. This law aims to prevent and punish trafficking in persons.
ARTICLE 2\u00b0 \u2014 Definitions. For the purposes of this law:
1. Trafficking in persons is the offering, recruitment or transport of persons.
2. There is exploitation in any of the following cases:
a) when a person is kept in servitude;
b) when a person is compelled to work.
3. Child or adolescent is every person under eighteen (18) years of age.
TITLE II
GUARANTEES FOR THE VICTIMS
CHAPTER I
RIGHTS OF THE VICTIMS
ARTICLE 9\u00ba \u2014 Rights of the victims. The State shall guarantee the following rights:
a) to receive information;
b) to receive accommodation.
The rights set out in items b), c) and d) shall be provided within the budget.
ARTICLE 10 \u2014 Paravian victims abroad. The Ministry shall assist them.
TITLE V
AMENDMENTS TO THE PENAL CODE
ARTICLE 22 \u2014 Substitute article 145 ter of the Penal Code with the following:
\u201cArticle 145 ter: The penalty shall be five (5) to ten (10) years when:
1. Deception was used.
2. The victims are three (3) or more.\u201d
ARTICLE 30 \u2014 Communicate to the National Executive Power.
GIVEN IN THE SESSION HALL OF THE PARAVIAN CONGRESS.
""",
        [
            "title_I",
            "title_I__art_1",
            "title_I__art_2",
            "title_I__art_2__cl_1",
            "title_I__art_2__cl_2",
            "title_I__art_2__cl_2__point_a",
            "title_I__art_2__cl_2__point_b",
            "title_I__art_2__cl_3",
            "title_II",
            "title_II__chp_I",
            "title_II__chp_I__art_9",
            "title_II__chp_I__art_9__point_a",
            "title_II__chp_I__art_9__point_b",
            "title_II__chp_I__art_10",
            "title_V",
            "title_V__art_22",
            "title_V__art_30",
        ],
    ),
    "francophone African law: titles and chapters after an en dash, items 1°)": (
        """REPUBLIC OF TOMBOURA
Unity \u2013 Work \u2013 Progress
NATIONAL ASSEMBLY
LAW No. 2021-014 of 12 July 2021
The President of the Republic promulgates the law whose content follows:
TITLE I \u2013 GENERAL PROVISIONS
CHAPTER I \u2013 PURPOSE AND DEFINITIONS
Article 1st: This law has as its purpose to repress trafficking.
Article 2: For the purposes of this law, the following are understood as:
- child: any person aged under eighteen (18) years;
- victim: any natural person who has suffered harm.
TITLE II \u2013 OFFENCES AND PENALTIES
CHAPTER IV \u2013 LEGAL PERSONS AND COMPLEMENTARY PENALTIES
Article 22: The court may, in addition, pronounce against the persons convicted:
1\u00b0) the prohibition of residence;
2\u00b0) the expulsion from the national territory.
The measures of 1\u00b0) are pronounced for ten (10) years at most.
TITLE V \u2013 PREVENTION AND COORDINATION
Article 40: A decree adopted in the Council of Ministers shall determine the organisation.
Article 45: This law shall be executed as law of the State.
Done at Tombour\u00e9, 12 July 2021
The President of the Republic
""",
        [
            "title_I",
            "title_I__chp_I",
            "title_I__chp_I__art_1",
            "title_I__chp_I__art_2",
            "title_II",
            "title_II__chp_IV",
            "title_II__chp_IV__art_22",
            "title_II__chp_IV__art_22__cl_1",
            "title_II__chp_IV__art_22__cl_2",
            "title_V",
            "title_V__art_40",
            "title_V__art_45",
        ],
    ),
}


CASES[
    "Dutch-style code: Books and Titles with an en dash, 1° inside paragraphs, notes in square brackets"
] = (
    """BOOK ONE – GENERAL PROVISIONS
Title I – Scope of the criminal law
Article 5
1. The criminal law applies to a national who is guilty of:
1° one of the serious offences described in Article 273f;
2° any other serious offence punishable where it was committed.
2. Prosecution may also take place.
[Amended by Act of 1 July 2009, Bulletin of Acts 2009, 245]
Article 5a
The criminal law applies to a resident.
[Inserted by Act of 1 July 2009, Bulletin of Acts 2009, 245]
Article 5b
The criminal law applies to a person found here.
BOOK TWO – SERIOUS OFFENCES
Title XVIII – Serious offences against personal liberty
Article 273f
1. Any person who:
1° recruits another person with the intention of exploiting that person;
2° draws advantage from the exploitation of another person,
shall be guilty of trafficking in human beings.
2. Exploitation includes at least forced labour.
""",
    [
        "book_1",
        "book_1__title_I",
        "book_1__title_I__art_5",
        "book_1__title_I__art_5__cl_1",
        "book_1__title_I__art_5__cl_1__point_1",
        "book_1__title_I__art_5__cl_1__point_2",
        "book_1__title_I__art_5__cl_2",
        "book_1__title_I__art_5a",
        "book_1__title_I__art_5b",
        "book_2",
        "book_2__title_XVIII",
        "book_2__title_XVIII__art_273f",
        "book_2__title_XVIII__art_273f__cl_1",
        "book_2__title_XVIII__art_273f__cl_1__point_1",
        "book_2__title_XVIII__art_273f__cl_1__point_2",
        "book_2__title_XVIII__art_273f__cl_2",
    ],
)


CASES[
    "Lao-style revised law: the promulgating decree's own articles, then Parts and Chapters "
    "with the title on the number's line, an amendment note after an article's heading"
] = (
    """The President of the Sengkham People's Democratic Republic decrees:
Article 1 Promulgation
The Law on Anti-Human Trafficking (Amended) is promulgated.
Article 2 Entry into Force
This Decree enters into force on the date of its signature.
LAW ON ANTI-HUMAN TRAFFICKING
(Amended)
Part I General Provisions
Article 1 Objectives (Amended)
This Law lays down the principles.
Article 3 Definitions (Amended)
The terms used in this Law have the following meanings:
1. Victim means a person who has been trafficked;
2. Child means a person under the age set by another law.
Part II Prevention of Human Trafficking
Chapter 1 Prevention Measures
Article 9 Measures for Prevention (New)
Human trafficking is prevented by the following measures:
1. spreading knowledge of this Law;
2. creating jobs.
Part IV Jurisdiction
Article 30 Jurisdiction (New)
The People's Courts have jurisdiction over the offences committed:
1. in the territory;
2. abroad, against a citizen.
Where the State does not extradite a person, the case shall be prosecuted.
""",
    [
        "art_1",
        "art_2",
        "part_I",
        "part_I__art_1",
        "part_I__art_3",
        "part_I__art_3__cl_1",
        "part_I__art_3__cl_2",
        "part_II",
        "part_II__chp_1",
        "part_II__chp_1__art_9",
        "part_II__chp_1__art_9__cl_1",
        "part_II__chp_1__art_9__cl_2",
        "part_IV",
        "part_IV__art_30",
        "part_IV__art_30__cl_1",
        "part_IV__art_30__cl_2",
    ],
)


CASES[
    "Lao-style revised law in another translation: the decree's articles with their text on the "
    "number's line, Parts and Chapters over their titles, the amendment note before the heading"
] = (
    """The President of the Xaysana People's Democratic Republic decrees that:
Article 1. The Law on the Protection of the Rights and Interests of Children (Amended) is promulgated.
Article 2. This Decree enters into force on the date of its signature.
LAW ON THE PROTECTION OF THE RIGHTS AND INTERESTS OF CHILDREN
(Amended)
Part I
General Provisions
Article 1 (Amended) Objectives
This Law sets out the principles.
Article 2 Children
Children are persons under eighteen years of age.
Article 3 (New) Explanation of Terms
The terms used in this Law have the following meanings:
1. Guardian means a person who takes care of a child;
2. Child victim means a child who has suffered violence.
Part III
Protection of Children
Chapter 4
Protection from Economic Exploitation
Article 29 (New) Forced Labour, Debt Bondage and Begging
It is prohibited to force a child to work.
""",
    [
        "art_1",
        "art_2",
        "part_I",
        "part_I__art_1",
        "part_I__art_2",
        "part_I__art_3",
        "part_I__art_3__cl_1",
        "part_I__art_3__cl_2",
        "part_III",
        "part_III__chp_4",
        "part_III__chp_4__art_29",
    ],
)


CASES[
    "Thai-style Child Protection Act: an item (a) under an item (1), an inserted section with an "
    "amendment note, and Transitory Provisions after the last chapter (sections numbered on)"
] = (
    """Section 4. In this Act:
"Child" means a person under eighteen years of age;
"Minister" means the Minister having charge and control of the execution of this Act.
CHAPTER 1
Child Protection Committees
Section 10. The National Committee shall have the following powers and duties:
(1) to propose the policy;
(2) to lay down, for the agencies of the State:
(a) standards for the care of children;
(b) procedures for the referral of children;
(3) to monitor the implementation of this Act.
CHAPTER 4
Safety Protection of the Child
Section 32. Where a child is a victim, the competent official may remove the child.
Section 32/1. A child referred to in Section 32 who is not a national shall receive protection.
[Section 32/1 added by the Child Protection Act (No. 2), B.E. 2561 (2018)]
CHAPTER 7
Penalties
Section 61. Where an offence under this Act is punishable by a fine only, the case may be settled.
Transitory Provisions
Section 62. The members of the former Committee shall continue to perform their duties.
Section 63. A licence issued under the former Act shall remain valid for one year.
""",
    [
        "sec_4",
        "chp_1",
        "chp_1__sec_10",
        "chp_1__sec_10__subsec_1",
        "chp_1__sec_10__subsec_2",
        "chp_1__sec_10__subsec_2__para_a",
        "chp_1__sec_10__subsec_2__para_b",
        "chp_1__sec_10__subsec_3",
        "chp_4",
        "chp_4__sec_32",
        "chp_4__sec_32-1",
        "chp_7",
        "chp_7__sec_61",
        "suppl_1",
        "suppl_1__sec_62",
        "suppl_1__sec_63",
    ],
)


CASES[
    "Mexican-style General Law: a decree's Sole Article before the Law, fractions in capital Roman "
    "numerals with points a) inside, notes of the reforming decrees, a repealed article, and "
    "transitory articles numbered by ordinal words"
] = (
    """THE GENERAL CONGRESS OF THE UNITED STATES OF VERDANZA DECREES:
Sole Article.- The General Law on Trafficking in Persons is issued, and reads as follows:
BOOK ONE
OF THE CRIMES OF TRAFFICKING IN PERSONS
TITLE ONE
GENERAL PROVISIONS
CHAPTER I
Of the Object of the Law
Article 1.- This Law is of public order. It governs:
I. The competences of the Federation;
II. The protection owed to victims, namely:
a) medical care;
b) shelter, and
III. The State policy.
Fraction reformed DOF 19-03-2014
Article 2.- A person is held in slavery when another treats him or her as property.
Article reformed DOF 19-01-2018, 23-05-2022
Article 3.- Repealed.
Article repealed DOF 19-01-2018
TITLE TWO
OF THE OFFENCES
CHAPTER I
Of the Crime of Trafficking in Persons
Article 11.- Whoever captures, recruits or lodges a person for exploitation commits the crime.
Exploitation comprises:
I. Sexual exploitation;
II. Forced labour or services.
V. A fraction out of sequence is text of the fraction before it.
TRANSITORY PROVISIONS
First.- This Decree shall enter into force on the day following its publication.
Second.- The Law of 2007 is abrogated.
""",
    [
        "book_1",
        "book_1__title_1",
        "book_1__title_1__chp_I",
        "book_1__title_1__chp_I__art_1",
        "book_1__title_1__chp_I__art_1__cl_I",
        "book_1__title_1__chp_I__art_1__cl_II",
        "book_1__title_1__chp_I__art_1__cl_II__point_a",
        "book_1__title_1__chp_I__art_1__cl_II__point_b",
        "book_1__title_1__chp_I__art_1__cl_III",
        "book_1__title_1__chp_I__art_2",
        "book_1__title_1__chp_I__art_3",
        "book_1__title_2",
        "book_1__title_2__chp_I",
        "book_1__title_2__chp_I__art_11",
        "book_1__title_2__chp_I__art_11__cl_I",
        "book_1__title_2__chp_I__art_11__cl_II",
        "suppl_1",
        "suppl_1__art_1",
        "suppl_1__art_2",
    ],
)


CASES[
    "Jordanian-style law in translation: articles numbered in brackets, paragraphs lettered with "
    "a capital and a hyphen, items numbered with a hyphen inside them or directly in an article"
] = (
    """Article (1)
This Law shall be called the Prevention of Human Trafficking Law.
Article (3)
A- For the purposes of this Law, trafficking shall mean:
1- The recruitment of persons by means of force.
2- The recruitment of children for exploitation.
B- Exploitation shall mean forced labour.
D- A letter out of sequence is text of the paragraph before it.
Article (9)
The penalty shall be doubled in the following circumstances:
1- If the victim is a child.
2- If the perpetrator is a public employee.
Article (10) The Council of Ministers shall issue the regulations.
""",
    [
        "art_1",
        "art_3",
        "art_3__para_A",
        "art_3__para_A__point_1",
        "art_3__para_A__point_2",
        "art_3__para_B",
        "art_9",
        "art_9__cl_1",
        "art_9__cl_2",
        "art_10",
    ],
)


CASES[
    "Nordic penal code in translation: Part and Chapter with the title on the number's line, "
    "Section N. Heading with the text below, unnumbered paragraphs, a section inserted as "
    "'259 a', lettered items restarting in a later paragraph"
] = (
    """Part II Criminal acts
Chapter 24. Protection of personal liberty and peace
Section 257. Human trafficking
Any person who by means of violence or threats exploits a person for:
a) prostitution or other sexual purposes, or
b) forced labour or forced services,
shall be subject to a penalty of imprisonment for a term not exceeding six years.
The same penalty shall be applied to any person who:
a) facilitates such exploitation by procuring or transporting the person, or
b) in any other way contributes to the exploitation.
Section 259. Slavery
Any person who enslaves another person shall be punished.
Section 259 a. Forced labour
Any person who forces another person to perform work shall be punished. This applies to
section 259 a. Section 257 second paragraph applies correspondingly.
""",
    [
        "part_II",
        "part_II__chp_24",
        "part_II__chp_24__sec_257",
        "part_II__chp_24__sec_257__point_a",
        "part_II__chp_24__sec_257__point_b",
        "part_II__chp_24__sec_257__point_a_2",
        "part_II__chp_24__sec_257__point_b_2",
        "part_II__chp_24__sec_259",
        "part_II__chp_24__sec_259a",
    ],
)


CASES[
    "Romanian-style law in translation: CHAPTER and SECTION over their titles, 'Art. 12. - (1)' "
    "with the first paragraph on the number's line, letters 'a)', definitions '1.' with letters, "
    "articles inserted with a caret or in superscript ('Art. 18^1.', 'Art. 19\u00b9.'), a "
    "repealed article kept by number"
] = (
    """CHAPTER I
General provisions
Art. 2. - For the purposes of this law, the terms below shall have the following meanings:
1. minor - the person who has not reached the age of 18 years;
2. exploitation - the commission of any of the following acts:
a) forcing a person to practise begging;
b) keeping a person in slavery.
CHAPTER III
Offences
SECTION 2
Offences related to trafficking in persons
Art. 14. - Repealed.
Art. 18. - (1) The possession of such materials shall be punished.
(2) The use of a minor in such performances shall be punished:
a) with imprisonment;
b) with the prohibition of certain rights.
Art. 18^1. - (1) The use of the services of a victim shall be punished.
(2) The penalty provided in Art. 18^1 para. (1) is increased by one third.
Art. 19\u00b9. - The attempt to commit the offences provided in Art. 18 shall be punished.
""",
    [
        "chp_I",
        "chp_I__art_2",
        "chp_I__art_2__cl_1",
        "chp_I__art_2__cl_2",
        "chp_I__art_2__cl_2__point_a",
        "chp_I__art_2__cl_2__point_b",
        "chp_III",
        "chp_III__sec_2",
        "chp_III__sec_2__art_14",
        "chp_III__sec_2__art_18",
        "chp_III__sec_2__art_18__subsec_1",
        "chp_III__sec_2__art_18__subsec_2",
        "chp_III__sec_2__art_18__subsec_2__point_a",
        "chp_III__sec_2__art_18__subsec_2__point_b",
        "chp_III__sec_2__art_18-1",
        "chp_III__sec_2__art_18-1__subsec_1",
        "chp_III__sec_2__art_18-1__subsec_2",
        "chp_III__sec_2__art_19-1",
    ],
)


@pytest.mark.parametrize("name", CASES)
def test_drafting_styles(name: str) -> None:
    text, expected = CASES[name]
    assert eids(text) == expected


@pytest.mark.parametrize(
    ("text", "eid", "heading"),
    [
        ("PART II — OFFENCES\n1. A\nText.\n", "part_II", "OFFENCES"),
        ("PART II\nOFFENCES\n1. A\nText.\n", "part_II", "OFFENCES"),
        ("CHAPTER 3: Victims\n1. A\nText.\n", "chp_3", "Victims"),
        ("12. Offence of trafficking\n(1) A person.\n", "sec_12", "Offence of trafficking"),
        ("Section 259 a. Forced labour\nAny person.\n", "sec_259a", "Forced labour"),
        ("12. Short title.—(1) This Act is the Act.\n", "sec_12", "Short title"),
        ("Offence of trafficking\n12. (1) A person.\n", "sec_12", "Offence of trafficking"),
        (
            'Interpretation\n2. In this Act, "child" means a person under eighteen.\n',
            "sec_2",
            "Interpretation",
        ),
        (
            "1. Short title\nText.\nSCHEDULE\n[Subsection 5(2)]\nMEMBERS OF THE COUNCIL\n1. X.\n",
            "sched_1",
            "MEMBERS OF THE COUNCIL",
        ),
        (
            "1. Short title\nText.\nSCHEDULE\n(Section 32)\nFORMS\n1. X.\n",
            "sched_1",
            "FORMS",
        ),
        (
            "1. Short title\nText.\nTHE SCHEDULE\n[See sections 20 and 33]\nOFFENCES\n1. X.\n",
            "sched_1",
            "OFFENCES",
        ),
        (
            "1. Short title\nText.\nTHE SECOND SCHEDULE\n(See section 4)\nFORMS\n1. X.\n",
            "sched_2",
            "FORMS",
        ),
        (
            "Article 5. Scope of regulation\nThis Law.\nArticle 6. Next\nX.\n",
            "art_5",
            "Scope of regulation",
        ),
        ("Section 6. Whoever recruits a child shall be punished.\nSection 7. X.\n", "sec_6", None),
        (
            "CHAPTER II\nPROTECTION\nPart One\nRights of Victims\nArticle 3\nText.\n",
            "chp_II__part_1",
            "Rights of Victims",
        ),
        (
            "CHAPTER I\nGENERAL PROVISIONS\nArticle 1\nIn this Law:\n1. A means b.\n",
            "chp_I__art_1",
            None,
        ),
        ("Chapter I General Provisions\nArticle 1  This Law.\n", "chp_I", "General Provisions"),
        (
            "Part Two\nTHE CRIMES\nChapter XIV\nCRIMES\nArticle 150. X\n1. Y.\n",
            "part_2",
            "THE CRIMES",
        ),
        (
            "Chapter XXI\nPUBLIC ORDER\nSection 1. Crimes against labour order\nArticle 296. X\n1. Y.\n",
            "chp_XXI__sec_1",
            "Crimes against labour order",
        ),
        (
            "Article 296. Employment of persons under 16 years of age in heavy, hazardous work\n1. Y.\n",
            "art_296",
            "Employment of persons under 16 years of age in heavy, hazardous work",
        ),
        (
            "CHAPTER 2\nUNLAWFUL REMOVAL, TRAFFICKING AND SALE OF PERSONS\n"
            "Article 12: Selling, Buying or Exchanging a Person\nSelling means X.\nArticle 13: Y\nZ.\n",
            "chp_2__art_12",
            "Selling, Buying or Exchanging a Person",
        ),
        (
            "Article 163\nTrafficking in persons\n1. Anyone who.\n",
            "art_163",
            "Trafficking in persons",
        ),
        (
            "Art. 2.\n(Child prostitution)\n1. After article 600 of the Penal Code, X.\n",
            "art_2",
            "Child prostitution",
        ),
        (
            "Article (8) bis\nLiability of Legal Persons\nWhere a crime is committed, the legal person is fined.\n",
            "art_8bis",
            "Liability of Legal Persons",
        ),
        (
            "Article (20)\nThis Law shall be published in the Official Gazette.\n",
            "art_20",
            None,
        ),
        (
            "Article 165\nProtection of victims\nThe protection of victims is governed by law.\n",
            "art_165",
            "Protection of victims",
        ),
        (
            "Part 2.7\u2014Geographical jurisdiction\n"
            "15.2  Extended geographical jurisdiction\u2014category B\n(1) Text.\n",
            "part_2-7__sec_15-2",
            "Extended geographical jurisdiction\u2014category B",
        ),
        (
            "Division 270\u2014Slavery\n270.1A  Definitions for Division 270\nText.\n",
            "dvs_270__sec_270-1A",
            "Definitions for Division 270",
        ),
        ("Article 1\nThis Law enters into force on its publication.\n", "art_1", None),
        (
            "Article L. 1121-2\nModified by Law No. 2024-211 of 3 April 2024 - art. 3\n"
            "An employer may not withhold the passport of a worker.\n",
            "art_L1121-2",
            None,
        ),
        (
            "Article R. 4153-6\nCreated by Decree No. 2024-590 - art. 1\nText.\n",
            "art_R4153-6",
            None,
        ),
        ("Article 4\nFor the purposes of this Law:\n1. A means b.\n", "art_4", None),
        ('Article 2  "Child" means a minor.\nArticle 3  X.\n', "art_2", None),
        ("Article 2  'Minors' refer to persons under eighteen.\nArticle 3  X.\n", "art_2", None),
        (
            "(Purpose)\nArticle 1  The purpose of this Act is to protect the rights of children.\n",
            "art_1",
            "Purpose",
        ),
        ("(Effective Date)\nArticle 7-2  (1) This Act.\n(2) Y.\n", "art_7-2", "Effective Date"),
        (
            "Article 28  When X.\nSupplementary Provisions\n(Effective Date)\n"
            "Article 1  This Act comes into effect as from April 1, 2024.\n",
            "suppl_1",
            "Supplementary Provisions",
        ),
        (
            "Article 35. Minimum age for admission to work and right to protection at work"
            " of adolescents.\n\nOnly adolescents who have reached fifteen years may work.\n",
            "art_35",
            "Minimum age for admission to work and right to protection at work of adolescents",
        ),
        (
            "Article 190. Sanctions for breaches of the rules on the work of adolescents.\n\nX.\n",
            "art_190",
            "Sanctions for breaches of the rules on the work of adolescents",
        ),
        ("Article 5. Every child has the right to be heard.\nArticle 6. Y.\n", "art_5", None),
        (
            "Article 5. This Code applies to all children and adolescents.\nArticle 6. Y.\n",
            "art_5",
            None,
        ),
        ("Article 9. This Code comes into force on 1 May 2025.\nArticle 10. Y.\n", "art_9", None),
        ("Article 1 (Purpose) The purpose of this Act is X.\n", "art_1", "Purpose"),
        (
            "Article 3 (Responsibilities of State and Local Governments) (1) The State shall X.\n",
            "art_3",
            "Responsibilities of State and Local Governments",
        ),
        ("Article 3 (Responsibilities of State) (1) The State shall X.\n", "art_3__subsec_1", None),
        ("Article 8 X.\nArticle 9 Deleted. <Jan. 14, 2025>\nArticle 10 Y.\n", "art_9", None),
        (
            "33. Regulations\nX.\n34. Repealed Laws\nProclamation No. 909/2015 is hereby repealed.\n"
            "35. Effective Date\nY.\n",
            "sec_34",
            "Repealed Laws",
        ),
        ("33. X\nY.\n34. Repealed.\n35. Z\nW.\n", "sec_34", None),
        ("Chapter-1\nPreliminary\n1. A\nText.\n", "chp_1", "Preliminary"),
        (
            "Chapter-2\nOffences\n4. Consent not to be a defence: An offence shall be deemed.\n",
            "chp_2__sec_4",
            "Consent not to be a defence",
        ),
        (
            "1. Short title and commencement: (1) This Act.\n",
            "sec_1",
            "Short title and commencement",
        ),
        ("1. Short title and commencement: (1) This Act.\n", "sec_1__subsec_1", None),
        ("3. The Committee shall have the following functions: (a) X.\n", "sec_3", None),
        (
            "Article 34 (Fines) X.\nADDENDA <No. 20417, Jan. 14, 2025>\n"
            "Article 1 (Enforcement Date) This Act shall enter into force on July 1, 2025.\n",
            "suppl_1",
            "ADDENDA",
        ),
        (
            "Section 61. Where X, the case may be settled.\nTransitory Provisions\n"
            "Section 62. The members of the former Committee shall continue in office.\n",
            "suppl_1",
            "Transitory Provisions",
        ),
        (
            "Section 61. Where X, the case may be settled.\nTransitory Provisions\n"
            "Section 62. The members of the former Committee shall continue in office.\n",
            "suppl_1__sec_62",
            None,
        ),
        (
            "Article 34 (Fines) X.\nADDENDA <No. 20417, Jan. 14, 2025>\n"
            "Article 1 (Enforcement Date) This Act shall enter into force on July 1, 2025.\n",
            "suppl_1__art_1",
            "Enforcement Date",
        ),
        (
            "Article 28  When X.\nSupplementary Provisions\n(Effective Date)\n"
            "Article 1  This Act comes into effect as from April 1, 2024.\n",
            "suppl_1__art_1",
            "Effective Date",
        ),
        (
            "ARTICLE 1\u00b0 \u2014 Object. This law aims to prevent trafficking.\n",
            "art_1",
            "Object",
        ),
        (
            "ARTICLE 5\u00b0 \u2014 Non-punishability. Victims shall not be punishable.\n",
            "art_5",
            "Non-punishability",
        ),
        (
            "ARTICLE 16 \u2014 Fund for the Assistance of Victims. The Fund is hereby created.\n",
            "art_16",
            "Fund for the Assistance of Victims",
        ),
        (
            "ARTICLE 21 \u2014 Substitute article 145 bis of the Penal Code with the following:\n"
            "\u201cArticle 145 bis: Whoever offers persons shall be punished.\u201d\n",
            "art_21",
            None,
        ),
        (
            "ARTICLE 29 \u2014 X. Y.\nARTICLE 30 \u2014 Communicate to the National Executive Power.\n",
            "art_30",
            None,
        ),
        ("Article 4. This Code applies to everyone. It binds X.\n", "art_4", None),
        (
            # A PRC-style article opening with a short sentence that reads like a
            # title, among articles that open with sentences: text, not a heading.
            "Chapter I General Provisions\n"
            "Article 3  These Provisions apply to every employing unit.\n"
            "Article 4  The State prohibits the use of child labour. No employing unit "
            "shall recruit a minor under the age of sixteen.\n"
            "Article 5  The department shall be responsible for it.\n",
            "chp_I__art_4",
            None,
        ),
        ("Article 4. All persons are equal. They have X.\n", "art_4", None),
        (
            "Part I General Provisions\nArticle 2 Human Trafficking (Amended)\nHuman trafficking is X.\n",
            "part_I__art_2",
            "Human Trafficking",
        ),
        (
            "Part I General Provisions\nArticle 13 Supervision of Labour Recruitment (New)\nX.\n",
            "part_I__art_13",
            "Supervision of Labour Recruitment",
        ),
        (
            # The note printed between the number and the heading, in round brackets
            # like a Korean-style heading: the heading is what follows it.
            "Part I\nGeneral Provisions\nArticle 1 (Amended) Objectives\nThis Law sets X.\n",
            "part_I__art_1",
            "Objectives",
        ),
        (
            "Part I\nGeneral Provisions\nArticle 3 (New) Explanation of Terms\nThe terms X:\n"
            "1. Guardian means Y;\n",
            "part_I__art_3",
            "Explanation of Terms",
        ),
        ("Article 12 (new): Minimum age\nX.\n", "art_12", "Minimum age"),
        (
            # A Cambodian-style Prakas: the words of decision alone on their line over the
            # first article are the enacting formula, not the article's heading.
            "- Pursuant to the necessity of the Ministry of Labour.\nHEREBY DECIDES\n"
            "Article 1: This Prakas aims to determine the kinds of work which are likely to harm "
            "the health, safety or morals of children.\nArticle 2: For the purposes of Y:\n1. Z.\n",
            "art_1",
            None,
        ),
        (
            "Article 7 Victims (of trafficking)\nX.\nArticle 8 Y\nZ.\n",
            "art_7",
            "Victims (of trafficking)",
        ),
    ],
)
def test_headings(text: str, eid: str, heading: str | None) -> None:
    law = parse_text(text)
    provision = law.find(eid)
    assert provision is not None, [p.eid for p in law.walk()]
    assert provision.heading == heading


def test_intro_and_wrap_up_text_around_a_list() -> None:
    law = parse_text(
        "1. Offence\n(1) A person who—\n(a) recruits; or\n(b) transports,\ncommits an offence.\n"
    )
    subsection = law.find("sec_1__subsec_1")
    assert subsection is not None
    assert subsection.text == "A person who—"
    assert subsection.wrap_up == "commits an offence."
    assert [c.text for c in subsection.children] == ["recruits; or", "transports,"]


def test_notes_after_an_article_are_text_of_the_article() -> None:
    law = parse_text(
        "Article 128-1. Trafficking in persons\n1. Trafficking shall be punishable.\n"
        "2. The same act committed:\na) against two or more persons,\nshall be punishable.\n"
        "Notes. 1. The means are force and fraud.\n2. Exploitation means forced labour.\n"
        "Article 128-2. Trafficking in minors\n1. Text.\n2. Text.\n"
    )
    article = law.find("art_128-1")
    assert article is not None and article.heading == "Trafficking in persons"
    assert "Notes. 1. The means are force and fraud." in article.wrap_up
    assert "2. Exploitation means forced labour." in article.wrap_up
    assert law.find("art_128-1__cl_2_2") is None
    assert law.find("art_128-2__cl_2") is not None


def test_notes_with_a_hyphen_are_text_of_the_article_not_of_its_last_clause() -> None:
    """An Iranian-style law's notes (tabsareh), "Note- ..." or "Note 1- ...", "Note 2- ...",
    printed after an article's clauses or items: text of the article, cited as "Note 2 of
    Article 2", never of the last clause; an item inside a note is no item of the article."""
    law = parse_text(
        "Article 1- The terms used in this Law have the following meanings:\n"
        "A- Child: every person who has not reached eighteen full solar years of age.\n"
        "B- Adolescent: a child who has reached the age of puberty.\n"
        "Note- The age of puberty is that of the Civil Code.\n"
        "Article 2- Any person who commits one of the following acts shall be punished:\n"
        "1- buying or selling a child;\n2- transferring a child.\n"
        "Note 1- The offence is complete even where the exploitation has not taken place.\n"
        "Note 2- Where the offender is the father, the court may impose:\n"
        "3- a fine instead of the imprisonment.\n"
        "Article 3- The provisions of Note 2 of Article 2 apply.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "art_1",
        "art_1__para_A",
        "art_1__para_B",
        "art_2",
        "art_2__cl_1",
        "art_2__cl_2",
        "art_3",
    ]
    first, second = law.find("art_1"), law.find("art_2")
    assert first is not None and "Note- The age of puberty" in first.wrap_up
    assert second is not None and "Note 2- Where the offender is the father" in second.wrap_up
    assert "3- a fine instead" in second.wrap_up
    clause = law.find("art_2__cl_2")
    assert clause is not None and "Note" not in clause.own_text


def test_a_note_in_square_brackets_is_text_of_the_provision_before_it() -> None:
    """An amendment note printed after an article ("[Inserted by Act of ...]") is
    short and unpunctuated like a heading line, but it never heads the article below
    it: it is text of the provision it follows."""
    law = parse_text(
        "Article 5\n1. Text.\n2. More text.\n"
        "[Amended by Act of 1 July 2009, Bulletin of Acts 2009, 245]\n"
        "Article 5a\nThe criminal law applies to a resident.\n"
        "[Inserted by Act of 1 July 2009, Bulletin of Acts 2009, 245]\n"
        "Article 5b\nThe criminal law applies to a person found here.\n"
    )
    for eid in ("art_5", "art_5a", "art_5b"):
        provision = law.find(eid)
        assert provision is not None and provision.heading is None
    clause, article = law.find("art_5__cl_2"), law.find("art_5a")
    assert clause is not None and "[Amended by Act of 1 July 2009" in clause.own_text
    assert article is not None and "[Inserted by Act of 1 July 2009" in article.own_text


def test_notes_of_the_reforming_decrees_and_transitory_articles_of_a_mexican_style_law() -> None:
    """A Mexican-style consolidated law prints under a reformed provision a note in small type
    with the dates of the decrees in the Official Gazette ("Article reformed DOF 19-03-2014"):
    short and unpunctuated like a heading line, it never heads the article below it, whose own
    line has none, and it is no provision's words. A transitory article ("Second.- The Law of
    2007 is abrogated.") has no heading, however short its sentence; "First.-" outside the
    transitory provisions, and a capital Roman numeral outside an article or in a law of
    sections, open nothing."""
    law = parse_text(
        "Article 1.- This Law is of public order and of general observance in the Republic.\n"
        "Article reformed DOF 19-03-2014\n"
        "Article 2.- The consent of the victim shall not exclude the liability of the offender.\n"
        "Paragraph reformed DOF 19-01-2018, 23-05-2022\n"
        "First.- Text of an ordinary paragraph.\n"
        "TRANSITORY PROVISIONS\n"
        "First.- This Decree shall enter into force on the day of its publication.\n"
        "Second.- The Law of 2007 is abrogated.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "art_1",
        "art_2",
        "suppl_1",
        "suppl_1__art_1",
        "suppl_1__art_2",
    ]
    for eid in ("art_1", "art_2", "suppl_1__art_1", "suppl_1__art_2"):
        provision = law.find(eid)
        assert provision is not None and provision.heading is None
        assert "DOF" not in provision.own_text
    article = law.find("art_2")
    assert article is not None and "First.- Text of an ordinary paragraph." in article.own_text
    sections = parse_text("Section 1. Short title.\nI. A capital numeral in a law of sections.\n")
    assert [p.eid for p in sections.walk()] == ["sec_1"]


def test_cross_headings_and_editorial_notes_are_no_provision_s_words() -> None:
    """A consolidation's cross-heading over a group of sections ("Interpretation"
    above the marginal heading "Definitions", "Penalties and sentencing" above
    "5 Penalties") and its editor's notes (commencement and amendment annotations,
    history notes) are not the words of the provision they follow."""
    law = parse_text(
        "Short title\n1 This Act may be cited as the Example Act.\n"
        "R.S., 1985, c. C-46, s. 1; 2001, c. 27, s. 245.\n"
        "Interpretation\nDefinitions\n2 In this Act, child means a person under 18.\n"
        "Human trafficking\n"
        "3 (1) A person commits an offence if the person arranges the travel of another.\n"
        "(2) It is irrelevant whether the other consents.\n"
        "Textual Amendments\nF1 S. 3(2) substituted (1.4.2020) by the Justice Act 2020, s. 4\n"
        "Commencement Information\nI1 S. 3 in force at 31.7.2016 by S.I. 2016/560, reg. 2\n"
        "Penalties and sentencing\n5 Penalties\n"
        "(1) A person guilty of an offence under section 3 is liable to imprisonment for life.\n"
    )
    first, second, third = law.find("sec_1"), law.find("sec_2"), law.find("sec_3__subsec_2")
    assert first is not None and first.text == "This Act may be cited as the Example Act."
    assert second is not None and second.heading == "Definitions"
    assert third is not None and third.text == "It is irrelevant whether the other consents."
    fifth = law.find("sec_5")
    assert fifth is not None and fifth.heading == "Penalties"


@pytest.mark.parametrize(
    "closing",
    [
        "Done at Finfara, this 12th day of March, 2025.\nDAWIT KERSA\nPRESIDENT OF THE REPUBLIC",
        "This Law was passed on 18 November 2021 by the National Assembly.\n"
        "CHAIRMAN OF THE NATIONAL ASSEMBLY (signed) Tran Vinh Lac",
        "CHAIRMAN OF THE STATE GREAT ASSEMBLY\nD. BATSUURI",
        "I certify, in accordance with Section 2 (1) of the Acts Authentication Act, Cap. A2, "
        "that this is a true copy of the Bill passed by both Houses of the National Assembly.\n"
        "A. B. CLERK\nClerk to the National Assembly\n20th Day of July, 2023",
    ],
)
def test_the_formula_closing_a_law_and_its_signatures_are_no_provision_s_words(
    closing: str,
) -> None:
    law = parse_text(
        "Article 35. Repeal\nThe Law of 2015 is hereby repealed.\n"
        "Article 36. Entry into force\nThis Law shall enter into force on 1 July 2024.\n"
        f"{closing}\n"
    )
    last = law.find("art_36")
    assert last is not None and last.text == "This Law shall enter into force on 1 July 2024."


def test_the_signatures_of_a_republic_act_are_no_provision_s_words() -> None:
    """A Philippine-style Republic Act ends with "Approved," alone on its line, the
    Speaker's and the Senate President's names, the Secretaries' certificate that the
    Act was passed, and only then "Approved: <date>" and the President: none of it is
    text of the last section (Kalayan SEC. 49)."""
    law = parse_text(
        "ARTICLE XIII\nFinal Provisions\n"
        "SEC. 48. Repealing Clause. – All laws inconsistent with this Act are repealed.\n"
        "SEC. 49. Effectivity. – This Act shall take effect fifteen (15) days after its "
        "publication.\n"
        "Approved,\n"
        "ROSALINDA M. VILLAMOR BENITO A. SALCEDA\n"
        "Speaker of the House of Representatives President of the Senate\n"
        "This Act, which is a consolidation of Senate Bill No. 1874 and House Bill No. 6352, "
        "was passed by the Senate and the House of Representatives on February 3, 2025.\n"
        "Approved: February 27, 2025\nFERNANDO T. ALBANO\n"
    )
    last = law.find("title_XIII__sec_49")
    assert last is not None
    assert last.text == "This Act shall take effect fifteen (15) days after its publication."
    assert [p.eid for p in law.walk()][-1] == "title_XIII__sec_49"


def test_the_clerk_s_certificate_after_a_schedule_is_no_provision_s_words() -> None:
    """A West African federal Act ends with its Schedule and, after it, the Clerk's
    certificate under the Acts Authentication Act and the Clerk's name: no words of
    the last schedule paragraph (and its "Section 2 (1)" is no reference of the Act)."""
    law = parse_text(
        "PART VI — MISCELLANEOUS\n42. Citation.\nThis Act may be cited as the Example Act.\n"
        "SCHEDULE\n[Section 4(3)]\nSupplementary Provisions relating to the Board\n"
        "1. The Board shall meet at least four times in each year.\n"
        "2. The Board may regulate its own proceedings.\n"
        "I certify, in accordance with Section 2 (1) of the Acts Authentication Act, that this "
        "is a true copy of the Bill passed by both Houses of the National Assembly.\n"
        "A. B. CLERK\nClerk to the National Assembly\n"
    )
    last = law.find("sched_1__para_2")
    assert last is not None and last.text == "The Board may regulate its own proceedings."
    assert [p.eid for p in law.walk()][-3:] == ["sched_1", "sched_1__para_1", "sched_1__para_2"]


def test_a_paragraph_proviso_is_text_of_the_article() -> None:
    """A Latin American code's parágrafo ("PARAGRAPH." / "PARAGRAPH 1.") closes an
    article: text of the article, not of its last numeral, and no provision."""
    law = parse_text(
        "BOOK ONE\nCOMPREHENSIVE PROTECTION\nTITLE II\nPROTECTION AT WORK\n"
        "CHAPTER II\nCONDITIONS OF WORK OF ADOLESCENTS\n"
        "Article 38. Hours of work and night work.\nThe working day is as follows:\n"
        "1. Adolescents of fifteen years may work six hours a day.\n"
        "2. Adolescents of seventeen years may work eight hours a day.\n"
        "PARAGRAPH. Night work is prohibited for every adolescent.\n"
        "Article 39. Domestic work by adolescents.\nText.\n"
        "PARAGRAPH 1. A first proviso.\nPARAGRAPH 2. A second proviso.\n"
        "Article 41. Prohibition of the worst forms of child labour.\n1. Slavery.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "book_1",
        "book_1__title_II",
        "book_1__title_II__chp_II",
        "book_1__title_II__chp_II__art_38",
        "book_1__title_II__chp_II__art_38__cl_1",
        "book_1__title_II__chp_II__art_38__cl_2",
        "book_1__title_II__chp_II__art_39",
        "book_1__title_II__chp_II__art_41",
        "book_1__title_II__chp_II__art_41__cl_1",
    ]
    article = law.find("book_1__title_II__chp_II__art_38")
    assert article is not None and article.heading == "Hours of work and night work"
    assert "PARAGRAPH. Night work is prohibited" in article.wrap_up
    clause = law.find("book_1__title_II__chp_II__art_38__cl_2")
    assert clause is not None and "PARAGRAPH" not in clause.text
    article = law.find("book_1__title_II__chp_II__art_39")
    assert (
        article is not None and "PARAGRAPH 2. A second proviso." in article.text + article.wrap_up
    )


def test_bare_numerals_number_the_paragraphs_of_an_article() -> None:
    """A Swiss-style code numbers an article's paragraphs with a bare numeral ("1 Any
    person ...", no dot or bracket): clauses, in sequence, directly inside an article.
    A number opening any other paragraph, out of sequence or outside an article, is
    text; and in a law without unit words a bare numeral is never a marker."""
    law = parse_text(
        "Book 1: General Provisions\nPart 1: Felonies and Misdemeanours\n"
        "Title 4: Felonies and Misdemeanours against Liberty\n"
        "Art. 182\nTrafficking in human beings\n"
        "1 Any person who engages in trafficking is liable to a custodial sentence.\n"
        "2 If the victim is a minor, the penalty is:\na. one year;\nb. more,\n"
        "in every case.\n3 Trafficking includes transport.\n"
        "Amended by No I of the FA of 19 June 2015, in force since 1 July 2016.\n"
        "5 Out of sequence: text of paragraph 3.\n"
        "Art. 181\nCoercion\nAny person who forces another is liable.\n"
        "2 Numbers never start at two: text.\n"
        "Art. 196a\nSoliciting children for sexual purposes\nText.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "book_1",
        "book_1__part_1",
        "book_1__part_1__title_4",
        "book_1__part_1__title_4__art_182",
        "book_1__part_1__title_4__art_182__cl_1",
        "book_1__part_1__title_4__art_182__cl_2",
        "book_1__part_1__title_4__art_182__cl_2__point_a",
        "book_1__part_1__title_4__art_182__cl_2__point_b",
        "book_1__part_1__title_4__art_182__cl_3",
        "book_1__part_1__title_4__art_181",
        "book_1__part_1__title_4__art_196a",
    ]
    book = law.find("book_1")
    assert book is not None and book.heading == "General Provisions"
    article = law.find("book_1__part_1__title_4__art_182")
    assert article is not None and article.heading == "Trafficking in human beings"
    clause = law.find("book_1__part_1__title_4__art_182__cl_2")
    assert clause is not None and clause.wrap_up == "in every case."
    clause = law.find("book_1__part_1__title_4__art_182__cl_3")
    assert clause is not None and "Amended by No I" in clause.text
    assert "5 Out of sequence" in clause.text
    article = law.find("book_1__part_1__title_4__art_181")
    assert article is not None and "2 Numbers never start at two" in article.text
    assert eids("1. Short title\nThis Act is the Act.\n1 July 2016 is the date.\n") == ["sec_1"]


def test_a_roman_section_is_a_container_only_in_a_law_of_articles() -> None:
    assert eids("Section VII. Crimes against the person\nArticle 1. A\nText.\nArticle 2. B\n") == [
        "sec_VII",
        "sec_VII__art_1",
        "sec_VII__art_2",
    ]


def test_doubled_letters_below_a_roman_numeral_are_items() -> None:
    """Southern African Acts number the level below "(i)" with doubled letters: "(aa)",
    "(bb)" are items of the open sub-paragraph, and the list goes on after them with
    "(iii)" and "(e)"; "(aa)" after "(z)" still continues a long list of letters."""
    assert eids(
        "1. (1) In this Act \u2018exploitation\u2019 includes\u2014\n(a) slavery;\n"
        "(b) sexual exploitation, including\u2014\n(i) prostitution;\n(ii) pornography, whether\u2014\n"
        "(aa) for gain; or\n(bb) not;\n(iii) any other act;\n(c) begging.\n(2) Consent is irrelevant.\n"
    ) == [
        "sec_1",
        "sec_1__subsec_1",
        "sec_1__subsec_1__para_a",
        "sec_1__subsec_1__para_b",
        "sec_1__subsec_1__para_b__subpara_i",
        "sec_1__subsec_1__para_b__subpara_ii",
        "sec_1__subsec_1__para_b__subpara_ii__item_aa",
        "sec_1__subsec_1__para_b__subpara_ii__item_bb",
        "sec_1__subsec_1__para_b__subpara_iii",
        "sec_1__subsec_1__para_c",
        "sec_1__subsec_2",
    ]
    letters = "abcdefghijklmnopqrstuvwxyz"
    long_list = "".join(f"({letter}) item {letter};\n" for letter in letters)
    assert eids(f"1. Terms\u2014\n{long_list}(aa) item aa;\n(bb) item bb.\n")[-2:] == [
        "sec_1__para_aa",
        "sec_1__para_bb",
    ]


def test_illustrations_are_text_of_the_section_until_the_next_numbered_provision() -> None:
    law = parse_text(
        "1. Trafficking.\u2014(1) Whoever traffics commits an offence.\nIllustrations.\n"
        "(a) A deceives B. A has committed the offence.\n(b) A pays Z. A has committed it.\n"
        "(2) The offence is punished.\n(a) by imprisonment; and\n(b) by fine.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "sec_1",
        "sec_1__subsec_1",
        "sec_1__subsec_2",
        "sec_1__subsec_2__para_a",
        "sec_1__subsec_2__para_b",
    ]
    subsection = law.find("sec_1__subsec_1")
    assert subsection is not None
    assert "(a) A deceives B." in subsection.text
    assert "(b) A pays Z." in subsection.text


def test_a_quoted_section_is_text_of_the_amending_section() -> None:
    """A Sri Lankan-style amending Act quotes the section it substitutes over
    several paragraphs; its subsections, paragraphs and Illustrations are text of
    the amending section, which ends at the paragraph closing the quotation."""
    law = parse_text(
        "Short title\n1. This Act may be cited as the Penal Code (Amendment) Act.\n"
        "Replacement of section 360A\n"
        "2. Section 360A of the principal enactment is hereby repealed and the following "
        "section substituted therefor:\u2014\n"
        "\u201cTrafficking.  360A. (1) Any person who\u2014\n"
        "(a) recruits any person by means of force, for the purpose of\u2014\n"
        "(i) forced labour; or\n(ii) the removal of organs,\n"
        "shall be guilty of the offence of trafficking.\n"
        "(2) In this section, \u201cchild\u201d means a person under eighteen years of age.\n"
        "Illustrations\n(a) A recruits B. A is guilty.\u201d.\n"
        "Amendment of section 2\n"
        "3. Section 2 of the principal enactment is hereby amended\u2014\n"
        "(a) by the renumbering of that section as subsection (1); and\n"
        "(b) by the addition of the following new subsection:\u2014\n"
        "\u201c(2) Every citizen shall be liable.\u201d.\n"
        "(c) by the repeal of the proviso.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("sec_1", "Short title"),
        ("sec_2", "Replacement of section 360A"),
        ("sec_3", "Amendment of section 2"),
        ("sec_3__para_a", None),
        ("sec_3__para_b", None),
        ("sec_3__para_c", None),
    ]
    amending = law.find("sec_2")
    assert amending is not None
    assert "(ii) the removal of organs" in amending.text
    assert "A recruits B. A is guilty." in amending.text
    inserting = law.find("sec_3__para_b")
    assert inserting is not None and "Every citizen shall be liable." in inserting.text


def test_a_philippine_heading_closing_its_line_keeps_its_text_on_the_next() -> None:
    """A long Philippine-style section heading fills its line up to the full stop and en
    dash, and the first lettered paragraph starts the next line, which a PDF makes a
    paragraph of its own: the words before ". \u2013" are still the heading, and the
    paragraph belongs to the section (a dash closing a line with no full stop before it,
    "10. In this Part\u2014", still heads nothing: Arucay and Nakoro hold that)."""
    law = parse_text(
        "SEC. 31. Confidentiality of Records and Privacy of the Child in Child Abuse Cases. \u2013\n"
        "(a) In child abuse cases, every record concerning a child shall be confidential.\n"
        "(b) The name of the child shall not be published.\n"
        "SEC. 32. Speedy Disposition. \u2013 (a) The court shall give preference to the case.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()][:5] == [
        ("sec_31", "Confidentiality of Records and Privacy of the Child in Child Abuse Cases"),
        ("sec_31__para_a", None),
        ("sec_31__para_b", None),
        ("sec_32", "Speedy Disposition"),
        ("sec_32__para_a", None),
    ]


def test_a_philippine_quoted_section_is_a_section_of_the_amending_section() -> None:
    """A Philippine-style amending Act quotes, after each of its sections, one section of
    the amended Act in its own numbering, repeating the opening quotation mark at the start
    of every quoted paragraph and closing it at the end of the last one: the quoted section
    is a child of the amending section ("Sec. 12-A as amended by Sec. 2"), its paragraphs
    are provisions of it, the quoted definitions' own marks do not close the quotation,
    and the amending Act's next section is top-level again."""
    law = parse_text(
        "SECTION 1. Section 3 of Republic Act No. 8210, as amended, is hereby further "
        "amended to read as follows:\n"
        '"SEC. 3. Definition of Terms. \u2013 For the purposes of this Act:\n'
        '"(a) "Child" means a person below eighteen (18) years of age;\n'
        '"(b) "Worst forms of child labor" means:\n'
        '"(1) slavery; and\n'
        '"(2) hazardous work, including work that:\n'
        '"(i) is done underground; or\n'
        '"(ii) is done at night;\n'
        '"(c) "Secretary" means the Secretary of Labor and Employment."\n'
        "SEC. 2. A new section to be known as Section 12-A is hereby inserted in the Act "
        "to read as follows:\n"
        '"SEC. 12-A. Hours of Work of a Working Child. \u2013 The hours of work shall be:\n'
        '"(1) not more than four (4) hours a day; and\n'
        '"(2) not more than forty (40) hours a week.\n'
        '"x x x."\n'
        "SEC. 3. A new section to be known as Section 12-D is hereby inserted in the Act "
        "to read as follows:\n"
        '"SEC. 12-D. Advertisements. \u2013 No child shall be employed as a model."\n'
        "SEC. 4. Separability Clause. \u2013 If any part of this Act is declared invalid, "
        "the rest shall remain in force.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("sec_1", None),
        ("sec_1__sec_3", "Definition of Terms"),
        ("sec_1__sec_3__para_a", None),
        ("sec_1__sec_3__para_b", None),
        ("sec_1__sec_3__para_b__subsec_1", None),
        ("sec_1__sec_3__para_b__subsec_2", None),
        ("sec_1__sec_3__para_b__subsec_2__subpara_i", None),
        ("sec_1__sec_3__para_b__subsec_2__subpara_ii", None),
        ("sec_1__sec_3__para_c", None),
        ("sec_2", None),
        ("sec_2__sec_12-A", "Hours of Work of a Working Child"),
        ("sec_2__sec_12-A__subsec_1", None),
        ("sec_2__sec_12-A__subsec_2", None),
        ("sec_3", None),
        ("sec_3__sec_12-D", "Advertisements"),
        ("sec_4", "Separability Clause"),
    ]
    amending = law.find("sec_1")
    assert amending is not None and "Section 3 of Republic Act No. 8210" in amending.text
    definition = law.find("sec_1__sec_3__para_a")
    assert definition is not None and definition.text.startswith('"Child" means')
    inserted = law.find("sec_3__sec_12-D")
    assert inserted is not None and "employed as a model" in inserted.text


def test_a_quoted_definition_opens_no_quotation() -> None:
    """A paragraph that opens and closes its quotation marks ('"child" means ...')
    is an ordinary paragraph: the list after it stays a list."""
    assert eids(
        "2. In this Act\u2014\n\u201cexploitation\u201d includes\u2014\n"
        "(a) forced labour; and\n(b) slavery.\n3. Second section.\n"
    ) == ["sec_2", "sec_2__para_a", "sec_2__para_b", "sec_3"]


def test_offsets_and_pages_point_into_the_cleaned_text() -> None:
    law = parse_text("1. Short title\nThis Act is the Example Act.\n2. Second\n(1) Text two.\n")
    text = law.document.text
    for provision in law.walk():
        assert text[provision.start : provision.end].startswith(("1.", "2.", "(1)"))
        assert provision.page == 1


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("1. One\nText.\n2. Two\nText.\n5. Five\nText.\n", "numbering gap: section 5"),
        (
            "Article 1. One\nText.\nArticle 2. Two\nText.\nArticle 2. Again\nText.\n",
            "duplicate number",
        ),
        (
            "1. Interpretation\nIn this Act, words have their ordinary meaning.\n2. X\nY.\n",
            "yields no definitions",
        ),
        ("Hello world.\n", "too little text"),
        ("Hello world.\n", "no numbered provisions"),
    ],
)
def test_warnings(text: str, warning: str) -> None:
    assert any(warning in w for w in parse_text(text).warnings), parse_text(text).warnings


def test_one_instrument_is_not_a_component() -> None:
    """A designation line printed once, or repeated (cover and body), opens no
    component: only two different instruments in one document do."""
    single = "LAW No. 1186 of 2024\nCHAPTER I: GENERAL\nArticle 1: This Law applies.\n"
    assert eids(single) == ["chp_I", "chp_I__art_1"]
    repeated = "ACT No. 14 OF 2019\nPART I\nACT No. 14 OF 2019\n1. Short title\nText.\n"
    assert not any(eid.startswith("cmp_") for eid in eids(repeated))


def test_component_headings_are_the_designation_lines() -> None:
    law = parse_text(
        "DECREE No. 12/PRES\nArticle 1st: This decree applies to every undertaking and worker.\n"
        "ORDER No. 7/MIN\nArticle 1: This order applies to every undertaking and worker.\n"
    )
    assert [(p.eid, p.kind, p.heading) for p in law.walk()] == [
        ("cmp_1", "component", "DECREE No. 12/PRES"),
        ("cmp_1__art_1", "article", None),
        ("cmp_2", "component", "ORDER No. 7/MIN"),
        ("cmp_2__art_1", "article", None),
    ]


def test_duplicate_eids_get_a_suffix() -> None:
    assert eids("Article 1. A\nX.\nArticle 1. B\nY.\n") == ["art_1", "art_1_2"]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            '2. Interpretation\nIn this Act—\n"child" means a person below eighteen years;\n'
            "\u201cexploitation\u201d includes forced labour.\n",
            {"child": "a person below eighteen years", "exploitation": "forced labour."},
        ),
        (
            "Article 3. Interpretation of terms\n"
            "In this Law, the terms below are construed as follows:\n"
            "1. Human trafficking means the recruitment of persons for exploitation.\n"
            "2. Child is a person under sixteen years of age.\n",
            {
                "Human trafficking": "the recruitment of persons for exploitation",
                "Child": "a person under sixteen years of age",
            },
        ),
        (
            'Article 2  "Minors" as mentioned in this Law refer to persons under eighteen.\n\n'
            "A child as mentioned in Article 9 refers to a minor under fourteen.\n",
            {"Minors": "persons under eighteen."},
        ),
        (  # a State Council regulation's own words for itself
            'Article 2  "Minors" as mentioned in these Provisions refers to persons under the age '
            'of eighteen.\n"Child labourer" as mentioned in these Provisions refers to a minor '
            "under the age of sixteen who is used to work.\n",
            {
                "Minors": "persons under the age of eighteen.",
                "Child labourer": "a minor under the age of sixteen who is used to work.",
            },
        ),
        (  # the person a term is about, between the term and its verb
            '2. Interpretation\n(v) "exploitation", in relation to a person, means making use '
            'of his labour for the profit of another;\n(vi) "guardian", in relation to a child, '
            "includes a person who has the care of the child;\n",
            {
                "exploitation": "making use of his labour for the profit of another",
                "guardian": "a person who has the care of the child",
            },
        ),
        (
            '9. Offence\n(1) In this section, "advertisement" includes an online post.\n',
            {"advertisement": "an online post."},
        ),
        (  # a francophone decree's list: "a child is ..."
            "Article 2: For the purposes of this decree:\n1) a child is any person who has not "
            "reached the age of eighteen years;\n2) an employer is any person who uses the work "
            "of a child.\n",
            {
                "child": "any person who has not reached the age of eighteen years",
                "employer": "any person who uses the work of a child",
            },
        ),
        (
            "Article 2: For the purposes of this order, a child is any person under the age of "
            "eighteen years.\n",
            {"child": "any person under the age of eighteen years"},
        ),
        (  # a Central Asian law's basic concepts, "term – meaning", one to an item
            "Article 1. Basic concepts used in this Law\nThe following basic concepts are used "
            "in this Law:\n1) child \u2013 a person who has not reached eighteen years of age "
            "(majority);\n2) light work \u2013 work which does not harm the health of a child.\n",
            {
                "child": "a person who has not reached eighteen years of age (majority)",
                "light work": "work which does not harm the health of a child",
            },
        ),
        (  # a Brazilian-style statute defines the adolescent in the same sentence
            "Art. 2º For the purposes of this Law, a child is a person who has not yet "
            "completed twelve years of age, and an adolescent is a person who has completed "
            "twelve years and not yet eighteen years of age.\n",
            {
                "child": "a person who has not yet completed twelve years of age",
                "adolescent": "a person who has completed twelve years and not yet eighteen "
                "years of age",
            },
        ),
        (  # a Jordanian-style translation: the article is no part of the term, and a
            # term stands in brackets after "the expression" or "the word"
            "Article (2)\nThe following words and expressions, wherever mentioned in this Law, "
            "shall have the meanings assigned thereto hereunder unless the context indicates "
            "otherwise:\nThe Child: Every person who has not completed eighteen years of age.\n"
            "Article (3)\nA- For the purposes of this Law, the word (exploitation) shall mean "
            "the exploitation of persons in forced labour or slavery.\n",
            {
                "Child": "Every person who has not completed eighteen years of age",
                "exploitation": "the exploitation of persons in forced labour or slavery.",
            },
        ),
    ],
)
def test_definitions(text: str, terms: dict[str, str]) -> None:
    law = parse_text(text)
    assert {d.term: d.meaning for d in law.definitions} == terms


def test_definition_scope_is_read_from_the_words_after_the_term() -> None:
    law = parse_text('Article 2  "Minors" as mentioned in this Law refer to persons under 18.\n')
    assert [(d.term, d.scope, d.eid) for d in law.definitions] == [("Minors", "this Law", "art_2")]


def test_a_definition_for_one_chapter_keeps_its_own_scope() -> None:
    law = parse_text(
        'Article 2  (1) The term "child" as used in this Act means a person under 18.\n'
        '(2) The term "young person" as used in Chapter IV means a person under 18.\n'
    )
    assert [(d.term, d.scope) for d in law.definitions] == [
        ("child", "this Act"),
        ("young person", "Chapter IV"),
    ]


def test_a_definition_for_named_articles_names_them() -> None:
    law = parse_text(
        "Article 2  Minors are persons under eighteen. For the purposes of Article 3 and "
        "Article 4 of this Law, a child refers to a minor under the age of fourteen.\n"
        "Article 3  Text.\nArticle 4  Text.\n"
    )
    assert [(d.term, d.scope, d.meaning) for d in law.definitions] == [
        ("child", "Article 3 and Article 4", "a minor under the age of fourteen")
    ]


def test_a_chapter_explaining_the_codes_terms_defines_them() -> None:
    """A Polish-style Penal Code explains its terms in an article of a chapter so headed,
    with no quotes and no "means": "§ 1. A minor is a person ..."; "§ 2. In the provisions
    of Chapter XXV, a minor is ..." holds for that chapter. A subject a relative clause
    describes ("a person who is an employee of:") and a condition ("A marriage is a
    forced marriage if ...") define nothing."""
    law = parse_text(
        "Chapter XIV\nExplanation of statutory terms\nArt. 115. § 1. A minor is a person who "
        "has not attained 18 years of age.\n\n§ 2. In the provisions of Chapter XXV, a minor "
        "is a person who has not attained 15 years of age.\n\n§ 3. A marriage is a forced "
        "marriage if one party did not freely consent.\n\n§ 4. A public official is:\n\n1) a "
        "judge;\n\n2) a person who is an employee of:\n\na) a State body.\nChapter XXIII\n"
        "Offences against liberty\nArt. 189a. § 1. Whoever commits trafficking in human beings "
        "is liable to deprivation of liberty for not less than 3 years.\n"
    )
    assert [(d.term, d.scope, d.eid) for d in law.definitions] == [
        ("minor", None, "chp_XIV__art_115__para_1"),
        ("minor", "Chapter XXV", "chp_XIV__art_115__para_2"),
    ]


def test_an_act_defined_by_when_a_person_does_it() -> None:
    """A Canadian-style code defines a verb for a range of sections ("a person
    exploits another person if ..."); the term is the verb as written."""
    law = parse_text(
        "279.04 Exploitation\n(1) For the purposes of sections 279.01 to 279.03, a person "
        "exploits another "
        "person if they cause them to provide labour by conduct that makes them fear for "
        "their safety.\n"
    )
    assert [(d.term, d.scope, d.meaning) for d in law.definitions] == [
        (
            "exploits",
            "sections 279.01 to 279.03",
            "if they cause them to provide labour by conduct that makes them fear for their safety",
        )
    ]


@pytest.mark.parametrize(
    ("term", "forms"),
    [
        ("exploitation", {"exploitation", "exploit", "exploits", "exploited", "exploiting"}),
        ("exploits", {"exploits", "exploit", "exploited", "exploiting", "exploitation"}),
        ("minors", {"minors", "minor"}),
        ("child", {"child"}),
        ("business", {"business"}),
        ("forced labour", {"forced labour"}),
    ],
)
def test_the_forms_a_defined_term_is_used_in(term: str, forms: set[str]) -> None:
    assert forms <= set(term_forms(term))
    if len(forms) == 1:
        assert term_forms(term) == [term]


def test_a_term_named_in_brackets_after_its_meaning() -> None:
    law = parse_text(
        "Article 3. Terms\n4) persons who have not attained eighteen years of age (minors): "
        "the persons concerned;\n5) a fine of 18 (eighteen) indices.\n"
    )
    assert [(d.term, d.meaning) for d in law.definitions] == [
        ("minors", "persons who have not attained eighteen years of age")
    ]


def test_a_term_named_last_in_a_sentence_of_its_own() -> None:
    """ "Every worker who has not yet reached 18 years of age is a minor worker": the
    term after what it means, outside any interpretation provision; a sentence that
    names no age is no definition."""
    law = parse_text(
        "Article 141. Minor workers\n1. Every worker who has not yet reached 18 years of age is "
        "a minor worker, and this Section applies to him or her.\n2. Any person who helps a "
        "victim is a helper.\n"
    )
    assert [(d.term, d.meaning, d.eid) for d in law.definitions] == [
        ("minor worker", "worker who has not yet reached 18 years of age", "art_141__cl_1")
    ]


def test_definition_scope_is_read_from_the_provision() -> None:
    law = parse_text(
        "2. Interpretation\nIn this Act, unless the context otherwise requires—\n"
        '"child" means a minor.\n'
    )
    assert [(d.term, d.scope, d.eid) for d in law.definitions] == [("child", "this Act", "sec_2")]


def test_definitions_on_dash_lines_after_the_following_are_understood_as() -> None:
    """A francophone list ("On entend par"): "the following are understood as:" and a
    dash line per term, "- child: any person aged under eighteen (18) years;"."""
    law = parse_text(
        "Article 2: For the purposes of this law, the following are understood as:\n\n"
        "- child: any person aged under eighteen (18) years;\n\n"
        "- exploitation: at the least, the exploitation of the prostitution of others;\n"
    )
    assert [(d.term, d.meaning) for d in law.definitions] == [
        ("child", "any person aged under eighteen (18) years"),
        ("exploitation", "at the least, the exploitation of the prostitution of others"),
    ]


def test_unquoted_definitions_a_line_each_stay_in_their_subsection() -> None:
    """A reprint's definitions list: an unquoted term in a small letter at the head of
    each line ("child means ...", "young person, in Part 7, means ...") is a
    definition of the subsection whose words open the list, not words completing it
    in the section; so is a list opened by "In this section,—" in an offence. A
    clause opening with "Where" is no defined term."""
    law = parse_text(
        "2 Interpretation\n(1) In this Act, unless the context otherwise requires,—\n"
        "Attorney-General includes the Solicitor-General\n"
        "child means a person under the age of 18 years\n"
        "every one, any one, and person include a body corporate\n"
        "young person, in Part 7, means a person under the age of 16 years.\n"
        "(2) Where a person is charged with an offence against a person under a stated "
        "age, the age must be proved by the prosecution.\n"
        "3 Dealing in slaves\n(1) Every one who sells any person as a slave is liable "
        "to imprisonment for a term not exceeding 14 years.\n(2) In this section,—\n"
        "debt bondage means the condition of a person who has pledged his or her work "
        "as security for a debt\n"
    )
    assert [(d.term, d.scope, d.eid) for d in law.definitions] == [
        ("Attorney-General", "this Act", "sec_2__subsec_1"),
        ("child", "this Act", "sec_2__subsec_1"),
        ("every one, any one, and person", "this Act", "sec_2__subsec_1"),
        ("young person", "in Part 7", "sec_2__subsec_1"),
        ("debt bondage", "this section", "sec_3__subsec_2"),
    ]
    section = law.provisions[0]
    assert not section.wrap_up
    assert "young person, in Part 7" in section.children[0].text


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (  # a placement offence's own child, "For the application of this article"
            "Article 15: Whoever places a child with a third person in order that the child's "
            "labour be exploited shall be punished.\n\nFor the application of this article, a "
            "child is any person aged under fifteen (15) years.\n",
            "this article",
        ),
        (  # "In subsection (1)": a meaning for the domestic-work offence, not the law's child
            "19. Employment of a child as a domestic worker\n"
            "(1) A person who employs a child as a domestic worker commits an offence.\n"
            '(3) In subsection (1), "child" means a person under the age of 12 years.\n',
            "subsection (1)",
        ),
    ],
)
def test_a_definition_for_one_article_or_subsection_holds_there(text: str, scope: str) -> None:
    law = parse_text(text)
    assert [(d.term, d.scope) for d in law.definitions] == [("child", scope)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Gulf style: unnumbered lines of the article
            "Article (1)\nIn application of the provisions of this Law, the following words and "
            "expressions shall have the meanings set forth opposite each:\nState: The "
            "Federation.\nChild: Every person who has not completed eighteen years of age.\n",
            [("State", "The Federation"), ("Child", "Every person who has not completed "
                                                    "eighteen years of age")],
        ),
        (  # CIS style: numbered items of the "basic concepts" article
            "Article 1. Basic concepts used in this Code\nThe following basic concepts are used "
            "in this Code:\n1) minor: a natural person who has not reached the age of eighteen "
            "years;\n2) light work: work which does not harm the health of a minor.\n",
            [("minor", "a natural person who has not reached the age of eighteen years"),
             ("light work", "work which does not harm the health of a minor")],
        ),
        (  # Gulf style, a Law on Domestic Workers: the term alone on its line, the meaning below
            "Article (1)\nIn applying the provisions of this Law, the following words and "
            "expressions shall have the meaning assigned to each of them, unless the context "
            "requires otherwise:\nMinister:\nThe Minister of Labour.\nDomestic Worker:\nEvery "
            "natural person employed in a household.\nJuvenile:\nEvery person who has not "
            "completed eighteen years of age.\n",
            [("Minister", "The Minister of Labour"),
             ("Domestic Worker", "Every natural person employed in a household"),
             ("Juvenile", "Every person who has not completed eighteen years of age")],
        ),
    ],
)  # fmt: skip
def test_a_term_and_its_meaning_after_a_colon(text: str, expected: list[tuple[str, str]]) -> None:
    law = parse_text(text)
    assert [(d.term, d.meaning) for d in law.definitions] == expected


def test_a_lead_in_alone_on_its_line_is_no_term() -> None:
    law = parse_text(
        "Article 1. Definitions\nIn this Law, unless the context otherwise requires:\n"
        "For these purposes:\nThe terms below apply.\nPenalty:\nA fine.\n"
        "Child:\nEvery person under eighteen.\n"
    )
    assert [(d.term, d.meaning) for d in law.definitions] == [
        ("Child", "Every person under eighteen")
    ]


def test_a_note_after_a_colon_defines_nothing() -> None:
    law = parse_text(
        "Article 1. Basic concepts\nThe following basic concepts are used in this Code:\n"
        "Note: the concepts of the Civil Code apply as well.\nMinor: a person under eighteen.\n"
    )
    assert [d.term for d in law.definitions] == ["Minor"]


REFERENCE_LAW = """1. Scope
(1) This Act applies.
(2) Text.
(a) first;
(b) second.
2. Offence
(1) A person who breaches section 1(2)(b) commits an offence.
(2) Subsection (1) and paragraph (a) of subsection (3) apply; see sections 1, 2 or 3.
(3) Text:
(a) item.
3. Other laws
An offence under section 182 of the Penal Code. Nothing in the Labour Code applies.
2005, c. 43, s. 2; 2014, c. C-25, s. 19.
"""


@pytest.mark.parametrize(
    ("source", "text", "target", "external"),
    [
        ("sec_2__subsec_1", "section 1(2)(b)", "sec_1__subsec_2__para_b", None),
        ("sec_2__subsec_2", "Subsection (1)", "sec_2__subsec_1", None),
        ("sec_2__subsec_2", "paragraph (a) of subsection (3)", "sec_2__subsec_3__para_a", None),
        ("sec_2__subsec_2", "sections 1", "sec_1", None),
        ("sec_2__subsec_2", "2", "sec_2", None),
        ("sec_2__subsec_2", "3", "sec_3", None),
        ("sec_3", "section 182", None, "Penal Code"),
        ("sec_3", "the Labour Code", None, "Labour Code"),
        # a history note cites sections of the amending Acts, by chapter
        ("sec_3", "s. 2", None, "c. 43"),
        ("sec_3", "s. 19", None, "c. C-25"),
    ],
)
def test_references(source: str, text: str, target: str | None, external: str | None) -> None:
    law = parse_text(REFERENCE_LAW)
    found = [(r.text, r.target_eid, r.external) for r in law.references if r.source_eid == source]
    assert (text, target, external) in found
    for reference in law.references:
        assert law.document.text[reference.start : reference.end] == reference.text


DECIMAL_CODE = (
    "271.1A Definitions\n(1) Text.\n"
    "279.01 Trafficking\n(1) Every person who recruits a person is guilty of an offence.\n"
    "279.011 Trafficking of children\n(1) Text.\n"
    "279.02 Benefit\n(1) A person who profits from an offence under section 279.01 or "
    "279.011, or under section 271.1A, commits an offence.\n"
)
DECIMAL_CLAUSES = (
    "Article 4. Forms of work\n1. Prohibited work:\n1) night work;\n2) mining.\n"
    "Article 9. Penalties\nWhoever engages a child in work under Article 4.1.2 or "
    "Article 4.3 shall be fined.\n"
)


@pytest.mark.parametrize(
    ("text", "reference", "target"),
    [
        (DECIMAL_CODE, "section 279.01", "sec_279-01"),
        (DECIMAL_CODE, "279.011", "sec_279-011"),
        (DECIMAL_CODE, "section 271.1A", "sec_271-1A"),
        # no unit numbered 4.1.2: item 2 of paragraph 1 of Article 4
        (DECIMAL_CLAUSES, "Article 4.1.2", "art_4__cl_1__point_2"),
        (DECIMAL_CLAUSES, "Article 4.3", "art_4"),  # no paragraph 3: the article
    ],
)
def test_decimal_unit_numbers(text: str, reference: str, target: str) -> None:
    """A decimal section number ("279.01", "271.1A") is one number; where no unit is
    so numbered, "Article 4.1.6" names item 6 of paragraph 1 of Article 4, as deep
    as the law numbers it."""
    law = parse_text(text)
    assert (reference, target) in {(r.text, r.target_eid) for r in law.references}


def test_paragraph_sign_references() -> None:
    """ "§ 10, § 11 or § 12a" and "§ 21 para. 1" after a space, as a § code writes them."""
    law = parse_text(
        "§ 11. Hazardous work\n(1) No child shall do hazardous work.\n"
        "§ 12a. Night work\n(1) No child shall work at night.\n(2) Text.\n"
        "§ 30. Administrative offences\n(1) An employer who employs a child in breach of "
        "§ 11 or § 12a para. 2 shall be liable to a fine.\n"
    )
    found = [(r.text, r.target_eid) for r in law.references]
    assert ("§ 11", "sec_11") in found and ("§ 12a para. 2", "sec_12a__subsec_2") in found


def test_references_stay_inside_their_instrument() -> None:
    """In a decree and an order published together, "Article 12" cited in the
    order is the order's Article 12, not the decree's."""
    law = parse_text(
        "DECREE No. 12/PRES\n\nArticle 1: This decree applies to every undertaking and worker.\n\n"
        "Article 2: Breaches of Article 1 are punished under the Labour Code.\n\n"
        "ORDER No. 7/MIN\n\nArticle 1: This order applies to every undertaking and worker.\n\n"
        "Article 2: The acts referred to in Article 1 are punished under the Penal Code.\n"
    )
    found = {(r.source_eid, r.target_eid) for r in law.references if r.text == "Article 1"}
    assert found == {("cmp_1__art_2", "cmp_1__art_1"), ("cmp_2__art_2", "cmp_2__art_1")}


def test_civil_law_references() -> None:
    law = parse_text(
        "Article 1. Scope\n1. Text.\n2. More:\na) one;\nb) two.\n"
        "Article 2. Use\n1. Points a and b, Clause 2, Article 1 of this Law apply.\n"
        "2. Clause 1 of this Article applies.\n"
    )
    targets = {(r.source_eid, r.target_eid) for r in law.references}
    assert ("art_2__cl_1", "art_1__cl_2__point_a") in targets
    assert ("art_2__cl_1", "art_1__cl_2__point_b") in targets
    assert ("art_2__cl_2", "art_2__cl_1") in targets


def test_references_to_the_preceding_and_following_unit() -> None:
    law = parse_text(
        "Article 1 Whoever sells a person is punished.\n"
        "Article 2 Whoever retains a passport to commit the crime in the preceding Article "
        "is punished as in the following Article.\n"
        "Article 3 The penalty is imprisonment.\n"
    )
    targets = {(r.text, r.target_eid) for r in law.references if r.source_eid == "art_2"}
    assert targets == {("the preceding Article", "art_1"), ("the following Article", "art_3")}


def test_references_to_a_division_are_to_the_nearest_so_numbered() -> None:
    """Divisions restart in each Part: "Division 1 or 2" cited in Part 9 are Part
    9's, and a Part of another law stays outside."""
    law = parse_text(
        "PART 2 — GENERAL PRINCIPLES\nDivision 1 — Absolute liability\n"
        "12. Absolute liability\nText.\n"
        "PART 9 — SLAVERY AND TRAFFICKING\nDivision 1 — Slavery\n"
        "103. A person commits an offence if the person holds another in slavery.\n"
        "Division 2 — Trafficking\n"
        "105. A person commits an offence if the person recruits another for exploitation.\n"
        "Division 3 — Documents\n"
        "111. A person commits an offence if the person, intending to facilitate the "
        "commission of an offence against Division 1 or 2, destroys a passport.\n"
        "112. The rules of Part 4 of the Immigration Act apply to these offences.\n"
    )
    found = {(r.source_eid, r.text, r.target_eid) for r in law.references}
    assert ("part_9__dvs_3__sec_111", "Division 1", "part_9__dvs_1") in found
    assert ("part_9__dvs_3__sec_111", "2", "part_9__dvs_2") in found
    assert ("part_9__dvs_3__sec_112", "Part 4", None) in found


def test_references_to_an_article_in_roman_numerals_are_to_that_group_of_sections() -> None:
    """A Philippine-style Republic Act groups its sections in `ARTICLE III`: "an
    offence under Article III or Article V" names those groups."""
    law = parse_text(
        "ARTICLE III\nChild Prostitution\nSEC. 7. Child Prostitution. – Any person who "
        "procures a child for prostitution shall suffer the penalty of reclusion perpetua.\n"
        "ARTICLE IV\nChild Trafficking\nSEC. 10. Child Trafficking. – Any person who sells a "
        "child shall suffer the penalty of reclusion perpetua.\n"
        "ARTICLE V\nObscene Publications\nSEC. 12. Obscene Publications. – Any person who uses "
        "a child in an obscene publication shall suffer the penalty of prision mayor.\n"
        "ARTICLE VII\nSanctions for Establishments\nSEC. 17. Liability of Managers. – The "
        "manager who knowingly allows an offence under Article III or Article V to be committed "
        "shall suffer the penalty of prision correccional.\n"
    )
    found = {(r.source_eid, r.text, r.target_eid) for r in law.references}
    assert found == {
        ("title_VII__sec_17", "Article III", "title_III"),
        ("title_VII__sec_17", "Article V", "title_V"),
    }


def test_references_to_an_article_this_law_writes_into_another() -> None:
    """An amending law that writes "Article 145 bis" into the Penal Code: a
    reference to that article, with or without the Code's name, is to the
    provision writing it; an article of the Code it does not write stays outside."""
    law = parse_text(
        "Article 1. Substitute article 145 bis of the Penal Code with the following:\n"
        "“Article 145 bis: Whoever recruits a person to exploit him is punished.”\n"
        "Article 2. Incorporate as article 145 ter of the Penal Code the following:\n"
        "“Article 145 ter: Whoever retains the documents of another to commit the offence of "
        "article 145 bis is punished.”\n"
        "Article 3. The offences of articles 145 bis and 145 ter of the Penal Code, and of "
        "article 80 of the Penal Code, are federal.\n"
    )
    found = {(r.source_eid, r.text, r.target_eid) for r in law.references}
    assert ("art_2", "article 145 bis", "art_1") in found
    assert ("art_3", "articles 145 bis", "art_1") in found
    assert ("art_3", "145 ter", "art_2") in found
    assert ("art_3", "article 80", None) in found


@pytest.mark.parametrize(
    ("text", "style", "num"),
    [
        ("PART II", "container", "II"),
        ("BOOK ONE", "container", "ONE"),
        ("Section 12A. Heading", "unit", "12A"),
        ("Section 52/1. Whoever", "unit", "52/1"),
        ("(iv) text", "paren_alpha", "iv"),
        ("(12) text", "paren_digit", "12"),
        ("đ) text", "alpha_right", "đ"),
        ("3bis. text", "bare", "3bis"),
        ("a. respect for human dignity;", "alpha_dot", "a"),
        ("Part One", "container", "One"),
        ("Part Two Restitution", "container", "Two"),
        ("THE SCHEDULE", "schedule", "1"),
        ("THE FIRST SCHEDULE", "schedule", "1"),
        ("Supplementary Provisions", "supplementary", "1"),
        ("ADDENDA <No. 20417, Jan. 14, 2025>", "supplementary", "1"),
        ("ADDENDA", "supplementary", "1"),
        ("Article 7-2  (1) text", "unit", "7-2"),
        ("Article L. 4153-1", "unit", "L4153-1"),
        ("Article D. 4153-15", "unit", "D4153-15"),
        ("Article R4153-40", "unit", "R4153-40"),
        ("Article (1)", "unit", "1"),
        ("Article (1) bis", "unit", "1bis"),
        ("Article One: Basis", "unit", "1"),
        ("Article Twenty-Three: Non-punishment of Victims", "unit", "23"),
        ("Article Thirty-Five:", "unit", "35"),
        ("ARTICLE TWELVE: PENALTIES", "unit", "12"),
        ("Article (8) bis Liability of Legal Persons", "unit", "8bis"),
        ("Article (7 bis)", "unit", "7bis"),
        ("Article (116 ter)", "unit", "116ter"),
        ("Article 252bis", "unit", "252bis"),
        ("Article 1st: This decree fixes the minimum age.", "unit", "1"),
        ("Article 1er: Le présent décret fixe l'âge minimum.", "unit", "1"),
        ("1\u00b0 work underground;", "digit_degree", "1"),
        ("1\u00b0) temporary accommodation in a safe place;", "digit_degree", "1"),
        ("12\u00b0) the expulsion of the foreigner.", "digit_degree", "12"),
        ("ARTICLE 1\u00b0 \u2014 Object. This law aims to ...", "unit", "1"),
        ("Article 2\u00ba \u2014 Definitions. For the purposes of this law:", "unit", "2"),
        ("ARTICLE 10 \u2014 Paravian victims abroad. The Ministry ...", "unit", "10"),
        ('1/ "child" means any person under eighteen;', "digit_slash", "1"),
        ("12/ any expression in the masculine gender includes the feminine.", "digit_slash", "12"),
        ("Schedule\u2014The Criminal Code", "schedule", "1"),
        ("Subdivision A\u2014Preliminary", "container", "A"),
        ("Part 2.4\u2014Extensions of criminal responsibility", "container", "2.4"),
        ("(viii) \u201cweek\u201d means a period of seven days;", "paren_alpha", "viii"),
        ("(xviii) \u201cworkshop\u201d means any premises;", "paren_alpha", "xviii"),
    ],
)
def test_read_marker(text: str, style: str, num: str) -> None:
    marker = read_marker(text, unit_words=frozenset({"section"}))
    assert marker is not None
    assert (marker.style, marker.num) == (style, num)


def test_a_bare_numeral_is_read_only_in_a_law_of_articles() -> None:
    articles = frozenset({"article"})
    marker = read_marker("2 If the victim is a minor, the penalty is higher.", unit_words=articles)
    assert marker is not None and (marker.style, marker.num) == ("numeral", "2")
    assert read_marker("2 If the victim is a minor.", unit_words=frozenset({"section"})) is None
    assert read_marker("180 daily penalty units.", unit_words=articles) is None
    assert read_marker("0 Text.", unit_words=articles) is None


@pytest.mark.parametrize(
    ("text", "style", "num"),
    [
        ("270.1A  Definitions for Division 270", "decimal", "270.1A"),
        ("271.2 Offence of trafficking in persons", "decimal", "271.2"),
        ("11.2B  Organising or directing the commission of an offence", "decimal", "11.2B"),
        ("1.2. Text", "bare", "1.2"),
    ],
)
def test_read_decimal_section(text: str, style: str, num: str) -> None:
    """An Australian-style code section: a decimal number with no dot after it."""
    marker = read_marker(text, unit_words=frozenset())
    assert marker is not None
    assert (marker.style, marker.num) == (style, num)


@pytest.mark.parametrize(
    "text",
    [
        "Section 15.2 (extended geographical jurisdiction) applies to this Division.",
        "271.2 applies to conduct outside Meridia.",
    ],
)
def test_a_decimal_reference_opening_a_sentence_is_not_a_marker(text: str) -> None:
    assert read_marker(text, unit_words=frozenset()) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("(i)", "i"),
        ("1.2.", "1-2"),
        ("52/1", "52-1"),
        ("ONE", "1"),
        ("One", "1"),
        ("12A", "12A"),
        ("II", "II"),
        ("270.1A", "270-1A"),
    ],
)
def test_clean_num(raw: str, clean: str) -> None:
    assert clean_num(raw) == clean


@pytest.mark.parametrize(
    ("numeral", "value"), [("i", 1), ("iv", 4), ("ix", 9), ("xiv", 14), ("a", None)]
)
def test_roman_value(numeral: str, value: int | None) -> None:
    assert roman_value(numeral) == value


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
def test_parser_accepts_any_text(text: str) -> None:
    """The grammar never refuses input: any text yields a law (perhaps empty)."""
    law = parse_text(text)
    assert all(p.eid for p in law.walk())


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "PART I",
                "1. A",
                "(1) b",
                "(a) c",
                "(i) d",
                "(ii) e",
                "Article 2. F",
                "a) g",
                "§ 3. H",
                "CHAPTER 2",
                "FIRST SCHEDULE",
                "Section 4. I",
                "text",
                "2. (1) j",
                "(h) k",
                "(j) l",
            ]
        ),
        max_size=40,
    )
)
def test_parser_accepts_any_marker_sequence(lines: list[str]) -> None:
    law = parse_text("\n".join(lines))
    all_eids = [p.eid for p in law.walk()]
    assert len(all_eids) == len(set(all_eids))


@pytest.mark.parametrize(
    "text",
    [
        "Article (1) bis of this Law.",
        "Article (18) of this Law, the Committee shall meet.",
        "Article (1) bis has been used.",
        "Article (39 bis) of this Law shall apply.",
        "Article (7 bis), the Council shall refer it.",
    ],
)
def test_a_bracketed_article_reference_opening_a_line_is_not_a_marker(text: str) -> None:
    """A Gulf-style reference wrapped to the start of a line ("... the means set forth
    in" / "Article (1) bis of this Law") is text, as "Article 20 of this Code" is."""
    assert read_marker(text, unit_words=frozenset({"article"})) is None


@pytest.mark.parametrize(
    "text",
    [
        "Article Eight of this law has been used.",
        "Article Twenty-Eight of this law.",
        "(Article One)",
        "Article Tenth: text",
    ],
)
def test_an_article_numbered_in_words_needs_a_colon_a_dot_or_a_dash(text: str) -> None:
    """An Afghan-style article numbered in words ("Article Eight: Crime of Human Trafficking")
    is read only with a colon, a dot or a dash after the number, or alone on its line: a
    reference wrapped to the start of a line ("Article Eight of this law") is text, and so is an
    Egyptian-style promulgating law's "(Article One)"."""
    assert read_marker(text, unit_words=frozenset({"article"})) is None


def test_articles_numbered_in_words() -> None:
    """Chapters and articles numbered in words, the article's heading after a colon, clauses
    "(1)" and items "1-" (a clause directly in an article, a point inside a clause)."""
    text = (
        "Chapter One\nGeneral Provisions\nArticle One: Basis\nThis law has been enacted.\n"
        "Article Three: Terms\nThe following terms have the meanings below in this law:\n"
        "1- Child: a person who has not completed the age of eighteen years.\n"
        "2- Victim: a person subjected to a crime stated in this law.\n"
        "Chapter Three\nHuman Trafficking\nArticle Twenty-One: Exploitation\n"
        "(1) A person who commits it shall be sentenced to long imprisonment.\n"
        "(2) Exploitation in clause (1) of this article includes:\n1- forced labour;\n"
        "2- the removal of organs.\nArticle Thirty-Five: Enforcement\nThis law shall enter into "
        "force from the date of its publication.\n"
    )
    law = parse_text(text)
    assert [p.eid for p in law.walk()] == [
        "chp_1",
        "chp_1__art_1",
        "chp_1__art_3",
        "chp_1__art_3__cl_1",
        "chp_1__art_3__cl_2",
        "chp_3",
        "chp_3__art_21",
        "chp_3__art_21__subsec_1",
        "chp_3__art_21__subsec_2",
        "chp_3__art_21__subsec_2__point_1",
        "chp_3__art_21__subsec_2__point_2",
        "chp_3__art_35",
    ]
    headings = {p.eid: p.heading for p in law.walk()}
    assert headings["chp_3__art_21"] == "Exploitation"
    assert headings["chp_3"] == "Human Trafficking"


def test_a_canadian_style_section_numbered_without_a_dot_under_its_marginal_heading() -> None:
    """A Canadian-style code prints each section's marginal heading on the line above
    it and numbers the section without a dot ("279.01 (1) Every person ...", "151
    Every person ..."); subsections may be inserted with decimal numbers ("(1.1)",
    "(4.11)"). A subsection's own marginal heading ("Consent") is text, an italic
    cross-heading above the marginal heading is text, and a number opening a line
    that is not under a title ("1 October 2025 ...", "279.03 to 279.05 ...") is text."""
    law = parse_text(
        "PART I\nGeneral\n"
        "Offences on aircraft and ships\n"
        "7 (1) Every person who commits an act on board a ship is deemed to commit it here.\n"
        "Trafficking in persons committed outside Valcarra\n"
        "(4.11) Every citizen who commits an offence against any of sections\n"
        "279.01 to 279.03 abroad is deemed to commit it here.\n"
        "PART VIII\nOffences Against the Person\n"
        "Trafficking in Persons\n"
        "Trafficking in persons\n"
        "279.01 (1) Every person who recruits a person for the purpose of exploiting them "
        "is guilty of an indictable offence and liable\n"
        "(a) to imprisonment for life if they kidnap the victim; and\n"
        "(b) to imprisonment for fourteen years in any other case.\n"
        "Punishment\n"
        "(1.1) Every person who commits an offence under subsection (1) is guilty.\n"
        "Consent\n"
        "(2) No consent to the activity that forms the subject-matter of a charge is valid.\n"
        "2005, c. 43, s. 3; 2014, c. 25, s. 19.\n"
        "Material benefit from sexual services provided by person under eighteen\n"
        "286.2 Every person who receives a material benefit is guilty of an offence.\n"
        "This Revised Edition incorporates all amendments up to and including\n"
        "1 October 2025 and comes into operation on 31 December 2025.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_I", "General"),
        ("part_I__sec_7", "Offences on aircraft and ships"),
        ("part_I__sec_7__subsec_1", None),
        ("part_I__sec_7__subsec_4-11", None),
        ("part_VIII", "Offences Against the Person"),
        ("part_VIII__sec_279-01", "Trafficking in persons"),
        ("part_VIII__sec_279-01__subsec_1", None),
        ("part_VIII__sec_279-01__subsec_1__para_a", None),
        ("part_VIII__sec_279-01__subsec_1__para_b", None),
        ("part_VIII__sec_279-01__subsec_1-1", None),
        ("part_VIII__sec_279-01__subsec_2", None),
        (
            "part_VIII__sec_286-2",
            "Material benefit from sexual services provided by person under eighteen",
        ),
    ]


def test_a_repealed_section_of_a_canadian_style_consolidation_keeps_its_number() -> None:
    """A Canadian-style provincial consolidation keeps a repealed section as its number and
    the note of the repealing Act, with no marginal heading above it ("5 Repealed: 2019, c.
    8, Sched. 1, s. 2."): a section with no heading, not words of the section before it, and
    the next section under its heading still opens; a number opening a line with other words
    ("5 Repealed provisions ...") is text, and so is the note in a law of unit words."""
    law = parse_text(
        "PART I\nPURPOSES AND INTERPRETATION\n"
        "Services in French\n"
        "4 A service provider shall make services available in French.\n"
        "2017, c. 14, Sched. 1, s. 4.\n"
        "5 Repealed: 2019, c. 8, Sched. 1, s. 2.\n"
        "PART III\nSERVICES\n"
        "Indigenous representatives\n"
        "12 Every band may designate a representative for the purposes of this Act.\n"
        "2017, c. 14, Sched. 1, s. 12.\n"
        "13 Repealed: 2019, c. 8, Sched. 1, s. 5.\n"
        "Functions of society\n"
        "14 The functions of a society are to protect children.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_I", "PURPOSES AND INTERPRETATION"),
        ("part_I__sec_4", "Services in French"),
        ("part_I__sec_5", None),
        ("part_III", "SERVICES"),
        ("part_III__sec_12", "Indigenous representatives"),
        ("part_III__sec_13", None),
        ("part_III__sec_14", "Functions of society"),
    ]
    marker = read_marker("5 Repealed: 2019, c. 8, Sched. 1, s. 2.", unit_words=frozenset())
    assert marker is not None and marker.num == "5"
    assert read_marker("5 Repealed provisions stay.", unit_words=frozenset()) is None
    assert read_marker("5 Repealed: 2019, c. 8.", unit_words=frozenset({"section"})) is None


@pytest.mark.parametrize("text", ["(civil) law", "(iiii) text", "(xxxxx) text"])
def test_a_long_bracketed_word_is_a_marker_only_as_a_valid_roman_numeral(text: str) -> None:
    assert read_marker(text, unit_words=frozenset({"section"})) is None


def test_roman_definitions_and_a_gazette_part_line_in_an_indian_style_act() -> None:
    """An Indian-style Act numbers its definitions with roman numerals, directly in the
    section ("(viii)" included), and the Gazette masthead line "PART II — Section 1"
    (the part of the Gazette) is not a Part of the Act; a Schedule's own "Part A —
    Occupations" is a Part inside the schedule."""
    text = (
        "PART II \u2014 Section 1\n\nPUBLISHED BY AUTHORITY\n\n"
        "PART I\nPRELIMINARY\n\n"
        "1. Short title.\u2014This Act may be called the Child Labour Act.\n\n"
        "2. Definitions.\u2014In this Act,\u2014\n\n"
        + "".join(
            f"({num}) \u201cterm {num}\u201d means a thing;\n\n"
            for num in ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        )
        + "PART II\nPROHIBITION\n\n"
        "3. Prohibition.\u2014No child shall be employed.\n\n"
        "THE SCHEDULE\n\n[See section 3]\n\nLIST OF HAZARDOUS OCCUPATIONS\n\n"
        "Part A \u2014 Occupations\n\n1. Work in mines.\n\n"
        "Part B \u2014 Processes\n\n1. Tanning.\n"
    )
    assert eids(text) == [
        "part_I",
        "part_I__sec_1",
        "part_I__sec_2",
        *(
            f"part_I__sec_2__subpara_{num}"
            for num in ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        ),
        "part_II",
        "part_II__sec_3",
        "sched_1",
        "sched_1__part_A",
        "sched_1__part_A__para_1",
        "sched_1__part_B",
        "sched_1__part_B__para_1",
    ]
    part_ii = parse_text(text).find("part_II")
    assert part_ii is not None and part_ii.heading == "PROHIBITION"


def test_indian_style_rules_gazette_sub_section_line_and_forms() -> None:
    """Indian-style rules are published in "PART II—Section 3—Sub-section (i)" of the
    Gazette: the Gazette's part, not a Part of the rules. Each form appended to the
    rules ("FORM A" alone on its line, "[See rule 4(1)]", then its title) is a schedule
    numbered by its letter, its numbered columns its paragraphs; "Form A" in a
    sentence, or "FORM A shall ..." with words after it, opens no form."""
    text = (
        "PART II\u2014Section 3\u2014Sub-section (i)\n\nPUBLISHED BY AUTHORITY\n\n"
        "1. Short title.\u2014(1) These rules may be called the Labour Rules.\n\n"
        "(2) They shall come into force on publication.\n\n"
        "2. Register.\u2014An occupier shall maintain a register in Form A.\n\n"
        "FORM A\n\n[See rule 2]\n\nREGISTER OF ADOLESCENT WORKERS\n\n"
        "1. Serial number.\n\n2. Name of the adolescent.\n\n"
        "FORM B\n\n[See rules 2 and 3(1)]\n\nNOTICE\n\n1. Name of the occupier.\n"
    )
    assert eids(text) == [
        "sec_1",
        "sec_1__subsec_1",
        "sec_1__subsec_2",
        "sec_2",
        "sched_A",
        "sched_A__para_1",
        "sched_A__para_2",
        "sched_B",
        "sched_B__para_1",
    ]
    law = parse_text(text)
    form_a, form_b = law.find("sched_A"), law.find("sched_B")
    assert form_a is not None and form_a.heading == "REGISTER OF ADOLESCENT WORKERS"
    assert form_b is not None and form_b.heading == "NOTICE"
    units = frozenset({"section"})
    assert read_marker("Form A shall be kept.", unit_words=units) is None
    assert read_marker("FORM A shall be kept.", unit_words=units) is None


def test_a_uk_style_section_numbered_without_a_dot_with_its_heading_on_the_line() -> None:
    """A UK-style Act as a consolidated legislation website prints it: the section's
    number (no dot) and heading on a line of their own above the text ("1 Slavery,
    servitude and forced or compulsory labour", "3A Withholding ..."). An inserted
    or substituted provision opens with the reference to its amendment note in
    square brackets ("[F1 (2A) ...]", "[F2 3A ..."), and the marker is read after it;
    the notes themselves ("Textual Amendments", "F1 S. 2(2A) inserted ...",
    "I1 S. 1 in force ...") and an italic cross-heading are text. A number opening a
    sentence ("12 months ..."), a year ("2016 CHAPTER 41"), a number that does not
    follow the open section's and the numbered lines of a schedule are not sections."""
    law = parse_text(
        "Modern Slavery Act 2016\n"
        "2016 CHAPTER 41\n"
        "PART 1\nOffences\n"
        "Offences\n"
        "1 Slavery, servitude and forced or compulsory labour\n"
        "(1) A person commits an offence if the person holds another person in slavery.\n"
        "Commencement Information\n"
        "I1 S. 1 in force at 31.7.2016 by S.I. 2016/560, reg. 2\n"
        "2 Human trafficking\n"
        "(1) A person commits an offence if the person arranges the travel of another person.\n"
        "[F1 (2A) It is immaterial whether or not V is in fact exploited.]\n"
        "Textual Amendments\n"
        "F1 S. 2(2A) inserted (1.4.2020) by Elmaris Justice Act 2020 (c. 12), s. 41(2)\n"
        "[F2 3A Withholding identity documents\n"
        "(1) A person commits an offence if the person destroys a passport.]\n"
        "Penalties and sentencing\n"
        "5 Penalties\n"
        "A person guilty of an offence under section 1 or 2 is liable to imprisonment for\n"
        "12 months or a fine or both.\n"
        "40 Elmaris Street\n"
        "SCHEDULE\n"
        "OFFENCES TO WHICH THE DEFENCE DOES NOT APPLY\n"
        "Common law offences\n"
        "1. Murder.\n"
        "[F4 2. Assisting unlawful immigration.]\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_1", "Offences"),
        ("part_1__sec_1", "Slavery, servitude and forced or compulsory labour"),
        ("part_1__sec_1__subsec_1", None),
        ("part_1__sec_2", "Human trafficking"),
        ("part_1__sec_2__subsec_1", None),
        ("part_1__sec_2__subsec_2A", None),
        ("part_1__sec_3A", "Withholding identity documents"),
        ("part_1__sec_3A__subsec_1", None),
        ("part_1__sec_5", "Penalties"),
        ("sched_1", "OFFENCES TO WHICH THE DEFENCE DOES NOT APPLY"),
        ("sched_1__para_1", None),
        ("sched_1__para_2", None),
    ]


@pytest.mark.parametrize(
    ("text", "style", "num"),
    [
        ("1 Slavery, servitude and forced or compulsory labour", "headed", "1"),
        ("3A Withholding identity documents", "headed", "3A"),
        ("[F1 (2A) It is immaterial whether V is exploited.]", "paren_digit", "2A"),
        ("[F2 3A Withholding identity documents", "headed", "3A"),
    ],
)
def test_read_uk_style_markers(text: str, style: str, num: str) -> None:
    marker = read_marker(text, unit_words=frozenset())
    assert marker is not None and (marker.style, marker.num) == (style, num)
    assert read_marker("2016 CHAPTER 41", unit_words=frozenset()) is None
    assert read_marker("1 Any person who ...", unit_words=frozenset({"article"})) is not None
    assert read_marker("12 months or a fine", unit_words=frozenset()) is None


def test_a_gazette_part_above_the_act_designation_in_a_pakistani_style_act() -> None:
    """A Pakistani-style Gazette prints "PART I" with the kinds of instrument it
    publishes on the next line ("Acts, Ordinances, President's Orders and
    Regulations") above the assent notice and the Act's designation ("ACT NO. XXXIV
    OF 2018"): the Gazette's part, not a Part of an Act that has none. The Act's
    roman definitions run directly in s. 2 to "(xiv)", one holding its own "(a)" and
    "(b)"; sub-clauses "(i)", "(ii)" under a clause "(b)" are followed by "(c)"."""
    text = (
        "THE GAZETTE OF DASTARAN\n\nEXTRAORDINARY\n\nPUBLISHED BY AUTHORITY\n\n"
        "PART I\nActs, Ordinances, President's Orders and Regulations\n\n"
        "SENATE SECRETARIAT\n\n"
        "No. F. 11(4)/2018-Legis.\u2014The following Act received the assent of the "
        "President:\u2014\n\n"
        "ACT NO. XXXIV OF 2018\n\nAn Act to prevent trafficking in persons\n\n"
        "It is hereby enacted as follows:\u2014\n\n"
        "1. Short title.\u2014(1) This Act may be called the Act.\n\n"
        "(2) It extends to the whole of Dastaran.\n\n"
        "2. Definitions.\u2014In this Act,\u2014\n\n"
        + "".join(
            f'({num}) "term {num}" means a thing;\n\n'
            + ("(a) one item;\n\n(b) another item;\n\n" if num == "v" else "")
            for num in ROMANS_TO_XIV
        )
        + "3. Aggravation.\u2014(1) Whoever commits the offence where\u2014\n\n"
        "(a) the victim is a child;\n\n(b) the victim\u2014\n\n(i) is injured; or\n\n"
        "(ii) dies;\n\n(c) the offender is a public servant,\n\nshall be punished.\n"
    )
    assert eids(text) == [
        "sec_1",
        "sec_1__subsec_1",
        "sec_1__subsec_2",
        "sec_2",
        *(
            eid
            for num in ROMANS_TO_XIV
            for eid in (
                [f"sec_2__subpara_{num}"]
                + (["sec_2__subpara_v__para_a", "sec_2__subpara_v__para_b"] if num == "v" else [])
            )
        ),
        "sec_3",
        "sec_3__subsec_1",
        "sec_3__subsec_1__para_a",
        "sec_3__subsec_1__para_b",
        "sec_3__subsec_1__para_b__subpara_i",
        "sec_3__subsec_1__para_b__subpara_ii",
        "sec_3__subsec_1__para_c",
    ]


def test_a_part_with_no_act_designation_after_it_stays_a_part() -> None:
    """A "PART I" opening the document is a Part of the law when no Act designation
    follows it before the first section, or when the designation comes before it."""
    assert eids("PART I\nPRELIMINARY\n\n1. Short title.\u2014This Act may be called X.\n") == [
        "part_I",
        "part_I__sec_1",
    ]
    assert eids(
        "ACT NO. 35 OF 2024\n\nPART I\nPRELIMINARY\n\n"
        "1. Short title.\u2014This Act may be called X.\n\n"
        "PART II\nOFFENCES\n\n2. Offence.\u2014No person shall do X.\n"
    ) == ["part_I", "part_I__sec_1", "part_II", "part_II__sec_2"]


ROMANS_TO_XIV = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
]


def test_dotted_marginal_notes_and_a_gazette_part_in_a_brunei_style_order() -> None:
    """A Brunei-style Order prints each marginal note closed by a dot on its own line
    above the section ("Interpretation." above "2. (1) ..."): the note is the
    section's heading without its dot, once the law does so at least three times.
    The Gazette masthead's "PART II" with the issue number "No. 47" on the next line
    is the Gazette's part, not a Part of the Order; a Proviso stays text."""
    text = (
        "BERINDA DARUSSALAM\n\nGOVERNMENT GAZETTE\n\nPART II\n\nNo. 47\n\n"
        "S 47/2019\n\nCONSTITUTION OF BERINDA DARUSSALAM\n\n(Order under Article 83(3))\n\n"
        "PART I\nPRELIMINARY\n\n"
        "Citation, commencement and long title.\n\n"
        "1. (1) This Order may be cited as the Order.\n\n(2) The long title is X.\n\n"
        'Interpretation.\n\n2. In this Order, "child" means any person below 18 years.\n\n'
        "PART II\nOFFENCES\n\n"
        "Offences by bodies corporate, etc.\n\n"
        "3. (1) A body corporate shall be liable.\n\nProvided that X.\n\n"
        "Compensation.\n\n4. The court may, if it thinks fit, order the offender to pay compensation.\n"
    )
    assert eids(text) == [
        "part_I",
        "part_I__sec_1",
        "part_I__sec_1__subsec_1",
        "part_I__sec_1__subsec_2",
        "part_I__sec_2",
        "part_II",
        "part_II__sec_3",
        "part_II__sec_3__subsec_1",
        "part_II__sec_4",
    ]
    law = parse_text(text)
    assert law.find("part_I__sec_1").heading == "Citation, commencement and long title"
    assert law.find("part_I__sec_2").heading == "Interpretation"
    assert law.find("part_II").heading == "OFFENCES"
    assert law.find("part_II__sec_3").heading == "Offences by bodies corporate, etc"
    assert law.find("part_II__sec_4").heading == "Compensation"


def test_a_single_short_sentence_above_a_section_is_not_a_dotted_marginal_note() -> None:
    """Fewer than three dotted lines above sections: the style is not the law's, so a
    short sentence closed by a dot stays text of the section before it."""
    law = parse_text("1. X\n\nDone.\n\n2. (1) Text.\n")
    assert law.find("sec_2").heading is None


def test_a_section_numbered_with_a_dot_and_an_em_dash_under_its_heading_line() -> None:
    """Pacific Island (Fiji-style) Crimes Acts: the heading on its own line above the
    section, the first subsection right after the number's dot and em dash ("103.—(1)
    A person ..."), and sections without subsections "104. A person ...". A dash inside
    brackets in a section's text ("Section 61 (extended geographical jurisdiction —
    category B) applies ...") does not close a heading: the heading is the line above.
    A penalty line, a note and a bracketed history line are text of the provision."""
    text = (
        "PART 9 — SLAVERY, TRAFFICKING AND RELATED OFFENCES\n\n"
        "Interpretation\n\n101. In this Part —\n\n"
        '"child" means a person below the age of 18 years;\n\n'
        "Application of Part\n\n"
        "102. Section 61 (extended geographical jurisdiction — category B) applies to "
        "every offence against this Part.\n\n"
        "Division 1 — Slavery\n\n"
        "Servitude and forced labour offences\n\n"
        "103A.—(1) A person commits an indictable offence if —\n\n"
        "(a) the person causes servitude; and\n\n(b) X.\n\n"
        "Penalty — Imprisonment for 15 years.\n\n"
        "Note: Section 12 (absolute liability) applies to paragraph (1)(b).\n\n"
        "(2) A person commits an indictable offence if Y.\n\n"
        "[s 103A inserted by Act 9 of 2019, s 4]\n\n"
        "Deceptive recruiting\n\n"
        "104. A person commits an indictable offence if Z.\n\n"
        "Penalty — Imprisonment for 7 years.\n"
    )
    assert eids(text) == [
        "part_9",
        "part_9__sec_101",
        "part_9__sec_102",
        "part_9__dvs_1",
        "part_9__dvs_1__sec_103A",
        "part_9__dvs_1__sec_103A__subsec_1",
        "part_9__dvs_1__sec_103A__subsec_1__para_a",
        "part_9__dvs_1__sec_103A__subsec_1__para_b",
        "part_9__dvs_1__sec_103A__subsec_2",
        "part_9__dvs_1__sec_104",
    ]
    law = parse_text(text)
    assert law.find("part_9").heading == "SLAVERY, TRAFFICKING AND RELATED OFFENCES"
    assert law.find("part_9__sec_101").heading == "Interpretation"
    assert law.find("part_9__sec_102").heading == "Application of Part"
    assert law.find("part_9__dvs_1").heading == "Slavery"
    assert law.find("part_9__dvs_1__sec_103A").heading == "Servitude and forced labour offences"
    assert law.find("part_9__dvs_1__sec_104").heading == "Deceptive recruiting"
    assert read_marker("103.—(1) A person", unit_words=frozenset()).num == "103"


def test_a_nz_style_reprint_history_notes_and_doubled_insertion_letters() -> None:
    """A New Zealand-style reprint prints each section's number and heading on one
    line with no dot ("92D Trafficking in persons") and, after the section, history
    notes in small type that open with the unit they record ("Section 92D: inserted,
    on ...", "Section 2(1) young person: inserted, ...") and the source of an old
    section ("Compare: 1912 No 19 s 205"). The notes are neither units nor the
    section's words, and they do not make "Section" a unit word of the law. A section
    inserted between 92 and 92A is numbered 92AA and comes before 92A."""
    law = parse_text(
        "Part 1\nPreliminary\n"
        "2 Interpretation\n"
        "(1) In this Act, child means a person under the age of 18 years.\n"
        "Compare: 1912 No 19 s 2\n"
        "Section 2(1) young person: inserted, on 20 November 2005, by section 4 of the "
        "Crimes Amendment Act 2005 (2005 No 41).\n"
        "Part 6\nCrimes against personal liberty\n"
        "92 Dealing in slaves\n"
        "(1) Every one is liable to imprisonment for a term not exceeding 14 years who sells a "
        "person as a slave.\n"
        "Compare: 1912 No 19 s 205\n"
        "92AA Dealing in persons under 18 for exploitation\n"
        "(1) Every one is liable to imprisonment for a term not exceeding 14 years who sells a "
        "child.\n"
        "Section 92AA: inserted, on 3 May 2004, by section 9 of the Crimes Amendment Act "
        "(No 2) 2004 (2004 No 47).\n"
        "92A Forced labour or services\n"
        "(1) Every one who causes a person to perform forced labour is liable to imprisonment "
        "for a term not exceeding 7 years.\n"
        "Section 92A: inserted, on 14 December 2016, by section 5 of the Crimes Amendment Act "
        "2016 (2016 No 88).\n"
        "Section 92A(1): amended, on 1 July 2020, by section 3 of the Crimes Amendment Act "
        "2020 (2020 No 12).\n"
        "92D Trafficking in persons\n"
        "(1) Every one is liable to a term of imprisonment not exceeding 20 years who arranges "
        "the entry of a person into Norvane by deceiving that person.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_1", "Preliminary"),
        ("part_1__sec_2", "Interpretation"),
        ("part_1__sec_2__subsec_1", None),
        ("part_6", "Crimes against personal liberty"),
        ("part_6__sec_92", "Dealing in slaves"),
        ("part_6__sec_92__subsec_1", None),
        ("part_6__sec_92AA", "Dealing in persons under 18 for exploitation"),
        ("part_6__sec_92AA__subsec_1", None),
        ("part_6__sec_92A", "Forced labour or services"),
        ("part_6__sec_92A__subsec_1", None),
        ("part_6__sec_92D", "Trafficking in persons"),
        ("part_6__sec_92D__subsec_1", None),
    ]
    forced = law.find("part_6__sec_92A__subsec_1")
    assert forced is not None and "inserted" not in forced.text and "Section" not in forced.text
    definition = law.find("part_1__sec_2__subsec_1")
    assert definition is not None and "Compare" not in definition.text


US_STATE_CODE = """CORWIN REVISED STATUTES
PENAL CODE
Current through the 2025 Regular Session of the 89th Legislature
TITLE 3. PUNISHMENTS
CHAPTER 12. PUNISHMENTS
SUBCHAPTER B. ORDINARY MISDEMEANOR PUNISHMENTS
Sec. 12.21. CLASS A MISDEMEANOR. An individual adjudged guilty of a Class A misdemeanor shall be punished by a fine, by confinement in jail, or by both.
Acts 1975, 64th Leg., p. 1102, ch. 412, Sec. 1, eff. Jan. 1, 1976.
SUBCHAPTER C. ORDINARY FELONY PUNISHMENTS
Sec. 12.33. FELONY OF THE SECOND DEGREE. An individual adjudged guilty of a felony of the second degree shall be punished by imprisonment.
TITLE 5. OFFENSES AGAINST THE PERSON
CHAPTER 20A. TRAFFICKING OF PERSONS
Sec. 20A.01. DEFINITIONS. In this chapter:
(1) "Child" means a person younger than 18 years of age.
(2) "Sexual conduct" has the meaning assigned by Section 43.25.
Added by Acts 2011, 82nd Leg., R.S., Ch. 1, Sec. 2.08, eff. September 1, 2011.
Amended by:
Acts 2019, 86th Leg., R.S., Ch. 421 (S.B. 1201), Sec. 4, eff. September 1, 2019.
Sec. 20A.02. TRAFFICKING OF PERSONS. (a) A person commits an offense if the person knowingly:
(1) traffics a child, by any means, with the intent that the child:
(A) engage in conduct that constitutes an offense under Section 43.02; or
(B) be shown in visual material described by Section 43.26, including:
(i) a photograph; or
(ii) a drawing;
(2) receives anything of value from taking part in such a venture.
(b) An offense under this section is a felony of the second degree.
Added by Acts 2011, 82nd Leg., R.S., Ch. 1, Sec. 2.08, eff. September 1, 2011.
TITLE 9. OFFENSES AGAINST PUBLIC ORDER AND DECENCY
CHAPTER 43. PUBLIC INDECENCY
SUBCHAPTER A. PROSTITUTION
Sec. 43.021. SOLICITATION OF PROSTITUTION. (a) A person commits an offense if the person pays a fee.
(b) An offense under this section is a Class A misdemeanor.
"""


US_REGULATION = """PART 570\u2014CHILD LABOR REGULATIONS, ORDERS AND STATEMENTS OF INTERPRETATION
Authority: Secs. 3, 11, 12, 13, 61 Stat. 1104, as amended (29 T.S.C. 203, 211).
Subpart A\u2014General
\u00a7 570.1 Definitions.
As used in this part:
(a) Minor means a person under 18 years of age.
(b) Oppressive child labor means a condition of employment under which:
(1) Any minor under 16 is employed, except as provided in \u00a7 570.2(b).
[41 FR 12716, Mar. 26, 1996, as amended at 76 FR 18854, Apr. 5, 2011]
\u00a7 570.3 [Reserved]
Subpart C\u2014Employment of Minors Between 14 and 16 Years of Age (Child Labor Reg. 3)
\u00a7 570.33 Occupations that may be performed by minors 14 and 15 years of age.
(a) Permitted occupations. Minors 14 and 15 years of age may be employed only in:
(1) Office and clerical work;
(i) including the operation of office machines.
\u00a7 570.35a Work experience and career exploration program.

The Administrator may approve a program that meets the conditions of
\u00a7 570.33 of this part.
"""


def test_a_us_federal_regulation_part() -> None:
    """A US-style federal regulation as an electronic Code prints it (Tarrenland): "PART
    570\u2014..." is `part_570` and "Subpart C\u2014..." a container inside it (kind `subpart`,
    prefix `subpart`); a section "\u00a7 570.33 Occupations ... of age." is `sec_570-33`, its
    whole line the heading without the closing period, however long; "\u00a7 570.3
    [Reserved]" is a section with no heading; the bracketed Federal Register note is text;
    "\u00a7 570.33 of this part" opening a line is a reference."""
    law = parse_text(US_REGULATION)
    assert [p.eid for p in law.walk()] == [
        "part_570",
        "part_570__subpart_A",
        "part_570__subpart_A__sec_570-1",
        "part_570__subpart_A__sec_570-1__para_a",
        "part_570__subpart_A__sec_570-1__para_b",
        "part_570__subpart_A__sec_570-1__para_b__subsec_1",
        "part_570__subpart_A__sec_570-3",
        "part_570__subpart_C",
        "part_570__subpart_C__sec_570-33",
        "part_570__subpart_C__sec_570-33__para_a",
        "part_570__subpart_C__sec_570-33__para_a__subsec_1",
        "part_570__subpart_C__sec_570-33__para_a__subsec_1__subpara_i",
        "part_570__subpart_C__sec_570-35a",
    ]
    subpart = law.find("part_570__subpart_C")
    assert subpart is not None and subpart.kind == "subpart"
    assert (
        subpart.heading
        == "Employment of Minors Between 14 and 16 Years of Age (Child Labor Reg. 3)"
    )
    section = law.find("part_570__subpart_C__sec_570-33")
    assert section is not None and section.kind == "section"
    assert section.heading == "Occupations that may be performed by minors 14 and 15 years of age"
    reserved = law.find("part_570__subpart_A__sec_570-3")
    assert reserved is not None and reserved.heading is None and "[Reserved]" in reserved.text
    definitions = law.find("part_570__subpart_A__sec_570-1__para_b__subsec_1")
    assert definitions is not None and "76 FR 18854" in definitions.text
    last = law.find("part_570__subpart_C__sec_570-35a")
    assert last is not None and last.heading == "Work experience and career exploration program"
    assert "conditions of \u00a7 570.33 of this part" in last.text


def test_a_us_state_penal_code_extract() -> None:
    """A US state code as the legislature's website prints it (Corwin): TITLE, CHAPTER
    and SUBCHAPTER containers with the title after a dot; sections "Sec. 20A.02.
    HEADING. (a) ..." numbered with the chapter's number, a dot and the section's
    (eId `sec_20A-02`), the heading in capitals closed by a dot; subsections (a) are
    `para`, subdivisions (1) `subsec`, paragraphs (A) `item` and subparagraphs (i)
    `subpara`, the existing convention applied literally. The source notes under each
    section ("Added by Acts 2011, 82nd Leg., ...", "Amended by:", "Acts 2019, ...")
    are no provision's words, and "Sec. 2.08" inside them opens no section."""
    law = parse_text(US_STATE_CODE)
    assert [p.eid for p in law.walk()] == [
        "title_3",
        "title_3__chp_12",
        "title_3__chp_12__subchp_B",
        "title_3__chp_12__subchp_B__sec_12-21",
        "title_3__chp_12__subchp_C",
        "title_3__chp_12__subchp_C__sec_12-33",
        "title_5",
        "title_5__chp_20A",
        "title_5__chp_20A__sec_20A-01",
        "title_5__chp_20A__sec_20A-01__subsec_1",
        "title_5__chp_20A__sec_20A-01__subsec_2",
        "title_5__chp_20A__sec_20A-02",
        "title_5__chp_20A__sec_20A-02__para_a",
        "title_5__chp_20A__sec_20A-02__para_a__subsec_1",
        "title_5__chp_20A__sec_20A-02__para_a__subsec_1__item_A",
        "title_5__chp_20A__sec_20A-02__para_a__subsec_1__item_B",
        "title_5__chp_20A__sec_20A-02__para_a__subsec_1__item_B__subpara_i",
        "title_5__chp_20A__sec_20A-02__para_a__subsec_1__item_B__subpara_ii",
        "title_5__chp_20A__sec_20A-02__para_a__subsec_2",
        "title_5__chp_20A__sec_20A-02__para_b",
        "title_9",
        "title_9__chp_43",
        "title_9__chp_43__subchp_A",
        "title_9__chp_43__subchp_A__sec_43-021",
        "title_9__chp_43__subchp_A__sec_43-021__para_a",
        "title_9__chp_43__subchp_A__sec_43-021__para_b",
    ]
    subchapter = law.find("title_3__chp_12__subchp_C")
    assert subchapter is not None and subchapter.kind == "subchapter"
    assert subchapter.heading == "ORDINARY FELONY PUNISHMENTS"
    section = law.find("title_5__chp_20A__sec_20A-02")
    assert section is not None and section.heading == "TRAFFICKING OF PERSONS"
    assert section.num == "20A.02"
    misdemeanor = law.find("title_3__chp_12__subchp_B__sec_12-21")
    assert misdemeanor is not None and misdemeanor.heading == "CLASS A MISDEMEANOR"
    assert misdemeanor.text.endswith("or by both.")
    for eid in ("title_5__chp_20A__sec_20A-01__subsec_2", "title_5__chp_20A__sec_20A-02__para_b"):
        provision = law.find(eid)
        assert provision is not None and "Acts" not in provision.own_text
        assert "Amended by" not in provision.own_text
    assert (
        read_marker("Sec. 2.08, eff. September 1, 2011.", unit_words=frozenset({"section"})) is None
    )


def test_an_australian_state_code_enacted_as_the_schedule_of_its_act() -> None:
    """A Queensland-style Criminal Code is Schedule 1 of its Act, and its reprint's cover
    says so ("Schedule 1 The Criminal Code") before any provision: the schedule is the
    code itself, and in it a section's number and heading on one line ("1 Definitions",
    "354F Trafficking in persons") opens a section, as in the body of a law, under
    "Part 1 Introductory" and "Chapter 1 Interpretation" (number and title on one line).
    A heading with a verb in a relative clause ("Obtaining prostitution from a person who
    is not an adult") is a title. The editorial notes in square brackets after a section
    ("[s 206A ins 2003 No. 19 s 10]", "[s 1 def young person ins 2003 No. 19 s 3]",
    "[ch 34A ins 2013 No. 8 s 11]") are no provision's words."""
    law = parse_text(
        "Carrondale\nCriminal Code Act 1901\nSchedule 1 The Criminal Code\n"
        "Current as at 1 March 2025\n"
        "Part 1 Introductory\nChapter 1 Interpretation\n"
        "1 Definitions\n"
        "In this Code—\n"
        "child means a person under 18 years.\n"
        "[s 1 def young person ins 2003 No. 19 s 3]\n"
        "Part 4 Offences against morality and against children\n"
        "Chapter 23 Prostitution involving children\n"
        "226 Paying for a sexual act with a person who is not an adult\n"
        "(1) Any person who pays a person who is not an adult for a sexual act commits a crime.\n"
        "Maximum penalty—7 years imprisonment.\n"
        "[s 226 ins 2010 No. 14 s 8]\n"
        "Part 5 Offences against personal liberty\n"
        "Chapter 34A Slavery, forced labour and trafficking in persons\n"
        "354F Trafficking in persons\n"
        "(1) Any person who recruits another person by deception, intending that the other "
        "person be exploited, commits a crime.\n"
        "Maximum penalty—20 years imprisonment.\n"
        "[s 354F sub 2019 No. 12 s 15]\n"
        "354G Trafficking in children\n"
        "(1) Any person who organises the transport of a child commits a crime.\n"
        "[ch 34A ins 2013 No. 8 s 11]\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("sched_1", "The Criminal Code"),
        ("sched_1__part_1", "Introductory"),
        ("sched_1__part_1__chp_1", "Interpretation"),
        ("sched_1__part_1__chp_1__sec_1", "Definitions"),
        ("sched_1__part_4", "Offences against morality and against children"),
        ("sched_1__part_4__chp_23", "Prostitution involving children"),
        (
            "sched_1__part_4__chp_23__sec_226",
            "Paying for a sexual act with a person who is not an adult",
        ),
        ("sched_1__part_4__chp_23__sec_226__subsec_1", None),
        ("sched_1__part_5", "Offences against personal liberty"),
        ("sched_1__part_5__chp_34A", "Slavery, forced labour and trafficking in persons"),
        ("sched_1__part_5__chp_34A__sec_354F", "Trafficking in persons"),
        ("sched_1__part_5__chp_34A__sec_354F__subsec_1", None),
        ("sched_1__part_5__chp_34A__sec_354G", "Trafficking in children"),
        ("sched_1__part_5__chp_34A__sec_354G__subsec_1", None),
    ]
    for eid in (
        "sched_1__part_1__chp_1__sec_1",
        "sched_1__part_4__chp_23__sec_226__subsec_1",
        "sched_1__part_5__chp_34A__sec_354F__subsec_1",
        "sched_1__part_5__chp_34A__sec_354G__subsec_1",
    ):
        node = law.find(eid)
        assert node is not None and "[" not in node.text and " ins " not in node.text
    definitions = law.find("sched_1__part_1__chp_1__sec_1")
    assert definitions is not None and "child means a person under 18 years." in definitions.text


def test_a_us_state_statutes_extract_in_the_florida_web_print_style() -> None:
    """A Florida-style statutes print: "Title XLVI" and "Chapter 787" each with its name on
    the next line; sections numbered with the chapter's number, a dot and the section's,
    of up to four digits ("787.06", "847.0135"), whose catchline runs in after the number
    and closes with a dot and an em dash, semicolons and all ("775.082 Penalties;
    sentences of imprisonment.—(1) ..."), the first subsection and paragraph on the same
    line ("(1)(a) The Legislature finds ..."); inside a section a bare "1." is a
    subparagraph and "a." a sub-subparagraph of the (1)(a)1.a. nesting, not a section;
    the History note after a section is no provision's words."""
    law = parse_text(
        "The 2025 Delmora Statutes\n"
        "Title XLVI\nCRIMES\n"
        "Chapter 775\nDEFINITIONS; GRADES OF OFFENSES; GENERAL PENALTIES; JURISDICTION\n"
        "775.082 Penalties; sentences of imprisonment.—(1) A person convicted of a life "
        "felony shall be punished by imprisonment for life.\n"
        "(2) A person convicted of a felony of the first degree shall be punished by "
        "imprisonment for a term not exceeding 25 years.\n"
        "History.—s. 11, ch. 71-136; s. 1, ch. 2014-19.\n"
        "Chapter 787\nABDUCTION; UNLAWFUL RESTRAINT; HUMAN TRAFFICKING; CUSTODY OFFENSES\n"
        "787.06 Human trafficking.—(1)(a) The Legislature finds that human trafficking "
        "persists in this state.\n"
        "(2) As used in this section, the term:\n"
        '(a) "Coercion" means any of the following, whether done or threatened:\n'
        "1. Using force or violence against the person.\n"
        "2. Deceiving or defrauding the person, including by:\n"
        "a. a false promise of work; or\n"
        "b. a false statement as to the nature of the work.\n"
        "3. Placing or holding the person in debt bondage.\n"
        '(b) "Minor" means an individual who has not attained 18 years of age.\n'
        "History.—s. 3, ch. 2006-118; s. 5, ch. 2013-74.\n"
        "Chapter 847\nOBSCENE MATERIAL; MINORS AND ELECTRONIC COMMUNICATIONS\n"
        "847.0135 Solicitation of a minor by electronic device; traveling to meet a "
        "minor.—(1) A person who knowingly uses a computer to lure a minor commits a felony "
        "of the third degree.\n"
        "History.—ss. 5, 6, ch. 96-388.\n"
    )
    section = "title_XLVI__chp_787__sec_787-06"
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("title_XLVI", "CRIMES"),
        ("title_XLVI__chp_775", "DEFINITIONS; GRADES OF OFFENSES; GENERAL PENALTIES; JURISDICTION"),
        ("title_XLVI__chp_775__sec_775-082", "Penalties; sentences of imprisonment"),
        ("title_XLVI__chp_775__sec_775-082__subsec_1", None),
        ("title_XLVI__chp_775__sec_775-082__subsec_2", None),
        (
            "title_XLVI__chp_787",
            "ABDUCTION; UNLAWFUL RESTRAINT; HUMAN TRAFFICKING; CUSTODY OFFENSES",
        ),
        (section, "Human trafficking"),
        (f"{section}__subsec_1", None),
        (f"{section}__subsec_1__para_a", None),
        (f"{section}__subsec_2", None),
        (f"{section}__subsec_2__para_a", None),
        (f"{section}__subsec_2__para_a__point_1", None),
        (f"{section}__subsec_2__para_a__point_2", None),
        (f"{section}__subsec_2__para_a__point_2__point_a", None),
        (f"{section}__subsec_2__para_a__point_2__point_b", None),
        (f"{section}__subsec_2__para_a__point_3", None),
        (f"{section}__subsec_2__para_b", None),
        ("title_XLVI__chp_847", "OBSCENE MATERIAL; MINORS AND ELECTRONIC COMMUNICATIONS"),
        (
            "title_XLVI__chp_847__sec_847-0135",
            "Solicitation of a minor by electronic device; traveling to meet a minor",
        ),
        ("title_XLVI__chp_847__sec_847-0135__subsec_1", None),
    ]
    for eid in (
        "title_XLVI__chp_775__sec_775-082__subsec_2",
        f"{section}__subsec_2__para_b",
        "title_XLVI__chp_847__sec_847-0135__subsec_1",
    ):
        node = law.find(eid)
        assert node is not None and "History" not in node.text and "ch. " not in node.text


def test_an_irish_style_act_with_marginal_notes_and_a_schedule_naming_its_section() -> None:
    """An Irish-style Act prints each section's marginal note closed by a full stop above
    the number ("Trafficking of children." / "2.—(1) ..."); a section with no
    subsections carries its text after the dash ("11.—Where ..."); the Schedule names
    the section it serves on a line of its own, unbracketed ("Section 20."), between
    "SCHEDULE" and its title: no section of the schedule."""
    law = parse_text(
        "Trafficking of children.\n"
        "2.—(1) A person who trafficks a child for the purposes of the exploitation of the "
        "child shall be guilty of an offence.\n"
        "(2) A person guilty of an offence under this section shall be liable—\n"
        "(a) on summary conviction, to a class A fine, or\n"
        "(b) on conviction on indictment, to imprisonment for life.\n"
        "Presumption as to age.\n"
        "11.—Where the age of a person is in doubt, the person shall be presumed to have "
        "been a child.\n"
        "Consequential amendments.\n"
        "20.—Each enactment named in the Schedule is amended as set out in it.\n"
        "SCHEDULE\n"
        "Section 20.\n"
        "Consequential Amendments of Other Enactments\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("sec_2", "Trafficking of children"),
        ("sec_2__subsec_1", None),
        ("sec_2__subsec_2", None),
        ("sec_2__subsec_2__para_a", None),
        ("sec_2__subsec_2__para_b", None),
        ("sec_11", "Presumption as to age"),
        ("sec_20", "Consequential amendments"),
        ("sched_1", "Consequential Amendments of Other Enactments"),
    ]
    node = law.find("sec_11")
    assert node is not None and node.text.startswith("Where the age of a person")


def test_a_hong_kong_style_ordinance_with_an_inserted_part_and_a_repealed_section() -> None:
    """A Hong Kong-style Ordinance: "Part XIIA", inserted between Parts XII and XIII, is a
    Part of its own; a section kept only as its number with the note of the repealing
    Ordinance ("143. (Repealed 38 of 1992 s. 3)") has no heading, and the amendment note
    in round brackets printed above it ("(Added 19 of 2015 s. 5)", the end of the section
    before) is not its heading; the Schedule's reference to the sections it serves, "[ss.
    159A & 159D]", is passed over for its title (Kaiwan)."""
    law = parse_text(
        "Part XII\n"
        "Sexual and Related Offences\n"
        "142A. Sexual grooming of child\n"
        "(1) A person who meets a child after grooming commits an offence.\n"
        "(Added 19 of 2015 s. 5)\n"
        "143. (Repealed 38 of 1992 s. 3)\n"
        "144. Procurement of person under 18\n"
        "Any person who procures a person under the age of 18 years commits an offence.\n"
        "Part XIIA\n"
        "Extra-territorial Application of Sexual Offences Against Children\n"
        "(Part XIIA added 19 of 2015 s. 10)\n"
        "159A. Interpretation\n"
        'In this Part, "listed offence" means an offence specified in Schedule 4.\n'
        "Part XIII\n"
        "Offences against Children\n"
        "160. Interpretation\n"
        'In this Part, "child" means a person under the age of 18 years.\n'
        "Schedule 4\n"
        "[ss. 159A & 159D]\n"
        "Offences for the Purposes of Part XIIA\n"
        "1. An offence under section 142A.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_XII", "Sexual and Related Offences"),
        ("part_XII__sec_142A", "Sexual grooming of child"),
        ("part_XII__sec_142A__subsec_1", None),
        ("part_XII__sec_143", None),
        ("part_XII__sec_144", "Procurement of person under 18"),
        ("part_XIIA", "Extra-territorial Application of Sexual Offences Against Children"),
        ("part_XIIA__sec_159A", "Interpretation"),
        ("part_XIII", "Offences against Children"),
        ("part_XIII__sec_160", "Interpretation"),
        ("sched_4", "Offences for the Purposes of Part XIIA"),
        ("sched_4__para_1", None),
    ]
    node = law.find("part_XII__sec_143")
    assert node is not None and node.text == "(Repealed 38 of 1992 s. 3)"


def test_a_caribbean_style_act_with_margin_notes_of_the_amending_acts() -> None:
    """A Caribbean-style consolidated Act prints each section's marginal note closed by a
    full stop above the section ("Exacting forced labour." / "6A.—(1) ..."), and the note of
    the Act that amended the section or one of its provisions on a line of its own above it
    ("9/2019 S. 3.", "4/2012 S. 3."): the note is neither a provision's words nor the
    heading, and the marginal note above it still heads the section (Barracoa)."""
    law = parse_text(
        "Short title.\n"
        "1. This Act may be cited as the Trafficking in Persons Act.\n"
        "Trafficking in persons.\n"
        "3.—(1) A person commits the offence of trafficking in persons where he recruits "
        "another person for exploitation.\n"
        "4/2012 S. 3.\n"
        "(2) A person who commits the offence is liable to imprisonment.\n"
        "Exacting forced labour.\n"
        "9/2019 S. 3.\n"
        "6A.—(1) A person commits an offence who compels another person to perform forced "
        "labour.\n"
        "(2) A person who commits an offence under subsection (1) is liable to imprisonment.\n"
        "Restitution.\n"
        "4/2012 S. 5.\n"
        "7. Where a person is convicted of an offence under this Act, the court shall order "
        "the person to pay restitution.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("sec_1", "Short title"),
        ("sec_3", "Trafficking in persons"),
        ("sec_3__subsec_1", None),
        ("sec_3__subsec_2", None),
        ("sec_6A", "Exacting forced labour"),
        ("sec_6A__subsec_1", None),
        ("sec_6A__subsec_2", None),
        ("sec_7", "Restitution"),
    ]
    for node in law.walk():
        assert "/2012" not in node.text and "/2019" not in node.text


def test_a_taiwan_style_act_with_a_deleted_article_kept_by_its_number() -> None:
    """A Taiwan-style Act printed from a law and regulations database: "Article 20" alone
    on its line with "(Deleted)" on the line below is an article with no heading, the note
    its text; the note is not the heading of "Article 21" below it either, as a line in
    round brackets above an article is in Japanese-style statutes. The print block before
    "Chapter I" ("Title:", "Date:", the numbered amendment history of "Legislative:") opens
    no provision, and items "(1)" inside a subparagraph "1." nest under it (Hsinlan)."""
    law = parse_text(
        "Title: Child and Youth Sexual Exploitation Prevention Act Ch\n"
        "Date: 2022.05.18\n"
        "Legislative:\n"
        "1. Full text of 41 articles promulgated by Presidential Order on September 6, 1996.\n"
        "2. Article 20 deleted by Presidential Order on May 18, 2022.\n"
        "Content:\n"
        "Chapter III Placement and Services\n"
        "Article 19\n"
        "The court shall make one of the following rulings:\n"
        "1. to end the placement;\n"
        "2. to place the child or youth in one of the following:\n"
        "(1) the home of a relative or a foster family;\n"
        "(2) a child and youth welfare institution.\n"
        "Article 20\n"
        "(Deleted)\n"
        "Article 21\n"
        "The competent authorities shall set up short-term shelters.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("chp_III", "Placement and Services"),
        ("chp_III__art_19", None),
        ("chp_III__art_19__cl_1", None),
        ("chp_III__art_19__cl_2", None),
        ("chp_III__art_19__cl_2__subsec_1", None),
        ("chp_III__art_19__cl_2__subsec_2", None),
        ("chp_III__art_20", None),
        ("chp_III__art_21", None),
    ]
    node = law.find("chp_III__art_20")
    assert node is not None and node.text == "(Deleted)"


def test_a_scottish_style_schedule_numbers_its_paragraphs_with_no_dot() -> None:
    """A Scottish-style Act: its sections are numbered with no dot, the heading on the
    number's line ("1 Offence of human trafficking"), and so are its schedule's paragraphs
    ("1 (1) The ... Act 1996 is amended as follows.", "2 Sections 22 and 23 ... are
    repealed."), each under an italic cross-heading naming the Act amended: paragraphs of
    the schedule, not sections, and the cross-heading is no heading of them. The
    schedule's "(introduced by section 27)" under "SCHEDULE" is its authorising reference,
    not its heading, and the text an amendment inserts in quotation marks ("(ca) an offence
    ...") is no provision (Dunmarra)."""
    law = parse_text(
        "PART 5\n"
        "GENERAL\n"
        "27 Modification of enactments\n"
        "The schedule contains minor modifications of enactments.\n"
        "28 Short title\n"
        "The short title of this Act is the Human Trafficking Act 2018.\n"
        "SCHEDULE\n"
        "(introduced by section 27)\n"
        "MODIFICATION OF ENACTMENTS\n"
        "Criminal Procedure (Dunmarra) Act 1996\n"
        "1 (1) The Criminal Procedure (Dunmarra) Act 1996 is amended as follows.\n"
        "(2) In section 19B(1) (samples after conviction), after paragraph (c) insert—\n"
        "\u201c(ca) an offence under section 1 of the Human Trafficking Act 2018,\u201d.\n"
        "Criminal Justice (Dunmarra) Act 2010\n"
        "2 Sections 22 and 23 of the Criminal Justice (Dunmarra) Act 2010 are repealed.\n"
        "Children's Hearings (Dunmarra) Act 2011\n"
        "3 In section 67(2) of the Children's Hearings (Dunmarra) Act 2011 (grounds for "
        "referral), after paragraph (p) insert—\n"
        "\u201c(pa) the child is a victim of an offence under section 1 of that Act,\u201d.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_5", "GENERAL"),
        ("part_5__sec_27", "Modification of enactments"),
        ("part_5__sec_28", "Short title"),
        ("sched_1", "MODIFICATION OF ENACTMENTS"),
        ("sched_1__para_1", None),
        ("sched_1__para_1__subsec_1", None),
        ("sched_1__para_1__subsec_2", None),
        ("sched_1__para_2", None),
        ("sched_1__para_3", None),
    ]
    node = law.find("sched_1__para_1__subsec_2")
    assert node is not None and node.text.endswith('Human Trafficking Act 2018,".')


def test_an_east_african_revised_edition_with_marginal_notes_and_lettered_sub_headings() -> None:
    """A Tanzanian-style Act in a Revised Edition of the laws: "CHAPTER 21" above the Act's
    title ("THE LAW OF THE CHILD ACT") on the cover and over the arrangement of sections is
    the Act's chapter among the laws, not a container; each section's marginal note stands
    on a line of its own above it, the note of the amending Act ("Act No. 7 of 2016 s. 10")
    under it being neither the heading nor the section's words; "30.-(1)" opens section 30
    and its subsection 1; the sub-headings of a Part lettered in brackets ("(a) Foster
    Care", "(b) Adoption") are neither provisions nor containers, the sections under them
    staying in the Part; a section kept by its number with the repealing note in square
    brackets has no heading (Ruvani)."""
    law = parse_text(
        "THE LAWS OF RUVANI\n"
        "CHAPTER 21\n"
        "THE LAW OF THE CHILD ACT\n"
        "REVISED EDITION 2020\n"
        "CHAPTER 21\n"
        "THE LAW OF THE CHILD ACT\n"
        "ARRANGEMENT OF SECTIONS\n"
        "Section Title\n"
        "PART V\n"
        "JUVENILE COURT\n"
        "20. Prohibition of publication.\n"
        "21. [Repealed].\n"
        "PART VII\n"
        "FOSTER CARE AND ADOPTION\n"
        "(a) Foster Care\n"
        "26. Supervision of foster care.\n"
        "(b) Adoption\n"
        "30. Adoption by non-citizen.\n"
        "CHAPTER 21\n"
        "THE LAW OF THE CHILD ACT\n"
        "An Act to consolidate the law relating to children.\n"
        "PART V\n"
        "JUVENILE COURT\n"
        "Prohibition of publication\n"
        "20. A person shall not publish the name of a child who is a witness.\n"
        "21. [Repealed by Act No. 7 of 2016 s. 6]\n"
        "PART VII\n"
        "FOSTER CARE AND ADOPTION\n"
        "(a) Foster Care\n"
        "Supervision of foster care\n"
        "26. A social welfare officer shall visit every child placed with a foster parent.\n"
        "(b) Adoption\n"
        "Adoption by non-citizen\n"
        "Act No. 7 of 2016 s. 10\n"
        "30.-(1) An adoption order shall not be made in favour of a non-citizen unless he-\n"
        "(a) has resided in Ruvani for three years; and\n"
        "(b) has fostered the child for six months.\n"
        "(2) Section 28 applies to the application.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_V", "JUVENILE COURT"),
        ("part_V__sec_20", "Prohibition of publication"),
        ("part_V__sec_21", None),
        ("part_VII", "FOSTER CARE AND ADOPTION"),
        ("part_VII__sec_26", "Supervision of foster care"),
        ("part_VII__sec_30", "Adoption by non-citizen"),
        ("part_VII__sec_30__subsec_1", None),
        ("part_VII__sec_30__subsec_1__para_a", None),
        ("part_VII__sec_30__subsec_1__para_b", None),
        ("part_VII__sec_30__subsec_2", None),
    ]
    repealed = law.find("part_V__sec_21")
    assert repealed is not None and repealed.text == "[Repealed by Act No. 7 of 2016 s. 6]"
    section = law.find("part_VII__sec_26")
    assert section is not None and "Adoption" not in section.text
    assert "Act No. 7 of 2016" not in law.document.text.split("30.-(1)")[1]


def test_a_sri_lankan_revised_edition_chapter_and_its_margin_notes_of_amending_acts() -> None:
    """A Sri Lankan-style Revised Legislative Enactments edition: "CHAPTER 175" above the
    Act's short title in capitals, which names no "Act", and its long title ("AN ACT TO
    ...") is the Act's chapter among the laws, not a container, so the sections before
    "PART I" stay at the top; each section's marginal note closed by a full stop stands on
    a line of its own above it, and the margin's note of the amending Act in square
    brackets under it ("[§ 2, 19 of 2018.]", "[§ 5, 11 of 2003; § 4, 19 of 2018.]") is
    neither the heading nor the words of any provision; the same note under an inserted
    Part's title is no heading; a section kept by its number with "[Repealed by § 7, 51 of
    1973.]" has no heading (Ratnadipa)."""
    law = parse_text(
        "CHAPTER 175\n"
        "EMPLOYMENT OF WOMEN, YOUNG PERSONS AND CHILDREN\n"
        "AN ACT TO RESTRICT AND REGULATE THE EMPLOYMENT OF CHILDREN, OF YOUNG PERSONS AND OF"
        " WOMEN.\n"
        "Act Nos. 38 of 1956, 51 of 1973, 11 of 2003, 19 of 2018.\n"
        "[14th March, 1957.]\n"
        "Short title.\n"
        "1. This Act may be cited as the Employment of Women, Young Persons and Children Act.\n"
        "PART I\n"
        "EMPLOYMENT OF CHILDREN\n"
        "Restriction on employment of children.\n"
        "[§ 2, 19 of 2018.]\n"
        "2. (1) No child shall be employed in any undertaking.\n"
        "(2) A child who has attained the age of twelve years may help his parent.\n"
        "Hazardous occupations.\n"
        "[§ 5, 11 of 2003; § 4, 19 of 2018.]\n"
        "3. No person under the age of eighteen years shall be employed in the Schedule.\n"
        "PART IIA\n"
        "WORST FORMS OF CHILD LABOUR\n"
        "[§ 5, 19 of 2018.]\n"
        "Prohibition of worst forms of child labour.\n"
        "3A. No person shall sell a person under the age of eighteen years.\n"
        "PART III\n"
        "EMPLOYMENT OF WOMEN\n"
        "4. [Repealed by § 7, 51 of 1973.]\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("sec_1", "Short title"),
        ("part_I", "EMPLOYMENT OF CHILDREN"),
        ("part_I__sec_2", "Restriction on employment of children"),
        ("part_I__sec_2__subsec_1", None),
        ("part_I__sec_2__subsec_2", None),
        ("part_I__sec_3", "Hazardous occupations"),
        ("part_IIA", "WORST FORMS OF CHILD LABOUR"),
        ("part_IIA__sec_3A", "Prohibition of worst forms of child labour"),
        ("part_III", "EMPLOYMENT OF WOMEN"),
        ("part_III__sec_4", None),
    ]
    repealed = law.find("part_III__sec_4")
    assert repealed is not None and repealed.text == "[Repealed by § 7, 51 of 1973.]"
    assert "§" not in " ".join(p.text for p in law.walk() if p.eid != "part_III__sec_4")


def test_cypriot_margin_notes_of_laws_under_the_marginal_notes() -> None:
    """A Cypriot-style consolidated Law prints each section's marginal note closed by a full
    stop on a line of its own above the section, and under it, one to a line, the margin's
    notes of the Laws that amended the section or that it cites ("41(I) of 2019.", "22(I) of
    2022.", "112(I) of 2015."; also right above a subsection or among the definitions): no
    provision's words and no heading, the marginal note above them still heading the section
    (Kallistra)."""
    law = parse_text(
        "PART I\n"
        "GENERAL PROVISIONS\n"
        "Short title.\n"
        "1. This Law may be cited as the Trafficking of Persons Law of 2016.\n"
        "Interpretation.\n"
        "41(I) of 2019.\n"
        "22(I) of 2022.\n"
        "2.-(1) In this Law, unless the context otherwise requires-\n"
        '"child" means a person who has not completed the age of eighteen years;\n'
        "112(I) of 2015.\n"
        '"child pornography" has the meaning given to it by the Law, 112(I) of 2015.\n'
        "(2) Terms not defined have the meaning given to them by the Criminal Code, Cap. 162.\n"
        "PART II\n"
        "OFFENCES AND PENALTIES\n"
        "Trafficking in children.\n"
        "3. Any person who recruits a child for exploitation is guilty of a felony.\n"
        "Exploitation of begging.\n"
        "41(I) of 2019.\n"
        "3A. Any person who compels another person to beg is guilty of a felony.\n"
        "Residence permit.\n"
        "4.-(1) The Civil Registry and Migration Department issues a permit to the victim.\n"
        "19(I) of 2001.\n"
        "(2) Nothing in this section prevents an application under the Refugee Law, 19(I) of"
        " 2001.\n"
        "Protection of witnesses.\n"
        "88(I) of 2002.\n"
        "5. The Protection of Witnesses Law, 88(I) of 2002, applies to a victim.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_I", "GENERAL PROVISIONS"),
        ("part_I__sec_1", "Short title"),
        ("part_I__sec_2", "Interpretation"),
        ("part_I__sec_2__subsec_1", None),
        ("part_I__sec_2__subsec_2", None),
        ("part_II", "OFFENCES AND PENALTIES"),
        ("part_II__sec_3", "Trafficking in children"),
        ("part_II__sec_3A", "Exploitation of begging"),
        ("part_II__sec_4", "Residence permit"),
        ("part_II__sec_4__subsec_1", None),
        ("part_II__sec_4__subsec_2", None),
        ("part_II__sec_5", "Protection of witnesses"),
    ]
    texts = [p.text for p in law.walk()]
    assert not [t for t in texts if any(line.endswith(" of 2019.") for line in t.split("\n"))]
    assert not [t for t in texts if "\n112(I) of 2015." in t or t.startswith("112(I)")]
    assert not [t for t in texts if t.endswith("\n19(I) of 2001.")]


def test_a_chapter_over_a_capitals_title_without_a_long_title_stays_a_container() -> None:
    """Only a chapter over the Act's title and its long title is the Act's chapter among the
    laws: a chapter whose title in capitals is followed by a section is a container."""
    assert eids(
        "CHAPTER 1\n"
        "PRELIMINARY PROVISIONS\n"
        "1. This Law may be cited as the Child Rights Law.\n"
        "CHAPTER 2\n"
        "DEFINITIONS\n"
        "2. In this Law, a child is a person under eighteen.\n"
    ) == ["chp_1", "chp_1__sec_1", "chp_2", "chp_2__sec_2"]


def test_a_lettered_paragraph_with_a_capital_is_no_sub_heading() -> None:
    """A lettered paragraph that opens with a capital and ends a list before the next
    section is still a paragraph: it ends with punctuation, or the section below it has a
    heading of its own on the number's line, not a marginal note above it."""
    law = parse_text(
        "PART II\n"
        "OFFENCES\n"
        "5. Forms of exploitation\n"
        "Exploitation includes-\n"
        "(a) Forced Labour;\n"
        "(b) Sexual Exploitation\n"
        "6. Penalties\n"
        "A person who exploits another commits an offence.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "part_II",
        "part_II__sec_5",
        "part_II__sec_5__para_a",
        "part_II__sec_5__para_b",
        "part_II__sec_6",
    ]


def test_a_griffith_style_code_penalty_line_above_a_repealed_section() -> None:
    """A Papua New Guinea-style Criminal Code closes each offence with a penalty line of its
    own ("Penalty: Imprisonment for a term not exceeding two years."), right above the next
    section's line: text of the offence it closes, never the heading of the section below,
    also where that section is kept by its number only ("354. [Repealed.]", its note its
    text). "PART V. – ..." and "Division 8A. – ..." are containers with the title after the
    spaced en dash, without its full stop; a section "352. Slave dealing." has its heading on
    its own line and its text below (Tavuru)."""
    law = parse_text(
        "PART V. \u2013 OFFENCES AGAINST THE PERSON AND AGAINST PERSONAL LIBERTY.\n"
        "Division 8. \u2013 Offences against liberty.\n"
        "352. Slave dealing.\n"
        "A person who\u2014\n"
        "(a) buys or sells a person as a slave; or\n"
        "(b) holds a person as a slave,\n"
        "is guilty of a crime.\n"
        "Penalty: Imprisonment for a term not exceeding 14 years.\n"
        "353. Unlawful compulsory labour.\n"
        "A person who, without lawful authority, makes another person work or serve against that "
        "other person's will is guilty of a misdemeanour.\n"
        "Penalty: Imprisonment for a term not exceeding two years.\n"
        "354. [Repealed.]\n"
        "[Section 354 repealed by No. 9 of 2017, s. 5.]\n"
        "Division 8A. \u2013 Trafficking in persons and people smuggling.\n"
        "[Division 8A inserted by No. 9 of 2017, s. 6.]\n"
        "356D. Trafficking in children.\n"
        "A person who recruits, transports, transfers, harbours or receives a child, intending "
        "that the child be exploited, is guilty of a crime.\n"
        "Penalty: Subject to Section 20, imprisonment for a term not exceeding 25 years.\n"
        "356E. Aggravated trafficking.\n"
        "A person who commits an offence against Section 356D where the victim is harmed is "
        "guilty of a crime.\n"
        "Penalty: Subject to Section 20, imprisonment for life.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_V", "OFFENCES AGAINST THE PERSON AND AGAINST PERSONAL LIBERTY"),
        ("part_V__dvs_8", "Offences against liberty"),
        ("part_V__dvs_8__sec_352", "Slave dealing"),
        ("part_V__dvs_8__sec_352__para_a", None),
        ("part_V__dvs_8__sec_352__para_b", None),
        ("part_V__dvs_8__sec_353", "Unlawful compulsory labour"),
        ("part_V__dvs_8__sec_354", None),
        ("part_V__dvs_8A", "Trafficking in persons and people smuggling"),
        ("part_V__dvs_8A__sec_356D", "Trafficking in children"),
        ("part_V__dvs_8A__sec_356E", "Aggravated trafficking"),
    ]
    node = law.find("part_V__dvs_8__sec_353")
    assert node is not None
    assert node.text.endswith("Penalty: Imprisonment for a term not exceeding two years.")
    repealed = law.find("part_V__dvs_8__sec_354")
    assert repealed is not None and repealed.text.startswith("[Repealed.]")


def test_a_constitution_prints_its_articles_as_bare_numbers() -> None:
    """A Kenya-style constitution prints each Article's heading in bold on a line of its own,
    closed by a full stop, above the bare number ("Children." / "55. (1) ..."), and cites its
    Articles by number alone ("as Article 25 permits", "clause (1) of Article 22"), naming
    itself "this Constitution": the bare numbers are articles, inside the Parts of a Chapter
    numbered in words (Mbarali)."""
    law = parse_text(
        "CHAPTER FOUR \u2014 THE BILL OF RIGHTS\n"
        "PART 1 \u2014 GENERAL PROVISIONS RELATING TO THE BILL OF RIGHTS\n"
        "Application of Bill of Rights.\n"
        "22. (1) This Chapter binds every person.\n"
        "(2) A right may be limited only as Article 25 permits.\n"
        "Limitation of rights.\n"
        "25. (1) A law may limit a right only if it applies generally.\n"
        "(2) Nothing in this Constitution limits clause (1) of Article 22.\n"
        "PART 3 \u2014 SPECIFIC APPLICATION OF RIGHTS\n"
        "Children.\n"
        "55. (1) Every child has the right\u2014\n"
        "(a) to a name; and\n"
        "(b) to a nationality.\n"
        "(2) This Constitution protects every child.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("chp_4", "THE BILL OF RIGHTS"),
        ("chp_4__part_1", "GENERAL PROVISIONS RELATING TO THE BILL OF RIGHTS"),
        ("chp_4__part_1__art_22", "Application of Bill of Rights"),
        ("chp_4__part_1__art_22__subsec_1", None),
        ("chp_4__part_1__art_22__subsec_2", None),
        ("chp_4__part_1__art_25", "Limitation of rights"),
        ("chp_4__part_1__art_25__subsec_1", None),
        ("chp_4__part_1__art_25__subsec_2", None),
        ("chp_4__part_3", "SPECIFIC APPLICATION OF RIGHTS"),
        ("chp_4__part_3__art_55", "Children"),
        ("chp_4__part_3__art_55__subsec_1", None),
        ("chp_4__part_3__art_55__subsec_1__para_a", None),
        ("chp_4__part_3__art_55__subsec_1__para_b", None),
        ("chp_4__part_3__art_55__subsec_2", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # An Act citing the articles of a convention by number: its bare numbers are sections.
        "1. Short title\nThis Act gives effect to Article 4 and Article 6 of the Protocol.\n"
        "2. Offence\nA person who contravenes Article 4 and Article 6 commits an offence.\n",
        # A constitution citing only the articles of another instrument keeps its sections.
        "1. Supremacy\nThis Constitution is the supreme law.\n"
        "2. Treaties\nThis Constitution gives effect to Article 4 of the African Charter "
        "and to Article 6 of the Covenant.\n",
    ],
)
def test_bare_article_citations_make_articles_only_in_a_constitution(text: str) -> None:
    assert [p.eid for p in parse_text(text).walk()] == ["sec_1", "sec_2"]


def test_a_marginal_note_with_an_infinitive_to_be_heads_the_section_below() -> None:
    """A Nigerian-style Act prints marginal notes built on an infinitive "to be", closed by a
    full stop, on the line above the section ("Best interest of a child to be a primary
    consideration in all actions." above "1. The best interest ...", "Punishments not to be
    imposed." above "47.—(1) ..."): the infinitive is no verb of a sentence, and the note is the
    section's heading, not the last words of the section before it (Obrenu)."""
    law = parse_text(
        "PART I\u2014BEST INTEREST OF A CHILD TO BE OF PARAMOUNT CONSIDERATION\n\n"
        "Best interest of a child to be a primary consideration in all actions.\n\n"
        "1. The best interest of a child shall be a primary consideration in every decision.\n\n"
        "Protection and care of a child.\n\n"
        "2.\u2014(1) The Government shall see that every child receives care.\n\n"
        "(2) No home shall be run otherwise than in accordance with the standards.\n\n"
        "Minimum age for employment to be that prescribed by the Labour Act.\n\n"
        "3. The minimum age shall be that prescribed by the Labour Act.\n\n"
        "Punishments not to be imposed.\n\n"
        "4.\u2014(1) A court shall not pass a sentence of death on a child.\n\n"
        "(2) A court shall not order a child to be caned.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_I", "BEST INTEREST OF A CHILD TO BE OF PARAMOUNT CONSIDERATION"),
        ("part_I__sec_1", "Best interest of a child to be a primary consideration in all actions"),
        ("part_I__sec_2", "Protection and care of a child"),
        ("part_I__sec_2__subsec_1", None),
        ("part_I__sec_2__subsec_2", None),
        ("part_I__sec_3", "Minimum age for employment to be that prescribed by the Labour Act"),
        ("part_I__sec_4", "Punishments not to be imposed"),
        ("part_I__sec_4__subsec_1", None),
        ("part_I__sec_4__subsec_2", None),
    ]
    first, third = law.find("part_I__sec_1"), law.find("part_I__sec_3")
    assert first is not None and first.text.startswith("The best interest")
    assert third is not None and third.text.startswith("The minimum age")


@pytest.mark.parametrize(
    "note",
    [
        # a sentence with a verb besides the infinitive stays text of the section above
        "The Court is to be satisfied.",
        # a sentence opener stays a sentence
        "Every child to be registered.",
    ],
)
def test_a_short_sentence_with_to_be_above_a_section_stays_text(note: str) -> None:
    law = parse_text(
        "Citation.\n\n1. This Act may be cited as the Act.\n\n"
        "Interpretation.\n\n2. In this Act, child means a person under eighteen.\n\n"
        "Regulations.\n\n3. The Minister may make regulations.\n\n"
        f"{note}\n\n4. The Court shall hear the application.\n"
    )
    third, fourth = law.find("sec_3"), law.find("sec_4")
    assert fourth is not None and fourth.heading is None
    assert third is not None and third.text.endswith(note)


def test_an_egyptian_style_child_law_with_its_promulgating_articles_and_hyphen_items() -> None:
    """An Egyptian-style law in translation: the promulgating Law's articles, numbered in
    words in brackets ("(Article One)"), open no provision; "Part One" and "Chapter One" are
    containers; "Article (7 bis)", inserted by an amending Law, prints its branch word inside
    the brackets and is `art_7bis`; items numbered with a hyphen ("1- ...", as Arabic-language
    laws print them) are clauses of the article; the note "(Added by Law No. 88 of 2009)" heads
    nothing. A number and a hyphen outside a law of Articles, or with no space after the
    hyphen ("2008-2009"), is no item (Qasrawa)."""
    law = parse_text(
        "Law No. 31 of 1994\nPromulgating the Child Law\n"
        "(Article One)\nThe provisions of the attached Child Law shall be applied.\n"
        "(Article Two)\nLaw No. 7 of 1953 is repealed.\n"
        "THE CHILD LAW\nPart One\nGeneral Provisions\n"
        "Article (1)\nA child is every person who has not completed eighteen years.\n"
        "Article (3)\nThe protection of the child shall be governed by the following principles:\n"
        "1- The right of the child to life.\n"
        "2- The best interests of the child shall be a primary consideration.\n"
        "Article (7 bis)\nA Child Helpline shall be established.\n"
        "(Added by Law No. 88 of 2009)\n"
        "Part Two\nBirth Registration\nChapter One\nRegistration of Births\n"
        "Article (8)\nThe following persons are responsible for the notification:\n"
        "1- The father of the child.\n"
        "2008-2009 was the year of the amendment.\n"
        "2- The mother of the child.\n"
    )
    assert [p.eid for p in law.walk()] == [
        "part_1",
        "part_1__art_1",
        "part_1__art_3",
        "part_1__art_3__cl_1",
        "part_1__art_3__cl_2",
        "part_1__art_7bis",
        "part_2",
        "part_2__chp_1",
        "part_2__chp_1__art_8",
        "part_2__chp_1__art_8__cl_1",
        "part_2__chp_1__art_8__cl_2",
    ]
    for provision in law.walk():
        if provision.kind == "article":
            assert provision.heading is None
    helpline = law.find("part_1__art_7bis")
    assert helpline is not None and "Helpline" in helpline.own_text
    assert read_marker("1- text", unit_words=frozenset({"section"})) is None
    assert read_marker("2008-2009 text", unit_words=frozenset({"article"})) is None
    assert read_marker("1-year terms", unit_words=frozenset({"article"})) is None
    marker = read_marker("12- If he has been sold.", unit_words=frozenset({"article"}))
    assert marker is not None and (marker.style, marker.num) == ("digit_hyphen", "12")


def test_an_indian_style_compilation_with_footnote_markers_and_footnotes() -> None:
    """An Indian-style Act as an official compilation prints it after an amending Act:
    an inserted provision opens with the footnote's superscript number and an opening
    bracket ("¹[(2A) A parent ...]", "³[43A. Procurement ..."), and the marker is read
    after them; substituted words are bracketed in the text ("²[five lakh rupees]"); the
    footnotes at the foot of the page, numbered as sections are ("1. Ins. by Act 11 of
    2021, s. 4 (w.e.f. 1-4-2021).", "2. Subs. by Act 11 of 2021, s. 7, for ..."), are no
    provision and no provision's words. An omitted section keeps its number, with the
    old heading in brackets ("30. [Inter-country adoption.] Omitted by ...")."""
    law = parse_text(
        "CHAPTER VII\nADOPTION\n"
        "29. Procedure for adoption.\u2014(1) The Committee shall declare a child legally free.\n"
        "(2) A surrender shall be made only by a deed executed after the birth of the child.\n"
        "\u00b9[(2A) A parent may reconsider the surrender within sixty days.]\n"
        "(3) The consent of a child of five years or above shall be obtained.\n"
        "1. Ins. by Act 11 of 2021, s. 4 (w.e.f. 1-4-2021).\n"
        "30. [Inter-country adoption.] Omitted by Act 11 of 2021, s. 6 (w.e.f. 1-4-2021).\n"
        "CHAPTER IX\nOTHER OFFENCES AGAINST CHILDREN\n"
        "36. Punishment for cruelty to child.\u2014Whoever ill-treats a child shall be punishable"
        " with fine of \u00b2[five lakh rupees].\n"
        "2. Subs. by Act 11 of 2021, s. 7, for \u201cone lakh rupees\u201d (w.e.f. 1-4-2021).\n"
        "43. Sale of children.\u2014(1) Any person who sells a child shall be punishable.\n"
        "\u00b3[43A. Procurement of child for prostitution.\u2014(1) Whoever procures a child"
        " shall be punishable.\n"
        "(2) Whoever permits the child to be so used shall be punishable.]\n"
        "3. Ins. by Act 11 of 2021, s. 9 (w.e.f. 1-4-2021).\n"
        "44. Corporal punishment.\u2014Whoever inflicts corporal punishment on a child"
        " shall be punishable.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("chp_VII", "ADOPTION"),
        ("chp_VII__sec_29", "Procedure for adoption"),
        ("chp_VII__sec_29__subsec_1", None),
        ("chp_VII__sec_29__subsec_2", None),
        ("chp_VII__sec_29__subsec_2A", None),
        ("chp_VII__sec_29__subsec_3", None),
        ("chp_VII__sec_30", None),
        ("chp_IX", "OTHER OFFENCES AGAINST CHILDREN"),
        ("chp_IX__sec_36", "Punishment for cruelty to child"),
        ("chp_IX__sec_43", "Sale of children"),
        ("chp_IX__sec_43__subsec_1", None),
        ("chp_IX__sec_43A", "Procurement of child for prostitution"),
        ("chp_IX__sec_43A__subsec_1", None),
        ("chp_IX__sec_43A__subsec_2", None),
        ("chp_IX__sec_44", "Corporal punishment"),
    ]
    cruelty = next(p for p in law.walk() if p.eid == "chp_IX__sec_36")
    assert "Subs. by" not in cruelty.text and "five lakh rupees" in cruelty.text


@pytest.mark.parametrize(
    ("text", "num"),
    [
        ("\u00b9[(2A) A parent may reconsider the surrender.]", "2A"),
        ("\u00b3[43A. Procurement of child for prostitution.\u2014Whoever ...", "43A"),
        ("\u00b9\u2074[12. Heading.\u2014Whoever ...", "12"),
    ],
)
def test_read_a_marker_after_a_footnote_number_and_bracket(text: str, num: str) -> None:
    marker = read_marker(text, unit_words=frozenset({"section"}))
    assert marker is not None and marker.num == num
    assert read_marker("\u00b2[five lakh rupees] or with both.", unit_words=frozenset()) is None


def test_the_endnotes_of_a_compilation_are_no_provision_s_words() -> None:
    """An Australian-style compilation ends with its endnotes ("Endnotes" alone on its
    line, "Endnote 1—About the endnotes", the abbreviation key, the legislation history
    and the amendment history, whose rows name Parts and sections): none of it is text of
    the last section, and none of it is a provision (Jarrahmont s. 25)."""
    law = parse_text(
        "Part 5—Miscellaneous\n25  Rules\n"
        "(1) The Minister may, by legislative instrument, make rules for this Act.\n"
        "(2) The rules may not create an offence.\n"
        "Endnotes\nEndnote 1—About the endnotes\n"
        "The endnotes provide information about this compilation and the compiled law.\n"
        "Endnote 4—Amendment history\nProvision affected | How affected\n"
        "s 4 | am No 38, 2022\nDiv 2 of Pt 4 | ad No 38, 2022\n"
    )
    last = law.find("part_5__sec_25__subsec_2")
    assert last is not None and last.text == "The rules may not create an offence."
    assert [p.eid for p in law.walk()][-1] == "part_5__sec_25__subsec_2"


def test_a_brazilian_style_statute_with_paragraphs_items_and_final_provisions() -> None:
    """A Brazilian-style statute in translation: articles carry the ordinal sign up to 9
    ("Art. 2º"), a dot after ("Art. 10."), inserted ones a hyphen and a capital ("Art.
    241-A."); a paragraph "§ 1º" or the "Sole paragraph." stands directly in its article
    (`para_1`, also after the items of the caput), its items "I -" (capital Roman numerals
    and a spaced hyphen) in it, and items of the caput are clauses of the article, sub-items
    "a)" points; the penalty line after an article's caput is text, never the heading of the
    next article; "Section I" in a Chapter is a container; "FINAL AND TRANSITORY PROVISIONS"
    after the last Title is a top-level container holding the last articles (Itaguara). In a
    law of sections a "§ 1" is still a section, and "I - text" outside an article is text."""
    law = parse_text(
        "BOOK I\nGENERAL PART\nTITLE I\nPRELIMINARY PROVISIONS\n"
        "Art. 2º For the purposes of this Law, a child is a person under twelve.\n"
        "Sole paragraph. In the cases this Law names, it applies to persons under twenty-one.\n"
        "Art. 67. To the adolescent who works, the following work is prohibited:\n"
        "I - night work;\n"
        "II - dangerous, unhealthy or arduous work.\n"
        "Sole paragraph. The Executive Power shall list that work by decree.\n"
        "BOOK II\nSPECIAL PART\nTITLE VII\nCRIMES\nCHAPTER I\nCRIMES\n"
        "Section II\nCrimes in Kind\n"
        "Art. 232. To subject a child or adolescent to vexation:\n"
        "Penalty - detention from 6 (six) months to 2 (two) years.\n"
        "Art. 240. To produce a scene of sexual activity involving a child:\n"
        "Penalty - reclusion, from 4 (four) to 8 (eight) years, and fine.\n"
        "§ 1º The same penalty applies to whoever recruits the child.\n"
        "§ 2º The penalty is increased by one third if the agent commits the crime:\n"
        "I - in the exercise of a public office;\n"
        "II - taking advantage of hospitality, in:\n"
        "a) a dwelling;\n"
        "b) a hotel.\n"
        "Art. 241-A. To distribute a record of the kind described in Art. 240:\n"
        "Penalty - reclusion, from 3 (three) to 6 (six) years, and fine.\n"
        "§ 2º (Revoked).\n"
        "FINAL AND TRANSITORY PROVISIONS\n"
        "Art. 266. This Law enters into force ninety days after the date of its publication.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("book_I", "GENERAL PART"),
        ("book_I__title_I", "PRELIMINARY PROVISIONS"),
        ("book_I__title_I__art_2", None),
        ("book_I__title_I__art_2__para_1", None),
        ("book_I__title_I__art_67", None),
        ("book_I__title_I__art_67__cl_I", None),
        ("book_I__title_I__art_67__cl_II", None),
        ("book_I__title_I__art_67__para_1", None),
        ("book_II", "SPECIAL PART"),
        ("book_II__title_VII", "CRIMES"),
        ("book_II__title_VII__chp_I", "CRIMES"),
        ("book_II__title_VII__chp_I__sec_II", "Crimes in Kind"),
        ("book_II__title_VII__chp_I__sec_II__art_232", None),
        ("book_II__title_VII__chp_I__sec_II__art_240", None),
        ("book_II__title_VII__chp_I__sec_II__art_240__para_1", None),
        ("book_II__title_VII__chp_I__sec_II__art_240__para_2", None),
        ("book_II__title_VII__chp_I__sec_II__art_240__para_2__cl_I", None),
        ("book_II__title_VII__chp_I__sec_II__art_240__para_2__cl_II", None),
        ("book_II__title_VII__chp_I__sec_II__art_240__para_2__cl_II__point_a", None),
        ("book_II__title_VII__chp_I__sec_II__art_240__para_2__cl_II__point_b", None),
        ("book_II__title_VII__chp_I__sec_II__art_241-A", None),
        ("book_II__title_VII__chp_I__sec_II__art_241-A__para_2", None),
        ("suppl_1", "FINAL AND TRANSITORY PROVISIONS"),
        ("suppl_1__art_266", None),
    ]
    vexation = law.find("book_II__title_VII__chp_I__sec_II__art_232")
    assert vexation is not None and "Penalty - detention" in vexation.own_text
    words = frozenset({"section"})
    marker = read_marker("§ 1 Definitions", unit_words=frozenset({"§"}))
    assert marker is not None and marker.style == "unit"
    assert read_marker("I - night work;", unit_words=words) is None
    marker = read_marker("§ 10. The same applies.", unit_words=frozenset({"article"}))
    assert marker is not None and (marker.style, marker.num) == ("paragraph_sign", "10")


def test_a_francophone_code_of_the_child_with_a_short_sentence_after_the_colon() -> None:
    """A francophone West African Code of the Child in translation: "BOOK ONE", "TITLE I",
    "CHAPTER I" and "Section 1" each over its title line, articles "Article 1st:" /
    "Article 2:" with the text after the colon, items "1°)" (Kandoré). After the colon a
    line closed by a dot is the article's first paragraph, not a title, even when it is a
    short sentence with no verb the parser knows ("The children's judge and the children's
    court sit in closed session.") and a second paragraph follows; a title after a colon has
    no final dot ("Article 8: Definition of Unlawful Removal"), and one alone after a dot is
    still a title ("Article 35. Minimum age ... of adolescents.")."""
    law = parse_text(
        "BOOK ONE\nTHE RIGHTS OF THE CHILD\nTITLE I\nGENERAL PROVISIONS\n"
        "CHAPTER I\nPURPOSE AND DEFINITIONS\n"
        "Article 1st: This Code sets out the rights of the child.\n"
        "CHAPTER III\nALTERNATIVE CARE AND ADOPTION\nSection 2\nAdoption\n"
        "Article 24: Adoption may be full or simple.\n"
        "BOOK TWO\nSPECIAL PROTECTION OF THE CHILD\nTITLE I\nCHILDREN IN NEED OF PROTECTION\n"
        "Article 38: A child is in a situation of danger, in particular, where:\n"
        "1°) he is an orphan, abandoned or without family support;\n"
        "2°) he lives in the street or is made to beg.\n"
        "TITLE VI\nCHILDREN IN CONFLICT WITH THE LAW\n"
        "Article 87: The children's judge and the children's court sit in closed session.\n"
        "The publication of the name of a child prosecuted is prohibited.\n"
        "Article 88: Before any prosecution, the Public Prosecutor may propose a mediation.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("book_1", "THE RIGHTS OF THE CHILD"),
        ("book_1__title_I", "GENERAL PROVISIONS"),
        ("book_1__title_I__chp_I", "PURPOSE AND DEFINITIONS"),
        ("book_1__title_I__chp_I__art_1", None),
        ("book_1__title_I__chp_III", "ALTERNATIVE CARE AND ADOPTION"),
        ("book_1__title_I__chp_III__sec_2", "Adoption"),
        ("book_1__title_I__chp_III__sec_2__art_24", None),
        ("book_2", "SPECIAL PROTECTION OF THE CHILD"),
        ("book_2__title_I", "CHILDREN IN NEED OF PROTECTION"),
        ("book_2__title_I__art_38", None),
        ("book_2__title_I__art_38__cl_1", None),
        ("book_2__title_I__art_38__cl_2", None),
        ("book_2__title_VI", "CHILDREN IN CONFLICT WITH THE LAW"),
        ("book_2__title_VI__art_87", None),
        ("book_2__title_VI__art_88", None),
    ]
    closed = law.find("book_2__title_VI__art_87")
    assert closed is not None and "sit in closed session" in closed.own_text
    assert "The publication of the name" in closed.own_text
    headed = parse_text(
        "CHAPTER 2\nOFFENCES\nArticle 8: Definition of Unlawful Removal\n"
        "Unlawful removal means to remove a person by force.\n"
        "Article 35. Minimum age for admission to work and protection of adolescents.\n"
        "The minimum age for admission to work is fifteen years.\n"
    )
    assert [(p.eid, p.heading) for p in headed.walk()] == [
        ("chp_2", "OFFENCES"),
        ("chp_2__art_8", "Definition of Unlawful Removal"),
        ("chp_2__art_35", "Minimum age for admission to work and protection of adolescents"),
    ]


def test_a_central_asian_style_law_with_excluded_articles_and_long_headings() -> None:
    """A Central Asian-style Law "On the Rights of the Child" in official translation:
    "Chapter 1. GENERAL PROVISIONS" is a chapter with the title after the number; an article
    kept only by its number, "Article 28.", with the note of the Law that excluded it in round
    brackets on the line below, has no heading, the note being its text, nor is the note the
    heading of the article below it; a heading of more than fourteen words alone on the
    article's line, with no closing stop ("Article 52. Responsibility for violation of the
    legislation of the Republic of Altynsay on the rights of the child"), is the heading, while
    a sentence on the number's line stays text; definitions "1) child – ..." directly inside
    an article are clauses (Altynsay)."""
    law = parse_text(
        "Chapter 1. GENERAL PROVISIONS\n"
        "Article 1. Basic concepts used in this Law\n"
        "The following basic concepts are used in this Law:\n"
        "1) child – a person who has not reached eighteen years of age (majority);\n"
        "2) light work – work which does not harm the health of the child.\n"
        "Article 28.\n"
        "(excluded by the Law of 24.11.2015 No. 421-V)\n"
        "Article 29. Return of children unlawfully removed or retained abroad\n"
        "The authorised body is the central authority.\n"
        "Chapter 9. FINAL PROVISIONS\n"
        "Article 52. Responsibility for violation of the legislation of the Republic of "
        "Altynsay on the rights of the child\n"
        "Violation of the legislation on the rights of the child entails liability established "
        "by the laws.\n"
        "Article 53. This Law enters into force from the day of its official publication and "
        "applies to the relations that arose after that day in the whole Republic\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("chp_1", "GENERAL PROVISIONS"),
        ("chp_1__art_1", "Basic concepts used in this Law"),
        ("chp_1__art_1__cl_1", None),
        ("chp_1__art_1__cl_2", None),
        ("chp_1__art_28", None),
        ("chp_1__art_29", "Return of children unlawfully removed or retained abroad"),
        ("chp_9", "FINAL PROVISIONS"),
        (
            "chp_9__art_52",
            "Responsibility for violation of the legislation of the Republic of Altynsay "
            "on the rights of the child",
        ),
        ("chp_9__art_53", None),
    ]
    excluded = law.find("chp_1__art_28")
    assert excluded is not None and excluded.text == "(excluded by the Law of 24.11.2015 No. 421-V)"


def test_a_caribbean_law_revision_chapter_number_and_bracketed_notes_of_amending_acts() -> None:
    """A Trinidad and Tobago-style Law Revision print: "CHAPTER 46:01" (the title and the
    chapter of the Act among the laws, joined by a colon) on the cover, over the arrangement
    of sections and on the Act's first page is the Act's number among the laws, not a
    container, so the Parts stay at the top; the margin's note of the amending Act in square
    brackets under a section's marginal note ("[5 of 2015]", "[s. 4A inserted by Act No. 5 of
    2015]") is neither the heading nor the words of any provision, and the marginal note above
    it still heads the section (Arucay)."""
    law = parse_text(
        "CHAPTER 46:01\n"
        "CHILDREN ACT\n"
        "An Act to consolidate the law relating to the protection of children.\n"
        "[ASSENTED TO 8TH JUNE 2012]\n"
        "PART I\n"
        "PRELIMINARY\n"
        "Short title.\n"
        "1. This Act may be cited as the Children Act.\n"
        "Interpretation.\n"
        "[5 of 2015]\n"
        "3. (1) In this Act—\n"
        '"child" means a person under the age of eighteen years.\n'
        "(2) A person whose age is uncertain is treated as a child.\n"
        "Best interests of the child.\n"
        "[s. 4A inserted by Act No. 5 of 2015]\n"
        "4A. The best interests of the child shall be a primary consideration.\n"
        "PART II\n"
        "OFFENCES AGAINST CHILDREN\n"
        "Offences under Part II.\n"
        "[5 of 2015, 9 of 2015]\n"
        "5. A person who ill-treats a child commits an offence.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("part_I", "PRELIMINARY"),
        ("part_I__sec_1", "Short title"),
        ("part_I__sec_3", "Interpretation"),
        ("part_I__sec_3__subsec_1", None),
        ("part_I__sec_3__subsec_2", None),
        ("part_I__sec_4A", "Best interests of the child"),
        ("part_II", "OFFENCES AGAINST CHILDREN"),
        ("part_II__sec_5", "Offences under Part II"),
    ]
    assert "of 2015" not in " ".join(p.text for p in law.walk())
    sections = frozenset({"section"})
    assert read_marker("CHAPTER 46:01", unit_words=sections) is None
    assert read_marker("CHAPTER 4: GENERAL PROVISIONS", unit_words=sections) is not None


def test_a_spanish_style_organic_law_with_a_preliminary_title_and_closing_provisions() -> None:
    """A Spanish-style organic law in translation: the "PRELIMINARY TITLE" before "TITLE I" is a
    title numbered "preliminary", closed by Title I; "Article 5. Heading." carries its heading
    after the number, paragraphs "1." are clauses and letters "a)" points; the closing provisions
    after the last Title, numbered in words within their kind ("Additional provision one.",
    "Sole repealing provision.", "Final provision two."), are top-level articles numbered by kind
    and ordinal, closing every container; the article of the Criminal Code that a final provision
    words anew, quoted in guillemets over several paragraphs, is text of that provision, its
    "1." no clause; "Final provisions" with no ordinal opens nothing."""
    law = parse_text(
        "PREAMBLE\nI\nThis law protects children.\n"
        "PRELIMINARY TITLE\nGeneral provisions\n"
        "Article 1. Object.\n"
        "1. This law protects children against violence.\n"
        "2. It applies to every person under eighteen years of age.\n"
        "TITLE I\nPrevention\nCHAPTER I\nAwareness\n"
        "Article 2. Awareness campaigns.\n"
        "The public administrations shall carry out campaigns:\n"
        "a) in schools;\n"
        "b) in sport.\n"
        "Additional provision one. Training of professionals.\n"
        "The public administrations shall train professionals.\n"
        "Sole repealing provision. Repeal of legislation.\n"
        "1. Article 154 of the Civil Code is repealed.\n"
        "Final provision one. Amendment of the Criminal Code.\n"
        "One. Article 189 is worded as follows:\n"
        "«Article 189.\n"
        "1. Whoever produces child pornography shall be punished.\n"
        "2. Whoever possesses it shall be punished.»\n"
        "Final provision two. Entry into force.\n"
        "This law shall enter into force twenty days after its publication.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("title_preliminary", "General provisions"),
        ("title_preliminary__art_1", "Object"),
        ("title_preliminary__art_1__cl_1", None),
        ("title_preliminary__art_1__cl_2", None),
        ("title_I", "Prevention"),
        ("title_I__chp_I", "Awareness"),
        ("title_I__chp_I__art_2", "Awareness campaigns"),
        ("title_I__chp_I__art_2__point_a", None),
        ("title_I__chp_I__art_2__point_b", None),
        ("art_additional-1", "Training of professionals"),
        ("art_repealing-1", "Repeal of legislation"),
        ("art_repealing-1__cl_1", None),
        ("art_final-1", "Amendment of the Criminal Code"),
        ("art_final-2", "Entry into force"),
    ]
    final = next(p for p in law.walk() if p.eid == "art_final-1")
    assert "Whoever possesses it shall be punished" in final.text
    assert read_marker("Final provisions", unit_words=frozenset({"article"})) is None
    assert read_marker("Transitional provision twelve.", unit_words=frozenset()).num == (
        "transitional-12"
    )


def test_moroccan_style_insertion_repeats_the_opening_guillemet():
    """A Moroccan-style law promulgated by Dahir: the Dahir's "ARTICLE ONE. - Is promulgated ..."
    is a top-level article, the Law's "Chapter One" a container and "Article 1" alone on its line
    an article whose text is below; the articles it inserts into the Penal Code are quoted over
    several paragraphs, each opening with a guillemet of its own and only the last closed ("«
    Article 448-1. - ...", "« 1° against a child;", "« Article 448-2. - ... »"): however many
    paragraphs, the quotation is text of the inserting article and closes with the »; the
    articles after it are articles of the Law again."""
    quoted = [
        "« Section VI bis",
        "« Article 448-1. - Trafficking in human beings means the recruitment of a person.",
        "« Article 448-2. - The penalty shall be imprisonment of ten to twenty years where it is:",
        "« 1° committed against a child;",
        "« 2° committed by a public official.",
        "« Article 448-3. - The victim shall incur no liability. »",
    ]
    for count in (len(quoted), len(quoted) - 1):  # an even and an odd number of paragraphs
        law = parse_text(
            "PRAISE BE TO GOD ALONE!\n"
            "That it be known by this present that Our Sharifian Majesty,\n"
            "Has decided the following:\n"
            "ARTICLE ONE. - Is promulgated Law No. 46-26 on combating trafficking.\n"
            "Done at Asfalou, on 30 January 2027.\n"
            "Chapter One\nGeneral provisions\n"
            "Article 1\n"
            "For the application of this law:\n"
            "1° child: any person under eighteen years of age;\n"
            "2° victim: any natural person who has suffered harm.\n"
            "Chapter Two\nProvisions supplementing the Penal Code\n"
            "Article 2\n"
            "The Penal Code is supplemented by a Section VI bis as follows:\n"
            + "\n".join([*quoted[: count - 1], quoted[-1]])
            + "\nArticle 3\nThis law shall enter into force on its publication.\n"
        )
        assert [(p.eid, p.heading) for p in law.walk()] == [
            ("art_1", None),
            ("chp_1", "General provisions"),
            ("chp_1__art_1", None),
            ("chp_1__art_1__cl_1", None),
            ("chp_1__art_1__cl_2", None),
            ("chp_2", "Provisions supplementing the Penal Code"),
            ("chp_2__art_2", None),
            ("chp_2__art_3", None),
        ]
        inserting = next(p for p in law.walk() if p.eid == "chp_2__art_2")
        assert "The victim shall incur no liability." in inserting.text


def test_a_polish_style_penal_code_with_inserted_paragraphs_and_a_repealed_article() -> None:
    """A Polish-style Penal Code in translation: "GENERAL PART" is no provision, "Chapter XXV"
    over its title line a chapter; "Art. 189a. § 1. Whoever ..." is an article holding its
    first paragraph on the number's line (`para_1`) and "§ 2." opens the next paragraph; a
    paragraph inserted by amendment keeps its letter ("§ 1a.", between § 1 and § 2: `para_1a`),
    never a section container of a law of Articles; points "1)" inside a paragraph are points,
    directly in an article clauses; "Art. 204a. (repealed)" has no heading, the note being its
    text; "§ 3 point 2" inside a sentence opens nothing (Lechovia)."""
    law = parse_text(
        "GENERAL PART\n"
        "Chapter V\nPenal measures\n"
        "Art. 39. The penal measures are:\n"
        "1) deprivation of public rights;\n"
        "2) a prohibition on practising a profession.\n"
        "Art. 41. § 1. The court may impose a prohibition on practising a profession.\n"
        "§ 1a. The court imposes, for life, the prohibition referred to in Art. 39 point 2.\n"
        "§ 2. The prohibition lasts from one to fifteen years.\n"
        "SPECIAL PART\n"
        "Chapter XXV\nOffences against sexual freedom and decency\n"
        "Art. 200a. § 1. Whoever, for the purpose of committing the offence referred to in "
        "Art. 197 § 3 point 2, contacts a minor is liable to deprivation of liberty.\n"
        "§ 2. If the perpetrator of the offence specified in § 1:\n"
        "1) acts to the detriment of a minor;\n"
        "2) acts as a member of an organised group,\n"
        "the perpetrator is liable to deprivation of liberty for not less than 5 years.\n"
        "Art. 204a. (repealed)\n"
        "Art. 207. § 1. Whoever abuses a closest person is liable to deprivation of liberty.\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("chp_V", "Penal measures"),
        ("chp_V__art_39", None),
        ("chp_V__art_39__cl_1", None),
        ("chp_V__art_39__cl_2", None),
        ("chp_V__art_41", None),
        ("chp_V__art_41__para_1", None),
        ("chp_V__art_41__para_1a", None),
        ("chp_V__art_41__para_2", None),
        ("chp_XXV", "Offences against sexual freedom and decency"),
        ("chp_XXV__art_200a", None),
        ("chp_XXV__art_200a__para_1", None),
        ("chp_XXV__art_200a__para_2", None),
        ("chp_XXV__art_200a__para_2__point_1", None),
        ("chp_XXV__art_200a__para_2__point_2", None),
        ("chp_XXV__art_204a", None),
        ("chp_XXV__art_207", None),
        ("chp_XXV__art_207__para_1", None),
    ]
    repealed = law.find("chp_XXV__art_204a")
    assert repealed is not None and repealed.text == "(repealed)"
    assert read_marker("§ 1a. The court imposes ...", unit_words=frozenset({"article"})).num == "1a"
    assert read_marker("§ 1a Domestic work", unit_words=frozenset({"§"})).style == "unit"


def test_a_belgian_style_amending_law_with_first_paragraphs_and_a_parliamentary_note() -> None:
    """A Belgian-style law in translation: "CHAPTER 1. - General provision" is a chapter with
    the title after the spaced hyphen; "Art. 20. § 1er. ..." keeps the French ordinal of the
    first paragraph, which is paragraph 1 (`para_1`) as "§ 1." is, "§ 2." the next; items "1°"
    inside a paragraph are points; the Penal Code article an article inserts, quoted over
    several paragraphs with its own "§ 1er." and "1°", is text of the inserting article; and
    the note "(1) Chamber of Representatives ..." printed under the signatures, after
    "Given at ...", is no subsection of the last article (Marlande)."""
    law = parse_text(  # paragraphs parted by blank lines, as the .txt rendering prints them
        "CHAPTER 1. - General provision\n\n"
        "Art. 1. This law regulates a matter referred to in Article 74 of the Constitution.\n\n"
        "CHAPTER 3. - Trafficking in human beings\n\n"
        "Art. 4. In Book II of the same Code, an article 433quinquies is inserted, reading as "
        "follows:\n\n"
        '"Art. 433quinquies. § 1er. The offence of trafficking in human beings consists in '
        "recruiting a person for the purpose of:\n\n"
        "1° the exploitation of the prostitution of that person;\n\n"
        "2° the exploitation of begging.\n\n"
        '§ 2. The consent of the person referred to in § 1er is irrelevant."\n\n'
        "Art. 20. § 1er. For the application of this Chapter, victim means any person who has "
        "been subjected to the offence.\n\n"
        "§ 2. Within the limits of the budgetary credits, the centres shall provide:\n\n"
        "1° safe accommodation;\n\n"
        "2° legal assistance.\n\n"
        "Art. 29. This law enters into force on the first day of the third month.\n\n"
        "Promulgate this law, order that it be sealed with the State seal.\n\n"
        "Given at Hautval, 21 February 2027.\n\n"
        "THIBAUT\n\n"
        "(1) Chamber of Representatives (www.chamber.mr): Documents: 56-0712.\n\n"
    )
    assert [(p.eid, p.heading) for p in law.walk()] == [
        ("chp_1", "General provision"),
        ("chp_1__art_1", None),
        ("chp_3", "Trafficking in human beings"),
        ("chp_3__art_4", None),
        ("chp_3__art_20", None),
        ("chp_3__art_20__para_1", None),
        ("chp_3__art_20__para_2", None),
        ("chp_3__art_20__para_2__point_1", None),
        ("chp_3__art_20__para_2__point_2", None),
        ("chp_3__art_29", None),
    ]
    inserting = law.find("chp_3__art_4")
    assert inserting is not None and "§ 2. The consent" in inserting.text
    first = read_marker("§ 1er. The offence ...", unit_words=frozenset({"article"}))
    assert first is not None and (first.style, first.num) == ("paragraph_sign", "1")
