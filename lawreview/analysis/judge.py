"""The status of one requirement against a framework of laws, and why.

The rules, in order (they are the rules the gold findings were written by):

1. The candidate provisions are the sections or articles whose passages hold
   the requirement's key terms, ranked by how many elements they hold,
   rarer terms weighing more. A section that uses a defined term ("for the
   purpose of exploitation") also holds what the definition says.
2. Elements that must stand together (a requirement to define, criminalise or
   penalise) are looked for in the best section alone; others across the
   sections that rank close to it.
3. conflict: a threshold the law states contradicts the standard's (an age,
   the maximum penalty, a fine that may replace prison). It wins over all else.
4. needs_review: a penalty the standard checks is left to another law not
   reviewed ("shall be punished under the Criminal Code").
5. missing: nothing addresses the requirement ("not addressed by the laws
   reviewed"); for an option (`may`) the law does not use, not_applicable.
6. compliant: every binding element is found, in binding words, for everyone
   the standard protects; partial: some elements, a narrower scope (only
   women, only employees, a closed list of offences), or "may" where the
   standard says "shall". Discretionary obligations are compliant when
   addressed at all, never partial.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from lawreview.analysis.facts import AgeMention, PenaltyMention
from lawreview.analysis.matching import Hit, TermIndex
from lawreview.analysis.passages import Passage
from lawreview.model import (
    Check,
    ElementResult,
    Evidence,
    Fact,
    Finding,
    Parameter,
    ParameterValue,
    Requirement,
)

TOGETHER = frozenset({"define", "criminalise", "penalise"})
"""Obligations whose elements must stand in one provision (with its definitions)."""
DISCRETIONARY = frozenset({"shall_consider", "endeavour", "should", "shall_promote", "recognize"})
PENALTY_FACTS = frozenset({"maximum_penalty", "fine_alternative"})
MIN_SCORE = 2.0
"""Weight of matched elements below which a requirement counts as not addressed."""
CLOSE = 0.6
"""Sections scoring at least this share of the best one also count (step 2)."""
MAX_EVIDENCE = 4

SCOPE_LIMITS = (
    (
        re.compile(r"\b(?:a|any|the|every)\s+(?:woman|girl|female)\b|\bwomen\b|\bgirls\b", re.I),
        re.compile(
            r"\b(?:any|a|another|other|every)\s+(?:person|individual|human being)\b|\bpersons\b"
            r"|\bchild(?:ren)?\b|\banyone\b|\bwhoever\s+(?:recruits|transports|traffics)\s+a\s+person",
            re.I,
        ),
        "it protects only women or girls",
    ),
    (
        re.compile(r"\bemployees?\b|\bcontract of employment\b|\bemployment contract\b", re.I),
        re.compile(r"\bany (?:work|occupation)\b|\bself-employed\b|\bwork of any kind\b", re.I),
        "it reaches only employees under a contract, not all work",
    ),
    (
        re.compile(
            r"\bother than those (?:specified|listed)\b|\bthe offences of\b"
            r"|\bfor the following offences\b|\bonly (?:for|to) the (?:offences|following)\b",
            re.I,
        ),
        re.compile(r"\bany (?:offence|unlawful act|unlawful activit)", re.I),
        "it is limited to a closed list of offences",
    ),
)
PERMISSIVE = re.compile(r"\bmay\b", re.I)
BINDING = re.compile(
    r"\b(?:shall|must|is entitled|are entitled|has the right|have the right|commits?|is liable|"
    r"are liable|is guilty|is prohibited|are prohibited|prohibited|punish\w*)\b",
    re.I,
)
REFERS_OUT = re.compile(
    r"(?:punish\w*|penalt\w*|sanction\w*|liable)[^.]{0,80}?\b(?:under|in|by|of|as provided in)\s+"
    r"the\s+(?:[A-Z][\w'-]*\s+){0,4}(?:Code|Act|Law)\b",
)


@dataclass
class Context:
    """What the judge knows of the framework (built once per analysis)."""

    passages: Sequence[Passage]
    index: TermIndex
    ages: dict[int, list[AgeMention]]
    penalties: dict[int, list[PenaltyMention]]
    units: dict[tuple[int, str], list[int]]
    """Passages of each section or article, keyed by (law, unit eId)."""
    definitions: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    """Passages of the definitions each unit relies on."""
    parameters: dict[str, ParameterValue] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitScore:
    unit: tuple[int, str]
    score: float
    elements: dict[str, list[Hit]]


def unit_scores(requirement: Requirement, context: Context) -> list[UnitScore]:
    """Sections and articles ranked by the elements of the requirement they hold."""
    by_unit: dict[tuple[int, str], dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
    unit_of = {p.index: (p.law, p.unit) for p in context.passages}
    reliant: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for unit, definition_passages in context.definitions.items():
        for index in definition_passages:
            reliant[index].append(unit)
    for element in requirement.elements:
        for hit in context.index.hits.get(element.id, ()):
            by_unit[unit_of[hit.passage]][element.id].append(hit)
            for unit in reliant.get(hit.passage, ()):
                if unit in by_unit or unit in context.units:
                    by_unit[unit][element.id].append(hit)
    scores = []
    for unit, elements in by_unit.items():
        score = sum(context.index.rarity[element_id] for element_id in elements)
        scores.append(UnitScore(unit, score, {k: list(v) for k, v in elements.items()}))
    return sorted(scores, key=lambda s: (-s.score, s.unit))


def _value_text(value: ParameterValue, unit: str | None) -> str:
    return f"{value} {unit}" if unit else str(value)


def check_parameter(
    parameter: Parameter,
    value: ParameterValue,
    passages: list[int],
    hits: list[Hit],
    context: Context,
) -> Check | None:
    """The standard's threshold against the fact the law states, if it states one."""
    expected = f"{parameter.constraint.replace('_', ' ')} {_value_text(value, parameter.unit)}"
    anchor = min((hit.start for hit in hits), default=0)
    if parameter.fact == "age":
        mentions = [
            (passage, mention) for passage in passages for mention in context.ages.get(passage, ())
        ]
        if not mentions:
            return None
        passage, mention = min(
            mentions,
            key=lambda pm: abs(context.passages[pm[0]].start + pm[1].start - anchor),
        )
        ok = _meets(mention.age, value, parameter.constraint)
        fact = _age_fact(context.passages[passage], mention)
        found = f"{mention.age} years ({mention.text.strip()})"
        return Check(parameter.id, parameter.label, expected, found, ok, fact)
    penalties = [(p, m) for p in passages for m in context.penalties.get(p, ())]
    if not penalties:
        return None
    if parameter.fact == "maximum_penalty":
        where, penalty = penalties[0]
        upper = math.inf if (penalty.life or penalty.death) else penalty.max_years
        if upper is None:
            if penalty.min_years is None or penalty.min_years < float(value):
                return None
            upper = penalty.min_years
        fact = _penalty_fact(context.passages[where], penalty)
        found = "life imprisonment" if upper == math.inf else f"{upper:g} years"
        ok = _meets(upper, value, parameter.constraint)
        return Check(parameter.id, parameter.label, expected, found, ok, fact)
    if parameter.fact == "fine_alternative":
        alternative = next(((p, m) for p, m in penalties if m.fine_alternative), None)
        where, penalty = alternative or penalties[0]
        fact = _penalty_fact(context.passages[where], penalty)
        found = "a fine may replace imprisonment" if alternative else "imprisonment required"
        return Check(
            parameter.id, parameter.label, "imprisonment not replaceable by a fine alone",
            found, alternative is None, fact,
        )  # fmt: skip
    return None


