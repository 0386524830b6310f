"""The 退文通知单: paragraphs, tables, fonts and the page-number field — read back with python-docx."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from reports import fonts
from reports.notice import PROBLEM_WIDTHS, NoticeOptions, add_working_days, problems, return_reason, write_return_notice

TODAY = dt.date(2026, 11, 27)  # a Friday


@pytest.fixture(scope="module")
def notice(tmp_path_factory, id_list_result):
    path = write_return_notice(id_list_result, tmp_path_factory.mktemp("n") / "n.docx",
                               options=NoticeOptions(reviewer="马审核", deadline_days=3), today=TODAY)
    return docx.Document(str(path))


@pytest.mark.parametrize("start, n, expected", [
    (dt.date(2026, 11, 27), 3, dt.date(2026, 12, 2)),  # Fri + 3 working days skips the weekend
    (dt.date(2026, 11, 23), 1, dt.date(2026, 11, 24)),
    (dt.date(2026, 11, 28), 1, dt.date(2026, 11, 30)),  # from a Saturday
])
def test_working_days(start, n, expected):
    assert add_working_days(start, n) == expected


def test_title_and_header_table(notice, id_list_result):
    paras = [p.text for p in notice.paragraphs if p.text]
    assert paras[:2] == ["中卫市人力资源和社会保障局", "政务公开审查退文通知单"]
    info = notice.tables[0]
    cells = {info.rows[r].cells[0].text: info.rows[r].cells[1].text for r in range(len(info.rows))}
    assert cells["文件标题"] == id_list_result.document.fields.title
    assert cells["公开属性"] == "主动公开"
    assert cells["退文日期"] == "2026年11月27日"
    assert info.rows[0].cells[2].text == "承办科室" and info.rows[0].cells[3].text == "就业促进科"
    assert info.rows[4].cells[3].text == "2026年12月2日前"


def test_numbered_problems_with_citations(notice, id_list_result):
    t = notice.tables[1]
    assert [c.text for c in t.rows[0].cells] == ["序号", "问题", "位置", "依据", "修改要求"]
    body = [[c.text for c in r.cells] for r in t.rows[1:]]
    assert [r[0] for r in body] == ["1", "2"]
    ids = next(r for r in body if "公民身份号码" in r[1])
    assert "共6处" in ids[1] and "表格1第2—7行第3列" in ids[2]
    assert ids[3] == "《保密审查工作制度》第五条（二）"
    assert "去标识化" in ids[4]
    assert body == [list(map(str, (i,))) + list(p) for i, p in enumerate(problems(id_list_result), start=1)]


def test_reviewer_deadline_fonts_and_page_number(notice):
    sign = notice.tables[2]
    assert sign.rows[0].cells[0].text == "审查人（签字）" and sign.rows[0].cells[1].text == "马审核"
    text = "\n".join(p.text for p in notice.paragraphs)
    assert "2026年12月2日前" in text and "重新提交审查" in text
    title = next(p for p in notice.paragraphs if p.text == "政务公开审查退文通知单")
    heading = next(p for p in notice.paragraphs if p.text == "一、退回原因")
    qn = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    east = lambda run: run._element.rPr.find(qn + "rFonts").get(qn + "eastAsia")  # noqa: E731
    # each role's font is the first of its chain installed here (the chain's head where fontconfig is absent)
    assert east(heading.runs[0]) == fonts.family("heiti") and east(heading.runs[0]) in fonts.CHAINS["heiti"]
    assert east(title.runs[0]) == fonts.family("title")
    body = next(p for p in notice.paragraphs if p.text.startswith("经保密审查"))
    assert east(body.runs[0]) == fonts.family("fangsong") and east(body.runs[0]) in fonts.CHAINS["fangsong"]
    footer = notice.sections[0].footer.paragraphs[0]
    assert "PAGE" in "".join(footer._element.itertext())
    sec = notice.sections[0]
    assert round(sec.page_width.mm) == 210 and round(sec.page_height.mm) == 297 and round(sec.top_margin.mm) == 37


def test_hidden_findings_marked_machine_only(tmp_path, hidden_result, hidden_doc):
    rows = problems(hidden_result)
    assert any("仅机器可读" in what for what, *_ in rows)
    path = write_return_notice(hidden_result, tmp_path / "h.docx", today=TODAY)
    d = docx.Document(str(path))
    all_text = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    _, idn, mob = hidden_doc
    assert idn not in all_text and mob not in all_text


def test_reviewer_return_says_what_the_reviewer_said(tmp_path, demo_results):
    """A person's return: the reason is the reviewer's words, never "审查意见为免于公开" or a raw code."""
    from dataclasses import replace

    from classifiers.model import Code, Decision, Finding, Severity

    approved = demo_results["就业促进科/关于申请追加就业补助资金的请示.docx"]
    own = Finding(code=Code.REVIEWER_RETURN, severity=Severity.HIGH, rule="《公开属性源头认定制度》第四条",
                  source="reviewer", message="局办公室审核意见：附件二的测算表请改为汇总数后再报")
    result = replace(approved, decision=Decision.RETURN, findings=approved.findings + (own,))
    reason = return_reason(result)
    assert "附件二的测算表请改为汇总数" in reason and "免于公开" not in reason
    doc = docx.Document(str(write_return_notice(result, tmp_path / "r.docx", today=TODAY)))
    text = "\n".join(p.text for p in doc.paragraphs)
    body = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "REVIEWER_RETURN" not in text + body
    assert "审查意见为“免于公开”" not in text
    assert any(r.cells[1].text.startswith("局办公室审核意见：") for r in doc.tables[1].rows[1:])


def test_problem_table_columns_hold_their_words(notice, id_list_result):
    """序号 and 位置 fit their columns on one line; a masked ID is alone on its line; the sign-off never splits."""
    from docx.shared import Mm

    t = notice.tables[1]
    widths = [round(c.width / Mm(1)) for c in t.rows[0].cells]
    assert widths == list(PROBLEM_WIDTHS) and sum(widths) == 156  # A4 版心
    assert widths[0] >= 14 and widths[2] >= 26  # 2 characters of 小四 黑体 + cell margins; a row range
    ids = next(r for r in t.rows[1:] if "公民身份号码：" in r.cells[1].text)
    lines = ids.cells[1].text.split("\n")
    masked = [f.evidence for f in id_list_result.findings if f.subtype == "id_card"][:4]
    assert all(m in lines or m + "等" in lines or m + "等）" in lines or m + "）" in lines for m in masked), lines
    sign = notice.tables[2]
    keeps = [p.paragraph_format.keep_with_next for p in sign.rows[0].cells[0].paragraphs]
    assert keeps == [True]
    qn = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert all(r._tr.trPr is not None and r._tr.trPr.find(qn + "cantSplit") is not None for r in sign.rows)
