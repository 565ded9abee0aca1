"""Typed facts read from the words of the law: numbers, ages and penalties.

Numbers come as digits, words or both ("eighteen (18) years"); ages as "under
the age of sixteen", "has not yet reached eighteen years of age", "16 years or
more but under 18"; penalties as "imprisonment for a term not exceeding three
years", "from five to twelve years", "not less than two years and not more than
seven years", "imprisonment for life", and fines that go with ("and") or may
replace ("or") the prison term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
WORDS = rf"(?:{WORD})(?:[\s-]+(?:and\s+)?(?:{WORD}))*"
NUMBER = (
    rf"(?:{WORDS}(?:\s*\(\s*\d[\d,.]*\s*\))?"
    rf"|\d[\d,]*(?:\.\d+)?(?:\s*\(\s*{WORDS}\s*\))?"
    rf"|\(\s*\d[\d,]*\s*\)\s*{WORDS})"
)
"""A number in words, digits, or both, either in brackets ("eighteen (18)", "18 (eighteen)",
"(18) eighteen")."""


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("twenty-five", "one
    hundred and twenty", "eighteen (18)", "18 (eighteen)", "1,000"); None if it
    is neither."""
    text = text.strip().lower()
    bracket = re.search(r"\(\s*(\d[\d,.]*)\s*\)", text)
    if bracket:
        return parse_number(bracket.group(1))
    digits_first = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*\(.*\)", text)
    if digits_first:
        return parse_number(digits_first.group(1))
    digits = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    total, current = 0, 0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if word == "and" or not word:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def number_words(value: int) -> str:
    """An integer below a million in words ("twenty-five"): the inverse of
    `parse_number`, used to check it."""
    if value < 20:
        return next(word for word, number in UNITS.items() if number == value)
    if value < 100:
        tens = next(word for word, number in TENS.items() if number == value - value % 10)
        return tens if value % 10 == 0 else f"{tens}-{number_words(value % 10)}"
    if value < 1000:
        head = f"{number_words(value // 100)} hundred"
        return head if value % 100 == 0 else f"{head} and {number_words(value % 100)}"
    head = f"{number_words(value // 1000)} thousand"
    rest = value % 1000
    if rest == 0:
        return head
    return f"{head} and {number_words(rest)}" if rest < 100 else f"{head} {number_words(rest)}"


@dataclass(frozen=True)
class AgeMention:
    """An age threshold in the text: `age`, the words, and their offsets."""

    age: int
    relation: str
    """under (younger than `age`) or at_least (`age` or older)."""
    text: str
    start: int
    end: int


