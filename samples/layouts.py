"""Layouts real OA systems and drafters produce (issue 10), as docx, txt and (through LibreOffice) PDF.

Each ``LayoutCase`` is a list of lines and tables in reading order, an optional page header/footer,
and the truth: the attribute the main document is marked with and the label codes the audit must
report (LABEL_MISSING / LABEL_INVALID / LABEL_CONFLICT / FORWARD_MISMATCH). The cases cover the
document structure: a 版记 after an 附件 that begins with the 公开方式 row or is a table, a 版记
directly after the body with attachments after it, forwarded originals attached or quoted with their
own 附注 or 版记, markings in the 页脚, colon and spacing variants, a 信函式 函, a 发文稿纸 checkbox row
and a 13,000-character attachment. All names and numbers are fictitious.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .spec import Table

ISSUER = "中卫市人力资源和社会保障局文件"
ORGAN = "中卫市人力资源和社会保障局"
COUNTIES = "各县（区）人力资源和社会保障局，市社会保险事业管理中心："
SIGN = [ORGAN, "2026年11月20日"]
CC = "抄送：市财政局，市审计局"
PRINT = "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"
ORIG_TITLE = "自治区人力资源和社会保障厅关于做好2026年度失业保险稳岗返还工作的通知"


@dataclass(frozen=True)
class LayoutCase:
    """One document: items in reading order (a line, or a ``Table``), page furniture and the truth."""

    name: str
    items: tuple[str | Table, ...]
    attribute: str | None
    codes: tuple[str, ...] = ()
    footer: str | None = None
    header: str | None = None
    title: str | None = None  # the 标题 the zoner must read, when the case is about it
    formats: tuple[str, ...] = ("docx", "pdf", "txt")
    extra: dict = field(default_factory=dict)


def _notice(title: str = "关于做好2026年度失业保险稳岗返还工作的通知", number: str = "卫人社发〔2026〕41号",
            body: tuple[str, ...] = ()) -> list[str]:
    body = body or (
        "为做好2026年度失业保险稳岗返还工作，切实减轻企业负担，现就有关事项通知如下。",
        "一、返还对象。上年度未裁员或裁员率不高于全国城镇调查失业率控制目标的参保企业。",
        "二、返还标准。大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还，中小微企业按60%返还。",
    )
    return [ISSUER, number, title, COUNTIES, *body]


def _attachment_lines(n: int) -> list[str]:
    return [f"{i}. 中卫市某某有限公司，返还金额{1000 + 37 * i}元，经办机构已审核。" for i in range(1, n + 1)]


def _original(note: str | None, record: str | None = None, head: bool = True) -> list[str]:
    """The forwarded original: its 版头, title, body, 署名, date and its own 附注 or 版记 row."""
    out = ["宁夏回族自治区人力资源和社会保障厅文件", "宁人社发〔2026〕5号"] if head else []
    out += [ORIG_TITLE, "各市、县（区）人力资源和社会保障局：",
            "为贯彻落实国家关于稳就业的决策部署，现就做好2026年度失业保险稳岗返还工作通知如下。",
            "一、各地要简化经办流程，推行免申即享，确保资金及时足额返还到位。",
            "宁夏回族自治区人力资源和社会保障厅", "2026年10月15日"]
    if note:
        out.append(note)
    if record:
        out.append(record)
    return out


def _rule_set(chars: int) -> list[str]:
    """A long internal rule set (an 附件 of about ``chars`` characters)."""
    out = ["中卫市人力资源和社会保障局机关内部管理规定"]
    i = 0
    while sum(len(x) for x in out) < chars:
        i += 1
        out.append(f"第{i}条 局机关各科室、局属各单位应当按照本规定做好公文运转、印章使用、车辆调度、值班值守和档案管理工作，"
                   f"建立健全岗位责任制，明确第{i}项工作的责任科室、办理时限和监督方式，确保各项工作规范有序。")
    return out


FORWARD_TITLE = f"关于转发《{ORIG_TITLE}》的通知"
FORWARD_BODY = (f"现将《{ORIG_TITLE}》（宁人社发〔2026〕5号）转发给你们，请结合实际认真贯彻执行。",)


def cases() -> list[LayoutCase]:
    """The layout cases, each with its truth (see the module docstring)."""
    att = ["附件1", "2026年度失业保险稳岗返还企业名单", *_attachment_lines(14)]
    out = [
        LayoutCase("attachment_record_row_first", tuple(_notice() + ["附件：1.2026年度失业保险稳岗返还企业名单"] + SIGN + att
                                                        + ["公开方式：依申请公开", CC, PRINT]), "依申请公开"),
        LayoutCase("attachment_record_table", tuple(_notice() + SIGN + att + [Table((("公开属性", "依申请公开"), ("抄送", "市财政局，市审计局"),
                                                                                    ("中卫市人力资源和社会保障局办公室", "2026年11月20日印发")))]),
                   "依申请公开", formats=("docx", "pdf")),
        LayoutCase("record_then_attachments", tuple(_notice() + SIGN + ["（此件主动公开）", CC, PRINT] + att), "主动公开"),
        LayoutCase("record_rows_above_attachments", tuple(_notice() + SIGN + ["公开方式：不予公开"] + att + [CC, PRINT]), "不予公开"),
        LayoutCase("attachment_own_note_unmarked", tuple(_notice() + SIGN + ["附件", "2026年度失业保险稳岗返还企业名单",
                                                                          *_attachment_lines(4), "（此件公开发布）", CC, PRINT]),
                   None, ("LABEL_MISSING",)),
        LayoutCase("forward_attached_mismatch", tuple(_notice(FORWARD_TITLE, body=FORWARD_BODY) + SIGN + ["（此件依申请公开）", "附件"]
                                                      + _original("（此件公开发布）") + [CC, PRINT]),
                   "依申请公开", ("FORWARD_MISMATCH",)),
        LayoutCase("forward_attached_same", tuple(_notice(FORWARD_TITLE, body=FORWARD_BODY) + SIGN + ["（此件公开发布）", "附件"]
                                                  + _original("（此件公开发布）") + [CC, PRINT]), "主动公开"),
        LayoutCase("forward_quoted_mismatch", tuple(_notice(FORWARD_TITLE, body=FORWARD_BODY) + SIGN + ["（此件不予公开）"]
                                                    + _original("（此件公开发布）") + [CC, PRINT]),
                   "不予公开", ("FORWARD_MISMATCH",)),
        LayoutCase("forward_original_record_row", tuple(_notice(FORWARD_TITLE, body=FORWARD_BODY) + SIGN + ["附件"]
                                                        + _original(None, "公开方式：主动公开") + ["公开方式：依申请公开", CC, PRINT]),
                   "依申请公开", ("FORWARD_MISMATCH",)),
        LayoutCase("forward_unmarked_parent", tuple(_notice(FORWARD_TITLE, body=FORWARD_BODY) + SIGN + ["附件"]
                                                    + _original("（此件公开发布）") + [CC, PRINT]), None, ("LABEL_MISSING",)),
        LayoutCase("footer_only", tuple(_notice() + SIGN + [CC, PRINT]), "主动公开", footer="公开方式：主动公开", formats=("docx", "pdf")),
        LayoutCase("footer_conflict", tuple(_notice() + SIGN + ["公开方式：依申请公开", CC, PRINT]), "依申请公开", ("LABEL_CONFLICT",),
                   footer="公开方式：主动公开", formats=("docx", "pdf")),
        LayoutCase("header_only", tuple(_notice() + SIGN + [CC, PRINT]), "不予公开", header="信息公开选项：不予公开", formats=("docx", "pdf")),
        LayoutCase("ratio_colon", tuple(_notice() + SIGN + ["公开方式∶主动公开", CC, PRINT]), "主动公开"),
        LayoutCase("small_colon_spaced", tuple(_notice() + SIGN + ["公 开 属 性　﹕　依 申 请 公 开", CC, PRINT]), "依申请公开"),
        LayoutCase("fullwidth_brackets", tuple(_notice() + SIGN + ["［公开方式］不予公开", CC, PRINT]), "不予公开"),
        LayoutCase("letter_han", ("中卫市人力资源和社会保障局", "卫人社函〔2026〕31号", "关于商请协助核查2026年度参保缴费数据的函", "市医疗保障局：",
                                  "为做好2026年度参保缴费数据比对工作，现商请贵局协助核查有关数据，请于12月10日前反馈。",
                                  "感谢支持。", ORGAN, "2026年11月20日", "（此件不予公开）", "（联系人：马某；联系电话：0955-7012333）"),
                   "不予公开"),
        LayoutCase("letter_han_record", ("中卫市人力资源和社会保障局", "卫人社函〔2026〕32号", "关于商请提供2026年度工伤认定统计数据的函",
                                         "自治区人力资源和社会保障厅：", "根据工作安排，现商请提供有关统计数据。", ORGAN, "2026年11月21日",
                                         "公开方式：依申请公开"), "依申请公开"),
        LayoutCase("long_attachment_withheld", tuple(_notice("关于印发《中卫市人力资源和社会保障局机关内部管理规定》的通知", "卫人社发〔2026〕44号",
                                                             ("现将《中卫市人力资源和社会保障局机关内部管理规定》印发给你们，请遵照执行。",))
                                                     + SIGN + ["附件", *_rule_set(13000)] + ["公开方式：不予公开", "抄送：局领导", PRINT]),
                   "不予公开"),
        LayoutCase("checkbox_table_row", tuple(_notice() + SIGN + [Table((("公开属性", "□主动公开", "☑依申请公开", "□不予公开"),)), CC, PRINT]),
                   "依申请公开", formats=("docx", "pdf")),
        LayoutCase("checkbox_cell", tuple(_notice() + SIGN + [Table((("公开方式", "□主动公开　☑依申请公开　□不予公开"),)), CC, PRINT]),
                   "依申请公开", formats=("docx", "pdf")),
        LayoutCase("txt_title_stops", ("关于2026年第三批一次性创业补贴拟发放人员的公示", "马某某 640502199001011237 13995071234",
                                       "公示期为5个工作日。", ORGAN, "2026年11月20日", "（此件公开发布）"),
                   "主动公开", title="关于2026年第三批一次性创业补贴拟发放人员的公示", formats=("txt", "docx")),
    ]
    return out


def write_docx(case: LayoutCase, path: str | Path) -> Path:
    """The case as a docx (python-docx): one paragraph a line, a grid table for each ``Table``."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    sec = doc.sections[0]
    if case.header:
        sec.header.paragraphs[0].text = case.header
    if case.footer:
        sec.footer.paragraphs[0].text = f"{case.footer}\t\t— 1 —"
    for item in case.items:
        if isinstance(item, Table):
            t = doc.add_table(rows=len(item.rows), cols=max(len(r) for r in item.rows))
            t.style = "Table Grid"
            for r, row in enumerate(item.rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
        else:
            p = doc.add_paragraph()
            p.add_run(item).font.size = Pt(14)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    return out


def write_txt(case: LayoutCase, path: str | Path) -> Path:
    """The case as UTF-8 text: one line per line, table rows as cells joined by two spaces."""
    lines = []
    for item in case.items:
        lines += ["  ".join(r) for r in item.rows] if isinstance(item, Table) else [item]
    if case.footer:
        lines.append(case.footer)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def write_pdfs(cases: list[LayoutCase], root: Path) -> Path | None:
    """The docx of every case that has a PDF form, exported in one LibreOffice run into ``root/pdf``
    (a private profile, so a desktop LibreOffice stays untouched); None without ``soffice``."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    docs = [str(write_docx(c, root / f"{c.name}.docx")) for c in cases if "pdf" in c.formats]
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{root}/profile", "--convert-to", "pdf",
                    "--outdir", str(root / "pdf"), *docs], capture_output=True, timeout=600, check=False)
    return root / "pdf"

