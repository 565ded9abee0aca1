"""The analysis run: `analyze(laws, standards)` reads the passages of every law once through the
spaCy pipeline, finds the key terms of every requirement in scope, reads the
ages and penalties the laws state, and judges each requirement
(`lawreview.analysis.judge`), with the words of the law behind each finding.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from lawreview.analysis.facts import (
    AGE_CONTEXT,
    LIST_OPENING,
    AgeMention,
    find_ages,
    find_penalties,
    general_fine_rules,
    general_maxima,
    with_general_fine_alternative,
)
from lawreview.analysis.judge import (
    CHILD_INSTRUMENTS,
    CHILDREN_LAW,
    SECTOR_LAW,
    TRAFFICKING_LAW,
    Context,
    DefinitionSpan,
    judge,
)
from lawreview.analysis.matching import TermIndex
from lawreview.analysis.passages import Passage, passages
from lawreview.analysis.provenance import standards_fingerprint
from lawreview.model import (
    Assessment,
    Definition,
    Evidence,
    Finding,
    Law,
    Reference,
    Requirement,
    ReviewedDocument,
    StandardSet,
    tool_version,
)
from lawreview.structure.definitions import CONTAINER_NAMED, names_units, term_forms
from lawreview.structure.markers import CONTAINER_KINDS, PREFIXES

Progress = Callable[[int, int], None]
"""Told (requirements judged, requirements in all) as the analysis goes."""


DefinitionScopes = dict[tuple[int, Definition], frozenset[tuple[int, str]] | None]
"""(law, definition) -> the units it holds for, None for the whole law."""


def definition_scopes(
    laws: Sequence[Law], unit_index: UnitIndex, order: DocumentOrder
) -> DefinitionScopes:
    """The units every definition holds for (`scoped_units`), worked out once."""
    return {
        (number, definition): scoped_units(law, number, definition, unit_index, order)
        for number, law in enumerate(laws)
        for definition in law.definitions
    }


OWN_UNIT = re.compile(r"this (?:section|article|§)", re.I)
"""The scope of a definition holding for the provision that gives it."""


def scoped_units(
    law: Law,
    number: int,
    definition: Definition,
    unit_index: UnitIndex,
    order: DocumentOrder,
) -> frozenset[tuple[int, str]] | None:
    """The units a definition holds for when its scope names them ("For the
    purposes of Article 47 and Article 48, a child refers to a minor under
    fourteen"), or the container they stand in ("In the provisions of Chapter XXV,
    a minor is a person who has not attained 15 years of age"), or its own section or
    article ("In this section, 'child' means a person under sixteen years of age");
    None when it holds for the whole law (or the Part it stands in)."""
    scope = definition.scope
    if scope is not None and OWN_UNIT.fullmatch(scope):
        return frozenset({unit_of_eid(unit_index, number, definition.eid)})
    if scope is not None and re.fullmatch(CONTAINER_NAMED, scope):
        kind, num = scope.split()
        segment = f"{PREFIXES[kind.lower()]}_{num}"
        return frozenset(
            (law_number, unit)
            for (law_number, _), unit in unit_index.items()
            if law_number == number and segment in unit.split("__")
        )  # "In the provisions of Chapter XXV, a minor is ...": the units of that chapter
    if scope is None or not names_units(scope):
        return None
    named = [
        (reference, unit_of_eid(unit_index, number, reference.target_eid))
        for reference in law.references
        if reference.source_eid == definition.eid
        and reference.target_eid is not None
        and reference.text in scope
    ]
    return frozenset(
        {unit for _, unit in named} | ranged_units(named, law.document.text, order)
    )  # "sections 279.01 to 279.03": those between too


def relied_definitions(
    laws: Sequence[Law],
    found: Sequence[Passage],
    by_eid: dict[tuple[int, str], list[int]],
    scopes: DefinitionScopes,
) -> dict[tuple[int, str], list[int]]:
    """For each section or article, the passages of the definitions it relies on:
    those whose defined term it uses (outside the definition itself), a
    definition for named provisions only in them."""
    unit_text: dict[tuple[int, str], list[str]] = defaultdict(list)
    for passage in found:
        unit_text[(passage.law, passage.unit)].append(passage.text)
    relied: dict[tuple[int, str], list[int]] = defaultdict(list)
    for number, law in enumerate(laws):
        if not law.definitions:
            continue
        defined: dict[str, list[tuple[str, list[int], frozenset[tuple[int, str]] | None]]] = (
            defaultdict(list)
        )
        for definition in law.definitions:
            defining = by_eid.get((number, definition.eid), [])
            scope = scopes[(number, definition)]
            defined[definition.term.lower()].append((definition.eid, defining, scope))
        forms = {form: term for term in defined for form in term_forms(term)}
        terms = sorted(forms, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b")
        for (law_number, unit), texts in unit_text.items():
            if law_number != number:
                continue
            for term in sorted({forms[m] for m in pattern.findall(" ".join(texts).lower())}):
                for eid, defining, scope in defined[term]:
                    in_scope = scope is None or (law_number, unit) in scope
                    if in_scope and not f"{eid}__".startswith(f"{unit}__"):
                        relied[(law_number, unit)].extend(defining)
    return relied


UnitIndex = dict[tuple[int, str], str]
"""(law, provision eId) of every passage's provision -> its unit's eId."""


def unit_of_eid(index: UnitIndex, law: int, eid: str) -> tuple[int, str]:
    """The unit (law, section or article eId) a provision belongs to: its own
    passage's unit, or that of its nearest ancestor with a passage."""
    probe = eid
    while probe:
        if (law, probe) in index:
            return (law, index[(law, probe)])
        probe = probe.rpartition("__")[0]
    return (law, eid)


GroupIndex = dict[tuple[int, str], list[tuple[int, str]]]
"""(law, eId of a group of provisions: a Part, a Division) -> the units inside it."""


def unit_groups(index: UnitIndex) -> GroupIndex:
    """The units inside each group of provisions holding units."""
    groups: dict[tuple[int, str], dict[tuple[int, str], None]] = defaultdict(dict)
    for law, unit in dict.fromkeys((law, unit) for (law, _), unit in index.items()):
        group = unit.rpartition("__")[0]
        while group:
            groups[(law, group)][(law, unit)] = None
            group = group.rpartition("__")[0]
    return {group: list(units) for group, units in groups.items()}


def group_units(
    index: UnitIndex, groups: GroupIndex, law: int, eid: str
) -> list[tuple[int, str]] | None:
    """The units inside the provision `eid` if it is a group of them ("Division
    2", "Part 9"); None for a unit or a provision inside one."""
    return None if (law, eid) in index else groups.get((law, eid))


def passages_within(found: Sequence[Passage]) -> dict[tuple[int, str], list[int]]:
    """For every provision with passages, its own passages and those of the
    provisions inside it (a definition that "includes—" a list holds the list)."""
    within: dict[tuple[int, str], list[int]] = defaultdict(list)
    for passage in found:
        eid = passage.eid
        while eid:
            within[(passage.law, eid)].append(passage.index)
            eid = eid.rpartition("__")[0]
    return within


def defined_names(term: str) -> list[str]:
    """The names a defined term gives (lower case): itself and, for alternatives
    defined together ("child or youth"), each of them."""
    name = term.lower()
    return list(dict.fromkeys([name, *(part.strip() for part in name.split(" or "))]))


def definition_spans(
    laws: Sequence[Law],
    found: Sequence[Passage],
    within: dict[tuple[int, str], list[int]],
    scopes: DefinitionScopes,
) -> dict[int, list[DefinitionSpan]]:
    """Where each definition's meaning stands in the passages holding it. One
    passage may hold several definitions ("child" and "young person")."""
    spans: dict[int, list[DefinitionSpan]] = defaultdict(list)
    for number, law in enumerate(laws):
        for definition in law.definitions:
            if not definition.meaning:
                continue
            scope = scopes[(number, definition)]
            for index in within.get((number, definition.eid), []):
                at = found[index].text.find(definition.meaning)
                if at >= 0:
                    spans[index] += [
                        DefinitionSpan(name, at, at + len(definition.meaning), scope)
                        for name in defined_names(definition.term)
                    ]
    return dict(spans)


def titled(laws: Sequence[Law], words: re.Pattern[str]) -> frozenset[int]:
    """The laws whose title has the words (of a law for children, on trafficking, for
    one sector's workers)."""
    return frozenset(n for n, law in enumerate(laws) if law.title and words.search(law.title))


def stated_ages(laws: Sequence[Law], found: Sequence[Passage]) -> dict[int, list[AgeMention]]:
    """The age thresholds of each passage: those its words state, and those it states
    by excluding a group the law defines by a lower age limit: "a child who is not a
    youth", a youth being "a child who has attained the age of 16 years", is a child
    under 16."""
    opening: dict[tuple[int, str], Passage] = {}
    """The opening words of each provision: its first passage, by law and eId."""
    for passage in found:
        opening.setdefault((passage.law, passage.eid), passage)
    ages: dict[int, list[AgeMention]] = {}
    for passage in found:
        parent = opening.get((passage.law, passage.eid.rpartition("__")[0]))
        opening_words = (
            parent.text[max(0, parent.heading_end - parent.start) :]
            if parent is not None and parent.index < passage.index
            else ""
        )  # after its number and heading: "... is child labour if the child:"
        about_person = bool(LIST_OPENING.search(opening_words)) and bool(
            AGE_CONTEXT.search(opening_words)
        )
        if found_ages := find_ages(passage.text, about_person):
            ages[passage.index] = found_ages
    for number, law in enumerate(laws):
        from_age: dict[str, int] = {}
        for definition in law.definitions:
            limits = find_ages(definition.meaning)
            if len(limits) == 1 and limits[0].relation == "at_least":
                from_age[definition.term.lower()] = limits[0].age
        if not from_age:
            continue
        excluding = re.compile(
            rf"\b(?:who|that)\s+is\s+not\s+an?\s+(?P<term>{'|'.join(map(re.escape, from_age))})\b",
            re.IGNORECASE,
        )
        for passage in found:
            if passage.law != number:
                continue  # a law's own definitions
            for match in excluding.finditer(passage.text):
                age = from_age[match.group("term").lower()]
                mention = AgeMention(age, "under", match.group(0), *match.span())
                ages[passage.index] = sorted(
                    [*ages.get(passage.index, []), mention], key=lambda m: m.start
                )
    return ages


def term_definitions(
    laws: Sequence[Law], within: dict[tuple[int, str], list[int]]
) -> dict[str, list[int]]:
    """The passages defining each term (lower case) across the framework."""
    defining: dict[str, list[int]] = defaultdict(list)
    for number, law in enumerate(laws):
        for definition in law.definitions:
            for name in defined_names(definition.term):
                defining[name].extend(within.get((number, definition.eid), []))
    return dict(defining)


COMMITTING = re.compile(
    r"\b(?:commi(?:t|ts|tted|tting|ssion)\s+(?:of\s+)?|(?:allow|permit|tolerat)\w*\s+)"
    r"(?:an?|any|the)\s+offences?\s+"
    r"(?:against|under|in)\s+(?:[A-Za-z]+\s+)?(?:\w+\s*(?:,|and|or|to)\s*)*$"
)
"""The words before a reference to a group of provisions that make the referring
provision about the group's offences ("intending to facilitate the commission of an
offence against Division 1 or 2", "who knowingly allows an offence under Article III
or Article V to be committed therein"); a victim "against whom an offence under Part
II is alleged" is not."""
RANGE_JOIN = re.compile(r"\s*(?:to|through|–)\s*")
"""The words joining the ends of a range of provisions ("Articles 160 to 164")."""


def unit_references(
    laws: Sequence[Law], index: UnitIndex, groups: GroupIndex, order: DocumentOrder
) -> dict[tuple[int, str], set[tuple[int, str]]]:
    """For each unit, the units its cross-references point to; a range ("Articles
    160 to 164") points to every unit from its first to its last, and a group of
    provisions whose offences it speaks of committing to every unit inside it."""
    refs: dict[tuple[int, str], set[tuple[int, str]]] = defaultdict(set)
    for number, law in enumerate(laws):
        text = law.document.text if law.references else ""
        resolved = [
            (reference, unit_of_eid(index, number, reference.target_eid))
            for reference in law.references
            if reference.target_eid is not None
        ]
        """Each resolved reference, with the unit it points to."""
        for reference, target in resolved:
            source = unit_of_eid(index, number, reference.source_eid)
            assert reference.target_eid is not None
            inside = group_units(index, groups, number, reference.target_eid)
            if inside is None:
                targets = [target]
            elif COMMITTING.search(text, max(0, reference.start - 120), reference.start):
                targets = inside
            else:
                continue
            refs[source].update(t for t in targets if t != source)
        for source_eid in sorted({reference.source_eid for reference, _ in resolved}):
            source = unit_of_eid(index, number, source_eid)
            within = [(r, unit) for r, unit in resolved if r.source_eid == source_eid]
            refs[source].update(u for u in ranged_units(within, text, order) if u != source)
    return dict(refs)


DocumentOrder = dict[tuple[int, str], int]
"""The position of each unit in the framework."""


def document_order(index: UnitIndex) -> DocumentOrder:
    """The position of each unit in the framework (the index lists passages in order)."""
    return {
        unit: position
        for position, unit in enumerate(
            dict.fromkeys((law, unit) for (law, _), unit in index.items())
        )
    }


def ranged_units(
    references: Sequence[tuple[Reference, tuple[int, str]]], text: str, order: DocumentOrder
) -> set[tuple[int, str]]:
    """The units of the ranges among one provision's references, each with the unit
    it points to ("sections 279.01 to 279.03", "Articles 160 to 164"): from the
    first to the last in document order, where the words between them join a range
    and the first stands before the last."""
    units: set[tuple[int, str]] = set()
    for (first, low), (last, high) in itertools.pairwise(references):
        start, end = order.get(low, -1), order.get(high, -1)
        if 0 <= start < end and RANGE_JOIN.fullmatch(text[first.end : last.start]):
            units.update(unit for unit, position in order.items() if start <= position <= end)
    return units


def passage_references(
    laws: Sequence[Law], found: Sequence[Passage], index: UnitIndex, groups: GroupIndex
) -> dict[int, list[tuple[int, int, tuple[int, str]]]]:
    """For each passage, its resolved cross-references: where each stands in the
    passage's text and the unit it points to (each unit of a group it names)."""
    by_eid: dict[tuple[int, str], list[Passage]] = defaultdict(list)
    for passage in found:
        by_eid[(passage.law, passage.eid)].append(passage)
    refs: dict[int, list[tuple[int, int, tuple[int, str]]]] = defaultdict(list)
    for number, law in enumerate(laws):
        for reference in law.references:
            if reference.target_eid is None:
                continue
            for passage in by_eid.get((number, reference.source_eid), ()):
                if passage.start <= reference.start < passage.end:
                    units = group_units(index, groups, number, reference.target_eid) or [
                        unit_of_eid(index, number, reference.target_eid)
                    ]
                    refs[passage.index].extend(
                        (reference.start - passage.start, reference.end - passage.start, unit)
                        for unit in units
                    )
    return dict(refs)


def cap_by_covered(findings: list[Finding], requirements: Sequence[Requirement]) -> list[Finding]:
    """A requirement that must cover others (a criminalisation, the conduct the
    definitions set out) is no better than partial when one of them is partial,
    in conflict or missing (the offence leaves that conduct out)."""
    by_id = {f.requirement_id: f for f in findings}
    covers = {r.id: r.covers for r in requirements if r.covers}
    capped = []
    for finding in findings:
        covered = next(
            (
                by_id[c]
                for c in covers.get(finding.requirement_id, ())
                if c in by_id and by_id[c].status in ("partial", "conflict", "missing")
            ),
            None,
        )
        if finding.status == "compliant" and covered:
            met = "does not meet" if covered.status == "missing" else "meets only in part"
            finding = _partly_met(
                finding,
                f"it must cover the conduct of {covered.requirement_id} ({covered.title}), "
                f"which the law {met}.",
                requirements,
            )
        capped.append(finding)
    return capped


def raise_by_wider(findings: list[Finding], requirements: Sequence[Requirement]) -> list[Finding]:
    """A requirement not found is met in part where the wider requirement it
    names (`partly_met_by`) is met, in full or in part, with its matter found:
    the trafficking offence protects a child too, though only where one of its
    means is proved."""
    by_id = {f.requirement_id: f for f in findings}
    matter_of = {
        r.id: {e.id for e in r.elements if e is r.elements[0] or e.qualifies == r.elements[0].id}
        for r in requirements
    }
    """Per requirement, its first element, the matter itself (the offence), with the
    elements qualifying it (its penalties): not an accomplice rule, nor "child
    trafficking" named in a definition with no penalty."""
    raised = []
    for finding, requirement in zip(findings, requirements, strict=True):
        wider = requirement.partly_met_by
        met = by_id.get(wider.requirement) if wider is not None else None
        if (
            wider is not None
            and met is not None
            and finding.status == "missing"
            and met.status in ("compliant", "partial")
            and matter_of[met.requirement_id] <= {e.element_id for e in met.elements if e.found}
        ):
            cited = ", ".join(dict.fromkeys(e.citation for e in met.evidence[:2]))
            absent = " ".join(
                f"{e.description.rstrip('.')}." for e in finding.elements if not e.found
            )
            finding = dataclasses.replace(
                finding,
                status="partial",
                confidence=met.confidence,
                rationale=f"Not found: {absent} Partly met: {wider.because} (found in "
                f"{cited}, read for {met.requirement_id}, {met.title}).",
                evidence=met.evidence,
            )
        raised.append(finding)
    return raised


def interpretation_units(
    laws: Sequence[Law],
    units: dict[tuple[int, str], list[int]],
    within: dict[tuple[int, str], list[int]],
    unit_index: UnitIndex,
) -> frozenset[tuple[int, str]]:
    """The sections and articles that are there to define terms: those holding
    a definition for more than themselves, whose definitions (with the lists
    inside them) fill at least half of their passages. A section that defines
    one of its own words in passing ("(2) In this Act, hazardous work means
    ...") beside its rules is a rule, not an interpretation section."""
    defining: dict[tuple[int, str], set[int]] = defaultdict(set)
    for number, law in enumerate(laws):
        for definition in law.definitions:
            if not _defines_for_itself(definition):
                unit = unit_of_eid(unit_index, number, definition.eid)
                defining[unit].update(within.get((number, definition.eid), ()))
    return frozenset(
        unit
        for unit, passages in defining.items()
        if 2 * len(passages & set(units.get(unit, ()))) >= len(units.get(unit, ()))
    )


def _partly_met(finding: Finding, reason: str, requirements: Sequence[Requirement]) -> Finding:
    """A compliant finding lowered to partial for `reason`, given after "Partly met:" in
    its rationale, with its requirement's recommendation."""
    return dataclasses.replace(
        finding,
        status="partial",
        rationale=f"{finding.rationale} Partly met: {reason}",
        recommendation=next(
            r.recommendation for r in requirements if r.id == finding.requirement_id
        ),
    )


def _defines_for_itself(definition: Definition) -> bool:
    """Whether a definition holds only in its own section or article ("In this
    section, ..."): the provision around it is then not an interpretation
    section but, say, an offence that explains its own words."""
    return (definition.scope or "").endswith(("section", "Section", "article", "Article", "§"))


def _container_scope(definition: Definition) -> str | None:
    """The eId of the container a definition holds in, where it is made for one
    ("In this Part, ..." in `part_XII__sec_138` holds in `part_XII`); None when it
    holds for the whole law."""
    words = (definition.scope or "").split()
    kind = CONTAINER_KINDS.get(words[-1].lower()) if words else None
    if kind is None:
        return None
    segments = definition.eid.split("__")
    for at, segment in enumerate(segments):
        if segment.startswith(f"{PREFIXES[kind]}_"):
            return "__".join(segments[: at + 1])
    return None


EXTENDED_TO_OLDER = re.compile(r"\b(?:also|equally|likewise) appl(?:y|ies) to\b", re.I)
"""A provision extending parts of a law to persons older than its children."""


def cap_by_child_age(
    findings: list[Finding],
    requirements: Sequence[Requirement],
    laws: Sequence[Law],
    found: Sequence[Passage],
    ages: dict[int, list[AgeMention]],
) -> list[Finding]:
    """Where a law defines a child, for the whole law, as under an age below 18,
    its child-protection provisions protect only children under that age (where it
    does so for one Part, the provisions of that Part: the findings whose evidence
    all stands in it): a compliant finding on a child-protection requirement (one
    without an age threshold of its own, which is checked directly) becomes partial,
    unless its evidence also names the older ones, by their age ("a person under the
    age of eighteen years") or by a term the law defines up to 18 ("any child or
    adolescent", an adolescent being under eighteen), or stands in a
    part the law extends to them ("Chapter III ... also applies to persons from full
    16 to under 18 years of age")."""
    young: list[tuple[int, Passage, str | None]] = []
    """Each age below 18 a law gives a child, with the container it holds in."""
    older: set[str] = set()
    """Other terms the law defines as persons under 18 (an "adolescent")."""
    by_eid: dict[tuple[int, str], list[Passage]] = defaultdict(list)
    for passage in found:
        by_eid[(passage.law, passage.eid)].append(passage)
    for number, law in enumerate(laws):
        for definition in law.definitions:
            if _defines_for_itself(definition) or names_units(definition.scope):
                continue
            for passage in by_eid.get((number, definition.eid), ()):
                at = passage.text.find(definition.meaning) if definition.meaning else -1
                under = [
                    m.age
                    for m in ages.get(passage.index, ())
                    if m.relation == "under"
                    and (at < 0 or at <= m.start < at + len(definition.meaning))
                ]
                if definition.term.lower() == "child":
                    scope = _container_scope(definition)
                    young += [(age, passage, scope) for age in under if age < 18]
                elif 18 in under:
                    older.add(definition.term.lower())
    if not young:
        return findings
    naming_older = (
        re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(older)))})", re.I) if older else None
    )
    extended = {
        (passage.document, reference.target_eid)
        for passage in found
        if EXTENDED_TO_OLDER.search(passage.text)
        and any(m.relation == "under" and m.age == 18 for m in ages.get(passage.index, ()))
        for reference in laws[passage.law].references
        if reference.source_eid == passage.eid and reference.target_eid
    }
    """The parts of a law it extends to persons up to 18, as (document, eId)."""

    def reaches_older(evidence: Evidence) -> bool:
        if naming_older and naming_older.search(evidence.quote):
            return True
        if any(m.relation == "under" and m.age >= 18 for m in find_ages(evidence.quote)):
            return True  # "a person under the age of eighteen years", not a child
        return any(
            document == evidence.document
            and (evidence.eid == eid or evidence.eid.startswith(f"{eid}__"))
            for document, eid in extended
        )

    def within(evidence: Sequence[Evidence], passage: Passage, scope: str | None) -> bool:
        """Whether the evidence stands where the definition (in `passage`) holds."""
        return scope is None or all(
            e.document == passage.document and (e.eid == scope or e.eid.startswith(f"{scope}__"))
            for e in evidence
        )

    child_focused = {
        r.id
        for r in requirements
        if r.instrument in CHILD_INSTRUMENTS and not any(p.fact == "age" for p in r.parameters)
    }
    capped = []
    for f in findings:
        holding = [item for item in young if within(f.evidence, item[1], item[2])]
        if (
            holding
            and f.status == "compliant"
            and f.requirement_id in child_focused
            and not any(reaches_older(e) for e in f.evidence)
        ):
            age, passage, _ = min(holding, key=lambda item: item[0])
            f = _partly_met(
                f,
                f"the law defines a child as a person under {age} ({passage.citation}), so "
                f"children aged {age} to 17 are outside it.",
                requirements,
            )
        capped.append(f)
    return capped


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector paused for the duration. An analysis makes
    hundreds of thousands of short-lived objects (hits, tokens, matches) and
    no reference cycles to speak of; without the pause, full collections over
    every object alive (the laws, the checklists) take a sixth of the run."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze(
    laws: Sequence[Law],
    standards: StandardSet,
    *,
    jurisdiction: str | None = None,
    progress: Progress | None = None,
) -> Assessment:
    """Judge every requirement in scope against the framework `laws`."""
    with cycle_collection_paused():
        return _analyze(laws, standards, jurisdiction=jurisdiction, progress=progress)


