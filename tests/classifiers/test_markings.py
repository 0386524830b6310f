"""Every marking style (《公开属性源头认定制度》第三、四条) and the traps that are not markings."""

from __future__ import annotations

import pytest

from classifiers import load_config
from classifiers.markings import attachment_span, find_reason, scan
from extractors.model import Block, BlockKind, Document, Position, Sidecar
from extractors.zones import assign_zones

HEAD = ["中卫市人力资源和社会保障局文件", "卫人社发〔2026〕12号", "关于做好城乡居民养老保险费征缴工作的通知", "各县（区）人力资源和社会保障局："]
BODY = ["现就有关事项通知如下。", "一、参保人员可在集中征缴期内自主选择缴费档次缴纳。"]
SIGN = ["中卫市人力资源和社会保障局", "2026年11月20日"]
RECORD = ["抄送：市财政局", "中卫市人力资源和社会保障局办公室　　2026年11月20日印发"]


def make_doc(lines, *, sidecar: Sidecar | None = None, cells=(), header: str | None = None, metadata=()) -> Document:
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)]
    for r, row in enumerate(cells):
        for c, t in enumerate(row):
            blocks.append(Block(BlockKind.TABLE_CELL, t, Position(block=len(blocks), cell=(0, r, c))))
    if header:
        blocks.append(Block(BlockKind.HEADER, header, Position(block=len(blocks), part="word/header1.xml")))
    zoned, fields = assign_zones(tuple(blocks))
    return Document("t.docx", "0" * 64, "docx", zoned, fields, sidecar=sidecar, metadata=tuple(metadata))


def doc_with(notes=(), rows=(), body=BODY, **kw) -> Document:
    return make_doc(HEAD + list(body) + SIGN + list(notes) + list(rows) + RECORD, **kw)


@pytest.fixture(scope="module")
def cfg():
    return load_config()["markings"]


def codes(s) -> list[str]:
    return sorted(str(f.code) for f in s.findings)


@pytest.mark.parametrize("notes, rows, attribute, zone", [
    # 附注 lines
    (["（此件公开发布）"], [], "主动公开", "附注"),
    (["（此件主动公开）"], [], "主动公开", "附注"),
    (["(此件依申请公开)"], [], "依申请公开", "附注"),
    (["（此件不予公开）"], [], "不予公开", "附注"),
    (["（此件不公开）"], [], "不予公开", "附注"),
    (["此件不公开"], [], "不予公开", "附注"),
    (["（免予公开）"], [], "不予公开", "附注"),
    (["免予公开"], [], "不予公开", "附注"),
    (["（此件可依申请公开）"], [], "依申请公开", "附注"),
    (["（此件为普发性公文，作为主动公开信息）"], [], "主动公开", "附注"),
    (["（此件为政府内部研究报批过程中的信息，作为免予公开信息）"], [], "不予公开", "附注"),
    (["（此 件 公 开 发 布）"], [], "主动公开", "附注"),
    # 版记 rows, half/full width, brackets, spaces
    ([], ["公开方式：主动公开"], "主动公开", "版记"),
    ([], ["公开方式:依申请公开"], "依申请公开", "版记"),
    ([], ["公开属性：不予公开"], "不予公开", "版记"),
    ([], ["信息公开选项：主动公开"], "主动公开", "版记"),
    ([], ["【公开方式】依申请公开"], "依申请公开", "版记"),
    ([], ["[公开方式] 不予公开"], "不予公开", "版记"),
    ([], ["公 开 方 式 ： 主 动 公 开"], "主动公开", "版记"),
    ([], ["公开方式　：　免予公开"], "不予公开", "版记"),
    # 发文稿纸 checkbox rows
    ([], ["□主动公开 ☑依申请公开 □不予公开"], "依申请公开", None),
    ([], ["公开属性：☑主动公开 □依申请公开 □不予公开"], "主动公开", None),
    ([], ["[ ]主动公开 [√]依申请公开 [ ]不予公开"], "依申请公开", None),
    ([], ["○主动公开 ○依申请公开 ●不予公开"], "不予公开", None),
    # how a document names itself, modal and audience words
    (["（本件不予公开）"], [], "不予公开", "附注"),
    (["（该文件不予公开）"], [], "不予公开", "附注"),
    (["（此件可公开发布）"], [], "主动公开", "附注"),
    (["（此件主动向社会公开）"], [], "主动公开", "附注"),
    ([], ["公开形式：依申请公开"], "依申请公开", "版记"),
    ([], ["公开类型：主动公开"], "主动公开", "版记"),
])
def test_marking_styles(cfg, notes, rows, attribute, zone):
    s = scan(doc_with(notes, rows), cfg)
    assert s.attribute == attribute
    assert codes(s) == []
    if zone:
        assert s.primary.zone == zone


