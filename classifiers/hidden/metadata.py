"""``hidden_metadata``: document properties that say what a published file must not.

《保密审查工作制度》第五条: a property nobody sees on the page is still published with the file.
Only three things make a property a finding — an internal or secrecy mark (an MSIP sensitivity
label named 内部, keywords 内部资料), personal data (a full ID or mobile number), or a reviewer's
remark in a remark field (备注 “请删除第三段”). An ordinary author, company or title is not.
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import BlockKind, Document

from ..messages import RULES
from ..model import Code, Finding, Severity
from ..registry import AuditContext, register
from ._finding import finding
from .config import HiddenConfig

_ID = re.compile(r"(?<![0-9])[1-8][0-9]{16}[0-9Xx](?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_ok(s: str) -> bool:
    return "10X98765432"[sum(int(d) * w for d, w in zip(s[:17], _W)) % 11] == s[17].upper()


def judge(key: str, value: str, cfg: HiddenConfig) -> str | None:
    """Why property ``key`` = ``value`` must not be published (a short Chinese reason), or None."""
    if key.startswith("custom:MSIP_Label_") and not key.endswith("_Name"):
        return None  # label ids, dates and method flags say nothing by themselves
    v = value.strip()
    if v in cfg.internal_values or v.lower() in {x.lower() for x in cfg.internal_values}:
        return f"内部标志“{v}”"
    hit = next((p for p in cfg.internal_phrases if p.lower() in v.lower()), None)
    if hit:
        return f"内部标志“{hit}”"
    if any(_id_ok(m.group()) for m in _ID.finditer(v)):
        return "公民身份号码"
    if _MOBILE.search(v):
        return "手机号码"
    if key.startswith(cfg.remark_keys):
        word = next((w for w in cfg.remark_words if w in v), None)
        if word:
            return f"审核意见（“{word}”）"
    return None


@register("hidden_metadata")
class HiddenMetadataCheck:
    """Properties with internal marks, personal data or reviewers' remarks."""

    name = "hidden_metadata"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["hidden"]
        if "metadata" not in cfg.subtypes:
            return
        for b in doc.blocks:
            if b.kind != BlockKind.METADATA or not b.text.strip():
                continue
            why = judge(b.note or "", b.text, cfg)
            if why:
                yield finding(Code.HIDDEN_CONTENT, "metadata", b, RULES["secrecy_5_2"], Severity.MEDIUM,
                              "HIDDEN_metadata", key=b.note or "", why=why)
