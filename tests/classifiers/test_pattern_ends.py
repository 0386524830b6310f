"""The characters a pattern's matches begin and end with: the gates of the marking scan and the 文种 rules
must never turn away a line or a title a pattern matches."""

from __future__ import annotations

import random
import re

import pytest

from classifiers import load_config, markings
from classifiers.pattern_ends import first_chars, last_chars
from classifiers.rules import _doctype
from extractors.canon import canon


@pytest.mark.parametrize("pattern, skip, want", [
    (r"abc", False, {"a"}),
    (r"(?:ab|cd)e", False, {"a", "c"}),
    (r"x?y", False, {"x", "y"}),
    (r"[\s\u3000]*[（(]?此件", True, {"（", "(", "此"}),
    (r"[\s\u3000]*[（(]?此件", False, None),  # a space may begin it, and \s is a category
    (r"x*", False, None),  # may be empty
    (r".abc", False, None),
    (r"[\u4e00-\u9fff]abc", False, None),
    (r"(?i)abc", False, None),
])
def test_first_chars(pattern, skip, want):
    got = first_chars(re.compile(pattern), skip_space=skip)
    assert (None if got is None else set(got)) == want


@pytest.mark.parametrize("pattern, want", [
    (r"(?:报告|汇报)$", {"告", "报"}),
    (r"处罚决定书?$", {"书", "定"}),
    (r"(?:命令|令)(?:第[0-9一二]+号)?$", {"令", "号"}),
    (r"ab.", None),
])
def test_last_chars(pattern, want):
    got = last_chars(re.compile(pattern))
    assert (None if got is None else set(got)) == want


def _lines() -> list[str]:
    """Marking-like, reason-like and ordinary lines, with spaces and brackets mixed in at random."""
    cfg = load_config()["markings"]
    rnd = random.Random(7)
    words = [*cfg.row_labels, *cfg.values(), *cfg.reason_labels, "此件", "本件", "该文件", "理由", "作为", "关于", "通知",
             "各县区人社局", "公开", "：", ":", "，", "（", "）", "(", ")", "【", "】", " ", "\u3000", "\t", "□", "☑"]
    out = ["（此件不予公开，理由：属内部研究过程信息）", "公开方式：主动公开", " 　公 开 方 式：依申请公开", "（此件公开发布）",
           "不公开理由：属机关内部管理事务", "（此件为涉及特定单位的信息，作为依申请公开信息）", "主动公开", "各有关单位："]
    for _ in range(4000):
        out.append("".join(rnd.choice(words) for _ in range(rnd.randint(1, 6))))
    return [canon(x) for x in out]


def test_marking_gates_never_refuse_a_matching_line():
    p = markings._patterns(load_config()["markings"])
    assert p.starts is not None and p.reason_starts is not None
    matched = 0
    for line in _lines():
        if any(rx.match(line) for rx in (p.row, p.note, p.bare)):
            matched += 1
            assert markings._may_start(line, p.starts), line
        if any(rx.match(line) for rx in (p.note, markings._REASON_AS, p.reason_row)):
            assert markings._may_start(line, p.reason_starts), line
    assert matched > 100  # the lines do exercise the patterns


def test_title_gates_never_refuse_a_matching_title():
    rnd = random.Random(11)
    ends = ["报告", "请示", "的通知", "令第3号", "公示", "处罚决定书", "办事指南", "名单", "（试行）", "函", "方案", "汇报", "纪要", "x"]
    for _ in range(3000):
        t = "关于" + "".join(rnd.choice(ends) for _ in range(rnd.randint(1, 3)))
        for rx, _dt in _doctype._TITLE_RE:
            ends_with = last_chars(rx)
            if rx.search(t):
                assert ends_with is not None and t[-1] in ends_with, (t, rx.pattern)


@pytest.mark.parametrize("pattern, k, want", [
    (r"特此(?:报告|汇报)|现将.{0,40}报告", 2, {"特此", "现将"}),
    (r"a?b{0,2}c", 3, {"abb", "abc", "ac", "bbc", "bc", "c"}),
    (r"(?:a?)*b", 2, {"aa", "ab", "b"}),
    (r"x*", 2, None),  # may be empty
    (r".x", 2, None),
])
def test_prefixes(pattern, k, want):
    from classifiers.pattern_ends import prefixes

    got = prefixes(re.compile(pattern), k)
    assert (None if got is None else set(got)) == want


def _from_body_by_finditer(body: str):
    """``_doctype.from_body`` as it read before its prefix search: every pattern's finditer over the body."""
    best = None
    for rx, dt in _doctype._BODY_RE:
        for m in rx.finditer(body):
            if best is None or m.start() > best[0]:
                best = (m.start(), _doctype.DocType(dt, "正文结束语", m.group()))
    return best[1] if best else None


def test_closing_formula_found_as_by_a_search_of_the_whole_body():
    rnd = random.Random(3)
    frags = ["特此通知", "特此报告", "现将", "有关情况报告如下", "工作汇报如下", "妥否，请批示", "当否", "请予批准", "恳请批准为盼",
             "望予批准为盼", "此复", "特此批复", "公示期为", "公示时间自", "以上请示", "专此函复", "特此", "。", "，", "现将本年度工作",
             "情况", "请", "是否可行, 请审定", "是否妥当，敬请批示", "特此函告", "特此公告", "特此通告", "特此通报", "特此公示"]
    for _ in range(5000):
        body = "".join(rnd.choice(frags) for _ in range(rnd.randint(0, 12)))
        assert _doctype.from_body(body) == _from_body_by_finditer(body), body


def test_box_start_finds_every_checkbox_start():
    """The marking scan tries the checkbox pattern only where ``_BOX_START`` matches: never past a checkbox."""
    p = markings._patterns(load_config()["markings"])
    rnd = random.Random(5)
    pool = list("☑☒■√✓✔●◉▣□☐○◯[［(（]］)） 　xX×一") + ["主动公开", "依申请公开", "不予公开"]
    hits = 0
    for _ in range(20000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 10)))
        starts = {m.start() for m in markings._BOX_START.finditer(t)}
        for i in range(len(t)):
            if p.box.match(t, i):
                hits += 1
                assert i in starts, (t, i)
    assert hits > 500
