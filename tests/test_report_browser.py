"""The HTML report in a real browser: headless Chromium through selenium.

No console errors (the Content-Security-Policy lets the report's own style and
script run), a filter hides rows, the search finds words of the law, and the
report prints to PDF. A screenshot of the first screen and the PDF are kept in
test-artifacts/ (git-ignored).

Without Chromium the test skips, unless LAWREVIEW_REQUIRE_BROWSER=1 (set by
.ci/run), when it fails instead.
"""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES

from lawreview import api, render

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def _unavailable(reason: str) -> None:
    if os.environ.get("LAWREVIEW_REQUIRE_BROWSER") == "1":
        pytest.fail(f"LAWREVIEW_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[test]')")
    if CHROMIUM is None or CHROMEDRIVER is None:
        _unavailable(
            "chromium and chromium-driver are not installed "
            "(apt-get install -y chromium chromium-driver)"
        )
    profile = tempfile.mkdtemp(prefix="lawreview-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    standards = api.load_standards(profile="child-trafficking")
    assessment = api.analyze(
        [SAMPLES / "varanda-tip-act-2019.pdf"], standards, jurisdiction="Republic of Varanda"
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(str(render(assessment, "html")), encoding="utf-8")
    return path


def _visible_rows(driver: Any) -> int:
    return int(
        driver.execute_script(
            "return Array.prototype.filter.call("
            "document.querySelectorAll('table.matrix tbody tr'), r => !r.hidden).length;"
        )
    )


def test_report_in_a_browser(browser: Any, report_file: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(report_file.as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "report-first-screen.png"))

    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert not errors, errors

    form = browser.find_element(By.ID, "filters")
    assert form.is_displayed(), "the script ran and showed the filters"
    total = _visible_rows(browser)
    assert total > 20

    Select(form.find_element(By.NAME, "status")).select_by_value("missing")
    missing = _visible_rows(browser)
    assert 0 < missing < total
    statuses = browser.execute_script(
        "return Array.from(document.querySelectorAll('table.matrix tbody tr'))"
        ".filter(r => !r.hidden).map(r => r.dataset.status);"
    )
    assert set(statuses) == {"missing"}
    counter = browser.find_element(By.ID, "filter-count").text
    assert counter.startswith(f"{missing} of {total}")
    articles = browser.execute_script(
        "return Array.from(document.querySelectorAll('article.obligation'))"
        ".filter(a => !a.hidden).length;"
    )
    assert articles == missing, "the analysis follows the matrix"

    browser.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    # The form's fields are reset only after the reset event, so the script
    # filters again on the next turn of the event loop: wait for it.
    WebDriverWait(browser, 5).until(lambda driver: _visible_rows(driver) == total)
    search = form.find_element(By.NAME, "q")
    search.send_keys("harbouring")
    found = _visible_rows(browser)
    assert 0 < found < total
    search.clear()
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()

    pdf = browser.execute_cdp_cmd(
        "Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True}
    )
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF") and len(data) > 50_000
    (ARTIFACTS / "report-print.pdf").write_bytes(data)


def test_report_reads_on_a_phone(browser: Any, report_file: Path) -> None:
    browser.set_window_size(390, 844)
    try:
        browser.get(report_file.as_uri())
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth;"
        )
        assert overflow <= 1, "no sideways scrolling on a phone"
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "report-phone.png"))
    finally:
        browser.set_window_size(1280, 900)
