"""Load the standards library (and a researcher's own files) into a `StandardSet`.

Directories in, validated frozen data out. A standards directory holds one
instrument per `*.yaml` file and profiles in `profiles/*.yaml`. Every file is
checked against its JSON Schema, then against the rules a schema cannot state
(unique ids, links that resolve both ways, typed thresholds, profile
selectors that select something). All problems are collected and raised
together as one `StandardsError`.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib.util
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from lawreview.model import (
    INVERSE_RELATIONS,
    Element,
    Implication,
    Instrument,
    LawreviewError,
    Link,
    Parameter,
    ParameterOption,
    ParameterValue,
    PartlyMetBy,
    Problem,
    Profile,
    Requirement,
    Selector,
    StandardsError,
    StandardSet,
)
from lawreview.standards.schema import load_schema, schema_problems
from lawreview.standards.source import DataPath, SourceFile, read_source

INSTRUMENT_SCHEMA = "lawreview/standards-instrument@1"
PROFILE_SCHEMA = "lawreview/standards-profile@1"
PLACEHOLDERS = {"state"}
"""Fields a recommendation template may use, e.g. `{state}`."""

PARAMETER_TYPES: dict[str, tuple[type, ...]] = {
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "string": (str,),
}


ESCAPES = re.compile(r"\\[A-Za-z]|\(\?-?i:|\(\?P<\w+>|\(\?P=\w+\)")
"""Escapes and group syntax whose letters are no literal letters (\\b, \\S, (?P<name>)."""
UPPER_CASE_LITERAL = re.compile(r"[A-Z]")


def shipped_dir() -> Path:
    """The directory of the shipped checklists: installed package data or the checkout's."""
    spec = importlib.util.find_spec("lawreview.standards_data")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    checkout = Path(__file__).resolve().parents[2] / "standards"
    if (checkout / "schema" / "instrument.schema.json").is_file():
        return checkout
    raise LawreviewError("the standards library is missing; reinstall lawreview")


@dataclass(frozen=True)
class _Entry:
    """A requirement as read, with where it came from."""

    requirement: Requirement
    source: SourceFile
    index: int
    root: int


@dataclass
class _Library:
    """What has been read so far, and every problem met on the way."""

    problems: list[Problem] = field(default_factory=list)
    instruments: list[tuple[Instrument, SourceFile, int]] = field(default_factory=list)
    profiles: list[tuple[Profile, SourceFile]] = field(default_factory=list)
    seen_files: set[Path] = field(default_factory=set)


def load_standards(
    profile: str | Path | None = None, extra_dirs: Sequence[str | Path] = ()
) -> StandardSet:
    """The shipped library plus `extra_dirs`, narrowed to `profile` when one is given.

    `profile` is a profile id (shipped or in an extra directory) or the path of
    a profile file. Raises `StandardsError` listing every problem in the files.
    """
    roots = [shipped_dir(), *(_existing(Path(d), directory=True) for d in extra_dirs)]
    profile_file = None
    if profile is not None and Path(profile).suffix in (".yaml", ".yml"):
        profile_file = _existing(Path(profile), directory=False)
        roots.append(profile_file)
    standards = _load(roots)
    if profile is None:
        return standards
    wanted = _profile_id(profile_file) if profile_file else str(profile)
    chosen = next((p for p in standards.profiles if p.id == wanted), None)
    if chosen is None:
        known = ", ".join(p.id for p in standards.profiles)
        raise LawreviewError(f"unknown profile `{profile}`; available profiles: {known}")
    return apply_profile(standards, chosen)


def validate_standards(
    paths: Sequence[str | Path] = (), extra_dirs: Sequence[str | Path] = ()
) -> tuple[str, ...]:
    """Check the shipped library, `extra_dirs` and `paths` (files or directories) together.

    Returns the files checked; raises `StandardsError` listing every problem.
    """
    roots = [shipped_dir(), *(_existing(Path(d), directory=True) for d in extra_dirs)]
    roots.extend(_existing(Path(p), directory=None) for p in paths)
    standards = _load(roots)
    files = [i.path for i in standards.instruments] + [p.path for p in standards.profiles]
    return tuple(files)


def apply_profile(standards: StandardSet, profile: Profile) -> StandardSet:
    """`standards` narrowed to the requirements `profile` selects, with its parameters set."""
    requirements = standards.all_requirements()
    selected = tuple(
        r.id
        for r in requirements
        if (not profile.include or any(matches(s, r) for s in profile.include))
        and not any(matches(s, r) for s in profile.exclude)
    )
    values = dict(standards.parameters)
    values.update(profile.parameters)
    return dataclasses.replace(
        standards, selected=selected, parameters=tuple(values.items()), profile=profile
    )


def matches(selector: Selector, requirement: Requirement) -> bool:
    """Whether `requirement` has every attribute `selector` asks for."""
    return (
        (not selector.ids or any(fnmatchcase(requirement.id, p) for p in selector.ids))
        and (not selector.instruments or requirement.instrument in selector.instruments)
        and (not selector.themes or requirement.theme in selector.themes)
        and (not selector.strengths or requirement.strength in selector.strengths)
        and (not selector.obligations or requirement.obligation in selector.obligations)
    )


def _existing(path: Path, *, directory: bool | None) -> Path:
    if not path.exists():
        raise LawreviewError("no such file or directory", str(path))
    if directory is True and not path.is_dir():
        raise LawreviewError("is not a directory; --standards-dir takes a directory", str(path))
    if directory is False and not path.is_file():
        raise LawreviewError("is not a profile file", str(path))
    return path


def _profile_id(path: Path) -> str:
    data = read_source(path).data
    profile = data.get("profile") if isinstance(data, dict) else None
    return str(profile.get("id")) if isinstance(profile, dict) else path.stem


def _load(roots: Sequence[Path]) -> StandardSet:
    """Read every root (shipped first), check everything, and build the set."""
    schema_dir = shipped_dir() / "schema"
    instrument_schema = load_schema(schema_dir / "instrument.schema.json")
    profile_schema = load_schema(schema_dir / "profile.schema.json")
    library = _Library()
    for root_index, root in enumerate(roots):
        for path, kind in _discover(root):
            if path.resolve() in library.seen_files:
                continue
            library.seen_files.add(path.resolve())
            source = read_source(path)
            if source.problems:
                library.problems.extend(source.problems)
                continue
            kind = kind or _kind(source)
            schema = instrument_schema if kind == "instrument" else profile_schema
            found = schema_problems(source, schema)
            if found:
                library.problems.extend(found)
            elif kind == "instrument":
                instrument = _build_instrument(source, library.problems)
                library.instruments.append((instrument, source, root_index))
            else:
                library.profiles.append((_build_profile(source), source))
    instruments = _check_library(library)
    standards = StandardSet(
        instruments=instruments,
        profiles=tuple(p for p, _ in library.profiles),
        selected=tuple(r.id for i in instruments for r in i.requirements),
        parameters=tuple(
            (p.id, p.value) for i in instruments for r in i.requirements for p in r.parameters
        ),
    )
    for profile, source in library.profiles:
        library.problems.extend(_check_profile(profile, source, standards))
    if library.problems:
        ordered = sorted(set(library.problems), key=lambda p: (p.path, p.line, p.key))
        raise StandardsError(tuple(ordered))
    return standards


def _discover(root: Path) -> list[tuple[Path, str | None]]:
    """The files of a root with their kind (None: decide from the file's `schema`)."""
    if root.is_file():
        return [(root, None)]
    found: list[tuple[Path, str | None]] = []
    for pattern in ("*.yaml", "*.yml"):
        found.extend((path, "instrument") for path in sorted(root.glob(pattern)))
        found.extend((path, "profile") for path in sorted((root / "profiles").glob(pattern)))
    return found


def _kind(source: SourceFile) -> str:
    data = source.data
    is_profile = isinstance(data, dict) and data.get("schema") == PROFILE_SCHEMA
    return "profile" if is_profile else "instrument"


def _build_instrument(source: SourceFile, problems: list[Problem]) -> Instrument:
    """An `Instrument` from a schema-valid file; per-file rule breaches go to `problems`."""
    meta = source.data["instrument"]
    requirements = tuple(
        _build_requirement(raw, meta["id"], source, index, problems)
        for index, raw in enumerate(source.data["requirements"])
    )
    return Instrument(
        id=meta["id"],
        title=meta["title"],
        short_title=meta["short_title"],
        body=meta["body"],
        adopted=meta["adopted"],
        entry_into_force=meta["entry_into_force"],
        source_url=meta["source_url"],
        version=meta["version"],
        requirements=requirements,
        path=source.path,
        binding=meta.get("binding", True),
        verified=meta.get("verified", True),
        verification_note=meta.get("verification_note"),
        notes=meta.get("notes"),
    )


def _build_requirement(
    raw: dict[str, Any], instrument: str, source: SourceFile, index: int, problems: list[Problem]
) -> Requirement:
    at = ("requirements", index)
    rid = raw["id"]
    if rid.split(".")[0] != instrument:
        problems.append(
            source.problem(
                (*at, "id"),
                f"`{rid}` does not start with the instrument id `{instrument}`",
                f"name it `{instrument}.<article>...` or move it to the file of its instrument",
            )
        )
    strength = raw["strength"]
    elements = tuple(
        _build_element(e, rid, strength, source, (*at, "elements", n), problems)
        for n, e in enumerate(raw["elements"])
    )
    parameters = tuple(
        _build_parameter(p, rid, {e.id for e in elements}, source, (*at, "parameters", n), problems)
        for n, p in enumerate(raw.get("parameters", []))
    )
    element_ids = {e.id for e in elements}
    for n, element in enumerate(elements):
        if element.qualifies is not None and (
            element.qualifies not in element_ids or element.qualifies == element.id
        ):
            problems.append(
                source.problem(
                    (*at, "elements", n, "qualifies"),
                    f"`{element.qualifies}` is not another element of `{rid}`",
                    f"name one of: {', '.join(sorted(element_ids - {element.id}))}",
                )
            )
    _check_unique(
        [(e.id, (*at, "elements", n, "id")) for n, e in enumerate(elements)]
        + [(p.id, (*at, "parameters", n, "id")) for n, p in enumerate(parameters)],
        source,
        problems,
    )
    combine = raw.get("combine", "all")
    at_least = combine["at_least"] if isinstance(combine, dict) else None
    binding = sum(1 for e in elements if e.binding)
    if at_least is not None and at_least > binding:
        problems.append(
            source.problem(
                (*at, "combine", "at_least"),
                f"asks for {at_least} elements but only {binding} are binding",
                f"use a number from 1 to {binding}, or `all`",
            )
        )
    for name in _template_fields(raw["recommendation"]) - PLACEHOLDERS:
        problems.append(
            source.problem(
                (*at, "recommendation"),
                f"unknown placeholder `{{{name}}}`",
                "use only {state}, or double the braces to write them literally",
            )
        )
    if raw.get("matter") is not None:
        _check_pattern(raw["matter"], source, (*at, "matter"), problems)
    links = tuple(
        Link(target=link["target"], relation=link["relation"], note=link.get("note"))
        for link in raw.get("links", [])
    )
    return Requirement(
        id=rid,
        instrument=instrument,
        article=raw["article"],
        title=raw["title"],
        summary=raw["summary"],
        obligation=raw["obligation"],
        strength=strength,
        theme=raw["theme"],
        elements=elements,
        guidance=raw["guidance"],
        recommendation=raw["recommendation"],
        path=source.path,
        line=source.line(at),
        combine="at_least" if at_least is not None else combine,
        at_least=at_least,
        parameters=parameters,
        links=links,
        model_law=raw.get("model_law"),
        covers=_ids(raw.get("covers")),
        partly_met_by=(
            PartlyMetBy(raw["partly_met_by"]["requirement"], raw["partly_met_by"]["because"])
            if raw.get("partly_met_by")
            else None
        ),
        together=bool(raw.get("together", False)),
        separate=bool(raw.get("separate", False)),
        any_purpose=bool(raw.get("any_purpose", False)),
        offence_terms=tuple(raw.get("offence_terms", ())),
        matter=raw.get("matter"),
        verified=raw.get("verified", True),
        verification_note=raw.get("verification_note"),
    )


def _check_pattern(
    pattern: str, source: SourceFile, where: DataPath, problems: list[Problem]
) -> None:
    """A regular expression matched against the law's words in lower case: it must
    compile and hold no upper-case letter."""
    try:
        re.compile(pattern)
    except re.error as error:
        problems.append(
            source.problem(
                where,
                f"`{pattern}` is not a regular expression: {error}",
                "fix the pattern (Python `re` syntax; quote it in single quotes in YAML)",
            )
        )
        return
    if UPPER_CASE_LITERAL.search(ESCAPES.sub("", pattern)):
        problems.append(
            source.problem(
                where,
                f"`{pattern}` has upper-case letters, and is matched against the law's "
                "words in lower case, so it can never match them",
                "write the pattern in lower case",
            )
        )


def _build_element(
    raw: dict[str, Any],
    rid: str,
    strength: str,
    source: SourceFile,
    at: DataPath,
    problems: list[Problem],
) -> Element:
    if not raw["id"].startswith(f"{rid}#"):
        problems.append(
            source.problem(
                (*at, "id"),
                f"`{raw['id']}` does not belong to requirement `{rid}`",
                f"name it `{rid}#<name>`",
            )
        )
    implied = raw.get("implied_by") or []
    rules: list[tuple[DataPath, dict[str, Any]]] = (
        [((*at, "implied_by", n), rule) for n, rule in enumerate(implied)]
        if isinstance(implied, list)
        else [((*at, "implied_by"), implied)]
    )  # one rule, or a list of them
    regexes = [((*at, "patterns", n), p) for n, p in enumerate(raw.get("patterns", []))] + [
        ((*where, key), rule[key])
        for where, rule in rules
        for key in ("words", "provision_words", "without_words")
        if rule.get(key) is not None
    ]
    for where, pattern in regexes:
        _check_pattern(pattern, source, where, problems)
    return Element(
        id=raw["id"],
        description=raw["description"],
        terms=tuple(raw["terms"]),
        strength=raw.get("strength", strength),
        variants=tuple(raw.get("variants", [])),
        patterns=tuple(raw.get("patterns", [])),
        implied_by=tuple(
            Implication(
                description=rule["description"],
                with_elements=tuple(rule["with"]),
                at_least=rule.get("at_least", 1),
                without_elements=tuple(rule.get("without", [])),
                unit_without=tuple(rule.get("unit_without", [])),
                words=rule.get("words"),
                provision_words=rule.get("provision_words"),
                without_words=rule.get("without_words"),
            )
            for _, rule in rules
        ),
        check=raw.get("check", "present"),
        qualifies=raw.get("qualifies"),
        verified=raw.get("verified", True),
        verification_note=raw.get("verification_note"),
    )


def _build_parameter(
    raw: dict[str, Any],
    rid: str,
    element_ids: set[str],
    source: SourceFile,
    at: DataPath,
    problems: list[Problem],
) -> Parameter:
    if not raw["id"].startswith(f"{rid}/"):
        problems.append(
            source.problem(
                (*at, "id"),
                f"`{raw['id']}` does not belong to requirement `{rid}`",
                f"name it `{rid}/<name>`",
            )
        )
    if raw.get("element") is not None and raw["element"] not in element_ids:
        problems.append(
            source.problem(
                (*at, "element"),
                f"`{raw['element']}` is not an element of requirement `{rid}`",
                f"use one of: {', '.join(sorted(element_ids))}",
            )
        )
    kind = raw["type"]
    values = [((*at, "value"), raw["value"])] + [
        ((*at, "options", n, "value"), option["value"])
        for n, option in enumerate(raw.get("options", []))
    ]
    for where, value in values:
        if not has_type(value, kind):
            problems.append(
                source.problem(
                    where,
                    f"`{value}` is not of the parameter's type `{kind}`",
                    f"write a bare {kind} (e.g. {_example(kind)}), or change `type`",
                )
            )
    return Parameter(
        id=raw["id"],
        label=raw["label"],
        type=kind,
        value=raw["value"],
        constraint=raw["constraint"],
        unit=raw.get("unit"),
        fact=raw.get("fact"),
        offence_terms=tuple(raw.get("offence_terms", ())),
        purpose_of=tuple(raw.get("purpose_of", ())),
        age_stated_as=raw.get("age_stated_as"),
        element=raw.get("element"),
        options=tuple(
            ParameterOption(
                value=o["value"],
                condition=o["condition"],
                law_states=tuple(tuple(group) for group in o.get("law_states", ())),
            )
            for o in raw.get("options", [])
        ),
        verified=raw.get("verified", True),
        verification_note=raw.get("verification_note"),
    )


def has_type(value: ParameterValue, kind: str) -> bool:
    """Whether `value` is of parameter type `kind` (a boolean is never a number)."""
    if isinstance(value, bool) and kind != "boolean":
        return False
    return isinstance(value, PARAMETER_TYPES[kind])


def _example(kind: str) -> str:
    return {"integer": "18", "number": "4.5", "boolean": "true", "string": "text"}[kind]


def _template_fields(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:
        return {"(unbalanced brace)"}


def _check_unique(
    ids: Sequence[tuple[str, DataPath]], source: SourceFile, problems: list[Problem]
) -> None:
    first: dict[str, int] = {}
    for value, where in ids:
        if value in first:
            problems.append(
                source.problem(
                    where,
                    f"duplicate id `{value}` (first on line {first[value]})",
                    "give each element and parameter its own id",
                )
            )
        else:
            first[value] = source.line(where)


def _check_library(library: _Library) -> tuple[Instrument, ...]:
    """Check ids and links across files; return the instruments with inverse links added."""
    problems = library.problems
    owners: dict[str, tuple[SourceFile, int]] = {}
    for instrument, source, _ in library.instruments:
        iid = instrument.id
        if iid in owners:
            other, line = owners[iid]
            problems.append(
                source.problem(
                    ("instrument", "id"),
                    f"instrument id `{iid}` is already used by {other.path}:{line}",
                    "choose another id, or pass only one of the two files",
                )
            )
        else:
            owners[iid] = (source, source.line(("instrument", "id")))
    registry: dict[str, _Entry] = {}
    for instrument, source, root in library.instruments:
        for index, requirement in enumerate(instrument.requirements):
            rid = requirement.id
            if rid in registry:
                first = registry[rid]
                problems.append(
                    source.problem(
                        ("requirements", index, "id"),
                        f"requirement id `{rid}` is already used by "
                        f"{first.source.path}:{first.requirement.line}",
                        "give it another id, or remove one of the two entries",
                    )
                )
            else:
                registry[rid] = _Entry(requirement, source, index, root)
    added = _check_links(registry, problems)
    return tuple(
        dataclasses.replace(
            instrument,
            requirements=tuple(
                dataclasses.replace(r, links=r.links + tuple(added.get(r.id, [])))
                if added.get(r.id)
                else r
                for r in instrument.requirements
            ),
        )
        for instrument, _, _ in library.instruments
    )


def _ids(value: str | list[str] | None) -> tuple[str, ...]:
    """One requirement id or a list of them, as a tuple."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _check_links(registry: dict[str, _Entry], problems: list[Problem]) -> dict[str, list[Link]]:
    """Every link (and `covers`, `partly_met_by`) must resolve, and a link be
    answered by the inverse link on the target.

    Within one directory both sides must be written. A link into another
    directory (a researcher's file pointing at the shipped library) gets its
    inverse added here, since that side cannot be edited. Returns those inverses.
    """
    added: dict[str, list[Link]] = {}
    for rid, entry in registry.items():
        wider = entry.requirement.partly_met_by
        named: list[tuple[str, tuple[str, ...]]] = [
            (covered, ("covers",)) for covered in entry.requirement.covers
        ]
        if wider is not None:
            named.append((wider.requirement, ("partly_met_by", "requirement")))
        for named_id, where in named:
            if named_id in registry:
                continue
            close = difflib.get_close_matches(named_id, list(registry), n=1)
            problems.append(
                entry.source.problem(
                    ("requirements", entry.index, *where),
                    f"unknown requirement `{named_id}`",
                    f"did you mean `{close[0]}`?" if close else "use an existing requirement id",
                )
            )
        targets: set[str] = set()
        for n, link in enumerate(entry.requirement.links):
            at = ("requirements", entry.index, "links", n, "target")
            if link.target in targets:
                problems.append(
                    entry.source.problem(at, f"`{link.target}` is linked twice", "keep one link")
                )
                continue
            targets.add(link.target)
            target = registry.get(link.target)
            if link.target == rid:
                problems.append(
                    entry.source.problem(at, "a requirement links to itself", "remove the link")
                )
                continue
            if target is None:
                close = difflib.get_close_matches(link.target, list(registry), n=1)
                hint = f"did you mean `{close[0]}`?" if close else "use an existing requirement id"
                problems.append(
                    entry.source.problem(
                        at,
                        f"unknown link target `{link.target}`",
                        f"{hint} (`lawreview standards list`)",
                    )
                )
                continue
            inverse = INVERSE_RELATIONS[link.relation]
            back = next((b for b in target.requirement.links if b.target == rid), None)
            if back is None and target.root != entry.root:
                added.setdefault(link.target, []).append(
                    Link(target=rid, relation=inverse, note=link.note, declared=False)
                )
            elif back is None:
                problems.append(
                    entry.source.problem(
                        at,
                        f"`{link.target}` does not link back",
                        f"add to `{link.target}` ({target.source.path}:{target.requirement.line}) "
                        f"the link `- {{target: {rid}, relation: {inverse}}}`",
                    )
                )
            elif back.relation != inverse:
                problems.append(
                    entry.source.problem(
                        ("requirements", entry.index, "links", n, "relation"),
                        f"`{link.relation}` does not match the link back from `{link.target}` "
                        f"(`{back.relation}`)",
                        f"make one side the inverse of the other: `{link.relation}` here "
                        f"needs `{inverse}` there",
                    )
                )
    return added


def _build_profile(source: SourceFile) -> Profile:
    """A `Profile` from a schema-valid file."""
    data = source.data
    meta = data["profile"]
    return Profile(
        id=meta["id"],
        title=meta["title"],
        description=meta["description"],
        version=meta["version"],
        path=source.path,
        include=tuple(_selector(s) for s in data.get("include", [])),
        exclude=tuple(_selector(s) for s in data.get("exclude", [])),
        parameters=tuple(data.get("parameters", {}).items()),
    )


def _selector(raw: dict[str, list[str]]) -> Selector:
    return Selector(
        ids=tuple(raw.get("ids", [])),
        instruments=tuple(raw.get("instruments", [])),
        themes=tuple(raw.get("themes", [])),
        strengths=tuple(raw.get("strengths", [])),
        obligations=tuple(raw.get("obligations", [])),
    )


def _check_profile(profile: Profile, source: SourceFile, standards: StandardSet) -> list[Problem]:
    """Selectors must select something; parameters must exist and take a permitted value."""
    problems: list[Problem] = []
    others = [p for p in standards.profiles if p.id == profile.id and p.path != profile.path]
    if others:
        problems.append(
            source.problem(
                ("profile", "id"),
                f"profile id `{profile.id}` is also used by {others[0].path}",
                "choose another id",
            )
        )
    requirement_ids = [r.id for r in standards.all_requirements()]
    instrument_ids = [i.id for i in standards.instruments]
    for section, selectors in (("include", profile.include), ("exclude", profile.exclude)):
        for n, selector in enumerate(selectors):
            for k, pattern in enumerate(selector.ids):
                if not any(fnmatchcase(rid, pattern) for rid in requirement_ids):
                    close = difflib.get_close_matches(pattern, requirement_ids, n=1)
                    hint = f"did you mean `{close[0]}`?" if close else "check the id"
                    problems.append(
                        source.problem(
                            (section, n, "ids", k), f"`{pattern}` matches no requirement", hint
                        )
                    )
            for k, iid in enumerate(selector.instruments):
                if iid not in instrument_ids:
                    problems.append(
                        source.problem(
                            (section, n, "instruments", k),
                            f"unknown instrument `{iid}`",
                            f"use one of: {', '.join(instrument_ids)}",
                        )
                    )
    parameters = {p.id: p for r in standards.all_requirements() for p in r.parameters}
    for pid, value in profile.parameters:
        at = ("parameters", pid)
        parameter = parameters.get(pid)
        if parameter is None:
            close = difflib.get_close_matches(pid, list(parameters), n=1)
            hint = f"did you mean `{close[0]}`?" if close else "see `lawreview standards show`"
            problems.append(source.problem(at, f"unknown parameter `{pid}`", hint))
        elif not has_type(value, parameter.type):
            problems.append(
                source.problem(
                    at,
                    f"`{value}` is not of the parameter's type `{parameter.type}`",
                    f"write a bare {parameter.type} (e.g. {parameter.value})",
                )
            )
        elif not parameter.permits(value):
            options = "; ".join(f"{o.value} ({o.condition})" for o in parameter.options)
            direction = {"at_least": "or higher", "at_most": "or lower", "equals": "exactly"}[
                parameter.constraint
            ]
            allowed = f"{parameter.value} {direction}" + (f", or {options}" if options else "")
            problems.append(
                source.problem(
                    at,
                    f"`{value}` is weaker than the standard allows",
                    f"use {allowed}",
                )
            )
    return problems
