"""The shared, immutable data classes every stage speaks.

Stages (ingest, structure, standards, analysis, report) import this module and
never each other. Everything here is a frozen dataclass: a stage returns new
objects, it never mutates the ones it was given.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from importlib import metadata


def tool_version() -> str:
    """The installed lawreview's version ("0+unknown" when run from a checkout
    that was never installed)."""
    try:
        return metadata.version("lawreview")
    except metadata.PackageNotFoundError:
        return "0+unknown"


BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin at the top-left of the page."""


class LawreviewError(Exception):
    """An error the user can fix: the message names the file and the fix.

    The CLI prints the message (no traceback) and exits with code 2.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputError(LawreviewError):
    """A legislation file that cannot be read: corrupt, empty, mislabelled."""


class ScannedDocumentError(InputError):
    """A PDF with no usable text layer: it must be OCRed first."""


class EncryptedDocumentError(InputError):
    """A password-protected PDF opened without (or with a wrong) password."""


class BudgetExceededError(InputError):
    """A document over a guard: too many pages (`--max-pages`), too slow
    (`--timeout`), too much memory (`--max-memory`), or an archive that would
    unpack to far more than it holds. The message names the flag to raise."""


# --- ingestion -------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of text as laid out on a page (or a paragraph of a text file)."""

    text: str
    page: int
    """1-based page number; 1 for formats without pages."""
    bbox: BBox | None = None
    """Position on the page; None for formats without geometry."""
    table_row: bool = False
    """A row of a table, its cells joined by " | " (a paragraph of its own)."""


@dataclass(frozen=True)
class Paragraph:
    """Lines joined into one paragraph of cleaned text."""

    text: str
    page: int
    """Page on which the paragraph starts."""
    page_end: int
    start: int
    """Offset of the paragraph's first character in `Document.text`."""
    end: int


@dataclass(frozen=True)
class Document:
    """A legislation file read and cleaned: its paragraphs in reading order."""

    path: str
    sha256: str
    media_type: str
    page_count: int
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    warnings: tuple[str, ...] = ()

    @cached_property
    def text(self) -> str:
        """The cleaned text: paragraphs joined by newlines (offsets index this)."""
        return "\n".join(p.text for p in self.paragraphs)


# --- structure -------------------------------------------------------------


@dataclass(frozen=True)
class Provision:
    """A unit of the law (part, chapter, section, article, subsection, point...).

    `text` is the provision's own words before its children (its number and
    heading excluded; all its own words when it has no children); `wrap_up` its
    own words after its children (the closing words of a list: "commits an
    offence and is liable to ..."). `start`/`end` are offsets of the whole
    provision, children included, in the cleaned `Document.text`.
    """

    eid: str
    kind: str
    num: str | None
    heading: str | None
    text: str
    page: int
    page_end: int
    start: int
    end: int
    children: tuple[Provision, ...] = ()
    wrap_up: str = ""

    @property
    def own_text(self) -> str:
        """All the provision's own words: text and wrap-up."""
        return f"{self.text}\n{self.wrap_up}" if self.wrap_up else self.text

    def walk(self) -> tuple[Provision, ...]:
        """This provision and all its descendants, in document order."""
        out: list[Provision] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


@dataclass(frozen=True)
class Definition:
    """A term defined by the law, with the provision that defines it."""

    term: str
    meaning: str
    eid: str
    page: int
    scope: str | None = None
    """Where the definition applies, as stated ("this Part"); None if unstated."""


@dataclass(frozen=True)
class Reference:
    """A cross-reference found in a provision's text."""

    text: str
    source_eid: str
    start: int
    """Offset of the reference in the cleaned document text."""
    end: int
    target_eid: str | None
    """The provision referred to, if it is in this law and could be resolved: an
    article of another law that this law writes ("article 145 bis of the Penal
    Code", substituted by Art. 21) resolves to the provision writing it."""
    external: str | None = None
    """The other law named ("the Penal Code"), for references outside this one."""


