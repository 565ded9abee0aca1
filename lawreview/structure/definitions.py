"""Defined terms: quoted terms followed by means / includes / refers to, and in
an interpretation provision also unquoted terms ("1. Human trafficking means ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lawreview.model import Definition, Provision

VERBS = (
    r"(?:shall\s+mean|shall\s+include|means|includes|refers?\s+to|has\s+the\s+meaning"
    r"|is\s+defined\s+as)"
)
QUOTED = re.compile(
    rf"[\"'](?P<term>[^\"'\n]{{1,80}}?)[\"']\s*(?:\([^)]{{1,60}}\)\s*)?"
    rf"(?:as\s+(?:mentioned|used|referred\s+to)\s+in\s+"
    rf"(?P<scope>this\s+(?:Law|Act|Code|Chapter|Part|Decree|Order|Ordinance|Regulation)"
    rf"|these\s+(?:Provisions|Regulations|Rules|Measures)"
    rf"|(?:Chapter|Part|Division|Title)\s+[0-9IVXLC]+)\s+)?"
    rf"(?:,\s*in\s+relation\s+to\s+[^,\n\"']{{1,40}},)?"
    rf",?\s*(?P<verb>{VERBS})\b"
)
"""A quoted term and its verb: '"child" means', '"Minors" as mentioned in this Law refer to',
'"Minors" as mentioned in these Provisions refers to' (a State Council regulation),
'"young person" as used in Chapter IV means', '"exploitation", in relation to a
person, means'."""
BRACKETED = re.compile(
    rf"\b(?:expression|word|term|phrase)\s+\((?P<term>[^()\n]{{1,80}})\)\s*,?\s*(?P<verb>{VERBS})\b"
)
"""A term in brackets after the word "expression" or "word", as translations of Arab laws
write them: "the expression (crimes of trafficking in persons) shall mean:", "the word
(exploitation) shall mean ..."."""
UNQUOTED = re.compile(
    rf"^(?:(?P<article>[Aa]n?|the)\s+(?=[a-z]))?(?P<term>(?(article)[a-z]|[A-Z])[\w'\- ]{{1,60}}?)"
    rf"(?:\s*[\u2013\u2014]|\s+-)?\s+(?P<verb>{VERBS}|is|are)\s+(?P<meaning>\S.*)$",
    re.DOTALL,
)
"""An unquoted term in an interpretation provision: "Child means ...", "Child – refers to",
and in a francophone list "a child is any person who ...", or a code's explanation of its
terms "A minor is a person who has not attained 18 years of age"."""
CONDITIONAL = re.compile(r"\b(?:if|where|when)\b")
"""Words making "X is Y" a condition under which a thing is so, not what a term means."""
LISTED = re.compile(
    rf"^(?P<term>[A-Za-z][\w'\u2019\-, ]{{0,60}}?)"
    rf"(?:,\s*(?P<scope>in\s+(?:this|these|Parts?|Divisions?|sections?|subsections?)\b[^,\n]{{0,30}}),"
    rf"|,\s*in\s+relation\s+to\s+[^,\n]{{1,40}},)?"
    rf"\s+(?P<verb>{VERBS}|include)\s+(?P<meaning>\S.*)$"
)
"""A line of a definitions list whose terms stand unquoted at the head of each line,
in a small letter where the term is one ("child means a person under the age of 18
years", "young person, in Part 7, means ...", "coerce, in relation to a person, means ...",
"every one, any one, and person include a body corporate"), as a New Zealand or
Australian reprint prints them."""
DASHED = re.compile(
    r"^(?P<term>[a-z][\w'\- ]{1,60}?)\s+[\u2013\u2014]\s+(?P<meaning>\S.*)$", re.DOTALL
)
"""A clause of an interpretation provision that reads "term – meaning", as Central Asian
laws list their basic concepts ("1) child – a person who has not reached eighteen years
of age (majority);")."""
NOT_A_TERM = re.compile(
    r"^(?:Where|If|When|Unless|Whether|Although)\b|\b(?:who|which|whose)$|\bth(?:is|ese)\b"
)
"""Words opening a clause, not a defined term ("Where a person is charged ..."); a
subject a relative clause goes on to describe ("a person who is an employee of"); or
one pointing at the law itself ("The provisions of this law are without prejudice")."""
UNITS_NAMED = (
    r"(?:Articles?|[Ss]ections?|§§?)\s+\d+[\w.-]*"
    r"(?:\s*(?:,|and|or|to)\s*(?:(?:Articles?|[Ss]ections?|§)\s+)?\d+[\w.-]*)*"
)
"""Units named by number: "Article 47 and Article 48", "sections 9 to 12"."""
PARTS_NAMED = (
    r"(?:[Ss]ub-?sections?|[Pp]aragraphs?)\s*\(\w{1,4}\)(?:\s*(?:,|and|or|to)\s*\(\w{1,4}\))*"
)
"""Parts of the provision at hand, named by number: "subsection (1)", "paragraphs (a)
and (b)"."""
NAMES_UNITS = re.compile(f"{UNITS_NAMED}|{PARTS_NAMED}")


