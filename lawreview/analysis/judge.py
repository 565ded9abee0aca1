"""The status of one requirement against a framework of laws, and why.

The rules, in order (they are the rules the gold findings were written by):

1. The candidate provisions are the sections or articles whose passages hold
   the requirement's key terms, ranked by how many elements they hold, rarer
   terms weighing more; an interpretation section ranks first for a
   definition, an offence with a penalty for a criminalisation. A section
   that uses a defined term ("for the purpose of exploitation") also holds
   what the definition says.
2. Elements that must stand together (a requirement to define, criminalise or
   penalise) are looked for in the best section alone; others across the
   sections that rank close to it.
3. conflict: a threshold the law states contradicts the standard's. An age in
   a definition is read from the law's definition of the term (one made for
   named provisions only counts where they are the standard's matter); an age
   that protects, from every provision addressing the requirement, the
   paragraphs under it, and every offence the threshold governs; a penalty,
   from every offence the threshold governs (its `offence_terms`, and
   provisions referring to them, but not offences committed to facilitate
   it where its penalties must be the offence's own). The age of an aggravating circumstance
   ("if the victim is under six") bounds nothing. The weakest value decides.
   Conflict wins over all else.
4. needs_review: a penalty the standard needs is left to another law not
   reviewed ("shall be punished under the Criminal Code"), or the law
   addresses the requirement only by sending it to another law; but where the
   law reviewed itself shows a fine alone or a closed list of offences, the
   shortfall is already there: partial.
5. missing: nothing addresses the requirement ("not addressed by the laws
   reviewed"); for an option (`may`) the law does not use, not_applicable.
6. compliant: every binding element is found, in binding words, for everyone
   the standard protects; partial: some elements, a narrower scope (only
   women, only children, only citizens, only employees for child labour, a
   closed list of offences, only sexual purposes where any purpose counts,
   only victims who cooperate with the authorities, an exception carving part
   of the matter out), or "may", "shall endeavour" or "shall, as far as
   practicable" where the standard says "shall". Discretionary
   obligations are compliant when addressed at all, never partial; an option
   (`may`) the law uses is compliant only within its limits. A
   requirement that must cover another (a criminalisation, the conduct a
   definition sets out) is no better than partial when that one is partial
   (applied in `engine`).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple

from lawreview.analysis.facts import (
    GRADE,
    PRISON,
    AgeMention,
    PenaltyMention,
    grade_name,
    graded_penalties,
    states_fine_alternative,
)
from lawreview.analysis.matching import Hit, TermIndex
from lawreview.analysis.passages import Passage
from lawreview.model import (
    Check,
    Element,
    ElementResult,
    Evidence,
    Fact,
    Finding,
    Parameter,
    ParameterValue,
    Requirement,
)
from lawreview.structure.definitions import term_forms
from lawreview.structure.markers import component_of
from lawreview.structure.parser import AMENDMENT_NOTE

Unit = tuple[int, str]
"""A section or article: (index of the law in the framework, eId)."""

TOGETHER = frozenset({"define", "criminalise", "penalise", "jurisdiction"})
"""Obligations whose elements must stand in one provision (with its definitions):
a definition, an offence, its penalty, the heads of jurisdiction over it."""
DISCRETIONARY = frozenset({"shall_consider", "endeavour", "should", "shall_promote", "recognize"})
PENALTY_FACTS = frozenset({"maximum_penalty", "fine_alternative"})
MIN_SCORE = 1.0
"""Weight of matched elements below which a requirement counts as not addressed."""
CLOSE = 0.6
"""Sections scoring at least this share of the best one also count (step 2)."""
MAX_EVIDENCE = 4
BORROWED = 0.5
"""Weight of an element a unit holds only through a definition it relies on."""
FAVOURED = 1.5
"""Weight of a unit of the kind an obligation looks for (step 1)."""
DISFAVOURED = 0.5

NOT_PUNISHED = (
    r"(?:\bnot\s+be\s+(?:\w+,?\s+){0,3}?(?:punish|penalis|penaliz|prosecut|fined|held\s+(?:criminally\s+)?liable|"
    r"criminally\s+liable|investigated\s+for\s+criminal|given\s+any\s+(?:administrative\s+)?penalty)"
    r"|\bno\s+(?:penalty|punishment|sanction)\s+shall\s+be\s+imposed"
    r"|\bno\s+(?:criminal\s+)?liability\s+(?:shall\s+)?attach(?:es)?\s+to\s+(?:a|the|any)\s+"
    r"(?:\w+\s+){0,4}?(?:victims?|persons?|child(?:ren)?))"
)
"""Words sparing a victim: "shall not be punished", "shall not be detained, prosecuted or
punished", "no penalty shall be imposed", "no criminal liability attaches to a victim of
trafficking"."""

OFFENDER = re.compile(
    r"\b(?:any|a|every)\s+person\s+who\b|\bwhoever\b|\banyone\s+who\b"
    r"|\bno\s+(?:person|one)\s+(?:shall|may)\s+(?!be\b|have\b)",
    re.I,
)
"""Words naming the offender ("Any person who ...") or the one a duty forbids ("No person
shall publish ..."): not the people a provision protects ("No person shall be
prosecuted" names them)."""
OFFENCE_NAME = re.compile(r"\btraffick(?:ing|ed)\s+in\s+(?:persons|human\s+beings)\b", re.I)
"""The name of the offence ("a victim of trafficking in persons"): no one it protects."""
NOT_PROTECTED = re.compile(
    r"\b(?:a|any|the|every)\s+(?:other\s+)?person\s+(?:(?:having|in|with|who\s+has|exercising)\s+"
    r"(?:lawful\s+)?(?:control|authority|charge|custody)|convicted|found\s+guilty|charged"
    r"|who\s+commits)\b"
    r"|\bfor\s+(?:oneself|himself|herself|themselves)\s+or\s+(?:for\s+)?(?:another|any\s+other)\s+person\b",
    re.I,
)
"""Persons a provision names who are not those it protects: the one paid to give
consent over a victim ("payments to a person having control over her"), the one whose
consent is no defence either ("a parent or guardian of the child or any other person
having charge of the child"), the one
convicted ("A person convicted of an offence under subsection (1)"), the one who
gains ("a benefit for oneself or another person")."""
CLOSED_LIST = "it is limited to a closed list of offences"
EXCEPTION_MADE = "it makes an exception the standard does not allow"
ENUMERATED_CRIMES = re.compile(
    r"\ba (?:crime|offence) (?:provided for|specified|listed|set out) (?:by|in) Articles "
    r"[\w-]+(?:, [\w-]+)* (?:or|and) [\w-]+",
    re.I,
)
"""Crimes named one by one ("a crime provided for by Articles 128-1, 128-3 or 134"): in a
provision on legal persons, the only crimes they answer for."""
ANY_OFFENCE_OF_THE_LAW = re.compile(
    r"\b(?:under|in|of|by) this (?:Act|Law|Code|Chapter|Part|Title|Division)\b"
    r"|\bany (?:offence|crime)\b"
    r"|\bthe (?:offences|crimes) (?:provided|set out|specified)(?! (?:for )?(?:in|by|under) Art|"
    r" (?:for )?(?:in|by|under) [Ss]ect)",
    re.I,
)
OFFENCE_WORDS = re.compile(
    r"\bguilty of an offen[cs]e\b|\bcommits? (?:an|the) offen[cs]e\b"
    r"|\bshall be (?:punished|sentenced)\b",
    re.I,
)
"""Words creating an offence."""
OFFENCE_UNDER = re.compile(
    r"(?:\boffen[cs]es?\b[^.;]{0,40}|\b(?:contraven|violat|infring)\w*\s+(?:\w+\s+)?"
    r"(?:[^.;]{0,80}?(?:,|\bor\b|\band\b)\s+)?|\bin breach of\s+)$",
    re.I,
)
"""Words before a reference to the provision whose offence is punished ("an offence
under section 2", "contravenes section 5", "violates Section 10, Section 11 or
Section 13")."""
GRADE_HEADING = re.compile(
    rf"^\W*(?:Sec(?:tion)?\.?\s+)?[\w.-]+\.?\s+(?P<grade>{GRADE.pattern})\W*$", re.I
)
"""A section headed by a grade and nothing else."""
SUMMARY_ROUTE = re.compile(r"\bsummary conviction\b|\bsummarily\b", re.I)
ON_INDICTMENT = re.compile(r"\bindictable offence\b|\bon indictment\b", re.I)
"""An offence triable either way: punished on indictment ("is guilty of an
indictable offence and liable to imprisonment for ... fourteen years") or, at the
prosecutor's choice, on summary conviction ("two years less a day"). Its maximum
is the one on indictment; the summary route lowers no threshold."""
CHILD_INSTRUMENTS = frozenset({"crc", "opsc", "c182"})
"""Instruments about children: a provision protecting only those under 16 narrows them."""
CHILD_LABOUR_INSTRUMENTS = frozenset({"c138", "c182"})
"""Where who works matters: a duty owed to employees leaves out the self-employed
child. Elsewhere "employee" names someone else (the employee of a company whose
liability a provision sets)."""
WORK_INSTRUMENTS = CHILD_LABOUR_INSTRUMENTS | {"c029", "p029"}
"""Where a duty owed to employees leaves work outside a contract unprotected (child
labour, forced labour)."""
BORDERLESS_INSTRUMENTS = frozenset({"palermo", "actip", "opsc", "c182"})
"""Whose offences must reach cases at home as well as across borders (trafficking,
the sale of children): a provision written for cross-border cases only falls short."""
TRAFFICKING_INSTRUMENTS = frozenset({"palermo", "actip"})
"""The instruments defining trafficking: a law's definition of it limited to
cross-border cases narrows every provision that relies on it; and the parts of
that definition are best shown in the provisions on trafficking."""
TRAFFICKING = re.compile(
    r"\btraffick\w*\b(?!(?:\s+(?:(?-i:[A-Z])[\w'-]*|in|of|and|on|for|the))*\s+(?-i:Act|Law|Code)\b)",
    re.I,
)
"""The word trafficking, not in the title of an Act ("the Trafficking in Women and
Children Act, B.E. 2540 ... shall be repealed")."""


VICTIMS = re.compile(
    r"\bvictims?\b|\btrafficked\b|\bsurvivors?\b|\bcomplainants?\b|\brescued\b|\bwitness"
    r"|\bharmed\b|\binjured part(?:y|ies)\b|\baggrieved\b|\b(?:abused|neglected|exploited)\b"
    r"|\bsuffered (?:any )?(?:damage|harm|injury|loss)\b|\b(?:damage|harm|injury|loss) suffered\b",
    re.I,
)
"""Words naming the people a protection measure is for: victims, trafficked or rescued
persons, complainants, witnesses, the person harmed ("who has suffered damage as a result
of an offence", "for any injury, loss or harm suffered by the child"), a child abused,
neglected or exploited. A provision naming none of them (training a child-labour rule
exempts, "shelter" among an offender's acts) protects no victim."""


INSTRUMENT_WORDS = r"(?:Act|Code|Law|Order|Decree|Proclamation|Ordinance|Regulations?)"
LEFT_OUT_WORK = re.compile(
    rf"\b(?:this|the\s+present)\s+{INSTRUMENT_WORDS}\s+(?:does|shall)\s+not\s+apply\s+to\b"
    r"[^.;]{0,120}?\b(?:domestic|household|family|self-employed)"
    r"|\b(?:domestic|household)\b[^.;]{0,150}?\b(?:is|are)\s+not\s+(?:covered|governed)\s+by\s+"
    rf"(?:this|the\s+present)\s+{INSTRUMENT_WORDS}\b",
    re.I,
)
"""Words putting a kind of work outside the whole instrument ("Work performed by a
child in a household ... is not covered by this order"): where the instrument
lists hazardous work, the list leaves that work out."""


def _statement(requirement: Requirement) -> str:
    """The requirement's title and summary: the words that name its matter."""
    return f"{requirement.title} {requirement.summary}"


def _instrument_of(passage: Passage) -> tuple[int, str]:
    """The law a passage stands in and, where it holds several instruments, which."""
    return passage.law, component_of(passage.eid)


def _about_hazardous_list(requirement: Requirement) -> bool:
    """Determining the types of work hazardous to children (the list)."""
    return any(
        re.search(r"\bhazardous\b.*\blist\b|\blist\b.*\bhazardous\b", term)
        for element in requirement.elements
        for term in element.terms
    )


WORK_WORDS = re.compile(r"\bwork\b|\bemployment\b|\blabour\b", re.I)


def _about_work(requirement: Requirement) -> bool:
    """Whether who works, and under what contract, decides how far the requirement
    reaches: a duty or offence about work, or a definition of the work it covers;
    not a definition of a child or of an age level, nor the State's machinery
    (lists, registers, monitoring)."""
    if (
        requirement.instrument not in WORK_INSTRUMENTS
        or requirement.obligation == "procedure"
        or requirement.strength == "may"  # a permission for fewer workers protects more
    ):
        return False
    return requirement.obligation != "define" or bool(WORK_WORDS.search(requirement.summary))


def _work_age_floor(requirement: Requirement) -> bool:
    """A minimum age for work or for hazardous work (not light work, nor a register)."""
    return requirement.instrument in CHILD_LABOUR_INSTRUMENTS and any(
        p.fact == "age" and isinstance(p.value, int) and p.value >= 15
        for p in requirement.parameters
    )


def _in_every_action(requirement: Requirement) -> bool:
    """A principle for every action concerning children (the best interests)."""
    return bool(re.search(r"\b(?:every|all) actions?\b", requirement.summary, re.I))


def _about_non_punishment(requirement: Requirement) -> bool:
    """Sparing victims punishment for what they were made to do."""
    return bool(
        re.search(
            r"\bnot\s+(?:to\s+)?(?:be\s+)?(?:prosecut|punish)\w*|non-punishment",
            _statement(requirement),
            re.I,
        )
    )


def _protects_trafficking_victims(requirement: Requirement) -> bool:
    """A measure of protection owed to every victim of trafficking."""
    return requirement.instrument in TRAFFICKING_INSTRUMENTS and requirement.theme == "protection"


def _protects_witnesses(requirement: Requirement) -> bool:
    """The protection of witnesses, victims who testify among them."""
    return bool(re.search(r"\bwitness", requirement.title, re.I))


def _owed_to_victims(requirement: Requirement) -> bool:
    """A protection (or a return home) owed to victims (of trafficking, of abuse), not
    to workers (the remedies of forced labour, which labour codes owe to "the
    employee") nor to witnesses (whom a scheme for collaborators of justice protects
    in part)."""
    return (
        requirement.theme in ("protection", "partnership")
        and requirement.instrument not in WORK_INSTRUMENTS
        and "victim" in _statement(requirement).lower()
        and not _protects_witnesses(requirement)
    )


def _against_all_violence(requirement: Requirement) -> bool:
    """A protection of children from all violence (CRC art 19)."""
    return bool(re.search(r"\ball violence\b", requirement.summary))


def _against_child_exploitation(requirement: Requirement) -> bool:
    """An offence protecting children from sexual or economic exploitation."""
    return requirement.instrument in CHILD_INSTRUMENTS and requirement.obligation == "criminalise"


ANY_OFFENCE = re.compile(
    r"\bany (?:of the )?(?:offence|crime|unlawful act|unlawful activit)"
    r"(?!\w* other than)(?!\w* (?:relating|related|connected|in relation) to)"
    r"|\b(?:the|all) (?:offences|crimes) (?:provided for|established|set out|created)"
    r" (?:in|by|under) this (?:Act|Law|Code|Order)\b",
    re.I,
)
"""Words reaching every offence ("any offence", "any of the offences provided for in
this law"): no closed list; "any offence relating to prostitution" is one kind."""