@dataclass(frozen=True)
class Law:
    """A legislation file parsed into its provision tree."""

    document: Document
    provisions: tuple[Provision, ...]
    definitions: tuple[Definition, ...] = ()
    references: tuple[Reference, ...] = ()
    warnings: tuple[str, ...] = ()
    style: str = "unknown"
    """The drafting style recognised (common_law, civil_law, penal_code, ...)."""

    @property
    def title(self) -> str | None:
        return self.document.title

    def walk(self) -> tuple[Provision, ...]:
        """Every provision in document order."""
        out: list[Provision] = []
        for provision in self.provisions:
            out.extend(provision.walk())
        return tuple(out)

    def find(self, eid: str) -> Provision | None:
        return next((p for p in self.walk() if p.eid == eid), None)


# --- standards ---------------------------------------------------------------
# Instruments, requirements, elements, parameters, links and profiles:
# the data `lawreview.standards` loads from the YAML checklists.


ParameterValue = int | float | bool | str
"""A threshold as written in a checklist: an age, a number of years, a yes/no."""

STRENGTH_WEIGHTS: dict[str, float] = {
    "shall": 1.0,
    "shall_qualified": 0.75,
    "recognize": 0.75,
    "shall_promote": 0.5,
    "shall_consider": 0.4,
    "endeavour": 0.4,
    "may": 0.15,
    "should": 0.25,
}
"""Suggested scoring weight of each modality tag (obligations.md); not a legal rule."""

INVERSE_RELATIONS: dict[str, str] = {
    "related": "related",
    "equivalent-to": "equivalent-to",
    "intersects-with": "intersects-with",
    "subset-of": "superset-of",
    "superset-of": "subset-of",
}
"""The relation a link's target holds back towards its source."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a standards file: where, which key, what, and the fix."""

    path: str
    line: int
    key: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.key}: {self.message} (fix: {self.fix})"


class StandardsError(LawreviewError):
    """Standards or profile files that do not validate; lists every problem found."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        count = len(problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the standards:"]
        lines.extend(f"  {problem}" for problem in problems)
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Implication:
    """Where a provision shows an element by what it holds and what it lacks rather
    than by the element's own words: an offence of recruiting or receiving a child
    for exploitation that names no means is child trafficking needing no means."""

    description: str
    with_elements: tuple[str, ...]
    """Element ids (glob patterns such as `palermo.3.a#act-*`): the provision's own
    words must hold a hit of one of them."""
    at_least: int = 1
    """How many of those elements the provision must hold (a list of acts,
    "harbouring or receiving", not one act, even in two words: "sells ... selling")."""
    without_elements: tuple[str, ...] = ()
    """Element ids (glob patterns): the provision's own words must hold none of them."""
    unit_without: tuple[str, ...] = ()
    """Element ids (glob patterns): its whole section or article must hold none of
    them (an offence naming no means for any victim needs none for a child)."""
    words: str | None = None
    """A regular expression the provision's own words must match (lower case)."""
    provision_words: str | None = None
    """A regular expression its section or article must match (lower case): the
    purpose in a list's opening words."""
    without_words: str | None = None
    """A regular expression the provision's own words must not match (means given
    by reference: "by any of the means referred to in section 3")."""


ELEMENT_CHECKS = ("present", "absent", "practice", "other_law")
"""How an element counts (`Element.check`)."""


@dataclass(frozen=True)
class Element:
    """A part a national law must contain to meet a requirement, with its key terms.

    `terms` are the words a matcher looks for; `variants` are other spellings and
    legislative synonyms (harbouring / harboring / concealing / sheltering).
    """

    id: str
    description: str
    terms: tuple[str, ...]
    strength: str
    variants: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    """Regular expressions, matched against the lower-cased text, for phrasings with
    words between the key words that terms cannot catch ("whether or not any
    threat, force or other means was used")."""
    implied_by: tuple[Implication, ...] = ()
    """The ways a provision shows the element without its words, any one enough."""
    check: str = "present"
    """One of `ELEMENT_CHECKS`. present: the law must contain it; absent: an
    exception the law must not make; practice: a matter of practice the text
    cannot show (never counted);
    other_law: a comparison with a value another law sets (the end of compulsory
    schooling, set by the education law): never counted, and where the laws
    reviewed do not show it the rationale asks to check it in that law."""
    qualifies: str | None = None
    """The element of the same requirement this one qualifies (the consultation
    of employers and workers on a list of hazardous work): found without that
    element, it does not address the requirement."""
    verified: bool = True
    verification_note: str | None = None

    @property
    def binding(self) -> bool:
        """Whether missing this element is a gap (not an optional, advisory,
        forbidden, practice-only or other-law part)."""
        return self.strength not in ("may", "should") and self.check == "present"