def _analyze(
    laws: Sequence[Law],
    standards: StandardSet,
    *,
    jurisdiction: str | None,
    progress: Progress | None,
) -> Assessment:
    requirements = standards.requirements()
    found = passages(laws)
    index = TermIndex(found, requirements)
    unit_index: UnitIndex = {(p.law, p.eid): p.unit for p in found}
    groups = unit_groups(unit_index)
    order = document_order(unit_index)
    within = passages_within(found)
    scopes = definition_scopes(laws, unit_index, order)
    units: dict[tuple[int, str], list[int]] = defaultdict(list)
    for passage in found:
        units[(passage.law, passage.unit)].append(passage.index)
    fine_rules = general_fine_rules((p.index, p.law, p.text) for p in found)
    context = Context(
        passages=found,
        index=index,
        ages=stated_ages(laws, found),
        penalties=with_general_fine_alternative(
            {p.index: m for p in found if (m := find_penalties(p.text))},
            {p.index: p.law for p in found},
            fine_rules,
        ),
        general_fine_rules=fine_rules,
        general_maxima=general_maxima((p.index, p.law, p.text) for p in found),
        units=dict(units),
        definitions=relied_definitions(laws, found, within, scopes),
        term_definitions=term_definitions(laws, within),
        definition_spans=definition_spans(laws, found, within, scopes),
        interpretation_units=interpretation_units(laws, units, within, unit_index),
        unit_references=unit_references(laws, unit_index, groups, order),
        passage_references=passage_references(laws, found, unit_index, groups),
        parameters=dict(standards.parameters),
        children_laws=titled(laws, CHILDREN_LAW),
        sector_laws=titled(laws, SECTOR_LAW),
        trafficking_laws=titled(laws, TRAFFICKING_LAW),
    )
    findings: list[Finding] = []
    for number, requirement in enumerate(requirements, start=1):
        findings.append(judge(requirement, context))
        if progress is not None:
            progress(number, len(requirements))
    findings = cap_by_covered(findings, requirements)
    findings = raise_by_wider(findings, requirements)
    findings = cap_by_child_age(findings, requirements, laws, found, context.ages)
    cited: set[tuple[str, str]] = set()
    """Every provision holding cited evidence, and the provisions around it."""
    for finding in findings:
        for evidence in finding.evidence:
            parts = evidence.eid.split("__")
            cited.update(
                (evidence.document, "__".join(parts[:depth])) for depth in range(1, len(parts) + 1)
            )
    unmatched = tuple(
        (law.document.path, p.eid)
        for law in laws
        for p in law.walk()
        if p.kind in ("section", "article") and (law.document.path, p.eid) not in cited
    )
    versions, digest = standards_fingerprint(standards)
    return Assessment(
        jurisdiction=jurisdiction,
        documents=tuple(
            ReviewedDocument(
                path=law.document.path,
                sha256=law.document.sha256,
                title=law.title,
                pages=law.document.page_count,
                provisions=len(law.walk()),
            )
            for law in laws
        ),
        findings=tuple(findings),
        tool_version=tool_version(),
        standards_version=versions,
        standards_sha256=digest,
        profile=standards.profile.id if standards.profile else None,
        parameters=standards.parameters,
        unmatched=unmatched,
    )
