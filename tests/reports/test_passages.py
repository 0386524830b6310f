"""Masking of shown context: numbers that identify a person never appear in full; ordinary numbers stay."""

from __future__ import annotations

import re

import pytest

from classifiers.model import Finding, Severity
from extractors.model import Block, BlockKind, Document, Position
from reports.passages import passage, places, scrub


@pytest.mark.parametrize("text, expected", [
    # IDs, mobiles, cards, landlines: masked like the detectors' evidence
    ("身份证号110105198012017598。", "身份证号110105********7598。"),
    ("证号11010519801201759X", "证号110105********759X"),
    ("电话13912345678", "电话139****5678"),
    ("电话139 1234 5678", "电话139****5678"),
    ("卡号6222021234567890123", "卡号6222***********0123"),
    ("座机0955-7012345", "座机*********45"),
    ("全角１３９１２３４５６７８", "全角139****5678"),
    # traps: dates, amounts, hotlines, document numbers stay readable
    ("2026年11月20日", "2026年11月20日"),
    ("补贴10000元", "补贴10000元"),
    ("热线12333", "热线12333"),
    ("卫人社发〔2026〕61号", "卫人社发〔2026〕61号"),
    ("已脱敏640502********1234", "已脱敏640502********1234"),
    ("第1、2、3项", "第1、2、3项"),
])
def test_scrub(text, expected):
    assert scrub(text) == expected


def _doc(*blocks: Block) -> Document:
    return Document(source="x.docx", sha256="0" * 64, format="docx", blocks=blocks)


def test_paragraph_context_is_scrubbed_before_it_is_clipped():
    # a second ID sits 35 characters left of the hit: clipping first would leave its tail digits bare
    other, hit = "110105198012017598", "320102199003074512"
    text = f"甲{other}乙" + "丙" * 20 + f"号码{hit}结束"
    start = text.index(hit)
    b = Block(BlockKind.PARAGRAPH, text, Position(block=0))
    f = Finding("PERSONAL_DATA", Severity.HIGH, "m", "r", Position(block=0, start=start, end=start + 18), evidence="320102********4512")
    p = passage(f, _doc(b), width=30)
    shown = p.before + p.hit + p.after
    assert p.hit == "320102********4512"
    assert p.before.startswith("…") and "*7598乙" in p.before  # the neighbour: masked, then clipped
    assert not re.search(r"\d{5,}", shown.replace("320102", "").replace("110105", ""))


def test_table_cell_shows_header_and_row():
    cells = [("序号", "姓名", "身份证号"), ("1", "黄某", "440305200012285258")]
    blocks = tuple(Block(BlockKind.TABLE_CELL, t, Position(block=i * 3 + j, cell=(0, i, j), part="word/document.xml"))
                   for i, row in enumerate(cells) for j, t in enumerate(row))
    f = Finding("PERSONAL_DATA", Severity.HIGH, "m", "r", Position(block=5, start=0, end=18, cell=(0, 1, 2)), evidence="440305********5258")
    p = passage(f, _doc(*blocks))
    assert p.row[0] == ("序号", "姓名", "身份证号")
    assert p.row[1][:2] == ("1", "黄某") and p.hit_col == 2
    assert p.hit == "440305********5258"
    assert places([f], _doc(*blocks), {b.position.block: b for b in blocks}) == "表格1第2行第3列"


def test_finding_without_block_shows_only_masked_evidence():
    f = Finding("LABEL_MISSING", Severity.HIGH, "m", "r", Position(), evidence=None)
    p = passage(f, _doc())
    assert (p.before, p.hit, p.after, p.where) == ("", "", "", "全文")
