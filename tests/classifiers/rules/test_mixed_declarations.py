"""MIXED_CONTENT from a passage's own declaration of who may read it, in any internal audience's words,
and from notes left for deletion before issue (源头认定第三条（三）). The wording here is written fresh:
the grammar (restriction × internal audience × way of keeping), not a phrase, is what is tested."""

from __future__ import annotations

import pytest

from classifiers.rules.mixed_content import MixedContentRule

TITLE = "关于开展2026年春季职业技能培训补贴申领工作的通知"
BASE = ["为规范补贴申领，现将有关事项通知如下。", "一、申领对象为本市参保职工。"]


@pytest.mark.parametrize("passage, subtype", [
    # a bracketed aside naming an internal audience and a way of keeping the passage
    ("三、复核要求【只限稽核人员内部掌握】抽样比例按上年差错率确定。", "internal"),
    ("三、异常单位处置（限审核人员把握，统一按缓办处理）对材料存疑的单位暂缓拨付。", "internal"),
    ("三、值守安排（仅在业务科室之间流转）周末由两名科员轮值。", "internal"),
    # a bracketed aside keeping the passage from the public
    ("三、人员调配说明（系统内留存，不对外发布）年中从各分中心抽调六人。", "internal"),
    ("三、风险提示（不随文下发）部分机构存在虚报人数的迹象。", "internal"),
    # a passage pointed at and kept for an internal audience
    ("三、下列事项供局属单位承办人员参阅执行：资金不足时优先保障重点群体。", "internal"),
    # a passage pointed at and kept out of the document or from the public
    ("另安排500万元机动资金，此项资金暂不向社会说明。", "internal"),
    ("对两家龙头企业可适当放宽条件，这一做法不写入文件。", "internal"),
    # a note left for deletion before issue
    ("三、编写附记（印发前删除）：标准原按每人每月300元测算。", "process"),
])
def test_declared_passages_found(gongwen, run, passage, subtype):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    findings, _ = run(MixedContentRule, doc)
    assert subtype in {f.subtype for f in findings}, findings
    f = next(f for f in findings if f.subtype == subtype)
    block = next(b for b in doc.blocks if b.position.block == f.position.block)
    assert block.text == passage
    assert "第三条（三）" in f.message


@pytest.mark.parametrize("passage", [
    # places and services open or closed to the public are not a passage's audience
    "培训场地（内部停车场不对外开放）位于市民中心北楼。",
    "申领材料（限在窗口现场提交）包括身份证和培训合格证书。",
    "材料由经办机构审核（只在工作日受理），审核结果短信告知。",
    # a rule stated to every unit, with nothing pointed at
    "各单位要加强管理，涉密材料不得对外提供，切实做好保密工作。",
    # a form to be filled in by staff is not kept from anyone
    "受理回执（此栏由工作人员填写）随申请表一并提交。",
])
def test_ordinary_brackets_do_not_fire(gongwen, run, passage):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    assert run(MixedContentRule, doc)[0] == []


def test_a_passage_in_an_attachment_is_read(gongwen, run):
    """An 附件 is published with the notice: an internal passage in it is found too."""
    doc = gongwen(TITLE, BASE, notes=["（此件公开发布）", "附件", "各受理点联络表", "（仅供经办人员工作联系使用）城东受理点内线8021。"])
    findings, _ = run(MixedContentRule, doc)
    line = next(b.position.block for b in doc.blocks if b.text.startswith("（仅供经办人员"))
    assert any(f.subtype == "internal" and f.position.block == line for f in findings), findings


def test_rules_reproduced_in_an_attachment_do_not_fire(gongwen, run):
    """An 附件 often reproduces a form or a rule (涉及商业秘密的不予公开): only a declaration in the passage's
    own words counts there."""
    doc = gongwen(TITLE, BASE, notes=["（此件公开发布）", "附件", "信息公开申请须知",
                                      "申请内容涉及商业秘密、个人隐私的，依法不予公开，内部掌握的过程性信息可不予提供。"])
    assert run(MixedContentRule, doc)[0] == []
