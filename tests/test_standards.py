"""The standards library: every required id, links both ways, schema, profiles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import INSTRUMENT_IDS

from lawreview import load_standards
from lawreview.model import INVERSE_RELATIONS, StandardsError
from lawreview.standards import validate_standards
from lawreview.standards.loader import shipped_dir
from lawreview.standards.schema import load_schema, schema_problems
from lawreview.standards.source import read_source

SHARED = Path(__file__).parents[2] / "shared" / "reference"
FIXTURES = Path(__file__).parent / "fixtures" / "standards"

REQUIRED_IDS = [
    "crc.1",
    "crc.2",
    "crc.3.1",
    "crc.11",
    "crc.12",
    "crc.19",
    "crc.21",
    "crc.32",
    "crc.34",
    "crc.35",
    "crc.36",
    "crc.37",
    "crc.39",
    "opsc.2.a",
    "opsc.2.b",
    "opsc.2.c",
    "opsc.3.1.a",
    "opsc.3.1.b",
    "opsc.3.1.c",
    "opsc.3.2",
    "opsc.3.3",
    "opsc.3.4",
    "opsc.4",
    "opsc.7",
    "opsc.8",
    "opsc.9.3",
    "opsc.9.4",
    "palermo.3.a",
    "palermo.3.b",
    "palermo.3.c",
    "palermo.3.d",
    "palermo.5.1",
    "palermo.5.2",
    "palermo.6.1",
    "palermo.6.2",
    "palermo.6.3",
    "palermo.6.4",
    "palermo.6.5",
    "palermo.6.6",
    "palermo.7",
    "palermo.8",
    "palermo.9",
    "palermo.10",
    "palermo.11",
    "untoc.2.b",
    "untoc.10",
    "untoc.12",
    "untoc.15",
    "untoc.16",
    "untoc.18",
    "untoc.24",
    "untoc.25",
    "c029.2.1",
    "c029.25",
    "p029.1.1",
    "p029.2",
    "p029.3",
    "p029.4.1",
    "p029.4.2",
    "c138.1",
    "c138.2.1",
    "c138.2.3",
    "c138.3.1",
    "c138.3.2",
    "c138.6",
    "c138.7.1",
    "c138.7.3",
    "c138.8",
    "c138.9.1",
    "c138.9.3",
    "c182.2",
    "c182.3.a",
    "c182.3.b",
    "c182.3.c",
    "c182.3.d",
    "c182.4.1",
    "c182.4.3",
    "c182.5",
    "c182.6",
    "c182.7.1",
    "c182.7.2",
    "actip.2.a",
    "actip.2.c",
    "actip.2.d",
    "actip.5",
    "actip.11",
    "actip.14",
    "hcch1993.4",
    "hcch1993.8",
    "hcch1993.32",
]
"""A copy of the ids fixed in shared/reference/requirement-ids.md."""


@pytest.fixture(scope="module")
def library():
    return load_standards()


@pytest.mark.parametrize("requirement_id", REQUIRED_IDS)
def test_required_id_exists(library, requirement_id):
    requirement = library.requirement(requirement_id)
    assert requirement is not None, f"{requirement_id} is missing from standards/"
    assert requirement.instrument == requirement_id.split(".")[0]


def test_required_ids_match_the_shared_reference():
    reference = SHARED / "requirement-ids.md"
    if not reference.is_file():
        pytest.skip(f"{reference} is absent (the shared reference lives beside the checkout)")
    text = reference.read_text(encoding="utf-8")
    listed = set()
    for line in text.splitlines():
        if line.startswith("- ") and ":" in line:
            listed.update(re.findall(r"`([a-z0-9]+(?:\.[a-z0-9]+)+)`", line))
    assert listed == set(REQUIRED_IDS)


@pytest.mark.parametrize("instrument_id", INSTRUMENT_IDS)
def test_every_instrument_is_encoded_with_metadata(library, instrument_id):
    instrument = library.instrument(instrument_id)
    assert instrument is not None
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", instrument.adopted)
    assert instrument.entry_into_force > instrument.adopted
    assert instrument.source_url.startswith("http")
    assert re.fullmatch(r"\d+\.\d+\.\d+", instrument.version)


def test_links_resolve_in_both_directions_with_inverse_relation(library):
    requirements = {r.id: r for r in library.all_requirements()}
    links = [(r.id, link) for r in requirements.values() for link in r.links]
    assert links, "the library has no links"
    for source, link in links:
        target = requirements[link.target]
        back = [b for b in target.links if b.target == source]
        assert len(back) == 1, f"{link.target} does not link back to {source}"
        assert back[0].relation == INVERSE_RELATIONS[link.relation], (source, link.target)
        assert link.declared, f"shipped link {source} -> {link.target} was not written"


def test_palermo_child_definition_links_as_the_issue_describes(library):
    targets = {link.target for link in library.requirement("palermo.3.d").links}
    assert {"crc.1", "c182.2", "actip.2.d"} <= targets


@pytest.mark.parametrize(
    ("parameter_id", "value", "options"),
    [
        ("crc.1/child-age", 18, []),
        ("palermo.3.d/child-age", 18, []),
        ("c182.2/child-age", 18, []),
        ("c138.2.3/minimum-age", 15, [14]),
        ("c138.7.1/light-work-age", 13, [12]),
        ("c138.3.1/hazardous-age", 18, [16]),
        ("c138.3.3/conditional-age", 16, []),
        ("c138.6/training-age", 14, []),
        ("untoc.2.b/maximum-penalty", 4, []),
        ("untoc.11/no-fine-alone", True, []),
    ],
)
def test_thresholds_are_exact_and_typed(library, parameter_id, value, options):
    requirement = library.requirement(parameter_id.split("/")[0])
    parameter = next(p for p in requirement.parameters if p.id == parameter_id)
    assert parameter.value == value
    assert type(parameter.value) is type(value)
    assert [o.value for o in parameter.options] == options


def test_unverified_facts_carry_the_flag(library):
    for requirement_id in ("actip.2.a", "actip.5", "actip.10", "actip.11", "untoc.12"):
        requirement = library.requirement(requirement_id)
        assert not requirement.verified and requirement.verification_note
    assert library.requirement("actip.18").verified
    unverified = [e.id for e in library.requirement("actip.14").elements if not e.verified]
    assert "actip.14#compensation" in unverified
    assert "actip.14#non-punishment" not in unverified


@pytest.mark.parametrize("path", sorted(shipped_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_schema_accepts_every_shipped_instrument(path):
    schema = load_schema(shipped_dir() / "schema" / "instrument.schema.json")
    assert schema_problems(read_source(path), schema) == []


@pytest.mark.parametrize(
    "path", sorted((shipped_dir() / "profiles").glob("*.yaml")), ids=lambda p: p.name
)
def test_schema_accepts_every_shipped_profile(path):
    schema = load_schema(shipped_dir() / "schema" / "profile.schema.json")
    assert schema_problems(read_source(path), schema) == []


def _instrument(requirement_changes: str = "", link: str = "") -> str:
    """A small valid instrument; the table below breaks it one way at a time."""
    return f"""schema: lawreview/standards-instrument@1
