"""Each clean-up stage alone, as tables of (input lines, expected lines)."""

from __future__ import annotations

import pytest

from lawreview.ingest import cleanup
from lawreview.model import Line


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def at(text: str, page: int, top: float, x0: float = 72, x1: float = 520) -> Line:
    """A positioned line on an A4 page (842 pt high)."""
    return Line(text, page, (x0, top, x1, top + 10))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the \ufb01rst of\ufb02ow", "the first offlow"),
        ("a\u00a0child", "a child"),
        ("\u201cchild\u201d means", '"child" means'),
        ("the State\u2019s duty", "the State's duty"),
        ("traf\u00adficking", "trafficking"),
        ("non\u2011punishment", "non-punishment"),
        ("zero\u200bwidth", "zerowidth"),
        ("  spaced   out  ", "spaced out"),
    ],
)
def test_normalize_characters(raw: str, expected: str) -> None:
    assert texts(cleanup.normalize_characters([Line(raw, 1)])) == [expected]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("TTrraaffffiicckkiinngg  iinn  ppeerrssoonnss", "Trafficking in persons"),
        ("PPAARRTT  IIII", "PART II"),
        ("Section 12. A committee shall meet", "Section 12. A committee shall meet"),
        ("Three books", "Three books"),  # one doubled-looking word is not enough
    ],
)
def test_remove_duplicated_characters(raw: str, expected: str) -> None:
    assert texts(cleanup.remove_duplicated_characters([Line(raw, 1)])) == [expected]


def test_running_headers_and_footers_removed() -> None:
    pages = []
    for page in range(1, 5):
        pages += [
            at("Republic of Varanda Prevention of Trafficking Act", page, 30),
            at(f"Body text on page {page} that is unique.", page, 300),
            at(f"Page {page} of 4", page, 810),
        ]
    kept = cleanup.remove_running_headers_footers(pages, [842.0] * 4)
    assert texts(kept) == [f"Body text on page {page} that is unique." for page in range(1, 5)]


@pytest.mark.parametrize("footer", ["- 3 -", "3", "Page 3", "3/40", "____________"])
def test_page_number_patterns_removed_even_on_one_page(footer: str) -> None:
    lines = [at("PART I", 1, 60), at(footer, 1, 815)]
    assert texts(cleanup.remove_running_headers_footers(lines, [842.0])) == ["PART I"]


def test_body_lines_in_the_band_are_kept_when_not_repeated() -> None:
    lines = [at("PART III", 1, 40), at("PART IV", 2, 40), at("Body", 2, 300)]
    kept = cleanup.remove_running_headers_footers(lines, [842.0, 842.0])
    assert texts(kept) == ["PART III", "PART IV", "Body"]


def test_an_article_numbered_in_brackets_opening_each_page_is_no_running_header() -> None:
    """A Jordanian-style law whose articles open page after page ("Article (3)" under the
    running header of page 2, "Article (5)" of page 3): only the digits change, as in "Page 3
    of 9", but a line that opens an article is kept; the header above it still goes."""
    lines = []
    for page, number in enumerate((3, 5, 6, 8), start=1):
        lines += [
            at("Prevention of Human Trafficking Law No. (9) of 2009", page, 30),
            at(f"Article ({number})", page, 70),
            at(f"A- Body text of article {number}.", page, 300),
        ]
    kept = cleanup.remove_running_headers_footers(lines, [842.0] * 4)
    assert texts(kept)[:2] == ["Article (3)", "A- Body text of article 3."]
    assert len(kept) == 8
    assert cleanup.starts_provision("Article (8) bis")
    assert not cleanup.starts_provision("Article (8) of this Law may be registered")


def test_lines_without_position_are_never_headers() -> None:
    lines = [Line("Page 1 of 3", 1), Line("Page 2 of 3", 2), Line("Page 3 of 3", 3)]
    assert cleanup.remove_running_headers_footers(lines, []) == lines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["the exploita-", "tion of a child"], ["the exploitation", "of a child"]),
        (
            ["a child-", "related offence", "child-related"],
            ["a child-related", "offence", "child-related"],
        ),
        (["the State-", "Party shall"], ["the State-", "Party shall"]),
        (["one word-", "only"], ["one wordonly"]),
    ],
)
def test_join_hyphenated_words(lines: list[str], expected: list[str]) -> None:
    """The hyphen is kept where the document writes the word with it elsewhere,
    and a capitalised continuation is not a split word."""
    assert texts(cleanup.join_hyphenated_words([Line(t, 1) for t in lines])) == expected


def test_table_of_contents_skipped_up_to_the_repeated_first_entry() -> None:
    lines = [
        Line("THE PREVENTION ACT", 1),
        Line("ARRANGEMENT OF SECTIONS", 2),
        Line("Section", 2),
        Line("PART I PRELIMINARY", 2),
        Line("1. Short title ......... 3", 2),
        Line("2. Interpretation ....... 3", 2),
        Line("PART I PRELIMINARY", 3),
        Line("1. Short title", 3),
    ]
    kept = texts(cleanup.skip_table_of_contents(lines))
    assert kept == ["THE PREVENTION ACT", "PART I PRELIMINARY", "1. Short title"]


def test_contents_skipped_up_to_the_marginal_note_of_the_first_section() -> None:
    """An Irish-style Act lists "1. Interpretation." in its arrangement of sections and
    prints the heading in the body as a marginal note above the section's number
    ("Interpretation." / "1.—(1) In this Act—"), a blank line between them in a text
    rendering: the body starts at the note."""
    lines = [
        Line("CRIMINAL LAW (HUMAN TRAFFICKING) ACT 2009", 1),
        Line("ARRANGEMENT OF SECTIONS", 1),
        Line("Section", 1),
        Line("1. Interpretation.", 1),
        Line("2. Trafficking of children.", 1),
        Line("SCHEDULE", 1),
        Line("AN ACT TO GIVE EFFECT TO ...", 2),
        Line("Interpretation.", 2),
        Line("", 2),
        Line("1.—(1) In this Act—", 2),
    ]
    kept = texts(cleanup.skip_table_of_contents(lines))
    assert kept == [
        "CRIMINAL LAW (HUMAN TRAFFICKING) ACT 2009",
        "Interpretation.",
        "",
        "1.—(1) In this Act—",
    ]


def test_contents_of_chapters_skipped_up_to_the_first_chapter() -> None:
    """A PRC-style "Contents" lists chapters with their titles on one line."""
    lines = [
        Line("Law on the Protection of Minors", 1),
        Line("Contents", 1),
        Line("Chapter I General Provisions", 1),
        Line("Chapter II Legal Responsibility", 1),
        Line("Chapter I General Provisions", 1),
        Line("Article 1 This Law is formulated.", 1),
    ]
    kept = texts(cleanup.skip_table_of_contents(lines))
    assert kept == [
        "Law on the Protection of Minors",
        "Chapter I General Provisions",
        "Article 1 This Law is formulated.",
    ]


def test_contents_opening_with_a_part_alone_keeps_the_part_s_number() -> None:
    """A New Zealand-style reprint's Contents opens with "Part 1" alone, its title on
    the next line, and prints a page number after each section: the "1" of "Part 1"
    is the Part's number, not a page number, so the Contents runs up to the body's
    "Part 1", not to the next Part of the Contents ("Part 2")."""
    lines = [
        Line("Crimes Act 1963", 1),
        Line("Contents", 1),
        Line("Page", 1),
        Line("Part 1", 1),
        Line("Preliminary", 1),
        Line("1 Short Title and commencement 3", 1),
        Line("Part 2", 1),
        Line("Application and jurisdiction", 1),
        Line("5 Application of Act 4", 1),
        Line("Part 1", 3),
        Line("Preliminary", 3),
        Line("1 Short Title and commencement", 3),
    ]
    kept = texts(cleanup.skip_table_of_contents(lines))
    assert kept == ["Crimes Act 1963", "Part 1", "Preliminary", "1 Short Title and commencement"]


