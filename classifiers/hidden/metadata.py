"""``hidden_metadata``: document properties that say what a published file must not.

《保密审查工作制度》第五条: a property nobody sees on the page is still published with the file.
Only three things make a property a finding — an internal or secrecy mark (an MSIP sensitivity
label named 内部, keywords 内部资料), personal data (a full ID or mobile number), or a reviewer's
remark in a remark field (备注 “请删除第三段”). An ordinary author, company or title is not.

A property that repeats what the page shows is not hidden: a core ``title`` equal to the visible
title (``…（征求意见稿）``), keywords each of which is on the page. Only what the property adds to the
visible text is judged (compared after NFKC and dropping white space and punctuation).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from extractors.model import MACHINE_ONLY_KINDS, BlockKind, Document

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


_NOISE = re.compile(r"[\s\u3000\W_]+")
_KEYWORD_SEP = re.compile(r"[;；,，、|/\s]+")
#: Visible blocks shorter than this (normalised) are not cut out of a property: too common to mean "the same text".
_MIN_REPEAT = 4


def _norm(s: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", s)).lower()


def visible_text(doc: Document) -> tuple[str, tuple[str, ...]]:
    """What a reader sees, normalised: the whole text joined, and each block's text (longest first)."""
    parts = [_norm(b.text) for b in doc.blocks if b.visible and b.kind not in MACHINE_ONLY_KINDS and b.text.strip()]
    parts = [p for p in parts if p]
    return "".join(parts), tuple(sorted({p for p in parts if len(p) >= _MIN_REPEAT}, key=len, reverse=True))


def unseen_part(value: str, visible: str, blocks: tuple[str, ...]) -> str:
    """The part of a property ``value`` the page does not show: '' when it only repeats visible
    text, ``value`` itself when none of it is on the page, else the remainder (normalised).

    Substring either way: a value (or each of its keywords) found in the visible text is seen; a
    visible block found inside the value (the title followed by the 文号) is cut out of it.
    """
    whole = _norm(value)
    if not whole or (len(whole) >= _MIN_REPEAT and whole in visible):
        return ""
    keywords = [k for k in _KEYWORD_SEP.split(value) if _norm(k)]
    # a keyword counts as seen when it is long enough to mean "the same text" (内部 in 内部管理 is not)
    unseen = [k for k in keywords if len(_norm(k)) < _MIN_REPEAT or _norm(k) not in visible]
    rest = " ".join(_norm(k) for k in unseen)
    for b in blocks:
        rest = rest.replace(b, " ")
    rest = " ".join(rest.split())
    if rest == " ".join(_norm(k) for k in keywords):
        return value  # nothing of it is on the page: judge it as written
    return rest


@register("hidden_metadata")
class HiddenMetadataCheck:
    """Properties with internal marks, personal data or reviewers' remarks."""

    name = "hidden_metadata"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["hidden"]
        if "metadata" not in cfg.subtypes:
            return
        seen: tuple[str, tuple[str, ...]] | None = None
        for b in doc.blocks:
            if b.kind != BlockKind.METADATA or not b.text.strip():
                continue
            why = judge(b.note or "", b.text, cfg)
            if why and not (b.note or "").startswith("custom:MSIP_Label_"):  # a label is a mark, not repeated text
                seen = seen or visible_text(doc)
                rest = unseen_part(b.text, *seen)
                # what the property adds to the page decides; a title repeating the page hides nothing
                why = judge(b.note or "", rest, cfg) if rest else None
            if why:
                yield finding(Code.HIDDEN_CONTENT, "metadata", b, RULES["secrecy_5_2"], Severity.MEDIUM,
                              "HIDDEN_metadata", key=b.note or "", why=why)