instrument:
  id: mini
  title: Mini
  short_title: Mini
  body: Test
  adopted: "2020-01-01"
  entry_into_force: "2021-01-01"
  source_url: https://example.org/mini
  version: "0.1.0"
requirements:
  - id: mini.1
    article: Art. 1
    title: One
    summary: Test.
    obligation: define
    strength: shall
    theme: prosecution
    elements:
      - id: mini.1#a
        description: Test.
        terms: [child]
    guidance: Test.
    recommendation: Amend the law of {{state}}.
{requirement_changes}{link}"""


BROKEN = [
    (
        "duplicate requirement id",
        _instrument().replace(
            "requirements:\n",
            "requirements:\n  - id: mini.1\n    article: "
            "Art. 1\n    title: Twin\n    summary: T.\n    obligation: define\n"
            "    strength: shall\n    theme: prosecution\n    elements:\n"
            "      - {id: 'mini.1#b', description: T., terms: [x]}\n"
            "    guidance: T.\n    recommendation: T.\n",
        ),
        23,
        "requirements.1.id",
        "requirement id `mini.1` is already used by",
    ),
    (
        "unknown link target",
        _instrument(link="    links:\n      - {target: palermo.3.z, relation: related}\n"),
        26,
        "requirements.0.links.0.target",
        "unknown link target `palermo.3.z`",
    ),
    (
        "missing key term list",
        _instrument().replace("        terms: [child]\n", ""),
        20,
        "requirements.0.elements.0.terms",
        "missing key",
    ),
    (
        "threshold of the wrong type",
        _instrument(
            "    parameters:\n      - id: mini.1/child-age\n        label: Child age\n"
            "        type: integer\n        value: eighteen\n        constraint: at_least\n"
        ),
        29,
        "requirements.0.parameters.0.value",
        "`eighteen` is not of the parameter's type `integer`",
    ),
    (
        "unknown strength",
        _instrument().replace("strength: shall", "strength: must"),
        17,
        "requirements.0.strength",
        "`must` is not allowed",
    ),
    (
        "misspelt key",
        _instrument().replace("guidance:", "guidence:"),
        23,
        "requirements.0.guidence",
        "unknown key",
    ),
    (
        "element id of another requirement",
        _instrument().replace("id: mini.1#a", "id: mini.2#a"),
        20,
        "requirements.0.elements.0.id",
        "does not belong to requirement `mini.1`",
    ),
    (
        "unverified without a note",
        _instrument("    verified: false\n"),
        12,
        "requirements.0.verification_note",
        "missing key",
    ),
    (
        "unknown placeholder",
        _instrument().replace("{state}", "{country}"),
        24,
        "requirements.0.recommendation",
        "unknown placeholder `{country}`",
    ),
    (
        "link to itself",
        _instrument(link="    links:\n      - {target: mini.1, relation: related}\n"),
        26,
        "requirements.0.links.0.target",
        "a requirement links to itself",
    ),
    (
        "unknown age phrasing",
        _instrument(
            "    parameters:\n      - id: mini.1/child-age\n        label: Child age\n"
            "        type: integer\n        value: 18\n        constraint: at_least\n"
            "        fact: age\n        age_stated_as: over\n"
        ),
        32,
        "requirements.0.parameters.0.age_stated_as",
        "`over` is not allowed",
    ),
    (
        "age element that is not the requirement's",
        _instrument(
            "    parameters:\n      - id: mini.1/child-age\n        label: Child age\n"
            "        type: integer\n        value: 18\n        constraint: at_least\n"
            "        fact: age\n        element: mini.1#other\n"
        ),
        32,
        "requirements.0.parameters.0.element",
        "is not an element of requirement",
    ),
    (
        "separate that is not true or false",
        _instrument("    separate: sometimes\n"),
        25,
        "requirements.0.separate",
        "`sometimes` is a text, not a boolean",
    ),
    (
        "any_purpose that is not true or false",
        _instrument("    any_purpose: always\n"),
        25,
        "requirements.0.any_purpose",
        "`always` is a text, not a boolean",
    ),
    (
        "a list of covered requirements naming one that does not exist",
        _instrument("    covers: [mini.1, mini.9]\n"),
        25,
        "requirements.0.covers",
        "unknown requirement `mini.9`",
    ),
    (
        "a wider requirement meeting it in part that does not exist",
        _instrument("    partly_met_by: {requirement: mini.9, because: it needs a means}\n"),
        25,
        "requirements.0.partly_met_by.requirement",
        "unknown requirement `mini.9`",
    ),
    (
        "a matter written with upper-case letters, which the lower-case text never matches",
        _instrument("    matter: '\\bAdoption'\n"),
        25,
        "requirements.0.matter",
        "can never match them",
    ),
    (
        "offence_terms that is not a list",
        _instrument("    offence_terms: sale of children\n"),
        25,
        "requirements.0.offence_terms",
        "is a text, not a list",
    ),
    (
        "a pattern that is not a regular expression",
        _instrument().replace(
            "        terms: [child]\n", "        terms: [child]\n        patterns: ['consent (']\n"
        ),
        23,
        "requirements.0.elements.0.patterns.0",
        "is not a regular expression",
    ),
    (
        "a pattern with upper-case letters, which the lower-case text never matches",
        _instrument().replace(
            "        terms: [child]\n",
            "        terms: [child]\n        patterns: ['\\barrangements with other States\\b']\n",
        ),
        23,
        "requirements.0.elements.0.patterns.0",
        "can never match them",
    ),
    (
        "an implication whose words are not a regular expression",
        _instrument().replace(
            "        terms: [child]\n",
            "        terms: [child]\n        implied_by:\n          description: x\n"
            "          with: ['mini.1#*']\n          words: 'child ('\n",
        ),
        26,
        "requirements.0.elements.0.implied_by.words",
        "is not a regular expression",
    ),
    (
        "the second of a list of implications, whose words are not a regular expression",
        _instrument().replace(
            "        terms: [child]\n",
            "        terms: [child]\n        implied_by:\n          - description: x\n"
            "            with: ['mini.1#*']\n          - description: y\n"
            "            with: ['mini.1#*']\n            words: 'child ('\n",
        ),
        28,
        "requirements.0.elements.0.implied_by.1.words",
        "is not a regular expression",
    ),
    (
        "an implication of a list naming no element it needs",
        _instrument().replace(
            "        terms: [child]\n",
            "        terms: [child]\n        implied_by:\n          - description: x\n",
        ),
        24,
        "requirements.0.elements.0.implied_by.0.with",
        "missing key",
    ),
    (
        "an implication naming no element it needs",
        _instrument().replace(
            "        terms: [child]\n",
            "        terms: [child]\n        implied_by:\n          description: x\n",
        ),
        23,
        "requirements.0.elements.0.implied_by.with",
        "missing key",
    ),
    (
        "an element qualifying no other element of its requirement",
        _instrument().replace(
            "        terms: [child]\n", "        qualifies: mini.1#b\n        terms: [child]\n"
        ),
        22,
        "requirements.0.elements.0.qualifies",
        "`mini.1#b` is not another element of `mini.1`",
    ),
    (
        "bad yaml",
        "schema: [unclosed\n",
        2,
        "(file)",
        "bad YAML",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "key", "message"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_broken_file_is_reported_with_line_key_and_fix(tmp_path, text, line, key, message):
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StandardsError) as caught:
        validate_standards([path])
    problems = [p for p in caught.value.problems if p.path == str(path)]
    assert any(
        p.key == key and message in p.message and p.line == line and p.fix for p in problems
    ), "\n".join(str(p) for p in problems)


def test_links_within_one_directory_must_be_written_on_both_sides(tmp_path):
    first = _instrument(link="    links:\n      - {target: other.1, relation: subset-of}\n")
    second = _instrument().replace("mini", "other")
    (tmp_path / "mini.yaml").write_text(first, encoding="utf-8")
    (tmp_path / "other.yaml").write_text(second, encoding="utf-8")
    with pytest.raises(StandardsError) as caught:
        validate_standards([tmp_path])
    (problem,) = caught.value.problems
    assert problem.message == "`other.1` does not link back"
    assert "relation: superset-of" in problem.fix


def test_an_id_clash_with_the_shipped_library_names_both_files(tmp_path):
    clash = _instrument().replace("id: mini\n", "id: crc\n").replace("mini.1", "crc.1")
    (tmp_path / "crc.yaml").write_text(clash, encoding="utf-8")
    with pytest.raises(StandardsError) as caught:
        load_standards(extra_dirs=[tmp_path])
    text = str(caught.value)
    assert str(tmp_path / "crc.yaml") in text
    assert str(shipped_dir() / "crc.yaml") in text


def test_every_problem_is_reported_at_once():
    with pytest.raises(StandardsError) as caught:
        validate_standards([FIXTURES / "broken"])
    keys = {(Path(p.path).name, p.key) for p in caught.value.problems}
    assert ("unknown-link.yaml", "requirements.0.links.0.target") in keys
    assert ("missing-terms.yaml", "requirements.0.elements.0.terms") in keys


def test_extra_directory_adds_instrument_profile_and_inverse_link():
    standards = load_standards(profile="regional-core", extra_dirs=[FIXTURES / "extra"])
    assert {r.id for r in standards.requirements()} == {
        "regional.1",
        "palermo.3.a",
        "palermo.3.b",
        "palermo.3.c",
        "palermo.3.d",
    }
    back = [
        link for link in standards.requirement("palermo.3.d").links if link.target == "regional.1"
    ]
    assert [(b.relation, b.declared) for b in back] == [("equivalent-to", False)]


@pytest.mark.parametrize(
    ("profile", "present", "absent"),
    [
        ("all", ["actip.14", "c138.8", "palermo.2"], []),
        (
            "child-trafficking",
            ["palermo.3.d", "untoc.2.b", "opsc.3.1.b", "crc.35", "c182.3.a"],
            ["actip.14", "c138.2.3", "palermo.2"],
        ),
        ("child-labour", ["c138.2.3", "c182.3.d", "crc.32", "c029.25"], ["palermo.3.a", "actip.5"]),
    ],
)
def test_profiles_select_requirements(profile, present, absent):
    selected = set(load_standards(profile=profile).selected)
    assert set(present) <= selected
    assert not set(absent) & selected


def test_profile_sets_a_declared_parameter():
    standards = load_standards(profile="child-labour-art2-4")
    assert standards.parameter_value("c138.2.3/minimum-age") == 14
    assert standards.parameter_value("c138.7.1/light-work-age") == 12
    assert load_standards().parameter_value("c138.2.3/minimum-age") == 15


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"c138.2.3/minimum-age": 13}, "`13` is weaker than the standard allows"),
        ({"c138.2.3/minimum-age": "14"}, "is not of the parameter's type `integer`"),
        ({"c138.2.3/minimum-ages": 14}, "unknown parameter `c138.2.3/minimum-ages`"),
    ],
)
def test_profile_parameters_are_checked(tmp_path, parameters, message):
    profile = {
        "schema": "lawreview/standards-profile@1",
        "profile": {"id": "mine", "title": "Mine", "description": "Mine.", "version": "1.0.0"},
        "parameters": parameters,
    }
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(profile), encoding="utf-8")
    with pytest.raises(StandardsError) as caught:
        load_standards(profile=path)
    assert any(message in p.message for p in caught.value.problems), str(caught.value)


def test_profile_stricter_than_the_standard_is_accepted(tmp_path):
    profile = {
        "schema": "lawreview/standards-profile@1",
        "profile": {"id": "strict", "title": "S", "description": "S.", "version": "1.0.0"},
        "parameters": {"c138.2.3/minimum-age": 16},
    }
    path = tmp_path / "strict.yaml"
    path.write_text(yaml.safe_dump(profile), encoding="utf-8")
    assert load_standards(profile=path).parameter_value("c138.2.3/minimum-age") == 16


def test_the_fingerprint_changes_with_what_an_element_qualifies(library):
    """An element that only qualifies another addresses nothing alone, so the
    analysis reads `qualifies`: a change to it must change the checklists' hash (the
    cache is keyed on it)."""
    from dataclasses import replace

    from lawreview.analysis.provenance import standards_fingerprint

    def without_qualifiers(instrument):
        return replace(
            instrument,
            requirements=tuple(
                replace(r, elements=tuple(replace(e, qualifies=None) for e in r.elements))
                for r in instrument.requirements
            ),
        )

    changed = replace(
        library, instruments=tuple(without_qualifiers(i) for i in library.instruments)
    )
    assert any(e.qualifies for r in library.requirements() for e in r.elements)
    assert standards_fingerprint(changed)[1] != standards_fingerprint(library)[1]
