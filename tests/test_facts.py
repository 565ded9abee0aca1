"""Numbers, ages and penalties read from the words of the law."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreview.analysis.facts import (
    find_ages,
    find_penalties,
    general_fine_rules,
    general_maxima,
    graded_penalties,
    number_words,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("eighteen", 18),
        ("eighteen (18)", 18),
        ("twenty-five", 25),
        ("one hundred and twenty", 120),
        ("two hundred thousand", 200_000),
        ("1,000", 1000),
        ("15 (fifteen)", 15),
        ("4", 4),
        ("Fifteen", 15),
        ("not a number", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@given(st.integers(min_value=0, max_value=999_999))
def test_number_words_round_trip(value: int) -> None:
    assert parse_number(number_words(value)) == value


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("a person below the age of eighteen (18) years", [(18, "under")]),
        ("a child who has not yet reached eighteen years of age", [(18, "under")]),
        ("No child under the age of 14 years shall be employed", [(14, "under")]),
        ("children from the age of 12 years may be employed in light work", [(12, "at_least")]),
        ("a person 16 years or more but under 18 years", [(16, "at_least"), (18, "under")]),
        ("a person under 16", [(16, "under")]),
        ("imprisonment for a term of 3 years or more", []),
        ("young persons of not less than sixteen years of age", [(16, "at_least")]),
        ("a person who has not reached the age of 16", [(16, "under")]),
        ("a person who is not yet 18 (eighteen) years old", [(18, "under")]),
        ("a person who has not completed his fourteenth year of age", [(14, "under")]),
        ("a young person having completed the 16th year", [(16, "at_least")]),
        (
            "The minimum age for the employment or engagement of a child in any work, whether "
            "or not under a contract of employment, shall be fourteen years.",
            [(14, "at_least")],
        ),
        (
            "The minimum age for admission to employment or work shall be 14 years.",
            [(14, "at_least")],
        ),
        ("a minimum age of eighteen for hazardous work", [(18, "at_least")]),
        ("a minor worker who has reached full 16 years of age", [(16, "at_least")]),
        ("the minimum age is set by the Minister", []),
        ("in the third year of the programme", []),
        ("before reaching the age of fifteen years", [(15, "under")]),
        ("Minors aged 14 and above may be employed", [(14, "at_least")]),
        ("Children aged twelve and thirteen years may do light work", [(12, "at_least")]),
        ("persons between the ages of 13 and 15 years", [(13, "at_least")]),
        ("a child aged 12 and his parents", []),
        ("within fourteen days of the order", []),
        ("a person who has not yet turned eighteen", [(18, "under")]),
        ("Every person who has not completed (18) eighteen years of age", [(18, "under")]),
        ("a child who has reached the age of thirteen may", [(13, "at_least")]),
        (
            "until the end of the first March 31 following the date on which the child "
            "reaches the age of fifteen",
            [(15, "under")],
        ),
    ],
)
def test_find_ages(text: str, ages: list[tuple[int, str]]) -> None:
    assert [(a.age, a.relation) for a in find_ages(text)] == ages


@pytest.mark.parametrize(
    ("item", "ages"),
    [
        ("is under 14; or", [(14, "under")]),
        ("is under 16 and the work is hazardous work;", [(16, "under")]),
        ("has worked for under 14 days;", []),
        ("is punished by imprisonment for a term not less than five years;", []),
    ],
)
def test_an_item_of_a_list_about_a_person_states_an_age_without_naming_one(
    item: str, ages: list[tuple[int, str]]
) -> None:
    """In an item of a list whose opening words are about a person ("the work of a
    child is child labour if the child:"), "is under 14" is an age, though the item
    names no age or person; days and prison terms are not."""
    assert [(a.age, a.relation) for a in find_ages(item, about_person=True)] == ages
    assert find_ages(item) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "is liable on conviction to imprisonment for a term of not less than seven years "
            "and not more than twenty years.",
            (7, 20, False, False, False),
        ),
        (
            "shall be liable to imprisonment for a term of four to ten years and a fine of "
            "eighty thousand to two hundred thousand Baht",
            (4, 10, False, True, False),
        ),
        (
            "liable on conviction to a fine not exceeding fifty thousand dollars or to "
            "imprisonment for a term not exceeding five years.",
            (None, 5, False, True, True),
        ),
        (
            "shall, on conviction, be punished with imprisonment for a term which may extend "
            "to seven years and may also be liable to a fine",
            (None, 7, False, True, False),
        ),
        (
            "the offender is liable on conviction to imprisonment for life.",
            (None, None, True, False, False),
        ),
        ("shall be punished by imprisonment of two to eight years", (2, 8, False, False, False)),
        ("imprisonment of up to four years or a fine, or both", (None, 4, False, True, True)),
        (  # a US code's misdemeanour: a fine, jail, "or by both"
            "shall be punished by a fine of not more than $4,000, by confinement in jail for a "
            "term of not more than one year, or by both the fine and the confinement.",
            (None, 1, False, True, True),
        ),
        (
            "shall be liable to imprisonment for a term of six (6) months",
            (None, 0.5, False, False, False),
        ),
        ("shall be punished with a fine of up to 10,000 euros.", (None, None, False, True, False)),
        (
            "shall be punishable with rigorous imprisonment for a term which shall not be less "
            "than seven years, but which may extend to ten years, and shall also be liable to fine",
            (7, 10, False, True, False),
        ),
        (
            "shall be punished with imprisonment for a minimum of 3 (three) years and a maximum "
            "of 15 (fifteen) years and a fine of a minimum of Rp120,000,000.00",
            (3, 15, False, True, False),
        ),
        (
            "shall be punished with imprisonment of at most 5 (five) years and/or a fine of at "
            "most Rp100,000,000.00",
            (None, 5, False, True, True),
        ),
        (
            "shall be sentenced to fixed-term imprisonment of not more than three years or "
            "criminal detention, and shall also, or shall only, be fined",
            (None, 3, False, True, True),
        ),
        (
            "shall face a fine of from VND 50,000,000 to VND 200,000,000 or face a penalty of "
            "up to 03 years' community sentence or 01 - 05 years' imprisonment",
            (1, 5, False, True, True),
        ),
        (
            "shall be liable to a fine of one thousand dollars and, in default of payment, to "
            "imprisonment for six months",
            (None, 0.5, False, True, False),
        ),
        (
            "is punishable by seven years' imprisonment and a fine of 150,000 euros",
            (None, 7, False, True, False),
        ),
        (
            "shall be punished by deprivation of liberty for a term of three to eight years",
            (3, 8, False, False, False),
        ),
        ("Penalty: 60 penalty units.", (None, None, False, True, False)),
        (
            "shall be punishable by a fine in the amount of five hundred to one thousand monthly "
            "calculation indices, or by correctional labour for up to two years, or by "
            "restriction of liberty for up to three years, or by deprivation of liberty for the "
            "same term",
            (None, 2, False, True, True),
        ),
        (
            "Penalty: Imprisonment for 7 years or 420 penalty units, or both.",
            (None, 7, False, True, True),
        ),
        (  # the same without "or both": the fine in penalty units still replaces prison
            "Penalty: Imprisonment for 7 years or 420 penalty units.",
            (None, 7, False, True, True),
        ),
        (
            "Maximum penalty—300 penalty units or 5 years imprisonment.",
            (None, 5, False, True, True),
        ),
        (  # a Swiss-style custodial sentence or monetary penalty: the court may choose
            "is liable to a custodial sentence not exceeding three years or to a monetary penalty",
            (None, 3, False, True, True),
        ),
        (  # figures then words, as Gulf-style laws print them
            "shall be punished by imprisonment for a period not exceeding (3) three years and a "
            "fine of not less than (30,000) thirty thousand dirhams",
            (None, 3, False, True, False),
        ),
        (
            "shall be punished by temporary imprisonment for not less than (5) five years",
            (5, None, False, False, False),
        ),
        (
            "shall be punished by imprisonment for a period not exceeding (7) seven years and a "
            "fine of not less than (20,000) twenty thousand dirhams, or by either of these two "
            "penalties",
            (None, 7, False, True, True),
        ),
        (  # "or shall be fined": the court chooses one (Lao style) ...
            "shall be punished by imprisonment from one year to three years or shall be fined "
            "from 5,000,000 Hom to 30,000,000 Hom",
            (1, 3, False, True, True),
        ),
        (  # ... "and shall be fined": both
            "shall be punished by imprisonment from five years to fifteen years and shall be "
            "fined from 10,000,000 Hom to 100,000,000 Hom",
            (5, 15, False, True, False),
        ),
        (  # a fine the court may put in the place of prison
            "the court may replace the penalty of imprisonment by a fine of one hundred "
            "thousand (100,000) to one million (1,000,000) pesos",
            (None, None, False, True, True),
        ),
        (  # a fine the court may sentence a parent to "instead of the imprisonment"
            "the court may, having regard to the circumstances of the offence, sentence the "
            "offender to a fine of the fourth degree instead of the imprisonment provided in "
            "this Article",
            (None, None, False, True, True),
        ),
        (  # ... not a rule that forbids it
            "the Court must not impose a fine in place of the term of imprisonment, but may "
            "impose a fine in addition to it",
            (None, None, False, True, False),
        ),
        (  # a prison term named in a penal code's scale, its duration left to that code
            "shall suffer the penalty of prision correccional or a fine of not less than fifty "
            "thousand pesos (P50,000.00), at the discretion of the court",
            (None, None, False, True, True),
        ),
        (  # prison "or" a number of days of fine (Mexican-style day-fines): the court chooses
            "shall be punished with six months to three years of prison or with three hundred "
            "to one thousand five hundred days of fine",
            (0.5, 3, False, True, True),
        ),
        (  # ... "and" the days of fine: both
            "shall be punished with seven to seventeen years of prison and one thousand to "
            "twenty-five thousand days of fine",
            (7, 17, False, True, False),
        ),
        (  # a term that "may not exceed" a number of years
            "shall be punished by imprisonment for a term fixed by the court, which may not "
            "exceed 12 years",
            (None, 12, False, False, False),
        ),
        (  # a lower end in months and days, as Philippine-style laws print it
            "shall be punished by imprisonment of not less than six (6) months and one (1) day "
            "to six (6) years",
            (0.5, 6, False, False, False),
        ),
        (  # a fine with its kind named ("a cash fine") still replaces prison
            "shall be sentenced to medium imprisonment of not more than three years, or to a "
            "cash fine of not more than one hundred thousand Kohanis",
            (None, 3, False, True, True),
        ),
        (  # "and/or": a fine alone is open to the court
            "shall be sentenced to imprisonment for a maximum period of 15 (fifteen) years "
            "and/or a maximum fine of Rp400,000,000.00",
            (None, 15, False, True, True),
        ),
        (  # a US-style regulation's civil money penalty is a fine
            "shall be subject to a civil money penalty in the following amounts:",
            (None, None, False, True, False),
        ),
    ],
)
def test_find_penalties(
    text: str, expected: tuple[float | None, float | None, bool, bool, bool]
) -> None:
    found = find_penalties(text)
    assert len(found) == 1
    penalty = found[0]
    assert (
        penalty.min_years,
        penalty.max_years,
        penalty.life,
        penalty.fine,
        penalty.fine_alternative,
    ) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A child shall not be sentenced to death, or to imprisonment for life, for an offence "
        "committed before the child attained the age of eighteen years.",
        "labour required of a person serving a sentence of imprisonment, whether performed "
        "within the prison or for a public body",
        "Notwithstanding anything contained in any other law, no child shall be sentenced to "
        "death or to imprisonment for life.",
        "b) the sums paid as fines for the offences referred to in this law and as "
        "administrative sanctions under article 9;",  # a fund's income, not a penalty
    ],
)
def test_a_penalty_no_one_may_be_given_being_served_or_paid_is_no_penalty(text: str) -> None:
    assert find_penalties(text) == []


def test_defined_is_not_a_fine() -> None:
    assert find_penalties("acts as defined in Clause 1 of Article 2 of this Law") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2 A custodial sentence lasts at most twenty years. It may be for life.", 20),
        ("The term of imprisonment shall be not more than 15 years.", 15),
        ("Imprisonment is a custodial sentence of at most twenty years.", None),
        ("A custodial sentence lasts at least three days.", None),
        ("The offender is liable to a custodial sentence not exceeding five years.", None),
    ],
)
def test_a_codes_general_maximum_of_a_custodial_sentence(text: str, years: float | None) -> None:
    """The general rule on the longest prison term, not an offence's own term."""
    found = general_maxima([(3, 0, text)])
    assert (found[0][1].max_years if found else None) == years


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "(2) A court that convicts a person of an offence punishable by imprisonment may "
            "fine the offender, either as well as sentencing him to imprisonment or in place "
            "of any imprisonment.",
            True,
        ),
        (
            "(3) Where a penalty line states a term of imprisonment only, the Court must not "
            "impose a fine in place of the term of imprisonment, but may impose a fine in "
            "addition to it.",
            False,
        ),
        ("A person convicted of an offence punishable by imprisonment may also be fined.", False),
    ],
)
def test_a_codes_general_rule_letting_a_fine_replace_prison(text: str, rule: bool) -> None:
    assert general_fine_rules([(7, 0, text)]) == ({0: 7} if rule else {})


def test_a_table_of_grades_sets_a_term_for_each_grade() -> None:
    """A Florida-style penalty section states the term of several grades in one
    sentence, and a life felony's in a sentence of its own."""
    table = (
        "A person convicted of a felony shall be punished by imprisonment for a term which "
        "may not exceed 20 years for a felony of the first degree, 10 years for a felony of "
        "the second degree, and 3 years for a felony of the third degree; a person convicted "
        "of a misdemeanor, by a term which may not exceed 6 months for a misdemeanor of the "
        "first degree."
    )
    terms = graded_penalties(table, find_penalties(table))
    assert {grade: p.max_years for grade, p in terms.items()} == {
        "felony of the first degree": 20,
        "felony of the second degree": 10,
        "felony of the third degree": 3,
        "misdemeanor of the first degree": 0.5,
    }
    life = "A person convicted of a life felony shall be punished by imprisonment for life."
    assert graded_penalties(life, find_penalties(life))["life felony"].life
    fines = "A fine may not exceed $10,000 for a felony of the first degree."
    assert graded_penalties(fines, find_penalties(fines)) == {}
