"""公文 zones (GB/T 9704-2012) on docx and pdf: the element names the rules depend on stay stable."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractors import Zone, extract_bytes
from samples.content import ARCHETYPES, mark
from samples.docx_writer import write_docx
from samples.fake import Faker
from samples.ofd_writer import write_ofd
from samples.pdf_writer import write_pdf

WRITERS = {"docx": write_docx, "pdf": write_pdf, "ofd": write_ofd}
STABLE = ("发文字号", "标题", "主送机关", "正文", "署名", "成文日期")


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("style, element", [("note", "附注"), ("record", "公开方式"), ("record2", "公开方式")])
def test_marking_rows_and_elements(tmp_path, fmt, style, element):
    spec = replace(mark(ARCHETYPES["pension_notice"](Faker(9)), "主动公开", style), secrecy=None)
    doc = extract_bytes(WRITERS[fmt](spec, tmp_path / f"a.{fmt}").read_bytes(), source=f"a.{fmt}")
    for name in STABLE:
        assert list(doc.elements(name)), (fmt, name)
    marked = list(doc.elements(element))
    assert len(marked) == 1 and ("公开" in marked[0].text)
    assert marked[0].zone == (Zone.RECORD if element == "公开方式" else Zone.BODY)
    assert [b.zone for b in doc.elements("抄送")] and all(b.zone == Zone.RECORD for b in doc.elements("抄送"))
    f = doc.fields
    assert f.doc_number == spec.doc_number and f.title == spec.title and f.doc_type == "通知"
    assert f.recipients[0] == "各县（区）人力资源和社会保障局" and f.date == "2026年11月20日"
    assert f.cc == ("自治区人力资源和社会保障厅", "市财政局", "国家税务总局中卫市税务局")


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_head_elements(tmp_path, fmt):
    spec = replace(ARCHETYPES["funding_request"](Faker(1)), copy_number="000123", secrecy="秘密★1年", urgency="特急")
    doc = extract_bytes(WRITERS[fmt](spec, tmp_path / f"h.{fmt}").read_bytes(), source=f"h.{fmt}")
    f = doc.fields
    assert (f.copy_number, f.secrecy, f.urgency) == ("000123", "秘密★1年", "特急")
    assert f.signer == spec.signer and f.doc_type == "请示" and f.recipients == ("市人民政府",)
    assert all(b.zone == Zone.HEAD for name in ("份号", "密级", "紧急程度", "发文字号") for b in doc.elements(name))


def test_body_sentence_ending_in_colon_is_not_the_recipient():
    from extractors.zones import RECIPIENT_RE

    assert RECIPIENT_RE.match("各县（区）人力资源和社会保障局，市社会保险事业管理中心：")
    assert not RECIPIENT_RE.match("现将有关事项通知如下：")
    assert not RECIPIENT_RE.match("经研究。决定如下：")


def test_record_laid_out_as_a_table():
    """Many templates put the 版记 in a table: 抄送 label and organs in two cells, 印发机关 and date too."""
    from samples.hostile import body, minimal_docx

    p = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"  # noqa: E731
    c = lambda t: f"<w:tc>{p(t)}</w:tc>"  # noqa: E731
    xml = body(p("卫人社发〔2026〕12号") + p("关于做好值班工作的通知") + p("局机关各科室：") + p("现将有关事项通知如下。")
               + p("中卫市人力资源和社会保障局") + p("2026年11月20日") + "<w:tbl><w:tr>" + c("公开方式：依申请公开") + "</w:tr><w:tr>"
               + c("抄送：") + c("市财政局，市审计局") + "</w:tr><w:tr>" + c("中卫市人力资源和社会保障局办公室")
               + c("2026年11月20日印发") + "</w:tr></w:tbl>")
    doc = extract_bytes(minimal_docx(xml), source="t.docx")
    assert [b.element for b in doc.blocks if b.zone == Zone.RECORD] == ["公开方式", "抄送", "抄送", "印发机关和印发日期", "印发机关和印发日期"]
    assert doc.fields.cc == ("市财政局", "市审计局")
    assert doc.fields.printer == "中卫市人力资源和社会保障局办公室　2026年11月20日印发"
    assert (doc.fields.signature, doc.fields.date) == ("中卫市人力资源和社会保障局", "2026年11月20日")


# --- the nested model (issue 10) -------------------------------------------------------------------

def _zoned(lines, cells=()):
    from extractors.model import Block, BlockKind, Position
    from extractors.zones import assign_zones, document_parts

    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)]
    for r, row in enumerate(cells):
        for c, t in enumerate(row):
            blocks.append(Block(BlockKind.TABLE_CELL, t, Position(block=len(blocks), cell=(0, r, c))))
    zoned, fields = assign_zones(tuple(blocks))
    return zoned, fields, document_parts(zoned)


HEAD = ["中卫市人力资源和社会保障局文件", "卫人社发〔2026〕41号", "关于做好稳岗返还工作的通知", "各县（区）人力资源和社会保障局：",
        "现就有关事项通知如下。"]
SIGNED = ["中卫市人力资源和社会保障局", "2026年11月20日"]
ATTACHMENT = ["附件1", "稳岗返还企业名单"] + [f"{i}. 中卫市某某有限公司，返还金额{1000 + i}元。" for i in range(1, 12)]


def test_record_is_found_from_the_end_after_attachments():
    """GB/T 9704: the 版记 is the last thing after all attachments — its 公开方式 row is no attachment text."""
    from extractors.model import PartKind

    lines = HEAD + SIGNED + ATTACHMENT + ["公开方式：依申请公开", "抄送：市财政局", "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"]
    zoned, fields, parts = _zoned(lines)
    main, att = parts
    assert (main.kind, att.kind, att.label, att.title) == (PartKind.MAIN, PartKind.ATTACHMENT, "附件1", "稳岗返还企业名单")
    assert main.record == (len(lines) - 3, len(lines) - 1) and att.end == len(lines) - 4
    assert [b.element for b in zoned[-3:]] == ["公开方式", "抄送", "印发机关和印发日期"]
    assert fields.cc == ("市财政局",) and fields.date == "2026年11月20日"


def test_record_table_after_attachment():
    lines = HEAD + SIGNED + ATTACHMENT
    zoned, _, parts = _zoned(lines, cells=[("公开属性", "依申请公开"), ("抄送", "市财政局"), ("中卫市人力资源和社会保障局办公室", "2026年11月20日印发")])
    assert parts[0].record == (len(lines), len(lines) + 5)
    assert [b.element for b in zoned[len(lines):len(lines) + 2]] == ["公开方式", "公开方式"]


def test_record_directly_after_the_body_with_attachments_after_it():
    lines = HEAD + SIGNED + ["（此件主动公开）", "抄送：市财政局", "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"] + ATTACHMENT
    zoned, fields, parts = _zoned(lines)
    assert parts[0].record == (8, 9) and parts[0].notes == (7,) and parts[1].start == 10
    assert fields.notes == ("（此件主动公开）",)


def test_forwarded_original_attached_and_quoted():
    from extractors.model import PartKind

    title = "关于转发《自治区人力资源和社会保障厅关于做好稳岗返还工作的通知》的通知"
    original = ["宁人社发〔2026〕5号", "自治区人力资源和社会保障厅关于做好稳岗返还工作的通知", "各市人力资源和社会保障局：", "现就有关事项通知如下。",
                "宁夏回族自治区人力资源和社会保障厅", "2026年10月15日", "（此件公开发布）"]
    record = ["抄送：市财政局", "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"]
    head = [HEAD[0], HEAD[1], title, HEAD[3], "现将《自治区人力资源和社会保障厅关于做好稳岗返还工作的通知》转发给你们。"]
    for between in (["附件"], []):  # attached after an 附件 line, or printed straight after the notice
        zoned, fields, parts = _zoned(head + SIGNED + ["（此件依申请公开）"] + between + original + record)
        child = parts[1]
        assert child.kind == PartKind.FORWARDED and child.doc_number == "宁人社发〔2026〕5号"
        assert [zoned[i].text for i in child.notes] == ["（此件公开发布）"]
        assert fields.notes == ("（此件依申请公开）",) and parts[0].notes == (7,)
        assert all(zoned[i].element == "附件" for i in range(child.start, child.end + 1))
    body = [HEAD[0], HEAD[1], title, HEAD[3], "现将《自治区人力资源和社会保障厅关于做好稳岗返还工作的通知》全文转发如下，请认真贯彻执行。"]
    zoned, fields, parts = _zoned(body + original[1:] + ["请各县（区）认真落实。"] + SIGNED + ["公开方式：依申请公开"] + record)
    assert parts[1].kind == PartKind.FORWARDED and parts[1].start == 5 and zoned[parts[1].notes[0]].text == "（此件公开发布）"
    assert fields.date == "2026年11月20日" and fields.signature == "中卫市人力资源和社会保障局"


def test_parts_round_trip_through_json(extracted):
    from extractors.model import Document

    for doc in extracted.values():
        assert doc.parts and doc.parts[0].kind == "main"
        assert Document.from_dict(doc.to_dict()).parts == doc.parts


@pytest.mark.parametrize("lines, title", [
    # no 发文字号: the title is one line and never takes in the next one
    (["关于2026年第三批创业补贴拟发放人员的公示", "马某某 640502199001011237 13995071234", "公示期为5个工作日。"],
     "关于2026年第三批创业补贴拟发放人员的公示"),
    (["创业补贴拟发放人员", "马某某 640502199001011237", "公示期为5个工作日。"], "创业补贴拟发放人员"),
    # … unless the second line completes it with the 文种
    (["关于2026年第三批一次性创业补贴拟发放人员", "名单的公示", "马某某"], "关于2026年第三批一次性创业补贴拟发放人员名单的公示"),
    # a line with a long number is never a title
    (["640502199001011237 马某某", "公示期为5个工作日。"], None),
    # with a 发文字号 the title may wrap, but stops at a blank line and at 80 characters
    (["卫人社发〔2026〕41号", "关于做好2026年度城乡居民基本养老保险费", "征缴工作的通知", "各县（区）："], "关于做好2026年度城乡居民基本养老保险费征缴工作的通知"),
    (["卫人社发〔2026〕41号", "关于做好养老保险费征缴工作", "", "马某某家庭情况说明"], "关于做好养老保险费征缴工作"),
    (["卫人社发〔2026〕41号", "关" + "于做好养老保险费征缴" * 5, "于做好养老保险费征缴" * 4 + "工作的通知"], "关" + "于做好养老保险费征缴" * 5),
])
def test_title_is_bounded(lines, title):
    from extractors.model import Block, BlockKind, Position
    from extractors.zones import TITLE_MAX, assign_zones

    _, fields = assign_zones(tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)))
    assert fields.title == title
    assert fields.title is None or len(fields.title) <= TITLE_MAX


def test_letter_han_without_red_rule():
    """信函式 函: the organ's name, the 函 number, no 版头 rule; the 附注 below the date is read."""
    lines = ["中卫市人力资源和社会保障局", "卫人社函〔2026〕31号", "关于商请协助核查参保缴费数据的函", "市医疗保障局：", "现商请贵局协助核查有关数据。",
             "中卫市人力资源和社会保障局", "2026年11月20日", "（此件不予公开。联系人：马某，联系电话：0955-7012333）"]
    zoned, fields, parts = _zoned(lines)
    assert (fields.doc_number, fields.doc_type, fields.title) == ("卫人社函〔2026〕31号", "函", "关于商请协助核查参保缴费数据的函")
    assert zoned[7].element == "附注" and parts[0].notes == (7,)


