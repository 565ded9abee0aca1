"""Writing results safely: atomic writes that never overwrite without leave,
and file names made from law titles and jurisdiction names.

Imports nothing of lawreview but `model`.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from lawreview.model import LawreviewError

MAX_SLUG = 60
"""Longest file name made from a title (before a `-2` that makes it unique)."""
RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10))}
RESERVED |= {f"lpt{n}" for n in range(1, 10)}


def write_atomic(path: Path, content: str | bytes, *, force: bool) -> None:
    """Write `content` (text as UTF-8, or bytes) to `path`: into a temporary
    file beside it, then renamed over it, so an interrupted run leaves the
    previous file whole (or no file). Never overwrites without `force`."""
    if path.exists() and not force:
        raise LawreviewError("already exists; pass --force to overwrite it", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # a report is shared like any file, not private
        with os.fdopen(fd, "wb") as handle:
            handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:  # KeyboardInterrupt and SystemExit too: no temporary file left
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def slug(text: str) -> str:
    """An ASCII file name from a title: lower case, letters, digits and single
    hyphens; no path separator, no leading dot; at most `MAX_SLUG` characters;
    never empty or a reserved device name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    name = name[:MAX_SLUG].rstrip("-")
    if not name or name in RESERVED:
        name = f"item-{name}" if name else "item"
    return name


def unique_slugs(texts: Iterable[str]) -> list[str]:
    """A distinct `slug` for each text, in order: repeats get `-2`, `-3`..."""
    taken: set[str] = set()
    names = []
    for text in texts:
        base = slug(text)
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name)
        names.append(name)
    return names
