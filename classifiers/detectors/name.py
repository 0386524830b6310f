"""姓名 listed together with identifiers (身份证号、电话、银行卡号、护照号、住址).

A name alone is not what 《保密审查工作制度》第十一条 worries about — 公示 lists names by design;
a name *paired* with a full identifier is what identifies a person. So a name is reported only
when, in the same table row (docx) or just before it on the same line (running text, PDF rows),
an unmasked identifier scoring above the threshold stands beside it. Masked lists
(``张*  640502********1234``) give no name findings.
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import BlockKind, Document

from ..masking import context as snippet_of
from ..masking import mask_name
from ..model import Finding
from ..registry import AuditContext, register
from ._base import Hit, surnames, to_findings
from ._scan import memo, shared_scan
from .address import address_hits
from .email import email_hits
from .passport import passport_hits

PAIRED = ("id_card", "id_card_15", "bank_card", "mobile", "passport", "address", "email")
_NAME_HEADERS = ("姓名", "户主", "申请人", "参保人", "职工姓名", "人员姓名", "名字")
_LABELS = "姓名|申请人|参保人|当事人|职工|员工|户主|学员|同志|联系人|持卡人|人员|发放至|支付给|转账给"
_LABEL_WORDS = tuple(_LABELS.split("|"))
#: Words a surname character can start that are roles or places, not names (申请人, 王局长 …).
_NOT_NAME_END = ("人", "员", "者", "局", "科", "市", "县", "区", "厅", "处", "长", "主任", "同志", "单位", "公司")
_AFTER = r"(?=\s|[，,、（(：:；;的]|申请|办理|提出|已|于|系|身份证|公民身份|社会保障号|联系电话|手机|电话|银行卡|卡号|护照|住址|家庭住址|现住|$)"


_AFTER_RE = re.compile(_AFTER)


class _Name:
    """A candidate name at ``[start, end)`` (shaped like a ``re.Match`` for the callers)."""

    __slots__ = ("s", "e", "v")

    def __init__(self, s: int, e: int, v: str):
        self.s, self.e, self.v = s, e, v

    def start(self, _group: int = 0) -> int:
        return self.s

    def end(self, _group: int = 0) -> int:
        return self.e

    def group(self, _group: int = 0) -> str:
        return self.v


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fa5"


def find_names(text: str, lo: int, hi: int) -> list[_Name]:
    """Name-shaped words starting in ``[lo, hi)``: a surname and one or two more characters, set
    off before by a non-Chinese character or a label (申请人、职工 …) and after by punctuation, a
    verb or an identifier label. Checked position by position in Python: a regex with a lookbehind
    per label cost ~30 µs per identifier."""
    sn = surnames()
    out = []
    for p in range(max(0, lo), min(hi, len(text))):
        if text[p] not in sn:
            continue
        before = text[max(0, p - 6):p].rstrip("：:")
        if p and _cjk(text[p - 1]) and not before.endswith(_LABEL_WORDS):
            continue
        for L in (3, 2):
            v = text[p:p + L]
            if len(v) == L and all(_cjk(c) for c in v) and _AFTER_RE.match(text, p + L):
                out.append(_Name(p, p + L, v))
                break
    return out


def name_hits(doc: Document, cfg) -> list[Hit]:
    """Names standing beside an unmasked identifier."""
    scan = shared_scan(doc, cfg)
    ids = [h for h in scan.hits if h.subtype in PAIRED and h.score >= cfg.threshold]
    ids += [h for h in memo(doc, cfg, "passport", passport_hits) + memo(doc, cfg, "address", address_hits) + memo(doc, cfg, "email", email_hits)
            if h.score >= cfg.threshold]
    if not ids:
        return []
    out: list[Hit] = []
    seen: set[tuple[int, int]] = set()
    # 1. tables: the cell under a 姓名 column in a row that holds an identifier
    rows_with_id: dict[tuple, str] = {}
    for h in ids:
        c = h.block.position.cell
        if c is not None:
            rows_with_id.setdefault((h.block.position.part, c[0], c[1]), h.subtype)
    if rows_with_id:
        name_cols = {(b.position.part, b.position.cell[0], b.position.cell[2]) for b in doc.blocks
                     if b.kind == BlockKind.TABLE_CELL and b.position.cell and b.position.cell[1] == 0
                     and any(w in b.text for w in _NAME_HEADERS)}
        for b in doc.blocks:
            c = b.position.cell
            if c is None or c[1] == 0 or (b.position.part, c[0], c[2]) not in name_cols:
                continue
            paired = rows_with_id.get((b.position.part, c[0], c[1]))
            v = b.text.strip()
            if paired and 2 <= len(v) <= 4 and all("\u4e00" <= ch <= "\u9fa5" or ch == "·" for ch in v):
                s = b.text.find(v)
                key = (id(b), s)
                if key not in seen:
                    seen.add(key)
                    out.append(_hit(b, s, s + len(v), v, paired, "姓名列 + 同行" + paired))
    # 2. running text and PDF rows: the last name-like word before the identifier on its line
    for h in ids:
        if h.block.position.cell is not None:
            continue
        text = scan.joined.block_text(_index(doc, h.block))
        m = None
        for cand in find_names(text, h.start - 30, h.start):
            if not cand.group(1).endswith(_NOT_NAME_END):
                m = cand
        if m is None:
            # 身份证号码为…的参保人张三: a labelled name right after the identifier
            m = next((c for c in find_names(text, h.end, h.end + 16)
                      if not c.group(1).endswith(_NOT_NAME_END) and text[max(0, c.start(1) - 6):c.start(1)].rstrip("：:").endswith(_LABEL_WORDS)), None)
        nb, ntext = h.block, text
        if m is None and doc.format in ("pdf", "ofd") and h.start < 12:
            # a wrapped PDF line: the name may stand at the end of the line above (持卡人林建思，卡号：/ 6222…)
            i = _index(doc, h.block)
            if i > 0 and doc.blocks[i - 1].position.cell is None:
                nb, ntext = doc.blocks[i - 1], scan.joined.block_text(i - 1)
                for cand in find_names(ntext, len(ntext) - 30, len(ntext)):
                    if not cand.group(1).endswith(_NOT_NAME_END):
                        m = cand
        if m is None:
            continue
        key = (id(nb), m.start(1))
        if key not in seen:
            seen.add(key)
            out.append(_hit(nb, m.start(1), m.end(1), m.group(1), h.subtype, "姓名 + 其后" + h.subtype, ntext))
    return out


def _index(doc: Document, b) -> int:
    i = b.position.block
    if i is not None and i < len(doc.blocks) and doc.blocks[i] is b:
        return i
    return next(k for k, x in enumerate(doc.blocks) if x is b)


def _hit(b, s: int, e: int, name: str, paired: str, how: str, text: str | None = None) -> Hit:
    shown = mask_name(name)
    return Hit("name", b, s, e, shown, 0.8, how, "—", (("base name paired with identifier", 0.8),), (paired,),
               snippet=snippet_of(text if text is not None else b.text, s, e, shown), extra=(("paired_with", paired),))


@register("name")
class NameDetector:
    """Names listed with identifiers."""

    name = "name"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        return to_findings(name_hits(doc, cfg), cfg)
