"""Read a YAML file safely, keeping the line of every key and value.

A file in, a `SourceFile` out: the plain data (dicts, lists, strings, numbers,
booleans) and a map from each data path (`("requirements", 3, "links", 0)`)
to its 1-based line, so that any problem can be reported as `file:line`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lawreview.model import Problem

DataPath = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings: checklists write dates as text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class SourceFile:
    """A YAML file's data with the line of every data path; `problems` if unreadable."""

    path: str
    data: Any
    lines: dict[DataPath, int] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def line(self, data_path: DataPath) -> int:
        """The line of `data_path`, else of its nearest ancestor that has one."""
        for end in range(len(data_path), -1, -1):
            line = self.lines.get(data_path[:end])
            if line is not None:
                return line
        return 1

    def problem(self, data_path: DataPath, message: str, fix: str) -> Problem:
        """A problem located at `data_path` in this file."""
        key = ".".join(str(part) for part in data_path) or "(file)"
        return Problem(self.path, self.line(data_path), key, message, fix)


def read_source(path: Path) -> SourceFile:
    """Parse `path` with a safe loader; syntax errors become problems, not exceptions."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return SourceFile(shown, None, problems=(_file_problem(shown, 1, str(error)),))
    loader: _Loader | None = None
    try:
        loader = _Loader(text)  # the reader refuses control characters already here
        node = loader.get_single_node()
        if node is None:
            return SourceFile(shown, None, problems=(_file_problem(shown, 1, "the file is empty"),))
        lines: dict[DataPath, int] = {}
        duplicates: list[Problem] = []
        _record_lines(node, (), lines, duplicates, shown)
        data = loader.construct_document(node)
    except (yaml.YAMLError, RecursionError) as error:  # RecursionError: nesting, self-reference
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(error, "problem", None) or _reason(error)
        return SourceFile(
            shown, None, problems=(_file_problem(shown, line, f"bad YAML: {reason}"),)
        )
    finally:
        if loader is not None:
            loader.dispose()
    return SourceFile(shown, data, lines, tuple(duplicates))


def _file_problem(path: str, line: int, message: str) -> Problem:
    return Problem(
        path, line, "(file)", message, "fix the YAML syntax (indentation, quotes, colons)"
    )


def _record_lines(
    node: yaml.Node,
    data_path: DataPath,
    lines: dict[DataPath, int],
    duplicates: list[Problem],
    path: str,
) -> None:
    """Fill `lines` for `node` and its children; report keys written twice."""
    lines.setdefault(data_path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                shown = ".".join(str(part) for part in (*data_path, key))
                duplicates.append(
                    Problem(
                        path,
                        line,
                        shown,
                        f"key written twice (first on line {seen[key]})",
                        "keep one of the two entries",
                    )
                )
                continue
            seen[key] = line
            child = (*data_path, key)
            lines[child] = line
            _record_lines(value_node, child, lines, duplicates, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*data_path, index), lines, duplicates, path)


def _reason(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply, or an alias (*name) refers to itself"
    return str(error)
