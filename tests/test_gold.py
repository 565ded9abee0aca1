"""Extraction of every sample law, in every format, against its hand-written gold."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import lawreview
from lawreview.structure.gold import load_gold, score_structure

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "corpora" / "gold").glob("*.structure.json"))
SCHEMA = json.loads((ROOT / "lawreview" / "schemas" / "law.schema.json").read_text())


def test_every_sample_has_gold() -> None:
    samples = {p.stem for p in (ROOT / "corpora" / "samples").glob("*.pdf")}
    assert samples == {p.name.removesuffix(".structure.json") for p in GOLD}
    assert len(samples) >= 5


@pytest.mark.parametrize("suffix", [".pdf", ".txt", ".docx", ".html"])
@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.name.split(".")[0])
def test_extraction_matches_gold(gold_file: Path, suffix: str) -> None:
    gold = load_gold(gold_file)
    source = (ROOT / gold["source"]).with_suffix(suffix)
    law = lawreview.extract(source)
    score = score_structure(law, gold, pages=suffix == ".pdf")
    assert score.missing == ()
    assert score.extra == ()
    assert score.wrong_page == ()
    assert score.wrong_heading == ()


@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.name.split(".")[0])
def test_json_output_follows_the_schema(gold_file: Path) -> None:
    law = lawreview.extract(ROOT / load_gold(gold_file)["source"])
    document = json.loads(lawreview.render_law(law, "json"))
    jsonschema.validate(document, SCHEMA)
    assert document["source"]["page_count"] == law.document.page_count
    for reference in document["references"]:
        assert document["text"][reference["start"] : reference["end"]] == reference["text"]


def test_scoring_notices_a_wrong_page_and_a_missing_provision() -> None:
    """The gold comparison itself can fail."""
    gold = load_gold(GOLD[0])
    law = lawreview.extract(ROOT / gold["source"])
    tampered = {"provisions": [dict(p) for p in gold["provisions"]]}
    tampered["provisions"][0]["page"] += 1
    tampered["provisions"].append({"eid": "sec_999", "heading": None, "page": 1})
    score = score_structure(law, tampered)
    assert score.missing == ("sec_999",)
    assert len(score.wrong_page) == 1
    assert not score.exact
