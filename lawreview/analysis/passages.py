"""The reviewed laws as passages: the own words of every provision, with where
they stand (document, eId, page, offsets) and how a lawyer cites them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lawreview.model import Law, Provision
from lawreview.structure.markers import CONTAINER_KINDS

CONTAINERS = frozenset(CONTAINER_KINDS.values())
UNITS = frozenset({"section", "article"})


@dataclass(frozen=True)
class Passage:
    """A provision's own words: `text` is `document text[start:end]` exactly.

    A provision with children has up to two passages: its words before them
    (number and heading included) and its wrap-up after them.
    """

    index: int
    law: int
    """Index of the law in the framework."""
    document: str
    eid: str
    unit: str
    """eId of the section or article the passage belongs to (its own if it is one)."""
    citation: str
    page: int
    start: int
    end: int
    text: str
    heading_end: int = 0
    """Where the provision's number and heading end in the document text (0 when
    the passage holds no heading): words before it name what the provision is."""


def citation(chain: Sequence[Provision], style: str) -> str:
    """A provision cited as a lawyer would: "s. 4(1)(a)", "Art. 5(2)(a)",
    "§ 10(1)", "Sch. 1 para. 3", "Chapter II", "Suppl. Prov. Art. 1", a decimal
    clause "Art. 4.1.6", and in one of several instruments published together,
    "Order Art. 12(2)"."""
    parts: list[str] = []
    head = ""
    instrument = ""
    """The words naming the instrument a unit stands in, when it is not the law's only one."""
    for provision in chain:
        num = provision.num or ""
        if provision.kind == "component":
            words = (provision.heading or "").split()
            instrument = f"{words[0].capitalize()} " if words else f"Instrument {num} "
            head, parts = instrument.strip(), []
        elif provision.kind in CONTAINERS:
            head = f"{instrument}{provision.kind.capitalize()} {num}"
            parts = []
        elif provision.kind == "schedule":
            head, parts = f"Sch. {num}", []
        elif provision.kind == "supplementary":
            instrument = "Suppl. Prov. "
            head, parts = instrument.strip(), []
        elif provision.kind == "article":
            head, parts = f"{instrument}Art. {num}", []
        elif provision.kind == "section":
            head, parts = (f"§ {num}" if style == "code" else f"{instrument}s. {num}"), []
        elif head.startswith("Sch.") and not parts:
            parts.append(f" para. {num}")
        elif not parts and "." in num and num.startswith(head.rsplit(" ", 1)[-1] + "."):
            head, parts = f"{head.rsplit(' ', 1)[0]} {num}", []  # "Art. 4.1.6", as cited
        else:
            parts.append(f"({num})")
    return head + "".join(parts)


def _passages_of(
    provision: Provision, chain: tuple[Provision, ...], law: Law, number: int, out: list[Passage]
) -> None:
    chain = (*chain, provision)
    text = law.document.text
    unit = next((p.eid for p in reversed(chain) if p.kind in UNITS), None)
    if unit is None:
        unit = next((p.eid for p in chain if p.kind not in CONTAINERS), provision.eid)
    spans = []
    if provision.kind not in CONTAINERS or provision.text:
        first_child = provision.children[0].start if provision.children else provision.end
        spans.append((_heading_above(provision, text), first_child))
        if provision.children and provision.wrap_up:
            spans.append((provision.children[-1].end, provision.end))
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            heading_at = text.find(provision.heading, start, end) if provision.heading else -1
            heading_end = heading_at + len(provision.heading or "") if heading_at >= 0 else 0
            out.append(
                Passage(
                    index=len(out),
                    law=number,
                    document=law.document.path,
                    eid=provision.eid,
                    unit=unit,
                    citation=citation(chain, law.style),
                    page=provision.page,
                    start=start,
                    end=end,
                    text=text[start:end],
                    heading_end=heading_end,
                )
            )
    for child in provision.children:
        _passages_of(child, chain, law, number, out)


def _heading_above(provision: Provision, text: str) -> int:
    """Where a provision's words begin, its heading included when the heading
    stands on the line above its number ("(Prohibition of Forced Labour)" then
    "Article 14 ..."; a marginal note above "4. (1) ..."): the heading names
    what the provision is about."""
    if not provision.heading:
        return provision.start
    earliest = max(0, provision.start - len(provision.heading) - 8)
    above = text.rfind(provision.heading, earliest, provision.start)
    if above < 0 or text[above + len(provision.heading) : provision.start].strip(" \n)"):
        return provision.start
    return above - 1 if above > 0 and text[above - 1] == "(" else above


def passages(laws: Sequence[Law]) -> list[Passage]:
    """Every passage of every law of the framework, in document order."""
    out: list[Passage] = []
    for number, law in enumerate(laws):
        for provision in law.provisions:
            _passages_of(provision, (), law, number, out)
    return out
