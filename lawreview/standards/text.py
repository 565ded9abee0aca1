"""Plain-text views of the standards for people: a catalogue and a lawyer's reading.

A `StandardSet` in, a string out; no YAML, no markup.
"""

from __future__ import annotations

import textwrap

from lawreview.model import (
    Element,
    Instrument,
    LawreviewError,
    Parameter,
    Requirement,
    StandardSet,
)

WIDTH = 88

STRENGTH_WORDS = {
    "shall": "binding duty",
    "shall_qualified": "binding duty with a qualifier",
    "recognize": "binding recognition of a right",
    "shall_promote": "duty to promote",
    "shall_consider": "duty to consider",
    "endeavour": "best-efforts duty",
    "may": "option (not a gap if absent)",
    "should": "non-binding guidance",
}

RELATION_WORDS = {
    "related": "related to",
    "equivalent-to": "equivalent to",
    "subset-of": "narrower than",
    "superset-of": "broader than",
    "intersects-with": "overlaps with",
}

CONSTRAINT_WORDS = {
    "at_least": "the national value must be at least this",
    "at_most": "the national value must be at most this",
    "equals": "the national law must match this",
}


def count_rows(standards: StandardSet) -> list[tuple[str, int, int, int, int]]:
    """Per instrument in scope: (id, requirements, elements, parameters, links)."""
    rows = []
    chosen = set(standards.selected)
    for instrument in standards.instruments:
        requirements = [r for r in instrument.requirements if r.id in chosen]
        if not requirements:
            continue
        rows.append(
            (
                instrument.id,
                len(requirements),
                sum(len(r.elements) for r in requirements),
                sum(len(r.parameters) for r in requirements),
                sum(len(r.links) for r in requirements),
            )
        )
    return rows


def catalogue(standards: StandardSet) -> str:
    """The instruments in scope with their counts, then the profiles available."""
    profile = standards.profile
    heading = "All requirements (no profile)"
    if profile:
        heading = f"Profile: {profile.id} {profile.version} ({profile.title})"
    lines = [heading, ""]
    header = ("id", "version", "reqs", "elements", "params", "links", "title")
    table: list[tuple[str, ...]] = [header]
    totals = [0, 0, 0, 0]
    titles = {i.id: (i.version, i.short_title) for i in standards.instruments}
    for iid, *counts in count_rows(standards):
        version, title = titles[iid]
        table.append((iid, version, *(str(c) for c in counts), title))
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
    table.append(("total", "", *(str(t) for t in totals), ""))
    widths = [max(len(row[col]) for row in table) for col in range(len(header) - 1)]
    for row in table:
        cells = [
            row[c].ljust(widths[c]) if c in (0, 1) else row[c].rjust(widths[c])
            for c in range(len(widths))
        ]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.append("")
    lines.append("Profiles:")
    for available in standards.profiles:
        lines.append(f"  {available.id:<20} {available.title}")
    return "\n".join(lines)


def describe(standards: StandardSet, item_id: str) -> str:
    """A requirement (also found by one of its element or parameter ids) or a whole instrument."""
    instrument = standards.instrument(item_id)
    if instrument is not None:
        return _instrument_text(instrument, standards)
    requirement_id = item_id.split("#")[0].split("/")[0]
    requirement = standards.requirement(requirement_id)
    if requirement is None:
        raise LawreviewError(
            f"no instrument or requirement `{item_id}`; `lawreview standards list` shows the ids"
        )
    owner = standards.instrument(requirement.instrument)
    name = owner.short_title if owner else requirement.instrument
    return _requirement_text(requirement, name, standards)


def _instrument_text(instrument: Instrument, standards: StandardSet) -> str:
    lines = [instrument.title, "=" * min(len(instrument.title), WIDTH), ""]
    facts = [
        ("Short title", instrument.short_title),
        ("Adopted", f"{instrument.adopted} ({instrument.body})"),
        ("In force", instrument.entry_into_force),
        ("Official text", instrument.source_url),
        ("Checklist", f"version {instrument.version}, {instrument.path}"),
    ]
    lines.extend(f"{label + ':':<15}{value}" for label, value in facts)
    if not instrument.verified:
        lines.extend(_wrap(f"UNVERIFIED: {instrument.verification_note}", "  "))
    if instrument.notes:
        lines.append("")
        lines.extend(_wrap(instrument.notes))
    lines.extend(["", f"{len(instrument.requirements)} requirements:", ""])
    for requirement in instrument.requirements:
        flag = "" if requirement.verified else "  [unverified]"
        lines.append(f"  {requirement.id:<14} {requirement.article:<14} {requirement.title}{flag}")
        lines.append(
            f"  {'':<14} {'':<14} {STRENGTH_WORDS[requirement.strength]}; "
            f"{requirement.obligation}; {requirement.theme}"
        )
    lines.extend(["", f"`lawreview standards show {instrument.requirements[0].id}` shows one."])
    return "\n".join(lines)


