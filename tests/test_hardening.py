"""Guards and safe writing: the page, time and memory budgets, decompression
bombs, the extraction cache and its law@1 round trip, file names from titles,
atomic writes, safe YAML loading, and loaders that raise only their own error
on any YAML."""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SAMPLES, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lawreview
from lawreview import api, cache
from lawreview.batch import ManifestError, load_manifest
from lawreview.budget import run_within
from lawreview.model import BudgetExceededError, InputError, LawreviewError, StandardsError
from lawreview.output import MAX_SLUG, slug, unique_slugs, write_atomic
from lawreview.review import DecisionsError, load_decisions, write_decisions
from lawreview.structure.export import law_dict
from lawreview.structure.load import law_from_dict, paragraph_layout

VARANDA = SAMPLES / "varanda-tip-act-2019.pdf"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file())

# --- the law@1 round trip the cache relies on ----------------------------------------


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_law_from_dict_rebuilds_every_sample_exactly(path: Path) -> None:
    law = lawreview.extract(path)
    data = json.loads(json.dumps(law_dict(law)))  # through JSON text, as the cache stores it
    assert law_from_dict(data, paragraph_layout(law), law.document.warnings) == law


def test_law_from_dict_without_layout_keeps_tree_and_text() -> None:
    law = lawreview.extract(VARANDA)
    back = law_from_dict(law_dict(law))
    assert back.provisions == law.provisions
    assert back.document.text == law.document.text
    assert back.definitions == law.definitions and back.references == law.references


@pytest.mark.parametrize(
    "data",
    [{}, {"schema": "other"}, {"schema": "lawreview/law@1"}, [], "text"],
    ids=["empty", "other schema", "keys missing", "a list", "a string"],
)
def test_law_from_dict_refuses_other_data_with_its_error(data: object) -> None:
    with pytest.raises(LawreviewError, match="law@1"):
        law_from_dict(data)


# --- the extraction cache ---------------------------------------------------------


def test_second_extraction_is_read_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    first = api.extract(VARANDA, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*/*.json"))) == 1

    def no_extraction(*args: object) -> None:
        raise AssertionError("extracted again despite the cache")

    monkeypatch.setattr(api, "_extract_now", no_extraction)
    assert api.extract(VARANDA, cache_dir=tmp_path) == first
    copy = tmp_path / "copy.pdf"  # same content elsewhere: cached, under its own path
    copy.write_bytes(VARANDA.read_bytes())
    moved = api.extract(copy, cache_dir=tmp_path)
    assert moved.document.path == str(copy)
    assert moved.provisions == first.provisions


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "",
        lambda text: "[]",
        lambda text: text.replace('"provisions"', '"provisionz"'),
        lambda text: text.replace(cache.extractor_version(), "0.0.1+old"),
        lambda text: "\udcff",
    ],
    ids=["truncated", "empty", "not an entry", "a key renamed", "another extractor", "not UTF-8"],
)
def test_a_corrupt_cache_entry_is_ignored_and_rewritten(tmp_path: Path, damage) -> None:
    law = api.extract(VARANDA, cache_dir=tmp_path)
    (entry,) = tmp_path.glob("*/*.json")
    text = entry.read_text(encoding="utf-8")
    entry.write_bytes(damage(text).encode("utf-8", errors="surrogateescape"))
    assert api.extract(VARANDA, cache_dir=tmp_path) == law
    assert entry.read_text(encoding="utf-8") == text


def test_cache_key_follows_content_options_and_extractor(monkeypatch, tmp_path: Path) -> None:
    store = cache.ExtractionCache(tmp_path)
    sha = "a" * 64
    keys = {
        store.entry(sha, ".pdf", password=False, ocr=False),
        store.entry(sha, ".pdf", password=True, ocr=False),
        store.entry(sha, ".pdf", password=False, ocr=True),
        store.entry(sha, ".docx", password=False, ocr=False),
        store.entry("b" * 64, ".pdf", password=False, ocr=False),
    }
    assert len(keys) == 5
    assert store.entry(sha, ".PDF", password=False, ocr=False) in keys
    before = store.entry(sha, ".pdf", password=False, ocr=False)
    monkeypatch.setattr(cache, "extractor_version", lambda: "9.9.9+changed")
    assert store.entry(sha, ".pdf", password=False, ocr=False) != before


def test_a_cached_file_renamed_to_another_extension_is_still_refused(tmp_path: Path) -> None:
    """A regression: a PDF named .docx was served from the cache of its .pdf twin."""
    api.extract(VARANDA, cache_dir=tmp_path)
    mislabelled = tmp_path / "law.docx"
    mislabelled.write_bytes(VARANDA.read_bytes())
    with pytest.raises(InputError, match=r"rename it to \.pdf"):
        api.extract(mislabelled, cache_dir=tmp_path)


def test_default_cache_dir_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(tmp_path / "c"))
    assert cache.default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv(cache.ENV_CACHE_DIR)
    assert cache.default_cache_dir().name == "lawreview"


