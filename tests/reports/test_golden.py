"""Golden files on the structured content of every report (not bytes): the flag report's findings,
the notice's paragraphs and tables, the register's and the monthly workbook's cells.

Inputs are built here — a hand-made Document and findings, seeded synthetic records — so the
goldens change only when the reports change, not when a detector's wording does. A missing golden
fails; ``GONGKAI_REGEN_GOLDEN=1`` rewrites them (then review the diff).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import lxml.html
import pytest

from classifiers.model import AuditResult, Decision, Finding, Marking, Opinion, Position, Severity
from extractors.model import Block, BlockKind, Document, GongwenFields, Zone

GOLDEN = Path(__file__).parent / "golden"
NOW = dt.datetime(2026, 11, 27, 9, 30)
ID1, ID2, MOBILE = "640104200412099083", "11010519801201759X", "13912345678"


def check(name: str, data) -> None:
    path = GOLDEN / f"{name}.json"
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    if os.environ.get("GONGKAI_REGEN_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"golden file missing: {path} (run with GONGKAI_REGEN_GOLDEN=1 and review)"
    assert json.loads(text) == json.loads(path.read_text(encoding="utf-8"))


def _result() -> AuditResult:
    P = lambda i, **kw: Position(block=i, part="word/document.xml", **kw)  # noqa: E731
    blocks = (
        Block(BlockKind.PARAGRAPH, "关于公布2026年第四批就业见习补贴发放名单的通知", P(0), zone=Zone.BODY, element="标题"),
        Block(BlockKind.PARAGRAPH, f"各县（区）人力资源和社会保障局：现将名单公布如下，咨询电话{MOBILE}（王某）。", P(1), zone=Zone.BODY, element="正文"),
        *[Block(BlockKind.TABLE_CELL, t, P(2 + k, cell=(0, r, c)), zone=Zone.BODY, element="正文")
          for k, (r, c, t) in enumerate([(0, 0, "序号"), (0, 1, "姓名"), (0, 2, "身份证号"), (1, 0, "1"), (1, 1, "马某某"), (1, 2, ID1),
                                         (2, 0, "2"), (2, 1, "李某"), (2, 2, ID2)])],
        Block(BlockKind.PARAGRAPH, "（此件公开发布）", P(11), zone=Zone.BODY, element="附注"),
        Block(BlockKind.PARAGRAPH, "公开方式：依申请公开", P(12), zone=Zone.RECORD, element="公开方式"),
        Block(BlockKind.COMMENT, f"核对后删除：联系人手机{MOBILE}", Position(block=13, part="word/comments.xml"), visible=False, note="批注；作者：张科长"),
        Block(BlockKind.METADATA, "就业促进科-马某", Position(block=14, part="docProps/core.xml"), visible=False, note="core:creator"),
    )
    doc = Document(source="就业促进科/见习补贴名单.docx", sha256="ab" * 32, format="docx", blocks=blocks,
                   fields=GongwenFields(title=blocks[0].text, doc_number="卫人社发〔2026〕88号", doc_type="通知", department="就业促进科"),
                   page_count=2)
    rule = "《保密审查工作制度》第五条（二）"
    findings = (
        Finding("PERSONAL_DATA", Severity.MEDIUM, "含个人手机号码，请去标识化", "《保密审查工作制度》第十一条", P(1, start=29, end=40),
                evidence="139****5678", subtype="mobile", source="detector"),
        Finding("PERSONAL_DATA", Severity.HIGH, "含完整公民身份号码，请去标识化", rule, P(7, start=0, end=18, cell=(0, 1, 2)),
                evidence="640104********9083", subtype="id_card", source="detector", explanation=(("checksum", "GB 11643 校验通过"),)),
        Finding("PERSONAL_DATA", Severity.HIGH, "含完整公民身份号码，请去标识化", rule, P(10, start=0, end=18, cell=(0, 2, 2)),
                evidence="110105********759X", subtype="id_card", source="detector"),
        Finding("LABEL_CONFLICT", Severity.HIGH, "公开属性标注前后不一致：主动公开（附注）与 依申请公开（版记）", "《公开属性源头认定制度》第四条",
                P(12, start=5, end=10), evidence="（此件公开发布）/ 公开方式：依申请公开"),
        Finding("HIDDEN_CONTENT", Severity.HIGH, "文件含批注，请删除全部批注后重新提交", rule, Position(block=13, part="word/comments.xml"),
                evidence="核对后删除：联系人手机139****5678", subtype="comment", visible=False),
    )
    return AuditResult(
        file="就业促进科/见习补贴名单.docx", sha256="ab" * 32, format="docx", decision=Decision.RETURN, findings=findings,
        attribute="主动公开", marking=Marking("（此件公开发布）", "主动公开", "附注", P(11), "附注"), document=doc,
        opinion=Opinion("退回修改", (rule, "《公开属性源头认定制度》第四条"), "主动公开公文不得含个人隐私，请去标识化；公开属性标注不一致"),
    )


def test_flag_report_golden(tmp_path):
    from reports import write_document_reports

    res = _result()
    paths = write_document_reports(res, tmp_path, "g", now=NOW)
    text = paths[0].read_text(encoding="utf-8")
    for raw in (ID1, ID2, MOBILE):
        assert raw not in text
    page = lxml.html.fromstring(text)
    items = []
    for li in page.get_element_by_id("findings").findall("li"):
        rows = [[td.text_content() for td in tr.findall("td")] for t in li.find_class("passage-row") for tr in t.findall("tr")[1:]]
        items.append({
            "code": li.get("data-code"), "count": li.get("data-count"),
            "name": li.find_class("code-name")[0].text_content(),
            "where": li.find_class("where")[0].text_content(),
            "passages": [p.text_content() for p in li.find_class("passage") if p.tag == "div"],
            "rows": rows, "marks": [m.text_content() for m in li.iter("mark")],
            "rule": li.find_class("rule-cite")[0].text_content(), "todo": li.find_class("todo")[0].text_content(),
        })
    machine = [[td.text_content() for td in tr.findall("td")] for tr in page.get_element_by_id("machine-only").findall("tr")[1:]]
    meta = {d.text_content(): v.text_content() for d, v in zip(page.iter("dt"), page.iter("dd"))}
    check("flag_report", {
        "decision": page.find_class("decision")[0].text_content(),
        "opinion": page.find_class("opinion-verdict")[0].text_content(),
        "basis": page.find_class("opinion-basis")[0].text_content(),
        "reason": page.find_class("opinion-reason")[0].text_content(),
        "meta": meta, "findings": items, "machine_only": machine,
    })


def test_notice_golden(tmp_path):
    import docx

    from reports.notice import NoticeOptions, write_return_notice

    path = write_return_notice(_result(), tmp_path / "n.docx", options=NoticeOptions(reviewer="马审核"), today=NOW.date())
    d = docx.Document(str(path))
    check("notice", {
        "paragraphs": [p.text for p in d.paragraphs if p.text],
        "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
    })


def test_register_golden(tmp_path):
    import openpyxl

    from reports.register import rows_from_records, write_register
    from reports.synthetic import generate

    start, end = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    rows = rows_from_records(generate(60, 2026, 11, seed=5), start, end)
    ws = openpyxl.load_workbook(write_register(rows, tmp_path / "r.xlsx", start, end))["登记台账"]
    check("register", {"cells": [[c.value for c in r] for r in ws.iter_rows()], "filter": ws.auto_filter.ref})


def test_monthly_workbook_golden(tmp_path):
    import openpyxl

    from reports.monthly import write_workbook
    from reports.stats import compute_monthly
    from reports.synthetic import generate

    st = compute_monthly(generate(400, 2026, 11, months=3, seed=9), 2026, 11)
    wb = openpyxl.load_workbook(write_workbook(st, tmp_path / "m.xlsx"))
    check("monthly_workbook", {name: [[c.value for c in r] for r in wb[name].iter_rows()]
                               for name in wb.sheetnames if name != "明细"})


@pytest.mark.parametrize("name", ["flag_report", "notice", "register", "monthly_workbook"])
def test_golden_files_hold_no_full_numbers(name):
    text = (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    for raw in (ID1, ID2, MOBILE):
        assert raw not in text
