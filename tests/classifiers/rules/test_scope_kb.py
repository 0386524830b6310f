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


@pytest.mark.parametrize("cid", [c for c, w, _, _ in CASES if w is None])
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


# --- the second set: states read off dates, pending approval, exam form, informants by role, handler notes

from datetime import date  # noqa: E402

from classifiers.scope.timing import document_date, parse_date, timeline  # noqa: E402
from samples.secrecy_scope_more import CASES as MORE  # noqa: E402

MORE_BY_ID = {cid: (want, note, when, body) for cid, want, note, when, body in MORE}


def _more_doc(cid: str):
    from bench.eval_secrecy_kb import _doc

    want, note, when, body = MORE_BY_ID[cid]
    return want, _doc("关于做好有关工作的通知", body, note, when)


def test_dates_in_either_script_and_without_a_year():
    assert parse_date("二〇二六年十月八日") == date(2026, 10, 8) == parse_date("2026年10月8日")
    ev = timeline("全市技能大赛于11月8日在市技师学院举行。上年度数据已于3月发布。", date(2026, 10, 8))
    assert [(e.when, "exam" in e.kinds) for e in ev] == [(date(2026, 11, 8), True), (date(2026, 3, 1), False)]
    # a December notice about a January exam: next year's January
    assert timeline("考试定于1月10日举行。", date(2026, 12, 1))[0].when == date(2027, 1, 10)
    assert timeline("调查结果拟于7月下旬公布。", date(2026, 6, 1))[0].when == date(2026, 7, 21)


def test_document_date_is_the_date_line():
    _, doc = _more_doc("date-1")
    assert document_date(doc) == date(2026, 10, 8)


@pytest.mark.parametrize("cid", [c for c, w, *_ in MORE if w == "SECRET_CONTENT"])
def test_second_set_secret_matters(run, cid):
    _, doc = _more_doc(cid)
    assert "SECRET_CONTENT" in {f.code for f in run(SecretContentRule, doc)[0]}


@pytest.mark.parametrize("cid", [c for c, w, *_ in MORE if w == "MIXED_CONTENT"])
def test_second_set_internal_passages(run, cid):
    _, doc = _more_doc(cid)
    assert "MIXED_CONTENT" in {f.code for f in run(MixedContentRule, doc)[0]}


@pytest.mark.parametrize("cid", [c for c, w, *_ in MORE if w is None])
def test_second_set_traps_stay_clean(run, cid):
    _, doc = _more_doc(cid)
    assert run(SecretContentRule, doc)[0] == [] and run(MixedContentRule, doc)[0] == []


def test_a_competition_described_before_it_is_held_says_why_by_dates(run):
    _, doc = _more_doc("date-1")
    f = run(SecretContentRule, doc)[0][0]
    ex = dict(f.explanation)
    assert ex["timing"].startswith("文件日期 2026-10-08 早于 考试日期 2026-11-08")
    from reports.explain import how_found

    assert any("日期推断" in line for line in how_found(f))


def test_the_same_tasks_after_the_event_are_not_secret():
    kb = load_kb()
    text = "比赛于11月8日举行。\n评分办法：线路功能正确得40分，每处接线松动扣2分。"
    assert [h.matter.id for h in find_matters(text, kb, date(2026, 10, 8))] == ["exam_content_form"]
    assert find_matters(text, kb, date(2026, 12, 8)) == []
    assert find_matters(text, kb) == []  # no document date: no state from dates


def test_later_event_needs_its_event_kinds():
    with pytest.raises(ConfigError, match="later_event"):
        build_kb({"matter": [{"id": "x2", "name": "n", "article": "a", "category": "c", "decision": "secret",
                              "objects": ["试题"], "states": [], "state_evidence": ["later_event"]}]})