@dataclass(frozen=True)
class ParameterOption:
    """A permitted variant of a threshold and the condition under which it applies."""

    value: ParameterValue
    condition: str
    law_states: tuple[tuple[str, ...], ...] = ()
    """Words the provision stating the value must hold for the option to apply
    without a declaration: every group, one of its phrases ("fully protected";
    "specific instruction" or "vocational training")."""


@dataclass(frozen=True)
class Parameter:
    """A typed threshold a later stage checks against the national law.

    `constraint` says how the national value must compare with `value`:
    `at_least` (this or higher), `at_most` (this or lower) or `equals`.
    """

    id: str
    label: str
    type: str
    value: ParameterValue
    constraint: str
    unit: str | None = None
    fact: str | None = None
    """What the analysis reads from the law to check it: age, maximum_penalty or
    fine_alternative; None when the threshold is for the reviewer only."""
    offence_terms: tuple[str, ...] = ()
    """For a penalty threshold, words naming the offences it governs."""
    purpose_of: tuple[str, ...] = ()
    """For a penalty threshold on conduct a law may punish only as the purpose of
    another offence (forced labour, a purpose of trafficking), words naming that
    offence: where no offence of the conduct's own is punished and a definition
    names it, the threshold is read on that offence's penalties."""
    age_stated_as: str | None = None
    """For an age threshold, the only phrasing that states it: `under` for an age
    below which a person is a child ("under 18", "has not attained 18"), so that
    "has attained fifteen" in a definition of a young person does not count.
    None: any age phrase of the law does."""
    element: str | None = None
    """For an age threshold, the element whose provisions state it (the working
    age, not the school-starting age beside it); None: any element's."""
    options: tuple[ParameterOption, ...] = ()
    verified: bool = True
    verification_note: str | None = None

    def permits(self, value: ParameterValue) -> bool:
        """Whether `value` may stand in for the standard's value (an option or stricter)."""
        if value == self.value or any(value == option.value for option in self.options):
            return True
        if isinstance(value, bool) or isinstance(self.value, bool):
            return False
        if isinstance(value, (int, float)) and isinstance(self.value, (int, float)):
            if self.constraint == "at_least":
                return value >= self.value
            if self.constraint == "at_most":
                return value <= self.value
        return False


@dataclass(frozen=True)
class PartlyMetBy:
    """A wider requirement whose provisions meet a narrower one in part: the
    trafficking offence, which protects a child only where one of its means is
    proved, meets the rule that a child needs no means in part."""

    requirement: str
    because: str
    """How the wider requirement's provisions fall short of this one."""


@dataclass(frozen=True)
class Link:
    """A relation from one requirement to a requirement of (usually) another instrument.

    `declared` is False when the loader added this link as the inverse of one
    written only on the other side (a researcher's file linking to the library).
    """

    target: str
    relation: str
    note: str | None = None
    declared: bool = True


@dataclass(frozen=True)
class Requirement:
    """One obligation of an instrument that national law must meet.

    `combine` says how the binding elements combine: `all`, `any` or
    `at_least` (then `at_least` holds the number).
    """

    id: str
    instrument: str
    article: str
    title: str
    summary: str
    obligation: str
    strength: str
    theme: str
    elements: tuple[Element, ...]
    guidance: str
    recommendation: str
    path: str
    line: int
    combine: str = "all"
    at_least: int | None = None
    parameters: tuple[Parameter, ...] = ()
    links: tuple[Link, ...] = ()
    model_law: str | None = None
    covers: tuple[str, ...] = ()
    """The requirements whose content this one must cover in full (a criminalisation
    covers the conduct the definitions set out): a gap there is a gap here."""
    partly_met_by: PartlyMetBy | None = None
    """A wider requirement whose provisions, where this one is not found, meet it
    in part."""
    together: bool = False
    """Its elements must stand in one provision (with the definitions it relies on),
    as a define, criminalise, penalise or jurisdiction obligation's do: the hours
    of light work are those a light-work provision sets, not an older worker's."""
    separate: bool = False
    """Its elements may stand in the few provisions that hold most of them,
    where its obligation (define, criminalise, penalise) would keep them in
    one: attempt, complicity and organising are offences of their own, often
    in a code's general part."""
    offence_terms: tuple[str, ...] = ()
    """Words naming offences a penalty requirement is about that its thresholds
    or first element do not name ("sale of children", "adoption")."""
    any_purpose: bool = False
    """The standard covers the conduct whatever its purpose (the sale of
    children): a provision stating only sexual purposes meets it in part."""
    matter: str | None = None
    """A regular expression (lower case) naming the requirement's subject ("adopt"):
    a sentence naming it that sends it to a law not reviewed ("No juvenile shall be
    adopted ... otherwise than under ... the Adoption of Children Act") leaves the
    requirement to that law."""
    verified: bool = True
    verification_note: str | None = None

    @property
    def weight(self) -> float:
        """The suggested scoring weight of the requirement's strength."""
        return STRENGTH_WEIGHTS[self.strength]


