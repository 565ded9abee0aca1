"""Check a YAML file against the JSON Schema of its kind; explain each failure.

A `SourceFile` and a schema in, a list of `Problem`s out: each with the line
of the offending key, the key, what is wrong and what would fix it.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from lawreview.model import Problem
from lawreview.standards.source import DataPath, SourceFile

KEY_HINTS = {
    "terms": "a list of the words a law uses for this element, e.g. [harbouring, concealing]",
    "verification_note": "say what could not be checked and against which text to check it",
    "id": "the id fixed for it in standards/README.md, e.g. palermo.3.a",
    "elements": "a list of the parts a national law must contain",
    "recommendation": "the recommendation a report gives when the requirement is not met",
    "guidance": "what a reviewer should look for and common gaps",
}


@cache
def load_schema(path: Path) -> dict[str, Any]:
    """The JSON Schema stored at `path` (read once per process)."""
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def schema_problems(source: SourceFile, schema: dict[str, Any]) -> list[Problem]:
    """Every way `source.data` breaks `schema`, in file order."""
    validator = Draft202012Validator(schema)
    problems: list[Problem] = []
    for error in validator.iter_errors(source.data):
        problems.extend(_explain(source, error))
    return sorted(problems, key=lambda problem: problem.line)


def _explain(source: SourceFile, error: ValidationError) -> list[Problem]:
    """Turn one jsonschema error into problems a person can act on."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        # explain the failure of the form the value has (a mapping, not a list)
        own_form = [e for e in error.context if e.validator != "type" or e.relative_path]
        return _explain(source, best_match(own_form or error.context))
    at: DataPath = tuple(error.absolute_path)
    kind = error.validator
    instance = error.instance
    if kind == "required" and isinstance(instance, dict):
        missing = [key for key in error.validator_value if key not in instance]
        return [
            source.problem((*at, key), "missing key", f"add `{key}:` ({_hint(key)})")
            for key in missing
        ]
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        return [
            source.problem((*at, key), "unknown key", _rename_fix(str(key), allowed))
            for key in instance
            if key not in allowed
        ]
    if kind == "enum":
        choices = ", ".join(str(value) for value in error.validator_value)
        return [source.problem(at, f"`{instance}` is not allowed", f"use one of: {choices}")]
    if kind == "const":
        return [
            source.problem(at, f"`{instance}` is not allowed", f"write `{error.validator_value}`")
        ]
    if kind == "type":
        expected = error.validator_value
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(JSON_TYPE_WORDS.get(str(name), str(name)) for name in names)
        return [
            source.problem(
                at,
                f"`{instance}` is a {_type_name(instance)}, not a {wanted}",
                f"write a {wanted} here",
            )
        ]
    if kind == "pattern":
        examples = error.schema.get("examples")
        fix = f"write it like `{examples[0]}`" if examples else f"match `{error.validator_value}`"
        return [source.problem(at, f"`{instance}` is not in the expected form", fix)]
    if kind in ("minItems", "minLength", "minProperties"):
        return [source.problem(at, "is empty", f"fill it in ({_hint(str(at[-1]) if at else '')})")]
    if kind == "minimum":
        return [
            source.problem(
                at, f"`{instance}` is too small", f"use at least {error.validator_value}"
            )
        ]
    description = error.schema.get("description")
    fix = (
        description if isinstance(description, str) else "see the JSON Schema in standards/schema/"
    )
    return [source.problem(at, error.message, fix)]


def _hint(key: str) -> str:
    return KEY_HINTS.get(key, "see standards/README.md")


def _rename_fix(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return f"did you mean `{close[0]}`? Allowed keys: {', '.join(allowed)}"
    return f"remove it; allowed keys: {', '.join(allowed)}"


JSON_TYPE_WORDS = {
    "array": "list",
    "object": "mapping",
    "string": "text",
    "integer": "whole number",
}
"""The words a checklist author knows for the JSON Schema type names."""


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return "null" if value is None else type(value).__name__
