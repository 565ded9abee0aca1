"""A `Law` written out: the lawreview/law@1 JSON contract, Akoma Ntoso 3.0 XML,
a readable Markdown outline, or the cleaned text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

from lawreview.model import Law, LawreviewError, Provision, tool_version

LAW_SCHEMA = "lawreview/law@1"
AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
CONTAINER_KINDS = (
    "book", "part", "title", "chapter", "subchapter", "subpart", "division", "subdivision",
    "schedule", "supplementary", "component",
)  # fmt: skip
UNIT_KINDS = ("section", "article")
AKN_ELEMENTS = {"schedule": "hcontainer", "supplementary": "hcontainer", "component": "hcontainer"}
"""Provision kinds whose Akoma Ntoso element differs from the kind's name."""
FORMATS = ("json", "akn", "md", "text")


def provision_dict(provision: Provision) -> dict[str, Any]:
    return {
        "eid": provision.eid,
        "kind": provision.kind,
        "num": provision.num,
        "heading": provision.heading,
        "text": provision.text,
        "wrap_up": provision.wrap_up,
        "page": provision.page,
        "page_end": provision.page_end,
        "start": provision.start,
        "end": provision.end,
        "children": [provision_dict(child) for child in provision.children],
    }


def law_dict(law: Law) -> dict[str, Any]:
    """The law as plain data following the lawreview/law@1 schema."""
    document = law.document
    return {
        "schema": LAW_SCHEMA,
        "generator": f"lawreview {tool_version()}",
        "source": {
            "path": document.path,
            "sha256": document.sha256,
            "media_type": document.media_type,
            "page_count": document.page_count,
            "title": document.title,
        },
        "style": law.style,
        "provisions": [provision_dict(p) for p in law.provisions],
        "definitions": [
            {"term": d.term, "meaning": d.meaning, "eid": d.eid, "page": d.page, "scope": d.scope}
            for d in law.definitions
        ],
        "references": [
            {
                "text": r.text,
                "source_eid": r.source_eid,
                "start": r.start,
                "end": r.end,
                "target_eid": r.target_eid,
                "external": r.external,
            }
            for r in law.references
        ],
        "warnings": list(law.warnings),
        "text": document.text,
    }


def akn_element(parent: ET.Element, provision: Provision) -> None:
    tag = AKN_ELEMENTS.get(provision.kind, provision.kind)
    element = ET.SubElement(parent, tag, {"eId": provision.eid})
    if tag == "hcontainer":
        element.set("name", provision.kind)
    if provision.num:
        ET.SubElement(element, "num").text = provision.num
    if provision.heading:
        ET.SubElement(element, "heading").text = provision.heading
    paragraphs = [p for p in provision.text.split("\n") if p]
    if provision.children:
        if paragraphs:
            intro = ET.SubElement(element, "intro")
            for text in paragraphs:
                ET.SubElement(intro, "p").text = text
        for child in provision.children:
            akn_element(element, child)
        if provision.wrap_up:
            wrap_up = ET.SubElement(element, "wrapUp")
            for text in provision.wrap_up.split("\n"):
                ET.SubElement(wrap_up, "p").text = text
    else:
        content = ET.SubElement(element, "content")
        for text in paragraphs or [""]:
            ET.SubElement(content, "p").text = text