def test_attachment_opening_with_its_name_on_the_label_line():
    """``附件：名单`` below the 成文日期 opens an attachment (above the 署名 it is the 附件说明)."""
    lines = HEAD[:4] + ["现就有关事项通知如下。", "附件：稳岗返还企业名单"] + SIGNED + ["（此件依申请公开）", "附件：稳岗返还企业名单", "1. 某某有限公司",
                                                                     "（此件公开发布）", "抄送：市财政局"]
    zoned, fields, parts = _zoned(lines)
    assert fields.attachments == ("稳岗返还企业名单",) and fields.notes == ("（此件依申请公开）",)
    assert (parts[1].label, parts[1].title, parts[1].start, parts[1].end) == ("附件", "稳岗返还企业名单", 9, 11)


def test_a_minutes_number_stands_where_a_document_number_does():
    """A 纪要's 版头 gives its number by 期 (校务会议纪要〔2026〕第3期): the title is the line below it, not the unit's name."""
    _, fields, _ = _zoned(["江临市技师学院", "院长办公会议纪要〔2026〕第3期", "院长办公会议纪要",
                           "3月5日，院长主持召开办公会议，研究了以下事项。", "一、关于实训设备维护。会议同意按程序采购。"])
    assert fields.doc_number == "院长办公会议纪要〔2026〕第3期"
    assert fields.title == "院长办公会议纪要" and fields.doc_type == "会议纪要"


