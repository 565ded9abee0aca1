"""The YAML checklists ship inside the package, and every subpackage is listed."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_every_subpackage_is_listed_in_pyproject():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "lawreview").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    assert setuptools["package-dir"]["lawreview.standards_data"] == "standards"


def test_package_data_covers_every_shipped_file():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["lawreview.standards_data"]
    standards = ROOT / "standards"
    shipped = {p for pattern in patterns for p in standards.glob(pattern)}
    needed = {
        *standards.glob("*.yaml"),
        *standards.glob("profiles/*.yaml"),
        *standards.glob("schema/*.json"),
    }
    assert needed and needed <= shipped