def test_cli_uses_the_cache_and_no_cache_leaves_it_alone(tmp_path: Path) -> None:
    cached, uncached = tmp_path / "cached", tmp_path / "uncached"
    first = run_cli("extract", VARANDA, "--cache-dir", cached)
    second = run_cli("extract", VARANDA, "--cache-dir", cached)
    third = run_cli("extract", VARANDA, "--cache-dir", uncached, "--no-cache")
    assert first.returncode == second.returncode == third.returncode == 0
    assert first.stdout == second.stdout == third.stdout
    assert len(list(cached.glob("*/*.json"))) == 1
    assert not uncached.exists()


# --- budgets ----------------------------------------------------------------------


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def raise_input_error(path: str) -> None:
    raise InputError("is broken in a way the child noticed", path)


def test_a_hang_is_stopped_at_the_time_budget() -> None:
    started = time.monotonic()
    with pytest.raises(BudgetExceededError, match=r"law\.pdf: took longer .* --timeout"):
        run_within(sleep_for, 60, subject="law.pdf", timeout=0.5)
    assert time.monotonic() - started < 10
    assert run_within(sleep_for, 0, subject="law.pdf", timeout=30) == "woke"


def test_a_blow_up_is_stopped_at_the_memory_budget() -> None:
    with pytest.raises(BudgetExceededError, match=r"law\.pdf: needed more .* --max-memory"):
        run_within(allocate, 2048, subject="law.pdf", max_memory_mb=200)
    assert run_within(allocate, 10, subject="law.pdf", max_memory_mb=200) == 10 * 1024 * 1024


def test_the_child_s_own_input_error_comes_back_unchanged() -> None:
    with pytest.raises(InputError) as raised:
        run_within(raise_input_error, "x.pdf", subject="x.pdf", timeout=30)
    assert type(raised.value) is InputError
    assert raised.value.path == "x.pdf"
    assert str(raised.value) == "x.pdf: is broken in a way the child noticed"


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (["--timeout", "0.01"], ["time budget", "--timeout"]),
        (["--max-memory", "1"], ["memory budget", "--max-memory"]),
        (["--max-pages", "3"], ["more than the limit of 3", "--max-pages"]),
    ],
    ids=["timeout", "memory", "pages"],
)
def test_cli_budget_exceeded_exits_2_naming_file_and_flag(flags: list[str], words) -> None:
    result = run_cli("extract", VARANDA, "--no-cache", *flags)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"error: {VARANDA}: " in result.stderr
    for word in words:
        assert word in result.stderr


def test_docx_that_would_unpack_too_large_is_refused(monkeypatch, tmp_path: Path) -> None:
    from lawreview import ingest

    source = SAMPLES / "kestria-penal-code.docx"
    with zipfile.ZipFile(source) as archive:
        size = sum(i.file_size for i in archive.infolist())
    monkeypatch.setattr(ingest, "MAX_ARCHIVE_BYTES", size - 1)
    with pytest.raises(BudgetExceededError, match="decompression bomb"):
        lawreview.extract(source)
    monkeypatch.setattr(ingest, "MAX_ARCHIVE_BYTES", size)
    assert lawreview.extract(source).walk()


# --- names and writes -------------------------------------------------------------

SLUGS = [
    ("Republic of Varanda", "republic-of-varanda"),
    ("Côte d'Ivoire", "cote-d-ivoire"),
    ("../../etc/passwd", "etc-passwd"),
    (".hidden", "hidden"),
    ("a/b\\c:d", "a-b-c-d"),
    ("", "item"),
    ("法律", "item"),
    ("CON", "item-con"),
    ("x" * 200, "x" * MAX_SLUG),
]


@pytest.mark.parametrize(("title", "expected"), SLUGS)
def test_slug_is_a_safe_file_name(title: str, expected: str) -> None:
    assert slug(title) == expected