def test_a_table_of_decisions_numbers_dates_is_body_not_the_documents_own_number_and_tail():
    """A 行政处罚结果公示 with no 发文字号 of its own, its table listing each 决定书文号 and date (round 7, set AF):
    a table's cell never ends the 版头 nor opens an attachment, and the title ends in 公示 before its issue note."""
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones, doc_type_of

    assert doc_type_of("江临市劳动保障监察支队行政处罚结果公示（2026年第2期）") == "公示"
    assert doc_type_of("关于印发《就业见习管理办法（试行）》的通知") == "通知"
    assert doc_type_of("就业见习管理办法（试行）") == "办法"
    lines = ["江临市劳动保障监察支队文件", "江临市劳动保障监察支队行政处罚结果公示（2026年第2期）",
             "现将支队第二季度作出的行政处罚决定予以公示。"]
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)]
    for r, row in enumerate([("决定书文号", "被处罚单位", "作出日期"), ("江劳监罚〔2026〕11号", "江临某某劳务有限公司", "2026年5月6日"),
                             ("江劳监罚〔2026〕12号", "江临某某陶瓷厂", "2026年6月2日")]):
        for c, t in enumerate(row):
            blocks.append(Block(BlockKind.TABLE_CELL, t, Position(block=len(blocks), cell=(0, r, c))))
    for t in ["当事人不服的，可依法申请行政复议或者提起行政诉讼。", "江临市劳动保障监察支队", "2026年6月30日", "（此件主动公开）"]:
        blocks.append(Block(BlockKind.PARAGRAPH, t, Position(block=len(blocks))))
    zoned, fields = assign_zones(tuple(blocks))
    assert fields.doc_number is None
    assert fields.title == lines[1] and fields.doc_type == "公示"
    assert [b.element for b in zoned[-3:]] == ["署名", "成文日期", "附注"]