EVERY_ACTION = r"\b(?:all|every|any)\s+(?:actions?|measures?|decisions?|matters?|proceedings?)\b"
PRINCIPLE = r"\b(?:best\s+interests?|primary\s+consideration|paramount\s+consideration)\b"
"""The words of a principle for every action concerning children, and of the principle."""
SCOPE_LIMITS: tuple[
    tuple[re.Pattern[str], re.Pattern[str], str, Callable[[Requirement], bool] | None], ...
] = (
    (
        re.compile(r"\b(?:a|any|the|every)\s+(?:woman|girl|female)\b|\bwomen\b|\bgirls\b", re.I),
        re.compile(
            r"\b(?:any|a|another|other|every)\s+(?:person|individual|human being)\b|\bpersons\b"
            r"|(?<!female )(?<!girl )\bchild(?:ren)?\b|\banyone\b|\b(?:men|boys?|males?)\b",
            re.I,
        ),  # "men and women doing work of equal value" are everyone
        "it protects only women or girls",
        None,
    ),
    (
        re.compile(r"\bemployees?\b|\bcontract of employment\b|\bemployment contract\b", re.I),
        re.compile(
            r"\bany (?:work|occupation)\b|\bself-employed\b|\bwork of any kind\b"
            r"|\bwhether or not (?:under|bound by|on) an? (?:contract|employment)",
            re.I,
        ),
        "it reaches only employees under a contract, not all work",
        _about_work,
    ),
    (
        re.compile(
            r"\bin (?:an? |any )?(?:industrial undertakings?|factory|factories|mines?|"
            r"industrial establishments?)\b",
            re.I,
        ),
        re.compile(
            r"\bany (?:undertaking|sector|occupation|establishment)\b"
            r"|\ball (?:sectors|undertakings)\b|\bwhether or not\b[^.;]{0,40}\bundertaking"
            r"|\bincluding:?\s+(?:-\s+)?(?:work\s+)?in\s+(?:mines?|factor)",
            re.I,
        ),  # not where mines are an example of the work ("including: - work in mines")
        "it reaches only some sectors (industrial undertakings), not all work",
        _work_age_floor,
    ),
    (
        re.compile(
            r"\b(?:when|where|in)\s+(?:deciding|determining|making\s+(?:a\s+|any\s+)?decisions?)"
            r"\s+(?:whether\s+to\s+|on\s+|about\s+|as\s+to\s+)?(?:the\s+)?(?:care\s+and\s+)?"
            r"(?:place|placement|return|repatriat|custody|adoption)\w*"
            r"|\b(?:when|where|in)\s+(?:deciding|determining)\s+which\s+(?:order|measure)\b"
            r"|\b(?:when|where|in)\s+making\s+(?:its|an?|the)\s+(?:ruling|order)\b"
            r"|\bis\s+to\s+be\s+(?:placed|returned|repatriated)\b"
            r"|\bin\s+the\s+choice\s+of\s+(?:the\s+)?measures?\s+of\s+"
            r"(?:assistance|care|placement|protection)\b",
            re.I,
        ),  # "... a primary consideration in the choice of the measures of assistance and
        # of placement taken in his or her regard", "In deciding on the care and placement
        # of a trafficked child", "In deciding which order to make under section 20", "In
        # making its ruling, the court shall take the best interests ..."
        re.compile(
            rf"{EVERY_ACTION}[^.;]{{0,160}}?{PRINCIPLE}|{PRINCIPLE}[^.;]{{0,160}}?{EVERY_ACTION}",
            re.I,
        ),  # in the principle's sentence: "any proceedings" elsewhere in the section widens
        # nothing
        "it applies to one kind of decision only (placement or return), not every action",
        _in_every_action,
    ),
    (
        re.compile(
            r"\b(?:victims?|persons?)\b[^.;]{0,60}?\btrafficked\s+for\s+(?:the\s+purposes?\s+of\s+)?"
            r"(?:prostitution|sexual\s+exploitation)\b",
            re.I,
        ),  # "victims who were trafficked for prostitution or other sexual exploitation"
        re.compile(
            r"\bany\s+(?:other\s+)?form\s+of\s+exploitation\b|\b(?:every|any|all)\s+victims?\b"
            r"|\btrafficked\s+for\b[^.;]{0,60}?\b(?:labou?r|servitude|slavery|organs?)\b",
            re.I,
        ),
        "it protects only victims of sexual exploitation",
        _protects_trafficking_victims,
    ),
    (
        re.compile(r"\bpublic interest to prosecute\b|\binstructions to prosecutors\b", re.I),
        re.compile(rf"{NOT_PUNISHED}", re.I),
        "it leaves sparing victims to the prosecutor's discretion, under instructions, not to "
        "a rule of law",
        _about_non_punishment,
    ),
    (
        re.compile(
            r"\bvictim certificate\b|\bcertified victims?\b|\bcertificate as a victim\b", re.I
        ),
        re.compile(r"\b(?:every|any) victim\b|\bwhether or not\b[^.;]{0,40}\bcertif", re.I),
        "it protects only victims the authorities have certified",
        None,
    ),
    (
        re.compile(
            r"\b(?:persons?|anyone|everyone) who (?:took|takes|has taken|have taken) part in\b"
            r"[^.;]{0,80}?\b(?:offen[cs]es?|crimes?)\b|\bco-?offenders?\b|\baccomplices?\b",
            re.I,
        ),
        re.compile(r"\bvictims?\b", re.I),
        "it protects only accomplices who testify, not victims",
        _protects_witnesses,
    ),
    (
        re.compile(
            r"\bother than those (?:specified|listed)\b|\bfor the offences of\b"
            r"|\bfor (?:any of )?the following offences\b"
            r"|\bonly (?:for|to) the (?:offences|following)\b"
            r"|\bonly for the (?:crimes|offences) (?:specified|listed|set out|mentioned)\b"
            r"|\bany offence other than an? offence (?:mentioned|specified|listed)\b",
            re.I,
        ),
        ANY_OFFENCE,
        CLOSED_LIST,
        None,
    ),
    (
        re.compile(
            rf"{NOT_PUNISHED}\w*\s+under\s+(?:Article|[Ss]ection|s\.)\s*(?:[A-Z]\.\s*)?[\w.-]+"
            r"(?:\s+of\s+the\s+[^.;]{0,60}?\b(?:Act|Code|Law|Order)\b)?\s+for\s+\w+ing\b",
            re.I,
        ),  # "may not be fined under Article L. 8256-2 for having worked without ...",
        # "shall not be prosecuted under section 11 of the Immigration Act for entering ..."
        ANY_OFFENCE,
        CLOSED_LIST,
        _about_non_punishment,
    ),
    (
        re.compile(
            r"\b(?:prosecuted|charged)\s+(?:with\s+an?\s+offen[cs]e\s+)?under\s+(?:Sections?|Sec\.|"
            r"ss?\.)\s*[\w.-]+(?:\s*(?:,|or|and)\s*[\w.-]+)*[^.;]{0,60}?\bdefen[cs]e\b"
            r"|\bdefen[cs]e\s+to\s+(?:a\s+)?(?:prosecution|charge)\s+under\s+(?:Sections?|Sec\.|ss?\.)",
            re.I,
        ),  # "A person prosecuted under Section 43.02 may prove, as an affirmative defense,
        # that ...", "It is a defense to prosecution under Section 43.02 that ..."
        ANY_OFFENCE,
        CLOSED_LIST,
        _about_non_punishment,
    ),
    (
        re.compile(
            rf"{NOT_PUNISHED}\w*\s+for\s+(?:the|an?)\s+(?:crimes?|offences?)\s+of\b"
            rf"|{NOT_PUNISHED}\w*\s+for\s+an?\s+offen[cs]es?\s+under\s+(?:the\s+)?"
            r"(?:[A-Z][\w'-]*\s+){1,5}(?:Act|Code|Law|Order)\b"
            rf"|{NOT_PUNISHED}\w*\s+for\s+(?:any|an?)\s+(?:immigration|migration|prostitution|"
            r"vagrancy|begging|passport|visa|labou?r)(?:-related)?\s+offen[cs]es?\b"
            rf"|{NOT_PUNISHED}[^.;]{{0,40}}?\s+for\s+(?:any|an?)\s+offen[cs]es?\s+"
            r"(?:concerning|relating\s+to|related\s+to|in\s+(?:connection\s+with|relation\s+to)"
            r"|under\s+the\s+laws\s+on)\s+(?:(?:his|her|their|his\s+or\s+her)\s+)?"
            r"(?:immigration|migration|prostitution|vagrancy|begging|passports?|visas?|entry"
            r"|presence|stay)\b"
            rf"|{NOT_PUNISHED}\w*\s+for\s+(?:the\s+)?(?:(?:illegal|unlawful|irregular)\s+"
            r"(?:entry|exit|stay|residence|border\s+crossing)|prostitution|begging|vagrancy)\b"
            rf"|{NOT_PUNISHED}\w*(?:\s+or\s+\w+)?\s+for\s*(?:—|:)",
            re.I,
        ),  # "shall not be held criminally liable for the crime of entering the State
        # unlawfully", "shall not be liable to be prosecuted for an offence under the
        # Immigration Act", "shall not be ... punished for any immigration offence",
        # "no criminal liability attaches to a victim ... for an offence concerning
        # immigration or prostitution", "shall not be liable to be prosecuted for any offence
        # in relation to his entry into or presence in Barracoa", "shall not be prosecuted
        # or punished for illegal entry into or exit from the State, or for prostitution",
        # "shall not be prosecuted or punished for— (a) entering ... without valid travel
        # documents"
        ANY_OFFENCE,
        CLOSED_LIST,
        _about_non_punishment,
    ),
    (
        re.compile(
            r"\b(?:adolescents?|minors?|child(?:ren)?|young persons?)\b[^.;]{0,200}?"
            r"\b(?:where|when|if|provided that)\b[^.;]{0,60}?\bby\s+(?:means\s+of\s+)?"
            r"(?:(?:physical|moral|psychological)\s+(?:or\s+\w+\s+)?)?"
            r"(?:violence|force|threats?|coercion)\b(?![^.;]*\b(?:increas|doubl|aggravat|heavier|higher|raised)\w*)",
            re.I,
        ),  # "... against an adolescent shall incur the same penalty where the conduct is
        # committed by means of physical or moral violence"
        re.compile(r"\bwhether or not\b[^.;]{0,60}\b(?:violence|force|threats?|coercion)\b", re.I),
        "it punishes the exploitation of some children only where force or threats were used",
        _against_child_exploitation,
    ),
    (
        re.compile(
            rf"\b(?:forced|compelled|coerced)\b[^.;]{{0,200}}?{NOT_PUNISHED}"
            rf"|{NOT_PUNISHED}[^.;]{{0,200}}?\b(?:forced|compelled|coerced)\b",
            re.I,
        ),
        re.compile(
            r"\bdirect(?:ly)?\s+(?:consequence|result)"
            r"|\bas a (?:consequence|result) of (?:being|having been)",
            re.I,
        ),
        "it spares victims only for what they were forced to commit, not for every offence "
        "that is a direct consequence of their situation",
        None,
    ),
    (
        re.compile(
            r"\b(?:reasonable|lawful|moderate|justifiable)\s+(?:physical\s+)?"
            r"(?:force|punishment|chastisement|correction|discipline)\b[^.;]{0,60}?"
            r"\b(?:discipline|chastise|correct|punish)\w*",
            re.I,
        ),  # "Child abuse does not include the use by a parent ... of reasonable physical
        # force to discipline a child"
        re.compile(r"(?!)"),  # no words restore what the carve-out leaves out
        "it leaves out the physical punishment of children by their parents",
        _against_all_violence,
    ),
    (
        re.compile(r"\bsexual(?:ly)?\s+(?:abuse|abused|assault|offen[cs]es?|harassment)\b", re.I),
        re.compile(
            r"\bphysical\b|\bviolence\b|\bneglect|\bmaltreat|\bill-?treat|\bcruel"
            r"|\b(?:beat|injur|wound|assault)\w*\b(?<!sexual assault)",
            re.I,
        ),
        "it reaches the sexual abuse of children only, not all violence",
        _against_all_violence,
    ),
)
EXCEPTED = re.compile(
    r"\b(?:shall|does|do|will) not apply (?:to|in|where)\b|\bshall not be applicable to\b"
    r"|\bshall not extend to\b"
    r"|\bnothing in this (?:section|article|subsection|paragraph|Part|Chapter)\s+shall\s+"
    r"(?:prevent|prohibit|preclude)\b",
    re.I,
)
"""An exception carving part of the matter out ("Subsection (1) does not apply to
work done in a family undertaking", "Nothing in this section shall prevent a child from
helping his or her parents in farming ... as a family undertaking")."""
LIFTED = re.compile(
    r"\b(?:condition|requirement|limitation|restriction|criminality|prescription|time limit)s?\b",
    re.I,
)
"""What an exception lifts when it widens the matter ("The condition of double
criminality does not apply to ...")."""


DUE_DILIGENCE = re.compile(r"\bdue (?:attention|diligence|care)\b", re.I)
"""An employer's defence of due care ("this shall not apply where the corporation
has not neglected due attention and supervision"): the liability stands, with a
defence the law of legal persons commonly allows, not a part of the matter left out."""
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
ORDINAL_PARAGRAPH = re.compile(rf"\b({'|'.join(ORDINALS)}) paragraph\b", re.I)
"""An exception's target in a code article of unnumbered paragraphs ("The second
paragraph does not apply to ...")."""

NUMBERED_PART = re.compile(r"\b(?:sub-?section|paragraph|clause|item)\s*\((\w{1,4})\)\s*$", re.I)
"""An exception's target named by its number ("Subsection (1) does not apply to ...")."""


HAZARDOUS_WORK_EXCEPTED = re.compile(
    r"\b(?:work|employment|occupations?|activit(?:y|ies))\s+so\s+listed\b"
    r"|\blisted\s+(?:work|occupations?|activit(?:y|ies))\b"
    r"|\b(?:hazardous|dangerous)\s+(?:work|employment|occupations?|activit(?:y|ies))\b",
    re.I,
)
"""Words of an exception for hazardous work only ("Nothing in this section shall
prevent a child fifteen years of age or older from doing work so listed as part of an
apprenticeship"): it leaves nothing out of the section's other worst forms."""
ABOUT_HAZARDOUS_WORK = re.compile(r"\bhazard\w*|\bdangerous\b|\bharm\w*\b|\bworst forms\b", re.I)
"""Words of a requirement about work harmful to children, or about all the worst forms
of child labour, hazardous work among them (its title and summary)."""


