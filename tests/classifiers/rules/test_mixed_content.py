"""MIXED_CONTENT: a 主动公开 document may not carry non-public passages (源头认定第三条（三））."""

from __future__ import annotations

import pytest

from classifiers.rules.mixed_content import MixedContentRule

TITLE = "关于做好城乡居民养老保险费征缴工作的通知"
BASE = ["为做好征缴工作，现就有关事项通知如下。"]


@pytest.mark.parametrize("passage, subtype", [
    ("（此段内部掌握，不得外传）各县（区）资金缺口情况如下。", "internal"),
    ("以下内容仅供内部参考：部分经办机构存在基金管理风险。", "internal"),
    ("本段属工作秘密：专项督查拟重点抽查的单位另行通知。", "secret"),
    ("（讨论稿，尚未定稿）缴费档次调整方案待局党组研究后另行通知。", "process"),
    ("本表涉及个人隐私，请勿对外公布。", "private"),
    ("此段不予公开：拟调整的补贴标准。", "secret"),
    # wording outside the phrase lists, caught by the self-referential patterns
    ("（该部分数据限系统内部知悉）各县（区）基金结余情况如下。", "internal"),
    ("以下情况请勿在网站发布：个别经办机构存在违规操作问题。", "internal"),
    ("下列督导问题清单限局内传阅，不对外提供。", "internal"),
])
def test_passages_found_and_located(gongwen, run, passage, subtype):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    findings, _ = run(MixedContentRule, doc)
    assert findings and all(f.code == "MIXED_CONTENT" for f in findings)
    assert subtype in {f.subtype for f in findings}
    f = next(f for f in findings if f.subtype == subtype)
    block = next(b for b in doc.blocks if b.position.block == f.position.block)
    assert block.text == passage
    assert f.explanation[0][1] in block.text[f.position.start:f.position.end]
    assert "第三条（三）" in f.message


@pytest.mark.parametrize("passage", [
    # a notice about secrecy rules states rules; it does not label itself (trap)
    "各单位要严格执行保密制度，涉密文件一律不得外传，严禁在互联网计算机上处理涉密信息。",
    "加强保密管理，内部资料不得对外公开，切实做好保密工作。",
    # ordinary uses of 内部 are not markers
    "各经办机构要健全内部控制制度，加强内部管理。",
    "政策咨询可拨打12333，公开方式见门户网站。",
    # a pattern needs a self-reference: a rule about what may not be published is not a marker
    "依法不予公开的政府信息，不得在网站发布。",
    "以下单位的补贴已在门户网站公布，接受社会监督。",
])
def test_traps_do_not_fire(gongwen, run, passage):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    assert run(MixedContentRule, doc)[0] == []


@pytest.mark.parametrize("note", ["（此件依申请公开）", "（此件不予公开）", None])
def test_only_proactive_documents(gongwen, run, note):
    doc = gongwen(TITLE, BASE + ["（此段内部掌握，不得外传）资金缺口情况。"], notes=[note] if note else [])
    assert run(MixedContentRule, doc)[0] == []


def test_passage_split_over_pdf_lines_is_found(gongwen, run):
    doc = gongwen(TITLE, BASE + ["各县（区）资金缺口情况（此段内部", "掌握，不得外传）如下。"], notes=["（此件公开发布）"])
    findings, _ = run(MixedContentRule, doc)
    assert findings and findings[0].position.block is not None


@pytest.mark.parametrize("passage", [
    "对涉及商业秘密的岗位，用人单位可以与劳动者约定竞业限制条款。",
    "涉及个人隐私的信息，按规定不予公开。",
])
def test_a_phrase_that_names_a_kind_of_post_or_matter_is_a_rule(gongwen, run, passage):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    assert run(MixedContentRule, doc)[0] == []
    # said of this document's own part, it still labels a passage
    doc = gongwen(TITLE, BASE + ["附表涉及个人隐私，请勿公开。"], notes=["（此件公开发布）"])
    assert [f.code for f in run(MixedContentRule, doc)[0]] == ["MIXED_CONTENT"]


def test_an_annual_reports_counted_categories_are_no_passage(gongwen, run):
    doc = gongwen(TITLE, BASE + ["全年收到依申请公开申请52件，其中部分公开的7件主要涉及商业秘密、个人隐私。"], notes=["（此件公开发布）"])
    assert run(MixedContentRule, doc)[0] == []


@pytest.mark.parametrize("passage", ["仲裁庭合议情况依法不对外公开。", "当事人可以申请涉及商业秘密、个人隐私的案件不公开审理。"])
def test_a_procedure_stated_by_law_is_no_passage(gongwen, run, passage):
    doc = gongwen(TITLE, BASE + [passage], notes=["（此件公开发布）"])
    assert run(MixedContentRule, doc)[0] == []
