"""The rules' shared reads are worked out once per document and give what they gave before."""

from __future__ import annotations

import random
import re

from classifiers.rules._text import TextStream, heading, per_document
from extractors.model import Block, BlockKind, Document, Position

_SENT_END = re.compile(r"[。！？；!?;\n]")


def _reference_join(blocks: list[Block]) -> str:
    """How TextStream joined blocks before it was tightened."""
    parts: list[str] = []
    kept: list[Block] = []
    for b in blocks:
        t = b.text
        if not t.strip():
            continue
        if parts:
            sep = "" if not _SENT_END.search(parts[-1][-1:]) and not parts[-1].endswith(("：", ":")) else "\n"
            if b.kind == BlockKind.TABLE_CELL or kept[-1].kind == BlockKind.TABLE_CELL:
                sep = "\n"
            parts.append(sep)
        kept.append(b)
        parts.append(t)
    return "".join(parts)


def test_text_stream_joins_as_before():
    r = random.Random(7)
    ends = ["。", "，", "：", ":", "；", "!", "\n", "字", " ", ""]
    for _ in range(400):
        blocks = [Block(r.choice([BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX]),
                        r.choice(["", " ", "正文", "第一段"]) + r.choice(ends), Position(block=i)) for i in range(r.randint(0, 12))]
        s = TextStream(blocks)
        assert s.text == _reference_join(blocks)
        for b, start in zip(s.blocks, s.starts):
            assert s.text[start:start + len(b.text)] == b.text


def _doc(title: str) -> Document:
    blocks = (Block(BlockKind.PARAGRAPH, title, Position(block=0), element="标题"),)
    return Document(source="t.docx", sha256="0" * 64, format="docx", blocks=blocks)


def test_per_document_work_is_done_once_and_never_leaks_to_the_next_document():
    calls = []
    a, b = _doc("关于甲的通知"), _doc("关于乙的通知")
    assert per_document(a, "k", lambda: calls.append("a") or 1) == 1
    assert per_document(a, "k", lambda: calls.append("a2") or 2) == 1
    assert per_document(b, "k", lambda: calls.append("b") or 3) == 3
    assert per_document(a, "k", lambda: calls.append("a3") or 4) == 4  # a new audit of a: worked out again
    assert calls == ["a", "b", "a3"]
    assert heading(a) is heading(a)