def _excepts(
    text: str,
    found: Sequence[int] = (),
    found_eids: Sequence[str] | None = None,
    hazardous_matter: bool = True,
) -> bool:
    """Whether a passage carves part of its matter out, rather than lifting a limit;
    an exception to one of its unnumbered paragraphs ("The second paragraph does not
    apply to ...") counts only where the requirement was found (offsets `found`)
    in that paragraph, one to a numbered part ("Subsection (1) does not apply
    ...") only where it was found in that part (`found_eids`: the provisions of the
    passage's section or article holding the requirement, their eIds after the
    section's own, so that "part_1" is no subsection (1); None where unknown), and one for
    hazardous work only (`HAZARDOUS_WORK_EXCEPTED`) only where the requirement is
    about such work (`hazardous_matter`)."""
    for match in EXCEPTED.finditer(text):
        before = text[text.rfind(".", 0, match.start()) + 1 : match.start()]
        after = text[match.end() : (text.find(".", match.end()) + 1 or len(text) + 1) - 1]
        if LIFTED.search(before) or DUE_DILIGENCE.search(after):
            continue
        if not hazardous_matter and HAZARDOUS_WORK_EXCEPTED.search(after):
            continue
        numbered = NUMBERED_PART.search(before.strip())
        if (
            numbered
            and found_eids is not None
            and not any(
                re.search(rf"_{re.escape(numbered.group(1))}(?:__|$)", eid) for eid in found_eids
            )
        ):
            continue  # the exception is to another subsection than the one holding the matter
        target = ORDINAL_PARAGRAPH.search(before)
        if target is None:
            return True
        lines = [
            (start, text.find("\n", start) % (len(text) + 1))
            for start in [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        ]
        paragraphs = [
            (start, end)
            for start, end in lines
            if text[start : start + 1].isupper() and not AMENDMENT_NOTE.match(text[start:end])
        ][1:]  # the first line is the article's number or heading
        ordinal = ORDINALS.index(target.group(1).lower())
        if ordinal >= len(paragraphs):
            return True
        start, end = paragraphs[ordinal]
        if any(start <= at < end for at in found):
            return True
    return False


COOPERATION = re.compile(
    r"\b(?:if|where|provided that|on condition that|only (?:if|where))\b[^.;]{0,160}?"
    r"\b(?:cooperat\w+|co-operat\w+|report\w*\s+(?:the\s+\w+(?:\s+\w+)?\s+)?to\s+(?:the\s+)?"
    r"(?:police|law enforcement|authorit\w+|prosecut\w+|bodies|agenc\w+|investigat\w+)"
    r"|(?:assist|help|contribut)\w*\s+(?:(?:in|to)\s+)?(?:the\s+|its\s+)?"
    r"(?:detection|investigation|prosecution|police|authorities))",
    re.I,
)
"""A protection conditional on the victim's help to the authorities ("if the victim
has reported the trafficking to a law enforcement agency and cooperates")."""
CROSS_BORDER = re.compile(
    r"\b(?:from|out of)\s+(?:\w+\s+){0,3}?(?:to|into)\s+a\s+place\s+outside\b"
    r"|\bfrom\s+a\s+place\s+outside\s+(?:\w+\s+){0,3}?into\b"
    r"|\b(?:across|over)\s+(?:the\s+|a\s+|any\s+)?(?:national\s+|international\s+|State\s+)?"
    r"(?:borders?|frontiers?)\b"
    r"|\binto,?\s+or\s+(?:\w+\s+){0,4}?out\s+of\b|\bout\s+of,?\s+or\s+(?:\w+\s+){0,4}?into\b"
    r"|\b(?:tak(?:e|es|en|ing)|brought|brings?|bringing|sen[dt]s?|mov(?:e|es|ed|ing)|carr(?:y|ies|ied))"
    r"\s+(?:(?:a|the)\s+child\s+|him\s+|her\s+|them\s+)?"
    r"(?:out\s+of|into)\s+(?:the\s+)?(?:country|(?-i:[A-Z])\w+),?\s+(?:or|and)\s+(?:\w+\s+){0,5}?"
    r"(?:into|out\s+of)\s+(?:the\s+)?(?:country|(?-i:[A-Z])\w+)\b",
    re.I,
)
"""Words limiting a provision to movement across the border ("from Zamoria to a place
outside Zamoria, or from a place outside Zamoria into Zamoria")."""
DOMESTIC = re.compile(
    r"\b(?:within|inside)\s+(?:or\s+(?:across|outside)\s+)?(?:the\s+)?(?:national\s+)?"
    r"(?:country|territory|borders|State)\b"
    r"|\bwhether\s+(?:or\s+not\s+)?(?:within|inside|across)\b|\bdomestic(?:ally)?\b"
    r"|\binternal\b|\bor\s+within\b|\bwhether\s+or\s+not\b[^.;]{0,60}?\b(?:across|abroad|outside)\b"
    r"|\b(?:is|be)\s+not\s+(?:an?\s+element|necessary|required)\b|\bneed\s+not\b",
    re.I,
)
"""Words keeping movement inside the country in ("whether within or across the border",
"inside the national territory or on a journey into or out of it",
"It is not an element of an offence ... that the person was brought into or taken out
of the State")."""
PURPOSE = re.compile(
    r"\b(?:for the purposes? of|in order to|with (?:the )?intent(?:ion)? (?:of|to|that))\b"
    r"[^.;]{0,160}",
    re.I,
)
DRAFTING_PURPOSE = re.compile(
    r"for the purposes? of (?:this |that |the )?(?:sub)?(?:sections?|paragraphs?|articles?|parts?"
    r"|chapters?|act|ordinance|law|code|schedule)\b",
    re.I,
)
"""A drafting phrase ("For the purposes of subsection (1)(a), a person takes part in ..."),
not the purpose of an offence."""
PURPOSE_NAMED = re.compile(
    r"\bfor (?:the )?(?:prostitution|pornograph\w*|sexual \w+|forced labou?r|labou?r|exploitation"
    r"|begging|servitude|slavery|adoption|marriage|the removal of organs)\b[^.;]{0,160}",
    re.I,
)
"""A purpose named after "for" ("recruits ... a child for prostitution"), read in an
offence; in an interpretation section each definition has its own."""
SEXUAL = re.compile(r"\b(?:prostitution|pornograph\w*|sexual\w*)", re.I)
OTHER_PURPOSE = re.compile(
    r"\bany purpose|\bexploit\w*|\blabou?r\b|\bwork\b|\bservices?\b|\borgans?\b|\badoption\b"
    r"|\bmarriage\b|\bbegging\b|\bservitude\b|\bslavery\b",
    re.I,
)
"""Purposes beyond sexual ones: a provision whose every purpose clause ("for
the purpose of ... prostitution or ... pornography") names sexual ones alone
narrows a standard that covers any purpose."""
SEXUAL_EXPLOITATION = re.compile(
    r"\bsexual(?:ly)?\s+exploit\w*|\bexploit\w* (?:in|of|through|by) (?:the )?prostitution\b", re.I
)
"""Exploitation that is sexual ("a child exploited in prostitution"): not a purpose
beyond sexual ones."""
CHILD_ONLY = re.compile(r"\bchild(?:ren)?\b|\bminors?\b", re.I)
WOMEN = re.compile(r"\bwom[ae]n\b", re.I)
NATIONALS = re.compile(r"\bnationals?\b|\bcitizens?\b|\bresidents?\b", re.I)
CITIZENS_ONLY = re.compile(
    r"\b(?:who is|being|who are) an? (?:citizen|national)\b"
    r"|\bcitizens? or (?:a )?permanent residents?\b"
    r"|\bwho (?:is|are) (?:a )?citizens? of\b"
    r"|\bwho (?:holds?|has|have|possess(?:es)?) the nationality of\b"
    r"|\b(?:a|any) (?:citizen|national) of (?:the )?[A-Z]",
    re.I,
)
"""A protection limited to the State's own people ("a victim who is a citizen of ...")."""
FOREIGNERS_ONLY = re.compile(r"\bthe\s+victim\s+is\s+not\s+(?:a\s+)?(?:citizen|national)\b", re.I)
"""An offence whose victim must be a foreigner ("(b) the victim is not a citizen of
Nakoro;"): it leaves out the State's own people. Never a migrant smuggled, a
person "who is not a national" of the State entered."""
ANY_NATIONALITY = re.compile(
    r"\b(?:whatever|irrespective of|regardless of|whether or not)\b[^.]{0,40}"
    r"\b(?:nationality|citizen\w*)\b"
    r"|\bforeign(?:ers?| nationals?| victims?| citizens?)\b"
    r"|\bnot (?:a )?(?:citizen|national)s? of\b|\bnon-?(?:citizen|national)s?\b",
    re.I,
)
"""Words reaching people of any nationality: "whatever their nationality", "foreign
victims", "a child who is not a citizen of Ruvani ... shall enjoy the rights"."""
CHILDREN_LAW = re.compile(
    r"\b(?:child(?:ren)?|minors?|juveniles?|adolescents?|young persons?)\b", re.I
)
"""Words of a law's title that make it a law for children ("Child Protection Code")."""
SECTOR_LAW = re.compile(
    r"\b(?:domestic|household|migrant|plantation|agricultural) workers?\b|\bseafarers?\b"
    r"|\bfishers?\b",
    re.I,
)
"""Words of a law's title that make it a law for the workers of one sector ("Law on
Domestic Workers")."""
TRAFFICKING_LAW = re.compile(r"\btraffick", re.I)
"""The word of a law's title that makes it a law on trafficking."""
ADULTS = re.compile(r"\badults?\b|\bmen\b|\bwhether (?:a )?(?:child|minor|adult)", re.I)
"""Words reaching grown-ups, men among them ("men and women"), beside children or women."""
WOMEN_AND_CHILDREN = re.compile(rf"{WOMEN.pattern}|\bgirls?\b|{CHILD_ONLY.pattern}", re.I)
ANY_PERSON = re.compile(
    r"\b(?:any|a|another|other|every|no)\s+(?:person|individual|human being)\b|\bpersons\b"
    r"|(?<!child )(?<!the )(?<!such )(?<!that )(?<!who is a )(?<!who has been a )"
    r"(?<!become a )\bvictim\b"
    r"|(?<!child )(?<!who are )(?<!become )\bvictims\b"
    r"|\btrafficked persons?\b|\banyone\b"
    r"|\bconsent of the victim\b(?! who is a child)",  # the victim of the offence: anyone
    re.I,
)
PERMISSIVE = re.compile(r"\bmay\b", re.I)
CONCESSIVE = re.compile(
    r"\b(?:who|what|wher|how|which)ever\b[^.;,]{0,60}?\bmay be\b"
    r"|\b(?:is|are|was|were) or may (?:be|have been)\b"
    r"|\bmay,? (?:in particular|for example|for instance)\b"
    r"|\bmay\b[^.;]{0,80}?\bby (?:regulations?|order|notification|notice)\s+"
    r"(?:declare|add|designate|specify|prescribe|extend)\b",
    re.I,
)
"""A concession ("whoever their author may be"), a possibility ("a child who is or
may be a victim of trafficking"), an illustration ("a person may in particular
arrange travel by recruiting ...") or a power to extend the matter ("The Minister may,
after consultation ..., by regulation declare to be hazardous any occupation"), not a
permission."""
ORDER_CONTENT = re.compile(
    r"(?<=\bmay)\s+(?:\w+\s+){0,2}?(?:order|direct)\s+that\b[^.;]*"
    r"|\band\s+such\s+(?:compensation|order|amount|sum)\s+shall\s+be\s+"
    r"(?:recoverable|recovered|paid|enforced|enforceable)\b[^.;]*",
    re.I,
)
"""What an order the court "may" make says ("may order that no person shall publish
..."), and how it is carried out ("may order ... such compensation as it thinks fit, and
such compensation shall be recoverable as an arrear of land revenue"): its "shall" binds
only once the order is made."""
DEROGATION = re.compile(r"\b(?:notwithstanding|despite|by way of (?:exception|derogation))\b", re.I)
EFFORTS = re.compile(
    r"\b(?:shall|must|will)\s+(?:\w+\s+){0,2}?(?:endeavou?r|strive|seek|"
    r"make\s+(?:every\s+|all\s+)?(?:possible\s+|reasonable\s+|best\s+)?efforts?)\b",
    re.I,
)
"""A duty of best efforts ("shall endeavour to", "shall strive to"): weaker than "shall"."""
QUALIFIED = re.compile(
    r"\b(?:shall|must|will),?\s+(?:\w+\s+){0,2}?,?\s*(?:as far as (?:is )?(?:practicable|possible)"
    r"|where(?:ver)? (?:practicable|possible|feasible)"
    r"|(?:where|if) (?:he|she|it|they) (?:considers?|deems?|thinks?) (?:it )?"
    r"(?:necessary|appropriate|fit|expedient)"
    r"|to the extent (?:possible|practicable|feasible)"
    r"|subject to (?:the )?(?:available|availability of) (?:resources|funds)"
    r"|within (?:the limits of )?(?:available|its) (?:resources|means))"
    r"|\b(?:whenever|wherever|as far as) (?:possible|practicable|feasible),\s+"
    r"(?=[^.;]*\b(?:shall|must)\b)[^.;]*"
    r"|\bsubject to (?:the )?(?:availability of|available) (?:funds|resources)\b[^.;]{0,120}?"
    r"\b(?:shall|must)\b|\bsubject to the same condition\b[^.;]{0,60}?\b(?:shall|must)\b",
    re.I,
)
"""A duty only "as far as practicable", "subject to available resources" or "where he
considers it necessary" (or "Whenever possible, the child ... shall be heard"): efforts
again, unless the standard is itself qualified ("to the extent possible")."""
QUALIFIED_SENTENCE = re.compile(
    r"\bwithin (?:the limits of )?(?:the )?budget(?:ary)? (?:funds|allocations?|appropriations?"
    r"|availability)\b"
    r"|\bsubject to (?:the )?budget(?:ary)? (?:availability|funds|allocations?|appropriations?)\b"
    r"|\bdepending on (?:the )?(?:capacity|availability|means) of (?:the )?(?:state )?budget\b"
    r"|\bwithin the limits of (?:the )?(?:resources|means|funds|appropriations?"
    r"|(?:budgetary )?credits)\b"
    r"|\b(?:within|in accordance with) (?:the limits of )?(?:the )?(?:resources|means|funds) "
    r"available\b"
    r"|\bin accordance with (?:the )?available (?:resources|means|funds)\b"
    r"|\bas far as (?:the )?(?:available )?(?:resources|means|funds)(?: available)?"
    r"(?: to (?:it|them|the state))? (?:allow|permit)s?\b",
    re.I,
)
"""Words qualifying a whole sentence wherever they stand ("... is provided with medical ...
assistance ..., within the budget funds provided for these purposes", "receives, within the
limits of the resources available, the medical ... care", "shall provide the specialised
services ... subject to budgetary availability", "within the limits of the resources of the
Fund", "within the limits of the credits foreseen for this purpose in the annual budget law",
"The State shall, as far as the resources available to it allow, take reasonable steps",
"Depending on the capacity of the State budget ..., a child who has been trafficked ... may
receive the following support"): as `QUALIFIED`."""
WITHIN_MEANS = re.compile(r"\bwithin (?:their|its) means\b|\bavailable resources\b", re.I)
"""A standard that itself binds only within the State's means or resources."""
QUALIFIED_STANDARD = re.compile(
    r"\bas far as possible|\bto the extent possible|\bas appropriate|\bwhere appropriate", re.I
)
BINDING = re.compile(
    r"\b(?:shall|must|is entitled|are entitled|has the right|have the right|commits? an offence|"
    r"is liable|are liable|is guilty|is prohibited|are prohibited|prohibited|is punishable|"
    r"are punishable|may (?:claim|apply|seek|request|bring|file|obtain|institute|join|prove)|"
    r"may not|(?:no one|nobody|no person) may|no (?:[a-z]+,? ){1,5}may|"
    r"only (?:[\w'-]+,? ){1,20}?may)\b",
    re.I,
)
"""Words that bind: a duty, a right, an offence, a prohibition ("may not", "No
author, participant or instigator may rely on ...", "Only adolescents who have reached
fifteen years of age ... may be admitted to employment")."""
OTHER_LAW = (
    r"(?:under|in accordance with|as provided (?:in|by|for in)|for the purposes of|"
    r"in the manner (?:provided|prescribed) (?:by|in)|set by|permitted by|adopted under|"
    r"prescribed (?:in|by)|pursuant to|in|(?:conferred|provided|set out|governed)\s+(?:on\s+"
    r"[\w\s]{0,40}?)?(?:by|in|for in)|by the provisions of)\s+(?:the\s+)?"
    r"(?:provisions\s+of\s+(?:the\s+)?)?"
    r"(?:(?:Articles?|[Ss]ections?|[Cc]hapters?)\s+[\w.-]+(?:\s*(?:,|and|or|to)\s*[\w.-]+)*\s+of\s+"
    r"(?:the\s+)?"
    r"|(?:Chapter|Article|Section|Title)\s+[\w.-]+,\s+)?"
    r"(?!(?:this|these|present)\s)"
    r"(?:[A-Z][\w'-]*\s+(?:(?:of|and|for|on)\s+)?|\([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\)\s+){0,6}"
    r"(?:Code|(?-i:Act)|Law|Proclamation|Ordinance|legislation|laws(?!\s+of\s+(?:the\s+)?[A-Z])"
    r"|(?<=[a-z] )(?-i:Regulations))\b"
    r"|(?<!(?i:notwithstanding the provisions of ))(?<!(?i:notwithstanding the provisions of any ))"
    r"(?<!(?i:notwithstanding any ))(?<!(?i:notwithstanding ))(?<!(?i:despite any ))"
    r"(?<!(?i:anything contained in any ))"
    r"(?<!(?i:nothing in this act or in any ))(?<!(?i:nothing in this act or any ))"
    r"(?<!(?i:nothing in this law or in any ))(?<!(?i:nothing in this law or any ))"
    r"\b(?:labour|labor|other|applicable|existing)\s+(?:written\s+)?(?:legislation|laws?)\b"
    r"|\b(?:in accordance with|under|by)\s+the\s+law\s+on\s+[a-z]+"
    r"|\b(?:in accordance with|under|pursuant to)\s+the\s+"
    r"(?-i:(?:[A-Z][\w'-]*\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?){7,12})(?-i:Code|Act|Law)\b"
    r"|\b(?:Government|Presidential|Ministerial|Royal)\s+(?:Regulation|Decree|Decision|Ordinance)s?\b"
    r"|\b(?:formulated|issued|determined|regulated)\s+by\s+(?:the\s+)?(?:[\w']+\s+){0,6}?State\s+Council\b"
    r"|\blist\s+issued\s+by\s+the\s+Minister\b|\bshall\s+issue\s+the\s+list\b"
    r"|\b(?:shall|may),?\s+by\s+notification\b"
    r"|\bgoverned\s+by\s+(?:the\s+)?provisions?\s+of\s+[^.;]{0,60}?\bof\s+the\s+"
    r"(?:[A-Z][\w'-]*\s+){1,4}(?:Code|Act|Law)\b"
    r"|\b(?:determined|governed|defined|regulated|provided\s+for|dealt\s+with)\s+"
    r"(?:by|in|under|in\s+accordance\s+with)\s+(?:the\s+)?(?:civil|special)\s+(?:law|legislation)\b"
    r"|\bprovisions\s+of\s+the\s+(?:Code|Act|Law)\b(?:\s+(?:on|of|for|and|the|in|[A-Z][\w'-]*)){0,14}"
    r"\s+shall\s+apply\b"
    r"|\bprovisions\s+of\s+(?:Book|Part|Title|Chapter)\s+[\w-]+\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){0,3}"
    r"(?:Code|Act|Law)\b[^.;]{0,120}?\bshall\s+apply\b"
    r"|\b(?:that|which|as)\s+the\s+(?:[A-Z][\w'-]*\s+){1,5}(?:Code|Act|Law)\s+"
    r"(?:permits|allows|prescribes|provides|sets)\b"
)
"""Words sending a matter to another law or to an implementing instrument not
reviewed ("under the Penal Code", "governed by chapters 16 and 17 of the Criminal
Procedure Act", "in accordance with the Prevention and Combating of
the Sexual Abuse ... and Child Pornography Law" (a long title read in capitals only:
not "liable for trafficking in human beings and the other offences under this Law"),
"The provisions of the Act on International Judicial Mutual Assistance in Criminal
Matters ... shall apply", "in accordance with the law on adoption", "by
Government Regulation", "governed by the Employment of Children Regulations", "formulated by
the State Council", "The Ministry shall, by notification, specify ...", "before
reaching the age ... that the Labour Code permits"); never
the law itself ("the crimes provided for in this Law"), nor the conduct ("the
persons who took part in the act"), even where matched regardless of case; nor a
derogation from other laws ("Notwithstanding the provisions of other laws, a person
shall be prohibited from ...")."""
REFERS_OUT = re.compile(OTHER_LAW)
NAMED_LAW = re.compile(r"\b(?:Code|Act|Law|Ordinance|Proclamation)\b")
"""A reference out naming its law ("the Extradition Act"), not a power to make rules."""
LIST_MADE_ELSEWHERE = re.compile(
    r"\b(?:list|catalogue)\s+of\s+[^.;]{0,80}?\b(?:approved|issued|established|adopted|drawn\s+up)"
    r"\s+by\s+the\s+(?:Government|Minister|Ministry|Cabinet|State\s+Council)\b"
    r"|\bState's\s+(?:catalogue|list)\b|\bby\s+regulations\s+made\b|\bregulations\s+declaring\b"
)
"""Words leaving a list to the executive ("The list of jobs prohibited to children
shall be approved by the Minister", "work that appears in the State's catalogue of
work barred to minors", "work declared to be hazardous work by regulations made
under subsection (3)"): where every sentence naming the list says so, the list and
how it is made are read in an instrument not reviewed. Not a reference out for the
rest of the sentence (the prohibition of heavy work beside the list stands)."""
DEPENDENT = re.compile(
    r"\s*(?:\(\w{1,4}\)\s*)?For the purposes? of (?:this |that )?"
    r"(?:paragraph|subsection|sub-article|clause|item)\b"
    r"|\s*(?:\(\w{1,4}\)\s*)?(?:an?|the|such|any) (?:order|decision|direction)s? (?:made )?under "
    r"(?:this |that )?(?:paragraph|subsection|sub-article|clause|item)\b"
    r"|\s*(?:\(\w{1,4}\)\s*)?(?:[A-Z]\w+\s+){1,2}(?:directed|awarded|ordered|granted)\s+"
    r"(?:or\s+\w+\s+)?under\s+(?:this\s+(?:section|article)|sub-?section\s+\(\w{1,4}\))"
    r"|.*?\bas (?:provided|set out|laid down) (?:in|by) (?:Article|[Ss]ection)\s+[\w.()-]+"
    r"(?:\s+of this (?:Law|Act|Code))?\s*[;.]?\s*$",
    re.I,
)
"""A sentence working out another's rule ("For the purposes of paragraph (1), a
victim who gives information shall be treated as a witness", "An order under
subsection (1) does not prevent the disclosure ...", "Compensation directed or awarded
under this section shall be paid ... within thirty days", "Compensation ordered under
sub-section (1) shall be recoverable ...") or pointing to it
("to claim compensation for damage as provided in Article 29 of this Law"): where
that rule is left to another law, so is this one."""
PENALTY_REFERS_OUT = re.compile(
    rf"(?:punish\w*|penalt\w*|sanction\w*|liab\w*|dealt with|handled)[^.]{{0,80}}?(?:{OTHER_LAW})",
    re.I,
)
LEGAL_PERSON_WORDS = (
    r"body corporate|bodies corporate|legal persons?|juridical persons?|juristic persons?|"
    r"corporations?"
)
LEGAL_PERSONS = re.compile(rf"\b(?:{LEGAL_PERSON_WORDS}|legal entit(?:y|ies))\b", re.I)
"""Words of a provision on the liability of legal persons (for ranking)."""
ANSWERABLE = re.compile(
    r"\b(?:liab\w*|responsib\w*|offen[cs]es?|guilty|punish\w*|penalt\w*|fine[sd]?|sanction\w*"
    r"|prosecut\w*|convict\w*|crimes?|criminal\w*)\b",
    re.I,
)
"""Words of a provision making someone answer for wrongdoing: a provision on the
liability of legal persons has them, one encouraging "legal entities" to contribute
funds does not."""
CORPORATE = re.compile(
    rf"\b(?:{LEGAL_PERSON_WORDS}|compan(?:y|ies)|organi[sz]ations?(?!\s+or\s+individuals?\b))\b",
    re.I,
)
"""Words of a provision whose penalties are those of companies or organisations; not
"any organisation or individual", which is anyone."""


QUALITY = attrgetter("quality")
"""A hit's quality (read in C, for the thousands of hits of an element)."""


@dataclass
class UnitHits:
    """An element's hits in one section or article, with their best match
    quality and whether one of them stands in a provision's heading."""

    hits: list[Hit]
    best: float
    in_heading: bool

    def add(self, hit: Hit, passage: Passage) -> None:
        self.hits.append(hit)
        self.best = max(self.best, hit.quality)
        self.in_heading = self.in_heading or hit.start < passage.heading_end


class DefinitionSpan(NamedTuple):
    """Where a definition's meaning stands in a passage's text."""

    term: str
    """The defined term, in lower case."""
    start: int
    end: int
    units: frozenset[Unit] | None = None
    """The units it holds for, when its scope names them; None for the whole law."""

    def holds(self, mention: AgeMention) -> bool:
        """Whether the age stands in this definition's meaning."""
        return self.start <= mention.start < self.end

    def reaches(self, units: set[Unit] | None) -> bool:
        """Whether the definition holds for any of `units` (None: for any matter)."""
        return self.units is None or units is None or bool(self.units & units)


@dataclass
class Context:
    """What the judge knows of the framework (built once per analysis)."""

    passages: Sequence[Passage]
    index: TermIndex
    ages: dict[int, list[AgeMention]]
    penalties: dict[int, list[PenaltyMention]]
    units: dict[Unit, list[int]]
    """Passages of each section or article."""
    definitions: dict[Unit, list[int]] = field(default_factory=dict)
    """Passages of the definitions each unit relies on."""
    term_definitions: dict[str, list[int]] = field(default_factory=dict)
    """Passages defining each term (lower case), across the framework."""
    definition_spans: dict[int, list[DefinitionSpan]] = field(default_factory=dict)
    """Per passage holding definitions, where each term's meaning stands in it."""
    general_fine_rules: dict[int, int] = field(default_factory=dict)
    """Per law, the passage of its general rule letting a fine replace any prison term."""
    general_maxima: dict[int, tuple[int, PenaltyMention]] = field(default_factory=dict)
    """Per law, the longest prison term its general rule sets, with the passage."""
    interpretation_units: frozenset[Unit] = frozenset()
    unit_references: dict[Unit, set[Unit]] = field(default_factory=dict)
    """The units each unit refers to."""
    passage_references: dict[int, list[tuple[int, int, Unit]]] = field(default_factory=dict)
    """Per passage, where each of its resolved cross-references stands in its text
    and the unit it points to."""
    parameters: dict[str, ParameterValue] = field(default_factory=dict)
    children_laws: frozenset[int] = frozenset()
    """The laws whose title makes them laws for children ("The Children Act")."""
    sector_laws: frozenset[int] = frozenset()
    """The laws whose title makes them laws for the workers of one sector ("Law on
    Domestic Workers")."""
    trafficking_laws: frozenset[int] = frozenset()
    """The laws whose title makes them laws on trafficking ("Prevention of Trafficking
    in Persons Act")."""
    _texts: dict[Unit, str] = field(default_factory=dict, repr=False)
    _element_hits: dict[str, dict[Unit, UnitHits]] = field(default_factory=dict, repr=False)
    _naming: dict[str, set[Unit]] = field(default_factory=dict, repr=False)
    _governed: dict[tuple[str, ...], set[Unit]] = field(default_factory=dict, repr=False)
    _naming_all: dict[tuple[str, ...], set[Unit]] = field(default_factory=dict, repr=False)
    _trafficking: dict[Unit, bool] = field(default_factory=dict, repr=False)
    _victims: dict[Unit, bool] = field(default_factory=dict, repr=False)
    _bans: dict[Unit, bool] = field(default_factory=dict, repr=False)
    _answerable: dict[Unit, bool] = field(default_factory=dict, repr=False)
    _creates_offence: dict[Unit, bool] = field(default_factory=dict, repr=False)
    _holding: dict[tuple[int, AgeMention], list[DefinitionSpan] | None] = field(
        default_factory=dict, repr=False
    )
    _sent_out: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def unit_of(self, passage: int) -> Unit:
        found = self.passages[passage]
        return (found.law, found.unit)

    def element_hits(self, element_id: str) -> dict[Unit, UnitHits]:
        """An element's hits grouped by the unit they stand in."""
        grouped = self._element_hits.get(element_id)
        if grouped is None:
            by_unit: dict[Unit, list[Hit]] = defaultdict(list)
            units = self._passage_units
            for hit in self.index.hits.get(element_id, ()):
                by_unit[units[hit.passage]].append(hit)
            heading_ends = self._heading_ends
            grouped = self._element_hits[element_id] = {
                unit: UnitHits(
                    hits,
                    max(map(QUALITY, hits)),
                    any(h.start < heading_ends[h.passage] for h in hits),
                )
                for unit, hits in by_unit.items()
            }
        return grouped

    @cached_property
    def _passage_units(self) -> list[Unit]:
        """The unit of each passage, by its index."""
        return [(p.law, p.unit) for p in self.passages]

    @cached_property
    def _heading_ends(self) -> list[int]:
        """Where the heading of each passage ends, by its index."""
        return [p.heading_end for p in self.passages]

    @cached_property
    def relying_groups(self) -> dict[Unit, dict[frozenset[int], list[Unit]]]:
        """For each unit holding definitions, the units relying on them, grouped
        by the set of definition passages they rely on (a group shares its hits)."""
        out: dict[Unit, dict[frozenset[int], list[Unit]]] = defaultdict(dict)
        for unit, definition_passages in self.definitions.items():
            for holder in sorted({self.unit_of(p) for p in definition_passages}):
                out[holder].setdefault(self.definition_sets[unit], []).append(unit)
        return out

    def units_naming(self, term: str) -> set[Unit]:
        """The units whose passages contain `term` (lower case) as a word start."""
        if term not in self._naming:
            found: set[Unit] = set()
            text = self.lower_text
            at = text.find(term)
            while at >= 0:
                if at == 0 or not text[at - 1].isalnum():
                    passage = self.passage_at(at)
                    if passage is not None:
                        found.add((passage.law, passage.unit))
                at = text.find(term, at + 1)
            self._naming[term] = found
        return self._naming[term]

    @cached_property
    def _passages_by_eid(self) -> dict[tuple[str, str], list[Passage]]:
        by_eid: dict[tuple[str, str], list[Passage]] = defaultdict(list)
        for passage in self.passages:
            by_eid[(passage.document, passage.eid)].append(passage)
        return by_eid

    def passage_of(self, fact: Fact) -> Passage | None:
        """The passage whose words state a fact."""
        return next(
            (
                p
                for p in self._passages_by_eid.get((fact.document, fact.eid), ())
                if p.start <= fact.start < p.end
            ),
            None,
        )

    @cached_property
    def definition_sets(self) -> dict[Unit, frozenset[int]]:
        return {unit: frozenset(passages) for unit, passages in self.definitions.items()}

    @cached_property
    def lower_text(self) -> str:
        """Every passage in lower case, one after another (a space between)."""
        return " ".join(p.text.lower() for p in self.passages)

    @cached_property
    def _offsets(self) -> list[int]:
        """Where each passage starts in `lower_text`."""
        offsets, at = [], 0
        for passage in self.passages:
            offsets.append(at)
            at += len(passage.text) + 1
        return offsets

    def passage_at(self, offset: int) -> Passage | None:
        """The passage covering a position of `lower_text`."""
        index = bisect.bisect_right(self._offsets, offset) - 1
        if index < 0:
            return None
        passage = self.passages[index]
        return passage if offset < self._offsets[index] + len(passage.text) else None

    @cached_property
    def citations(self) -> dict[str, str]:
        """How each provision with a passage is cited, by eId."""
        return {p.eid: p.citation for p in self.passages}

    def unit_text(self, unit: Unit) -> str:
        text = self._texts.get(unit)
        if text is None:
            text = " ".join(self.passages[p].text for p in self.units.get(unit, ()))
            self._texts[unit] = text
        return text

    def speaks_of_trafficking(self, unit: Unit) -> bool:
        """Whether a unit's words name trafficking (`TRAFFICKING`), read once."""
        found = self._trafficking.get(unit)
        if found is None:
            found = self._trafficking[unit] = bool(TRAFFICKING.search(self.unit_text(unit)))
        return found

    def names_victims(self, unit: Unit) -> bool:
        """Whether a unit's words name the people a protection is for (`VICTIMS`), or
        it refers to a unit whose words do ("every child referred to in Section 32",
        where s. 32 is about a child who is a victim of trafficking); read once."""
        found = self._victims.get(unit)
        if found is None:
            found = self._victims[unit] = bool(VICTIMS.search(self.unit_text(unit))) or any(
                VICTIMS.search(self.unit_text(target))
                for target in self.unit_references.get(unit, ())
            )
        return found

    def creates_offence(self, unit: Unit) -> bool:
        """Whether a unit makes conduct an offence: in so many words, or by a penalty
        for an offender ("Anyone who ... is punishable with"), not a penalty it
        only mentions (a limitation period); read once."""
        found = self._creates_offence.get(unit)
        if found is None:
            text = self.unit_text(unit)
            found = self._creates_offence[unit] = bool(
                OFFENCE_WORDS.search(text) or (self.has_penalty(unit) and OFFENDER.search(text))
            )
        return found

    def answerable(self, unit: Unit) -> bool:
        """Whether a unit's words make someone answer for wrongdoing (`ANSWERABLE`);
        read once."""
        found = self._answerable.get(unit)
        if found is None:
            found = self._answerable[unit] = bool(ANSWERABLE.search(self.unit_text(unit)))
        return found

    def bans(self, unit: Unit) -> bool:
        """Whether a unit's words ban conduct (`PROHIBITS`), with or without a penalty of
        its own; read once."""
        found = self._bans.get(unit)
        if found is None:
            found = self._bans[unit] = bool(PROHIBITS.search(self.unit_text(unit)))
        return found

    def spans_holding(self, passage: int, mention: AgeMention) -> list[DefinitionSpan] | None:
        """The definitions of a passage of definitions whose meaning holds an age it
        states; None where its definitions could not be located."""
        key = (passage, mention)
        if key not in self._holding:
            spans = self.definition_spans.get(passage)
            self._holding[key] = [s for s in spans if s.holds(mention)] if spans else None
        return self._holding[key]

    def naming_any(self, terms: tuple[str, ...]) -> set[Unit]:
        """The units naming any of `terms`, read once per list of terms."""
        found = self._naming_all.get(terms)
        if found is None:
            found = self._naming_all[terms] = {
                u for term in terms for u in self.units_naming(term.lower())
            }
        return found

    def governed_units(self, terms: tuple[str, ...]) -> set[Unit]:
        """The units about an offence: those naming it (`terms`) and those
        referring to a unit that does ("an offence under section 4")."""
        if terms not in self._governed:
            naming = self.naming_any(terms)
            referring = {u for u, targets in self.unit_references.items() if targets & naming}
            self._governed[terms] = naming | referring
        return self._governed[terms]

    def matter_sent_out(self, matter: str) -> list[int]:
        """The passages with a sentence naming a requirement's subject (`matter`, a
        lower-case pattern) and sending it to a law not reviewed ("The adoption of a
        child ... shall be governed by the Domestic Adoption Act", "may, in accordance
        with the Mutual Legal Assistance Act, provide ... assistance")."""
        if matter not in self._sent_out:
            naming = re.compile(matter, re.I)  # a lower-case pattern, as on lower-case words
            unanchored = matter.removeprefix(r"\b")
            """The pattern without its opening word boundary, checked by hand below: a
            pattern opening with a plain word is found several times faster."""
            text = self.lower_text
            naming_passages = dict.fromkeys(
                p.index
                for m in re.finditer(unanchored, text)  # lower case, as the pattern
                if (
                    unanchored == matter
                    or m.start() == 0
                    or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
                )
                and (p := self.passage_at(m.start())) is not None
            )  # one pass over the whole text, then only the passages naming the subject
            self._sent_out[matter] = [
                index
                for index in naming_passages
                if any(
                    _sends_out(
                        self.passages[index].text,
                        match,
                        any(
                            span.start <= match.start() < span.end
                            for span in self.definition_spans.get(index, ())
                        ),
                    )
                    for match in naming.finditer(self.passages[index].text)
                )
            ]
        return self._sent_out[matter]

    @cached_property
    def cross_border_definitions(self) -> dict[int, frozenset[str] | None]:
        """The passages holding definitions whose words limit them to movement
        across the border, with the terms so defined ("commercial carrier" among the
        definitions of a section); None where the passage's definitions could not be
        located in it: all of them."""
        found: dict[int, frozenset[str] | None] = {}
        for p in sorted({p for passages in self.definitions.values() for p in passages}):
            text = self.passages[p].text
            if not CROSS_BORDER.search(text) or DOMESTIC.search(text):
                continue
            spans = self.definition_spans.get(p)
            if not spans:
                found[p] = None
                continue
            terms = frozenset(
                span.term for span in spans if CROSS_BORDER.search(text[span.start : span.end])
            )
            if terms:
                found[p] = terms
        return found

    @cached_property
    def work_left_out(self) -> dict[tuple[int, str], list[int]]:
        """Per instrument, the passages putting a kind of work outside it."""
        found: dict[tuple[int, str], list[int]] = defaultdict(list)
        for passage in self.passages:
            if LEFT_OUT_WORK.search(passage.text):
                found[_instrument_of(passage)].append(passage.index)
        return found

    @cached_property
    def legal_person_units(self) -> frozenset[Unit]:
        """The sections and articles about the liability of legal persons."""
        return frozenset(unit for unit in self.units if LEGAL_PERSONS.search(self.unit_text(unit)))

    @cached_property
    def penalised_units(self) -> frozenset[Unit]:
        """The sections and articles that state a penalty, or a grade whose penalty
        another section sets."""
        return frozenset(
            unit
            for unit, passages in self.units.items()
            if any(p in self.penalties for p in passages)
        ) | frozenset(self.grade_penalties)

    @cached_property
    def grade_penalties(self) -> dict[Unit, list[tuple[int, list[PenaltyMention]]]]:
        """For each unit naming the grade of its offence ("is a felony of the second
        degree", "a Class A misdemeanor"), the penalties of each grade it names, with
        the passages stating them: those of the section of the same law headed by
        that grade ("Sec. 12.33. FELONY OF THE SECOND DEGREE"), or the term a table
        of grades in the same law sets for it ("which may not exceed 25 years for a
        felony of the first degree, 12 years for a felony of the second degree")."""
        headed: dict[tuple[int, str], Unit] = {}
        for unit, passages in self.units.items():
            first = self.passages[passages[0]]
            heading = GRADE_HEADING.match(first.text[: max(0, first.heading_end - first.start)])
            if heading:
                headed[(unit[0], grade_name(heading.group("grade")))] = unit
        tabled: dict[tuple[int, str], tuple[int, PenaltyMention]] = {}
        for index, mentions in self.penalties.items():
            passage = self.passages[index]
            for grade, mention in graded_penalties(passage.text, mentions).items():
                tabled.setdefault((passage.law, grade), (index, mention))
        if not headed and not tabled:
            return {}
        setting = set(headed.values()) | {self.unit_of(p) for p, _ in tabled.values()}
        found: dict[Unit, list[tuple[int, list[PenaltyMention]]]] = {}
        for unit in self.units:
            if unit in setting:
                continue
            penalties: list[tuple[int, list[PenaltyMention]]] = []
            for grade in dict.fromkeys(
                grade_name(m.group(0)) for m in GRADE.finditer(self.unit_text(unit))
            ):
                if (unit[0], grade) in headed:
                    penalties += [
                        (p, self.penalties[p])
                        for p in self.units[headed[(unit[0], grade)]]
                        if p in self.penalties
                    ]
                elif (unit[0], grade) in tabled:
                    where, mention = tabled[(unit[0], grade)]
                    penalties.append((where, [mention]))
            if penalties:
                found[unit] = penalties
        return found

    def has_penalty(self, unit: Unit) -> bool:
        return unit in self.penalised_units

    @cached_property
    def penalising_passages(self) -> dict[Unit, list[int]]:
        """For each unit whose offence another provision punishes ("A person guilty
        of an offence under section 1 or 2 is liable ... to imprisonment for life",
        "Whoever contravenes section 5 shall be punished"), the passages doing so:
        the one stating the penalty, or those of the list it opens ("Any person who
        commits an offence under Section 3 shall be liable to the following
        punishment: (a) ...")."""
        found: dict[Unit, list[int]] = defaultdict(list)
        for passage, references in self.passage_references.items():
            punishing = self._penalties_of(passage)
            if not punishing:
                continue
            text, own = self.passages[passage].text, self.unit_of(passage)
            for start, _, target in references:
                if target != own and OFFENCE_UNDER.search(text, max(0, start - 120), start):
                    found[target].extend(p for p in punishing if p not in found[target])
        return dict(found)

    def _penalties_of(self, passage: int) -> list[int]:
        """The passage, if it states a penalty; else the passages of the list it
        opens that do."""
        if passage in self.penalties:
            return [passage]
        eid = self.passages[passage].eid
        return [
            p
            for p in self.units[self.unit_of(passage)]
            if p in self.penalties and self.passages[p].eid.startswith(f"{eid}__")
        ]


@dataclass(slots=True)
class UnitScore:
    """A section or article ranked for a requirement. (Not frozen: a run makes
    tens of thousands, and a frozen dataclass sets its fields three times slower.)"""

    unit: Unit
    score: float
    elements: dict[str, list[Hit]]


def unit_scores(requirement: Requirement, context: Context) -> list[UnitScore]:
    """Sections and articles ranked by the elements of the requirement they hold.

    An element scores its rarity times the best quality of its hits in the unit;
    hits borrowed from the definitions a unit relies on count for less
    (`BORROWED`), and only where the unit has none of its own.
    """
    by_unit: dict[Unit, dict[str, list[Hit]]] = defaultdict(dict)
    own: dict[Unit, dict[str, float]] = defaultdict(dict)
    """Per unit, the score of each element found in its own words."""
    borrowed: dict[Unit, dict[str, float]] = defaultdict(dict)
    """Per unit, the best quality of each element found in the definitions it relies on."""
    in_heading: set[Unit] = set()
    for element in requirement.elements:
        rarity = context.index.rarity[element.id]
        for unit, found in context.element_hits(element.id).items():
            by_unit[unit].setdefault(element.id, []).extend(found.hits)
            own[unit][element.id] = rarity * found.best
            if found.in_heading:
                in_heading.add(unit)
            groups = context.relying_groups.get(unit)
            if groups:
                by_passage: dict[int, list[Hit]] = defaultdict(list)
                for hit in found.hits:
                    by_passage[hit.passage].append(hit)
                for relied, relying_units in groups.items():
                    definition_hits = UnitHits([], 0.0, False)
                    for p in relied:
                        for hit in by_passage.get(p, ()):
                            definition_hits.add(hit, context.passages[p])
                    if not definition_hits.hits:
                        continue
                    for relying in relying_units:
                        by_unit[relying].setdefault(element.id, []).extend(definition_hits.hits)
                        qualities = borrowed[relying]
                        qualities[element.id] = max(
                            qualities.get(element.id, 0.0), definition_hits.best
                        )
                    if definition_hits.in_heading:
                        in_heading.update(relying_units)
    about_legal_persons = _about_legal_persons(requirement)
    punishing = (
        context.penalising_passages
        if requirement.obligation in ("criminalise", "penalise") and not about_legal_persons
        else {}
    )  # a company's liability for offences stated elsewhere is no penalty of theirs
    if punishing:
        _borrow_penalties(requirement, punishing, context, by_unit, borrowed)
    defines_terms = any(
        term.lower() in context.term_definitions
        for element in requirement.elements
        for term in (*element.terms, *element.variants)
    )
    defines_trafficking = (
        requirement.instrument in TRAFFICKING_INSTRUMENTS and requirement.obligation == "define"
    )
    secondary = {e.id for e in requirement.elements if e.check == "practice"} | (
        {e.id for e in requirement.elements if e.qualifies is not None}
        if (requirement.obligation in TOGETHER or requirement.together) and not requirement.separate
        else set()
    )
    """Elements a provision holding nothing else does not address the requirement by:
    a matter of practice ("enforcement") and, where the elements stand in one
    provision, those that only qualify another (penalties with no offence)."""
    scores = []
    for unit, elements in by_unit.items():
        if secondary and secondary.issuperset(elements):
            continue
        own_scores, borrowed_qualities = own.get(unit, {}), borrowed.get(unit, {})
        score = sum(
            own_scores[element_id]
            if element_id in own_scores
            else context.index.rarity[element_id] * (borrowed_qualities[element_id] * BORROWED)
            for element_id in elements
        )
        if unit in in_heading:
            score *= FAVOURED  # the provision's heading names the matter
        if defines_trafficking and context.speaks_of_trafficking(unit):
            score *= FAVOURED  # consent no defence to trafficking, not to a sexual offence
        interpretation = unit in context.interpretation_units
        if requirement.obligation == "define":
            score *= FAVOURED if interpretation and defines_terms else 1.0
        elif requirement.obligation in ("criminalise", "penalise"):
            punished = context.has_penalty(unit) or unit in punishing
            score *= FAVOURED if punished else 1.0
            score *= DISFAVOURED if interpretation else 1.0
            if not about_legal_persons and unit in context.legal_person_units:
                score *= DISFAVOURED  # the penalties of companies, not of offenders
        elif interpretation:
            score *= DISFAVOURED
        scores.append(UnitScore(unit, score, elements))
    scores.sort(key=lambda s: (-s.score, context.units[s.unit][0]))
    return scores


def _borrow_penalties(
    requirement: Requirement,
    punishing: dict[Unit, list[int]],
    context: Context,
    by_unit: dict[Unit, dict[str, list[Hit]]],
    borrowed: dict[Unit, dict[str, float]],
) -> None:
    """Elements an offence holds through the provision punishing it elsewhere
    (`punishing`, from `Context.penalising_passages`), counted as borrowed, like a
    definition's."""
    punishing_passages = {p for passages in punishing.values() for p in passages}
    for element in requirement.elements:
        by_passage: dict[int, list[Hit]] = defaultdict(list)
        for hit in context.index.hits.get(element.id, ()):
            if hit.passage in punishing_passages:
                by_passage[hit.passage].append(hit)
        for unit, passages in punishing.items():
            hits = [h for p in passages for h in by_passage.get(p, ())]
            if not hits:
                continue
            by_unit[unit].setdefault(element.id, []).extend(hits)
            qualities = borrowed[unit]
            qualities[element.id] = max(qualities.get(element.id, 0.0), *(h.quality for h in hits))


def _without_others(text: str) -> str:
    """The text without the persons it names who are not those it protects: the
    offender ("Any person who"), the one paid or convicted (`NOT_PROTECTED`)."""
    return NOT_PROTECTED.sub(" ", OFFENDER.sub(" ", text))


def _hits_in(hits: list[Hit], sentences: list[str], chosen: set[str]) -> list[int]:
    """The passages of the hits whose sentence is among the chosen ones."""
    return [h.passage for h, sentence in zip(hits, sentences) if sentence in chosen]


ANCILLARY = re.compile(r"\battempt|\bprepar(?:ation|ing)\b|\baccomplice|\babet", re.I)
"""Words of the offences that extend others (attempt, preparation, complicity)."""


def _named_offences_only(
    requirement: Requirement, chosen: list[UnitScore], context: Context
) -> list[int]:
    """The passages of a provision on legal persons that answers for offences it names
    ("an offence under section 22", "Articles 160 to 164") while the law creates
    others it leaves out: of those the requirement is about (its `offence_terms`),
    or any."""
    about = context.governed_units(requirement.offence_terms) if requirement.offence_terms else None
    for unit in (u.unit for u in chosen):
        text = context.unit_text(unit)
        container = _own_container(unit, context)
        named = {
            other
            for other in (
                {u for u in context.units if u[0] == unit[0] and u[1].startswith(f"{container}__")}
                if container
                else context.unit_references.get(unit, set())
            )
            - {unit}
            if other not in context.legal_person_units and context.creates_offence(other)
        }
        """The offences it names: not the provisions on legal persons or on liability
        it applies ("Where a body corporate is convicted of an offence against
        subsection (1), section 52 applies"; "Section 12 (absolute liability) applies");
        or those of the Title it stands in ("the offences provided for in this Title")."""
        if (
            unit not in context.legal_person_units
            or not named
            or (not container and ANY_OFFENCE_OF_THE_LAW.search(text))
        ):
            continue
        if any(
            other[0] == unit[0]
            and (about is None or other in about)
            and other not in named
            and other != unit
            and other not in context.interpretation_units
            and other not in context.legal_person_units
            and context.creates_offence(other)
            and not (  # attempting a listed offence, or complicity in it
                ANCILLARY.search(context.unit_text(other))
                and context.unit_references.get(other, set()) & named
            )
            for other in context.units
        ):
            return list(context.units[unit])
    return []


THIS_PART_ONLY = re.compile(
    r"\b(?:offen[cs]es?|crimes?)\s+(?:\w+\s+){0,3}?(?:in|under|by|of)\s+this\s+"
    r"(?P<kind>Title|Chapter|Part|Division)\b",
    re.I,
)
"""The offences of the container a provision stands in ("Legal persons may be declared
criminally liable for the offences provided for in this Title")."""
CONTAINER_TOKEN = {"title": "title_", "chapter": "chp_", "part": "part_", "division": "dvs_"}
"""The eId component of each kind of container a provision may name."""


def _own_container(unit: Unit, context: Context) -> str | None:
    """The eId of the container whose offences alone a provision reaches ("the offences
    provided for in this Title"), where it names one and stands in it; else None."""
    match = THIS_PART_ONLY.search(context.unit_text(unit))
    if match is None:
        return None
    token = CONTAINER_TOKEN[match.group("kind").lower()]
    parts = unit[1].split("__")
    for end in range(len(parts) - 1, 0, -1):
        if parts[end - 1].startswith(token):
            return "__".join(parts[:end])
    return None


OWN_RULE_BROKEN = re.compile(
    r"\b(?:contravenes?|violates?|breaches|fails? to comply with)\s+(?:(?:either|any|this)\s+)?"
    r"(?:sub-?sections?|sub-?paragraphs?|paragraphs?)\b",
    re.I,
)
"""The offence of breaking a rule of the provision itself ("Every person who contravenes
subsection (1) or (2) is guilty of an offence")."""


def _own_offence_only(requirement: Requirement, unit: Unit, context: Context) -> bool:
    """Whether a provision makes legal persons answer only for the offence it creates
    itself, one the requirement is not about ("Every person who contravenes subsection (1)
    [publishing a child's identity] ... is guilty of an offence ...; where a corporation
    contravenes either subsection, each of its directors and officers ... is also
    guilty")."""
    return bool(
        requirement.offence_terms
        and not context.unit_references.get(unit, set()) - {unit}
        and unit not in context.governed_units(requirement.offence_terms)
        and OWN_RULE_BROKEN.search(context.unit_text(unit))
    )


PROHIBITS = re.compile(
    r"\bno (?:person|child|one|employer|minor)\b[^.;]{0,80}?\bshall\b"
    r"|\bshall not (?:be )?(?:employ|recruit|use|engage|require|ma[dk]e|procure|offer)\w*"
    r"|\b(?:is|are|shall be) (?:prohibited|forbidden)\b|\b(?:prohibit|forbid)s?\b",
    re.I,
)
"""Words banning conduct, with or without a penalty of their own: "No person under the
age of sixteen years shall be recruited", "The Provisions forbid"."""


def _about_legal_persons(requirement: Requirement) -> bool:
    return bool(LEGAL_PERSONS.search(_statement(requirement)))


def _value_text(value: ParameterValue, unit: str | None) -> str:
    return f"{value} {unit}" if unit else str(value)


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


def _option_stated(parameter: Parameter, found: float, text: str) -> bool:
    """Whether the provision stating a value writes in the conditions of an
    option that allows it (hazardous work from 16 where health, safety and
    morals are fully protected and specific instruction is given)."""
    lower = " ".join(text.lower().split())
    return any(
        option.law_states
        and _meets(found, option.value, parameter.constraint)
        and all(any(phrase in lower for phrase in group) for group in option.law_states)
        for option in parameter.options
    )


LIGHT_WORK = re.compile(r"\blight work", re.I)
PERFORMING = re.compile(
    r"\bartistic\b|\bperformances?\b|\bact, sing\b|\bcircus\b|\bfilms?\b|\badvertisements?\b",
    re.I,
)
"""Work in artistic performances, an exception below the minimum age (C138 art 8)."""
TRAINING = re.compile(
    r"\b(?<!their )(?<!his )(?<!her )(?<!their vocational )(?<!his vocational )"
    r"(?<!her vocational )(?:vocational )?training\b|\bapprentice(?:s|ship)?\b",
    re.I,
)
"""Work done in vocational training or apprenticeship, an exception below the minimum age
(C138 art 6); not a young person's own training that work may harm ("dangerous for their
health, their vocational training or their human development")."""


def _age_candidates(
    requirement: Requirement,
    parameter: Parameter,
    chosen: list[UnitScore],
    ranked: list[UnitScore],
    context: Context,
) -> list[tuple[int, AgeMention]]:
    """The ages that decide an age threshold (rule 3), looked for ever wider: in
    the law's definitions of the element's terms (for a definition), then in
    the passages of the chosen provisions where the elements were found, then in
    the definitions those provisions rely on ("minor"), then wherever the
    elements were found."""
    if requirement.obligation == "define":
        terms = {t.lower() for e in requirement.elements for t in (*e.terms, *e.variants)}
        forms = terms | {f"{t}s" for t in terms}
        """The terms and their plurals ("minors" defined for "minor")."""
        matter = tuple(
            t for p in requirement.parameters if p.fact == "age" for t in p.offence_terms
        )
        governed = context.governed_units(matter) if matter else None
        defining = sorted({p for t in forms for p in context.term_definitions.get(t, ())})
        own = {t.lower() for e in requirement.elements for t in e.terms}
        for defined in (own | {f"{t}s" for t in own}, forms):
            found = [
                (p, m)
                for p in defining
                for m in context.ages.get(p, ())
                if _in_definition_for(context, p, m, defined, governed)
            ]
            if found:
                return found  # a law defining "child" says the age of a child, whatever
                # age its "young person" has
        if any(
            REFERS_OUT.search(context.passages[p].text[span.start : span.end])
            for p in defining
            for span in context.definition_spans.get(p, ())
            if span.term in forms
        ):
            return []  # "a child as defined in the Children Act": its age is that law's
        used_text = " ".join(context.passages[p].text.lower() for p in _hit_passages(chosen))
        inner = {
            term
            for term in context.term_definitions
            if parameter.age_stated_as == "under"  # the age of a child, not a minimum age
            and term not in forms
            and any(re.search(rf"\b{re.escape(term)}\b", t) for t in terms)
            and re.search(rf"\b{re.escape(term)}s?\b", used_text)
        }
        """Defined terms inside the element's own ("child" in "sale of a child") that the
        definition found uses: their age is the matter's ("Sale of a Child means ...")."""
        found = [
            (p, m)
            for term in sorted(inner)
            for p in context.term_definitions[term]
            for m in context.ages.get(p, ())
            if _in_definition_for(context, p, m, {term}, {u.unit for u in chosen})
        ]
        if found:
            return found
    relied = (
        []
        if requirement.strength == "may"  # an option is used only where it is stated
        else sorted({p for unit in chosen for p in context.definitions.get(unit.unit, ())})
    )
    chosen_uses = _term_user(" ".join(context.unit_text(unit.unit) for unit in chosen).lower())
    chosen_units = {unit.unit for unit in chosen}
    stating = (
        [
            replace(unit, elements={parameter.element: unit.elements[parameter.element]})
            for unit in chosen
            if parameter.element in unit.elements
        ]
        if parameter.element
        else chosen
    )
    """The chosen provisions where the threshold's own element stands."""
    others = "|".join(
        matter.pattern
        for matter in (LIGHT_WORK, PERFORMING, TRAINING)
        if not matter.search(_statement(requirement))
    )
    other_matters = re.compile(others, re.I) if others else None
    """The exceptions below the minimum age the standard is not about: their ages
    are not the age of its matter."""
    beside = _ages_beside_hits(stating, context)
    for passages, definitions in (
        (_with_subprovisions_unaged(_hit_passages(stating), context), False),
        (relied, True),
        (_hit_passages(ranked), False),
    ):
        found = [
            (p, m)
            for p in passages
            for m in context.ages.get(p, ())
            if m not in beside.get(p, ())
            and (
                _in_used_definition(context, p, m, chosen_uses, chosen_units)
                if definitions
                else not _in_definition_for_others(context, p, m, chosen_units)
            )
            and not (
                other_matters
                and other_matters.search(_sentence_around(context.passages[p].text, m.start))
            )
        ]
        if found:
            return found
    return []


def _ages_beside_hits(units: list[UnitScore], context: Context) -> dict[int, set[AgeMention]]:
    """Per passage, the ages that belong to another matter than the elements found in it:
    in a sentence stating several ages, those not nearest an element's hit. "It shall be
    prohibited to employ a child who has not completed sixteen years of age in any work,
    and to employ a child who has not completed eighteen years of age in the dangerous
    ... works": the age of the dangerous work is eighteen, not sixteen. So are, in a
    passage of several paragraphs (an article an amending law quotes whole), the ages
    of paragraphs where no element was found, where one with an element states one."""
    kept: dict[int, set[AgeMention]] = defaultdict(set)
    beside: dict[int, set[AgeMention]] = defaultdict(set)
    hit_lines: dict[int, set[int]] = defaultdict(set)
    for unit in units:
        for hits in unit.elements.values():
            for hit in hits:
                passage = context.passages[hit.passage]
                at = hit.start - passage.start
                hit_lines[hit.passage].add(passage.text.count("\n", 0, at))
                sentence = _sentence_around(passage.text, at)
                begin = passage.text.rfind(sentence, 0, at + len(sentence))
                if begin < 0:
                    continue
                mentions = [
                    m
                    for m in context.ages.get(hit.passage, ())
                    if begin <= m.start and m.end <= begin + len(sentence)
                ]
                if len(mentions) < 2:
                    continue
                nearest = min(mentions, key=lambda m: max(m.start - at, at - m.end, 0))
                kept[hit.passage].add(nearest)
                beside[hit.passage].update(mentions)
    for index, lines in hit_lines.items():
        text = context.passages[index].text
        line_of = {m: text.count("\n", 0, m.start) for m in context.ages.get(index, ())}
        if any(line in lines for line in line_of.values()):
            beside[index].update(m for m, line in line_of.items() if line not in lines)
    return {p: ages - kept[p] for p, ages in beside.items()}


def _in_used_definition(
    context: Context,
    passage: int,
    mention: AgeMention,
    uses: Callable[[str], bool],
    units: set[Unit],
) -> bool:
    """Whether an age in a passage of definitions belongs to the definition of
    a term the provisions (`units`, whose words `uses` a term or not) use and that
    holds for them: "young person ... fifteen" in the same passage as "child ...
    under eighteen" does not count for a provision that speaks of children.
    Passages whose definitions could not be located count whole."""
    holding = context.spans_holding(passage, mention)
    if holding is None:
        return True
    return any(span.reaches(units) and uses(span.term) for span in holding)


def _term_user(text: str) -> Callable[[str], bool]:
    """Whether the lower-case `text` uses a term, each term looked for once."""
    used: dict[str, bool] = {}

    def uses(term: str) -> bool:
        if term not in used:
            used[term] = bool(re.search(rf"\b{re.escape(term)}", text))
        return used[term]

    return uses


def _in_definition_for_others(
    context: Context, passage: int, mention: AgeMention, units: set[Unit]
) -> bool:
    """Whether an age belongs to a definition that holds only for other
    provisions than `units` ("For the purposes of Articles 47 and 48, a child
    refers to a minor under fourteen")."""
    return any(
        span.holds(mention) and not span.reaches(units)
        for span in context.definition_spans.get(passage, ())
    )


def _in_definition_for(
    context: Context,
    passage: int,
    mention: AgeMention,
    terms: set[str],
    governed: set[Unit] | None,
) -> bool:
    """Whether an age in a passage of definitions belongs to the definition of
    one of `terms` that holds for the matter of the standard: the whole law, or
    named provisions among the `governed` offences ("For the purposes of
    Articles 47 and 48, a child refers to a minor under fourteen" is a child
    age for sexual offences, not for trafficking); any matter when `governed`
    is None. Passages whose definitions could not be located count whole."""
    spans = context.definition_spans.get(passage)
    if not spans:
        return True
    return any(
        span.holds(mention) and span.term in terms and span.reaches(governed) for span in spans
    )


def _heading_ages(parameter: Parameter, context: Context) -> list[tuple[int, AgeMention]]:
    """Ages in the headings of the offences a child-age threshold governs: an
    offence headed "Trafficking in persons under 16" makes, for that matter, a
    child a person under 16, whatever its aggravations say further down."""
    if not parameter.offence_terms:
        return []
    found = []
    for unit in sorted(context.governed_units(parameter.offence_terms)):
        for index in context.units[unit]:
            passage = context.passages[index]
            found += [
                (index, m)
                for m in context.ages.get(index, ())
                if m.relation == "under" and passage.start + m.start < passage.heading_end
            ]
    return found


def _with_subprovisions(passages: list[int], context: Context) -> list[int]:
    """The passages, and those of the provisions inside them: what a heading or
    an opening says ("Dangerous and Harmful Work", "the following work:") holds
    for the subsections and items below it."""
    found = set(passages)
    for index in passages:
        passage = context.passages[index]
        prefix = f"{passage.eid}__"
        found.update(
            other
            for other in context.units[(passage.law, passage.unit)]
            if context.passages[other].eid.startswith(prefix)
        )
    return sorted(found)


def _with_subprovisions_unaged(passages: list[int], context: Context) -> list[int]:
    """The passages, and those of the provisions inside the ones stating no age of
    their own: an opening's age holds for its items ("Every employer who employs any
    minor under 18 years of age shall make and keep ... a record showing:"), not the
    age of one item's detail ("(3) For each minor under 16 years of age, the time of
    day ...")."""
    return sorted(
        {
            *passages,
            *_with_subprovisions([p for p in passages if not context.ages.get(p)], context),
        }
    )


AGGRAVATING = re.compile(
    r"\bcircumstances?\b|\baggravat\w*|\bheavier\b|\b(?:if|where|when) the (?:victim|offence)\b"
    r"|\byears,? (?:if|where|when) the (?:child|minor) is\b"
    r"|\bthe victim (?:is|was)\b|\b(?:this|the same) (?:offence|crime|acts?) committed\b"
    r"|\bin its maximum (?:period|degree)\b",
    re.I,
)
"""Words of a circumstance that makes an offence graver ("the victim is a child
under the age of six", a penalty "imposed in its maximum period where the child is
below twelve", "imprisonment of ten (10) to twenty (20) years when the child is under
thirteen"): its age does not bound the offence's protection."""


def _protected_ages(
    requirement: Requirement, parameter: Parameter, context: Context
) -> list[tuple[int, AgeMention]]:
    """For an age up to which children are protected, the ages of every offence it
    governs, stated in it (not as an aggravating circumstance) or in the definitions
    it relies on: an offence protecting only children under 16 leaves 16- and
    17-year-olds out of it, whatever age the law's definition of a child says (a child
    "for trafficking purposes" is the child its trafficking offence protects)."""
    if not parameter.offence_terms:
        return []
    defining = requirement.obligation == "define"
    offences = [
        unit
        for unit in sorted(context.governed_units(parameter.offence_terms))
        if (
            context.has_penalty(unit)
            or context.creates_offence(unit)
            or (defining and context.bans(unit))
        )
        and unit not in context.interpretation_units
    ]  # "commits the offence of trafficking in persons", punished in the next section;
    # for the age of a child, the bans too ("No person under the age of sixteen years
    # shall be recruited into the Defence Forces")
    naming = context.naming_any(parameter.offence_terms)
    banning_only = {
        unit
        for unit in offences
        if not context.has_penalty(unit) and not context.creates_offence(unit)
    }
    stated = [
        (unit, index, m)
        for unit in offences
        for index in context.units[unit]
        if (
            unit in naming
            or any(target in naming for *_, target in context.passage_references.get(index, ()))
        )
        and (unit not in banning_only or PROHIBITS.search(context.passages[index].text))
        for m in context.ages.get(index, ())
        if m.relation == "under" and not _aggravating_age(context, index, m)
    ]  # of a section referring to the offence, its passages doing so: not the client
    # of a child under 17 beside the user of a trafficked person's services; of a
    # section that only bans, its passages banning: not the hearing of "minors under
    # sixteen years of age" in proceedings for the offences, beside a ban on publicity
    uses = {unit: _term_user(context.unit_text(unit).lower()) for unit in offences}
    defined = [
        (unit, index, m)
        for unit in offences
        if unit in naming  # not a section of penalties for every offence of the law
        for index in context.definitions.get(unit, ())
        for m in context.ages.get(index, ())
        if m.relation == "under" and _in_used_definition(context, index, m, uses[unit], {unit})
    ]
    widest: dict[Unit, int] = {}
    for unit, _, m in stated:
        widest[unit] = max(widest.get(unit, 0), m.age)
    return [(index, m) for unit, index, m in stated if m.age == widest[unit]] + [
        (index, m) for _, index, m in defined
    ]  # of each offence, the oldest age it states: a heavier penalty under 16 beside
    # the offence against any person under 18 leaves nobody out


PROHIBITING = frozenset({"prevent", "protect"})
"""The obligations whose age thresholds bound a prohibition (hazardous work below 18),
unlike a definition's or a register's."""


def _permitted_ages(
    requirement: Requirement, parameter: Parameter, ranked: list[UnitScore], context: Context
) -> list[tuple[int, AgeMention]]:
    """For an age below which something is prohibited (not a definition), the
    ages from which a provision where the matter is found permits it anyway
    ("Notwithstanding section 12, a child who has attained the age of fourteen
    years may be engaged as an apprentice in ... hazardous work"), or a
    provision derogating from one of them or in the same article ("Notwithstanding
    Article 29, a minor who has reached the age of 16 may be assigned to such
    work"): the prohibition then stops at that age."""
    if requirement.obligation not in PROHIBITING or parameter.age_stated_as != "under":
        return []
    hit = _hit_passages(ranked)
    derogating = (
        [
            index
            for unit in {
                *(u for u, targets in context.unit_references.items() if ranked[0].unit in targets),
                ranked[0].unit,
            }
            for index in context.units.get(unit, ())
            if DEROGATION.search(context.passages[index].text)
        ]
        if ranked
        else []
    )
    light_work = bool(LIGHT_WORK.search(_statement(requirement)))
    return [
        (index, m)
        for index in _with_subprovisions(sorted({*hit, *derogating}), context)
        for m in context.ages.get(index, ())
        if m.relation == "at_least"
        and PERMISSIVE.search(sentence := _sentence_around(context.passages[index].text, m.start))
        and (light_work or not LIGHT_WORK.search(sentence))
        and not _aggravating_age(context, index, m)
    ]  # light work permitted from twelve lowers no ban on hazardous work


def _aggravating_age(context: Context, index: int, mention: AgeMention) -> bool:
    """Whether an age is that of a circumstance aggravating an offence ("if the
    victim is a child under the age of six"), in the words before it or in
    the provision opening the list of circumstances it stands in; never one a
    definition gives ("a child is a person under the age of fourteen", closing
    the list of an offence's aggravating circumstances)."""
    passage = context.passages[index]
    if any(span.holds(mention) for span in context.definition_spans.get(index, ())):
        return False
    if AGGRAVATING.search(passage.text[max(0, mention.start - 60) : mention.start]):
        return True
    opening = _list_opening(context, index)
    return bool(opening and AGGRAVATING.search(opening))


def _ages_under(passages: list[int], context: Context) -> list[int]:
    """The ages below which the passages (with their sub-provisions) set their
    matter, leaving out those of aggravating circumstances."""
    return [
        m.age
        for index in _with_subprovisions(passages, context)
        for m in context.ages.get(index, ())
        if m.relation == "under" and not _aggravating_age(context, index, m)
    ]


def _hit_passages(units: list[UnitScore]) -> list[int]:
    return sorted(
        {hit.passage for unit in units for hits in unit.elements.values() for hit in hits}
    )


def offence_terms(requirement: Requirement) -> tuple[str, ...]:
    """Words naming the offence a penalty-related requirement is about: its
    thresholds' offence terms and its own; without either, the terms of its first
    binding element ("imprisonment" would make every penalty the matter's). On
    legal persons, the thresholds' terms (or the first element's) only: their
    own name the offences companies must answer for (`_named_offences_only`)."""
    named = tuple(t for p in requirement.parameters for t in p.offence_terms)
    about_legal_persons = _about_legal_persons(requirement)
    if not about_legal_persons and (named or requirement.offence_terms):
        return (*named, *requirement.offence_terms)
    if not named:
        first = next((e for e in requirement.elements if e.binding), None)
        named = (*first.terms, *first.variants) if first else ()
    return named


FACILITATING = re.compile(
    r"\b(?:intending|intends|intent|in order|with a view|for the purpose of)\b[^.;]{0,40}?"
    r"\b(?:commit|facilitat)\w*\b[^.;]{0,60}?\boffen[cs]es? (?:against|under|in)\b",
    re.I,
)
"""Words of an offence committed to bring about another ("intending to commit or to
facilitate an offence against section 354C")."""
FURTHERING_OWN_OFFENCES = re.compile(
    r"\b(?:commit|facilitat)\w*\b[^.;]{0,40}?\b(?:an|any(?:\s+of\s+the)?)\s+offen[cs]es?\s+"
    r"(?:under|of|against)\s+this\s+(?:act|law|part|chapter|proclamation)\b",
    re.I,
)
"""Words of an offence committed to bring about the offences of the law it stands in
("for the purpose of committing or facilitating an offence under this Part", "in
order to commit or to facilitate any of the offences of this Law"): in a law on
trafficking, an offence around trafficking."""
WITHHOLDING_DOCUMENTS = re.compile(
    r"\b(?:withh[oe]ld|conceal|destroy|confiscat|retain)\w*\b[^.;]{0,60}?"
    r"\b(?:passports?|travel\s+documents?|identity\s+(?:cards?|documents?))\b",
    re.I,
)
"""An offence of withholding a person's passport or identity document: in a law on
trafficking, an offence around trafficking."""
FACILITATING_PURPOSE = re.compile(
    r"\b(?:with a view to|intending to|with intent to)\b[^.;]{0,200}?"
    r"\b(?:forced|compulsory) (?:or compulsory )?labou?r\b",
    re.I,
)
"""An offence naming forced labour only as what it is done to bring about ("takes ...
any passport ..., with a view to ... requiring another person to perform forced or
compulsory labour")."""


def _offence_units(
    requirement: Requirement, parameter: Parameter, ranked: list[UnitScore], context: Context
) -> list[Unit]:
    """The offences a penalty threshold governs: units using its offence terms,
    then those referring to a unit that does ("luring a child to facilitate an
    offence under section 279.011"), each in document order; without terms, the
    best-ranked unit. Where the requirement's penalties must be its offence's own
    (an element qualifying the offence, `c029.25`), not the offences committed to
    facilitate it ("takes ... another person's passport, intending to facilitate an
    offence against section 354C"), which its own penalty does not punish."""
    own_only = any(
        e.qualifies and e.qualifies.startswith(f"{requirement.id}#") for e in requirement.elements
    )
    if not parameter.offence_terms:
        return [ranked[0].unit] if ranked else []
    naming = context.naming_any(parameter.offence_terms)
    offences = _punished_units(parameter.offence_terms, context)
    if not offences and _named_as_purpose(parameter, context):
        offences = _purpose_offences(parameter, context)
    if offences and any(TRAFFICKING.search(term) for term in parameter.offence_terms):
        offences += _furthering_own_offences(context, exclude=set(offences))
    return sorted(
        (
            u
            for u in offences
            if not (
                own_only
                and (
                    FACILITATING_PURPOSE.search(context.unit_text(u))
                    if u in naming
                    else FACILITATING.search(context.unit_text(u))
                )
            )
        ),
        key=lambda u: (u not in naming, context.units[u][0]),
    )


def _furthering_own_offences(context: Context, exclude: set[Unit]) -> list[Unit]:
    """The offences a law on trafficking creates to bring about its own
    (`FURTHERING_OWN_OFFENCES`: withholding a victim's passport "for the purpose of
    committing or facilitating an offence under this Part"), stating a penalty."""
    if not context.trafficking_laws:
        return []
    return [
        unit
        for unit, passages in context.units.items()
        if unit not in exclude
        and context.passages[passages[0]].law in context.trafficking_laws
        and unit not in context.interpretation_units
        and context.has_penalty(unit)
        and _around_trafficking(context.unit_text(unit))
    ]


def _around_trafficking(text: str) -> bool:
    """Whether a provision of a law on trafficking creates an offence around it."""
    return bool(FURTHERING_OWN_OFFENCES.search(text) or WITHHOLDING_DOCUMENTS.search(text))


def _punished_units(terms: tuple[str, ...], context: Context) -> list[Unit]:
    """The provisions about an offence (`Context.governed_units`) stating a penalty,
    other than definitions."""
    return [
        u
        for u in context.governed_units(terms)
        if context.has_penalty(u) and u not in context.interpretation_units
    ]


def _purpose_offences(parameter: Parameter, context: Context) -> list[Unit]:
    """The offences a conduct named only as their purpose is punished by
    (`Parameter.purpose_of`): the provisions naming them that state a penalty, and
    those punishing them elsewhere ("shall be punished with imprisonment which may
    extend to seven years"); not other offences referring to them ("soliciting a
    trafficked person", a person "trafficked" being the victim of the offence under
    section 2)."""
    naming = [
        u for u in context.naming_any(parameter.purpose_of) if u not in context.interpretation_units
    ]
    punishing = {context.unit_of(p) for u in naming for p in context.penalising_passages.get(u, ())}
    return [u for u in naming if context.has_penalty(u)] + sorted(punishing - set(naming))


def _named_as_purpose(parameter: Parameter, context: Context) -> list[int]:
    """The passages of definitions naming the conduct a penalty threshold governs,
    where the laws punish it only as the purpose of another offence
    (`Parameter.purpose_of`): "exploitation" includes "exacting forced labour", and
    no offence of forced labour of its own is punished."""
    if not parameter.purpose_of or _punished_units(parameter.offence_terms, context):
        return []
    return [
        p
        for unit in sorted(context.naming_any(parameter.offence_terms))
        if unit in context.interpretation_units
        for p in context.units[unit]
        if _names_offence(context.passages[p].text, parameter.offence_terms)
    ]


def _penalty_passages(unit: Unit, parameter: Parameter, context: Context) -> list[int]:
    """The passages of an offence's unit that may state its penalties. In a unit
    naming the offence, those naming it and punishing it, not another offence of a
    paragraph beside it with a penalty of its own ("(1) Any person who violates the
    freedom of work ... (2) Any person who ... makes that person work ... against his
    will"), save one around trafficking in a law on it or under a heading naming it
    (withholding a victim's passport to commit the crime of paragraph 1); all of them
    where none does. In a section of penalties for several offences that names none
    of them ("(1) ... an offence under section 1 or 2 ... (2) A person guilty of an
    offence under section 4 is liable-"), those punishing the offences the threshold
    governs."""
    passages = context.units[unit]
    naming = context.naming_any(parameter.offence_terms)
    if unit in naming:
        first = context.passages[passages[0]]
        around = first.law in context.trafficking_laws or _names_offence(
            first.text[: max(0, first.heading_end - first.start)], parameter.offence_terms
        )
        naming_own = [
            p
            for p in passages
            if context.penalties.get(p)
            and (
                _names_offence(context.passages[p].text, parameter.offence_terms)
                or (around and _around_trafficking(context.passages[p].text))
            )
        ]
        return naming_own or passages
    own = {
        p
        for target in naming
        for p in context.penalising_passages.get(target, ())
        if context.unit_of(p) == unit
    }
    return [p for p in passages if p in own] or passages


def check_parameter(
    requirement: Requirement,
    parameter: Parameter,
    value: ParameterValue,
    ranked: list[UnitScore],
    chosen: list[UnitScore],
    context: Context,
) -> Check | None:
    """The standard's threshold against the weakest value the law states for it,
    if it states one."""
    expected = f"{parameter.constraint.replace('_', ' ')} {_value_text(value, parameter.unit)}"
    if parameter.fact == "age":
        protected = _protected_ages(requirement, parameter, context)
        defined = [
            (p, m)
            for p, m in _age_candidates(requirement, parameter, chosen, ranked, context)
            if parameter.age_stated_as in (None, m.relation) and not _aggravating_age(context, p, m)
        ]
        if (
            requirement.obligation == "define"
            and protected
            and all(_meets(m.age, value, parameter.constraint) for _, m in protected)
        ):  # every offence the threshold governs protects persons up to it: a "child"
            defined = []  # under 16 beside them is not the child of those offences
        candidates = (
            defined
            + _heading_ages(parameter, context)
            + protected
            + _permitted_ages(requirement, parameter, ranked, context)
        )
        if not candidates:
            return None
        failing = [
            (p, m)
            for p, m in candidates
            if not _meets(m.age, value, parameter.constraint)
            and not _option_stated(parameter, m.age, context.unit_text(context.unit_of(p)))
        ]
        meeting = [(p, m) for p, m in candidates if _meets(m.age, value, parameter.constraint)]
        if failing or not meeting or parameter.constraint not in ("at_least", "at_most"):
            where, mention = (failing or candidates)[0]
        else:  # all meet it: show the weakest, the one closest to the threshold
            closest = min if parameter.constraint == "at_least" else max
            where, mention = closest(meeting, key=lambda item: item[1].age)
        fact = _age_fact(context.passages[where], mention)
        found = f"{mention.age} years ({mention.text.strip()})"
        return Check(parameter.id, parameter.label, expected, found, not failing, fact)
    units = _offence_units(requirement, parameter, ranked, context)
    if parameter.fact == "maximum_penalty":
        basic: list[tuple[int, PenaltyMention, float]] = []
        for unit in units:
            # the first penalty of each provision: a numbered paragraph of a
            # code may be an offence of its own ("6. Anyone who withholds ..."),
            # and of each grade it names
            for where, mentions in [
                *(
                    (p, context.penalties.get(p, ()))
                    for p in _penalty_passages(unit, parameter, context)
                ),
                *context.grade_penalties.get(unit, ()),
            ]:
                if not mentions:
                    continue
                penalty = _first_penalty(context.passages[where].text, mentions)
                if SUMMARY_ROUTE.search(
                    _sentence_around(context.passages[where].text, penalty.start)
                ) and ON_INDICTMENT.search(context.unit_text(unit)):
                    continue  # the lighter route of an offence triable either way
                upper = math.inf if (penalty.life or penalty.death) else penalty.max_years
                general = context.general_maxima.get(context.passages[where].law)
                if upper is None and penalty.prison and general and general[0] != where:
                    where, penalty = general  # "a custodial sentence": the code's longest
                    upper = penalty.max_years
                if upper is None and penalty.min_years is not None:
                    # "not less than three years": the maximum is at least the
                    # minimum, which shows the threshold met, never missed
                    if not _meets(penalty.min_years, value, parameter.constraint):
                        continue
                    upper = penalty.min_years
                if (
                    upper is None
                    and unit not in context.legal_person_units
                    and not CORPORATE.search(context.unit_text(unit))
                    and (
                        _fine_only_furthering(where, penalty, context)
                        or _fine_alone_named(where, penalty, parameter, context)
                    )
                ):
                    upper = 0.0  # "Penalty: 120 penalty units.": no imprisonment at all
                if upper is not None:
                    basic.append((where, penalty, upper))
        if not basic:
            return None
        weakest = min(basic, key=lambda item: item[2])
        too_low = not _meets(weakest[2], value, parameter.constraint)
        where, penalty, upper = weakest if too_low else basic[0]
        fact = _penalty_fact(context.passages[where], penalty)
        found = (
            "life imprisonment"
            if upper == math.inf
            else f"{upper:g} year{'' if upper == 1 else 's'}"
            if upper
            else "a fine only, no imprisonment"
        )
        general = context.general_maxima.get(context.passages[where].law)
        if general is not None and penalty is general[1]:
            found += (
                ", the longest custodial sentence the law allows, for an offence punished by "
                "one with no maximum of its own"
            )
        ok = _meets(upper, value, parameter.constraint)
        return Check(parameter.id, parameter.label, expected, found, ok, fact)
    if parameter.fact == "fine_alternative":
        penalties = [
            (p, m)
            for unit in units
            if not CORPORATE.search(context.unit_text(unit))
            for p, mentions in [
                *(
                    (p, context.penalties.get(p, ()))
                    for p in _penalty_passages(unit, parameter, context)
                ),
                *context.grade_penalties.get(unit, ()),
            ]
            for m in mentions
        ]
        if not penalties:
            return None
        alternative = next(
            (
                (p, m)
                for p, m in penalties
                if m.fine_alternative
                or _fine_only_furthering(p, m, context)
                or _fine_alone_stated(p, m, parameter, context)
            ),
            None,
        )
        where, penalty = alternative or penalties[0]
        fact = _penalty_fact(context.passages[where], penalty)
        found = "a fine may replace imprisonment" if alternative else "imprisonment required"
        rule = context.general_fine_rules.get(context.passages[where].law)
        if alternative and rule is not None and not states_fine_alternative(penalty.text):
            found += f", by the general rule on fines of {context.passages[rule].citation}"
        return Check(
            parameter.id, parameter.label, "imprisonment not replaceable by a fine alone",
            found, alternative is None, fact,
        )  # fmt: skip
    return None


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


NUMBER_LINE = re.compile(r"[0-9]{1,4}[A-Za-z]?\s*$")
"""A line holding only a provision's number before the stop ("29." under its heading)."""


NUMBER_AFTER = re.compile(r" [0-9]")
DECIMAL_POINT = re.compile(r"[0-9]\.[0-9]")


LEAD_IN = re.compile(
    r"\b(?:for|to|of|on|in|by|with|from|against)\s*[—–:-]?\s*$"
    r"|\b(?!(?:if|where|when|whenever|unless|that|met|namely|following)\b)\w+\s*[—–]\s*$"
    r"|\bthe following (?:support|services|assistance|benefits|measures|rights)\s*:\s*$"
)
"""The end of words a list completes ("... to compensate the victim for—", "... take
reasonable steps ... to bring about progressively—", "... may receive the following
support:"), not of conditions ("may try an offence ... if—")."""


def _governing_sentence(context: Context, hit: Hit, sentence: str) -> str:
    """The sentence whose verb binds or permits what a hit names: its own, or, for
    a hit in a list item without such a verb, with the words opening the list
    where the list completes them ("(1) ... the court may ... order the convicted
    person to compensate the victim for— (a) any property ... that was damaged"),
    not where it lists conditions ("... where all the following conditions are
    met:")."""
    if BINDING.search(sentence) or PERMISSIVE.search(sentence) or EFFORTS.search(sentence):
        return sentence
    opening = _list_opening(context, hit.passage)
    return f"{opening} {sentence}" if opening and LEAD_IN.search(opening) else sentence


def _budget_bounds(context: Context, hits: Sequence[tuple[Hit, str]]) -> list[int]:
    """The passages stating that the provisions of these hits (with their sentences) bind
    only within the budget or the resources available (`QUALIFIED_SENTENCE`): the
    provision's own words, or the words opening its list."""
    bounds = set()
    for hit, sentence in hits:
        if QUALIFIED_SENTENCE.search(context.passages[hit.passage].text):
            bounds.add(hit.passage)
        elif QUALIFIED_SENTENCE.search(_governing_sentence(context, hit, sentence)):
            bounds.add(_list_parent(context, hit.passage) or hit.passage)
    return sorted(bounds)


def _list_opening(context: Context, passage: int) -> str | None:
    """The text of the provision a list item stands in (the words opening its list),
    within the same section or article; None for a passage that is no item."""
    parent = _list_parent(context, passage)
    return None if parent is None else context.passages[parent].text


def _list_parent(context: Context, passage: int) -> int | None:
    """The passage of the provision a list item stands in, within the same section or
    article; None for a passage that is no item."""
    found = context.passages[passage]
    parent = found.eid.rpartition("__")[0]
    return next(
        (p for p in context.units[(found.law, found.unit)] if context.passages[p].eid == parent),
        None,
    )


ALTERNATIVE = re.compile(
    r",\s+or\s+|,\s+and\s+(?=(?:he|she|they|it|the\s+\w+)\s+(?:shall|may|must|will)\b)"
)
"""Where a sentence's alternatives part (a sentence ends at a semicolon already,
`_sentence_around`): "any work likely to harm the child, or work prescribed by
Ministerial Regulation" leaves only the second to another instrument; so does a clause
with its own subject and verb ("... may be permitted to remain in the Kingdom ..., and
he shall be exempted ... from the fines ... provided for in the Residence Law")."""
DESCRIBING_WORDS = r"(?:prescribed|specified|listed|designated|determined|issued|provided)"
DESCRIBED_BY = re.compile(
    rf"\b{DESCRIBING_WORDS}\s+(?:by|in|under)\s+(?:the\s+)?(?:\S+\s+)?$",
    re.I,
)
"""The words before a reference that make it describe one thing ("a kind of work ...
prescribed by Ministerial Regulation"), not the whole sentence's matter ("shall be as
provided by the Penal Code")."""
DESCRIBING = re.compile(rf"{DESCRIBING_WORDS}\s", re.I)
"""A reference opening with such a word ("work prescribed in the Labour Code"); not
after "as" ("as prescribed by the Penal Code"), which governs the sentence."""


SENDING_VERB = re.compile(r"\b(?:shall|may|must|will|is|are)\b", re.I)


def _sends(before: str) -> bool:
    """Whether the words before a reference send the matter there: its verb comes
    right before ("shall be governed by", "is carried out in accordance with", "shall
    be made, otherwise than under"), not a duty of its own ("the State shall pay relief
    money to the victim, irrespective of ..., as prescribed by")."""
    verbs = list(SENDING_VERB.finditer(before))
    return not verbs or len(before) - verbs[-1].end() <= 60


def _sends_out(text: str, match: re.Match[str], in_definition: bool) -> bool:
    """Whether the sentence of `text` holding `match` (the words of a requirement's
    subject) sends them to a law not reviewed: a reference after them that its verb
    governs ("shall be governed by the ... Act") or that follows the words at once
    ("make a compensation order in accordance with section 6 of the Criminal Justice
    Act"); else a named law before them ("may, in accordance with the ... Act,
    provide ... assistance"), not a power to make rules "by notification", and not
    in a definition listing "a guardian appointed under the Civil Code, an adoptive
    parent" (`in_definition`)."""
    sentence = _sentence_around(text, match.start())
    at = text.find(sentence)
    if at < 0:
        return False
    reference = REFERS_OUT.search(sentence, match.start() - at)
    if reference is None:
        before = REFERS_OUT.search(sentence)
        if before is None or not NAMED_LAW.search(before.group(0)) or in_definition:
            return False
        reference = before
    return _sends(sentence[: reference.start()]) or (
        0 <= reference.start() - (match.end() - at) <= 20
    )


def _clause_of(hit: Hit, sentence: str, context: Context) -> str:
    """The alternative of the hit's sentence that holds the hit (`ALTERNATIVE`),
    where every reference in the sentence describes one thing (`DESCRIBED_BY`,
    `DESCRIBING`); else, or where the hit cannot be placed in it, the whole sentence.
    For a hit in a provision's heading, the provision's words under the heading."""
    passage = context.passages[hit.passage]
    if hit.start < passage.heading_end <= passage.end:  # a heading ("FORFEITURE") names
        return passage.text[passage.heading_end - passage.start :]  # the words under it
    at = passage.text.find(sentence)
    if at < 0 or not all(
        DESCRIBED_BY.search(sentence[: m.start()])
        or (DESCRIBING.match(m.group(0)) and not sentence[: m.start()].endswith("as "))
        for m in REFERS_OUT.finditer(sentence)
    ):
        return sentence
    offset = hit.start - passage.start - at
    start = 0
    for part in ALTERNATIVE.finditer(sentence):
        if part.start() >= offset:
            return sentence[start : part.start()]
        start = part.end()
    return sentence[start:]


def _hit_sentence(hit: Hit, context: Context) -> str:
    """The sentence of its passage a hit stands in."""
    passage = context.passages[hit.passage]
    return _sentence_around(passage.text, hit.start - passage.start)


def _first_penalty(text: str, mentions: Sequence[PenaltyMention]) -> PenaltyMention:
    """The first penalty a provision states, read as its prison where a fine
    opens it ("Penalty: A fine not exceeding K50,000 or imprisonment for a term
    not exceeding 20 years, or both"): the prison of the same sentence."""
    first = mentions[0]
    if first.prison or first.life or first.death:
        return first
    sentence = _sentence_around(text, first.start)
    return next(
        (
            m
            for m in mentions[1:]
            if (m.prison or m.life or m.death) and _sentence_around(text, m.start) == sentence
        ),
        first,
    )


PROVISO = re.compile(r"[:;,]?\s*\bprovided,?\s+(?:always\s+)?that\b", re.I)
"""Where a proviso opens ("...: Provided, That where the owner is a corporation, the
penalty shall be imposed upon its president")."""


def _companies_penalty(context: Context, passage: int, penalty: PenaltyMention) -> bool:
    """Whether a penalty is that of companies or organisations (`CORPORATE`): the
    sentence stating it names them before any proviso, or the words opening the list
    it stands in do ("Where the offence is committed by a legal person, it shall be
    punished with— (a) a fine ..."). Not a penalty for offenders standing beside one for
    companies in the same article, in a long amending provision quoting many articles,
    or followed by a proviso on who answers where the offender is a corporation."""
    found = context.passages[passage]
    sentence = _sentence_around(found.text, penalty.start)
    at = max(sentence.find(penalty.text), 0)
    start = max((m.start() for m in PROVISO.finditer(sentence, 0, at)), default=0)
    after = PROVISO.search(sentence, at)
    if CORPORATE.search(sentence[start : after.start() if after else len(sentence)]):
        return True  # in the clause stating the penalty: the main rule or its proviso
    opening = _list_opening(context, passage)
    return bool(opening and CORPORATE.search(opening))


def _sentence_around(text: str, position: int) -> str:
    """The sentence (or clause up to a semicolon) holding `position`; the dot
    after a provision's number at the start of a line, after a single letter
    ("Article L. 1121-1"), before a number ("No. 5") or inside one ("Article
    11.1.1") does not end one."""

    def ends_sentence(stop: int) -> bool:
        if text[stop] == "." and (
            (stop >= 1 and text[stop - 1].isalpha() and (stop < 2 or not text[stop - 2].isalnum()))
            or NUMBER_AFTER.match(text, stop + 1)
            or DECIMAL_POINT.match(text, stop - 1)
        ):
            return False
        return not NUMBER_LINE.fullmatch(text, text.rfind("\n", 0, stop) + 1, stop)

    start = position
    while True:
        start = max(text.rfind(".", 0, start), text.rfind(";", 0, start))
        if start < 0 or ends_sentence(start):
            break
    end = position
    while True:
        found = [i for i in (text.find(".", end), text.find(";", end)) if i >= 0]
        end = min(found) if found else len(text)
        if end == len(text) or ends_sentence(end):
            break
        end += 1
    return text[start + 1 : end]


FURTHERING = re.compile(
    r"\b(?:facilitat\w+|to commit|in order to|with (?:the )?intent\w*|intending|"
    r"for the purposes? of)\b[^.;]{0,60}?\btraffick"
    r"|\b(?:uses?|using|obtains?|obtaining)\s+(?:the\s+)?(?:labou?r|(?:sexual\s+)?services)"
    r"[^.;]{0,80}?\b(?:victim|trafficked\s+person)",
    re.I,
)
"""An offence committed to further trafficking ("intending to facilitate trafficking in
persons", using the services of a victim): one the trafficking penalty thresholds govern
even when it carries a fine only, unlike a breach of a rule that merely names trafficking
(a publication ban)."""
ADDITIONAL = re.compile(r"\balso\b|\badditional|\bin addition\b", re.I)


def _fine_only(penalty: PenaltyMention, text: str) -> bool:
    """A fine with no prison term in `text` (the passage), not a fine added to
    one ("the offender might also be liable to a fine")."""
    return (
        penalty.fine
        and not penalty.prison
        and not ADDITIONAL.search(text[max(0, penalty.start - 40) : penalty.end])
    )


def _fine_only_furthering(passage: int, penalty: PenaltyMention, context: Context) -> bool:
    """A fine alone for an offence furthering trafficking (`FURTHERING`): no prison
    term at all where the trafficking penalty thresholds ask for one."""
    return _fine_only(penalty, context.passages[passage].text) and bool(
        FURTHERING.search(context.unit_text(context.unit_of(passage)))
    )


PUNISHABLE = re.compile(r"\bpunish\w*|\bliable\b|\bsentenced?\b", re.I)
SANCTIONS_BY_LAW = re.compile(
    r"\b(?:sanction\w*|penal liability|criminal liability|prosecut\w*|punish\w*|penalt\w*)\b"
    r"[^.;]{0,60}?\b(?:in accordance with|under|as provided|according to|pursuant to)\b"
)
"""Sanctions a law sends to the law: "shall ... be disciplined, administratively
sanctioned or examined for penal liability in accordance with law" (on lower-case text)."""
OWN_OFFENCES = re.compile(
    r"\boffen[cs]es?\s+(?:under|against)\s+this\s+"
    r"(?:act|law|code|ordinance|decree|order|proclamation|regulations?)\b"
)
"""Offences a law creates, whose penalties may stand elsewhere: "where a company is
convicted of an offence under this Act" (on lower-case text)."""
ABOUT_PENALTIES = re.compile(r"\b(?:penalt|sanction|punish|liab)", re.I)
"""Words of a requirement on penalties or liability, not on confiscation."""
SANCTIONED = re.compile(
    r"\b(?:be|is|are)\s+(?:fined|sanctioned|punished|punishable|liable)\b"
    r"|\bimposition\b[^.;]{0,40}?\bof\s+(?:an?\s+)?(?:\w+\s+)?fine\b",
    re.I,
)
"""The words laying a penalty on the person a sentence names ("shall be fined", "shall
entail the imposition on the employer of an administrative fine")."""
SPARED = re.compile(
    rf"{VICTIMS.pattern}|\bsubjected to\b|\bforced (?:labou?r|to)\b|\bcompelled\b|\bcoerced\b"
    r"|\bas a (?:direct )?(?:result|consequence) of\b"
    r"|\bbecause (?:the person|he|she|they) (?:was|were|had been) (?:trafficked|exploited)\b",
    re.I,
)
"""Words of whom a non-punishment clause spares: a victim, a person "subjected to
forced labour", acts done "as a direct result of" being exploited; not a parent
spared for letting a child beg, nor an offender for stopping at preparation."""
VICTIM_OF = re.compile(r"\bvictims?\s+of\s+(?:the\s+)?(?:(?:crimes?|offences?)\s+of\s+)?$", re.I)
"""Words before an offence's name making it a description of a victim ("a victim
of trafficking"), not the offence a provision is about."""
OTHER_SANCTIONS = re.compile(r"\bpenal or other (?:appropriate )?sanctions\b", re.I)


def _fine_alone_stated(
    passage: int, penalty: PenaltyMention, parameter: Parameter, context: Context
) -> bool:
    """A sentence punishing the offence a threshold governs with a fine and no
    prison term (`_fine_alone_named`); or, in a provision that nowhere calls for
    prison, laying the fine on conduct it defines by referring to a provision
    naming the offence ("A person who has engaged a child in work prohibited
    under Article 11.1.1 ... shall be fined")."""
    if _fine_alone_named(passage, penalty, parameter, context):
        return True
    text = context.passages[passage].text
    if not _fine_only(penalty, text):
        return False
    sentence = _sentence_around(text, penalty.start)
    punishing = _penalty_passages(context.unit_of(passage), parameter, context)
    if not SANCTIONED.search(sentence) or any(
        PRISON.search(context.passages[p].text) for p in punishing
    ):
        return False
    begin = text.find(sentence)
    return any(
        _names_offence(context.unit_text(target), parameter.offence_terms)
        for start, _, target in context.passage_references.get(passage, ())
        if begin <= start < begin + len(sentence)
    )


def _fine_alone_named(
    passage: int, penalty: PenaltyMention, parameter: Parameter, context: Context
) -> bool:
    """A sentence naming one of the `offence_terms` of a threshold and punishing
    it with a fine and no prison term ("The fact of obtaining forced labour ...
    is punishable by a fine of 30,000 euros.", "The use of forced labour ...
    shall entail the imposition on the employer of an administrative fine"),
    whatever heavier penalty another sentence sets for aggravated cases."""
    text = context.passages[passage].text
    if not _fine_only(penalty, text):
        return False
    sentence = _sentence_around(text, penalty.start)
    if PRISON.search(sentence):
        return False
    lower = sentence.lower()
    return bool(PUNISHABLE.search(sentence) or SANCTIONED.search(sentence)) and any(
        term.lower() in lower for term in parameter.offence_terms
    )


def _names_offence(text: str, terms: tuple[str, ...]) -> bool:
    """Whether the text names one of the offence's terms other than as what a
    victim suffered ("a victim of trafficking")."""
    lower = text.lower()
    for term in terms:
        at = lower.find(term.lower())
        while at >= 0:
            if not VICTIM_OF.search(lower, max(0, at - 30), at):
                return True
            at = lower.find(term.lower(), at + 1)
    return False


def _laws_create_offence(terms: tuple[str, ...], context: Context) -> bool:
    """Whether the laws create an offence the terms name: a provision about it, not
    a definition, stating a penalty or a prison term."""
    return any(
        context.has_penalty(u) or PRISON.search(context.unit_text(u))
        for u in context.governed_units(terms)
        if u not in context.interpretation_units
    )


def _calls_for_prison(requirement: Requirement) -> bool:
    """Whether the standard asks for penal sanctions (imprisonment, criminal
    penalties), not merely appropriate ones: then a fine alone falls short."""
    words = " ".join(
        t for e in requirement.elements if e.binding for t in (*e.terms, e.description)
    ).lower()
    return bool(re.search(r"imprison|penal sanction|criminal penalt|custodial", words))


def _protects_everyone(requirement: Requirement) -> bool:
    """Whether the standard protects every person (not children alone)."""
    return requirement.instrument in ("palermo", "untoc", "c029", "p029", "actip") and not (
        CHILD_ONLY.search(requirement.title) or CHILD_ONLY.search(requirement.summary[:120])
    )


def _restored_in_definitions(
    requirement: Requirement, found: dict[str, list[Hit]], context: Context
) -> dict[int, str]:
    """The definitions bringing back what an element shown by its absence
    (`implied_by`) needs absent: a child offence that names no means, "for the
    purpose of exploiting them", where "a person exploits another person if" they
    make the person fear for their safety. Only the definition of the purpose the
    provision names counts, not that of one form of exploitation ("forced labour"
    means work exacted under the menace of a penalty). Each passage, with the
    description of what it brings back."""
    restoring: dict[int, str] = {}
    for element in requirement.elements:
        hits = found.get(element.id)
        if not hits or not all(h.implication for h in hits):
            continue
        for hit in hits:
            rule = hit.implication
            if rule is None:
                continue
            unwanted = sorted(
                context.index.elements_matching((*rule.without_elements, *rule.unit_without))
            )
            unit = context.unit_of(hit.passage)
            purposes = " ".join(
                m.group(0).lower()
                for p in context.units[unit]
                for m in PURPOSE.finditer(context.passages[p].text)
            )
            for p in context.definitions.get(unit, ()):
                spans = [
                    span
                    for span in context.definition_spans.get(p, ())
                    if any(
                        re.search(rf"\b{re.escape(form)}\b", purposes)
                        for form in term_forms(span.term)
                    )
                ]
                start = context.passages[p].start
                for e in unwanted:
                    if any(
                        h.passage == p and any(s.start <= h.start - start < s.end for s in spans)
                        for h in context.index.hits.get(e, ())
                    ):
                        restoring.setdefault(p, context.index.elements[e].description)
    return dict(sorted(restoring.items()))


def judge(requirement: Requirement, context: Context) -> Finding:
    """The finding on one requirement."""
    ranked = unit_scores(requirement, context)
    if _owed_to_victims(requirement):  # only provisions for the people it protects
        ranked = [u for u in ranked if context.names_victims(u.unit)]
    if requirement.obligation in ("criminalise", "penalise") and _about_legal_persons(requirement):
        # their liability: not legal entities asked to contribute funds
        ranked = [
            u
            for u in ranked
            if context.answerable(u.unit) and not _own_offence_only(requirement, u.unit, context)
        ]
    best = ranked[0] if ranked else None
    counted = [e for e in requirement.elements if e.check == "present"]
    counted_ids = {e.id for e in counted}
    binding = [e for e in counted if e.binding] or counted
    if best is None:
        chosen_units: list[UnitScore] = []
    elif (requirement.obligation in TOGETHER or requirement.together) and not requirement.separate:
        chosen_units = [best]
    else:
        chosen_units = [u for u in ranked[:3] if u.score >= CLOSE * best.score]
        if requirement.separate:  # each element may have a provision of its own
            held = {e for u in chosen_units for e in u.elements}
            about_legal_persons = _about_legal_persons(requirement)
            for unit in ranked:
                if about_legal_persons and unit.unit not in context.legal_person_units:
                    continue  # the fines of offenders, not of companies
                if any(e.id in unit.elements and e.id not in held for e in binding):
                    chosen_units.append(unit)
                    held |= set(unit.elements)
    found: dict[str, list[Hit]] = defaultdict(list)
    for unit in chosen_units:
        for element_id, hits in unit.elements.items():
            found[element_id].extend(hits)
    forbidden = [e.id for e in requirement.elements if e.check == "absent"]
    if chosen_units and forbidden:  # an exception the standard does not allow, in any
        chosen = {u.unit for u in chosen_units}  # provision on the matter
        for unit in ranked:
            if unit.unit not in chosen and any(e.id in unit.elements for e in binding):
                for element_id in forbidden:
                    if element_id in unit.elements:
                        found[element_id].extend(unit.elements[element_id])
    own_passages = sorted({p for unit in chosen_units for p in context.units.get(unit.unit, [])})
    if chosen_units and len([e for e in binding if e.id in found]) < len(binding):
        for element in binding:
            if element.id not in found:
                fuzzy = context.index.fuzzy(element.id, own_passages)
                if fuzzy:
                    found[element.id] = fuzzy
    if _about_non_punishment(requirement):
        for element_id, hits in list(found.items()):
            sparing = [h for h in hits if SPARED.search(_hit_sentence(h, context))]
            if sparing:
                found[element_id] = sparing
            else:  # a parent "shall not be prosecuted", a preparation "exempted from
                del found[element_id]  # punishment": nobody's victim is spared
    score = sum(context.index.rarity[e] for e in found)
    addressed = (
        any(e.id in found and e.qualifies is None for e in requirement.elements)
        and score >= MIN_SCORE
        and (requirement.strength != "may" or requirement.elements[0].id in found)
    )  # an option is used only where its first element, the option itself, is found;
    # a qualifier (consultation on a list) found alone addresses nothing
    found_binding = [e for e in binding if e.id in found]
    if requirement.combine == "any":
        complete = bool(found_binding)
    elif requirement.combine == "at_least":
        complete = len(found_binding) >= (requirement.at_least or len(binding))
    else:
        complete = len(found_binding) == len(binding)

    all_hits = [hit for hits in found.values() for hit in hits]
    checks = []
    if addressed or any(p.fact in PENALTY_FACTS for p in requirement.parameters):
        # a penalty threshold is checked on every offence it governs, wherever it stands
        for parameter in requirement.parameters:
            if parameter.fact is None:
                continue
            value = context.parameters.get(parameter.id, parameter.value)
            check = check_parameter(requirement, parameter, value, ranked, chosen_units, context)
            if check is not None:
                checks.append(check)
    exceptions_made = [
        f"{EXCEPTION_MADE} ({_short(e.description)})"
        for e in requirement.elements
        if e.check == "absent" and e.id in found
    ]
    """The exceptions the standard does not allow that the law itself makes: what it
    states, whatever other law it names."""
    notes: list[str] = list(exceptions_made)
    unit_text = " ".join(context.passages[p].text for p in own_passages)
    close = [u for u in ranked[:3] if best is not None and u.score >= CLOSE * best.score]
    """The provisions nearly as relevant as the chosen ones: a limit stated
    in one of them ("liable only for the crimes specified in ...") narrows
    the matter too."""
    scope_passages = [
        context.passages[p]
        for p in sorted({p for u in (*chosen_units, *close) for p in context.units[u.unit]})
    ]
    scope_text = " ".join(p.text for p in scope_passages)
    beyond = _without_others(
        " ".join(p.text[max(0, p.heading_end - p.start) :] for p in scope_passages)
    )
    """The words about whom the provisions protect: without their headings
    ("Child prostitution"), the offender ("Any person who") and others not protected."""
    limiting: list[int] = sorted(
        {hit.passage for element_id in forbidden for hit in found.get(element_id, ())}
    )
    """The passages stating a limit the rationale notes (an exception the law makes
    first): cited first."""
    framing = {h.passage for h in all_hits} | {p.index for p in scope_passages if p.eid == p.unit}
    """Where a limit narrows the matter: the passages holding its words and the
    opening and closing words of their sections, not a sibling paragraph on
    another matter ("an employment contract" in the minimum-age paragraph beside
    the hazardous-work ban)."""
    for limit, wider, reason, applies in SCOPE_LIMITS:
        if applies is not None and not applies(requirement):
            continue
        if not limit.search(scope_text):
            continue
        stating = [p.index for p in scope_passages if limit.search(p.text)]
        if any(p in framing for p in stating) and not wider.search(beyond):
            notes.append(reason)
            limiting += stating
            break
    if _about_hazardous_list(requirement):
        leaving = sorted(
            {
                p
                for unit in chosen_units
                for p in context.work_left_out.get(
                    _instrument_of(context.passages[context.units[unit.unit][0]]), ()
                )
            }
        )
        if leaving:
            notes.append("the list leaves some work (domestic or family work) outside it")
            limiting += leaving
    listing = (
        [
            p
            for unit in dict.fromkeys(u.unit for u in (*chosen_units, *close))
            if unit in context.legal_person_units
            for p in context.units[unit]
            if ENUMERATED_CRIMES.search(context.passages[p].text)
        ]
        if _about_legal_persons(requirement) and CLOSED_LIST not in notes
        else []
    )
    """The passages listing, one by one, the only crimes legal persons answer for."""
    if _about_legal_persons(requirement) and CLOSED_LIST not in notes and not listing:
        listing = _named_offences_only(requirement, chosen_units, context)
    if listing:
        notes.append(CLOSED_LIST)
        limiting += listing
    found_at: dict[int, list[int]] = defaultdict(list)
    """Per passage, where what decides the requirement stands in it: the checked
    thresholds, else the requirement's words."""
    for passage, at in _stated_at(checks, context):
        found_at[passage.index].append(at)
    if not found_at:
        for hit in all_hits:
            found_at[hit.passage].append(hit.start - context.passages[hit.passage].start)
    found_within: dict[Unit, list[str]] = defaultdict(list)
    """Per provision in scope, where in its own words the requirement was found: the eIds
    after the provision's own (not those of the definitions it relies on)."""
    for unit in (*chosen_units, *close):
        unit_eid = unit.unit[1]
        for hits in unit.elements.values():
            for eid in (context.passages[h.passage].eid for h in hits):
                if eid == unit_eid or eid.startswith(f"{unit_eid}__"):
                    found_within[unit.unit].append(eid.removeprefix(unit_eid))
    hazardous_matter = bool(
        ABOUT_HAZARDOUS_WORK.search(f"{requirement.title} {requirement.summary}")
    )
    excepting = [
        p.index
        for p in scope_passages
        if _excepts(
            p.text,
            found_at.get(p.index, []),
            found_within.get((p.law, p.unit), []),
            hazardous_matter,
        )
        and p.index not in limiting
    ]  # not a closed list already noted ("does not apply to any offence other than ...")
    if excepting:
        notes.append("an exception leaves part of the matter out")
        limiting += excepting
    purposes = (
        [m.group(0) for m in PURPOSE.finditer(unit_text) if not DRAFTING_PURPOSE.match(m.group(0))]
        + [
            m.group(0)
            for p in own_passages
            if context.unit_of(p) not in context.interpretation_units
            for m in PURPOSE_NAMED.finditer(context.passages[p].text)
        ]
        if requirement.any_purpose
        else []
    )
    if purposes and all(
        SEXUAL.search(p) and not OTHER_PURPOSE.search(SEXUAL_EXPLOITATION.sub(" ", p))
        for p in purposes
    ):
        notes.append("it covers only sexual purposes, not every purpose")
    hit_sentences = [_hit_sentence(h, context) for h in all_hits]
    sentences = set(hit_sentences)
    conduct = re.compile(
        "|".join(
            re.escape(t) for t in sorted({h.term for h in all_hits}, key=lambda t: (-len(t), t))
        )
        or "$^",
        re.I,
    )
    """The words the requirement looks for: conduct ("brings into, or takes out of"),
    never a limit on it. The longest first, so that "sale of children" goes whole,
    not "sale" alone, whatever order a run's set gives them."""
    crossing = (
        _hits_in(
            all_hits,
            hit_sentences,
            {
                s
                for s in sentences
                if CROSS_BORDER.search(conduct.sub(" ", s)) and not DOMESTIC.search(s)
            },
        )
        if requirement.instrument in BORDERLESS_INSTRUMENTS
        and not any(p.fact == "age" for p in requirement.parameters)
        else []
    )  # trafficking as the law defines it; not the age of the child it names
    if requirement.instrument in TRAFFICKING_INSTRUMENTS and not any(
        p.fact == "age" for p in requirement.parameters
    ):
        crossing += [
            p
            for unit in chosen_units
            for p in context.definitions.get(unit.unit, ())
            if p in context.cross_border_definitions
            and (
                (terms := context.cross_border_definitions[p]) is None
                or any(_term_user(context.unit_text(unit.unit).lower())(t) for t in terms)
            )
        ]  # "child trafficking" defined as taking a child across the border, and used
    if crossing:
        notes.append("it covers only cross-border cases")
        limiting += crossing
    restoring = _restored_in_definitions(requirement, found, context)
    if restoring:
        brought = _short(next(iter(restoring.values())))
        notes.append(f"the definition of its purpose, which it relies on, names {brought}")
        limiting += list(restoring)
    conditional = (
        _hits_in(all_hits, hit_sentences, {s for s in sentences if COOPERATION.search(s)})
        if requirement.theme == "protection"
        else []
    )
    if conditional:
        notes.append("it is conditional on the victim's cooperation with the authorities")
        limiting += conditional
    checked = {c.parameter_id for c in checks}
    for parameter in requirement.parameters:
        defining = _named_as_purpose(parameter, context) if parameter.id in checked else []
        if defining:
            notes.append(
                f"it is punished only as a purpose of {parameter.purpose_of[0]}, named in a "
                "definition, not as an offence of its own"
            )
            limiting += defining
            for element_id, hits in list(found.items()):
                if all(h.passage in defining for h in hits):
                    del found[element_id]  # the words of a definition, no offence of its own
            break
    if not any(p.fact == "age" for p in requirement.parameters) and not LIGHT_WORK.search(
        _statement(requirement)
    ):  # light work is for children below the minimum age: their ages narrow nothing
        headed = [
            m.age
            for unit in chosen_units
            for index in context.units[unit.unit]
            for m in context.ages.get(index, ())
            if m.relation == "under"
            and m.age < 18
            and context.passages[index].start + m.start < context.passages[index].heading_end
        ]
        if (
            (requirement.instrument in CHILD_INSTRUMENTS or CHILD_ONLY.search(requirement.title))
            and requirement.obligation != "penalise"
            and not headed
        ):
            by_unit: dict[Unit, set[int]] = defaultdict(set)
            for hit in all_hits:
                by_unit[context.unit_of(hit.passage)].add(hit.passage)
            per_unit = [_ages_under(sorted(passages), context) for passages in by_unit.values()]
            if per_unit and all(per_unit) and max(map(max, per_unit)) < 18:
                headed = [age for ages in per_unit for age in ages]  # "a person known to be
                # under sixteen"; not where another provision protects every child
            for element in binding if not headed else ():
                per_passage = [
                    _ages_under([passage], context)
                    for passage in sorted({h.passage for h in found.get(element.id, ())})
                ]
                if per_passage and all(per_passage) and max(map(max, per_passage)) < 18:
                    headed = [max(map(max, per_passage))]  # the client offence alone is
                    break  # for a person "who has not yet reached the age of sixteen"
        onwards = {
            m.age
            for unit in chosen_units
            for index in context.units[unit.unit]
            for m in context.ages.get(index, ())
            if m.relation == "at_least"
            and context.passages[index].start + m.start < context.passages[index].heading_end
        }  # "... of a Minor Aged Fifteen Years or Over" beside "... under Fifteen Years"
        headed = [age for age in headed if age not in onwards]
        if not headed and requirement.instrument in CHILD_INSTRUMENTS:
            for element in binding:
                defined = [
                    _child_age_defined_in(unit, context)
                    for unit in {context.unit_of(h.passage) for h in found.get(element.id, ())}
                ]
                ages = [age for age in defined if age is not None]
                if ages and len(ages) == len(defined) and max(ages) < 18:
                    headed = [max(ages)]  # "In this section, 'child' means a person under
                    break  # sixteen": the only provisions holding the element
        if headed:  # "Trafficking in persons under 16"
            notes.append(f"the provision is limited to persons under {min(headed)}")
    about_nationals = NATIONALS.search(_statement(requirement))
    if (
        (requirement.theme == "protection" or _protects_everyone(requirement))
        and not about_nationals
        and any(CITIZENS_ONLY.search(s) for s in hit_sentences)
        and not ANY_NATIONALITY.search(unit_text)
    ):
        notes.append("it protects only citizens (or residents)")
    if requirement.obligation in ("define", "criminalise") and FOREIGNERS_ONLY.search(unit_text):
        notes.append("it reaches only victims who are not citizens")
    naming = [s for s in hit_sentences if WOMEN_AND_CHILDREN.search(s)]
    if (
        _protects_everyone(requirement)
        and naming
        and not any(
            ANY_PERSON.search(OFFENCE_NAME.sub(" ", _without_others(s))) or ADULTS.search(s)
            for s in hit_sentences
        )
    ):  # sentences naming no one ("the victim", "such persons") follow those that do;
        # "whether V is an adult or a child" names both
        if any(WOMEN.search(s) for s in naming):
            notes.append("it protects only women and children")
        else:
            notes.append("it protects only children")
    elif (
        _protects_everyone(requirement)
        and requirement.obligation not in ("penalise", "jurisdiction")
        and all_hits
        and {context.passages[h.passage].law for h in all_hits} <= context.children_laws
        and not any(ADULTS.search(s) for s in hit_sentences)
        and (
            requirement.theme != "prosecution" or not ANY_PERSON.search(_without_others(unit_text))
        )
    ):  # "the victim" a children's code protects is a child victim; its offences
        # protect children unless they name "another person"
        notes.append("it protects only children (it stands in a law for children)")
    elif (
        _protects_everyone(requirement)
        and requirement.obligation not in ("penalise", "jurisdiction")
        and all_hits
        and {context.passages[h.passage].law for h in all_hits} <= context.sector_laws
    ):  # "the Domestic Worker" a law on domestic workers protects is one of them
        notes.append("it protects only the workers of one sector (it stands in a law for them)")
    if hit_sentences and requirement.strength not in DISCRETIONARY | {"may"}:
        qualified = requirement.strength == "shall" and not QUALIFIED_STANDARD.search(
            requirement.summary
        )

        def loose(sentence: str, qualified: bool = qualified) -> bool:
            """Whether the sentence binds no one once its efforts or qualified duties
            ("shall endeavour", "subject to the availability of funds ... shall") are
            set aside."""
            kept = ORDER_CONTENT.sub("", EFFORTS.sub("", sentence))
            if qualified and QUALIFIED_SENTENCE.search(kept):
                return True
            return not BINDING.search(QUALIFIED.sub("", kept) if qualified else kept)

        def efforts(sentence: str, qualified: bool = qualified) -> bool:
            return bool(
                EFFORTS.search(sentence)
                or (
                    qualified
                    and (QUALIFIED.search(sentence) or QUALIFIED_SENTENCE.search(sentence))
                )
            )

        governing: set[str] = set()
        """Per element, the sentences binding or permitting what it names: those of
        its hits in the text (a list item with the words opening the list), not in
        a heading ("Compensation orders"), unless it stands only in headings."""
        for element_id in {h.element for h in all_hits}:
            own = [(h, s) for h, s in zip(all_hits, hit_sentences) if h.element == element_id]
            in_text = [
                _governing_sentence(context, h, s)
                for h, s in own
                if h.start >= context.passages[h.passage].heading_end
            ]
            governing.update(in_text or [s for _, s in own])
        hits_by_element = [
            [(h, s) for h, s in zip(all_hits, hit_sentences) if h.element == e.id]
            for e in binding
            if e.id in found
        ]
        by_element = [[s for _, s in own] for own in hits_by_element]
        element_qualified = [
            requirement.strength == "shall" and not QUALIFIED_STANDARD.search(e.description)
            for e in binding
            if e.id in found
        ]
        """Per element, whether the standard leaves it unqualified, so that a duty the
        law binds "within available resources" is efforts only, though the standard
        qualifies another of its parts (Palermo art 9: NGOs "as appropriate", poverty
        not)."""
        feasible = requirement.strength == "shall_qualified" and not WITHIN_MEANS.search(
            requirement.summary
        )
        """A protection the standard asks for with "all feasible measures" (OPSC art 9(3)),
        not "within their means" (UNTOC art 24): a budget still bounds what it owes."""
        found_descriptions = [e.description for e in binding if e.id in found]
        governing = {s for s in governing if not DEPENDENT.match(s)} or governing
        """Not the sentences working out another's rule: the order "the court may"
        make, not what "an order under subsection (1) does not prevent"."""
        if all(loose(s) for s in governing) and all(
            PERMISSIVE.search(CONCESSIVE.sub(" ", s)) for s in governing
        ):
            notes.append('it says "may" where the standard requires "shall"')
        elif any(
            own and all(loose(s, q) for s in own) and any(efforts(s, q) for s in own)
            for own, q in [(list(governing), qualified), *zip(by_element, element_qualified)]
        ):
            notes.append('it asks only for efforts ("endeavour") where the standard '
                         'requires "shall"')  # fmt: skip
        elif requirement.obligation == "protect" and (
            bounded := _budget_bounds(
                context,
                [
                    hit
                    for own, q, e in zip(hits_by_element, element_qualified, found_descriptions)
                    if q or (feasible and not QUALIFIED_STANDARD.search(e))
                    for hit in own
                ],
            )
        ):
            # one of the provisions on a protection binds only as far as the budget allows:
            # in its own words, in the words opening its list ("The State shall, as far as
            # the resources available to it allow, take reasonable steps ... to bring about—
            # (a) ..."), or in a sentence or note of its own ("The services referred to in
            # this Article shall be provided within the limits of the credits ...")
            notes.append('part of it binds only within the budget or resources available, '
                         + ('where the standard asks for all feasible measures' if feasible
                            else 'where the standard requires "shall"'))  # fmt: skip
            limiting += bounded
    penalty_related = requirement.obligation in ("criminalise", "penalise") or any(
        p.fact in PENALTY_FACTS for p in requirement.parameters
    )
    penalty_checked = any(
        p.fact in PENALTY_FACTS and c.parameter_id == p.id
        for p in requirement.parameters
        for c in checks
    )
    governed = (
        {
            u
            for u in context.governed_units(offence_terms(requirement))
            if u not in context.interpretation_units
        }
        if penalty_related and offence_terms(requirement)
        else set()
    )
    penalty_stated = penalty_checked or any(
        context.has_penalty(u) and not CORPORATE.search(context.unit_text(u)) for u in governed
    )
    sent_out = context.matter_sent_out(requirement.matter) if requirement.matter else []
    """The provisions sending the requirement's subject to a law not reviewed."""
    left_to_other_law = (
        bool(sent_out)
        or (
            penalty_related
            and not penalty_stated
            and any(
                PENALTY_REFERS_OUT.search(context.unit_text(u))
                for u in governed
                if _about_legal_persons(requirement) or not CORPORATE.search(context.unit_text(u))
            )  # the offenders' penalties, not the companies', unless companies are the matter
        )
        or (
            addressed
            and bool(hit_sentences)
            and all(
                REFERS_OUT.search(_clause_of(h, s, context))
                for h, s in [
                    (h, s)
                    for h, s in zip(all_hits, hit_sentences)
                    if not DEPENDENT.match(s) and h.element in counted_ids
                ]
                or list(zip(all_hits, hit_sentences))
            )
        )
        or (
            addressed
            and any(e.qualifies == requirement.elements[0].id for e in requirement.elements)
            and bool(
                matter_sentences := [
                    s
                    for h, s in zip(all_hits, hit_sentences)
                    if h.element == requirement.elements[0].id
                ]
            )
            and all(REFERS_OUT.search(s) or LIST_MADE_ELSEWHERE.search(s) for s in matter_sentences)
        )
    )  # the matter itself (a list whose making other elements qualify) is left to an
    # instrument not reviewed: what qualifies it cannot be read either
    other_sanctions = bool(OTHER_SANCTIONS.search(requirement.summary))
    """Whether the standard accepts penal or other sanctions (C182 art 7(1)): then a
    court's choice of a fine over prison still applies a penal sanction, and only a
    fine with no prison at all falls short."""
    fine_alone = (
        sorted(
            p
            for u in governed or {c.unit for c in chosen_units}
            for p in context.units[u]
            if any(
                (
                    (m.fine_alternative and not other_sanctions)
                    or _fine_only(m, context.passages[p].text)
                )
                and not _companies_penalty(context, p, m)
                for m in context.penalties.get(p, ())
            )
        )
        if requirement.obligation == "penalise"
        and _calls_for_prison(requirement)
        and not any(p.fact == "fine_alternative" for p in requirement.parameters)
        else []
    )
    """The provisions where a fine alone may be imposed, among the offences the
    requirement is about (or, where none names them, the chosen provisions; a
    general penalty for summary offences is not the matter's): evidence for the
    note."""
    if fine_alone:
        notes.append("a fine alone may be imposed for some of the offences")
    option_unused = (
        requirement.strength == "may" and not checks and any(p.fact for p in requirement.parameters)
    )

    if any(not c.ok for c in checks):
        status = "conflict"
    elif left_to_other_law and not (
        addressed and (fine_alone or CLOSED_LIST in notes or exceptions_made)
    ):  # unless the law reviewed shows a fine alone, a closed list or an exception it makes
        status = "needs_review"
    elif option_unused:
        status = "not_applicable"
    elif not addressed:
        status = "not_applicable" if requirement.strength == "may" else "missing"
    elif requirement.strength in DISCRETIONARY or (complete and not notes):
        left_to_other_law = _left_elsewhere(
            binding, found, dict(zip(all_hits, hit_sentences)), context
        )
        status = "needs_review" if left_to_other_law else "compliant"
    else:
        status = "partial"
    checked = {c.parameter_id for c in checks}
    unread = tuple(
        p
        for p in requirement.parameters
        if p.fact and requirement.strength != "may" and p.id not in checked
    )
    unchecked = tuple(p.label for p in unread) if status == "compliant" else ()
    """Thresholds of a would-be compliant requirement that the law was not seen to meet."""
    no_offence = tuple(
        p
        for p in unread
        if p.fact in PENALTY_FACTS
        and p.offence_terms
        and not _laws_create_offence(p.offence_terms, context)
    )
    """Penalty thresholds unread because the laws create no offence they govern
    (no trafficking offence whose maximum could be read, no offence of trafficking
    or forced labour a fine could be the penalty of): the matter is missing, whatever
    words on penalties were met; of a requirement to criminalise, only where nothing
    else is missing (the offence it asks for may be one the thresholds do not name)."""
    if (
        (status == "compliant" or (status == "partial" and requirement.obligation == "penalise"))
        and unread
        and len(no_offence) == len(unread)
    ):
        status, unchecked = "missing", ()
        found.clear()  # the words met are not an offence's
    elif unchecked:
        status = "needs_review"
    no_penalty = (
        requirement.obligation == "penalise"
        and ABOUT_PENALTIES.search(_statement(requirement)) is not None
        and status in ("compliant", "partial")
        and not context.penalties
        and not context.grade_penalties
        and not SANCTIONS_BY_LAW.search(context.lower_text)
        and not OWN_OFFENCES.search(context.lower_text)
    )
    """A requirement on penalties or liability where the laws set none, for any
    conduct, create no offence of their own, nor send their sanctions to the law (a
    constitution's bill of rights): its words ("imprisonment" a prisoner serves) are
    no penalty."""
    if no_penalty:
        status = "missing"
        found.clear()

    elements = tuple(
        ElementResult(
            element_id=e.id,
            description=e.description,
            found=e.id in found,
            binding=e.binding,
            terms=tuple(dict.fromkeys(h.term for h in found.get(e.id, ()))),
            check=e.check,
            eids=tuple(dict.fromkeys(context.passages[h.passage].eid for h in found.get(e.id, ()))),
        )
        for e in requirement.elements
    )
    opening = [
        _opening_passage(context, context.unit_of(h.passage))
        for h in all_hits
        if h.implication and h.implication.unit_without
    ]
    """The opening words of an offence read as a whole from what it lacks (no
    means in its whole article): "A person commits an offence if ...", cited
    before the list of acts the element was read from."""
    evidence = (
        _evidence(
            all_hits,
            checks,
            {u.unit for u in chosen_units},
            context,
            [*fine_alone, *limiting, *opening, *sent_out],
        )
        if status not in ("missing", "not_applicable")
        else ()
    )
    coverage = len(found_binding) / len(binding) if binding else 0.0
    confidence = _confidence(status, coverage, score, all_hits, checks)
    inferred = {
        e.id: "; ".join(dict.fromkeys(h.implication.description for h in mine if h.implication))
        for e in requirement.elements
        if (mine := found.get(e.id)) and all(h.implication for h in mine)
    }
    rationale = _rationale(
        requirement,
        status,
        elements,
        checks,
        notes,
        context,
        left_to_other_law,
        unchecked,
        inferred,
        no_offence,
        no_penalty,
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


def _left_elsewhere(
    binding: Sequence[Element],
    found: dict[str, list[Hit]],
    sentence_of: dict[Hit, str],
    context: Context,
) -> bool:
    """Whether an element the standard requires is found only in sentences sending
    it to another law ("the working hours of such minors shall be governed by
    regulations formulated by the State Council"): what it holds cannot be read. Only
    the alternative holding the hit counts (`_clause_of`)."""
    return any(
        e.id in found
        and all(REFERS_OUT.search(_clause_of(h, sentence_of[h], context)) for h in found[e.id])
        for e in binding
    )


def _child_age_defined_in(unit: Unit, context: Context) -> int | None:
    """The age below which a section's own definition of a child puts a person
    ("In this section, 'child' means a person under sixteen years of age")."""
    ages = [
        mention.age
        for p in context.units.get(unit, ())
        for span in context.definition_spans.get(p, ())
        if span.term in ("child", "children", "minor", "minors")
        for mention in context.ages.get(p, ())
        if mention.relation == "under" and span.holds(mention)
    ]
    return min(ages) if ages else None


def _stated_at(checks: Sequence[Check], context: Context) -> list[tuple[Passage, int]]:
    """The passages stating the checked facts, with each fact's offset in its passage."""
    stated = []
    for check in checks:
        if check.fact is None:
            continue
        passage = context.passage_of(check.fact)
        if passage is not None:
            stated.append((passage, check.fact.start - passage.start))
    return stated


def _opening_passage(context: Context, unit: Unit) -> int:
    """The first passage of a section or article with words beyond its heading."""
    passages = context.units[unit]
    return next(
        (
            p
            for p in passages
            if context.passages[p].heading_end
            < context.passages[p].start + len(context.passages[p].text)
        ),
        passages[0],
    )


def _evidence(
    hits: list[Hit],
    checks: list[Check],
    units: set[Unit],
    context: Context,
    limiting: Sequence[int] = (),
) -> tuple[Evidence, ...]:
    """The passages behind a finding: those stating a checked threshold first,
    then those stating a limit noted in the rationale or the ground of what was
    read from a provision as a whole (`limiting`), then those of
    the chosen units (before the definitions they rely on), those with the most
    matched elements first."""
    by_passage: dict[int, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_passage[hit.passage].append(hit)
    for index in limiting:
        by_passage.setdefault(index, [])
    checked: set[int] = set()
    for passage, _ in _stated_at(checks, context):
        by_passage.setdefault(passage.index, [])
        checked.add(passage.index)
    ranked = sorted(
        by_passage.items(),
        key=lambda item: (
            item[0] not in checked,
            item[0] not in limiting,
            context.unit_of(item[0]) not in units,
            -len({h.element for h in item[1]}),
            item[0],
        ),
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
    left_to_other_law: bool,
    unchecked: tuple[str, ...] = (),
    inferred: dict[str, str] | None = None,
    no_offence: tuple[Parameter, ...] = (),
    no_penalty: bool = False,
) -> str:
    """Plain words a lawyer can check: what was found where, what was not.
    `inferred`: the elements found only by what a provision holds and lacks, with
    how (their `implied_by` description); `no_penalty`: the laws set no penalty at
    all; `no_offence`: the penalty thresholds unread because the laws create no
    offence they govern (the whole matter missing, or, where other words of it were
    found, a threshold left unread)."""
    if no_penalty:
        return "Not addressed by the laws reviewed: they set no penalty for any conduct."
    unpunished = [
        "they create no offence of "
        + ", ".join(list({t.replace("labor", "labour"): t for t in p.offence_terms})[:2])
        + f" or the like, whose penalty the standard sets ({_short(p.label)})."
        for p in no_offence
    ]
    if unpunished and status == "missing":
        return " ".join(f"Not addressed by the laws reviewed: {u}" for u in unpunished)
    if status in ("missing", "not_applicable") and not any(e.found for e in elements):
        reason = "Not addressed by the laws reviewed"
        if status == "not_applicable":
            reason = "The standard leaves this as an option, and the laws reviewed do not use it"
        terms = ", ".join(
            t
            for e in elements
            if e.check == "present"
            for t in context.index.elements[e.element_id].terms[:2]
        )  # an exception the law must not make is no key term of the matter
        return f"{reason}: none of its key terms ({terms}) were found."
    if status == "not_applicable" and elements and not elements[0].found:
        return (
            "The standard leaves this as an option, and the laws reviewed do not use it: "
            f"nothing was found on {_short(elements[0].description)}."
        )
    where: dict[str, list[str]] = defaultdict(list)
    citation_of = context.citations
    for element in elements:
        if element.found:
            cited = ", ".join(dict.fromkeys(citation_of.get(e, e) for e in element.eids[:2]))
            how = (inferred or {}).get(element.element_id)
            where[cited].append(
                _short(element.description) + (f" (read from {how})" if how else "")
            )
    parts = [f"Found in {cited}: {', '.join(found)}." for cited, found in where.items()]
    absent = [_short(e.description) for e in elements if not e.found and e.binding]
    if absent:
        parts.append(f"Not found: {', '.join(absent)}.")
    elsewhere = [_short(e.description) for e in elements if not e.found and e.check == "other_law"]
    if elsewhere and status not in ("missing", "not_applicable"):
        parts.append(
            f"Not shown by the laws reviewed, and set by another law: {', '.join(elsewhere)}. "
            "Check it against that law."
        )
    for check in checks:
        verdict = "meets" if check.ok else "contradicts"
        parts.append(
            f"{check.label}: the law states {check.found}, which {verdict} the standard "
            f"({check.expected})."
        )
    parts.extend(f"Partly met: {note}." for note in notes)
    if left_to_other_law:
        parts.append("The law leaves this to another law that was not reviewed; check it there.")
    parts.extend(f"Not read from the laws reviewed: {u}" for u in unpunished)
    if unchecked:
        parts.append(
            f"Not read from the laws reviewed: {'; '.join(unchecked).lower()}. Check it by hand "
            "before counting the requirement as met."
        )
    if status in ("missing", "not_applicable"):
        parts.insert(0, "Too little of the requirement was found to count as addressing it.")
    if requirement.strength in DISCRETIONARY and status == "compliant":
        parts.append("The standard only asks States to consider or endeavour to do this.")
    return " ".join(parts)


def _short(description: str) -> str:
    text = description.rstrip(".")
    return text[0].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text
