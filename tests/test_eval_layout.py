"""The layout scorer (bench/eval_layout.py) and, slow, the frozen independent layout set of issue 10."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bench.eval_layout import CODES, evaluate, find_leaks

HERE = Path(__file__).resolve().parent.parent / "bench" / "layout_eval"

NOTICE = ("关于做好养老保险费征缴工作的通知\n\n各县（区）人力资源和社会保障局：\n    现将有关事项通知如下。{extra}\n\n"
          "澄川市人力资源和社会保障局\n2026年11月20日\n{mark}\n")


def _set(root: Path, docs: list[tuple[str, str, dict]]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "truth.jsonl", "w", encoding="utf-8") as f:
        for name, text, truth in docs:
            (root / name).write_text(text, encoding="utf-8")
            f.write(json.dumps({"file": name, "format": "txt", "case": name[:-4], **truth}, ensure_ascii=False) + "\n")
    return root


def test_scorer_counts_codes_attribute_and_misses(tmp_path):
    root = _set(tmp_path / "set", [
        ("clean.txt", NOTICE.format(extra="", mark="（此件公开发布）"), {"attribute": "主动公开", "codes": [], "numbers": []}),
        ("missing.txt", NOTICE.format(extra="联系人手机13912345678。", mark=""),
         {"attribute": None, "codes": ["LABEL_MISSING"], "numbers": ["13912345678"]}),
        # truth says invalid, the document is clean: a false negative for LABEL_INVALID, an attribute miss
        ("wrong_truth.txt", NOTICE.format(extra="", mark="（此件公开发布）"),
         {"attribute": "依申请公开", "codes": ["LABEL_INVALID"], "numbers": []}),
    ])
    out = io.StringIO()
    res = evaluate(root, out=out, scratch=tmp_path / "scratch")
    text = out.getvalue()
    assert res["n"] == 3 and set(res["per_code"]) == set(CODES)
    assert res["per_code"]["LABEL_MISSING"] == {"precision": 1.0, "recall": 1.0, "support": 1, "tp": 1, "fp": 0, "fn": 0}
    assert res["per_code"]["LABEL_INVALID"]["recall"] == 0.0 and not res["ok"]
    assert abs(res["attribute_accuracy"] - 2 / 3) < 1e-9
    assert [m[0] for m in res["misses"]] == ["wrong_truth"] and "wrong_truth" in text
    assert res["leaks"] == [] and "leak check: no planted number" in text
    # the scratch folder holds what the service writes: contract, flag report, and the notice when returned
    written = {p.name for p in (tmp_path / "scratch").rglob("*") if p.is_file()}
    assert "missing.result.json" in written and "missing.退文通知单.docx" in written and "missing.审查报告.html" in written
    assert "register.xlsx" in written


def test_leak_finder_reads_docx_xml_and_separated_digits(tmp_path):
    doc = tmp_path / "n.docx"
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("word/document.xml", "<w:p><w:r><w:t>1391234</w:t></w:r><w:r><w:t>5678</w:t></w:r></w:p>")
    txt = tmp_path / "t.html"
    txt.write_text("电话 139 1234 5678", encoding="utf-8")
    clean = tmp_path / "c.json"
    clean.write_text('{"title": "139****5678"}', encoding="utf-8")
    leaks = find_leaks([doc, txt, clean], {"13912345678"})
    assert sorted(where for _, where in leaks) == ["n.docx:word/document.xml (text)", "t.html"]


# --- the frozen independent set (bench/layout_eval), issue 10's targets -----------------------------

TARGET = 0.95


@pytest.mark.slow
def test_independent_layout_set(tmp_path):
    gen = HERE / "gen_layout_eval.py"
    if not gen.exists():
        pytest.skip("bench/layout_eval is not in this tree")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    cmd = [sys.executable, str(gen), str(tmp_path / "set")]
    cmd += ["--soffice", soffice] if soffice else ["--no-pdf"]  # without LibreOffice the PDF part is skipped
    subprocess.run(cmd, check=True, capture_output=True, timeout=1800)
    out = io.StringIO()
    res = evaluate(tmp_path / "set", out=out, scratch=tmp_path / "scratch")
    print(out.getvalue())
    assert res["leaks"] == [], res["leaks"]  # no full number in any output: met on this branch, never xfail
    figures = ", ".join(f"{c} P={v['precision']:.2f} R={v['recall']:.2f}" for c, v in res["per_code"].items())
    missed = [c for c, v in res["per_code"].items() if v["precision"] < TARGET or v["recall"] < TARGET]
    if missed:
        # measured on branch layout2 (masking, metadata, nature; no structure work yet): LABEL_MISSING P=0.21
        # R=0.88, LABEL_INVALID P=0.40 R=0.80, LABEL_CONFLICT P=0.29 R=0.40, FORWARD_MISMATCH P=1.00 R=0.25
        pytest.xfail(f"issue 10 targets not met before the document-structure work (branch layout) is merged: {figures}")
    assert not missed
