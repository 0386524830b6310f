"""pdf: paragraphs with positions, 页眉/页脚, text under boxes, white text, annotations, errors."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from extractors import BlockKind, EncryptedDocument, NoTextLayer, extract_bytes
from samples.content import ARCHETYPES, mark
from samples.fake import Faker
from samples.pdf_writer import write_pdf


@pytest.mark.parametrize("seed", range(6))
def test_planted_id_numbers_are_never_split(tmp_path, seed):
    f = Faker(seed)
    spec = mark(ARCHETYPES["training_subsidy_notice"](f), "主动公开", "record")
    ids = [f.id_card() for _ in range(4)]
    paras = tuple(f"{'经核查' * (i + seed % 3)}申请人{f.name()}，公民身份号码{idn}，联系电话{f.mobile()}，材料齐全，同意受理。"
                  for i, idn in enumerate(ids))
    path = write_pdf(replace(spec, body=spec.body + paras), tmp_path / "ids.pdf")
    doc = extract_bytes(path.read_bytes(), source=path.name)
    for idn in ids:
        assert any(idn in b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH), idn


def test_a_number_wrapped_by_the_producer_is_joined_again():
    """A producer that breaks a number at the line end (unlike ours): merging the lines restores it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 16)
    y = 700
    lines = ["　　经核查，申请人王某某提交的材料齐全，身份证号码为6405021", "99003071234，现予受理并按规定发放补贴资金，特此通知各单位。",
             "　　第二段首行缩进，不与上一段合并。"]
    for ln in lines:
        c.drawString(80, y, ln)
        y -= 28
    c.save()
    doc = extract_bytes(buf.getvalue(), source="wrap.pdf")
    paras = [b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]
    assert len(paras) == 2 and "640502199003071234" in paras[0] and paras[1].startswith("第二段")


def test_positions_and_bands(extracted):
    doc = extracted["pdf_attachment_metadata"]
    heads = [b for b in doc.blocks if b.kind == BlockKind.HEADER]
    feet = [b for b in doc.blocks if b.kind == BlockKind.FOOTER]
    assert heads and all(b.text == "中卫市人力资源和社会保障局" for b in heads)
    assert [b.text for b in feet] == [f"— {i} —" for i in range(1, doc.page_count + 1)]
    for b in doc.blocks:
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADER, BlockKind.FOOTER):
            x0, top, x1, bottom = b.position.bbox
            assert b.position.page >= 1 and 0 <= x0 < x1 <= 596 and 0 <= top < bottom <= 842


@pytest.mark.parametrize(
    "name, kind, text_part, note_part",
    [
        ("pdf_blackbox", BlockKind.COVERED, "公民身份号码44030519991011", "黑色方框"),
        ("pdf_image_cover_seal", BlockKind.COVERED, "号码44030519991011", "图片"),
        ("pdf_white", BlockKind.INVISIBLE, "原始号码", "白色"),
        ("pdf_box_annotation", BlockKind.COVERED, "号码44030519991011", "SQUARE"),
        ("pdf_box_annotation", BlockKind.COVERED, "电话13995512345", "HIGHLIGHT"),
        ("pdf_annotation", BlockKind.ANNOTATION, "第二段数字请再核对", "TEXT"),
        ("pdf_attachment_metadata", BlockKind.EMBEDDED, "名单.csv", "字节"),
        ("pdf_attachment_metadata", BlockKind.METADATA, "内部资料", "pdf:Keywords"),
        ("pdf_attachment_metadata", BlockKind.METADATA, "张某", "pdf:Author"),
    ],
)
def test_machine_only_blocks(extracted, name, kind, text_part, note_part):
    doc = extracted[name]
    hits = [b for b in doc.blocks if b.kind == kind and not b.visible and text_part in b.text and note_part in (b.note or "")]
    assert hits, [(b.kind, b.text, b.note) for b in doc.hidden_blocks()]
    if kind in (BlockKind.COVERED, BlockKind.INVISIBLE):
        assert hits[0].position.bbox and hits[0].position.page == 1
        assert hits[0].text not in doc.visible_text(), "covered characters leave the visible text"