@given(st.text(max_size=300))
def test_any_title_gives_a_safe_name(title: str) -> None:
    name = slug(title)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", name)
    assert len(name) <= MAX_SLUG


def test_unique_slugs_number_repeats() -> None:
    assert unique_slugs(["Varanda", "varanda", "VARANDA!", "Kestria"]) == [
        "varanda",
        "varanda-2",
        "varanda-3",
        "kestria",
    ]


@pytest.mark.parametrize("failure", [KeyboardInterrupt, SystemExit, OSError])
def test_an_interrupted_write_leaves_the_previous_file(
    tmp_path: Path, monkeypatch, failure: type[BaseException]
) -> None:
    target = tmp_path / "assessment.json"
    target.write_text("previous", encoding="utf-8")
    decisions = tmp_path / "decisions.yaml"
    decisions.write_text("previous decisions", encoding="utf-8")

    def interrupted(*args: object) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(failure):
        write_atomic(target, "new", force=True)
    with pytest.raises(failure):
        write_decisions(decisions, "new decisions")
    assert target.read_text(encoding="utf-8") == "previous"
    assert decisions.read_text(encoding="utf-8") == "previous decisions"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "assessment.json",
        "decisions.yaml",
        "decisions.yaml.bak",
    ]


def test_write_atomic_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_atomic(target, "one", force=False)
    with pytest.raises(LawreviewError, match="--force"):
        write_atomic(target, "two", force=False)
    write_atomic(target, b"three", force=True)
    assert target.read_bytes() == b"three"


# --- nothing read from input is evaluated --------------------------------------------

UNSAFE = [
    (re.compile(r"\byaml\.load\((?![^)]*Safe)"), "yaml.load without a safe loader"),
    (re.compile(r"\byaml\.(unsafe_load|full_load|load_all)\("), "an unsafe YAML loader"),
    (re.compile(r"(?<![\w.])eval\("), "eval"),
    (re.compile(r"(?<![\w.])exec\("), "exec"),
    (re.compile(r"\bpickle\.loads?\("), "unpickling"),
]


def test_code_never_loads_yaml_unsafely_or_evaluates_input() -> None:
    sources = [ROOT / "cli.py", *sorted((ROOT / "lawreview").rglob("*.py"))]
    found = [
        f"{path.relative_to(ROOT)}:{number}: {what}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for pattern, what in UNSAFE
        if pattern.search(line)
    ]
    assert found == []


# --- loaders on any YAML: their own typed error, nothing else ---------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
keys = st.sampled_from(
    ["schema", "decisions", "requirement", "status", "jurisdictions", "name", "files",
     "instrument", "requirements", "id", "elements", "profile", "formats", "x"]
)  # fmt: skip
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=20,
)
yaml_texts = st.one_of(
    documents.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.text(max_size=200),
    st.sampled_from(
        [
            "!!python/object/apply:os.system [echo hacked]",
            "a: &x [*x]",
            "decisions: &x [*x]\njurisdictions: *x",
            "[" * 5000 + "]" * 5000,
            "{",
            "- - -\n  :",
            "schema: lawreview/decisions@1\ndecisions: [1, {requirement: a.b}]",
        ]
    ),
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def fuzz_file(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    return path


@FUZZ
@given(text=yaml_texts)
def test_decisions_loader_raises_only_its_own_error(tmp_path_factory, text: str) -> None:
    path = fuzz_file(tmp_path_factory.mktemp("decisions"), "d.yaml", text)
    try:
        load_decisions(path)
    except DecisionsError:
        pass
    except LawreviewError as error:  # an unreadable file (bytes that are not UTF-8)
        assert "cannot be read" in str(error)


@FUZZ
@given(text=yaml_texts)
def test_manifest_loader_raises_only_its_own_error(tmp_path_factory, text: str) -> None:
    path = fuzz_file(tmp_path_factory.mktemp("manifest"), "batch.yaml", text)
    try:
        load_manifest(path)
    except ManifestError:
        pass
    except LawreviewError as error:
        assert "cannot be read" in str(error)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=yaml_texts)
def test_standards_loader_raises_only_its_own_error(tmp_path_factory, text: str) -> None:
    path = fuzz_file(tmp_path_factory.mktemp("standards"), "mine.yaml", text)
    with contextlib.suppress(StandardsError):
        api.validate_standards([path])