def test_gazette_contents_and_arrangement_of_sections_both_skipped() -> None:
    """A Government Gazette prints the CONTENTS of the issue, whose entry comes again
    as the notice that promulgates the Act, and then the Act's own ARRANGEMENT OF
    SECTIONS: both are skipped, the second up to the body's first Part."""
    lines = [
        Line("GOVERNMENT GAZETTE", 1),
        Line("CONTENTS", 1),
        Line("Page", 1),
        Line("GOVERNMENT NOTICE", 1),
        Line("No. 241 Promulgation of Child Care and Protection Act, 2017 .......... 1", 1),
        Line("Government Notice", 1),
        Line("PROMULGATION OF ACT OF PARLIAMENT", 1),
        Line("ARRANGEMENT OF SECTIONS", 2),
        Line("PART 1", 2),
        Line("INTRODUCTORY PROVISIONS", 2),
        Line("1. Definitions", 2),
        Line("PART 2", 2),
        Line("ADMINISTRATION", 2),
        Line("2. National Advisory Council", 2),
        Line("BE IT ENACTED as passed by the Parliament, as follows:-", 3),
        Line("PART 1", 3),
        Line("INTRODUCTORY PROVISIONS", 3),
        Line("Definitions", 3),
        Line("1. (1) In this Act, unless the context indicates otherwise -", 3),
    ]
    assert texts(cleanup.skip_table_of_contents(lines)) == [
        "GOVERNMENT GAZETTE",
        "Government Notice",
        "PROMULGATION OF ACT OF PARLIAMENT",
        "PART 1",
        "INTRODUCTORY PROVISIONS",
        "Definitions",
        "1. (1) In this Act, unless the context indicates otherwise -",
    ]


def test_contents_without_a_repeated_entry_is_left_alone() -> None:
    lines = [Line("CONTENTS", 1), Line("1. Alpha", 1), Line("Body", 2)]
    assert texts(cleanup.skip_table_of_contents(lines)) == ["CONTENTS", "1. Alpha", "Body"]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("PART II", True),
        ("Part II of this Act applies", False),
        ("CHAPTER 3 — OFFENCES", True),
        ("Section 6. Whoever recruits", True),
        ("Section 5 of the Penal Code", False),
        ("Article 240.– Trafficking", True),
        ("§ 12a. Domestic work", True),
        ("(1) A person who", True),
        ("(a) of subsection (2)", False),
        ("(ii) abduction", True),
        ("12. Offence of trafficking", True),
        ("a) forced labour", True),
        ("\u0111) The offence is committed against 02 - 05 persons;", True),
        ("a. respect for human dignity;", True),
        ("a. The next sentence after letter a.", False),
        ("FIRST SCHEDULE", True),
        ("the child shall", False),
        ('Article 2 "Minors" as mentioned in this Law refer to', True),
        ('Article 2 "of this Law"', False),
        ("270.1A Definitions for Division 270", True),
        ("271.2 Offence of trafficking in persons", True),
        ("271.2 applies to conduct", False),
        ("Section 15.2 (extended geographical jurisdiction", False),
        ("Section 15. Jurisdiction", True),
        ("Article 128-1. Trafficking in persons", True),
        ("Article 128-1 of this Code were used, shall be punishable", False),
        ("Article 8-2 of the Penal Code", False),
        ("Article L. 4153-1", True),
        ("Article R. 4153-40", True),
        ("Article D. 4153-15", True),
        ("Article L. 4153-3 sends a declaration to the labour inspector", False),
        ("Article L. 1121-1, is punishable by a fine", False),
        ("1\u00b0 work underground, in mines and quarries;", True),
        ("2\u00b0 of Article L. 4153-9", False),
        ("1\u00b0) temporary accommodation in a safe place;", True),
        ("2\u00b0) of Article 22", False),
        ('1/ "child" means any person who has not attained the age of eighteen years;', True),
        ("12/ person means a natural or juridical person;", True),
        ("2025. Proclamation No. 909/2015 is hereby repealed.", False),
        ("909/2015 is hereby repealed.", False),
        ("2/ of Article 4", False),
        ('4.1.1. "child" means a person under the age of 18;', True),
        ("12.4. The following acts shall constitute the sexual exploitation of a child:", True),
        ('4.1.10. "hazardous work" means work', True),
        ("7.2.3 of this Law, the inspector shall", False),
        ("12.1 of this Law shall apply", False),
        ("Article 7.2.3 of this Law", False),
        ("SUBCHAPTER A. PROSTITUTION", True),
        ("Sec. 20A.02. TRAFFICKING OF PERSONS. (a) A person commits an offense if", True),
        ("Sec. 43.021. SOLICITATION OF PROSTITUTION. (a) A person commits", True),
        ("Sec. 2.08, eff. September 1, 2011.", False),
        ("(C) take part in a sexual performance within the meaning of Section 43.25; or", True),
        ("(A) of Subsection (a)(3)", False),
        ("(S.B. 1201), Sec. 4, eff. September 1, 2019.", False),
        ("Added by Acts 2015, 84th Leg., R.S., Ch. 332 (H.B. 10), Sec. 11, eff.", True),
        ("Amended by:", True),
        ("Acts 2019, 86th Leg., R.S., Ch. 421 (S.B. 1201), Sec. 4, eff. September 1, 2019.", True),
        ("Acts of the Legislature are cited by year", False),
        ("5.-(1) A person shall not discriminate against a child.", True),
        ("5.-The child shall", False),
        ("II. To establish the offences and their penalties;", True),
        ("XI. Day of fine: the amount of one daily Unit of Measure", True),
        ("I of Article 89 of the Political Constitution", False),
        ("First.- This Decree shall enter into force on the day following", True),
        ("Second.-The Law of 2007 is abrogated.", True),
        ("Sole Article.- The General Law is issued, and reads as follows:", False),
        ("\u00a7 570.33 Occupations that may be performed by minors 14 and 15 years of", True),
        ("\u00a7 570.32 [Reserved]", True),
        ("\u00a7 570.50(b) of this part.", False),
        ("Subpart E\u2014Occupations Particularly Hazardous for the Employment of", True),
        ("B- assign to those branches judges and prosecutors who have received", True),
        ("A- Child: every person who has not reached eighteen full solar years of age.", True),
        ("B- of Article 6", False),
        ("Note 2- Where the offender is the father, the mother or the paternal grandfather", True),
        ("Note- The age of puberty is that of the Civil Code.", True),
        ("Note 2 of Article 15 and the Note of Article 20 of this Law.", False),
    ],
)
def test_structural_start(text: str, starts: bool) -> None:
    assert cleanup.starts_provision(text) is starts


def test_unwrap_joins_wrapped_lines_and_breaks_at_markers_and_headings() -> None:
    lines = [
        at("4. Offence of trafficking", 1, 100, x1=230),
        at("(1) A person who recruits, transports, transfers, harbours or", 1, 114),
        at("receives another person commits an offence.", 1, 128, x1=330),
        at("(2) The consent of a victim is irrelevant.", 1, 142, x1=300),
    ]
    paragraphs = cleanup.unwrap_paragraphs(lines)
    assert [p.text for p in paragraphs] == [
        "4. Offence of trafficking",
        "(1) A person who recruits, transports, transfers, harbours or receives another "
        "person commits an offence.",
        "(2) The consent of a victim is irrelevant.",
    ]


def test_unwrap_offsets_index_the_cleaned_text() -> None:
    lines = [Line("PART I", 1), Line("", 1), Line("1. Short title", 2), Line("", 2)]
    paragraphs = cleanup.unwrap_paragraphs(lines)
    text = "\n".join(p.text for p in paragraphs)
    for paragraph in paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
    assert [(p.page, p.page_end) for p in paragraphs] == [(1, 1), (2, 2)]


