"""docx: every part a reader sees, every part only a machine reads, each block labelled."""

from __future__ import annotations

import pytest

from extractors import BlockKind, extract_bytes
from samples.hostile import body, minimal_docx


def kinds(doc, visible=None):
    return [b.kind for b in doc.blocks if visible is None or b.visible == visible]


def machine_only(doc, kind):
    return [b for b in doc.blocks if b.kind == kind and not b.visible]


def test_tracked_deletion_keeps_the_full_id_under_its_masked_version(extracted):
    doc = extracted["docx_tracked"]
    dels = machine_only(doc, BlockKind.DELETION)
    assert len(dels) == 1 and len(dels[0].text) == 18 and dels[0].note == "修订删除；作者：科员甲"
    assert dels[0].text not in doc.visible_text(), "a deletion is not what a reader sees"
    masked = dels[0].text[:6] + "********" + dels[0].text[-4:]
    assert masked in doc.visible_text()


def test_tracked_insertion_is_in_the_paragraph_python_docx_would_drop(extracted, fixtures):
    """python-docx's paragraph.text drops w:ins text (the known trap); ours keeps it and records the revision."""
    import docx

    doc = extracted["docx_tracked"]
    ins = machine_only(doc, BlockKind.INSERTION)
    assert [b.text for b in ins] == ["（已核实）"]
    assert any(b.kind == BlockKind.PARAGRAPH and b.text.endswith("（已核实）") for b in doc.blocks)
    pd = docx.Document(str(fixtures["docx_tracked"]))
    assert not any("已核实" in p.text for p in pd.paragraphs), "python-docx behaviour changed; the trap is gone"


def test_accepted_document_has_nothing_machine_only_but_ordinary_properties(extracted):
    doc = extracted["docx_accepted"]
    assert {b.kind for b in doc.hidden_blocks()} == {BlockKind.METADATA}
    assert all(b.note in ("core:creator", "core:lastModifiedBy") for b in doc.hidden_blocks())


@pytest.mark.parametrize(
    "name, kind, text_part, note_part",
    [
        ("docx_comment", BlockKind.COMMENT, "请改为全号", "审核人"),
        ("docx_comment", BlockKind.COMMENT, "请改为全号", "位置：“经复核，申请人"),  # where it is attached, digits starred
        ("docx_hidden", BlockKind.HIDDEN, "内部掌握", "w:vanish"),
        ("docx_hidden", BlockKind.HIDDEN, "13995512345", "w:vanish"),  # hidden through a character style
        ("docx_white", BlockKind.INVISIBLE, "原始号码", "FFFFFF"),
        ("docx_white", BlockKind.INVISIBLE, "内部备注", "磅"),  # 1 pt text
        ("docx_covered", BlockKind.COVERED, "44030519991011", "black"),
        ("docx_field", BlockKind.FIELD, "INCLUDETEXT", "INCLUDETEXT"),
        ("docx_embedded", BlockKind.EMBEDDED, "oleObject1.bin", "字节"),
        ("docx_properties", BlockKind.METADATA, "内部资料", "core:keywords"),
        ("docx_properties", BlockKind.METADATA, "请删除第二段", "core:description"),
        ("docx_properties", BlockKind.METADATA, "内部", "_Name"),
        ("docx_properties", BlockKind.METADATA, "中卫市人力资源和社会保障局", "app:Company"),
        ("docx_properties", BlockKind.METADATA, "暂缓公开", "docvar:审核"),
    ],
)
def test_machine_only_blocks(extracted, name, kind, text_part, note_part):
    blocks = machine_only(extracted[name], kind)
    assert any(text_part in b.text and note_part in (b.note or "") for b in blocks), [(b.text, b.note) for b in blocks]


def test_hidden_runs_leave_the_visible_paragraph(extracted):
    for name in ("docx_hidden", "docx_white", "docx_covered"):
        doc = extracted[name]
        for b in doc.hidden_blocks():
            if b.kind != BlockKind.METADATA:
                assert b.text not in doc.visible_text(), (name, b.text)


@pytest.mark.parametrize(
    "name, kind, text",
    [
        ("docx_textbox", BlockKind.TEXTBOX, "此件经局长办公会审议通过"),
        ("docx_header_footer", BlockKind.HEADER, "中卫市人力资源和社会保障局"),
        ("docx_header_footer", BlockKind.FOOTER, "内部资料 注意保管"),
        ("docx_notes", BlockKind.FOOTNOTE, "依据《职业技能提升行动方案》"),
        ("docx_notes", BlockKind.ENDNOTE, "数据截至2026年10月底"),
    ],
)
def test_visible_parts_beyond_the_body(extracted, name, kind, text):
    assert any(b.kind == kind and b.visible and text in b.text for b in extracted[name].blocks)


def test_textbox_once_despite_vml_fallback(extracted):
    doc = extracted["docx_textbox"]
    assert [b.text for b in doc.blocks if b.kind == BlockKind.TEXTBOX] == ["此件经局长办公会审议通过"]


def test_public_hyperlink_field_is_kept_as_a_field_block(extracted):
    doc = extracted["docx_field"]
    fields = [b.text for b in doc.blocks if b.kind == BlockKind.FIELD]
    assert any(t.startswith("HYPERLINK") for t in fields)
    assert "人社局网站" in doc.visible_text() and "名单" in doc.visible_text(), "a field's result is what a reader sees"