@pytest.mark.parametrize("value", ["部分公开", "内部公开", "限制公开", "有条件公开", "暂缓公开"])
@pytest.mark.parametrize("form", ["公开方式：{v}", "（此件{v}）"])
def test_invalid_values(cfg, value, form):
    text = form.format(v=value)
    s = scan(doc_with(notes=[text]) if text.startswith("（") else doc_with(rows=[text]), cfg)
    assert codes(s) == ["LABEL_INVALID"]
    assert s.attribute is None
    assert value in s.findings[0].message and "第三条" in s.findings[0].message


@pytest.mark.parametrize("notes, rows, body", [
    ([], [], BODY),
    # traps: a body sentence that talks about 主动公开 is not a marking
    ([], [], BODY + ["各单位要将补贴发放结果通过政府网站主动公开，接受社会监督。"]),
    ([], [], BODY + ["公开方式：通过门户网站、政务新媒体等渠道主动公开，接受群众监督。"]),
    ([], [], BODY + ["对依申请公开的，要在规定时限内答复；对不予公开的，要说明理由。"]),
    # 发文字号 and dates are never markings
    ([], [], BODY + ["根据卫人社发〔2026〕12号文件精神，于2026年12月1日前完成。"]),
    # an unticked checkbox row is no marking
    ([], ["□主动公开 □依申请公开 □不予公开"], BODY),
    # a note that is not about disclosure
    (["（此件发至县级）"], [], BODY),
])
def test_missing_and_traps(cfg, notes, rows, body):
    s = scan(doc_with(notes, rows, body=body), cfg)
    assert codes(s) == ["LABEL_MISSING"]
    assert s.attribute is None
    assert "第四条" in s.findings[0].message


def test_missing_message_for_unticked_boxes(cfg):
    s = scan(doc_with(rows=["□主动公开 □依申请公开 □不予公开"]), cfg)
    assert "勾选" in s.findings[0].message


@pytest.mark.parametrize("notes, rows, sidecar, first", [
    (["（此件公开发布）"], ["公开方式：依申请公开"], None, "主动公开"),
    ([], ["公开方式：主动公开"], Sidecar("t.json", attribute="不予公开"), "主动公开"),
    ([], ["☑主动公开 ☑依申请公开 □不予公开"], None, "主动公开"),
])
def test_conflicts(cfg, notes, rows, sidecar, first):
    s = scan(doc_with(notes, rows, sidecar=sidecar), cfg)
    assert codes(s) == ["LABEL_CONFLICT"]
    assert s.attribute == first


def test_conflict_names_both_zones(cfg):
    s = scan(doc_with(["（此件公开发布）"], [], sidecar=Sidecar("t.json", attribute="依申请公开")), cfg)
    msg = s.findings[0].message
    assert "附注" in msg and "OA表单" in msg


def test_same_value_twice_is_no_conflict(cfg):
    s = scan(doc_with(["（此件主动公开）"], ["公开方式：主动公开"], sidecar=Sidecar("t.json", attribute="主动公开")), cfg)
    assert codes(s) == [] and s.attribute == "主动公开" and s.primary.zone == "附注"


def test_sidecar_alone_is_a_marking(cfg):
    s = scan(doc_with(sidecar=Sidecar("t.json", attribute="依申请公开")), cfg)
    assert codes(s) == [] and s.attribute == "依申请公开" and s.primary.zone == "OA表单"


def test_document_property_is_a_marking(cfg):
    s = scan(doc_with(metadata=[("custom:公开属性", "不予公开")]), cfg)
    assert s.attribute == "不予公开" and s.primary.style == "文档属性"