def _requirement_text(
    requirement: Requirement, instrument_name: str, standards: StandardSet
) -> str:
    title = f"{instrument_name}, {requirement.article}: {requirement.title}"
    lines = [title, "=" * min(len(title), WIDTH), ""]
    lines.append(f"Id:          {requirement.id}")
    lines.append(f"Strength:    {requirement.strength} ({STRENGTH_WORDS[requirement.strength]})")
    lines.append(f"Obligation:  {requirement.obligation}; theme: {requirement.theme}")
    if not requirement.verified:
        lines.extend(_wrap(f"UNVERIFIED: {requirement.verification_note}", "             "))
    lines.extend(["", "What it requires", *_wrap(requirement.summary, "  "), ""])
    rule = {
        "all": "all of the following",
        "any": "any one of the following",
        "at_least": f"at least {requirement.at_least} of the following",
    }[requirement.combine]
    lines.append(f"What the national law must contain ({rule}; options and guidance aside)")
    for number, element in enumerate(requirement.elements, start=1):
        lines.extend(_element_text(number, element, requirement.strength))
    if requirement.parameters:
        lines.extend(["", "Thresholds"])
        for parameter in requirement.parameters:
            lines.extend(_parameter_text(parameter, standards))
    lines.extend(["", "Guidance for the reviewer", *_wrap(requirement.guidance, "  ")])
    recommendation = requirement.recommendation.format(state="[the State]")
    lines.extend(["", "Recommendation if not met", *_wrap(recommendation, "  ")])
    if requirement.model_law:
        lines.append(f"  UNODC Model Law against Trafficking in Persons: {requirement.model_law}")
    if requirement.links:
        lines.extend(["", "Related obligations"])
        for link in requirement.links:
            target = standards.requirement(link.target)
            label = f"{target.article}, {target.title}" if target else ""
            lines.append(f"  - {RELATION_WORDS[link.relation]} {link.target} ({label})")
            if link.note:
                lines.extend(_wrap(link.note, "      "))
    lines.extend(["", f"Source: {requirement.path}:{requirement.line}"])
    return "\n".join(lines)


def _element_text(number: int, element: Element, strength: str) -> list[str]:
    marks = []
    if element.strength != strength:
        marks.append(f"{element.strength}: {STRENGTH_WORDS[element.strength]}")
    if not element.verified:
        marks.append("unverified")
    suffix = f" [{'; '.join(marks)}]" if marks else ""
    lines = _wrap(f"{number}. {element.description}{suffix}", "  ", "     ")
    lines.append(f"     ({element.id})")
    lines.extend(_wrap("Key terms: " + "; ".join(element.terms), "     ", "       "))
    if element.variants:
        lines.extend(_wrap("Also written: " + "; ".join(element.variants), "     ", "       "))
    if element.verification_note:
        lines.extend(_wrap(f"Unverified: {element.verification_note}", "     ", "       "))
    return lines


def _parameter_text(parameter: Parameter, standards: StandardSet) -> list[str]:
    unit = f" {parameter.unit}" if parameter.unit else ""
    value = standards.parameter_value(parameter.id)
    lines = _wrap(f"- {parameter.label}: {parameter.value}{unit}", "  ", "    ")
    lines.append(f"    ({CONSTRAINT_WORDS[parameter.constraint]}; {parameter.id})")
    for option in parameter.options:
        lines.extend(_wrap(f"or {option.value}{unit} where {option.condition}", "    ", "      "))
    if value is not None and value != parameter.value:
        lines.append(f"    Set by the profile to: {value}{unit}")
    if not parameter.verified:
        lines.extend(_wrap(f"Unverified: {parameter.verification_note}", "    ", "      "))
    return lines


def _wrap(text: str, indent: str = "", subsequent: str | None = None) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()),
        width=WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
    ) or [indent]
