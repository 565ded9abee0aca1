"""Cross-references in provision text, resolved to eIds where the target is in
the same law: "section 3(1)", "sections 26, 27 or 28(b)", "paragraph (a) of
subsection (2)", "Clause 2 of this Article", "Points a and b, Clause 1, Article
9 of this Law", "§ 5 para. 2", "the preceding Article", and other laws by name
("the Penal Code").

A reference never spans a sentence: every pattern is local to a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from lawreview.model import Provision, Reference
from lawreview.structure.markers import component_of

LATIN_SUFFIX = r"(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?"
"""The Latin ordinal of an article inserted between two others, printed apart
("article 145 bis"); printed joined ("Article 252bis") it is a plain suffix."""
UNIT_NUM = rf"\d+(?:\.\d+)*[A-Za-z]{{0,3}}{LATIN_SUFFIX}"
"""A unit's number: "12", "12A", "145 bis", a decimal "279.01" or "271.1A"; where
no unit is so numbered, "4.1.6" is item 6 of paragraph 1 of Article 4."""
NUMREF = rf"{UNIT_NUM}(?:/\d+)?(?:\s*\(\s*[0-9A-Za-z]{{1,4}}\s*\))*(?:\s+para(?:graph|\.)\s*\d+)?"
UNIT_REF = re.compile(
    rf"(?P<word>\b(?:[Ss]ections?|[Aa]rticles?|[Aa]rts?\.|ss?\.)|§§?)\s*"
    rf"(?P<list>{NUMREF}(?:\s*(?:,|and|or|to|through)\s*{NUMREF})*)"
)
ONE_NUMREF = re.compile(NUMREF)
CIVIL_REF = re.compile(
    r"\b(?:[Pp]oints?\s+(?P<points>[a-z](?:\s*(?:,|and|or)\s*[a-z])*)\s*,?\s*(?:of\s+)?)?"
    r"[Cc]lauses?\s+(?P<clause>\d+)\s*,?\s*(?:of\s+)?(?:[Aa]rticle\s+(?P<article>\d+[a-z]?)|this\s+[Aa]rticle)"
)
SUBSECTION_REF = re.compile(
    r"\b(?:[Pp]aragraphs?\s*\((?P<para>[a-z]{1,4})\)\s+of\s+)?[Ss]ub-?sections?\s*\((?P<subsec>\d+[A-Za-z]?)\)"
)
PARAGRAPH_REF = re.compile(r"\b[Pp]aragraphs?\s*\((?P<para>[a-z]{1,4})\)")
CONTAINER_NUM = r"(?:\d+[A-Z]?|[IVXLC]+)\b"
CONTAINER_REF = re.compile(
    r"\b(?P<word>[Dd]ivisions?|[Pp]arts?|[Cc]hapters?|[Tt]itles?|[Bb]ooks?)\s+"
    rf"(?P<list>{CONTAINER_NUM}(?:\s*(?:,|and|or|to)\s*{CONTAINER_NUM})*)"
)
"""A group of provisions named by its number ("an offence against Division 1 or 2",
"the offences in Chapter IV")."""
ROMAN_ARTICLE_REF = re.compile(
    r"\b(?P<word>[Aa]rticles?)\s+(?P<list>[IVXLC]+\b(?:\s*(?:,|and|or|to)\s*[IVXLC]+\b)*)"
)
"""An Article numbered in Roman numerals, a group of sections as a Philippine
Republic Act's `ARTICLE III` is (a `title`): "an offence under Article III or
Article V"."""
ONE_CONTAINER_NUM = re.compile(CONTAINER_NUM)
CONTAINER_KINDS = frozenset({"division", "part", "chapter", "title", "book"})
"""The kinds of the groups of provisions a reference may name, as the words name them."""
RELATIVE_REF = re.compile(
    r"\b(?:the|this)\s+(?P<side>preceding|previous|following|next)\s+(?P<word>[Aa]rticle|[Ss]ection)\b"
)
"""A unit named by where it stands: "the preceding Article", "the following section"."""
EXTERNAL_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+)?(?P<law>(?:[A-Z][\w'\-]*\s+){0,6}(?:Act|Code|Law|Ordinance|Decree|Constitution)"
    r"(?:\s*,?\s*(?:B\.E\.\s*)?\d{4})?)"
)
NAMED_LAW = re.compile(
    r"\bthe\s+(?P<law>(?:[A-Z][\w'\-]*\s+){1,6}(?:Act|Code|Law|Ordinance|Decree|Constitution)"
    r"(?:\s*,?\s*(?:B\.E\.\s*)?\d{4})?)"
)
INSERTED_UNIT = re.compile(
    rf"[“\"‘]\s*(?P<word>[Aa]rticle|[Ss]ection)\s+(?P<num>{UNIT_NUM})\s*[.:]"
)
"""The opening of an article an amending provision writes into another law
("Substitute article 145 bis of the Penal Code with the following: “Article
145 bis: Whoever ..."): a reference to that article is to the amending provision."""
SELF = re.compile(r"^\s*of\s+this\s+(?:Act|Law|Code|Ordinance|Decree)\b")
CHAPTER_BEFORE = re.compile(r"\bc\.\s*[A-Z0-9][\w.-]*,\s*$")
"""A chapter of the annual statutes just before a section ("2014, c. 25, s. 19"): the
section is one of that Act's, as a history note cites the Acts that amended a provision."""


def split_numref(text: str) -> tuple[str, list[str]]:
    """ "28(b)(iii)" as ("28", ["b", "iii"]); "5 para. 2" as ("5", ["2"])."""
    head = re.match(rf"{UNIT_NUM}(?:/\d+)?", text)
    assert head is not None
    parts = re.findall(r"\(\s*([0-9A-Za-z]{1,4})\s*\)|para(?:graph|\.)\s*(\d+)", text[head.end() :])
    return head.group(0), [a or b for a, b in parts]


def _unit_kind(word: str) -> str:
    """The kind of unit a reference word names: "Art.", "articles" or "section", "s.", "§"."""
    return "article" if word.lower().startswith("art") else "section"


def _unit_key(kind: str, num: str) -> tuple[str, str]:
    """A unit's number as looked up: "145 bis" and "145bis" are one article."""
    return kind, re.sub(r"\s+", "", num.lower())


def descend(provision: Provision | None, nums: Sequence[str]) -> Provision | None:
    """The provision reached from `provision` by child numbers, or None."""
    for num in nums:
        if provision is None:
            return None
        provision = next(
            (c for c in provision.children if (c.num or "").lower() == num.lower()), None
        )
    return provision


class Resolver:
    """Finds the provisions a law's units are numbered by."""

    def __init__(
        self, provisions: Sequence[Provision], texts: Mapping[str, Sequence[tuple[str, int]]]
    ) -> None:
        self.units: dict[tuple[str, str], Provision] = {}
        self.scoped: dict[tuple[str, str, str], Provision] = {}
        """Units by the instrument holding them, where a document holds several
        (`cmp_1`, `cmp_2`): "Article 12" in an order is the order's Article 12."""
        self.parent_unit: dict[str, Provision] = {}
        self.containers: dict[tuple[str, str], list[Provision]] = {}
        """Containers by kind and number: Divisions may restart in each Part."""
        self.in_order: list[Provision] = []
        """The units, in document order."""
        for root in provisions:
            for provision in root.walk():
                if provision.kind in CONTAINER_KINDS and provision.num:
                    key = (provision.kind, provision.num.lower())
                    self.containers.setdefault(key, []).append(provision)
                if provision.kind in ("section", "article") and provision.num:
                    is_unit = not any(c.kind in ("article",) for c in provision.children)
                    if is_unit:
                        self.units.setdefault(_unit_key(provision.kind, provision.num), provision)
                        if root.kind == "component":
                            scoped = (root.eid, *_unit_key(provision.kind, provision.num))
                            self.scoped.setdefault(scoped, provision)
                        self.in_order.append(provision)
                        for part in provision.walk():
                            self.parent_unit[part.eid] = provision
        self.position = {unit.eid: index for index, unit in enumerate(self.in_order)}
        self.texts = texts
        self.inserted: dict[tuple[str, str], Provision] = {}
        """Articles an amending unit writes into another law: never one of the
        law's own numbers."""
        for unit in self.in_order:
            for part in unit.walk():
                for text, _ in texts.get(part.eid, ()):
                    for match in INSERTED_UNIT.finditer(text):
                        written = _unit_key(_unit_kind(match.group("word")), match.group("num"))
                        if written not in self.units:
                            self.inserted.setdefault(written, unit)

    def unit(self, word: str, num: str, near: str = "") -> Provision | None:
        """The unit `word num`, looked for first in the instrument holding the
        provision `near` (the referring one), then anywhere in the document."""
        kind = _unit_kind(word)
        component = component_of(near)
        key = _unit_key(kind, num)
        found = self.scoped.get((component, *key)) or self.units.get(key)
        if found is None:
            other = "section" if kind == "article" else "article"
            found = self.units.get(_unit_key(other, num))
        if found is None:
            found = self.inserted.get(key)
        return found

    def numbered(self, word: str, num: str, near: str = "") -> Provision | None:
        """The provision `word num` names: a unit so numbered, else, for a
        decimal number, the part of the unit its first number names, as deep as
        the law numbers it ("Article 4.1.6": item 6 (or 4.1.6) of paragraph 1
        (or 4.1) of Article 4)."""
        found = self.unit(word, num, near)
        if found is None and "." in num:
            parts = num.split(".")
            found = self.unit(word, parts[0], near)
            for depth in range(2, len(parts) + 1):
                deeper = descend(found, [".".join(parts[:depth])]) or descend(
                    found, [parts[depth - 1]]
                )
                if deeper is None:
                    break  # the deepest provision named that the law has
                found = deeper
        return found

    def inserted_into(self, word: str, num: str, law: str) -> Provision | None:
        """The amending unit that writes `word num` into `law` ("article 145
        bis of the Penal Code", where this law substitutes it)."""
        unit = self.inserted.get(_unit_key(_unit_kind(word), num))
        if unit is None:
            return None
        names = any(law in text for part in unit.walk() for text, _ in self.texts.get(part.eid, ()))
        return unit if names else None

    def container(self, word: str, num: str, near: str) -> Provision | None:
        """The container `word num` nearest the provision `near`: of those so
        numbered, the one sharing the longest run of components with it."""
        found = self.containers.get((word.lower().rstrip("s"), num.lower()), [])

        def shared(container: Provision) -> int:
            parent = container.eid.rpartition("__")[0]
            return len(parent) if near.startswith(f"{parent}__") or not parent else -1

        return max(found, key=shared, default=None)

    def enclosing_unit(self, eid: str) -> Provision | None:
        return self.parent_unit.get(eid)

    def neighbour(self, unit: Provision | None, step: int) -> Provision | None:
        """The unit `step` places after (or before) `unit` in the law."""
        if unit is None:
            return None
        index = self.position[unit.eid] + step
        return self.in_order[index] if 0 <= index < len(self.in_order) else None


def _external(text: str, end: int) -> tuple[str | None, int]:
    """The other law named right after a reference ("... of the Penal Code"),
    and where that name ends."""
    if SELF.match(text[end:]):
        return None, end
    match = EXTERNAL_AFTER.match(text[end:])
    return (match.group("law").strip(), end + match.end()) if match else (None, end)


def _listed(match: re.Match[str], item: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """Where each number of a listed reference stands ("sections 1, 2 or 3"): the
    first with the word before it, the others alone; and the number's text."""
    for index, found in enumerate(item.finditer(match.group("list"))):
        start = match.start() if index == 0 else match.start("list") + found.start()
        yield start, match.start("list") + found.end(), found.group(0)


def references_in(eid: str, text: str, offset: int, resolver: Resolver) -> Iterator[Reference]:
    """The references in one piece of a provision's own text."""
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    here = resolver.enclosing_unit(eid)
    for match in CIVIL_REF.finditer(text):
        external, tail = _external(text, match.end())
        taken.append((match.start(), tail))
        article = match.group("article")
        unit = None if external else (resolver.unit("article", article, eid) if article else here)
        clause = descend(unit, [match.group("clause")])
        points = re.findall(r"\b[a-zđ]\b", match.group("points") or "")
        targets = [descend(clause, [p]) for p in points] or [clause]
        for target in targets:
            yield Reference(
                match.group(0), eid, offset + match.start(), offset + match.end(),
                target.eid if target else None, external,
            )  # fmt: skip
    for match in UNIT_REF.finditer(text):
        if not free(*match.span()):
            continue
        external, tail = _external(text, match.end())
        chapter = CHAPTER_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if chapter:
            external = chapter.group(0).rstrip(", ")
        taken.append((match.start(), tail))
        for start, end, item in _listed(match, ONE_NUMREF):
            num, path = split_numref(item)
            unit = (
                resolver.inserted_into(match.group("word"), num, external)
                if external
                else resolver.numbered(match.group("word"), num, eid)
            )
            target = descend(unit, path)
            yield Reference(
                text[start:end], eid, offset + start, offset + end,
                target.eid if target else None, external,
            )  # fmt: skip
    for pattern, kind in ((CONTAINER_REF, None), (ROMAN_ARTICLE_REF, "title")):
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            external, tail = _external(text, match.end())
            taken.append((match.start(), tail))
            for start, end, item in _listed(match, ONE_CONTAINER_NUM):
                container = (
                    None if external else resolver.container(kind or match.group("word"), item, eid)
                )
                yield Reference(
                    text[start:end], eid, offset + start, offset + end,
                    container.eid if container else None, external,
                )  # fmt: skip
    for pattern in (SUBSECTION_REF, PARAGRAPH_REF):
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            taken.append(match.span())
            path = [g for g in (match.groupdict().get("subsec"), match.group("para")) if g]
            target = descend(here, path)
            if target is None and here is not None and pattern is PARAGRAPH_REF:
                around = next((c for c in here.children if eid.startswith(c.eid)), None)
                target = descend(around, path)
            yield Reference(
                match.group(0), eid, offset + match.start(), offset + match.end(),
                target.eid if target else None,
            )  # fmt: skip
    for match in RELATIVE_REF.finditer(text):
        step = -1 if match.group("side") in ("preceding", "previous") else 1
        target = resolver.neighbour(here, step)
        yield Reference(
            match.group(0), eid, offset + match.start(), offset + match.end(),
            target.eid if target else None,
        )  # fmt: skip
    for match in NAMED_LAW.finditer(text):
        if free(*match.span()):
            yield Reference(
                match.group(0), eid, offset + match.start(), offset + match.end(),
                None, match.group("law").strip(),
            )  # fmt: skip


def find_references(
    provisions: Sequence[Provision], texts: Mapping[str, Sequence[tuple[str, int]]]
) -> list[Reference]:
    """Every cross-reference in a law, in document order."""
    resolver = Resolver(provisions, texts)
    found: list[Reference] = []
    for root in provisions:
        for provision in root.walk():
            for text, offset in texts.get(provision.eid, ()):
                found.extend(references_in(provision.eid, text, offset, resolver))
    return sorted(found, key=lambda r: r.start)
