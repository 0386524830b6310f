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


def _reference_sentence(text: str, start: int, end: int) -> str:
    """How TextStream.sentence read a sentence before it bisected: a scan from the start for each hit."""
    a = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    return text[a:m.start() if m else len(text)]


def test_sentence_is_the_scanned_sentence():
    r = random.Random(11)
    for _ in range(300):
        text = "".join(r.choice("字词。；\n！a?") for _ in range(r.randint(0, 40)))
        s = TextStream([Block(BlockKind.PARAGRAPH, text, Position(block=0))]) if text.strip() else None
        if s is None:
            continue
        for _ in range(10):
            a = r.randint(0, len(s.text))
            b = r.randint(a, len(s.text))
            assert s.sentence(a, b) == _reference_sentence(s.text, a, b)


def test_one_stream_per_document_and_blocks():
    doc = Document(source="t.txt", sha256="0" * 64, format="txt", blocks=(Block(BlockKind.PARAGRAPH, "第一段。", Position(block=0)),
                                                         Block(BlockKind.PARAGRAPH, "第二段", Position(block=1))))
    per_document(doc, "x", lambda: 1)  # the document being audited
    first = TextStream(list(doc.blocks))
    assert TextStream(list(doc.blocks)) is first
    assert TextStream(list(doc.blocks[:1])) is not first
    assert first.text == "第一段。\n第二段"


def test_pattern_gate_never_hides_a_match():
    """``may_match`` says no only when the pattern cannot match: checked against the scan itself."""
    from classifiers.rules._text import may_match, needles

    patterns = [r"(?:试题|考题)[^。]{0,5}?(?:答案|评分)", r"[（(]?(?:定稿|发布)(?:时|前)删去", r"a+b", r"(?:甲|乙)?丙",
                r"(?P<x>内部)(?:掌握|使用)", r"[^。]{2}公开", r"(?:x|)y", r"(?i)ab", r"\d+元"]
    assert needles(re.compile(patterns[0])) == ("试题", "考题")
    assert needles(re.compile(patterns[6])) == ("y",)
    assert needles(re.compile(patterns[7])) is None
    r = random.Random(5)
    alphabet = "试题考答案评分定稿发布时前删去ab甲乙丙内部掌握使用公开xyAB元1。（("
    for p in patterns:
        rx = re.compile(p)
        for _ in range(400):
            text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 14)))
            if rx.search(text):
                assert may_match(rx, text), (p, text)


def test_the_title_is_found_in_an_oa_field_line_and_under_an_issuer_only_first_line():
    from classifiers.rules._text import heading
    from extractors.model import Block, BlockKind, Document, Position
    from extractors.zones import assign_zones

    def doc(lines):
        blocks = tuple(Block(BlockKind.PARAGRAPH, t, Position(block=i)) for i, t in enumerate(lines))
        zoned, fields = assign_zones(blocks)
        return Document("t.txt", "0" * 64, "txt", zoned, fields)

    oa = doc(["标题：关于征求《临川市技能培训补贴办法（修订稿）》意见的函  文号：临人社函〔2026〕9号",
              "正文：市财政局、市审计局：为规范补贴管理，我局起草了修订稿，请于5月20日前反馈意见。",
              "临川市人力资源和社会保障局办公室 2026年5月8日印发"])
    h = heading(oa)
    assert h.title == "关于征求《临川市技能培训补贴办法（修订稿）》意见的函" and h.doc_type == "函"
    minutes = doc(["临川市人才交流服务中心", "第3期", "临川市人才交流服务中心主任办公会议纪要",
                   "2026年4月2日，中心主任主持召开主任办公会议，研究公务用车和值班安排。", "一、会议同意调整值班安排。"])
    assert heading(minutes).title == "临川市人才交流服务中心主任办公会议纪要"


def test_normalise_drops_exactly_the_white_space_the_pattern_dropped():
    """``normalise`` splits on ``str.isspace`` characters: the same set as ``[\\s\\u3000]`` over every code point."""
    import sys

    from classifiers.rules._text import normalise

    rx = re.compile(r"[\s\u3000]+")
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    long_text = "字" + "字".join(chars[i:i + 97] for i in range(0, len(chars), 97))
    assert normalise(long_text) == rx.sub("", long_text)
    assert normalise(" 内 部\u3000掌握\n") == "内部掌握"


def test_lexicon_hits_are_the_greedy_reading_of_every_overlapping_match():
    """``Lexicon.find`` (one leftmost-longest pass) gives what sorting every overlapping match by (start, longest)
    and keeping each one that starts after the last kept one gave, categories included."""
    from classifiers.rules._text import Lexicon, normalise

    groups = {"a": ("内部", "内部掌握", "掌握", "部掌"), "b": ("掌握情况", "情况", "内部"), "c": ("况", "内 部 使 用")}
    pairs = sorted({(normalise(t), c) for c, ts in groups.items() for t in ts})
    last_cat = dict(pairs)

    def reference(text):
        raw = sorted(((i, i + len(t), t) for t in last_cat for i in range(len(text)) if text.startswith(t, i)),
                     key=lambda h: (h[0], -(h[1] - h[0])))
        out, end = [], -1
        for s, e, t in raw:
            if s >= end:
                end = e
                out.append((t, last_cat[t], s, e))
        return out

    lex = Lexicon(groups)
    r = random.Random(13)
    for _ in range(1500):
        text = "".join(r.choice("内部掌握情况使用况字") for _ in range(r.randint(0, 14)))
        assert [(h.term, h.category, h.start, h.end) for h in lex.find(text)] == reference(text), text
        assert lex.contains_any(text) == bool(reference(text))