@pytest.mark.parametrize("cells, attribute", [
    ([("公开属性", "依申请公开")], "依申请公开"),
    ([("公开方式：", "主动公开")], "主动公开"),
    ([("☑主动公开", "□依申请公开", "□不予公开")], "主动公开"),
])
def test_table_cells(cfg, cells, attribute):
    s = scan(make_doc(HEAD + BODY + SIGN + RECORD, cells=cells), cfg)
    assert s.attribute == attribute and codes(s) == []


def test_work_secret_mark_in_head_is_not_a_marking(cfg):
    """``内部`` at the top of a short document is a 工作秘密 mark, not an invalid 公开属性."""
    lines = ["内部"] + HEAD + BODY[:1] + SIGN + ["（此件不予公开）"] + RECORD
    s = scan(make_doc(lines), cfg)
    assert codes(s) == [] and s.attribute == "不予公开"


def test_attached_original_marking_is_not_this_documents(cfg):
    lines = HEAD + BODY + SIGN + ["（此件依申请公开）", "附件", "自治区人力资源和社会保障厅关于做好稳岗返还工作的通知", "（此件公开发布）"] + RECORD
    d = make_doc(lines)
    s = scan(d, cfg)
    assert codes(s) == [] and s.attribute == "依申请公开"
    span = attachment_span(d)
    assert span is not None and d.blocks[span[0]].text == "附件"


@pytest.mark.parametrize("notes, rows, sidecar, reason", [
    (["（此件不予公开，理由：属内部研究过程信息）"], [], None, "属内部研究过程信息"),
    (["（此件为涉及特定单位的信息，作为依申请公开信息）"], [], None, "涉及特定单位的信息"),
    ([], ["公开方式：不予公开", "不公开理由：属机关内部管理事务"], None, "属机关内部管理事务"),
    ([], ["公开方式：不予公开"], Sidecar("t.json", attribute="不予公开", reason="答复有关部门意见"), "答复有关部门意见"),
    (["（此件不予公开）"], [], None, None),
])
def test_reasons(cfg, notes, rows, sidecar, reason):
    d = doc_with(notes, rows, sidecar=sidecar)
    assert find_reason(d, cfg) == reason
    assert scan(d, cfg).reason == reason


def test_marking_position_points_at_the_value(cfg):
    s = scan(doc_with(rows=["公开方式：依申请公开"]), cfg)
    p = s.primary.position
    block = next(b for b in doc_with(rows=["公开方式：依申请公开"]).blocks if b.position.block == p.block)
    assert block.text[p.start:p.end] == "依申请公开"


# --- issue 10: variants, page furniture, checkbox groups, the main document's own zones ------------

@pytest.mark.parametrize("row, attribute", [
    ("公开方式∶主动公开", "主动公开"),  # U+2236 ratio colon
    ("公开属性﹕依申请公开", "依申请公开"),  # small colon
    ("公开属性꞉不予公开", "不予公开"),  # modifier-letter colon
    ("公开方式　主动公开", "主动公开"),  # ideographic space instead of a colon
    ("公 开 属 性 ： 依 申 请 公 开", "依申请公开"),
    ("［公开方式］不予公开", "不予公开"),
    ("【公开属性】：依申请公开", "依申请公开"),
    ("政府信息公开方式：主动公开", "主动公开"),
    ("（此件依申请公开。联系人：马某，联系电话：0955-7012333）", "依申请公开"),
])
def test_colon_space_and_width_variants(cfg, row, attribute):
    s = scan(doc_with(rows=[row]), cfg)
    assert (s.attribute, codes(s)) == (attribute, [])


def test_marking_position_maps_back_through_normalisation(cfg):
    d = doc_with(rows=["公开属性∶　依申请公开"])
    p = scan(d, cfg).primary.position
    assert d.blocks[p.block].text[p.start:p.end] == "依申请公开"


def page_doc(rows=(), *, footer=None, header=None):
    lines = HEAD + BODY + SIGN + list(rows) + RECORD
    blocks = [Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines)]
    for kind, text in ((BlockKind.HEADER, header), (BlockKind.FOOTER, footer)):
        if text:
            for page in (1, 2):  # a template repeats it on every page
                blocks.append(Block(kind, text, Position(page=page, block=len(blocks))))
    zoned, fields = assign_zones(tuple(blocks))
    return Document("t.pdf", "0" * 64, "pdf", zoned, fields)


