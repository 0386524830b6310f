"""The readable Chinese tables the CLI prints (``gongkai audit``, ``gongkai review list``).

Columns line up by *display* width (wcwidth: a Chinese character takes two cells, a combining mark
none), so a table of Chinese titles stays straight in a terminal. Anything a user controls — file
names, titles, 科室 — is shown with control characters escaped (``\\x1b``): a file name carrying a
terminal escape sequence cannot recolour, clear or retitle the reviewer's terminal. Decisions are
said in Chinese; ``--json`` is the machine form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TextIO

from wcwidth import wcswidth, wcwidth

from classifiers.masking import mask_text

from . import labels as L

DECISION_ZH = {"approve": "待审批", "return": "退回承办科室", "escalate": "需报审", "error": "无法审查（已隔离）"}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


#: The characters XML 1.0 (so docx and xlsx) cannot hold: C0 controls but tab, line feed and carriage return; the
#: noncharacters U+FFFE and U+FFFF; a lone surrogate (what an undecodable byte became).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(s: str) -> str:
    """``s`` for a docx or xlsx: each control character XML cannot hold shown as its control picture (``\x01`` →
    ``␁``), a noncharacter or lone surrogate as U+FFFD, so a comment or a name that carries one is written, legibly,
    instead of failing the whole file (a second red-team pass: a reviewer's comment with U+FFFE broke every later
    register export)."""
    return _NOT_XML.sub(_picture, s) if _NOT_XML.search(s) else s


def _picture(m: re.Match) -> str:
    c = ord(m.group())
    return chr(0x2400 + c) if c < 0x20 else "\ufffd"


def safe(s: object) -> str:
    """``s`` with control and bidi characters shown escaped (``\\x1b``), never acted on by the terminal."""
    text = "" if s is None else str(s)
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def width(s: str) -> int:
    """Display cells ``s`` takes in a terminal (Chinese 2, combining 0); unprintables count as 1."""
    w = wcswidth(s)
    return w if w >= 0 else sum(max(wcwidth(c), 0) or (0 if c == "\u200d" else 1) for c in s)


def pad(s: str, w: int) -> str:
    """``s`` padded with spaces to ``w`` display cells."""
    return s + " " * max(0, w - width(s))


def clip(s: str, w: int) -> str:
    """``s`` cut to ``w`` display cells, an ellipsis marking the cut."""
    if width(s) <= w:
        return s
    out, n = "", 0
    for c in s:
        cw = max(wcwidth(c), 0)
        if n + cw > w - 1:
            return out + "…"
        out, n = out + c, n + cw
    return out


def clip_path(path: str, w: int) -> str:
    """A path cut from the left so its file name stays whole: ``…/就业促进科/创业补贴公示.docx``."""
    if width(path) <= w:
        return path
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if width(name) + 2 > w:
        return clip(name, w)  # the name alone is too long: keep its beginning, where titles say what they are
    tail = ""
    for part in reversed(path.replace("\\", "/").split("/")[:-1]):
        if width(part) + width(tail) + width(name) + 3 > w:
            break
        tail = part + "/" + tail
    return "…/" + tail + name


def table(header: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO, *, last_free: bool = True,
          right: Sequence[int] = ()) -> None:
    """Rows aligned by display width under ``header`` and a rule; the last column runs free when ``last_free``."""
    body = [[safe(c) for c in r] for r in rows]
    cols = len(header)
    fixed = cols - 1 if last_free else cols
    widths = [max([width(header[i])] + [width(r[i]) for r in body]) for i in range(fixed)]

    def line(cells: Sequence[str]) -> str:
        parts = [(" " * (widths[i] - width(c)) + c) if i in right else pad(c, widths[i]) for i, c in enumerate(cells[:fixed])]
        return "  ".join(parts + list(cells[fixed:])).rstrip()

    out.write(line(list(header)) + "\n")
    out.write("-" * (sum(widths) + 2 * fixed + (max(8, width(header[-1])) if last_free else -2)) + "\n")
    for r in body:
        out.write(line(r) + "\n")


def found_codes(findings) -> str:
    """``个人信息：公民身份号码×6、未标注公开属性`` — the findings of one file, counted, in Chinese."""
    codes: dict[str, int] = {}
    for f in findings:
        sub = f.subtype if f.subtype and f.code in ("PERSONAL_DATA", "SECRET_MARKING", "HIDDEN_CONTENT") else None
        key = L.code_name(f.code, sub)
        codes[key] = codes.get(key, 0) + 1
    return "、".join(f"{k}×{n}" if n > 1 else k for k, n in codes.items()) or "—"


def print_table(results: Iterable, out: TextIO, *, name_width: int = 56) -> None:
    """文件 | 公开属性 | 审查结论 | 问题 — one row a file, then a one-line summary; every line masked."""
    out = _Masked(out)
    results = list(results)
    rows = [(clip_path(safe(r.file), name_width), r.attribute or "（未标注）", DECISION_ZH.get(str(r.decision), str(r.decision)),
             found_codes(r.findings)) for r in results]
    table(("文件", "公开属性", "审查结论", "问题"), rows, out)
    counts: dict[str, int] = {}
    for r in results:
        counts[str(r.decision)] = counts.get(str(r.decision), 0) + 1
    summary = "，".join(f"{DECISION_ZH[k]} {counts[k]} 件" for k in ("approve", "return", "escalate", "error") if k in counts)
    out.write(f"\n共审查 {len(results)} 件：{summary}\n")
    for r in results:
        if r.error:
            out.write(f"  {safe(r.file)}: {safe(r.error)}\n")


class _Masked:
    """A writer that masks each string before it reaches the stream (the table's output boundary)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        return self._stream.write(mask_text(s))