def test_transparent_seal_over_the_signature_hides_nothing(extracted):
    doc = extracted["pdf_image_cover_seal"]
    assert [b.note for b in doc.blocks if b.kind == BlockKind.COVERED] == ["图片覆盖文字"]
    assert doc.fields.signature == "中卫市人力资源和社会保障局"


def test_plain_pdf_has_nothing_machine_only_but_its_title(extracted):
    doc = extracted["pdf_plain"]
    assert {b.kind for b in doc.hidden_blocks()} == {BlockKind.METADATA}


def test_scanned_pdf_without_ocr_is_no_text_layer(fixtures):
    from extractors.pdf_ocr import ocr_available

    data = fixtures["pdf_scanned"].read_bytes()
    if ocr_available():
        doc = extract_bytes(data, source="scan.pdf")
        assert any(b.kind == BlockKind.OCR for b in doc.blocks) and doc.warnings
        assert doc.fields.title == "关于规范职业培训补贴申领程序的通知"
        assert [b.text for b in doc.elements("公开方式")] == ["公开方式：主动公开"]
    else:
        with pytest.raises(NoTextLayer) as e:
            extract_bytes(data, source="scan.pdf")
        assert "OCR" in str(e.value) and "扫描件" in str(e.value)


def test_encrypted_demo_pdf(demo_inbox):
    with pytest.raises(EncryptedDocument):
        extract_bytes((demo_inbox / "劳动关系科/加密文件.pdf").read_bytes(), source="x.pdf")


def test_ruled_table_becomes_cells_with_coordinates(extracted):
    doc = extracted["pdf_table"]
    cells = {b.position.cell: b for b in doc.blocks if b.kind == BlockKind.TABLE_CELL}
    assert cells[(0, 0, 2)].text == "身份证号" and len({c[1] for c in cells}) == 6
    assert all(b.position.bbox and b.position.page == 1 for b in cells.values())
    assert not any("序号" in b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH), "table text read once"
    kinds = [b.kind for b in doc.blocks if b.visible and b.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL)]
    first, last = kinds.index(BlockKind.TABLE_CELL), len(kinds) - 1 - kinds[::-1].index(BlockKind.TABLE_CELL)
    assert BlockKind.PARAGRAPH in kinds[:first] and BlockKind.PARAGRAPH in kinds[last:], "the table sits between paragraphs"


def test_pdfplumber_is_not_opened_for_pages_without_rules(extracted, monkeypatch, fixtures):
    from extractors import pdf_tables

    def boom(self, pno):
        raise AssertionError("pdfplumber opened on a page without a table")

    monkeypatch.setattr(pdf_tables.LazyPlumber, "page", boom)
    extract_bytes(fixtures["pdf_blackbox"].read_bytes(), source="b.pdf")


def test_black_box_inside_a_table_cell():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 12)
    c.drawString(80, 760, "关于拟发放补贴人员名单的公示")
    xs, ys = [80, 160, 360], [700, 680, 660]
    c.grid(xs, ys)
    for (x, y, t) in ((84, 686, "姓名"), (164, 686, "身份证号"), (84, 666, "王某"), (164, 666, "640502199003071234")):
        c.drawString(x, y, t)
    c.rect(162, 662, 150, 16, stroke=0, fill=1)
    c.save()
    doc = extract_bytes(buf.getvalue(), source="cell.pdf")
    cells = {b.position.cell: b.text for b in doc.blocks if b.kind == BlockKind.TABLE_CELL}
    assert cells[(0, 0, 1)] == "身份证号" and cells[(0, 1, 0)] == "王某" and (0, 1, 1) not in cells
    assert [b.text for b in doc.blocks if b.kind == BlockKind.COVERED] == ["640502199003071234"]