@dataclass(frozen=True)
class Instrument:
    """A treaty or convention, the version of its encoding, and its requirements."""

    id: str
    title: str
    short_title: str
    body: str
    adopted: str
    entry_into_force: str
    source_url: str
    version: str
    requirements: tuple[Requirement, ...]
    path: str
    binding: bool = True
    verified: bool = True
    verification_note: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Selector:
    """Matches requirements whose every given attribute matches (ids are glob patterns)."""

    ids: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    obligations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    """A named selection of requirements with parameters set for one review."""

    id: str
    title: str
    description: str
    version: str
    path: str
    include: tuple[Selector, ...] = ()
    exclude: tuple[Selector, ...] = ()
    parameters: tuple[tuple[str, ParameterValue], ...] = ()


@dataclass(frozen=True)
class StandardSet:
    """The loaded checklists: every instrument, the profiles, and what is in scope.

    `selected` holds the ids of the requirements in scope (all of them when no
    profile is applied); `parameters` the value of every parameter after the
    profile's settings.
    """

    instruments: tuple[Instrument, ...]
    profiles: tuple[Profile, ...]
    selected: tuple[str, ...]
    parameters: tuple[tuple[str, ParameterValue], ...]
    profile: Profile | None = None

    def all_requirements(self) -> tuple[Requirement, ...]:
        """Every requirement of every instrument, in library order."""
        return tuple(r for instrument in self.instruments for r in instrument.requirements)

    def requirements(self) -> tuple[Requirement, ...]:
        """The requirements in scope, in library order."""
        chosen = set(self.selected)
        return tuple(r for r in self.all_requirements() if r.id in chosen)

    def instrument(self, instrument_id: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)

    def requirement(self, requirement_id: str) -> Requirement | None:
        return next((r for r in self.all_requirements() if r.id == requirement_id), None)

    def parameter_value(self, parameter_id: str) -> ParameterValue | None:
        """The value in force for a parameter (the profile's, else the standard's)."""
        return dict(self.parameters).get(parameter_id)


# --- analysis ------------------------------------------------------------------
# A framework of laws judged against requirements: findings with evidence.

STATUSES = ("compliant", "partial", "missing", "conflict", "not_applicable", "needs_review")
"""Finding statuses, as fixed in the project's requirement-id reference."""


@dataclass(frozen=True)
class Evidence:
    """Words of the law behind a finding: where they are and what matched.

    `quote` is `Law.document.text[start:end]` of the named document, exactly;
    `spans` are the offsets (in the same text) of the words that matched.
    """

    document: str
    eid: str
    citation: str
    """The provision as a lawyer cites it: "s. 4(1)(a)", "Art. 5(2)", "§ 10(1)"."""
    page: int
    quote: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ElementResult:
    """Whether one element of a requirement was found, and where."""

    element_id: str
    description: str
    found: bool
    binding: bool
    terms: tuple[str, ...] = ()
    """The words that matched, as written in the law."""
    eids: tuple[str, ...] = ()
    check: str = "present"
    """How the element counts (`Element.check`): present, absent, practice or other_law."""


@dataclass(frozen=True)
class Fact:
    """A typed fact read from the law: an age threshold or a penalty."""

    kind: str
    """age or penalty."""
    text: str
    document: str
    eid: str
    start: int
    end: int
    age: int | None = None
    min_years: float | None = None
    max_years: float | None = None
    """None when no maximum is stated; `life` and `death` are flagged apart."""
    life: bool = False
    death: bool = False
    fine: bool = False
    fine_alternative: bool = False
    """A fine may be imposed instead of imprisonment."""


