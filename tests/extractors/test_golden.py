"""Golden ``Document`` JSON for each generated feature sample (issue 3's list).

The golden files sit in ``golden/`` beside this test. A missing golden file fails the test; set
``GONGKAI_REGEN_GOLDEN=1`` to (re)write them after a deliberate change, then review the diff.
Volatile fields are left out: the file hash (zip timestamps), the path, and dates in metadata.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from samples.extract_fixtures import FIXTURES

GOLDEN = Path(__file__).parent / "golden"
VOLATILE_META = ("core:created", "core:modified", "core:lastPrinted", "pdf:CreationDate", "pdf:ModDate", "ofd:CreationDate",
                 "ofd:DocID", "app:TotalTime")


def normalise(doc) -> dict:
    d = doc.to_dict()
    d.pop("sha256")
    d["source"] = Path(d["source"]).name
    d["metadata"] = {k: v for k, v in d["metadata"].items() if k not in VOLATILE_META}
    if d.get("sidecar"):
        d["sidecar"]["path"] = Path(d["sidecar"]["path"]).name
    return d


def snapshot(name: str, path: Path) -> dict:
    from extractors import ExtractionError, extract
    from extractors.sidecar import attach_sidecar

    try:
        doc = extract(path, source=path.name)
    except ExtractionError as e:
        return {"error": type(e).__name__, "code": e.code, "reason_zh": e.reason_zh, "reason_en": e.reason_en}
    if name == "sidecar":
        doc = attach_sidecar(doc, path)
    return normalise(doc)


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_golden_document(name, fixtures):
    from extractors.pdf_ocr import ocr_available

    if name == "pdf_scanned" and ocr_available():
        pytest.skip("the golden file records the scan without the OCR extra")
    got = snapshot(name, fixtures[name])
    gold = GOLDEN / f"{name}.json"
    text = json.dumps(got, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if os.environ.get("GONGKAI_REGEN_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        gold.write_text(text, encoding="utf-8")
    assert gold.exists(), f"golden file {gold.name} missing; run with GONGKAI_REGEN_GOLDEN=1 and review it"
    assert json.loads(gold.read_text(encoding="utf-8")) == json.loads(text), f"{name} differs from {gold.name}"


def test_golden_round_trip(extracted):
    """Every golden-able Document survives to_dict/from_dict unchanged."""
    from extractors.model import Document

    for name, doc in extracted.items():
        assert Document.from_dict(doc.to_dict()) == doc, name
