"""Detectors on real files: a docx and a PDF 公示 list, hidden comments, and the decision table."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from classifiers import audit_path
from samples.docx_writer import write_docx
from samples.fake import Faker
from samples.pdf_writer import write_pdf
from samples.spec import GongwenSpec, Hidden, Table

F = Faker(3)
OLD_IDS = [f"640502850307{i:03d}" for i in range(3)]  # 15-digit numbers: found only by their column header
HIDDEN_ID = F.id_card()
MOBILES = [F.mobile() for _ in range(3)]
NAMES = [F.name() for _ in range(3)]


def _spec(note: str, comment: bool = True) -> GongwenSpec:
    rows = [("序号", "姓名", "身份证号", "联系电话")] + [(str(i + 1), NAMES[i], OLD_IDS[i], MOBILES[i]) for i in range(3)]
    return GongwenSpec(title="关于拟录用人员名单的公示", body=("经考察，现将拟录用人员名单公示如下。", Table(tuple(rows)), "公示期5个工作日。"),
                       notes=(note,), hidden=(Hidden("comment", "请核对身份证号" + HIDDEN_ID, 0, "张科长"),) if comment else ())


@pytest.mark.parametrize("writer, ext, hidden", [(write_docx, "docx", True), (write_pdf, "pdf", False)])
def test_public_list_is_returned_with_masked_evidence(tmp_path, default_config, writer, ext, hidden):
    r = audit_path(writer(_spec("（此件公开发布）"), tmp_path / f"list.{ext}"), default_config)
    pd = [f for f in r.findings if f.code == "PERSONAL_DATA"]
    assert str(r.decision) == "return"
    assert sorted(f.subtype for f in pd if f.visible) == ["id_card_15"] * 3 + ["mobile"] * 3 + ["name"] * 3
    assert [f.visible for f in pd if f.subtype == "id_card"] == ([False] if hidden else [])
    out = json.dumps(r.to_contract(), ensure_ascii=False)
    # (the sha256 and fingerprints are hex: look for the planted values, not for any digit pattern)
    assert not any(x in out for x in OLD_IDS + [HIDDEN_ID] + MOBILES)


def test_on_request_document_may_hold_personal_data(tmp_path, default_config):
    # (no hidden comment here: a comment is HIDDEN_CONTENT, returned whatever the attribute)
    # (a 公示 marked 依申请公开 contradicts its nature since issue 11: the list is sent as a 通知 here)
    spec = replace(_spec("（此件依申请公开）", comment=False), title="关于拟录用人员名单的通知")
    r = audit_path(write_docx(spec, tmp_path / "list.docx"), default_config)
    assert any(f.code == "PERSONAL_DATA" for f in r.findings)
    assert str(r.decision) == "approve"  # noted, not returned (decision table: PERSONAL_DATA note unless 主动公开)
