"""Reading a person's YAML file (decision files, batch manifests) so that every
problem can name its line: safe loading into both the node tree (for line
numbers) and the data, in one parse.

Imports nothing of lawreview but `model`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

from lawreview.model import Problem


def compose(
    text: str, path: str, loader_class: type[yaml.SafeLoader] = yaml.SafeLoader
) -> tuple[yaml.Node | None, Any]:
    """The document's node tree and its data (safe loading only).

    Raises `BadYaml` with the problem and its line when the text is not YAML
    (including nesting so deep, or an alias referring to itself, that reading
    it would recurse without end)."""
    loader = None
    try:
        loader = loader_class(text)  # the reader refuses control characters already here
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except (yaml.YAMLError, RecursionError) as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or (
            "nested too deeply, or an alias (*name) refers to itself"
            if isinstance(error, RecursionError)
            else str(error)
        )
        raise BadYaml(
            Problem(
                path,
                mark.line + 1 if mark is not None else 1,
                "(file)",
                f"bad YAML: {reason}",
                "fix the YAML syntax (indentation, quotes, colons)",
            )
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    return node, data


class BadYaml(Exception):
    """Text that is not YAML; the caller turns `problem` into its own typed error."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def line_of(node: yaml.Node | None) -> int:
    """The 1-based line a node starts on (1 for the whole file)."""
    return node.start_mark.line + 1 if node is not None else 1


def key_nodes(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping's keys, each with its key node and value node."""
    return {str(k.value): (k, v) for k, v in node.value}


class EntryProblems:
    """The problems of one entry of a list (a mapping), each named
    `<where>.<key>` and placed at the line of the key's value (of the entry
    when the key is absent). Keys outside `allowed` are reported on creation."""

    def __init__(
        self, node: yaml.MappingNode, path: str, where: str, allowed: Sequence[str]
    ) -> None:
        self.node = node
        self.path = path
        self.where = where
        self.keys = key_nodes(node)
        self.found: list[Problem] = []
        for key in self.keys:
            if key not in allowed:
                self.add(key, "unknown key", f"remove it; an entry's keys are {', '.join(allowed)}")

    def add(self, key: str, message: str, fix: str) -> None:
        at = self.keys[key][1] if key in self.keys else self.node
        self.found.append(Problem(self.path, line_of(at), f"{self.where}.{key}", message, fix))
