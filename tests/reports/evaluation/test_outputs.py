"""The evaluation as text, JSON, xlsx and HTML: hostile truth strings stay inert, evidence stays masked."""

from __future__ import annotations

import io
import json
import re

import pytest

from reports.evaluation import Observed, TruthRow, evaluate, print_evaluation, render_page, to_dict, write_workbook
from reports.evaluation.score import Evidence

FULL_ID = "640502199001011234"
FORMULA = '=HYPERLINK("http://evil.example/x","点我")'
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture()
def hostile():
    rows = [TruthRow(2, f"{FORMULA}.docx", "主动公开", "approve", (), f"+{SCRIPT} 张三 {FULL_ID}"),
            TruthRow(3, "科/\u202egpj.docx", None, "return", ("LABEL_MISSING",), "@SUM(1,2)"),
            TruthRow(4, "科/ok.docx", "依申请公开", "approve", (), "")]
    got = {
        rows[0].file: Observed(rows[0].file, "主动公开", "return", ("PERSONAL_DATA",),
                               (Evidence("PERSONAL_DATA", "id_card", "公民身份号码", f"张三 {FULL_ID}"),), f"（此件公开发布）{SCRIPT}", "附注"),
        rows[1].file: Observed(rows[1].file, "主动公开", "approve", (), (), "-1+1", "版记", None),
        rows[2].file: Observed(rows[2].file, "依申请公开", "approve", ()),
    }
    return evaluate(rows, got, not_in_truth=[f"-{SCRIPT}.docx"], truth_path="t.csv", folder="d")


def test_text_is_masked_and_control_characters_escaped(hostile):
    buf = io.StringIO()
    print_evaluation(hostile, buf)
    out = buf.getvalue()
    assert FULL_ID not in out and "640502********1234" in out
    assert "\u202e" not in out and "\\u202e" in out
    assert "公开属性准确率" in out and "66.7%（2/3）" in out
    assert "审查结论一致率" in out and "33.3%（1/3）" in out
    assert "PERSONAL_DATA" in out and "LABEL_MISSING" in out  # the extra and the missed code are named


def test_json_is_masked(hostile):
    text = json.dumps(to_dict(hostile), ensure_ascii=False)
    assert FULL_ID not in text
    d = json.loads(text)
    assert d["attribute"]["correct"] == 2 and d["disagreements"] == 2
    assert d["files"][0]["extra"] == ["PERSONAL_DATA"]


def test_html_escapes_every_truth_string_and_masks_evidence(hostile):
    page = render_page(hostile)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert FULL_ID not in page and "640502********1234" in page
    assert re.search(r"<script\b", page) is None  # no script of our own either
    assert "66.7%（2/3）" in page


def test_workbook_cells_never_become_formulas(hostile, tmp_path):
    from openpyxl import load_workbook

    path = write_workbook(hostile, tmp_path / "e.xlsx")
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    wb = load_workbook(path)
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                    assert FULL_ID not in c.value
                    if c.value[:1] in "=+-@":
                        assert c.quotePrefix, (ws.title, c.coordinate, c.value)
                        seen.add(c.value[0])
    assert seen >= {"=", "+", "-", "@"}
    assert set(wb.sheetnames) >= {"概要", "公开属性混淆矩阵", "审查结论混淆矩阵", "问题代码", "不一致", "逐件结果", "未列入真值", "文件缺失"}
    matrix = wb["公开属性混淆矩阵"]
    assert [c.value for c in matrix[3]] == ["真值＼审查结果", "主动公开", "依申请公开", "不予公开", "无"]
    assert [c.value for c in matrix[7]] == ["无", 1, 0, 0, 0]