def _meets(found: float, value: ParameterValue, constraint: str) -> bool:
    """Whether the law's value meets the value in force (the standard's, or the
    profile's where a State made a declaration: options count only then)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return found == value
    if constraint == "at_least":
        return found >= value
    if constraint == "at_most":
        return found <= value
    return found == value


def _age_fact(passage: Passage, mention: AgeMention) -> Fact:
    return Fact(
        kind="age",
        text=mention.text,
        document=passage.document,
        eid=passage.eid,
        start=passage.start + mention.start,
        end=passage.start + mention.end,
        age=mention.age,
    )


def _penalty_fact(passage: Passage, mention: PenaltyMention) -> Fact:
    return Fact(
        kind="penalty",
        text=mention.text,
        document=passage.document,
        eid=passage.eid,
        start=passage.start + mention.start,
        end=passage.start + mention.end,
        min_years=mention.min_years,
        max_years=mention.max_years,
        life=mention.life,
        death=mention.death,
        fine=mention.fine,
        fine_alternative=mention.fine_alternative,
    )


def _sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(".", 0, position), text.rfind(";", 0, position)) + 1
    ends = [i for i in (text.find(".", position), text.find(";", position)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def judge(requirement: Requirement, context: Context) -> Finding:
    """The finding on one requirement."""
    ranked = unit_scores(requirement, context)
    best = ranked[0] if ranked else None
    binding = [e for e in requirement.elements if e.binding] or list(requirement.elements)
    if best is None:
        chosen_units: list[UnitScore] = []
    elif requirement.obligation in TOGETHER:
        chosen_units = [best]
    else:
        chosen_units = [u for u in ranked[:3] if u.score >= CLOSE * best.score]
    found: dict[str, list[Hit]] = defaultdict(list)
    for unit in chosen_units:
        for element_id, hits in unit.elements.items():
            found[element_id].extend(hits)
    own_passages = sorted(
        {p for unit in chosen_units for p in context.units.get(unit.unit, [])}
        | {hit.passage for hits in found.values() for hit in hits}
    )
    if chosen_units and len(found) < len(binding):
        candidate_passages = sorted({p for unit in chosen_units for p in context.units[unit.unit]})
        for element in binding:
            if element.id not in found:
                fuzzy = context.index.fuzzy(element.id, candidate_passages)
                if fuzzy:
                    found[element.id] = fuzzy
    score = sum(context.index.rarity[e] for e in found)
    addressed = bool(found) and score >= MIN_SCORE
    found_binding = [e for e in binding if e.id in found]
    if requirement.combine == "any":
        complete = bool(found_binding)
    elif requirement.combine == "at_least":
        complete = len(found_binding) >= (requirement.at_least or len(binding))
    else:
        complete = len(found_binding) == len(binding)

    all_hits = [hit for hits in found.values() for hit in hits]
    checks = []
    if addressed:
        for parameter in requirement.parameters:
            if parameter.fact is None:
                continue
            value = context.parameters.get(parameter.id, parameter.value)
            check = check_parameter(parameter, value, own_passages, all_hits, context)
            if check is not None:
                checks.append(check)
    notes: list[str] = []
    unit_text = " ".join(context.passages[p].text for p in own_passages)
    for limit, wider, reason in SCOPE_LIMITS:
        if limit.search(unit_text) and not wider.search(unit_text):
            notes.append(reason)
            break
    hit_sentences = [
        _sentence_around(
            context.passages[h.passage].text, h.start - context.passages[h.passage].start
        )
        for h in all_hits
    ]
    if (
        hit_sentences
        and all(PERMISSIVE.search(s) and not BINDING.search(s) for s in hit_sentences)
        and requirement.strength not in DISCRETIONARY | {"may"}
    ):
        notes.append('it says "may" where the standard requires "shall"')
    penalty_left_out = (
        addressed
        and (
            requirement.obligation == "penalise"
            or any(p.fact in PENALTY_FACTS for p in requirement.parameters)
        )
        and not any(context.penalties.get(p) for p in own_passages)
        and bool(REFERS_OUT.search(unit_text))
    )

    if any(not c.ok for c in checks):
        status = "conflict"
    elif penalty_left_out:
        status = "needs_review"
    elif not addressed:
        status = "not_applicable" if requirement.strength == "may" else "missing"
    elif requirement.strength in DISCRETIONARY | {"may"} or (complete and not notes):
        status = "compliant"
    else:
        status = "partial"

    elements = tuple(
        ElementResult(
            element_id=e.id,
            description=e.description,
            found=e.id in found,
            binding=e.binding,
            terms=tuple(dict.fromkeys(h.term for h in found.get(e.id, ()))),
            eids=tuple(dict.fromkeys(context.passages[h.passage].eid for h in found.get(e.id, ()))),
        )
        for e in requirement.elements
    )
    evidence = (
        _evidence(all_hits, checks, context) if status not in ("missing", "not_applicable") else ()
    )
    coverage = len(found_binding) / len(binding) if binding else 0.0
    confidence = _confidence(status, coverage, score, all_hits, checks)
    rationale = _rationale(
        requirement, status, elements, checks, notes, context, all_hits, penalty_left_out
    )
    return Finding(
        requirement_id=requirement.id,
        instrument=requirement.instrument,
        article=requirement.article,
        title=requirement.title,
        strength=requirement.strength,
        theme=requirement.theme,
        status=status,
        confidence=confidence,
        rationale=rationale,
        elements=elements,
        checks=tuple(checks),
        evidence=evidence,
        recommendation=requirement.recommendation if status != "compliant" else None,
    )


def _evidence(hits: list[Hit], checks: list[Check], context: Context) -> tuple[Evidence, ...]:
    """The passages behind a finding, those with the most matched elements first."""
    by_passage: dict[int, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_passage[hit.passage].append(hit)
    for check in checks:
        if check.fact is not None:
            passage = next(
                (p for p in context.passages if p.eid == check.fact.eid
                 and p.start <= check.fact.start < p.end and p.document == check.fact.document),
                None,
            )  # fmt: skip
            if passage is not None:
                by_passage.setdefault(passage.index, [])
    ranked = sorted(
        by_passage.items(),
        key=lambda item: (-len({h.element for h in item[1]}), item[0]),
    )
    out = []
    for index, passage_hits in ranked[:MAX_EVIDENCE]:
        passage = context.passages[index]
        spans = sorted({(h.start, h.end) for h in passage_hits})
        spans += [
            (c.fact.start, c.fact.end)
            for c in checks
            if c.fact is not None and passage.start <= c.fact.start < passage.end
        ]
        out.append(
            Evidence(
                document=passage.document,
                eid=passage.eid,
                citation=passage.citation,
                page=passage.page,
                quote=passage.text,
                start=passage.start,
                end=passage.end,
                spans=tuple(sorted(set(spans))),
            )
        )
    return tuple(sorted(out, key=lambda e: (e.document, e.start)))


def _confidence(
    status: str, coverage: float, score: float, hits: list[Hit], checks: list[Check]
) -> float:
    """How sure the tool is: high for clear threshold conflicts and for
    requirements either fully met or not touched at all, lower in between and
    where only approximate matches were found."""
    exactness = sum(h.exact for h in hits) / len(hits) if hits else 1.0
    if status == "conflict":
        value = 0.9
    elif status in ("missing", "not_applicable"):
        value = 0.9 if score == 0 else 0.6
    elif status == "needs_review":
        value = 0.5
    elif status == "compliant":
        value = 0.55 + 0.35 * coverage * exactness
    else:
        value = 0.45 + 0.3 * coverage * exactness
    if status != "conflict" and checks:
        value = min(1.0, value + 0.05)
    return round(value, 2)


def _rationale(
    requirement: Requirement,
    status: str,
    elements: tuple[ElementResult, ...],
    checks: list[Check],
    notes: list[str],
    context: Context,
    hits: list[Hit],
    penalty_left_out: bool,
) -> str:
    """Plain words a lawyer can check: what was found where, what was not."""
    if status in ("missing", "not_applicable") and not any(e.found for e in elements):
        reason = "Not addressed by the laws reviewed"
        if status == "not_applicable":
            reason = "The standard leaves this as an option, and the laws reviewed do not use it"
        terms = ", ".join(
            t for e in elements for t in context.index.elements[e.element_id].terms[:2]
        )
        return f"{reason}: none of its key terms ({terms}) were found."
    where: dict[str, list[str]] = defaultdict(list)
    citation_of = {p.eid: p.citation for p in context.passages}
    for element in elements:
        if element.found:
            cited = ", ".join(dict.fromkeys(citation_of.get(e, e) for e in element.eids[:2]))
            where[cited].append(_short(element.description))
    parts = [f"Found in {cited}: {', '.join(found)}." for cited, found in where.items()]
    absent = [_short(e.description) for e in elements if not e.found and e.binding]
    if absent:
        parts.append(f"Not found: {', '.join(absent)}.")
    for check in checks:
        verdict = "meets" if check.ok else "contradicts"
        parts.append(
            f"{check.label}: the law states {check.found}, which {verdict} the standard "
            f"({check.expected})."
        )
    parts.extend(f"Partly met: {note}." for note in notes)
    if penalty_left_out:
        parts.append("The penalty is left to another law that was not reviewed; check it there.")
    if status in ("missing", "not_applicable"):
        parts.insert(0, "Too little of the requirement was found to count as addressing it.")
    if requirement.strength in DISCRETIONARY and status == "compliant":
        parts.append("The standard only asks States to consider or endeavour to do this.")
    return " ".join(parts)


def _short(description: str) -> str:
    text = description.rstrip(".")
    return text[0].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text
