"""Shared test helpers: repository paths, the lawreview/law@1 schema, running the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
"""The repository checkout (holds cli.py)."""
SAMPLES = ROOT / "corpora" / "samples"
GOLD = ROOT / "corpora" / "gold"
INSTRUMENT_IDS = (
    "crc",
    "opsc",
    "palermo",
    "untoc",
    "c029",
    "p029",
    "c138",
    "c182",
    "actip",
    "hcch1993",
)
"""The instruments the standards library ships (shared/reference/requirement-ids.md)."""
LAW_SCHEMA = ROOT / "lawreview" / "schemas" / "law.schema.json"

# The CLI caches extractions by default; tests keep theirs out of the user's cache.
os.environ.setdefault("LAWREVIEW_CACHE_DIR", str(Path(tempfile.mkdtemp(prefix="lawreview-test-"))))


@cache
def law_schema() -> dict[str, Any]:
    """The lawreview/law@1 JSON schema, checked to be a valid Draft 2020-12 schema."""
    schema: dict[str, Any] = json.loads(LAW_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def validate_law_json(data: Any) -> None:
    """Raise `jsonschema.ValidationError` unless `data` follows lawreview/law@1."""
    jsonschema.Draft202012Validator(law_schema()).validate(data)


def run_cli(
    *args: str | Path, cwd: Path = ROOT, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python cli.py ARGS...` as a user would; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