def test_a_scanned_page_among_text_pages_is_refused_without_ocr(fixtures, monkeypatch):
    """A scanned 附件 page would go unchecked; without OCR the file is UNREADABLE, naming the page."""
    import pypdfium2 as pdfium

    from extractors import pdf_ocr

    monkeypatch.setattr(pdf_ocr, "ocr_available", lambda: False)
    text = pdfium.PdfDocument(fixtures["pdf_plain"].read_bytes())
    scan = pdfium.PdfDocument(fixtures["pdf_scanned"].read_bytes())
    text.import_pages(scan)
    blank = text.new_page(595, 842)
    blank.close()
    buf = io.BytesIO()
    text.save(buf)
    n = len(text)
    with pytest.raises(NoTextLayer) as e:
        extract_bytes(buf.getvalue(), source="mixed.pdf")
    assert f"第{n - 1}页是扫描图像" in e.value.reason_zh and "install the OCR extra" in e.value.reason_en  # not the blank page n


def test_blank_pages_are_not_scans(fixtures):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(fixtures["pdf_plain"].read_bytes())
    pdf.new_page(595, 842).close()
    buf = io.BytesIO()
    pdf.save(buf)
    assert extract_bytes(buf.getvalue(), source="blank.pdf").page_count == len(pdf)


def test_black_box_inside_a_form_xobject():
    """Some producers wrap the page in a form XObject; the box inside is found, mapped to the page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.beginForm("Page")
    c.setFont("STSong-Light", 12)
    c.drawString(80, 700, "身份证号640502199003071234")
    c.rect(78, 696, 200, 16, stroke=0, fill=1)
    c.drawString(80, 660, "正文第二行")
    c.endForm()
    c.translate(10, -20)
    c.doForm("Page")
    c.save()
    doc = extract_bytes(buf.getvalue(), source="form.pdf")
    covered = [b for b in doc.blocks if b.kind == BlockKind.COVERED]
    assert [b.text for b in covered] == ["身份证号640502199003071234"]
    x0, top, x1, bottom = covered[0].position.bbox
    assert (x0, x1) == (88.0, 288.0), "bbox in page space, through the form's matrix"
    assert doc.visible_text() == "正文第二行"


@pytest.mark.parametrize("text_rgb, box_rgb, covered", [((0, 0, 0), (0, 0, 0), True), ((1, 1, 1), (0, 0, 0), False),
                                                        ((0, 0, 0), (0.9, 0.9, 0.9), False)])
def test_dark_text_on_a_dark_box_painted_first(text_rgb, box_rgb, covered):
    """Word exports a black highlight as a black box painted *before* black text: still unreadable."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 12)
    c.drawString(80, 720, "经核查，申请人材料齐全。")
    c.setFillColorRGB(*box_rgb)
    c.rect(78, 696, 150, 16, stroke=0, fill=1)
    c.setFillColorRGB(*text_rgb)
    c.drawString(80, 700, "640502199003071234")
    c.save()
    doc = extract_bytes(buf.getvalue(), source="hl.pdf")
    got = [b.text for b in doc.blocks if b.kind == BlockKind.COVERED]
    assert got == (["640502199003071234"] if covered else [])
    assert ("640502199003071234" in doc.visible_text()) is not covered


def test_one_point_text_is_invisible_but_a_dash_is_not():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 14)
    c.drawString(80, 720, "一、工作要求——各单位要加强宣传。")
    c.setFont("STSong-Light", 1)
    c.drawString(300, 720, "内部备注")
    c.save()
    doc = extract_bytes(buf.getvalue(), source="tiny.pdf")
    assert [(b.kind, b.text) for b in doc.hidden_blocks() if b.kind != BlockKind.METADATA] == [(BlockKind.INVISIBLE, "内部备注")]
    assert doc.visible_text() == "一、工作要求——各单位要加强宣传。"


def _canvas():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 14)
    c.drawString(80, 760, "一、工作要求：各单位要加强宣传。")
    return buf, c


