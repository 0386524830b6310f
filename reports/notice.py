"""The return notice (退文通知单): a docx the office signs and sends back with a returned document.

Laid out like a 公文 form per GB/T 9704-2012: A4, 版心 margins (top 37 mm, bottom 35 mm, left
28 mm, right 26 mm), title in 2号小标宋/黑体, body in 3号仿宋, headings in 黑体, a 4号 page number
"— 1 —" in the footer. The problems are numbered, each with the article it breaches
(《保密审查工作制度》第十条: 审查意见须注明依据和理由) and the change required.

Fonts are named, not embedded, so each name must be one the reading machine has. ``fonts.py`` picks,
per role (仿宋 body, 黑体 headings, 小标宋 title), the first of a chain that is installed here
(仿宋_GB2312 → 仿宋 → FangSong → Noto Serif CJK SC …), and the docx's font table gives Word/WPS the
Windows name as ``altName`` — so the notice prints as a 公文 on a Debian office PC with only Noto CJK
and on a Windows PC with the 方正/中易 fonts alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path, PurePath

from classifiers.masking import mask_text
from classifiers.model import AuditResult

from .console import xml_safe
from . import fonts
from . import labels as L
from .docinfo import DocInfo, doc_info
from .flag import group_findings, without_count
from .passages import block_index, places, scrub

FANGSONG, HEITI, TITLE_FONT, SONGTI = "fangsong", "heiti", "title", "songti"  # roles; fonts.py names them


@dataclass(frozen=True, slots=True)
class NoticeOptions:
    """Who signs, how long the section has, which bureau. ``deadline_days`` counts working days."""

    reviewer: str | None = None
    deadline_days: int = 3
    bureau: str = L.BUREAU
    office: str = "局办公室（政务公开办公室）"

    def __post_init__(self) -> None:
        if self.deadline_days < 1:
            raise ValueError("deadline_days must be ≥ 1")


def add_working_days(day: dt.date, n: int) -> dt.date:
    """``day`` plus ``n`` working days (Monday–Friday; public holidays are not modelled)."""
    d = day
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _font(run, name: str, size: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    name = fonts.family(name)
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _para(container, text: str, font: str = FANGSONG, size: float = 16, bold: bool = False, align=None,
          indent: bool = False, space_after: float = 0):
    from docx.shared import Pt

    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = Pt(28) if size >= 14 else None
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if font == HEITI:
        pf.keep_with_next = True  # a heading never ends a page
    if text:
        _font(p.add_run(xml_safe(mask_text(text))), font, size, bold)  # every paragraph's text is masked here
    return p


def _cell(cell, text: str, font: str = FANGSONG, size: float = 12, bold: bool = False, align=None) -> None:
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    lines = xml_safe(mask_text(str(text))).split("\n")  # every cell's text is masked here
    for i, line in enumerate(lines):
        r = p.add_run(line)
        _font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break()


def _page_number(section) -> None:
    """Footer "— PAGE —" centred, 宋体 4号 (GB/T 9704 §7.5)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), SONGTI, 14)
    run = p.add_run()
    _font(run, SONGTI, 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._element.append(el)
    _font(p.add_run(" —"), SONGTI, 14)


def _borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._element.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _keep_rows(table, header: bool = True) -> None:
    """Rows never split across pages; the header row repeats on every page (a form's habit)."""
    from docx.oxml import OxmlElement

    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if header and i == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))


def _keep_together(table) -> None:
    """The whole table on one page: every paragraph but the last row's keeps with the next (Word, WPS, LibreOffice)."""
    last = table.rows[-1]._tr
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = row._tr is not last


def _widths(table, mm: tuple[float, ...]) -> None:
    """Fixed column widths (LibreOffice and WPS ignore cell widths on an autofit table)."""
    from docx.shared import Mm

    table.autofit = False
    for i, w in enumerate(mm):
        table.columns[i].width = Mm(w)
        for cell in table.columns[i].cells:
            cell.width = Mm(w)


#: 序号, 问题, 位置, 依据, 修改要求 in mm (A4 版心 156 mm): 序号 and 位置 stay on one line at 小四 黑体.
PROBLEM_WIDTHS = (15, 58, 28, 23, 32)


def return_reason(result: AuditResult) -> str:
    """The "一、退回原因" sentence: the reviewer's own words when a person returned it, else the audit's opinion."""
    own = [f for f in result.findings if f.code == "REVIEWER_RETURN"]
    if own:
        said = "；".join(scrub(f.message) for f in own).rstrip("。")
        others = len(group_findings([f for f in result.findings if f.code != "REVIEWER_RETURN"]))
        tail = f"另经审查发现{others}类问题，一并列于下表。" if others else ""
        return f"经局办公室审核，该公文退回承办科室修改。{said}。{tail}"
    op = result.opinion
    reason = scrub(op.reason).rstrip("。") if op and op.reason else "该公文存在下列问题，不符合公开前审查要求"
    return f"经保密审查，审查意见为“{op.verdict if op else '退回修改'}”：{reason}。"


