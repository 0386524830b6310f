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


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.cjk_font) if n.startswith("pdf_") else n
                                  for n in sorted(FIXTURES)])
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
    diffs = differences(json.loads(gold.read_text(encoding="utf-8")), json.loads(text))
    assert not diffs, f"{name} differs from {gold.name}: " + "; ".join(diffs[:8])


#: Positions may move this much (points). The sample PDFs name a CJK font without embedding it, so a
#: glyph's box comes from whichever font the reading machine substitutes: Noto CJK, WenQuanYi, or
#: pdfium's built-in fallback on a machine with no CJK font at all. Text, order and zones may not move.
BBOX_TOLERANCE = 4.0


def differences(gold, got, path: str = "") -> list[str]:
    """Where ``got`` differs from ``gold``: exact everywhere except bbox coordinates, within the tolerance."""
    if isinstance(gold, dict) and isinstance(got, dict):
        out = [f"{path}/{k}: only in {'golden' if k in gold else 'new'}" for k in sorted(set(gold) ^ set(got))]
        for k in sorted(set(gold) & set(got)):
            out += differences(gold[k], got[k], f"{path}/{k}")
        return out
    if isinstance(gold, list) and isinstance(got, list):
        if len(gold) != len(got):
            return [f"{path}: {len(gold)} items in golden, {len(got)} now"]
        return [d for i, (a, b) in enumerate(zip(gold, got)) for d in differences(a, b, f"{path}[{i}]")]
    near = "/bbox[" in path and isinstance(gold, (int, float)) and isinstance(got, (int, float))
    if near and abs(gold - got) <= BBOX_TOLERANCE:
        return []
    return [] if gold == got else [f"{path}: {gold!r} → {got!r}"]


def test_golden_round_trip(extracted):
    """Every golden-able Document survives to_dict/from_dict unchanged."""
    from extractors.model import Document

    for name, doc in extracted.items():
        assert Document.from_dict(doc.to_dict()) == doc, name
