"""Real-world PDFs that broke PDF libraries (`../shared/pdf-zoo`): extraction
gives a `Law` or a typed `LawreviewError`, never another exception, a crash or
a hang. Each file runs in its own process with a timeout, so a segfault or an
endless loop in PDFium fails one test instead of the run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, validate_law_json

import lawreview
from lawreview import model
from lawreview.analysis.serialize import assessment_dict
from lawreview.model import EncryptedDocumentError, LawreviewError

ZOO = Path(__file__).resolve().parents[2] / "shared" / "pdf-zoo"
if not ZOO.is_dir():
    pytest.skip(
        f"the real-world PDFs are absent: {ZOO} (shared/ beside the checkout) does not exist",
        allow_module_level=True,
    )
ZOO_PDFS = sorted(ZOO.glob("*.pdf"))
TIMEOUT = 60

EXTRACT_ONE = """
import json, sys
import lawreview
from lawreview.model import LawreviewError

path, password = sys.argv[1], sys.argv[2] or None
try:
    law = lawreview.extract(path, password=password)
except LawreviewError as error:
    print(json.dumps({"error": type(error).__name__, "message": str(error)}))
else:
    print(json.dumps({"law": json.loads(lawreview.render_law(law, "json"))}))
"""


def test_the_zoo_is_there() -> None:
    assert len(ZOO_PDFS) >= 50
    assert ZOO / "password-example.pdf" in ZOO_PDFS


def password_for(pdf: Path) -> str | None:
    return "test" if "password" in pdf.name else None


@pytest.mark.parametrize("pdf", ZOO_PDFS, ids=lambda p: p.name)
def test_extract_gives_a_law_or_a_typed_error(pdf: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", EXTRACT_ONE, str(pdf), password_for(pdf) or ""],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"crashed (exit {result.returncode}):\n{result.stderr}"
    outcome = json.loads(result.stdout)
    if "law" in outcome:
        validate_law_json(outcome["law"])
        assert outcome["law"]["source"]["path"] == str(pdf)
    else:
        error_type = getattr(model, outcome["error"], None)
        assert isinstance(error_type, type)
        assert issubclass(error_type, LawreviewError)
        assert outcome["message"].startswith(f"{pdf}: ")


def test_password_example_needs_its_password() -> None:
    pdf = ZOO / "password-example.pdf"
    with pytest.raises(EncryptedDocumentError, match="--password"):
        lawreview.extract(pdf)
    with pytest.raises(EncryptedDocumentError, match="does not open"):
        lawreview.extract(pdf, password="not-the-password")
    assert lawreview.extract(pdf, password="test").document.text


def test_real_world_text_analyses_into_traceable_findings() -> None:
    """Every zoo PDF that extracts is analysed against the whole library
    without error, into a schema-valid assessment whose every quote is the
    document's text at its offsets (the analysis was tuned on sample laws;
    real-world text must not break it)."""
    schema = json.loads(
        (ROOT / "lawreview" / "schemas" / "assessment.schema.json").read_text(encoding="utf-8")
    )
    validator = jsonschema.Draft202012Validator(schema)
    standards = lawreview.load_standards()
    analysed = 0
    for pdf in ZOO_PDFS:
        try:
            law = lawreview.extract(pdf, password=password_for(pdf))
        except LawreviewError:
            continue
        assessment = lawreview.analyze([law], standards)
        assert len(assessment.findings) == len(standards.requirements())
        validator.validate(json.loads(json.dumps(assessment_dict(assessment))))
        for finding in assessment.findings:
            for evidence in finding.evidence:
                assert law.document.text[evidence.start : evidence.end] == evidence.quote, pdf
        analysed += 1
    assert analysed >= 35
