"""The 退文通知单: paragraphs, tables, fonts and the page-number field — read back with python-docx."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from reports.notice import NoticeOptions, add_working_days, problems, write_return_notice

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
    assert "共6处" in ids[1] and "表格1第2、3、4、5、6、7行第3列" in ids[2]
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
    assert east(heading.runs[0]) == "黑体"
    assert east(title.runs[0]) == "方正小标宋简体"
    body = next(p for p in notice.paragraphs if p.text.startswith("经保密审查"))
    assert east(body.runs[0]) == "仿宋_GB2312"
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
