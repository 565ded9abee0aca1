"""Structure: a cleaned `Document` in, a `Law` (provision tree, definitions,
cross-references, warnings) out."""

from __future__ import annotations

from lawreview.model import Document, Law
from lawreview.structure.definitions import find_definitions
from lawreview.structure.parser import build_tree
from lawreview.structure.references import find_references

MIN_TEXT = 500
"""Fewer characters than this is too little text for a law."""


def parse(document: Document) -> Law:
    """The provision tree of a document, with its definitions and references.

    Never raises on odd text: what looks wrong is in `Law.warnings`.
    """
    tree = build_tree(document.paragraphs)
    definitions, definition_warnings = find_definitions(tree.provisions)
    references = find_references(tree.provisions, tree.texts)
    warnings = list(document.warnings) + list(tree.warnings) + definition_warnings
    if len(document.text) < MIN_TEXT:
        warnings.append(
            f"too little text ({len(document.text)} characters): is this the whole law?"
        )
    if not tree.provisions:
        warnings.append("no numbered provisions were recognised: the tree is empty")
    return Law(
        document=document,
        provisions=tree.provisions,
        definitions=tuple(definitions),
        references=tuple(references),
        warnings=tuple(warnings),
        style=tree.style,
    )
