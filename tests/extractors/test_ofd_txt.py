"""OFD (GB/T 33190) and plain text: page order, positions, hidden parts, encodings."""

from __future__ import annotations

import pytest

from extractors import BlockKind, extract_bytes
from samples.content import ARCHETYPES, mark
from samples.fake import Faker
from samples.ofd_writer import write_ofd
from samples.txt_writer import ENCODINGS, write_txt


def test_ofd_pages_in_order_with_positions(extracted):
    doc = extracted["ofd_plain"]
    pages = [b.position.page for b in doc.blocks if b.visible]
    assert pages == sorted(pages) and doc.page_count == max(pages) >= 1
    assert doc.fields.doc_number and doc.fields.title == "关于规范职业培训补贴申领程序的通知"
    assert all(b.position.bbox for b in doc.blocks if b.visible)
    assert [b.text for b in doc.blocks if b.kind == BlockKind.FOOTER] == [f"— {i} —" for i in range(1, doc.page_count + 1)]


@pytest.mark.parametrize(
    "kind, text_part, note_part",
    [
        (BlockKind.COVERED, "公民身份号码", "覆盖"),
        (BlockKind.INVISIBLE, "内部备注", "白色"),
        (BlockKind.ANNOTATION, "此段请删除", "审核人"),
        (BlockKind.EMBEDDED, "名单.txt", "附件"),
        (BlockKind.METADATA, "内部资料", "ofd:Keywords"),
    ],
)
def test_ofd_machine_only(extracted, kind, text_part, note_part):
    doc = extracted["ofd_hidden"]
    assert any(b.kind == kind and not b.visible and text_part in b.text and note_part in (b.note or "") for b in doc.blocks)
    assert "内部备注" not in doc.visible_text()


def test_ofd_zones_record_rows(tmp_path):
    spec = mark(ARCHETYPES["pension_notice"](Faker(4)), "依申请公开", "record")
    doc = extract_bytes(write_ofd(spec, tmp_path / "a.ofd").read_bytes(), source="a.ofd")
    assert [b.text for b in doc.elements("公开方式")] == ["公开方式：依申请公开"]
    assert doc.fields.cc == ("自治区人力资源和社会保障厅", "市财政局", "国家税务总局中卫市税务局")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_txt_encodings(tmp_path, encoding):
    spec = mark(ARCHETYPES["pension_notice"](Faker(2)), "主动公开", "note")
    data = write_txt(spec, tmp_path / "a.txt", encoding).read_bytes()
    doc = extract_bytes(data, source="a.txt")
    assert doc.format == "txt" and doc.fields.title == spec.title and doc.fields.doc_number == spec.doc_number
    assert [b.text for b in doc.elements("附注")] == ["（此件公开发布）"]
    assert "\ufffd" not in doc.visible_text()


def test_ofd_template_page_text_is_read(tmp_path):
    """OA exports often draw the red 版头 in a TemplatePage; its text is on the page a reader sees."""
    spec = mark(ARCHETYPES["pension_notice"](Faker(4)), "主动公开", "record")
    doc = extract_bytes(write_ofd(spec, tmp_path / "t.ofd", issuer_in_template=True).read_bytes(), source="t.ofd")
    assert doc.fields.issuer == "中卫市人力资源和社会保障局文件" and doc.blocks[0].element == "发文机关标志"
    assert doc.fields.doc_number == spec.doc_number


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01\x02\x03" * 300, "abc".encode("utf-16-le") + b"\x00\x00\xff\xfe" * 50])
def test_binary_with_zero_bytes_is_not_text(data):
    from extractors import UnsupportedFormat

    with pytest.raises(UnsupportedFormat):
        extract_bytes(data, source="x.txt")
