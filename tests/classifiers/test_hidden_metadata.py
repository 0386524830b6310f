"""Issue 10: a document property that repeats what the page shows is not hidden content."""

from __future__ import annotations

import pytest

from classifiers import load_config
from classifiers.audit import audit_path
from classifiers.hidden.metadata import unseen_part, visible_text
from extractors import extract

TITLE = "关于公开征求《中卫市就业创业补贴管理办法（征求意见稿）》意见的公告"
BODY = ("为广泛听取社会各界意见，现将《中卫市就业创业补贴管理办法（征求意见稿）》全文公布，公开征求意见。",
        "意见反馈截止时间为2026年12月20日。")


def _docx(path, *, title=TITLE, body=BODY, props=None, note="（此件公开发布）"):
    from docx import Document as Docx

    d = Docx()
    for t in ("中卫市人力资源和社会保障局文件", "卫人社发〔2026〕31号", title, *body, "中卫市人力资源和社会保障局",
              "2026年11月20日", note):
        d.add_paragraph(t)
    cp = d.core_properties
    for k, v in (props or {}).items():
        setattr(cp, k, v)
    d.save(str(path))
    return path


def _metadata(res):
    return [f for f in res.findings if f.code == "HIDDEN_CONTENT" and f.subtype == "metadata"]


@pytest.mark.parametrize("props", [
    {"title": TITLE},  # the core title is the visible title, 征求意见稿 and all
    {"title": "  关于公开征求《中卫市就业创业补贴管理办法(征求意见稿)》意见的公告 "},  # half-width brackets, spaces
    {"subject": "中卫市就业创业补贴管理办法（征求意见稿）"},  # a part of the visible text
    {"keywords": "征求意见稿；就业创业补贴"},  # each keyword is on the page
    {"title": TITLE + " 卫人社发〔2026〕31号"},  # visible title + visible 文号
])
def test_property_repeating_visible_text_is_not_hidden(tmp_path, props):
    res = audit_path(_docx(tmp_path / "a.docx", props=props), load_config())
    assert _metadata(res) == [], [f.message for f in _metadata(res)]
    assert str(res.decision) == "approve"


@pytest.mark.parametrize("props, why", [
    ({"title": "值班表（征求意见稿）"}, "征求意见稿"),  # a draft mark the page does not show
    ({"keywords": "内部资料；就业创业补贴"}, "内部资料"),  # one keyword is not on the page
    ({"title": TITLE + " 内部掌握"}, "内部掌握"),  # the visible title plus an unseen internal mark
    ({"comments": "请删除第二段后再发"}, "请删除"),
])
def test_property_adding_what_the_page_does_not_show_is_hidden(tmp_path, props, why):
    res = audit_path(_docx(tmp_path / "b.docx", props=props), load_config())
    found = _metadata(res)
    assert len(found) == 1 and why in found[0].message, [f.message for f in res.findings]


def test_a_short_mark_is_not_excused_by_a_longer_word_on_the_page(tmp_path):
    """内部 as the whole keyword stays a mark even though 内部管理 is on the page."""
    body = ("为加强机关内部管理，现将有关事项通知如下。",)
    res = audit_path(_docx(tmp_path / "c.docx", title="关于加强机关内部管理的通知", body=body,
                           props={"keywords": "内部"}), load_config())
    assert len(_metadata(res)) == 1


def test_unseen_part():
    visible, blocks = "关于印发办法的通知现将办法印发给你们", ("关于印发办法的通知", "现将办法印发给你们")
    assert unseen_part("关于印发办法的通知", visible, blocks) == ""
    assert unseen_part("关于印发办法的通知 草稿", visible, blocks) == "草稿"
    assert unseen_part("内部资料", visible, blocks) == "内部资料"


def test_visible_text_leaves_out_what_only_a_machine_reads(tmp_path):
    doc = extract(_docx(tmp_path / "d.docx", props={"title": "值班表（征求意见稿）"}))
    whole, _ = visible_text(doc)
    assert "值班表" not in whole and "征求意见稿" in whole
