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