def law_akn(law: Law) -> str:
    """Akoma Ntoso 3.0: an act whose body holds the hierarchy, schedules as
    attachments-like hcontainers at the end of the body."""
    ET.register_namespace("", AKN_NAMESPACE)
    root = ET.Element("akomaNtoso", {"xmlns": AKN_NAMESPACE})
    act = ET.SubElement(root, "act", {"name": "act"})
    meta = ET.SubElement(act, "meta")
    identification = ET.SubElement(meta, "identification", {"source": "#lawreview"})
    work_uri = "/akn/xx/act/" + law.document.sha256[:12]
    for level, suffix in (
        ("FRBRWork", ""),
        ("FRBRExpression", "/eng"),
        ("FRBRManifestation", "/eng"),
    ):
        frbr = ET.SubElement(identification, level)
        ET.SubElement(frbr, "FRBRthis", {"value": work_uri + suffix + "/!main"})
        ET.SubElement(frbr, "FRBRuri", {"value": work_uri + suffix})
        ET.SubElement(frbr, "FRBRdate", {"date": "1970-01-01", "name": "unknown"})
        ET.SubElement(frbr, "FRBRauthor", {"href": "#lawreview"})
        if level == "FRBRWork":
            ET.SubElement(frbr, "FRBRcountry", {"value": "xx"})
        if level == "FRBRExpression":
            ET.SubElement(frbr, "FRBRlanguage", {"language": "eng"})
    references = ET.SubElement(meta, "references", {"source": "#lawreview"})
    ET.SubElement(
        references, "TLCOrganization",
        {"eId": "lawreview", "href": "/ontology/organization/lawreview", "showAs": "lawreview"},
    )  # fmt: skip
    if law.title:
        preface = ET.SubElement(act, "preface")
        ET.SubElement(ET.SubElement(preface, "longTitle"), "p").text = law.title
    body = ET.SubElement(act, "body")
    for provision in law.provisions:
        akn_element(body, provision)
    if not law.provisions:
        ET.SubElement(ET.SubElement(body, "hcontainer", {"name": "text"}), "content")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def label(provision: Provision) -> str:
    if provision.kind in CONTAINER_KINDS or provision.kind in UNIT_KINDS:
        return f"{provision.kind.capitalize()} {provision.num or ''}".strip()
    return f"({provision.num})"


def one_line(text: str) -> str:
    return " ".join(part for part in text.split("\n") if part)


def markdown_lines(provision: Provision, depth: int, out: list[str]) -> None:
    """Containers and units as headings; their parts as nested list items."""
    if provision.kind not in CONTAINER_KINDS and provision.kind not in UNIT_KINDS:
        list_item(provision, 0, out)
        return
    title = label(provision) + (f" — {provision.heading}" if provision.heading else "")
    hashes = "#" * min(depth + 2, 6)
    out += [f"{hashes} {title} <small>(p. {provision.page}, `{provision.eid}`)</small>", ""]
    if provision.text:
        out += [one_line(provision.text), ""]
    for child in provision.children:
        markdown_lines(child, depth + 1, out)
    if out[-1] != "":
        out.append("")
    if provision.wrap_up:
        out += [one_line(provision.wrap_up), ""]


def list_item(provision: Provision, depth: int, out: list[str]) -> None:
    indent = "  " * depth
    out.append(f"{indent}- **{label(provision)}** {one_line(provision.text)}".rstrip())
    for child in provision.children:
        list_item(child, depth + 1, out)
    if provision.wrap_up:
        out.append(f"{indent}  {one_line(provision.wrap_up)}")


def law_markdown(law: Law) -> str:
    """A readable outline: containers and units as headings, their parts as
    nested lists, then definitions and warnings."""
    document = law.document
    out = [
        f"# {law.title or document.path}",
        "",
        f"_Source: `{document.path}` · {document.page_count} page(s) · sha256 "
        f"`{document.sha256[:16]}…` · style: {law.style}_",
        "",
    ]
    for provision in law.provisions:
        markdown_lines(provision, 0, out)
    if law.definitions:
        out += ["## Definitions", ""]
        out += [f"- **{d.term}** ({d.eid}, p. {d.page}): {d.meaning}" for d in law.definitions]
        out.append("")
    if law.warnings:
        out += ["## Warnings", ""] + [f"- {w}" for w in law.warnings] + [""]
    return "\n".join(out)


def render_law(law: Law, output_format: str) -> str:
    """The law in one of FORMATS."""
    if output_format == "json":
        return json.dumps(law_dict(law), ensure_ascii=False, indent=2) + "\n"
    if output_format == "akn":
        return law_akn(law)
    if output_format == "md":
        return law_markdown(law)
    if output_format == "text":
        return law.document.text + "\n"
    raise LawreviewError(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}")