def test_unwrap_breaks_at_a_wide_gap_and_at_a_new_column() -> None:
    lines = [
        at("First paragraph line one that runs on to the", 1, 100),
        at("second line.", 1, 114, x1=150),
        at("A new paragraph after a gap that runs to the", 1, 150),
        at("right margin and continues here", 1, 164),
        at("Top of the right column.", 1, 80, x0=300),
    ]
    paragraphs = cleanup.unwrap_paragraphs(lines)
    assert len(paragraphs) == 3
    assert paragraphs[2].text == "Top of the right column."


def test_table_rows_are_paragraphs_of_their_own() -> None:
    lines = [
        Line("Item | Fee", 1, (72, 100, 500, 110), table_row=True),
        Line("1 | 5,000 dollars", 1, (72, 112, 500, 122), table_row=True),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == ["Item | Fee", "1 | 5,000 dollars"]


def test_figures_after_a_number_in_words_do_not_start_a_paragraph() -> None:
    lines = [
        at("shall be punished by imprisonment of not less than six", 1, 100),
        at("(6) years and a fine.", 1, 114, x1=200),
        at("(2) A second subsection.", 1, 128, x1=220),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "shall be punished by imprisonment of not less than six (6) years and a fine.",
        "(2) A second subsection.",
    ]


def test_figures_before_a_number_in_words_do_not_start_a_paragraph() -> None:
    """Gulf-style terms and amounts print the figure first ("not less than (5) five
    years", "(100,000) one hundred thousand dirhams"): wrapped before the bracket, the
    figure continues the sentence. After a list intro, or with a capital after it, a
    bracketed number still opens a subsection."""
    lines = [
        at("shall be punished by temporary imprisonment for not less than", 1, 100),
        at("(5) five years and a fine of not less than", 1, 114, x1=300),
        at("(100,000) one hundred thousand dirhams.", 1, 128, x1=220),
        at("(2) Two members shall be appointed by the Minister from among the following:", 1, 142),
        at("(3) three representatives of the Ministry;", 1, 156, x1=260),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "shall be punished by temporary imprisonment for not less than (5) five years and a "
        "fine of not less than (100,000) one hundred thousand dirhams.",
        "(2) Two members shall be appointed by the Minister from among the following:",
        "(3) three representatives of the Ministry;",
    ]


def test_a_paragraph_opening_with_a_capitalised_number_word_starts_a_paragraph() -> None:
    """A US-style regulation's minimum ages ("(3) Eighteen years is the minimum age ...")
    open with a number word in capitals after a line ending in a word ("hours; and"): a
    paragraph, not the figure of an amount, whose words would be in lower case."""
    lines = [
        at("(2) Fourteen years is the minimum age for employment outside school", 1, 100),
        at("hours; and", 1, 114, x1=160),
        at("(3) Eighteen years is the minimum age for employment in any hazardous", 1, 128),
        at("occupation.", 1, 142, x1=170),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(2) Fourteen years is the minimum age for employment outside school hours; and",
        "(3) Eighteen years is the minimum age for employment in any hazardous occupation.",
    ]


def test_a_bracketed_number_after_a_reference_word_does_not_start_a_paragraph() -> None:
    """Japanese-style cross-references ("Article 2, paragraph (4), item (ii)") wrap
    after "item" or "paragraph": the bracket on the next line is the reference's
    number, not an item of the provision."""
    lines = [
        at(
            "keeps a record depicting the child set forth in Article 2, paragraph (4), item", 1, 100
        ),
        at("(ii) for the same purpose.", 1, 114, x1=200),
        at("(5) The next paragraph.", 1, 128, x1=220),
        at("(i) an item after a sentence that ends with a colon:", 1, 142, x1=300),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "keeps a record depicting the child set forth in Article 2, paragraph (4), item "
        "(ii) for the same purpose.",
        "(5) The next paragraph.",
        "(i) an item after a sentence that ends with a colon:",
    ]


def test_a_unit_word_after_a_line_ending_mid_phrase_does_not_start_a_paragraph() -> None:
    """A cross-reference wrapped after a preposition ("an offence under" / "Part V.")
    puts a title-case unit word at the start of a line: it is not a heading."""
    lines = [
        at(
            "(f) is found in the custody of a person who has been convicted of an offence under",
            1,
            100,
        ),
        at("Part V.", 1, 114, x1=120),
        at("Part VI\u2014CHILDREN'S COURTS", 1, 142, x1=300),
        at("ends a sentence.", 1, 170, x1=200),
        at("Part VII\u2014MISCELLANEOUS", 1, 184, x1=300),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(f) is found in the custody of a person who has been convicted of an offence under "
        "Part V.",
        "Part VI\u2014CHILDREN'S COURTS",
        "ends a sentence.",
        "Part VII\u2014MISCELLANEOUS",
    ]


def test_a_heading_line_above_a_section_breaks_after_a_full_last_line() -> None:
    """Malaysian-style Acts print a section's heading on its own line above the
    section; the paragraph before may fill its last line to the right edge, and
    the gap before the heading may be no wider than between lines."""
    lines = [
        at("commits an offence and shall also be liable to a fine.", 1, 100, x1=516),
        at("Forfeiture of property", 1, 114, x1=210),
        at("18. Any property used in the commission of an offence shall", 1, 128),
        at("be forfeited.", 1, 142, x1=150),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "commits an offence and shall also be liable to a fine.",
        "Forfeiture of property",
        "18. Any property used in the commission of an offence shall be forfeited.",
    ]


def test_a_heading_line_below_an_amendment_note_in_square_brackets() -> None:
    """A Malaysian-style reprint prints an amendment note wholly in square brackets,
    right-aligned in small type, at the end of an amended provision ("[Am. Act
    A1583:s.4]"); the next section's heading line below it is a paragraph of its own,
    although the note runs to the right edge and ends with no full stop (Kerayan)."""
    lines = [
        at("(2) The court may order the person to attend counselling.", 1, 100, x1=400),
        at("[Am. Act A1583:s.4]", 1, 112, x0=440, x1=520),
        at("Child left without supervision", 1, 124, x1=240),
        at("23. Any parent who leaves a child under the age of twelve years", 1, 136),
        at("alone shall be guilty of an offence.", 1, 148, x1=260),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(2) The court may order the person to attend counselling.",
        "[Am. Act A1583:s.4]",
        "Child left without supervision",
        "23. Any parent who leaves a child under the age of twelve years alone shall be"
        " guilty of an offence.",
    ]


@pytest.mark.parametrize(
    ("lines", "starting"),
    [
        (  # Pacific Island Crimes Acts print the first subsection right after the section's
            # number, a dot and an em dash with no space ("2.—(1) In this Act ..."): the line
            # starts a provision, so the heading line above it breaks after a full last line
            [
                at(
                    "(2) This Act comes into force on a date appointed by the Minister by notice.",
                    1,
                    100,
                    x1=516,
                ),
                at("Interpretation", 1, 114, x1=150),
                at("2.—(1) In this Act, unless the context otherwise requires —", 1, 128, x1=400),
            ],
            ["103A.—(1) A person commits an indictable offence if"],
        ),
        (  # Irish-style Acts close a section's marginal note with a full stop ("Travel and
            # identity documents."); at the top of a page, after a last line that fills the
            # column, the note is still a paragraph of its own. A section with no subsections
            # carries its text right after the dash ("11.—Where ...", "18.—Section 7 of ...")
            [
                at(
                    '(4) In this section "child" means a person who has not attained the age.',
                    1,
                    700,
                    x1=516,
                ),
                at("Travel and identity documents.", 2, 80, x1=200),
                at("7.—(1) A person who, for the purpose of committing an offence—", 2, 94, x1=420),
            ],
            [
                "11.—Where, in proceedings for an offence under this Act,",
                "18.—Section 7 of the Sexual Offences Act 1995 is amended",
            ],
        ),
    ],
)
def test_a_heading_line_above_a_section_numbered_with_a_dot_and_an_em_dash(
    lines: list[Line], starting: list[str]
) -> None:
    """A heading line stays a paragraph of its own above a section numbered with a dot
    and an em dash, after a last line that fills the column; such a number starts a
    provision, while a dash followed by anything but a provision's words ("3.—text")
    starts nothing."""
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [line.text for line in lines]
    for text in starting:
        assert cleanup.starts_provision(text)
    assert not cleanup.starts_provision("3.—text of a sentence")


def test_a_heading_closed_by_a_full_stop_opening_a_page_above_a_bare_article() -> None:
    """A Kenya-style constitution prints each Article's heading in bold on a line of its
    own, closed by a full stop, above the bare number ("Youth." above "57. The State shall
    ...", "Redress for infringement of rights." above "24. (1) ..."); at the top of a page,
    after a last line that fills the column and ends a sentence, the heading is still a
    paragraph of its own, not the end of the provision before it (Mbarali)."""
    lines = [
        at(
            "appointive bodies to be held by persons with disabilities, and the State shall attain it.",
            1,
            740,
            x1=516,
        ),
        at("Youth.", 2, 80, x1=110),
        at("57. The State shall, through affirmative action programmes and other measures,", 2, 94),
        at("open to the youth opportunities for education.", 2, 108, x1=300),
        at("Redress for infringement of rights.", 2, 124, x1=260),
        at("24. (1) A person who alleges that a right has been contravened may apply.", 2, 138),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "appointive bodies to be held by persons with disabilities, and the State shall attain it.",
        "Youth.",
        "57. The State shall, through affirmative action programmes and other measures, "
        "open to the youth opportunities for education.",
        "Redress for infringement of rights.",
        "24. (1) A person who alleges that a right has been contravened may apply.",
    ]


def test_a_short_sentence_end_before_a_section_is_not_a_heading() -> None:
    """The last line of a paragraph stays with it, even when a section follows."""
    lines = [
        at("A person who traffics in another person commits an offence and", 1, 100, x1=516),
        at("shall be punished.", 1, 114, x1=180),
        at("18. Any property used in the commission of an offence.", 1, 128, x1=400),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "A person who traffics in another person commits an offence and shall be punished.",
        "18. Any property used in the commission of an offence.",
    ]


def test_a_vietnamese_point_letter_starts_a_paragraph_after_a_long_line() -> None:
    """ "đ)" comes between "d)" and "e)": a marker even when the line before
    runs almost to the margin and ends with a semicolon."""
    lines = [
        at("d) The victim is taken out of the territory of the Republic;", 1, 100, x0=86, x1=482),
        at("\u0111) The offence is committed against 02 - 05 persons;", 1, 114, x0=86, x1=350),
    ]
    assert len(cleanup.unwrap_paragraphs(lines)) == 2


def test_a_hanging_paragraph_line_that_sits_mid_column_is_not_a_centred_heading() -> None:
    """The second line of a lettered paragraph hangs after the marker and may stop
    short where the next word is too long to fit, so that it happens to stand in the
    middle of the column ("internal security, ... or their" above "representatives;");
    it continues the line above, which ran to the right edge, and is no heading: the
    word below it ends the same paragraph (Mavuno s. 20(2)(b)). A heading in capitals
    wrapped onto a centred line still ends its paragraph."""
    lines = [
        at("(2) The Committee shall consist of—", 1, 571, x0=93, x1=300),
        at("(a) a chairperson appointed by the Cabinet Secretary;", 1, 584, x0=115, x1=380),
        at(
            "(b) the Principal Secretaries for the time being responsible for social protection,",
            1,
            597,
            x0=115,
            x1=521,
        ),
        at(
            "internal security, labour, immigration and foreign affairs, or their",
            1,
            610,
            x0=132,
            x1=465,
        ),
        at("representatives;", 1, 623, x0=132, x1=213),
        at(
            "(c) the Director of Public Prosecutions and the Inspector-General of the National",
            1,
            638,
            x0=115,
            x1=524,
        ),
        at("Police Service, or their representatives;", 1, 651, x0=131, x1=332),
        at("PROVISIONS AS TO THE CONDUCT OF BUSINESS AND AFFAIRS OF THE", 1, 670, x0=78, x1=518),
        at("COMMITTEE", 1, 683, x0=268, x1=328),
        at("The Committee shall meet at least four times in every year.", 1, 699, x0=70, x1=420),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(2) The Committee shall consist of—",
        "(a) a chairperson appointed by the Cabinet Secretary;",
        "(b) the Principal Secretaries for the time being responsible for social protection,"
        " internal security, labour, immigration and foreign affairs, or their representatives;",
        "(c) the Director of Public Prosecutions and the Inspector-General of the National Police"
        " Service, or their representatives;",
        "PROVISIONS AS TO THE CONDUCT OF BUSINESS AND AFFAIRS OF THE COMMITTEE",
        "The Committee shall meet at least four times in every year.",
    ]


def test_a_wide_capitals_heading_wrapped_onto_a_centred_line_is_one_paragraph() -> None:
    """A chapter title in capitals too wide to look centred wraps onto a
    centred line on the same axis; the chapter number above stays apart."""
    lines = [
        at("Chapter IV", 1, 100, x0=268, x1=328),
        at("STATUTE OF LIMITATIONS FOR CRIMINAL PROSECUTION AND EXEMPTION", 1, 113, x0=78, x1=518),
        at("FROM CRIMINAL LIABILITY", 1, 126, x0=217, x1=379),
        at("Article 27. Statute of limitations", 1, 142, x0=70, x1=300),
        at(
            "1. The statute of limitations is the period at the end of which an",
            1,
            158,
            x0=70,
            x1=525,
        ),
        at("offender may no longer be examined.", 1, 171, x0=83, x1=300),
        at(
            "THE NATIONAL ASSEMBLY PROMULGATES THE FOLLOWING LAW ON CHILDREN", 1, 190, x0=70, x1=510
        ),
        at("GENERAL PROVISIONS", 1, 203, x0=240, x1=355),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "Chapter IV",
        "STATUTE OF LIMITATIONS FOR CRIMINAL PROSECUTION AND EXEMPTION FROM CRIMINAL LIABILITY",
        "Article 27. Statute of limitations",
        "1. The statute of limitations is the period at the end of which an offender may no "
        "longer be examined.",
        "THE NATIONAL ASSEMBLY PROMULGATES THE FOLLOWING LAW ON CHILDREN",
        "GENERAL PROVISIONS",
    ]


def test_a_wide_container_heading_with_its_title_wrapped_onto_a_centred_line_is_one_paragraph() -> (
    None
):
    """A PRC-style chapter prints its number and title on one centred line; a long
    title is too wide to look centred and wraps onto a centred line on the same axis
    ("Democratic Rights", capitalised). A centred title line under a short centred
    number line ("Part Two" / "Specific Provisions") stays apart, and so does a
    centred line under a body line that is not a container heading."""
    lines = [
        at("Part Two Specific Provisions", 1, 90, x0=222, x1=374),
        at(
            "Chapter IV Crimes of Infringing upon Citizens' Rights of the Person and",
            1,
            108,
            x0=94,
            x1=502,
        ),
        at("Democratic Rights", 1, 122, x0=247, x1=349),
        at(
            "Article 236 Whoever rapes a woman by violence, coercion or any other",
            1,
            140,
            x0=94,
            x1=525,
        ),
        at("means shall be sentenced to fixed-term imprisonment.", 1, 154, x0=73, x1=380),
        at(
            "The Minister may make regulations under this Act in respect of the",
            1,
            172,
            x0=94,
            x1=502,
        ),
        at("Schedule", 1, 186, x0=275, x1=321),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "Part Two Specific Provisions",
        "Chapter IV Crimes of Infringing upon Citizens' Rights of the Person and Democratic Rights",
        "Article 236 Whoever rapes a woman by violence, coercion or any other means shall be "
        "sentenced to fixed-term imprisonment.",
        "The Minister may make regulations under this Act in respect of the",
        "Schedule",
    ]


def test_line_pitch_is_read_after_wrapped_lines_when_paragraph_gaps_outnumber_them() -> None:
    """A Cambodian-style Law prints each article's heading on a line of its own
    and many one-sentence articles: the gaps between paragraphs (17.5 pt) can
    outnumber those inside them (13.5 pt). The pitch is measured after lines
    that run to the right edge, so a long heading line that nearly fills the
    line still ends its paragraph at the wider gap."""
    lines, top = [], 100.0
    for number in range(1, 13):
        lines.append(
            at(f"Article {number}: Purchase of Prostitution of a Minor Aged", 1, top, x1=440)
        )
        top += 17.5
        lines.append(at("Any person who commits an act mentioned in the Article before", 1, top))
        top += 13.5
        lines.append(at("shall be punished.", 1, top, x1=180))
        top += 17.5
    assert cleanup._line_pitch(lines) == 13.5
    paragraphs = cleanup.unwrap_paragraphs(lines)
    assert len(paragraphs) == 24
    assert paragraphs[0].text == "Article 1: Purchase of Prostitution of a Minor Aged"


def test_a_decimal_section_heading_opening_a_page_breaks_after_a_full_last_line() -> None:
    """An Australian-style code section ("273.2 Dealing in ...") at the top of a
    page, after a page whose last line runs to the right edge, is a new paragraph;
    a line of running text that starts with a section number is not."""
    lines = [
        at("material includes any film, printed matter, data or other thing of", 1, 740),
        at("any kind, including an image, drawing or representation made by hand.", 1, 752),
        at("273.2 Dealing in child abuse material", 2, 80, x1=260),
        at("(1) A person commits an offence if the person does so under section", 2, 96),
        at("273.2 applies to conduct outside Meridia.", 2, 108, x1=300),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "material includes any film, printed matter, data or other thing of any kind, "
        "including an image, drawing or representation made by hand.",
        "273.2 Dealing in child abuse material",
        "(1) A person commits an offence if the person does so under section "
        "273.2 applies to conduct outside Meridia.",
    ]


def test_a_code_article_reference_wrapped_after_a_preposition_does_not_start_a_paragraph() -> None:
    """A French-style code reference ("in breach of" / "Article L. 4153-10.") wrapped
    onto a line of its own, as in Orvelle Art. L. 4743-2: not an article."""
    lines = [
        at("The fact of employing a young worker in breach of", 1, 100),
        at("Article L. 4153-10. The fine is applied per worker.", 1, 114, x1=300),
        at("Article L. 4743-2", 1, 142, x1=120),
        at("The fact of assigning a young worker.", 1, 170, x1=300),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "The fact of employing a young worker in breach of "
        "Article L. 4153-10. The fine is applied per worker.",
        "Article L. 4743-2",
        "The fact of assigning a young worker.",
    ]


def test_a_subsection_under_a_marginal_heading_ending_in_a_number_word_starts_a_paragraph() -> None:
    """A Canadian-style marginal heading above a subsection can end in a number word
    ("... of a person under eighteen") and run far across the line; the "(2) Every"
    below it, and an inserted "(4.1) Despite", open new paragraphs, while a figure
    after a number word ("six" / "(6) years") still continues the sentence."""
    lines = [
        at("(1) Every person who receives a benefit is guilty of an offence.", 1, 100),
        at("Material benefit — trafficking of a person under eighteen", 1, 124, x1=330),
        at("(2) Every person who receives a benefit from a child is guilty.", 1, 138),
        at(
            "Sexual offences against persons under eighteen committed outside the State",
            1,
            162,
            x1=500,
        ),
        at("(4.1) Despite anything in this Act, every citizen is deemed to act here.", 1, 176),
        at("The offender shall be imprisoned for a term of not less than six", 1, 200),
        at("(6) years.", 1, 214, x1=130),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(1) Every person who receives a benefit is guilty of an offence.",
        "Material benefit — trafficking of a person under eighteen",
        "(2) Every person who receives a benefit from a child is guilty.",
        "Sexual offences against persons under eighteen committed outside the State",
        "(4.1) Despite anything in this Act, every citizen is deemed to act here.",
        "The offender shall be imprisoned for a term of not less than six (6) years.",
    ]


def test_a_section_reference_wrapped_before_its_item_does_not_start_a_paragraph() -> None:
    """A Thai-style reference to an item of another section prints a space before the
    bracket ("an order under Section 118 (4) may appeal ...", Rattana s. 123): wrapped
    after the section's number, the bracket on the next line is the reference's item.
    A unit line of its own ("Article 9" above "(1) Every person ...") is no reference,
    and an item after an intro ending in a colon still opens a paragraph."""
    lines = [
        at("Section 123 An Employer who does not agree with an order under Section 118", 1, 100),
        at("(3) may appeal to the Director-General within thirty days.", 1, 114, x1=400),
        at("Article 9", 1, 142, x0=270, x1=320),
        at("(1) Every person who employs a child commits an offence.", 1, 156, x1=420),
        at(
            "Section 40 An Employer referred to in Section 39 shall keep a register showing:",
            1,
            184,
        ),
        at("(1) the full name of the Employee;", 1, 198, x1=300),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "Section 123 An Employer who does not agree with an order under Section 118 "
        "(3) may appeal to the Director-General within thirty days.",
        "Article 9",
        "(1) Every person who employs a child commits an offence.",
        "Section 40 An Employer referred to in Section 39 shall keep a register showing:",
        "(1) the full name of the Employee;",
    ]


def test_a_us_code_item_opening_a_page_and_a_source_note_start_paragraphs() -> None:
    """A US state code's upper-case paragraph "(C)" that opens a page after a line
    ending in ";" that runs to the margin, and the source note printed in small type
    right under a section's last line (no wider gap), each start a paragraph."""
    lines = [
        at(
            "(B) be the subject of conduct that constitutes an offense under Section 43.04 or",
            4,
            800,
        ),
        at("(C) take part in a sexual performance within the meaning of Section 43.25; or", 5, 60),
        at(
            "(b) The defense provided by Subsection (a) is not available in a prosecution for any",
            5,
            74,
        ),
        at("other offense.", 5, 88, x1=140),
        at(
            "Added by Acts 2015, 84th Leg., R.S., Ch. 332 (H.B. 10), Sec. 11, eff. September 1,",
            5,
            99,
        ),
        at("2015.", 5, 108, x1=100),
    ]
    assert [p.text[:12] for p in cleanup.unwrap_paragraphs(lines)] == [
        "(B) be the s",
        "(C) take par",
        "(b) The defe",
        "Added by Act",
    ]


def test_an_australian_code_section_line_opening_a_page_and_the_body_after_a_contents() -> None:
    """An Australian state code reprint prints each section's number and heading on a
    line of their own with no dot ("354K Confiscating travel or identity documents"):
    opening a page after a last line that runs to the margin, it starts a paragraph.
    Once a Contents list is skipped, the body's first line ("Part 1 Introductory", in
    title case with its title on the line) follows the cover's last line two pages
    before: lines with pages left out between them are never one paragraph."""
    lines = [
        at(
            "(d) the offender is a public officer and uses his or her office in committing", 10, 780
        ),
        at("the offence, whether or not the office is held in Carrondale or elsewhere.", 10, 794),
        at("354K Confiscating travel or identity documents", 11, 60, x1=300),
        at(
            "Any person who takes, keeps, hides or destroys another person's passport commits",
            11,
            74,
        ),
        at("a misdemeanour.", 11, 88, x1=150),
    ]
    assert [p.text[:12] for p in cleanup.unwrap_paragraphs(lines)] == [
        "(d) the offe",
        "354K Confisc",
        "Any person w",
    ]
    cover = [
        at(
            "This reprint is the authorised version of the Code as at the date shown on each",
            1,
            700,
        ),
        at(
            "page of the reprint printed from the legislation website of the State of Carrondale.",
            1,
            714,
        ),
        at("Part 1 Introductory", 3, 60, x1=200),
        at("Chapter 1 Interpretation", 3, 100, x1=200),
    ]
    assert [p.text[:12] for p in cleanup.unwrap_paragraphs(cover)] == [
        "This reprint",
        "Part 1 Intro",
        "Chapter 1 In",
    ]
    assert not cleanup._headed_section_line(at("10 years imprisonment.", 1, 60, x1=150), 72, 520)


def test_a_florida_style_history_note_and_a_four_digit_section_start_paragraphs() -> None:
    """A Florida-style statutes print sets a History note in small type right under a
    section's last line ("History.—s. 3, ch. 2006-118; ..."), and numbers the sections
    inserted between others with four digits after the chapter's number ("847.0135
    Solicitation of a minor ..."): each starts a paragraph, also after a line that runs
    to the margin."""
    lines = [
        at(
            "(10) A minor found to be a victim of human trafficking shall be referred to the", 3, 60
        ),
        at("Department of Children and Families for assessment, placement and services as", 3, 74),
        at(
            "History.—s. 3, ch. 2006-118; s. 5, ch. 2013-74; s. 2, ch. 2021-206; s. 4, ch. 2024-12.",
            3,
            86,
        ),
        at("847.0135 Solicitation of a minor by electronic device; traveling to meet a", 3, 100),
        at("minor.—(1) A person who knowingly uses a computer to lure a minor commits a", 3, 114),
        at("felony of the third degree.", 3, 128, x1=200),
    ]
    assert [p.text[:12] for p in cleanup.unwrap_paragraphs(lines)] == [
        "(10) A minor",
        "History.—s. ",
        "847.0135 Sol",
    ]


def test_a_two_row_running_header_naming_the_part_and_section_on_each_page() -> None:
    """A Hong Kong-style e-Legislation print names, at the top of each page, the Part
    and the first section on it ("Crimes Ordinance  Part XII" over "Section 148"), and
    at the foot the date under "Last updated date" and a page number by Part ("12A-1",
    "S4-1"). Every row goes, although the Part changes page by page, a Part or the
    Schedule may fill only one page and the section row never repeats (Kaiwan)."""
    pages = [
        ("Part I", "Section 1", "1-1"),
        ("Part XII", "Section 138", "12-1"),
        ("Part XII", "Section 141", "12-2"),
        ("Part XII", "Section 146", "12-3"),
        ("Part XIIA", "Section 159A", "12A-1"),
        ("Part XIII", "Section 160", "13-1"),
        ("Schedule 4", None, "S4-1"),
    ]
    lines = []
    for page, (part, section, number) in enumerate(pages, 1):
        lines.append(at(f"Crimes Ordinance {part}", page, 38))
        if section:
            lines.append(at(section, page, 48.5, x0=470))
        lines.append(at(f"Body text of page {page}, different on every page.", page, 300))
        lines.append(at("Last updated date Cap. 210 Verified Copy", page, 795))
        lines.append(at(f"1.9.2022 {number}", page, 805.5, x1=320))
    kept = cleanup.remove_running_headers_footers(lines, [842.0] * len(pages))
    assert texts(kept) == [
        f"Body text of page {page}, different on every page." for page in range(1, 8)
    ]


def test_facing_running_headers_naming_the_first_section_on_each_page() -> None:
    """A Papua New Guinea-style consolidation prints the Act's title and the first
    section on the page at the top, the section on the outer side ("Criminal Code Act
    1974  s. 356B." on odd pages, "s. 356G.  Criminal Code Act 1974" on even pages):
    every such header goes, although the section, lettered or not, changes from page to
    page; a body line opening with a section stays (Tavuru)."""
    sections = ["1", "7", "22", "211", "219A", "356A", "356B", "356G", "356M"]
    lines = []
    for page, number in enumerate(sections, 3):
        header = (
            f"s. {number}. Criminal Code Act 1974"
            if page % 2 == 0
            else f"Criminal Code Act 1974 s. {number}."
        )
        lines.append(at(header, page, 38))
        lines.append(at(f"{number}. Heading of section {number}.", page, 84))
        lines.append(at(f"\u2013 {page} \u2013", page, 805, x0=280, x1=316))
    kept = cleanup.remove_running_headers_footers(lines, [842.0] * 11)
    assert texts(kept) == [f"{number}. Heading of section {number}." for number in sections]


def test_a_wide_capitals_part_title_after_a_dash_wrapped_onto_a_centred_line() -> None:
    """A Papua New Guinea-style consolidation prints a Part's number and its title in
    capitals on one centred line after a spaced en dash, closed by a full stop; a long
    title is too wide to look centred and wraps onto a centred capitals line on the same
    axis ("LIBERTY."). A centred Division line under a short Part line stays apart
    (Tavuru)."""
    lines = [
        at(
            "is guilty of a crime and liable to imprisonment for a term not exceeding", 1, 60, x0=66
        ),
        at("twelve years.", 1, 73, x0=66, x1=140),
        at("PART IV. \u2013 ACTS INJURIOUS TO THE PUBLIC IN GENERAL.", 1, 90, x0=160, x1=436),
        at("Division 4. \u2013 Offences against morality.", 1, 104, x0=200, x1=396),
        at(
            "PART V. \u2013 OFFENCES AGAINST THE PERSON AND AGAINST PERSONAL",
            1,
            130,
            x0=76,
            x1=520,
        ),
        at("LIBERTY.", 1, 143, x0=273, x1=323),
        at("Division 8. \u2013 Offences against liberty.", 1, 157, x0=210, x1=386),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "is guilty of a crime and liable to imprisonment for a term not exceeding twelve years.",
        "PART IV. \u2013 ACTS INJURIOUS TO THE PUBLIC IN GENERAL.",
        "Division 4. \u2013 Offences against morality.",
        "PART V. \u2013 OFFENCES AGAINST THE PERSON AND AGAINST PERSONAL LIBERTY.",
        "Division 8. \u2013 Offences against liberty.",
    ]


def test_a_wide_section_title_in_capitals_wrapped_onto_a_centred_line() -> None:
    """A Vietnamese-style Decree prints a Section's number in title case and its title in
    capitals on one centred bold line; a long title is too wide to look centred and wraps
    onto a centred capitals line on the same axis ("MINORS"). A lettered point above and
    the article line below stay apart (Bach Linh)."""
    lines = [
        at(
            "b) Forcible return of the fees collected for the services, for the violations in Points",
            7,
            212,
            x0=86,
            x1=524,
        ),
        at("a and b of Clause 2 of this Article.", 7, 226, x0=101, x1=280),
        at("Section 2. VIOLATIONS OF REGULATIONS ON THE EMPLOYMENT OF", 7, 245, x0=90, x1=506),
        at("MINORS", 7, 259, x0=272, x1=323),
        at(
            "Article 14. Violations of regulations on employing persons under 15 years of age",
            7,
            278,
            x0=70,
            x1=520,
        ),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "b) Forcible return of the fees collected for the services, for the violations in Points"
        " a and b of Clause 2 of this Article.",
        "Section 2. VIOLATIONS OF REGULATIONS ON THE EMPLOYMENT OF MINORS",
        "Article 14. Violations of regulations on employing persons under 15 years of age",
    ]


def test_an_arrangement_of_sections_closed_by_a_full_stop_is_skipped() -> None:
    """A Papua New Guinea-style consolidation closes every heading with a full stop,
    the title of its arrangement of sections too ("ARRANGEMENT OF SECTIONS."): the
    arrangement is skipped up to the body's first Part (Tavuru)."""
    lines = [
        Line("Criminal Code Act 1974.", 2),
        Line("ARRANGEMENT OF SECTIONS.", 2),
        Line("PART I. \u2013 INTRODUCTORY.", 2),
        Line("Division 1. \u2013 Interpretation.", 2),
        Line("1. Definitions.", 2),
        Line("356P. Evidence of age.", 2),
        Line("Criminal Code Act 1974.", 3),
        Line("PART I. \u2013 INTRODUCTORY.", 3),
        Line("Division 1. \u2013 Interpretation.", 3),
        Line("1. Definitions.", 3),
    ]
    assert texts(cleanup.skip_table_of_contents(lines)) == [
        "Criminal Code Act 1974.",
        "PART I. \u2013 INTRODUCTORY.",
        "Division 1. \u2013 Interpretation.",
        "1. Definitions.",
    ]


def test_a_bare_number_after_a_unit_word_ending_a_wrapped_line_continues_it() -> None:
    """A cross-reference wrapped between its word and its number ("... with Schedule" /
    "4. The remaining Parts") is not a numbered paragraph; a heading line ending in the
    word ("Amendment of Schedule" above "37. The Minister ...") stops short of the right
    edge and still ends its paragraph (Kaiwan's cover note, Selantra s. 37)."""
    lines = [
        at(
            "the Part XIIA inserted in 2014 and Part XIII (Offences against Children), with Schedule",
            1,
            100,
        ),
        at("4. The remaining Parts of the Ordinance are omitted from this print.", 1, 112, x1=400),
        at("Amendment of Schedule", 1, 140, x1=200),
        at(
            "37. The Minister may, by order published in the Gazette, amend the Schedule.",
            1,
            152,
            x1=500,
        ),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "the Part XIIA inserted in 2014 and Part XIII (Offences against Children), with Schedule"
        " 4. The remaining Parts of the Ordinance are omitted from this print.",
        "Amendment of Schedule",
        "37. The Minister may, by order published in the Gazette, amend the Schedule.",
    ]


def test_an_amendment_note_in_round_brackets_under_a_centred_part_title() -> None:
    """A Hong Kong-style Ordinance prints the note of the Ordinance that added a Part
    right-aligned under the Part's centred title ("(Part XIIA added 19 of 2015 s. 10)"):
    a paragraph of its own, not the end of the title, which is too wide to read as
    centred; the heading line of the section below it starts a paragraph too (Kaiwan)."""
    lines = [
        at("Part XIIA", 1, 87, x0=272, x1=324),
        at(
            "Extra-territorial Application of Sexual Offences Against Children",
            1,
            99,
            x0=116,
            x1=479,
        ),
        at("(Part XIIA added 19 of 2015 s. 10)", 1, 115, x0=382, x1=528),
        at("159A. Interpretation", 1, 131, x0=67, x1=181),
        at("In this Part\u2014", 1, 147, x0=87, x1=152),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "Part XIIA",
        "Extra-territorial Application of Sexual Offences Against Children",
        "(Part XIIA added 19 of 2015 s. 10)",
        "159A. Interpretation",
        "In this Part\u2014",
    ]


def test_a_margin_note_of_the_amending_act_is_a_paragraph_of_its_own() -> None:
    """A Caribbean-style consolidated Act prints the note of the Act that amended a provision
    ("4/2012 S. 4.") small, on a line of its own above it: a paragraph of its own, even after
    a last line that runs almost to the right edge, and even at the top of a page; a marginal
    note closed by a full stop that opens a page after a full last line, with such a note
    between it and its section, is still a paragraph of its own (Barracoa)."""
    lines = [
        at("(e) a firearm, an offensive weapon or a drug is used to commit the offence.", 3, 700),
        at("4/2012 S. 4.", 4, 80, x0=76, x1=128),
        at("(2) A person who commits the offence of aggravated trafficking in persons is", 4, 94),
        at("liable to imprisonment for life.", 4, 107, x1=240),
        at("(2) A person who commits an offence under subsection (1) is liable to a fine.", 4, 700),
        at("Exacting forced labour.", 5, 80, x0=76, x1=180),
        at("9/2019 S. 3.", 5, 92, x0=76, x1=128),
        at("6A.\u2014(1) A person commits an offence who compels another person to work.", 5, 106),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(e) a firearm, an offensive weapon or a drug is used to commit the offence.",
        "4/2012 S. 4.",
        "(2) A person who commits the offence of aggravated trafficking in persons is"
        " liable to imprisonment for life.",
        "(2) A person who commits an offence under subsection (1) is liable to a fine.",
        "Exacting forced labour.",
        "9/2019 S. 3.",
        "6A.\u2014(1) A person commits an offence who compels another person to work.",
    ]


def test_contents_under_a_section_title_label_skipped_up_to_the_first_part() -> None:
    """An East African Revised Edition heads its arrangement of sections with the labels of
    its two columns on one line ("Section Title"), then lists the Parts ("PART I" over its
    title) and the sections: the labels are not the first entry, and the body starts at the
    first Part, after the Act's first page (its chapter, title, long title and history)
    (Ruvani)."""
    lines = [
        Line("CHAPTER 21", 2),
        Line("THE LAW OF THE CHILD ACT", 2),
        Line("ARRANGEMENT OF SECTIONS", 2),
        Line("Section Title", 2),
        Line("PART I", 2),
        Line("PRELIMINARY PROVISIONS", 2),
        Line("1. Short title.", 2),
        Line("CHAPTER 21", 4),
        Line("An Act to consolidate the law relating to children.", 4),
        Line("Acts Nos. 13 of 2009", 4),
        Line("PART I", 4),
        Line("PRELIMINARY PROVISIONS", 4),
        Line("Short title", 4),
        Line("1. This Act may be cited as the Law of the Child Act.", 4),
    ]
    assert texts(cleanup.skip_table_of_contents(lines)) == [
        "CHAPTER 21",
        "THE LAW OF THE CHILD ACT",
        "PART I",
        "PRELIMINARY PROVISIONS",
        "Short title",
        "1. This Act may be cited as the Law of the Child Act.",
    ]


def test_an_east_african_margin_note_of_the_amending_act_and_a_hyphened_section() -> None:
    """An East African Revised Edition prints the note of the Act that amended a section
    ("Act No. 7 of 2016 s. 2") small, on a line of its own under the section's marginal
    note: a paragraph of its own; the section below opens with its number, a dot and a
    hyphen before its first subsection ("5.-(1) A person ..."), and so opens a paragraph
    after a last line that runs to the right edge (Ruvani)."""
    lines = [
        at("3. In this Act, unless the context requires otherwise, a child is a person", 4, 100),
        at("under eighteen.", 4, 113, x1=160),
        at("Interpretation", 4, 130, x1=130),
        at("Act No. 7 of 2016 s. 2", 4, 142, x1=150),
        at("4. Every child shall have the right to a name and the right to acquire a", 4, 156),
        at("nationality, and every child of foreign parents in Ruvani shall enjoy it too.", 4, 169),
        at("5.-(1) A person shall not discriminate against a child on any ground.", 4, 182),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "3. In this Act, unless the context requires otherwise, a child is a person"
        " under eighteen.",
        "Interpretation",
        "Act No. 7 of 2016 s. 2",
        "4. Every child shall have the right to a name and the right to acquire a"
        " nationality, and every child of foreign parents in Ruvani shall enjoy it too.",
        "5.-(1) A person shall not discriminate against a child on any ground.",
    ]


def test_a_sri_lankan_margin_note_of_the_amending_act_in_square_brackets() -> None:
    """A Sri Lankan-style Revised Legislative Enactments edition prints the note of the Act
    that substituted or amended a section in square brackets, small, on a line of its own
    ("[§ 2, 19 of 2018.]", "[§ 5, 11 of 2003; § 4, 19 of 2018.]"): a paragraph of its own,
    also where it stands right under a last line that runs to the right edge, and passed
    over when deciding whether the marginal note above it heads a section (Ratnadipa)."""
    lines = [
        at("1. This Act may be cited as the Employment of Women, Young Persons and", 2, 100),
        at("Children Act, and shall apply to every undertaking in Ratnadipa, its ships.", 2, 113),
        at("[§ 2, 19 of 2018.]", 2, 126, x1=150),
        at("2. (1) No child shall be employed in any undertaking.", 2, 139, x1=400),
        at("Hazardous occupations.", 2, 158, x1=180),
        at("[§ 5, 11 of 2003; § 4, 19 of 2018.]", 2, 169, x1=260),
        at("3. No person under eighteen years shall be employed in the Schedule.", 2, 182),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "1. This Act may be cited as the Employment of Women, Young Persons and"
        " Children Act, and shall apply to every undertaking in Ratnadipa, its ships.",
        "[§ 2, 19 of 2018.]",
        "2. (1) No child shall be employed in any undertaking.",
        "Hazardous occupations.",
        "[§ 5, 11 of 2003; § 4, 19 of 2018.]",
        "3. No person under eighteen years shall be employed in the Schedule.",
    ]


def test_a_cypriot_margin_note_of_a_law_is_a_paragraph_of_its_own() -> None:
    """A Cypriot-style consolidated Law prints in the margin, one to a line, the Laws that
    amended a section or that a provision cites, by number, Annex of the Gazette and year
    ("41(I) of 2019.", "112(I) of 2015."), set small on lines of their own above the section
    or the provision: each a paragraph of its own, also right under a last line that runs to
    the right edge and ends in a full stop (Kallistra)."""
    lines = [
        at("(a) the victim is a child or a person with a disability, or one who is old.", 5, 100),
        at("41(I) of 2019.", 5, 113, x1=130),
        at("22(I) of 2022.", 5, 124, x1=130),
        at("8A. Any person who compels another to beg is guilty of a felony.", 5, 137, x1=420),
        at('"Group" means the Multidisciplinary Coordinating Group under section 20;', 5, 154),
        at("112(I) of 2015.", 5, 167, x1=134),
        at('"child pornography" has the meaning given to it by the Law, 112(I) of 2015;', 5, 180),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "(a) the victim is a child or a person with a disability, or one who is old.",
        "41(I) of 2019.",
        "22(I) of 2022.",
        "8A. Any person who compels another to beg is guilty of a felony.",
        '"Group" means the Multidisciplinary Coordinating Group under section 20;',
        "112(I) of 2015.",
        '"child pornography" has the meaning given to it by the Law, 112(I) of 2015;',
    ]


def test_a_fraction_opening_a_page_and_a_note_of_a_reforming_decree_start_paragraphs() -> None:
    """A Mexican-style law numbers the fractions of an article with capital Roman numerals
    ("II. Ensure that ..."): a fraction opening a page after a last line that fills the column
    and ends in a semicolon starts a paragraph. The note of the decree that reformed a provision,
    set in small type right under its last line, closer than the paragraph gap ("Paragraph
    reformed DOF 19-01-2018, 23-05-2022"), is a paragraph of its own, also where the article's
    next paragraph, unnumbered, follows it (Verdanza)."""
    lines = [
        at("I. Treat his or her best interest as a primary consideration in every", 9, 720),
        at("decision in which the child is concerned, whatever its nature;", 9, 733, x1=518),
        at("II. Ensure that he or she is accompanied in the proceedings.", 10, 110, x1=420),
        at("Article 44.- The foreign victims of the offences of this Law shall not", 10, 127),
        at("be held in migration stations nor repatriated against their will.", 10, 140, x1=517),
        at("Paragraph reformed DOF 19-01-2018, 23-05-2022", 10, 151, x1=270),
        at("The Institute shall grant them a visitor status for humanitarian reasons.", 10, 166),
        at("Article reformed DOF 19-01-2018", 10, 177, x1=230),
        at("Article 45.- Where a foreign victim wishes to return, it shall be safe.", 10, 192),
    ]
    assert [p.text for p in cleanup.unwrap_paragraphs(lines)] == [
        "I. Treat his or her best interest as a primary consideration in every "
        "decision in which the child is concerned, whatever its nature;",
        "II. Ensure that he or she is accompanied in the proceedings.",
        "Article 44.- The foreign victims of the offences of this Law shall not "
        "be held in migration stations nor repatriated against their will.",
        "Paragraph reformed DOF 19-01-2018, 23-05-2022",
        "The Institute shall grant them a visitor status for humanitarian reasons.",
        "Article reformed DOF 19-01-2018",
        "Article 45.- Where a foreign victim wishes to return, it shall be safe.",
    ]


def test_an_item_numbered_with_a_hyphen_opening_a_page_starts_a_paragraph() -> None:
    """An Egyptian-style law in translation numbers the items of an article with a hyphen
    ("1- issue to each child a work card ...;"): an item opening a page after a last line that
    fills the column and ends in a semicolon starts a paragraph (Qasrawa Art. 19)."""
    lines = [
        at("1- issue to each child a work card, carrying his photograph and certified by", 5, 720),
        at(
            "the competent office of the Ministry of Manpower, showing that he is employed;", 5, 733
        ),
        at(
            "2- display at the workplace, where it can easily be seen, a notice of the hours.",
            6,
            110,
        ),
    ]
    texts = [p.text for p in cleanup.unwrap_paragraphs(lines)]
    assert len(texts) == 2
    assert texts[1].startswith("2- display at the workplace")


def test_a_brazilian_style_paragraph_or_item_opening_a_page_starts_a_paragraph() -> None:
    """A Brazilian-style statute: the "Sole paragraph." of an article, a paragraph "§ 2º" or an
    item "II -" (a capital Roman numeral and a spaced hyphen before a lower-case word) opening a
    page after a last line that fills the column starts a paragraph (Itaguara Art. 143)."""
    lines = [
        at("Art. 143. The disclosure of judicial, police and administrative acts that", 9, 720),
        at("concern adolescents to whom an infraction is attributed is prohibited.", 9, 733),
        at("Sole paragraph. No news of the fact may identify the child or adolescent.", 10, 110),
        at("§ 1º In no case shall the period of internment exceed three", 10, 127),
        at("years, nor the adolescent be held with adults.", 10, 140),
        at("II - dangerous, unhealthy or arduous work;", 11, 110, x1=300),
    ]
    texts = [p.text for p in cleanup.unwrap_paragraphs(lines)]
    assert [text[:12] for text in texts] == [
        "Art. 143. Th",
        "Sole paragra",
        "§ 1º In no c",
        "II - dangero",
    ]


def test_a_clause_lettered_with_a_hyphen_opening_a_page_starts_a_paragraph() -> None:
    """An Iranian- or Jordanian-style clause "B- ..." at the top of a page, after a clause
    whose last line runs to the right edge and ends in a semicolon: no gap shows the break,
    only the capital letter and its hyphen."""
    lines = [
        at("A- establish in the centre of every province a special branch of the public", 2, 700),
        at("and revolutionary prosecution office for the offences under this Law;", 2, 714, x1=518),
        at("B- assign to those branches judges and prosecutors who have received training", 3, 80),
        at("in the rights of the child and in the hearing of children;", 3, 94, x1=400),
    ]
    paragraphs = cleanup.unwrap_paragraphs(lines)
    assert [p.text[:3] for p in paragraphs] == ["A- ", "B- "]