@dataclass(frozen=True)
class Check:
    """A threshold of the standard checked against a fact of the law."""

    parameter_id: str
    label: str
    expected: str
    found: str
    ok: bool
    fact: Fact | None = None


@dataclass(frozen=True)
class Finding:
    """The judgement on one requirement: status, confidence, why, and the words."""

    requirement_id: str
    instrument: str
    article: str
    title: str
    strength: str
    theme: str
    status: str
    confidence: float
    rationale: str
    elements: tuple[ElementResult, ...] = ()
    checks: tuple[Check, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    recommendation: str | None = None
    review: Review | None = None
    """The reviewer's decision, once applied (`lawreview.review`): then `status`
    is the final status and `review.machine_status` the machine's."""


@dataclass(frozen=True)
class ReviewedDocument:
    """A law of the framework, as the assessment records it."""

    path: str
    sha256: str
    title: str | None
    pages: int
    provisions: int


@dataclass(frozen=True)
class Assessment:
    """A framework of laws assessed against a set of requirements."""

    jurisdiction: str | None
    documents: tuple[ReviewedDocument, ...]
    findings: tuple[Finding, ...]
    tool_version: str
    standards_version: str
    """Instrument ids and encoding versions: "crc 1.0.0, palermo 1.0.0, ..."."""
    standards_sha256: str
    profile: str | None
    parameters: tuple[tuple[str, ParameterValue], ...] = ()
    unmatched: tuple[tuple[str, str], ...] = ()
    """(document, eid) of sections and articles no finding cites."""


# --- review decisions ---
# A reviewer's corrections to the machine's findings, kept in a YAML decision
# file beside the assessment (`lawreview.review`), and the record an applied
# decision leaves on its finding (`Finding.review`).

REASONS = (
    "false_positive",
    "false_negative",
    "alternative_means",
    "out_of_scope",
    "interpretation",
    "not_applicable",
)
"""Why a reviewer departs from (or confirms) the machine's status."""


@dataclass(frozen=True)
class Decision:
    """One entry of a decision file: the finding as the machine gave it when the
    entry was written, and the reviewer's verdict (None until filled in)."""

    requirement_id: str
    machine_status: str
    machine_confidence: float
    evidence: tuple[str, ...]
    """The eIds of the finding's evidence when the entry was written."""
    evidence_sha256: str
    """Hash of the evidence quotes the reviewer saw: when the law's words behind
    the finding change, the decision is stale."""
    status: str | None = None
    reason: str | None = None
    note: str | None = None
    reviewer: str | None = None
    date: str | None = None
    """The day of the decision, YYYY-MM-DD."""
    vanished: bool = False
    """The requirement was no longer assessed when the file was last updated."""
    line: int = 0
    """Line of the entry in its file; 0 for a decision not read from a file."""

    @property
    def decided(self) -> bool:
        """Whether a reviewer has given a status."""
        return self.status is not None


@dataclass(frozen=True)
class DecisionSet:
    """A decision file, read and validated: its entries in file order."""

    path: str
    decisions: tuple[Decision, ...]
    jurisdiction: str | None = None

    def find(self, requirement_id: str) -> Decision | None:
        return next((d for d in self.decisions if d.requirement_id == requirement_id), None)


@dataclass(frozen=True)
class Review:
    """A reviewer's decision as applied to a finding.

    `Finding.status` is the final status: the reviewer's `status`, unless the
    decision is `stale` (the evidence text changed since it was made), when the
    finding keeps the machine's status and `status` is only what was proposed.
    """

    machine_status: str
    machine_confidence: float
    status: str
    reason: str
    reviewer: str
    date: str
    note: str | None = None
    stale: bool = False
    source: str | None = None
    """Where the decision is written: "decisions.yaml:42"."""

    @property
    def overridden(self) -> bool:
        """Whether the final status is the reviewer's and differs from the machine's."""
        return not self.stale and self.status != self.machine_status


@dataclass(frozen=True)
class DecisionNotice:
    """A decision the reviewer must look at again: stale, or for a requirement
    this assessment does not contain; never applied silently."""

    requirement_id: str
    kind: str
    """stale, vanished or not_assessed."""
    message: str
    source: str
    """Where the decision is written: "decisions.yaml:42"."""