@pytest.mark.parametrize("footer, header, attribute, zone", [
    ("公开方式：主动公开　　— 1 —", None, "主动公开", "页脚"),
    ("公开方式：依申请公开\t第 1 页 共 2 页", None, "依申请公开", "页脚"),
    (None, "信息公开选项：不予公开", "不予公开", "页眉"),
    (None, "（此件公开发布）", "主动公开", "页眉"),
])
def test_page_header_and_footer_markings(cfg, footer, header, attribute, zone):
    s = scan(page_doc(footer=footer, header=header), cfg)
    assert (s.attribute, codes(s), s.primary.zone) == (attribute, [], zone)


def test_page_furniture_that_is_no_marking(cfg):
    """A 工作秘密 mark or a page number in the 页眉/页脚 is not a 公开属性."""
    assert codes(scan(page_doc(header="内部", footer="— 1 —"), cfg)) == ["LABEL_MISSING"]


def test_footer_counts_less_than_the_record_and_conflicts_with_it(cfg):
    s = scan(page_doc(["公开方式：依申请公开"], footer="公开方式：主动公开"), cfg)
    assert s.attribute == "依申请公开" and s.primary.zone == "版记" and codes(s) == ["LABEL_CONFLICT"]
    same = scan(page_doc(["公开方式：主动公开"], footer="公开方式：主动公开"), cfg)
    assert codes(same) == [] and same.primary.zone == "版记"


@pytest.mark.parametrize("cells, attribute", [
    ([("公开属性", "□", "主动公开", "□", "依申请公开", "√", "不予公开")], "不予公开"),  # glyphs in cells of their own
    ([("公开属性", "□ 主动公开"), ("", "✓ 依申请公开"), ("", "□ 不予公开")], "依申请公开"),  # one option a row
    ([("公开方式", "□主动公开 ☑依申请公开 □不予公开")], "依申请公开"),
])
def test_checkbox_groups_in_tables(cfg, cells, attribute):
    s = scan(make_doc(HEAD + BODY + SIGN + RECORD, cells=cells), cfg)
    assert (s.attribute, codes(s)) == (attribute, [])


def test_checkbox_one_option_a_line(cfg):
    s = scan(doc_with(rows=["□主动公开", "☑依申请公开", "□不予公开"]), cfg)
    assert (s.attribute, codes(s)) == ("依申请公开", [])
    assert codes(scan(doc_with(rows=["□主动公开", "□依申请公开", "□不予公开"]), cfg)) == ["LABEL_MISSING"]


def test_record_after_attachment_is_the_main_documents(cfg):
    lines = HEAD + BODY + SIGN + ["附件1", "稳岗返还企业名单", "1. 某某有限公司，返还金额1000元。", "公开方式：不予公开"] + RECORD
    s = scan(make_doc(lines), cfg)
    assert (s.attribute, codes(s), s.primary.zone) == ("不予公开", [], "版记")


def test_a_record_drawn_as_a_table_carries_its_marking(cfg):
    """A 版记 laid out as a one-column table (公开方式：主动公开 | 抄送：… | 印发机关 印发日期): its first row is the marking."""
    s = scan(make_doc(HEAD + BODY + SIGN, cells=[("公开方式：依申请公开",), ("抄送：市财政局。",),
                                                 ("中卫市人力资源和社会保障局办公室", "2026年11月20日印发")]), cfg)
    assert s.attribute == "依申请公开" and codes(s) == []


def test_the_lines_holding_a_checkbox_are_found_in_one_search_as_line_by_line():
    """``_boxed`` (one pass over the joined lines) picks exactly the lines ``_box_matches`` finds a hit on."""
    import random

    from classifiers.markings import MarkingsConfig, _box_matches, _boxed, _patterns

    p = _patterns(MarkingsConfig())
    r = random.Random(3)
    pieces = ["☑", "□", "[√]", "（ ）", "(x)", "［", "主动公开", "依申请公开", "不予公开", "公开", "内部", " ", "　", "\n",
              "（此件公开发布）", "公开范围", "字", "，", "√"]
    for _ in range(1500):
        lines = ["".join(r.choice(pieces) for _ in range(r.randint(0, 6))).replace("\n", " ") for _ in range(r.randint(1, 5))]
        assert _boxed(lines, p) == {k for k, line in enumerate(lines) if _box_matches(line, p)}, lines