def problems(result: AuditResult, max_places: int = 4) -> list[tuple[str, str, str, str]]:
    """(问题, 位置, 依据, 修改要求) per group of alike findings, numbers masked.

    Alike findings (same code, subtype, rule) are one problem with many places — a table of 50 ID
    numbers is not 50 problems: the first ``max_places`` evidences are listed, then the count.
    """
    blocks = block_index(result.document)
    rows = []
    for fs in group_findings(result.findings):
        f = fs[0]
        where = places(fs, result.document, blocks, max_places)
        if f.code == "REVIEWER_RETURN":  # the reviewer's own words, as said ("局办公室审核意见：…")
            rows.append((scrub(f.message), "全文", f.rule or "—", L.ACTION.get(f.code, "按审核意见修改。")))
            continue
        what = f"{L.code_name(f.code, f.subtype)}：{scrub(without_count(f.message) if len(fs) > 1 else f.message)}"
        if len(fs) == 1 and f.evidence and scrub(f.evidence) not in what:
            what += f"（{scrub(f.evidence)}）"
        elif len(fs) > 1:
            # one masked number a line: a number never breaks across lines in a narrow column
            evs = "\n".join(scrub(x.evidence) for x in fs[:max_places] if x.evidence)
            what += f"（共{len(fs)}处" + (f"，如：\n{evs}{'等' if len(fs) > max_places else ''}" if evs else "") + "）"
        if not f.visible:
            what += "〔读者不可见，仅机器可读〕"
        rows.append((what, where, f.rule or "—", L.ACTION.get(f.code, "按审查意见修改。")))
    return rows


def write_return_notice(result: AuditResult, path: Path, *, options: NoticeOptions | None = None,
                        today: dt.date | None = None, info: DocInfo | None = None) -> Path:
    """Write the 退文通知单 for ``result`` to ``path`` and return the path."""
    from docx import Document as Docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    opt = options or NoticeOptions()
    today = today or dt.date.today()
    deadline = add_working_days(today, opt.deadline_days)
    info = info or doc_info(result)
    title = info.title
    number = info.doc_number or "（未编号）"
    dept = info.department or "（未注明）"

    d = Docx()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    _page_number(sec)
    style = d.styles["Normal"]
    style.font.name = fonts.family(FANGSONG)
    style.font.size = Pt(16)

    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(d, opt.bureau, HEITI, 16, align=center)
    _para(d, "政务公开审查退文通知单", TITLE_FONT, 22, align=center, space_after=6)
    serial = (result.sha256 or "")[:8].upper() or "—"
    _para(d, f"审查编号：{today.year}-{serial}", FANGSONG, 12, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=4)

    info = d.add_table(rows=5, cols=4)
    info.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(info)
    cells = [
        ("发文字号", number, "承办科室", dept),
        ("文件标题", title, None, None),
        ("文件名称", PurePath(result.file).name, None, None),
        ("公开属性", result.attribute or "未标注", "建议属性", result.suggested_attribute or "—"),
        ("退文日期", L.date_zh(today), "修改时限", f"{L.date_zh(deadline)}前"),
    ]
    for r, (a, b, c, e) in enumerate(cells):
        row = info.rows[r].cells
        _cell(row[0], a, HEITI, 12)
        if c is None:
            merged = row[1].merge(row[3])
            _cell(merged, b)
        else:
            _cell(row[1], b)
            _cell(row[2], c, HEITI, 12)
            _cell(row[3], e)
    _widths(info, (24, 54, 24, 54))

    _para(d, "", space_after=4)
    _para(d, "一、退回原因", HEITI, 16)
    op = result.opinion
    _para(d, return_reason(result), indent=True)
    _para(d, "二、存在问题及修改要求", HEITI, 16, space_after=4)
    rows = problems(result)
    t = d.add_table(rows=len(rows) + 1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t)
    for i, h in enumerate(("序号", "问题", "位置", "依据", "修改要求")):
        _cell(t.rows[0].cells[i], h, HEITI, 12, align=center)
    for n, (what, where, rule, todo) in enumerate(rows, start=1):
        c = t.rows[n].cells
        _cell(c[0], str(n), size=10.5, align=center)  # 五号 in the table, as forms set it
        _cell(c[1], what, size=10.5)
        _cell(c[2], where, size=10.5)
        _cell(c[3], rule, size=10.5)
        _cell(c[4], todo, size=10.5)
    _widths(t, PROBLEM_WIDTHS)
    _keep_rows(t)

    _para(d, "", space_after=4)
    _para(d, "三、办理要求", HEITI, 16)
    _para(d, f"请承办科室于{L.date_zh(deadline)}前按上述要求修改，清除批注和修订记录后，"
             "连同发文稿纸重新提交审查。逾期未提交的，按《人社系统政务公开工作考核制度》纳入日常考核。", indent=True)
    basis = "、".join(op.basis) if op and op.basis else "—"
    _para(d, f"审查依据：{basis}。", indent=True, space_after=8).paragraph_format.keep_with_next = True

    sign = d.add_table(rows=2, cols=4)
    _borders(sign)
    _widths(sign, (36, 42, 28, 50))
    for row in sign.rows:
        row.height = Mm(14)  # room for a handwritten signature
    _keep_rows(sign, header=False)
    _cell(sign.rows[0].cells[0], "审查人（签字）", HEITI, 12)
    _cell(sign.rows[0].cells[1], opt.reviewer or "")
    _cell(sign.rows[0].cells[2], "审查日期", HEITI, 12)
    _cell(sign.rows[0].cells[3], L.date_zh(today))
    _cell(sign.rows[1].cells[0], "承办科室签收", HEITI, 12)
    _cell(sign.rows[1].cells[1], "")
    _cell(sign.rows[1].cells[2], "签收日期", HEITI, 12)
    _cell(sign.rows[1].cells[3], "    年  月  日")
    _keep_together(sign)  # after the cells are written: writing a cell replaces its paragraphs
    _para(d, "", space_after=4).paragraph_format.keep_with_next = True
    _para(d, f"{opt.office}", FANGSONG, 16, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.keep_with_next = True
    _para(d, L.date_zh(today), FANGSONG, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(d, "注：本通知单中的身份证号、手机号、银行卡号等均已遮盖。本单一式两份，审查部门与承办科室各执一份。", FANGSONG, 12)
    fonts.declare(d)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    return path
