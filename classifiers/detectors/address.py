"""个人住址 down to the door number (门牌号、楼栋、单元、室).

《保密审查工作制度》第十一条; the 公示 convention is to publish an address no finer than the
乡镇（街道）. An office's 办公地址 / 来访地址 / 服务窗口 is public information, not privacy.

A candidate ends in a door number after a street or village word (路、街、巷、村、组、小区 …:
``…鼓楼西街12号3栋2单元402室``). Scoring: a 室/户/单元/栋 tail makes it a dwelling (0.55), a bare
``12号`` could be any building (0.3); a private label before it (家庭住址、现住址、户籍地址 …) or
such a column header adds 0.35; an office label (办公地址、来访地址、服务大厅 …) takes 0.6 off.
"""

from __future__ import annotations

import re
from typing import Iterable

from extractors.model import Document

from ..masking import context as snippet_of
from ..masking import mask_address
from ..model import Finding
from ..registry import AuditContext, register
from ._base import Hit, to_findings, words
from ._scan import _FULLWIDTH, _FW_ANY, _Context, memo, nearest_label

_CJK = "\u4e00-\u9fa5"
ADDRESS_RE = re.compile(
    rf"[{_CJK}0-9]{{2,30}}?(?:路|街|巷|道|弄|胡同|村|组|队|小区|社区|花园|家园|苑|园|里|公寓|大厦)"
    r"[0-9]{1,5}号(?:院|楼)?(?:[0-9]{1,3}(?:号楼|栋|幢|楼))?(?:[0-9]{1,2}单元)?(?:[0-9]{1,5}(?:室|户|号房))?"
)
_DWELLING = ("室", "户", "单元", "栋", "幢", "号楼", "号房")


def address_hits(doc: Document, cfg) -> list[Hit]:
    """Scored address candidates of every block (visible or not)."""
    private, office = words("pii_address"), words("pii_office_address")
    ctx: _Context | None = None
    out = []
    for b in doc.blocks:
        if "号" not in b.text:
            continue
        text = b.text
        if _FW_ANY.search(text):
            text = text.translate(_FULLWIDTH)
        for m in ADDRESS_RE.finditer(text):
            s, e = m.span()
            v = m.group()
            # the lazy prefix may start inside a label (现住址中卫市…): start after the label
            lab_in, lab_end = nearest_label(v, private + office)
            if lab_in is not None:
                s += lab_end
                v = text[s:e]
            for sep in "：:，,":
                k = v.rfind(sep)
                if k >= 0:
                    s += k + 1
                    v = text[s:e]
            dwelling = any(t in v[v.find("号"):] for t in _DWELLING) if "号" in v else False
            score = 0.55 if dwelling else 0.3
            steps: list[tuple[str, float]] = [("base address (" + ("住宅门牌" if dwelling else "门牌号") + ")", score)]
            used: list[str] = []
            before = text[max(0, s - cfg.window_before):s]
            label, _ = nearest_label(before, private + office)
            if label is None and lab_in is not None:
                label = lab_in
            if label is None:
                ctx = ctx or _Context(doc)
                header = ctx.header(b)
                if header:
                    label = next((w for w in private + office if w in header), None)
            if label is not None:
                used.append(label)
                if label in private:
                    score += 0.35
                    steps.append((f"label 「{label}」", 0.35))
                else:
                    score -= 0.6
                    steps.append((f"office label 「{label}」", -0.6))
            shown = mask_address(v)
            out.append(Hit("address", b, s, e, shown, max(0.0, min(score, 1.0)), "地址至门牌号", "—", tuple(steps), tuple(used),
                           snippet=snippet_of(text, s, e, shown)))
    return out


@register("address")
class AddressDetector:
    """Home addresses to the door number."""

    name = "address"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding]:
        cfg = ctx.config["detectors"]
        return to_findings(memo(doc, cfg, 'address', address_hits), cfg)