def test_table_cells_carry_coordinates(extracted):
    doc = extracted["docx_tables_only"]
    cells = {b.position.cell: b.text for b in doc.blocks if b.kind == BlockKind.TABLE_CELL}
    assert cells[(0, 0, 2)] == "身份证号" and cells[(0, 4, 1)]
    assert doc.fields.title is None, "a table header is not a 标题"


def test_grid_span_shifts_columns_and_nested_tables_are_numbered():
    cell = lambda t, extra="": f"<w:tc><w:tcPr>{extra}</w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>"  # noqa: E731
    nested = "<w:tbl><w:tr>" + cell("内") + "</w:tr></w:tbl>"
    xml = body("<w:tbl><w:tr>" + cell("甲", '<w:gridSpan w:val="2"/>') + cell("乙") + "</w:tr><w:tr>"
               + f"<w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>{nested}</w:tc>" + "</w:tr></w:tbl>")
    doc = extract_bytes(minimal_docx(xml), source="t.docx")
    cells = [(b.position.cell, b.text) for b in doc.blocks]
    assert cells == [((0, 0, 0), "甲"), ((0, 0, 2), "乙"), ((0, 1, 0), "外"), ((1, 0, 0), "内")]


@pytest.mark.parametrize(
    "rpr, expected",
    [
        ('<w:vanish/>', BlockKind.HIDDEN),
        ('<w:vanish w:val="0"/>', None),
        ('<w:color w:val="FFFFFF"/>', BlockKind.INVISIBLE),
        ('<w:color w:val="FDFDFD"/>', BlockKind.INVISIBLE),
        ('<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:fill="000000"/>', None),  # white on black: readable
        ('<w:color w:val="000000"/><w:highlight w:val="black"/>', BlockKind.COVERED),
        ('<w:highlight w:val="yellow"/>', None),
        ('<w:color w:val="C00000"/>', None),  # red 版头 text is visible
        ('<w:color w:themeColor="background1" w:val="FFFFFF"/>', BlockKind.INVISIBLE),
        ('<w:sz w:val="2"/>', BlockKind.INVISIBLE),
        ('<w:sz w:val="20"/>', None),
    ],
)
def test_run_visibility_table(rpr, expected):
    xml = body(f"<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr>{rpr}</w:rPr><w:t>测试文字</w:t></w:r></w:p>")
    doc = extract_bytes(minimal_docx(xml), source="t.docx")
    hidden = [b.kind for b in doc.blocks if not b.visible]
    if expected is None:
        assert hidden == [] and doc.blocks[0].text == "可见测试文字"
    else:
        assert hidden == [expected] and doc.blocks[0].text == "可见"


def test_paragraph_style_hides_runs():
    styles = ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:style w:type="paragraph" w:styleId="Base"><w:rPr><w:vanish/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Child"><w:basedOn w:val="Base"/></w:style></w:styles>')
    xml = body('<w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:t>继承隐藏</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p>')
    doc = extract_bytes(minimal_docx(xml, {"word/styles.xml": styles.encode()}), source="t.docx")
    assert [(b.kind, b.text, b.visible) for b in doc.blocks] == [(BlockKind.HIDDEN, "继承隐藏", False), (BlockKind.PARAGRAPH, "正文", True)]


def test_sniffed_by_content_not_name(fixtures):
    from extractors import extract_bytes as xb

    data = fixtures["docx_plain"].read_bytes()
    assert xb(data, source="x.pdf", name="伪装 的文件.pdf").format == "docx"
    assert xb(fixtures["pdf_plain"].read_bytes(), source="x.docx", name="x.docx").format == "pdf"


def test_checkbox_symbols_read_as_they_look():
    sym = lambda font, char: f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'  # noqa: E731
    xml = body("<w:p>" + sym("Wingdings 2", "F052") + "<w:r><w:t>依申请公开 </w:t></w:r>" + sym("Wingdings", "F0A8")
               + "<w:r><w:t>主动公开</w:t></w:r></w:p>")
    doc = extract_bytes(minimal_docx(xml), source="t.docx")
    assert doc.blocks[0].text == "☑依申请公开 □主动公开"


def test_unterminated_field_cannot_swallow_text():
    xml = body('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>公民身份号码640502199003071234</w:t></w:r></w:p>')
    doc = extract_bytes(minimal_docx(xml), source="t.docx")
    assert [(b.kind, b.visible) for b in doc.blocks] == [(BlockKind.FIELD, False)]
    assert "640502199003071234" in doc.blocks[0].text


def test_ruby_base_text():
    xml = body("<w:p><w:r><w:t>中卫</w:t></w:r><w:ruby><w:rt><w:r><w:t>wèi</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>市</w:t></w:r>"
               "</w:rubyBase></w:ruby></w:p>")
    assert extract_bytes(minimal_docx(xml), source="t.docx").blocks[0].text == "中卫市"


@pytest.mark.parametrize(
    "cell_fill, expected",
    [("1F3864", None),  # a dark header row: white text on it is readable
     ("FFFFFF", BlockKind.INVISIBLE), (None, BlockKind.INVISIBLE)],
)
def test_white_text_on_cell_shading(cell_fill, expected):
    tcpr = f'<w:tcPr><w:shd w:val="clear" w:fill="{cell_fill}"/></w:tcPr>' if cell_fill else ""
    xml = body(f'<w:tbl><w:tr><w:tc>{tcpr}<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>表头</w:t></w:r></w:p></w:tc>'
               "<w:tc><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    doc = extract_bytes(minimal_docx(xml), source="t.docx")
    hidden = [b.kind for b in doc.blocks if not b.visible]
    assert hidden == ([] if expected is None else [expected])
