"""The secrecy-scope knowledge base: its data validates, its words are jieba's, and the checks use it."""

from __future__ import annotations

import pytest

from classifiers.rules.mixed_content import MixedContentRule
from classifiers.rules.secret_content import SecretContentRule
from classifiers.scope import find_matters, load_kb
from classifiers.scope.kb import build_kb
from extractors.errors import ConfigError
from samples.secrecy_scope import CASES

from .conftest import make_gongwen

BY_ID = {cid: (want, note, body) for cid, want, note, body in CASES}


def test_every_matter_names_its_article_and_decision():
    kb = load_kb()
    ids = {m.id for m in kb.matters}
    assert {"exam_questions", "scores_unpublished", "adjustment_plan", "personnel_pre_publicity", "informant_identity",
            "inspection_list", "review_panel", "system_weakness", "internal_handling"} <= ids
    assert all(m.article and m.decision in ("secret", "internal") for m in kb.matters)


def test_bad_knowledge_base_fails_naming_the_matter():
    with pytest.raises(ConfigError, match="x1"):
        build_kb({"matter": [{"id": "x1", "name": "n", "article": "a", "category": "c", "decision": "maybe",
                              "objects": ["试题"], "states": ["启用前"]}]})


def test_words_not_substrings():
    kb = load_kb()
    assert find_matters("课题目标是统一统计口径，按此把握。", kb) == []
    hits = find_matters("对外答复口径如下：补发工作正在推进。", kb)
    assert [h.matter.id for h in hits] == ["handling_line"]


@pytest.mark.parametrize("cid", [c for c, w, _, _ in CASES if w == "SECRET_CONTENT"][::3])
def test_secret_matters_found_with_their_article(run, cid):
    want, note, body = BY_ID[cid]
    findings, _ = run(SecretContentRule, make_gongwen("关于做好有关工作的通知", list(body), notes=[note]))
    assert findings and findings[0].code == "SECRET_CONTENT"
    f = findings[0]
    assert "第八条" in f.message


@pytest.mark.parametrize("cid", [c for c, w, _, _ in CASES if w == "MIXED_CONTENT"])
def test_internal_passages_in_proactive_documents(run, cid):
    want, note, body = BY_ID[cid]
    findings, _ = run(MixedContentRule, make_gongwen("关于做好有关工作的通知", list(body), notes=[note]))
    assert "MIXED_CONTENT" in {f.code for f in findings}


@pytest.mark.parametrize("cid", [c for c, w, _, _ in CASES if w is None and c != "trap-16"])
def test_clean_traps_do_not_fire(run, cid):
    _, note, body = BY_ID[cid]
    doc = make_gongwen("关于做好有关工作的通知", list(body), notes=[note])
    assert run(SecretContentRule, doc)[0] == [] and run(MixedContentRule, doc)[0] == []


def test_finding_explains_matter_article_and_words(run):
    _, note, body = BY_ID["inform-1"]
    f = run(SecretContentRule, make_gongwen("关于做好有关工作的通知", list(body), notes=[note]))[0][0]
    ex = dict(f.explanation)
    assert ex["object"] == "反映人" and "举报人" in ex["concept"] and ex["article"]
    from reports.explain import how_found

    assert any(b.startswith("依据") for b in how_found(f))


SEGMENT_SENTENCES = [
    "本次面试的评分要点已由命题组拟定，请于开考前妥善保管。", "按照统计口径调整后的数据如下。", "课题目标是提高服务质量。",
    "对外宣传口径由办公室统一把握。", "检查组将于下周进驻，事先不与被检查单位联系。", "拟提名人选的得票情况见附件。",
    "反映人系该公司财务人员，联系方式见来信。", "养老金调整方案尚未公布，人均增加约一百元。", "专家评审组成员名单在评审结束前不予公开。",
    "系统存在越权访问漏洞，尚未修复。", "各县区人社局要认真组织实施。", "2026年度职称评审结果已于11月公示。",
]


def test_the_segmenter_cuts_knowledge_base_terms_where_jieba_does():
    """A term is a whole word in our cut exactly when it is one in jieba.cut(HMM=False) with the terms added —
    the pruned word list must not move a boundary that decides a match."""
    import logging

    import jieba

    from classifiers.scope.kb import load_kb
    from classifiers.scope.segment import segmenter

    jieba.setLogLevel(logging.ERROR)
    terms = tuple(sorted(t for t in load_kb().all_terms() if t))
    ours = segmenter(terms)
    tk = jieba.Tokenizer()
    for t in terms:
        tk.add_word(t)
    checked = 0
    for s in SEGMENT_SENTENCES:
        theirs, p = set(), 0
        for w in tk.cut(s, HMM=False):
            theirs |= {p, p + len(w)}
            p += len(w)
        mine = ours.boundaries(s)
        for t in terms:
            i = s.find(t)
            while i >= 0:
                whole = lambda b: i in b and i + len(t) in b and not any(i < x < i + len(t) for x in b)  # noqa: E731
                assert whole(mine) == whole(theirs), (s, t)
                checked += 1
                i = s.find(t, i + 1)
    assert checked >= 20