@pytest.mark.parametrize("how", ["size-0", "horizontal-scale-0", "size-0.001", "flat-matrix"])
def test_text_drawn_at_size_zero_is_invisible(how):
    """pdfium's text page drops text no wider than 0.01 pt; pdfminer still reads it, and so can anyone who copies."""
    buf, c = _canvas()
    t = c.beginText(80, 500)
    t.setFont("STSong-Light", {"size-0": 0, "size-0.001": 0.001}.get(how, 12))
    if how == "horizontal-scale-0":
        t.setHorizScale(0)
    if how == "flat-matrix":
        t.setTextTransform(1, 0, 0, 0, 80, 500)  # no height: kept by pdfium, drawn as nothing
    t.textOut("内部备注")
    c.drawText(t)
    c.save()
    doc = extract_bytes(buf.getvalue(), source="zero.pdf")
    assert [(b.kind, b.text) for b in doc.hidden_blocks() if b.kind != BlockKind.METADATA] == [(BlockKind.INVISIBLE, "内部备注")]
    assert doc.visible_text() == "一、工作要求：各单位要加强宣传。"


def test_pdfminer_is_not_opened_without_text_drawn_at_size_zero(monkeypatch):
    from extractors import pdf_tables

    buf, c = _canvas()
    c.save()
    monkeypatch.setattr(pdf_tables.LazyPlumber, "page", lambda *a: pytest.fail("pdfplumber opened"))
    assert extract_bytes(buf.getvalue(), source="plain.pdf").visible_text() == "一、工作要求：各单位要加强宣传。"


def test_text_alone_on_a_page_at_size_zero_is_read():
    buf, c = _canvas()
    c.showPage()
    c.setFont("STSong-Light", 0)
    c.drawString(80, 500, "内部备注")
    c.save()
    doc = extract_bytes(buf.getvalue(), source="zero2.pdf")
    assert [(b.position.page, b.text) for b in doc.blocks if b.kind == BlockKind.INVISIBLE] == [(2, "内部备注")]


def _clip(c, box):
    p = c.beginPath()
    p.rect(*box)
    c.clipPath(p, stroke=0, fill=0)


@pytest.mark.parametrize("box, hidden, shown", [
    ((0, 0, 1, 1), "内部备注材料", ""),            # clipped away altogether
    ((0, 0, 104, 842), "备注材料", "内部"),          # the clip keeps the first two characters (80–104 pt)
    ((0, 0, 595, 842), "", "内部备注材料"),          # a clip that keeps it all hides nothing
])
def test_text_a_clip_path_cuts_away_is_invisible(box, hidden, shown):
    buf, c = _canvas()
    c.saveState()
    _clip(c, box)
    c.setFont("STSong-Light", 12)
    c.drawString(80, 500, "内部备注材料")
    c.restoreState()
    c.save()
    doc = extract_bytes(buf.getvalue(), source="clip.pdf")
    assert [b.text for b in doc.blocks if b.kind == BlockKind.INVISIBLE] == ([hidden] if hidden else [])
    assert doc.visible_text() == "\n".join(["一、工作要求：各单位要加强宣传。"] + ([shown] if shown else []))


def test_a_clip_cuts_only_its_own_text_not_the_text_beside_it():
    """A clipped object's box reaches over its neighbour (a spreadsheet cell's overflow): the neighbour stays visible."""
    buf, c = _canvas()
    c.setFont("STSong-Light", 12)
    c.saveState()
    _clip(c, (78, 495, 26, 20))
    c.drawString(80, 500, "甲乙丙丁戊己")
    c.restoreState()
    c.drawString(140, 503, "庚辛")
    c.save()
    doc = extract_bytes(buf.getvalue(), source="cells.pdf")
    assert [b.text for b in doc.blocks if b.kind == BlockKind.INVISIBLE] == ["丙丁戊己"]
    assert "庚辛" in doc.visible_text()


def test_the_clip_of_a_form_xobject_applies_to_the_text_inside():
    buf, c = _canvas()
    c.beginForm("F")
    c.setFont("STSong-Light", 12)
    c.drawString(80, 500, "内部备注材料")
    c.endForm()
    c.saveState()
    _clip(c, (0, 0, 1, 1))
    c.translate(10, 0)
    c.doForm("F")
    c.restoreState()
    c.save()
    doc = extract_bytes(buf.getvalue(), source="formclip.pdf")
    assert [b.text for b in doc.blocks if b.kind == BlockKind.INVISIBLE] == ["内部备注材料"]
    assert doc.visible_text() == "一、工作要求：各单位要加强宣传。"
