"""The readable Chinese table ``gongkai audit`` prints without ``--json``."""

from __future__ import annotations

import unicodedata
from typing import Iterable, TextIO

from classifiers.masking import mask_text

DECISION_ZH = {"approve": "待审批", "return": "退回承办科室", "escalate": "需报审", "error": "无法审查（已隔离）"}


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - width(s))


def clip(s: str, w: int) -> str:
    out, n = "", 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if n + cw > w - 1:
            return out + "…"
        out, n = out + c, n + cw
    return out


def print_table(results: Iterable, out: TextIO) -> None:
    """文件 | 公开属性 | 审查结论 | 问题 — one row a file, then a one-line summary; every line masked."""
    out = _Masked(out)
    results = list(results)
    rows = [("文件", "公开属性", "审查结论", "问题")]
    for r in results:
        codes: dict[str, int] = {}
        for f in r.findings:
            key = f.code + (f":{f.subtype}" if f.subtype and f.code in ("PERSONAL_DATA", "SECRET_MARKING", "HIDDEN_CONTENT", "UNREADABLE") else "")
            codes[key] = codes.get(key, 0) + 1
        found = "、".join(f"{k}×{n}" if n > 1 else k for k, n in codes.items()) or "—"
        rows.append((clip(r.file, 48), r.attribute or "（未标注）", DECISION_ZH.get(str(r.decision), str(r.decision)), found))
    widths = [max(width(row[i]) for row in rows) for i in range(3)]
    for n, row in enumerate(rows):
        out.write("  ".join(pad(c, widths[i]) for i, c in enumerate(row[:3])) + "  " + row[3] + "\n")
        if n == 0:
            out.write("-" * (sum(widths) + 6 + 8) + "\n")
    counts: dict[str, int] = {}
    for r in results:
        counts[str(r.decision)] = counts.get(str(r.decision), 0) + 1
    summary = "，".join(f"{DECISION_ZH[k]} {counts[k]} 件" for k in ("approve", "return", "escalate", "error") if k in counts)
    out.write(f"\n共审查 {len(results)} 件：{summary}\n")
    for r in results:
        if r.error:
            out.write(f"  {r.file}: {r.error}\n")


class _Masked:
    """A writer that masks each string before it reaches the stream (the table's output boundary)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        return self._stream.write(mask_text(s))
