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
