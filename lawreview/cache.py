"""Extraction results kept on disk, so a second run skips extraction.

An entry is the extracted `Law` as lawreview/law@1 JSON plus the layout of its
paragraphs (`lawreview.structure.load`), never a pickle. It is keyed by the
file's SHA-256, the extractor's version and the extraction options that change
the result (a password given or not, OCR or not). The extractor's version is
the package version plus a hash of the ingest and structure source code, so
any change to the extractor starts a fresh cache.

An entry that cannot be read back (truncated, edited, from another version) is
ignored and rewritten; the cache never makes a run fail. Entries are written
atomically (a temporary file, then a rename), so parallel workers and an
interrupted run leave only whole entries.

An assessment cache works the same way for a whole jurisdiction: keyed by the
laws (path and SHA-256 of each), the jurisdiction's name, the checklists (their
content hash and the parameters in force) and the analysis's version (the
package version plus a hash of the analysis source), so a re-run of a batch
skips the analysis as well as the extraction.

Imports `lawreview.model`, `lawreview.structure` (export and load) and the
assessment's JSON (`lawreview.analysis.serialize`, `.provenance`; no spaCy).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from lawreview.analysis.provenance import standards_fingerprint
from lawreview.analysis.serialize import assessment_dict, assessment_from_dict
from lawreview.model import Assessment, Law, LawreviewError, StandardSet, tool_version
from lawreview.structure.export import law_dict
from lawreview.structure.load import law_from_dict, paragraph_layout

CACHE_FORMAT = "lawreview/extraction-cache@1"
ASSESSMENT_CACHE_FORMAT = "lawreview/assessment-cache@1"
ENV_CACHE_DIR = "LAWREVIEW_CACHE_DIR"


def default_cache_dir() -> Path:
    """`$LAWREVIEW_CACHE_DIR`, else the platform's user cache directory
    (platformdirs, when installed), else `$XDG_CACHE_HOME/lawreview` or
    `~/.cache/lawreview`."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured)
    try:
        import platformdirs
    except ImportError:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "lawreview"
    return Path(platformdirs.user_cache_dir("lawreview"))


def _source_version(*parts: str) -> str:
    """The package version and a hash of the named modules' or packages' source."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for part in parts:
        target = package / part
        for source in sorted(target.glob("*.py")) if target.is_dir() else [target]:
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return f"{tool_version()}+{digest.hexdigest()[:16]}"


@cache
def extractor_version() -> str:
    """The package version and a hash of the extractor's source code."""
    return _source_version("ingest", "structure", "amendment_notes.py")


@cache
def analysis_version() -> str:
    """The package version and a hash of the analysis's source code (extraction
    included: the passages it reads come from there)."""
    return _source_version("ingest", "structure", "amendment_notes.py", "analysis", "nlp.py")


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None when it cannot be read (extraction will say why)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


@dataclasses.dataclass(frozen=True)
class ExtractionCache:
    """A directory of extraction results (see the module docstring)."""

    directory: Path

    def entry(self, sha256: str, suffix: str, *, password: bool, ocr: bool) -> Path:
        """Where the entry for a file's content, extension and options lives.

        The extension is part of the key because extraction checks it against
        the content: a PDF named .docx is refused, never served from the cache.
        """
        options = f"password={int(password)};ocr={int(ocr)};suffix={suffix.lower()}"
        key = hashlib.sha256(f"{sha256}|{extractor_version()}|{options}".encode()).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def load(self, path: Path, sha256: str, *, password: bool, ocr: bool) -> Law | None:
        """The cached `Law` of the file at `path`, or None (absent or unreadable).

        The law's document path is `path`, as a fresh extraction would give it.
        """
        entry = self.entry(sha256, path.suffix, password=password, ocr=ocr)
        try:
            data: Any = json.loads(entry.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("cache") != CACHE_FORMAT:
                return None
            if data.get("extractor") != extractor_version():
                return None
            law = law_from_dict(data["law"], data["layout"], data["document_warnings"])
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, LawreviewError):
            return None
        if law.document.sha256 != sha256:
            return None
        return dataclasses.replace(law, document=dataclasses.replace(law.document, path=str(path)))

    def store(self, law: Law, *, password: bool, ocr: bool) -> None:
        """Keep the law's extraction (keyed by its document's content and
        extension); a cache that cannot be written is skipped."""
        suffix = Path(law.document.path).suffix
        entry = self.entry(law.document.sha256, suffix, password=password, ocr=ocr)
        data = {
            "cache": CACHE_FORMAT,
            "extractor": extractor_version(),
            "law": law_dict(law),
            "layout": paragraph_layout(law),
            "document_warnings": list(law.document.warnings),
        }
        _write_entry(entry, data)


@dataclasses.dataclass(frozen=True)
class AssessmentCache:
    """A directory of assessments (see the module docstring)."""

    directory: Path

    def entry(
        self, laws: tuple[Law, ...], standards: StandardSet, jurisdiction: str | None
    ) -> Path:
        _, content = standards_fingerprint(standards)
        key_parts = [
            analysis_version(),
            content,
            repr(sorted(standards.selected)),
            repr(sorted(standards.parameters)),
            jurisdiction or "",
            *(f"{law.document.path}:{law.document.sha256}" for law in laws),
        ]
        key = hashlib.sha256("|".join(key_parts).encode()).hexdigest()
        return self.directory / "assessments" / key[:2] / f"{key}.json"

    def load(
        self, laws: tuple[Law, ...], standards: StandardSet, jurisdiction: str | None
    ) -> Assessment | None:
        """The cached assessment of these laws, or None (absent or unreadable)."""
        entry = self.entry(laws, standards, jurisdiction)
        try:
            data: Any = json.loads(entry.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("cache") != ASSESSMENT_CACHE_FORMAT:
                return None
            return assessment_from_dict(data["assessment"], str(entry))
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, LawreviewError):
            return None

    def store(
        self,
        laws: tuple[Law, ...],
        standards: StandardSet,
        assessment: Assessment,
    ) -> None:
        """Keep an assessment; a cache that cannot be written is skipped."""
        entry = self.entry(laws, standards, assessment.jurisdiction)
        data = {"cache": ASSESSMENT_CACHE_FORMAT, "assessment": assessment_dict(assessment)}
        _write_entry(entry, data)


def _write_entry(entry: Path, data: dict[str, Any]) -> None:
    """Write a cache entry atomically; an unwritable cache is skipped."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=f".{entry.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, entry)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
