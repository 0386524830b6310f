"""Find the 公开属性 marking wherever real documents put it, and normalise it.

《公开属性源头认定制度》第三条 fixes three values; 第四条 sends an unmarked document back. Real
documents mark it as a 版记 row (``公开方式：主动公开``), an 附注 line (``（此件公开发布）``), a
checkbox row on the 发文稿纸 (``□主动公开 ☑依申请公开 □不予公开``) or an OA form field (sidecar).
A body sentence that merely talks about 主动公开 is not a marking: a marking is a whole short line
(or table cell) of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Block, Document, Position, Zone

from .config import section
from .messages import RULES, message
from .model import Attribute, Code, Finding, Marking, Severity

_S = r"[\s\u3000]*"


def _spaced(word: str) -> str:
    """``公开方式`` → a pattern that also matches ``公 开 方 式``."""
    return _S.join(re.escape(c) for c in word)


@section("markings")
@dataclass(frozen=True, slots=True)
class MarkingsConfig:
    """Phrases that name the attribute, and how each normalises. 《公开属性源头认定制度》第三条."""

    row_labels: tuple[str, ...] = ("公开方式", "公开属性", "信息公开选项", "政府信息公开属性", "信息公开属性", "公开类别")
    proactive: tuple[str, ...] = ("主动公开", "公开发布", "此件公开发布", "此件主动公开", "公开")
    on_request: tuple[str, ...] = ("依申请公开", "可依申请公开", "此件依申请公开", "此件可依申请公开")
    withheld: tuple[str, ...] = ("不予公开", "不公开", "免予公开", "免于公开", "此件不公开", "此件不予公开", "此件免予公开", "非公开")
    #: Values people write that are not one of the three — LABEL_INVALID, never silently mapped.
    invalid: tuple[str, ...] = ("部分公开", "内部公开", "限制公开", "有条件公开", "内部发布", "内部", "暂缓公开", "不宜公开", "待定")
    #: Where a marking line may sit (the last N visible lines hold 附注 and 版记).
    tail_lines: int = 14

    def normalise(self, raw: str) -> tuple[str | None, bool]:
        """(normalised value or None, is_known). Unknown text → (None, False)."""
        v = re.sub(r"[\s\u3000（）()【】\[\]［］“”\"'。.：:,，;；]", "", raw)
        v = re.sub(r"^此件(?:为.{0,30}?作为)?", "此件", v)
        v = re.sub(r"信息$", "", v)
        for vals, attr in ((self.withheld, Attribute.WITHHELD), (self.on_request, Attribute.ON_REQUEST), (self.proactive, Attribute.PROACTIVE)):
            if v in vals or v.removeprefix("此件") in vals:
                return str(attr), True
        return None, False


_CHECKED = "☑☒■√✓✔●◉▣"
_UNCHECKED = "□☐○◯"


@dataclass(frozen=True, slots=True)
class MarkingScan:
    """Every marking found, the resolved attribute, and the label findings."""

    markings: tuple[Marking, ...]
    attribute: str | None
    primary: Marking | None
    findings: tuple[Finding, ...]
    reason: str | None = None


def _patterns(cfg: MarkingsConfig) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    labels = "|".join(_spaced(w) for w in sorted(cfg.row_labels, key=len, reverse=True))
    row = re.compile(rf"^{_S}[【\[［]?{_S}(?:{labels}){_S}[】\]］]?{_S}[:：]?{_S}(?P<val>[^：:]{{1,20}}?){_S}$")
    values = sorted({*cfg.proactive, *cfg.on_request, *cfg.withheld, *cfg.invalid}, key=len, reverse=True)
    note = re.compile(
        rf"^{_S}[（(]?{_S}(?P<val>此{_S}件(?:为.{{0,30}}?作为)?{_S}(?:{'|'.join(_spaced(v.removeprefix('此件')) for v in values)})(?:信息)?){_S}[）)]?{_S}[。.]?{_S}$"
    )
    box = re.compile(rf"(?P<mark>[{_CHECKED}{_UNCHECKED}]){_S}(?P<val>{'|'.join(_spaced(v) for v in values if not v.startswith('此件'))})")
    return row, note, box


def find_markings(doc: Document, cfg: MarkingsConfig) -> list[Marking]:
    """Every marking in ``doc`` (visible lines only) and in its sidecar, in document order."""
    row, note, box = _patterns(cfg)
    flow = [b for b in doc.blocks if b.visible and b.text.strip()]
    tail = {id(b) for b in flow[-cfg.tail_lines:]}
    out: list[Marking] = []
    for b in flow:
        for line_start, line in _lines(b.text):
            m = row.match(line)
            if m and (_in_tail(b, tail) or len(line.strip()) <= 20):
                val = m.group("val")
                norm, _ = cfg.normalise(val)
                s = line_start + m.start("val")
                out.append(Marking(line.strip(), norm, _zone_name(b, "版记"), b.position.span(s, s + len(val)), "版记行"))
                continue
            m = note.match(line)
            if m:
                norm, _ = cfg.normalise(m.group("val"))
                s = line_start + m.start("val")
                out.append(Marking(line.strip(), norm, _zone_name(b, "附注"), b.position.span(s, s + len(m.group("val"))), "附注"))
                continue
            boxes = list(box.finditer(line))
            if len(boxes) >= 2:
                checked = [x for x in boxes if x.group("mark") in _CHECKED]
                for x in checked:
                    norm, _ = cfg.normalise(x.group("val"))
                    s = line_start + x.start("val")
                    out.append(Marking(line.strip(), norm, _zone_name(b, "发文稿纸"), b.position.span(s, s + len(x.group("val"))), "勾选"))
                if not checked:
                    out.append(Marking(line.strip(), None, _zone_name(b, "发文稿纸"), b.position, "勾选（未勾选）"))
    sc = doc.sidecar
    if sc is not None and sc.attribute:
        norm, _ = cfg.normalise(sc.attribute)
        out.append(Marking(sc.attribute, norm, "OA表单", Position(part=sc.path), "表单"))
    return out


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _in_tail(b: Block, tail: set[int]) -> bool:
    return id(b) in tail or b.zone in (Zone.RECORD,) or b.element in ("附注", "公开方式")


def _zone_name(b: Block, default: str) -> str:
    if b.element in ("附注", "公开方式"):
        return "附注" if b.element == "附注" else "版记"
    if b.zone is not None and b.zone != Zone.BODY:
        return str(b.zone)
    return default if b.zone is None or b.element in (None, "正文", "附件") else b.element


def scan(doc: Document, cfg: MarkingsConfig) -> MarkingScan:
    """Resolve the attribute: LABEL_MISSING, LABEL_INVALID and LABEL_CONFLICT per 第三、四条."""
    marks = find_markings(doc, cfg)
    findings: list[Finding] = []
    valid = [m for m in marks if m.value is not None]
    for m in marks:
        if m.value is None:
            val = re.sub(r"^.*?[:：]", "", m.text).strip("（）() ") or m.text
            findings.append(Finding(
                code=Code.LABEL_INVALID, severity=Severity.HIGH,
                message=message("LABEL_INVALID", value=val), rule=RULES["source_3_1"],
                position=m.position, evidence=m.text, source="rule", match_key=val,
                explanation=(("zone", m.zone), ("style", m.style)),
            ))
    distinct = []
    for m in valid:
        if all(m.value != d.value for d in distinct):
            distinct.append(m)
    if len(distinct) >= 2:
        a, b = distinct[0], distinct[1]
        findings.append(Finding(
            code=Code.LABEL_CONFLICT, severity=Severity.HIGH,
            message=message("LABEL_CONFLICT", first=a.value, first_zone=a.zone, second=b.value, second_zone=b.zone),
            rule=RULES["source_4"], position=b.position, evidence=f"{a.text} / {b.text}", source="rule",
            match_key="|".join(sorted(str(d.value) for d in distinct)),
            explanation=tuple((f"marking_{i}", f"{d.zone}: {d.text}") for i, d in enumerate(distinct)),
        ))
    if not marks:
        findings.append(Finding(
            code=Code.LABEL_MISSING, severity=Severity.HIGH, message=message("LABEL_MISSING"),
            rule=RULES["source_4"], position=Position(), source="rule", match_key="missing",
        ))
    # The document's own marking wins over the OA form when both exist (the document is what is published).
    in_doc = [m for m in valid if m.style != "表单"]
    primary = (in_doc or valid or [None])[0]
    if primary is None and marks:
        primary = marks[0]
    attribute = primary.value if primary is not None and not any(f.code == Code.LABEL_CONFLICT for f in findings) else (primary.value if primary else None)
    reason = doc.sidecar.reason if doc.sidecar is not None else None
    return MarkingScan(tuple(marks), attribute, primary, tuple(findings), reason)
