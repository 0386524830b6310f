"""The secrecy-scope and content rules' fast paths answer exactly as what they stand in for: a gate must
never hide a finding (``bench/audit_equivalence.py`` checks whole documents, these the pieces)."""

from __future__ import annotations

import random
import re
from functools import reduce
from operator import or_

import pytest

from classifiers import load_config
from classifiers.rules._text import Lexicon, LexiconPass, compile_patterns, pattern_hits
from classifiers.rules.secret_content import _split
from classifiers.scope import evidence as evid
from classifiers.scope import load_kb
from classifiers.scope import match as scope_match
from classifiers.scope.compiled import compiled_kb
from samples.secrecy_scope import CASES
from samples.secrecy_scope_more import CASES as MORE

#: every paragraph of the knowledge base's sample cases, and some made-up lines around the gates' edges
TEXTS = [p for case in (*CASES, *MORE) for p in case[3]] + [
    "每题2分，答错不得分。", "（5分）", "3—5分", "得 二 分", "评分要点：", "（参考要点：", "部分单位充分分析", "计分办法见附表",
    "分", "5分钟内完成", "附件：检查对象名单见附件2。", "某某职业培训学校", "市人社局", "人员名单附后。", "名单（见附件", "",
    "x\ud800本材料内部掌握，不得外传。内部掌握",
    # the words of a term of several parts, out of order or in different clauses: the term does not match
    "全体职工参加会议，执行中遇到的问题请及时向市人社局反映。", "工作人员名单。本年度情况如下",
]


def _random_texts(alphabet: str, n: int, seed: int) -> list[str]:
    r = random.Random(seed)
    return ["".join(r.choice(alphabet) for _ in range(r.randint(0, 14))) for _ in range(n)]


def test_the_exam_form_gate_lets_through_every_text_with_a_tier_or_label():
    texts = TEXTS + _random_texts("0123456789.一二十 分得计评采扣给赋要点不每题（）()—至部充", 20000, 5)
    for t in texts:
        if evid.TIER.search(t) or evid.SCORE_LABEL.search(t):
            assert evid.may_be_form(t), t


def test_a_units_name_is_found_where_the_unit_pattern_finds_one():
    texts = TEXTS + _random_texts("某市人社局职业培训学校公司中心所店站厂1，。 ", 20000, 6)
    for t in texts:
        assert (evid.ORG_AT.search(t) is not None) == (evid.ORG.search(t) is not None), t


def test_the_pointer_gate_answers_as_the_pointer_pattern():
    texts = TEXTS + _random_texts("名单对象人员见附件表后详（(，", 20000, 7)
    for t in texts:
        assert evid.may_point(t) == (evid.POINTER.search(t) is not None), t


def _slow_candidates(c, bits: int, text: str) -> tuple[int, ...]:
    """A matter is a candidate when one of its objects and one of its states (or built-in evidence for the
    state) has a word of each part here, and a term of several parts it stands by also matches in ``text``."""
    def ok(t) -> bool:
        need = c.need[t.text]
        return bits & need == need and (len(t.parts) == 1 or c.rx[t.text].search(text) is not None)

    return tuple(mi for mi, m in enumerate(c.kb.matters)
                 if any(map(ok, m.objects)) and (m.state_evidence or any(map(ok, m.states))))


def test_candidates_are_the_matters_with_an_object_and_a_state_here():
    c = compiled_kb(load_kb())
    for t in TEXTS:
        if "\ud800" in t:
            continue
        found = c.core_words.find_matches_as_indexes(t, overlapping=True)
        if not found:
            continue
        bits = reduce(or_, (c.core_mask[i] for i, _, _ in found))
        assert c.candidates(bits, t) == _slow_candidates(c, bits, t), t


def test_a_paragraph_reads_every_word_of_a_cancelling_or_negating_term_when_asked():
    c = compiled_kb(load_kb())
    for t in TEXTS:
        if "\ud800" in t:
            continue
        every = reduce(or_, (c.word_mask[i] for i, _, _ in c.words.find_matches_as_indexes(t, overlapping=True)), 0)
        core = reduce(or_, (c.core_mask[i] for i, _, _ in c.core_words.find_matches_as_indexes(t, overlapping=True)), 0)
        para = scope_match._Para(t, 0, c, "", (0, len(t)), core, {})
        for terms in (c.kb.negation, c.kb.statement, c.kb.specific, *(m.cancel for m in c.kb.matters),
                      *(m.objects for m in c.kb.matters), *(m.states for m in c.kb.matters)):
            want = [x for x in terms if every & c.need[x.text] == c.need[x.text]]
            assert para.possible(terms) == want, t


@pytest.mark.parametrize("section", ["secret_content", "mixed_content"])
def test_one_pass_finds_what_each_lexicon_and_pattern_finds(section):
    cfg = load_config()[section]
    if section == "secret_content":
        lexicons = (_split(cfg.strong), _split(cfg.weak))
    else:
        lexicons = ({"internal": cfg.internal, "process": cfg.process, "private": cfg.private, "secret": cfg.secret},)
    one = LexiconPass(lexicons, cfg.patterns)
    texts = TEXTS + ["。".join(TEXTS[i:i + 5]) for i in range(0, len(TEXTS), 5)]
    for t in texts:
        hits, present = one.scan(t)
        assert hits == [list(Lexicon(groups).find(t)) for groups in lexicons], t
        slow = [(cat, m.group(0), m.start()) for cat, rx in compile_patterns(cfg.patterns) for m in rx.finditer(t)]
        assert [(h.category, h.term, h.start) for h in pattern_hits(t, cfg.patterns, present)] == slow, t
        assert [(h.category, h.term, h.start) for h in pattern_hits(t, cfg.patterns)] == slow, t


def test_a_pattern_is_skipped_only_where_one_of_its_parts_is_missing():
    cfg = load_config()["secret_content"]
    text = "本次检查对象名单不打招呼、直奔现场。"  # both parts of the inspection pattern
    assert any(h.category == "inspection" for h in pattern_hits(text, cfg.patterns))
    assert not any(h.category == "inspection" for h in pattern_hits(re.sub("不打招呼", "", text), cfg.patterns))
