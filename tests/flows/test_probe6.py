"""Probe 6: hostile input that got through, found by a probe that read the rules but not the fixes; each test is a
defect now fixed (the last, a tab between an ID's groups, by probe 7's round).

Every test is small and self-contained: a file (and sidecar) written under ``tmp_path``, then ``gongkai audit``'s
in-process function, the inline service (``flows.service.Service``, as ``gongkai watch --once --engine inline``) or a
``gongkai`` command through ``flows.cli.main``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from probe_helpers import gongwen, run_service

from flows.cli import main as cli

ID = "640522197001205822"  # a valid 18-digit 公民身份号码 (check character 2)
CARD = "6225881777631706698"
MOBILE = "13093393106"


def drop(root: Path, rel: str, text: str, encoding: str = "utf-8") -> Path:
    p = root / "inbox" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(encoding))
    return p


def all_names(root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in root.rglob("*")]


# -- 1. a deeply nested sidecar JSON stops `gongkai audit` (RecursionError is not a ValueError) ------------
def test_deeply_nested_sidecar_json_is_a_warning(tmp_path):
    from classifiers.audit import audit_path

    doc = tmp_path / "通知.txt"
    doc.write_text(gongwen(), encoding="utf-8")
    (tmp_path / "通知.txt.json").write_text("[" * 100_000, encoding="utf-8")  # 100 kB, under the 1 MiB limit
    result = audit_path(doc)  # README: "A malformed sidecar is a warning, not a failure."
    assert result.decision.value != "error"


# -- 2. a full ID number with a full-width space, NBSP, tab or an invisible character inside is not found ------
SPLIT_IDS = {
    "ideographic-space": f"{ID[:6]}\u3000{ID[6:14]}\u3000{ID[14:]}",  # what a Chinese IME's space key types
    "no-break-space": f"{ID[:6]}\u00a0{ID[6:14]}\u00a0{ID[14:]}",      # Word's Ctrl+Shift+Space
    "tab": f"{ID[:6]}\t{ID[6:14]}\t{ID[14:]}",
    "zero-width-space": f"{ID[:6]}\u200b{ID[6:]}",
    "soft-hyphen": f"{ID[:6]}\u00ad{ID[6:]}",
}


# a tab: joined only into a valid ID grouped as one (6-8-4 …) and not filling a tab table's columns (_scan._broken)
@pytest.mark.parametrize("form", sorted(SPLIT_IDS))
def test_split_id_number_is_personal_data(tmp_path, form):
    from classifiers.audit import audit_path

    doc = tmp_path / "公示.txt"
    doc.write_text(gongwen("关于发放创业补贴的公示", body=f"经审核，张三符合条件，身份证号{SPLIT_IDS[form]}。"), encoding="utf-8")
    result = audit_path(doc)
    assert "PERSONAL_DATA" in {f.code.value if hasattr(f.code, "value") else str(f.code) for f in result.findings}
    assert result.decision.value != "approve"


# -- 3. mask_text lets through numbers the detectors themselves call a mobile (dots, double spaces) ----------
@pytest.mark.parametrize("shown", [f"{MOBILE[:3]}.{MOBILE[3:7]}.{MOBILE[7:]}", f"{MOBILE[:3]}  {MOBILE[3:7]}  {MOBILE[7:]}",
                                   f"{ID[:6]}\u3000{ID[6:14]}\u3000{ID[14:]}", f"{CARD[:4]}\u3000{CARD[4:8]}\u3000{CARD[8:]}"])
def test_file_name_number_masked_in_the_contract(tmp_path, shown):
    from classifiers.audit import audit_path

    doc = tmp_path / f"联系{shown}.txt"
    doc.write_text(gongwen(), encoding="utf-8")
    text = json.dumps(audit_path(doc).to_contract(), ensure_ascii=False)
    digits = "".join(ch for ch in shown if ch.isdigit())
    joined = re.sub(r"[\s.]", "", text)  # \s is Unicode: U+3000 and NBSP too
    assert digits not in joined, "the full number in the result contract"


# -- 4. the flag report and result JSON are *named* after the file: a full ID in the name is kept there --------
def test_report_names_carry_no_full_id(tmp_path):
    root = tmp_path / "root"
    drop(root, f"名单{ID}.txt", gongwen())
    assert len(run_service(root)) == 1
    names = [n for n in all_names(root / "reports")]
    assert names and not [n for n in names if ID in n]
    from storage import Ledger

    ledger = Ledger.for_root(root)
    try:
        (run,) = ledger.latest_runs()
        assert ID not in run.file_name and run.file_name.endswith(".txt")
        assert ledger.run(f"名单{ID}.txt").id == run.id, "the name as typed still finds the run"
    finally:
        ledger.close()


# -- 5. a control character python-docx refuses: the 退文通知单 cannot be written ---------------------------------
@pytest.mark.parametrize("name,title", [("垂直\x0b制表.txt", "关于做好就业服务工作的通知"),
                                        ("响铃.txt", "关于做好\x07就业服务工作的通知")], ids=["name", "title"])
def test_returned_file_with_control_character_is_returned(tmp_path, name, title):
    root = tmp_path / "root"
    drop(root, name, gongwen(title, attribute=None))  # unmarked → return
    out = run_service(root)
    assert [o.decision for o in out] == ["return"]
    assert list((root / "returned").rglob("*.退文通知单.docx"))


def test_review_return_comment_with_control_character(tmp_path, capsys):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())
    assert [o.decision for o in run_service(root)] == ["approve"]
    rc = cli(["review", "return", "--root", str(root), "通知.txt", "--reviewer", "李审核", "--comment", "请改\x0b正文"])
    assert rc == 0
    assert list((root / "returned").rglob("*.退文通知单.docx"))


# -- 6. a control character in a reviewer's comment breaks every later register export -------------------------
def test_register_with_control_character_in_comment(tmp_path, capsys):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())
    assert [o.decision for o in run_service(root)] == ["approve"]
    assert cli(["review", "approve", "--root", str(root), "通知.txt", "--reviewer", "王审核", "--attribute", "主动公开",
                "--comment", "同意\x01"]) == 0
    today = dt.date.today().isoformat()
    assert cli(["report", "register", "--root", str(root), "--from", "2000-01-01", "--to", today]) == 0
    assert list((root / "reports").glob("*.xlsx"))


# -- 7. a document dropped at the top of the inbox (no 科室) breaks the monthly workbook ---------------------------
def test_monthly_with_a_document_without_department(tmp_path, capsys):
    root = tmp_path / "root"
    drop(root, "通知.txt", gongwen())  # top level: no 科室
    assert len(run_service(root)) == 1
    today = dt.date.today()
    assert cli(["report", "monthly", "--root", str(root), f"{today.year:04d}-{today.month:02d}"]) == 0


# -- 8. a 科室 name holding matplotlib mathtext ($^^$) breaks the monthly charts ---------------------------------
def test_monthly_with_mathtext_in_department(tmp_path, capsys):
    root = tmp_path / "root"
    drop(root, "科$^^$/通知.txt", gongwen())
    assert len(run_service(root)) == 1
    today = dt.date.today()
    assert cli(["report", "monthly", "--root", str(root), f"{today.year:04d}-{today.month:02d}"]) == 0


# -- 9. the OA API ----------------------------------------------------------------------------------------------
def _api(tmp_path):
    """(TestClient, Authorization header, root) over a fresh root with one OA token."""
    from fastapi.testclient import TestClient

    from flows.web import create_app
    from flows.web.auth import new_token, sha256
    from storage import Ledger
    from storage.people import People

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    ledger = Ledger.for_root(root)
    token = new_token()
    People(ledger).add_user("OA", "oa", token_hash=sha256(token))
    ledger.close()
    app = create_app(root, webhooks=False)
    return TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False), {"Authorization": f"Bearer {token}"}, root


@pytest.mark.parametrize("sidecar", ["[" * 100_000, '{"a": 1' + "0" * 5000 + "}"], ids=["nested", "long-int"])
def test_api_hostile_sidecar_is_a_clear_error(tmp_path, sidecar):
    client, headers, _ = _api(tmp_path)
    with client:
        r = client.post("/api/v1/documents", files={"file": ("a.txt", gongwen().encode())}, data={"sidecar": sidecar},
                        headers=headers)
    assert r.status_code in (202, 422)


def test_api_status_masks_the_file_name(tmp_path):
    client, headers, _ = _api(tmp_path)
    with client:
        sub = client.post("/api/v1/documents", files={"file": (f"名单{ID}.txt", gongwen().encode())}, headers=headers).json()
        body = client.get(f"/api/v1/documents/{sub['id']}", headers=headers).text
    assert ID not in body


def test_api_upload_named_like_a_sidecar(tmp_path):
    client, headers, root = _api(tmp_path)
    with client:
        first = client.post("/api/v1/documents", files={"file": ("甲.txt", gongwen(attribute=None).encode())},
                            headers=headers).json()["id"]
        form = json.dumps({"公开属性": "主动公开"}, ensure_ascii=False).encode()
        r = client.post("/api/v1/documents", files={"file": ("甲.txt.json", form)}, headers=headers)
        out = run_service(root)
        first_status = client.get(f"/api/v1/documents/{first}", headers=headers).json()
        second_status = client.get(f"/api/v1/documents/{r.json()['id']}", headers=headers).json() if r.status_code == 202 else None
    assert [o.decision for o in out] == ["return"], "the unmarked 公文 is returned: no one else's form may mark it"
    assert first_status["result"]["marking"] is None
    assert second_status is None or second_status["status"] != "queued", "a submission that is never audited"


# -- 10. a line of small numbers separated by spaces: the detectors' group splitting is cubic ---------------------
def test_a_row_of_small_numbers_audits_quickly(tmp_path):
    import subprocess
    import sys

    doc = tmp_path / "统计.txt"
    doc.write_text(gongwen("关于2026年就业情况统计的通知", body="各项人数：" + "12 " * 3000), encoding="utf-8")
    try:  # a plain audit of this size takes about a second in a cold process
        p = subprocess.run([sys.executable, "-m", "flows.cli", "audit", str(doc), "--json"], capture_output=True,
                           timeout=20, cwd=Path(__file__).resolve().parents[2])
    except subprocess.TimeoutExpired:
        pytest.fail("gongkai audit still running after 20 s on a 9 KB text")
    assert p.returncode in (0, 1)
