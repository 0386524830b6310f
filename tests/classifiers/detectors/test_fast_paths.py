"""The detectors' fast paths answer exactly as the patterns they stand in for (a speed-up must not
change a finding; ``bench/detector_equivalence.py`` checks whole documents, these the pieces)."""

from __future__ import annotations

import random
import re

import pytest

from classifiers.detectors import _commercial, _words, commercial_secret
from classifiers.detectors._scan import join_document
from extractors.model import Block, BlockKind, Document, Position


def _slow_may_hold(t: str) -> bool:
    return any(p.search(t) for p in (_commercial.AMOUNT_RE, _commercial._UNIT_RE, _commercial._wordy_re()))


@pytest.mark.parametrize("text", [
    "该公司2025年营业收入3,200.5万元，同比增长12%。", "反应温度控制在85℃，保温2小时。", "利润约占三成。", "完成率达成目标。",
    "配比为3:1。", "2026年3月15日", "请勿对外披露本报价。", "第12号", "共计1,5万", "", "成本", "五成员"])
def test_the_figure_test_answers_as_the_amount_and_unit_patterns(text):
    assert _commercial.may_hold(text) == _slow_may_hold(text)


def test_the_figure_test_on_random_strings_of_figures_units_and_words():
    alphabet = "0123456789,，. 　元万亿千%％℃°度gmkLP/:：成一三九立员min小时请勿对外财务报表"
    r = random.Random(7)
    for _ in range(20000):
        t = "".join(r.choice(alphabet) for _ in range(r.randint(0, 12)))
        assert _commercial.may_hold(t) == _slow_may_hold(t), t


@pytest.mark.parametrize("text", [
    "开户银行账号：6222 0012 3456 7890 12，户名某某有限公司", "账户 1234567890123 与帐号12345678901", "银行账号:1234-5678-9012",
    "账号账号123456789012", "账户余额", "基本账户：622200123456789012345678901234567890"])
def test_accounts_are_the_matches_of_the_account_pattern(text):
    want = [(m.group(1), m.start(1), m.end()) for m in commercial_secret.ACCOUNT_RE.finditer(text)]
    found = _words.find_in(text)[0]["account"]  # the shared word pass's hits of 账号/帐号/账户
    assert [(m.group(1), m.start(1), m.end()) for m in commercial_secret._accounts(text, found)] == want


def test_block_offsets_and_masks_of_the_joined_text():
    texts = ["序号", "", "身份证号 640106××××××××1234", "6222 xxxx xxxx 1234", "１３８"]
    doc = Document("a.docx", "0" * 64, "docx", tuple(Block(BlockKind.PARAGRAPH, t, Position(block=k)) for k, t in enumerate(texts)))
    j = join_document(doc)
    assert [j.block_text(i) for i in range(len(texts))] == ["序号", "", "身份证号 640106********1234", "6222 **** **** 1234", "138"]
    assert j.index(j.starts[3] + 2) == 3 and b"****" in j.ascii


def test_the_digit_runs_give_the_number_pattern_s_matches():
    # the scan searches only inside runs of the pattern's characters 11 or more long
    from classifiers.detectors import _scan

    alphabet = "0123456789* -.Xx年月日号\n：，" + "1" * 8
    r = random.Random(11)
    for _ in range(5000):
        t = "".join(r.choice(alphabet) for _ in range(r.randint(0, 60)))
        chars = t.encode("ascii", "replace")
        assert _scan._candidates(t, chars) == [m.span() for m in _scan._NUM.finditer(t)], t


def test_the_word_pass_says_when_a_page_needs_translating():
    assert _words.find_in("身份证号１３８")[1] and _words.find_in("电话182●●●●5678")[1]
    assert not _words.find_in("身份证号138，联系电话")[1]


def test_the_five_ascii_gates_in_one_search_skip_only_pages_none_of_them_can_match():
    # analyse skips the passport, e-mail, plate, bracketed-landline and wxid_ passes when one
    # search of the ASCII part finds none of their gates: it must find one wherever any would
    from classifiers.detectors import _document, landline, passport, plate

    singles = (passport._GATE, re.compile(rb"@"), plate._GATE, landline._GATE, re.compile(rb"wxid_"))
    alphabet = b"0123456789EGDSPAZ@wxid_() -"
    r = random.Random(12)
    for _ in range(5000):
        t = bytes(r.choice(alphabet) for _ in range(r.randint(0, 40)))
        assert (_document._ascii_passes().search(t) is not None) == any(g.search(t) for g in singles), t