def test_a_handler_note_with_an_aside_is_internal_whatever_it_says_was_used():
    """经办提示（…）： is a heading too; "已使用" ends a time state (an exam paper used), not an internal note."""
    from classifiers.scope.kb import load_kb
    from classifiers.scope.match import find_matters

    kb = load_kb()
    text = "办理提示（仅供窗口人员掌握）：本季度专项资金已使用九成，新受理的申请一律按“材料审核中”答复，暂缓办结。"
    assert [h.matter.id for h in find_matters(text, kb)] == ["handler_note"]
    assert find_matters("温馨提示（请仔细阅读）：申请材料已使用统一格式的，无需另行填写。", kb) == []

def test_clause_by_clause_cut_gives_the_whole_paragraphs_word_boundaries():
    """The matcher cuts only the clauses it asks about; every offset must answer as the whole cut does."""
    from classifiers.scope.compiled import compiled_kb
    from classifiers.scope.match import _Bounds

    seg = compiled_kb(load_kb()).seg
    texts = [p for _, _, _, body in CASES for p in body] + ["", "，。", "ABC123试题 启用前，2027年3月18日（星期三）举行。"]
    shared: dict = {}
    for t in texts:
        whole = seg.boundaries(t)
        lazy = _Bounds(t, seg, shared)
        assert [pos in lazy for pos in range(-1, len(t) + 2)] == [pos in whole for pos in range(-1, len(t) + 2)], t


def test_a_shared_clause_cache_changes_no_hit():
    """SECRET_CONTENT and MIXED_CONTENT share one cut per clause per document: the hits are the same."""
    kb = load_kb()
    text = "\n".join(p for _, _, _, body in CASES for p in body)
    shared: dict = {}
    first = find_matters(text, kb, cuts=shared)
    assert shared and find_matters(text, kb, cuts=shared) == first == find_matters(text, kb)


def test_a_shared_paragraph_memo_changes_no_hit():
    """MIXED_CONTENT reads SECRET_CONTENT's body less a few lines, with one memo per document: every hit (offsets,
    date reasoning) is what a fresh read gives, also where a dropped line moves a paragraph or its dated event."""
    kb = load_kb()
    body = [p for _, _, _, b in CASES for p in b]
    dated = ["比赛于11月8日举行。", "评分办法：线路功能正确得40分，每处接线松动扣2分。"]
    whole = "\n".join(["某某局文件", *body, *dated, "（此件主动公开）"])
    less = "\n".join([*body[1:], "评分办法：线路功能正确得40分，每处接线松动扣2分。"])  # the event's line dropped
    moved = "\n".join(["前言一行。", *body, *dated])
    for when in (None, date(2026, 10, 8), date(2026, 12, 8)):
        memo: dict = {}
        cuts: dict = {}
        fresh = [find_matters(t, kb, when) for t in (whole, less, moved, whole)]
        assert [find_matters(t, kb, when, cuts, memo=memo) for t in (whole, less, moved, whole)] == fresh
        assert memo
    # the same paragraph after the same line, its state read off an event that one text has and the other not
    rules = "评分办法：线路功能正确得40分，每处接线松动扣2分。"
    with_event, without = f"比赛于11月8日举行。\n请各单位做好准备。\n{rules}", f"请各单位做好准备。\n{rules}"
    memo = {}
    assert [h.matter.id for h in find_matters(with_event, kb, date(2026, 10, 8), memo=memo)] == ["exam_content_form"]
    assert find_matters(without, kb, date(2026, 10, 8), memo=memo) == [] == find_matters(without, kb, date(2026, 10, 8))


def test_an_adjustment_pending_approval_is_a_secret_only_about_a_pay_or_benefit():
    """Issue 18's real set: a county's reply about a flood-control project 调整列入规划, pending approval, with a
    head count, is no unannounced pay plan; the same shape about a pension rise is."""
    from classifiers.scope.kb import load_kb
    from classifiers.scope.match import find_matters

    kb = load_kb()
    project = "县交通局已将该路段调整列入明年改造计划，涉及沿线群众1200人，资金方案待上级审批后实施。"
    assert [h.matter.id for h in find_matters(project, kb)] == []
    pension = "今年基本养老金调整方案为每人每月增加45元，待省政府审批后实施。"
    assert [h.matter.id for h in find_matters(pension, kb)] == ["adjustment_plan"]
