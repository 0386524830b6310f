"""Shared shape of the hidden-content findings: where a block sits, in words, and masked evidence."""

from __future__ import annotations

import re

from extractors.model import Block

from ..masking import mask_generic, mask_id, mask_phone
from ..messages import message
from ..model import Finding, Severity

_PARTS = (
    ("word/document.xml", "正文"), ("word/header", "页眉"), ("word/footer", "页脚"), ("word/footnotes", "脚注"),
    ("word/endnotes", "尾注"), ("word/comments", "批注"), ("word/embeddings", "嵌入对象"), ("docProps/", "文档属性"),
    ("word/settings", "文档变量"),
)


def where(b: Block) -> str:
    """A reader's description of where ``b`` is: 第2页, 正文, 页眉, 表格第1行第2列 …"""
    p = b.position
    out = []
    if p.page is not None:
        out.append(f"第{p.page}页")
    part = p.part or ""
    for prefix, name in _PARTS:
        if part.startswith(prefix):
            if not (name == "正文" and p.page is not None):
                out.append(name)
            break
    if p.cell is not None:
        out.append(f"表格{p.cell[0] + 1}第{p.cell[1] + 1}行第{p.cell[2] + 1}列")
    return "".join(out) or "文件中"


def evidence(text: str) -> str:
    """The block's text for a report: digit runs masked, cut short, on one line."""
    t = re.sub(r"\s+", " ", text).strip()
    t = re.sub(r"[0-9０-９]{5,}[0-9０-９Xx]", _mask, t)
    return t if len(t) <= 40 else t[:40] + "…"


def _mask(m: re.Match) -> str:
    s = m.group()
    return mask_id(s) if len(s) == 18 else mask_phone(s) if len(s) == 11 else mask_generic(s)


def finding(code: str, subtype: str, b: Block, rule: str, severity: Severity, msg_key: str, **extra: object) -> Finding:
    """One finding on block ``b``; the message comes from ``messages.py`` under ``msg_key``."""
    ev = evidence(b.text)
    return Finding(
        code=code, severity=severity, message=message(msg_key, where=where(b), evidence=ev, **extra), rule=rule,
        position=b.position, evidence=ev, subtype=subtype, source="rule", match_key=f"{subtype}:{ev}", visible=False,
        explanation=tuple((k, v) for k, v in (("kind", str(b.kind)), ("note", b.note), *extra.items()) if v),
    )