AGE_UNDER = re.compile(
    rf"\b(?:under|below|(?<!not\s)(?<!no\s)less\s+than|younger\s+than|"
    rf"(?:has\s+)?not\s+(?:yet\s+)?(?:attained|reached|completed|turned)|not\s+yet|"
    rf"before\s+(?:reaching|attaining|turning|completing)|"
    rf"until\b[^.;]{{0,80}}?\b(?:reaches|attains|turns|completes))"
    rf"\s+(?:the\s+)?(?:full\s+)?"
    rf"(?:age\s+of\s+)?(?P<num>{NUMBER})(?:\s+(?:full\s+)?years?)?(?:\s+of\s+age)?",
    re.IGNORECASE,
)
AGE_AT_LEAST = re.compile(
    rf"\b(?:(?:from|over|above|at\s+least|not\s+less\s+than|no\s+less\s+than|"
    rf"(?:has|have|having)\s+(?:reached|attained|completed|turned))"
    rf"\s+(?:the\s+)?(?:full\s+)?(?:age\s+of\s+)?(?P<num1>{NUMBER})"
    rf"(?:\s+years?)?(?:\s+of\s+age)?"
    rf"|(?:aged\s+)?(?P<num2>{NUMBER})\s+years?\s+(?:of\s+age\s+)?(?:or|and)\s+"
    rf"(?:more|above|over|older|upwards)"
    rf"|aged\s+(?P<num3>{NUMBER})\s+(?:or|and)\s+(?:more|above|over|older|upwards)"
    rf"|(?:aged|between\s+the\s+ages\s+of)\s+(?P<num4>{NUMBER})\s+(?:and|to)\s+{NUMBER}"
    rf"(?=\s+years?\b))",
    re.IGNORECASE,
)
"""An age from which: "from 15 years", "has attained 16", "16 years or more", and the
lower bound of an age band ("aged twelve and thirteen years", "between the ages of 13 and
15 years")."""
UNDER_WORDS = ("under", "below", "less", "younger", "not", "before", "until")
"""Words no under-age phrase can do without: texts with none of them skip `AGE_UNDER`."""
AT_LEAST_WORDS = (
    "from", "over", "above", "least", "year", "reached", "attained", "completed", "turned",
    "aged",
)  # fmt: skip
"""Words no at-least age phrase can do without: texts with none of them skip
`AGE_AT_LEAST`, whose leading number makes it the slowest pattern to search."""
ORDINALS = {
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
YEAR_OF_AGE = (
    rf"(?:his|her|their|its|the|his\s+or\s+her)\s+(?P<ordinal>{ORDINAL})\s+year"
    rf"(?:\s+of\s+(?:age|life))?"
)
AGE_ORDINAL = re.compile(
    rf"\b(?P<negation>(?:has\s+|have\s+)?not\s+(?:yet\s+)?completed|before\s+completing)?"
    rf"(?(negation)\s+|(?:has|have|having|who\s+has)\s+completed\s+){YEAR_OF_AGE}",
    re.IGNORECASE,
)
"""An age as a year of life completed: "has not completed his fourteenth year" (under
14), "having completed the sixteenth year of age" (16 or older)."""
MINIMUM_AGE = re.compile(
    rf"\bminimum\s+age\b[^.;:]{{0,160}}?\b(?:shall\s+be|is|of)\s+(?:the\s+age\s+of\s+)?"
    rf"(?P<num>{NUMBER})(?:\s+(?:full\s+)?years?)?(?:\s+of\s+age)?",
    re.IGNORECASE,
)
"""A minimum age stated as such: "The minimum age for admission to employment or
work shall be 14 years" (14 or older)."""
AGE_CONTEXT = re.compile(
    r"\b(?:age|aged|years?\s+old|child\w*|minors?|persons?|girls?|boys?)\b", re.I
)


LIST_OPENING = re.compile(r"[:\u2014\u2013-]\s*$")
"""The end of the opening words of a list ("... if the child:", "A person who-")."""
NOT_AGE_UNIT = re.compile(
    r"\s*(?:days?|weeks?|months?|hours?|per\s*cent|percent|%|kilo\w*|kg|\w*grams?|metres?|"
    r"meters?|persons?|employees|workers|years?'?\s+(?:of\s+)?(?:imprisonment|prison|jail))\b",
    re.I,
)
"""Units after a number that make it no age ("under 14 days", "less than 10 employees")."""


PENALTY_BEFORE = re.compile(r"\b(?:imprison\w*|prison|term|sentence\w*|punish\w*|fine)\b", re.I)
"""Words of a penalty before a number, which make it a term, not an age."""


def _age_context(text: str, start: int, end: int, about_person: bool = False) -> bool:
    if (
        about_person
        and not NOT_AGE_UNIT.match(text, end)
        and not PENALTY_BEFORE.search(text, max(0, start - 60), start)
    ):
        return True
    return bool(AGE_CONTEXT.search(text[max(0, start - 40) : end + 15]))


def find_ages(text: str, about_person: bool = False) -> list[AgeMention]:
    """Age thresholds in a text, in order. A number counts as an age only in an
    age phrase ("under the age of 16", "16 years or more") near words of age
    or person ("age", "child", "minor", "person", "years of age"), or anywhere in
    an item of a list whose opening words are about one (`about_person`: "the
    work of a child is child labour if the child: (a) is under 14; ...")."""
    found: list[AgeMention] = []
    lower = text.lower()
    patterns = [(AGE_UNDER, "under")] if any(word in lower for word in UNDER_WORDS) else []
    if any(word in lower for word in AT_LEAST_WORDS):
        patterns.append((AGE_AT_LEAST, "at_least"))
    for pattern, relation in patterns:
        for match in pattern.finditer(text):
            raw = next(g for g in match.groups() if g)
            value = parse_number(raw)
            if (
                value is not None
                and 5 <= value <= 25
                and _age_context(text, *match.span(), about_person)
            ):
                found.append(AgeMention(int(value), relation, match.group(0), *match.span()))
    if "minimum age" in lower:
        for match in MINIMUM_AGE.finditer(text):
            value = parse_number(match.group("num"))
            start, end = match.span("num")
            if (
                value is not None
                and 5 <= value <= 25
                and not any(m.start <= start < m.end for m in found)
            ):
                found.append(AgeMention(int(value), "at_least", text[start:end], start, end))
    if "year" in lower:
        for match in AGE_ORDINAL.finditer(text):
            ordinal = match.group("ordinal").lower()
            age = ORDINALS.get(ordinal) or int(ordinal[:-2])
            relation = "under" if match.group("negation") else "at_least"
            start, end = match.span()
            found = [m for m in found if m.end <= start or m.start >= end]
            found.append(AgeMention(age, relation, match.group(0), start, end))
    return sorted(found, key=lambda a: a.start)


@dataclass(frozen=True)
class PenaltyMention:
    """A penalty in the text, its range in years, and how a fine goes with it."""

    text: str
    start: int
    end: int
    min_years: float | None = None
    max_years: float | None = None
    life: bool = False
    death: bool = False
    fine: bool = False
    prison: bool = False
    fine_alternative: bool = False
    """A fine may be imposed instead of the prison term ("imprisonment ... or a
    fine", "or both"); a fine-only offence has no prison term to replace."""


TERM = rf"(?P<{{name}}>{NUMBER})\s+(?P<{{unit}}>years?|months?|days?)\b"


def _term(name: str) -> str:
    return TERM.format(name=name, unit=f"{name}_unit")


def _years(match: re.Match[str], name: str) -> float | None:
    value = parse_number(match.group(name))
    if value is None:
        return None
    unit = match.group(f"{name}_unit").lower()
    return (
        value / 12 if unit.startswith("month") else value / 365 if unit.startswith("day") else value
    )


PENAL_SCALE = (
    r"prisi[oó]n\s+(?:correccional|mayor)|reclusi[oó]n\s+(?:temporal|perpetua)"
    r"|arresto\s+(?:mayor|menor)"
)
"""Prison terms named in the scale of a Spanish-derived penal code ("prision
correccional", "reclusion temporal"), whose durations that code fixes."""
PRISON = re.compile(
    r"\b(?:imprison\w*|prison|penal\s+servitude|incarceration|detention|gaol|jail|"
    rf"deprivation\s+of\s+liberty|custodial\s+sentence|{PENAL_SCALE})\b",
    re.I,
)
FROM_TO = re.compile(
    rf"(?:from|of|between)?\s*{_term('lo')}(?:\s+and\s+{NUMBER}\s+days?)?"
    rf"\s+(?:to|and|up\s+to)\s+{_term('hi')}",
    re.I,
)
"""A range of terms, its lower end perhaps in months and days ("six (6) months and
one (1) day to six (6) years")."""
RANGE = re.compile(rf"(?:from|of|between)\s+(?P<lo>{NUMBER})\s+(?:to|and)\s+{_term('hi')}", re.I)
BARE_RANGE = re.compile(rf"\b(?P<lo>{NUMBER})\s+(?:to|-|–)\s+{_term('hi')}", re.I)
MINIMUM = re.compile(
    rf"(?:(?:shall\s+)?not\s+(?:be\s+)?less\s+than|at\s+least|minimum\s+of|no\s+less\s+than)"
    rf"\s+{_term('lo')}",
    re.I,
)
MAXIMUM = re.compile(
    rf"(?:not\s+exceeding|not\s+more\s+than|up\s+to|may\s+extend\s+to|maximum\s+of|no\s+more\s+than|"
    rf"at\s+most|"
    rf"of\s+up\s+to|(?:shall|may|must)\s+not\s+exceed|exceeding)\s+{_term('hi')}",
    re.I,
)
PLAIN_TERM = re.compile(
    rf"(?:(?:for|of|to)\s+(?:a\s+term\s+of\s+)?"
    rf"|\b(?={NUMBER}\s+(?:years?|months?)['’]?\s+(?:of\s+)?(?:imprisonment|prison)))"
    rf"{_term('hi')}",
    re.I,
)
LIFE = re.compile(r"\b(?:imprisonment\s+for\s+life|life\s+imprisonment|for\s+life)\b", re.I)
DEATH = re.compile(
    r"\b(?:death\s+penalty|punish\w*\s+with\s+death|sentence\s+of\s+death|death)\b", re.I
)
FINE = re.compile(r"\b(?:fine[sd]?|penalty\s+units?|(?:monetary|money)\s+penalty)\b", re.I)
FINE_OR_PRISON = re.compile(
    rf"\b(?:imprison\w*|prison|deprivation\s+of\s+liberty|custodial\s+sentence|{PENAL_SCALE})\b"
    r"[^.;]{0,240}?"
    r"\bor\s+(?:to\s+|by\s+|with\s+)?(?:a\s+)?(?:(?:judicial|criminal|cash|maximum)\s+)?"
    r"(?:fine|monetary\s+penalty|[\d,]+\s+penalty\s+units?"
    r"|(?:[\w,-]+\s+){1,8}?(?:days?\s+of\s+fines?|day-fines?))"
    r"|\b(?:imprison\w*|prison|deprivation\s+of\s+liberty)\b[^.;]{0,240}?\bor\s+(?:shall\s+)?"
    r"(?:only,?\s+)?be\s+fined"
    r"|\bfine\b[^.;]{0,240}?\bor\s+(?:to\s+|by\s+|with\s+)?(?:imprison\w*|prison|deprivation\s+of\s+liberty)"
    r"|\bpenalty\s+units?\s+or\s+(?:[\w()]+\s+){0,4}?(?:imprison\w*|prison)"
    r"|\bfine\b[^.;]{0,240}?\bor\s+(?!in\s+default)(?:face\s+|be\s+liable\s+to\s+)?(?:a\s+)?"
    r"(?:penalty|sentence)\b[^.;]{0,80}?\bor\s+[^.;]{0,20}?\b(?:imprison\w*|prison|deprivation\s+of\s+liberty)"
    r"|\b(?:imprison\w*|prison|custodial\s+sentence)\s+by\s+(?:a\s+)?fine\b"
    r"|\b(?:replac|substitut|commut|convert)\w*\b[^.;]{0,60}?\b(?:imprison\w*|prison)\b[^.;]{0,30}?"
    r"\b(?:by|with|for|into)\s+(?:a\s+)?fine\b"
    r"|\b(?:imprison\w*|prison)\b[^.;]{0,40}?\b(?:replaced|substituted|commuted|converted)\s+"
    r"(?:by|with|into|to)\s+(?:a\s+)?fine\b"
    r"|\bsentence\w*\b[^.;]{0,40}?\bto\s+(?:a\s+)?fine\b[^.;]{0,60}?"
    r"\b(?:instead|in\s+place|in\s+lieu)\s+of\s+(?:the\s+)?(?:imprison\w*|prison)",
    re.I,
)
"""Prison that a fine may replace: "imprisonment ... or a fine", "imprisonment from one
year to five years or a judicial fine", "six months to three years of prison or ... three
hundred ... days of fine", "imprisonment ... or shall be fined", "imprisonment ... or to a
cash fine", "imprisonment ... and/or a maximum fine", "a fine or imprisonment", "the court
may replace the penalty of imprisonment by a fine", "the court may ... sentence the
offender to a fine of the fourth degree instead of the imprisonment", and in
penalty units, "Imprisonment for 7 years or 420 penalty units", "300 penalty units or 5
years imprisonment"."""
EITHER_PENALTY = re.compile(
    r"\bor\s+(?:by\s+|to\s+|with\s+)?both\b|\bor\s+(?:by\s+|to\s+|with\s+)?(?:either|one)\s+of\s+(?:these|the|those)"
    r"\s+two\s+(?:penalties|punishments)\b",
    re.I,
)
"""Prison and a fine that the court may choose between: "or both", "or by both the fine
and the confinement", "or by either of these two penalties"."""
GRADE = re.compile(
    r"\b(?:(?:felony|misdemeanou?r) of the (?:first|second|third|fourth) degree"
    r"|(?:capital|state jail|life) felony"
    r"|class [a-e] (?:felony|misdemeanou?r)|(?:first|second|third|fourth)[- ]degree "
    r"(?:felony|misdemeanou?r))\b",
    re.I,
)
"""A grade of offence whose punishment another provision sets, as a US state code
grades them ("An offense under this section is a felony of the second degree",
"Sec. 12.33. FELONY OF THE SECOND DEGREE. An individual adjudged guilty of ...",
"commits a misdemeanor of the first degree, punishable as provided in s. 775.082")."""
GRADED_TERM = re.compile(rf"{_term('hi')}\s+for\s+(?:a|an|any)\s+(?P<grade>{GRADE.pattern})", re.I)
"""A term a table of grades sets: "25 years for a felony of the first degree"."""
CONVICTED_OF_GRADE = re.compile(rf"\bconvicted\s+of\s+(?:a|an)\s+(?P<grade>{GRADE.pattern})", re.I)
"""A grade whose penalty the rest of the sentence states: "A person convicted of a
life felony shall be punished by imprisonment for life"."""


def grade_name(words: str) -> str:
    """A grade's words as one name, whatever their case and spacing ("FELONY OF THE
    SECOND DEGREE", "felony of the\nsecond degree")."""
    return " ".join(words.lower().split())


GENERAL_MAXIMUM = re.compile(
    r"\b(?:a|the)\s+(?:penalty\s+of\s+)?(?:custodial\s+sentence|sentence\s+of\s+imprisonment"
    r"|term\s+of\s+imprisonment|deprivation\s+of\s+liberty)\s+(?:lasts|is|shall\s+be)\s+"
    r"(?:(?:at\s+least|not\s+less\s+than|no\s+less\s+than)\s+[^,;.]{1,30}?\s+and\s+)?"
    rf"(?:at\s+most|not\s+more\s+than|no\s+more\s+than)\s+{_term('hi')}",
    re.I,
)
"""A code's general rule on the longest prison term ("A custodial sentence lasts at
most twenty years", "The penalty of deprivation of liberty lasts no less than one month
and no more than fifteen (15) years"), the maximum of an offence punished by "a
custodial sentence" with no term of its own."""


PENALTY_CLAUSE = re.compile(
    r"\b(?:liable|punish\w*|sentenced?|(?:civil\s+)?money\s+penalt(?:y|ies)|penalty|penalties"
    r"|imprison\w*|fine[sd]?)\b[^.]*",
    re.I,
)
NO_PENALTY_LAID = re.compile(
    r"\b(?:not|never)\s+be\s+$|\bno\s+\w+\s+(?:shall|may|will)\s+be\s+$"
    r"|\b(?:serv|undergo|complet)\w*\s+(?:an?|his|her|their|the)\s+$"
    r"|\b(?:paid|collected|received|recovered)\s+(?:as|by\s+way\s+of)\s+$",
    re.I,
)
"""The words before a penalty clause that lays no penalty: one no one may be given ("A
child shall not be sentenced to death, or to imprisonment for life", "no child shall be
sentenced to death"), one being served
("labour required of a person serving a sentence of imprisonment"), money already paid
as one ("The Fund shall be financed by ... the sums paid as fines for the offences
referred to in this law")."""


PENALTY_WORDS = ("liab", "punish", "sentenc", "penalt", "imprison", "fine")
"""Word starts no penalty clause can do without: texts with none skip the patterns."""


def find_penalties(text: str) -> list[PenaltyMention]:
    """Penalty clauses in a text, each with its prison range and fines."""
    lower = text.lower()
    if not any(word in lower for word in PENALTY_WORDS):
        return []
    found = []
    for clause in PENALTY_CLAUSE.finditer(text):
        if NO_PENALTY_LAID.search(text, max(0, clause.start() - 30), clause.start()):
            continue
        words = clause.group(0)
        if not (PRISON.search(words) or FINE.search(words)):
            continue
        lo = hi = None
        for pattern in (FROM_TO, RANGE, BARE_RANGE):
            match = pattern.search(words)
            if match:
                if "lo_unit" in match.groupdict() and match.group("lo_unit"):
                    lo = _years(match, "lo")
                elif match.groupdict().get("lo"):
                    low = parse_number(match.group("lo"))
                    unit = match.group("hi_unit").lower()
                    lo = None if low is None else (low / 12 if unit.startswith("month") else low)
                hi = _years(match, "hi")
                break
        if hi is None:
            maximum = MAXIMUM.search(words)
            hi = _years(maximum, "hi") if maximum else None
        if lo is None:
            minimum = MINIMUM.search(words)
            lo = _years(minimum, "lo") if minimum else None
        if lo is None and hi is None and PRISON.search(words):
            plain = PLAIN_TERM.search(words)
            if plain:
                hi = _years(plain, "hi")
        prison = bool(PRISON.search(words))
        fine = bool(FINE.search(words))
        alternative = prison and states_fine_alternative(words)
        found.append(
            PenaltyMention(
                text=words.strip(),
                start=clause.start(),
                end=clause.start() + len(words.rstrip()),
                min_years=lo,
                max_years=hi,
                life=bool(LIFE.search(words)),
                death=bool(DEATH.search(words))
                and bool(re.search(r"punish|sentence|penalty", words, re.I)),
                fine=fine,
                prison=prison,
                fine_alternative=alternative,
            )
        )
    return [p for p in found if p.max_years or p.min_years or p.life or p.death or p.fine]


def states_fine_alternative(text: str) -> bool:
    """Whether a penalty's own words let a fine replace its prison term."""
    return bool(FINE_OR_PRISON.search(text) or EITHER_PENALTY.search(text))


GENERAL_FINE_ALTERNATIVE = re.compile(
    r"\bconvict\w*\b[^.;]{0,40}?\bof (?:an|any) offen[cs]e punishable by imprisonment\b"
    r"[^.;]{0,60}?\bmay\s+(?:fine|impose\s+a\s+fine)\b[^.;]{0,120}?"
    r"\b(?:in place of|instead of|in lieu of)\s+(?:any\s+)?(?:term\s+of\s+)?imprisonment\b",
    re.I,
)
"""A code's general rule letting a court fine an offender in place of prison for any
offence punishable by imprisonment ("a court that convicts a person of an offence
punishable by imprisonment may fine the offender, either as well as sentencing him to
imprisonment or in place of any imprisonment")."""


def general_fine_rules(passages: Iterable[tuple[int, int, str]]) -> dict[int, int]:
    """Per law, the passage stating its general rule letting a fine replace any
    imprisonment (`GENERAL_FINE_ALTERNATIVE`), from each passage's index, law and text."""
    found: dict[int, int] = {}
    for index, law, text in passages:
        if (
            law not in found
            and "punishable by imprisonment" in text
            and GENERAL_FINE_ALTERNATIVE.search(text)
        ):
            found[law] = index
    return found


def with_general_fine_alternative(
    penalties: dict[int, list[PenaltyMention]], law_of: dict[int, int], rules: dict[int, int]
) -> dict[int, list[PenaltyMention]]:
    """The penalties as a law's general rule on fines (`rules`, per law) reads them:
    every prison term of that law short of life or a minimum term may be replaced by a
    fine. `law_of`: the law of each passage."""
    if not rules:
        return penalties
    return {
        index: [
            replace(m, fine_alternative=True)
            if law_of[index] in rules
            and m.prison
            and not (m.life or m.death)
            and m.min_years is None
            else m
            for m in mentions
        ]
        for index, mentions in penalties.items()
    }


def _term_mention(match: re.Match[str], *, prison: bool) -> PenaltyMention:
    """The penalty a rule's words set as a longest term (its `hi` group: "at most twenty
    years", "25 years for a felony of the first degree")."""
    return PenaltyMention(
        text=match.group(0),
        start=match.start(),
        end=match.end(),
        max_years=_years(match, "hi"),
        prison=prison,
    )


def general_maxima(
    passages: Iterable[tuple[int, int, str]],
) -> dict[int, tuple[int, PenaltyMention]]:
    """Per law, the longest prison term its general rule sets (`GENERAL_MAXIMUM`), with
    the passage stating it, from each passage's index, law and text."""
    found: dict[int, tuple[int, PenaltyMention]] = {}
    for index, law, text in passages:
        if law in found or ("most" not in text and "more than" not in text):
            continue
        rule = GENERAL_MAXIMUM.search(text)
        if rule is not None:
            found[law] = (index, _term_mention(rule, prison=True))
    return found


def graded_penalties(text: str, penalties: list[PenaltyMention]) -> dict[str, PenaltyMention]:
    """The penalty a table of grades sets for each grade it names, by the grade's
    words (lower case): the term "for a felony of the first degree", else the
    penalty of the sentence punishing a person "convicted of a life felony"."""
    lower = text.lower()
    if "felony" not in lower and "misdemean" not in lower:
        return {}
    found: dict[str, PenaltyMention] = {}
    prison = bool(PRISON.search(text))
    for match in GRADED_TERM.finditer(text):
        found.setdefault(grade_name(match.group("grade")), _term_mention(match, prison=prison))
    for match in CONVICTED_OF_GRADE.finditer(text):
        grade = grade_name(match.group("grade"))
        following = next(
            (
                p
                for p in penalties
                if p.start >= match.end() and not re.search(r"\.\s", text[match.end() : p.start])
            ),
            None,
        )
        if following is not None:
            found.setdefault(grade, following)
    return found
