"""SECRET_MARKING — 密级标志 and 工作秘密标志 on the document (《保密审查工作制度》第五条（一）).

State secrets are marked ``秘密★1年`` / ``机密★5年`` / ``绝密★长期`` / ``绝密★启用前`` at the top left
of the first page (GB/T 9704 §7.2.2) or in the page header; work secrets as ``内部`` or ``内部事项
注意保管`` (and informal variants, ``lexicons/work_secret_marks.txt``) in the 版头, header or footer.
The OA form's 密级 field counts too. A mark is a whole short line — ``保守国家秘密`` in a sentence is
not one. Subtypes: ``state_secret`` and ``work_secret``.

Routing (decision table): marked and labelled 主动公开 / 依申请公开 → return; marked and labelled
不予公开 → reported, may pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterable

from extractors.model import Block, BlockKind, Document, Position

from ..config import lexicon, section
from ..messages import RULES, message
from ..model import Attribute, Code, Finding, Severity, Suggestion
from ..registry import AuditContext, register
from ._text import per_document, where

STATE_SECRET_RE = re.compile(
    r"^[\s\u3000]*(?P<level>绝[\s\u3000]*密|机[\s\u3000]*密|秘[\s\u3000]*密)[\s\u3000]*"
    r"(?:[★☆\*＊][\s\u3000]*(?P<term>\d{1,2}[\s\u3000]*(?:年|个月)|长期|启用前)?)?[\s\u3000]*$"
)
_PUNCT = re.compile(r"[\s\u3000，,、。.：:；;·•\-—]+")


@section("secrecy")
@dataclass(frozen=True, slots=True)
class SecrecyConfig:
    """Where and how secrecy marks are recognised. 《保密审查工作制度》第五条（一）."""

    work_secret_marks: tuple[str, ...] = lexicon("work_secret_marks")
    #: The first N visible lines are the 版头 (份号, 密级, 紧急程度 sit above the 发文机关标志).
    head_lines: int = 6
    #: Also look in page headers and footers.
    headers_and_footers: bool = True
    #: A bare level (``秘密`` without ★) counts only in the 版头 (never in a header, where it is rarer).
    bare_level_in_head: bool = True
    #: OA form 密级 values that mean "not secret".
    sidecar_not_secret: tuple[str, ...] = ("无", "非密", "非涉密", "公开", "无密级", "不涉密", "-", "—")
    severity: str = "high"

    def __post_init__(self) -> None:
        Severity(self.severity)  # high | medium | low, else a ConfigError naming the section


@dataclass(frozen=True, slots=True)
class Mark:
    subtype: str  # state_secret | work_secret
    text: str
    block: Block | None
    position: Position
    where: str


def find_marks(doc: Document, cfg: SecrecyConfig) -> list[Mark]:
    """Every secrecy or work-secret mark in the 版头, header/footer and OA form (once per document:
    the nature and secret-content rules ask too)."""
    # keyed by the configuration's identity: hashing a dataclass of lexicon tuples on every call costs more (the
    # configuration outlives the audit of the document, so its id is not reused meanwhile)
    return list(per_document(doc, ("find_marks", id(cfg)), lambda: tuple(_find_marks(doc, cfg))))


@lru_cache(maxsize=8)
def _work_marks(marks: tuple[str, ...]) -> frozenset[str]:
    """The work-secret marks without punctuation or spaces: once per configuration, not once a document."""
    return frozenset(_PUNCT.sub("", w) for w in marks)


_PAGE_KINDS = (BlockKind.HEADER, BlockKind.FOOTER)


def _find_marks(doc: Document, cfg: SecrecyConfig) -> list[Mark]:
    work = _work_marks(cfg.work_secret_marks)
    # the 版头 is the first ``head_lines`` visible non-blank lines of the flow: taken as they come, not
    # after filtering every block of the document
    flow = (b for b in doc.blocks if b.visible and b.kind not in _PAGE_KINDS and b.kind != BlockKind.METADATA and b.text.strip())
    head = islice(flow, cfg.head_lines) if cfg.head_lines >= 0 else list(flow)[: cfg.head_lines]
    cands: list[tuple[Block, bool]] = [(b, True) for b in head]
    if cfg.headers_and_footers:
        cands += [(b, False) for b in doc.blocks if b.visible and b.kind in _PAGE_KINDS]
    out: list[Mark] = []
    for b, in_head in cands:
        for line in b.text.split("\n"):
            t = line.strip()
            if not t or len(t) > 24:
                continue
            m = STATE_SECRET_RE.match(t)
            if m and (any(c in t for c in "★☆*＊") or (in_head and cfg.bare_level_in_head)):
                out.append(Mark("state_secret", t, b, b.position.span(0, len(b.text)), where(b) if not in_head else "版头"))
                continue
            if _PUNCT.sub("", t) in work:
                out.append(Mark("work_secret", t, b, b.position.span(0, len(b.text)), where(b) if not in_head else "版头"))
    sc = doc.sidecar
    if sc is not None and sc.secrecy and sc.secrecy.strip() not in cfg.sidecar_not_secret:
        s = sc.secrecy.strip()
        sub = "state_secret" if re.search(r"绝密|机密|秘密", s) and "工作秘密" not in s else "work_secret"
        out.append(Mark(sub, s, None, Position(part=sc.path), "OA表单密级"))
    return out


@register("secret_marking")
class SecretMarkingRule:
    """Report each distinct secrecy / work-secret mark; suggest 不予公开 (第三条（一）: 涉及国家秘密、工作秘密的公文)."""

    name = "secret_marking"

    def __call__(self, doc: Document, ctx: AuditContext) -> Iterable[Finding | Suggestion]:
        cfg: SecrecyConfig = ctx.config["secrecy"]
        marks = find_marks(doc, cfg)
        seen: set[tuple[str, str]] = set()
        for mk in marks:
            key = (mk.subtype, _PUNCT.sub("", mk.text))
            if key in seen:
                continue
            seen.add(key)
            kind = "国家秘密密级" if mk.subtype == "state_secret" else "工作秘密"
            if ctx.attribute == str(Attribute.WITHHELD):
                msg = message("SECRET_MARKING_withheld", where=mk.where, kind=kind, mark=mk.text)
            else:
                msg = message(f"SECRET_MARKING_{mk.subtype}", where=mk.where, mark=mk.text, marked=ctx.attribute or "主动公开或依申请公开")
            yield Finding(
                code=Code.SECRET_MARKING, subtype=mk.subtype, severity=Severity(cfg.severity), message=msg,
                rule=RULES["secrecy_5_1"], position=mk.position, evidence=mk.text, source="rule",
                match_key=key[1], visible=True,
                explanation=(("where", mk.where), ("mark", mk.text), ("attribute", ctx.attribute or "无")),
            )
        if marks:
            yield Suggestion(str(Attribute.WITHHELD), "rule", 0.99, ("涉及国家秘密、工作秘密的公文应确定为不公开（源头认定第三条（一））",))
