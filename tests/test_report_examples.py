"""The example reports committed under reports/ are what `python reports/build.py`
writes today: a change in the engine or the templates shows as a reviewed diff."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def test_committed_examples_are_current():
    spec = importlib.util.spec_from_file_location("reports_build", ROOT / "reports" / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    outputs = build.build()
    assert {p.parent.name for p in outputs} >= {"varanda", "lorvia"}
    stale = [
        str(path)
        for path, data in outputs.items()
        if not (ROOT / path).is_file() or (ROOT / path).read_bytes() != data
    ]
    assert not stale, f"out of date, run `python reports/build.py`: {stale}"