def names_units(scope: str | None) -> bool:
    """Whether a definition's scope names the provisions it holds for ("Article
    47 and Article 48"), rather than the whole law or a Part of it."""
    return bool(scope and NAMES_UNITS.match(scope))


CONTAINER_NAMED = r"(?:Chapter|Part|Title|Book|Division)\s+(?:[0-9]+|[IVXLC]+)[A-Za-z]?\b"
"""A container of the law named by its number: "Chapter XXV", "Part 3"."""
IN_PASSING_SCOPE = (
    r"\b(?:[Ff]or the (?:purposes?|application) of|[Ii]n(?: the provisions of)?) (?P<scope>this "
    r"(?:Code|Act|Law|Part|Chapter|Title|Book|Division|section|Section|article|Article|§|[Dd]ecree|"
    rf"[Oo]rder|Ordinance|Proclamation|Regulations?)|{UNITS_NAMED}|{CONTAINER_NAMED})"
    r"[^,.;]{0,40},\s*"
)
"""The scope opening a definition in running text: "For the purposes of this Code,",
"For the purposes of sections 279.01 to 279.03,", "In the provisions of Chapter XXV,"."""
IN_PASSING = re.compile(
    rf"{IN_PASSING_SCOPE}(?:a|an|the)\s+[\"']?"
    r"(?P<term>[a-z][\w -]{1,40}?)[\"']?\s+(?:is|means|shall mean|refers to)\s+(?P<meaning>[^.;]+)"
)
"""A definition in running text: "For the purposes of this Code, a child is a person ...",
"For the purposes of Article 47 and Article 48 of this Law, a child refers to ..."."""
CONJOINED = re.compile(
    r",?\s+and\s+(?:a|an|the)\s+[\"']?(?P<term>[a-z][\w -]{1,40}?)[\"']?\s+"
    r"(?:is|means|shall mean|refers to)\s+(?P<meaning>[^.;]+)"
)
"""A second definition joined to one in running text: "..., a child is a person who has
not yet completed twelve years of age, and an adolescent is a person who has completed
twelve years and not yet eighteen years of age"."""
ACTION_DEFINED = re.compile(
    rf"{IN_PASSING_SCOPE}a person (?P<term>[a-z]{{4,30}}s) (?:another|a) person\b"
    r"(?P<meaning>[^.;]*?\b(?:if|where|when)\b[^.;]+)"
)
"""An act defined by when a person does it, in running text: "For the purposes of
sections 279.01 to 279.03, a person exploits another person if they cause ..."."""
NAMED_AFTER = re.compile(
    r"(?P<meaning>\b(?:persons?|individuals?)\b[^.;:()]{0,120}?[a-z])\s*\((?:hereinafter"
    r"(?: referred to as| called)?\s+)?[\"'\u201c]?(?!the |a |an )"
    r"(?P<term>[a-z][a-z -]{2,30}?)[\"'\u201d]?\)"
)
"""A term named in brackets after what it means: "persons who have not attained
eighteen years of age (minors)", "persons under 18 (hereinafter "children")"."""
NAMED_LAST = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:[Ee]very|[Aa]ny|[Aa]n?)\s+(?P<meaning>(?:persons?|workers?|employees?|"
    r"individuals?)\b[^.;:]{0,120}?\b(?:age|years?\s+old)\b[^.;:]{0,30}?)\s+(?:is|are)\s+"
    r"(?:an?\s+)(?P<term>[a-z][a-z -]{2,30}?)(?=\s*[,.;]|\s+(?:and|for|within)\b)"
)
"""A term named after what it means, in a sentence of its own: "Every worker who has
not yet reached 18 years of age is a minor worker, and ..."."""
COLON = re.compile(
    r"^(?:[-–—•][ \t]+)?(?!(?:Notes?|Examples?|Explanation|Illustrations?|Penalty|Provided)\b)"
    r"(?:The[ \t]+)?(?P<term>[A-Za-z][\w'\- ]{0,60}?):[ \t]+(?P<meaning>\S[^\n]*)$",
    re.M,
)
"""A term and its meaning after a colon, a line of an interpretation provision of its
own ("Child: Every person who has not completed eighteen years of age.", "The Child: ...",
the article no part of the term, "4) minor: a
natural person who has not reached the age of eighteen years;", a dash line "- child:
any person aged under eighteen (18) years;"); not a note, example or penalty line
("Note: ...")."""
COLON_ABOVE = re.compile(
    r"^(?!(?:Notes?|Examples?|Explanation|Illustrations?|Penalty|Provided)\b)"
    r"(?:The[ \t]+)?(?P<term>[A-Z][\w'\- ]{0,40}?):[ \t]*\n(?P<meaning>[A-Z][^\n]*)$",
    re.M,
)
"""A term standing alone on its line with a colon, its meaning on the next line, as a
Gulf government's translation of a Law on Domestic Workers sets its definitions out
("Juvenile:" / "Every person who has not completed eighteen years of age."); the term
of at most four words and no lead-in ("In this Law:", "For the following purposes:")."""
LEAD_IN_WORDS = re.compile(r"\b(?:this|these|that|following|purposes?|shall|may)\b", re.I)
INTERPRETATION_HEADING = re.compile(
    r"interpretation|definition|meaning|terms?\b|glossary|concepts?\b", re.I
)
INTERPRETATION_TEXT = re.compile(
    r"\b(?:unless the context|the following (?:terms|words|expressions)|terms? below|"
    r"(?:words|terms|expressions) (?:used |contained )?in this \w+ (?:shall )?(?:have|be construed)"
    r"|shall have the meanings? (?:given|assigned|set out|set forth|hereunder)"
    r"|the following (?:basic )?concepts"
    r"|the following (?:are|shall be) (?:understood|meant|defined) as\b"
    r"|^\s*(?:for the purposes? of|in) this \w+\s*:)",
    re.I,
)
SCOPE = re.compile(
    rf"\b(?:[Ii]n|[Ff]or the (?:purposes?|application) of)\s+(?P<scope>this\s+(?:Act|Law|Code|"
    r"Part|Chapter|Title|Book|Division|section|Section|Article|article|§|Schedule|[Dd]ecree|[Oo]rder|Ordinance|"
    rf"Proclamation|Regulations?)\b|{PARTS_NAMED}(?=\s*,))"
)


SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
"""A full stop after a word (not an abbreviation such as "s." or "No.") before a capital."""


def opening_text(provision: Provision) -> str:
    """The words a provision opens with, its first sub-provision's included."""
    return " ".join(part.text for part in provision.walk()[:2])


INTERPRETATION_CONTAINER = re.compile(
    r"(?:explanation of (?:statutory )?(?:terms|expressions)|definitions?|interpretation"
    r"|meaning of (?:terms|words|expressions))\.?",
    re.I,
)
"""The whole heading of a chapter (or Part, Title) there to define the law's terms
("Chapter XIV / Explanation of statutory terms", "Chapter 2 – Meaning of terms")."""


def is_interpretation(provision: Provision) -> bool:
    """Whether a provision is an interpretation (definitions) provision."""
    return bool(
        (provision.heading and INTERPRETATION_HEADING.search(provision.heading))
        or INTERPRETATION_TEXT.search(opening_text(provision))
    )


def in_interpretation_container(provisions: Sequence[Provision]) -> set[str]:
    """The eIds of the sections and articles standing in a container whose heading
    says it defines the law's terms: interpretation provisions whatever their own words."""
    return {
        unit.eid
        for root in provisions
        for container in root.walk()
        if container.kind not in ("section", "article")
        and container.heading
        and INTERPRETATION_CONTAINER.fullmatch(container.heading.strip())
        for unit in container.walk()
        if unit.kind in ("section", "article")
    }


def scope_of(text: str) -> str | None:
    match = SCOPE.search(text)
    return match.group("scope") if match else None


def quoted_definitions(provision: Provision, scope: str | None) -> list[Definition]:
    """Every quoted (or bracketed) term defined in a provision's own text."""
    text = provision.text
    matches = sorted([*QUOTED.finditer(text), *BRACKETED.finditer(text)], key=lambda m: m.start())
    found = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        newline = text.find("\n", match.end())
        if newline != -1:
            end = min(end, newline)  # a definition ends with its paragraph
        meaning = text[match.end() : end].strip(" ,;:\n")
        sentence_end = SENTENCE_END.search(meaning)
        if sentence_end:
            meaning = meaning[: sentence_end.start() + 1]  # a definition ends with its sentence
        meaning = re.sub(r"[;,]?\s*(?:and|or)?$", "", meaning).strip()
        found.append(
            Definition(
                match.group("term").strip(),
                meaning,
                provision.eid,
                provision.page,
                match.groupdict().get("scope") or scope or scope_of(text[: match.start()]),
            )
        )
    return found


def find_definitions(
    provisions: Sequence[Provision],
) -> tuple[list[Definition], list[str]]:
    """All definitions in a law, and a warning for each interpretation
    provision that yields none."""
    definitions: list[Definition] = []
    warnings: list[str] = []
    contained = in_interpretation_container(provisions)
    for root in provisions:
        for provision in root.walk():
            if provision.kind in ("section", "article") and (
                is_interpretation(provision) or provision.eid in contained
            ):
                scope = scope_of(opening_text(provision))
                found: list[Definition] = []
                for part in provision.walk():
                    found.extend(quoted_definitions(part, scope))
                    if not QUOTED.search(part.text):
                        if part is not provision:
                            found.extend(unquoted_definition(part, scope))
                        found.extend(colon_definitions(part, scope))
                        found.extend(listed_definitions(part, scope))
                if not found and is_interpretation(provision):
                    warnings.append(
                        f"definitions provision {provision.eid} (page {provision.page}) "
                        "yields no definitions"
                    )
                definitions.extend(found)
    in_interpretation = {d.eid for d in definitions}
    for root in provisions:
        for provision in root.walk():
            lead_in = provision.text.split("\n", 1)[0]
            if LIST_LEAD_IN.match(lead_in) and provision.eid not in in_interpretation:
                definitions.extend(listed_definitions(provision, scope_of(lead_in)))
    covered = {d.eid for d in definitions}
    for root in provisions:
        for provision in root.walk():
            for match in (
                ()
                if provision.eid in covered  # "child – a person ... (majority)": the
                else (  # interpretation provision's own term, not one in brackets
                    *NAMED_AFTER.finditer(provision.own_text),
                    *NAMED_LAST.finditer(provision.own_text),
                )
            ):
                definitions.append(
                    Definition(
                        match.group("term").strip(),
                        match.group("meaning").strip(),
                        provision.eid,
                        provision.page,
                        None,
                    )
                )
            for match in (
                *IN_PASSING.finditer(provision.own_text),
                *ACTION_DEFINED.finditer(provision.own_text),
            ):
                meaning = match.group("meaning")
                parts = [(match.group("term"), meaning)]
                if joined := CONJOINED.search(meaning):
                    parts = [
                        (match.group("term"), meaning[: joined.start()]),
                        (joined.group("term"), joined.group("meaning")),
                    ]
                for term, words in parts:
                    if not any(d.eid == provision.eid and d.term == term for d in definitions):
                        definitions.append(
                            Definition(
                                term,
                                words.strip(),
                                provision.eid,
                                provision.page,
                                match.group("scope"),
                            )
                        )
    for root in provisions:
        for provision in root.walk():
            if provision.eid not in covered and not any(
                provision.eid.startswith(eid + "__") for eid in covered
            ):
                definitions.extend(quoted_definitions(provision, None))
    return definitions, warnings


def colon_definitions(provision: Provision, scope: str | None) -> list[Definition]:
    """The lines of an interpretation provision that read "Term: meaning" (a term of
    at most six words), or "Term:" with the meaning on the line below (at most four)."""
    matches = [
        *(m for m in COLON.finditer(provision.text) if len(m.group("term").split()) <= 6),
        *(
            m
            for m in COLON_ABOVE.finditer(provision.text)
            if len(m.group("term").split()) <= 4 and not LEAD_IN_WORDS.search(m.group("term"))
        ),
    ]
    return [
        Definition(
            match.group("term").strip(),
            match.group("meaning").strip().rstrip(";.").strip(),
            provision.eid,
            provision.page,
            scope,
        )
        for match in matches
    ]


def listed_definition(line: str) -> re.Match[str] | None:
    """A line that reads "term means ..." (a term of at most six words)."""
    match = LISTED.match(line.strip())
    if match and len(match.group("term").split()) <= 6 and not NOT_A_TERM.match(line.strip()):
        return match
    return None


LIST_LEAD_IN = re.compile(
    r"^In (?:this|these|sections?|subsections?)\b[^.;:]{0,80}[,:]\s*[\u2014\u2013-]\s*$"
)
"""Words opening a list of definitions for one provision or a few ("In this
section,—", "In sections 92C to 92J,—"), outside an interpretation section."""


def listed_definitions(provision: Provision, scope: str | None) -> list[Definition]:
    """The lines after a provision's opening words that read "term means ..."."""
    found = []
    for line in provision.text.split("\n")[1:]:
        match = listed_definition(line)
        if match:
            meaning = match.group("meaning").strip().rstrip(";.").strip()
            term_scope = match.group("scope") or scope
            found.append(
                Definition(
                    match.group("term").strip(), meaning, provision.eid, provision.page, term_scope
                )
            )
    return found


def unquoted_definition(provision: Provision, scope: str | None) -> list[Definition]:
    """A clause of an interpretation provision that reads "Term means ..."."""
    match = UNQUOTED.match(provision.text.strip()) or DASHED.match(provision.text.strip())
    if not match or NOT_A_TERM.search(match.group("term")):
        return []
    words = len(match.group("term").split())
    verb = match.groupdict().get("verb")
    if words > 8 or (verb in ("is", "are") and words > 4):
        return []
    meaning = match.group("meaning").strip().rstrip(";.").strip()
    if verb in ("is", "are") and CONDITIONAL.search(meaning[:80]):
        return []  # "A marriage is a forced marriage if ...": when, not what, it is
    return [Definition(match.group("term").strip(), meaning, provision.eid, provision.page, scope)]


def term_forms(term: str) -> list[str]:
    """A defined term and, for one word naming an act, the other forms of its
    verb: a provision on a person "to be exploited" relies on what "exploitation"
    means, and one "for the purpose of exploiting them" on when "a person
    exploits another person". A plural ("minors") names its singular too."""
    if " " in term:
        return [term]
    if term.endswith("ation") and len(term) >= 9:
        stem = term[: -len("ation")]
    elif term.endswith("s") and not term.endswith(("ss", "us", "is")) and len(term) >= 5:
        stem = term[:-1]
    else:
        return [term]
    return list(dict.fromkeys([term, stem, f"{stem}s", f"{stem}ed", f"{stem}ing", f"{stem}ation"]))
