"""How a finding was found, said in Chinese for the clerk ("发现方式：校验位正确、表头“身份证号”、同行有姓名").

A finding's ``explanation`` is for machines and auditors of the tool: stable English keys, scores and
the decision process (Presidio's ``return_decision_process``). It stays whole in ``result.json``. The
flag report and the notice show only what a reader can act on, in Chinese: the pattern, the checksum,
the label or table column that raised the score, what stood in the same row, the zone and wording of
a marking. Keys with nothing to say to a clerk (scores, probabilities, thresholds, counts) are left
out here; unknown keys are left out too, so a new detector can never put an internal name on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers.model import Finding

from . import labels as L
from .passages import scrub

#: Steps of the detectors' decision process → Chinese. The steps look like ``column 「身份证号」 +0.15``.
_STEP = (
    (re.compile(r"^column\s*「(.+?)」"), "表头“{0}”"),
    (re.compile(r"^label\s*「(.+?)」"), "标签“{0}”"),
    (re.compile(r"^office label\s*「(.+?)」"), "单位联系方式标签“{0}”（降低可信度）"),
    (re.compile(r"^trap column\s*「(.+?)」"), "表头“{0}”不是个人证件（降低可信度）"),
    (re.compile(r"^trap label\s*「(.+?)」"), "标签“{0}”不是个人证件（降低可信度）"),
    (re.compile(r"^firm\s*「(.+?)」"), "企业名称“{0}”"),
    (re.compile(r"^trigger\s*「(.+?)」"), "线索词“{0}”"),
    (re.compile(r"^amount \(元\) after"), "数字后带“元”，是金额（降低可信度）"),
    (re.compile(r"^office domain"), "单位公开邮箱（降低可信度）"),
)

#: Plain keys → Chinese label; values are shown as they are (already Chinese, or a name or a quote).
_PLAIN = {
    "zone": "所在位置", "style": "标注写法", "where": "所在位置", "mark": "标志", "phrase": "关键语",
    "signal": "线索", "sentence": "所在句子", "nature": "公文性质", "expected": "应为", "marked": "已标注",
    "original": "被转发文件", "original_attribute": "被转发文件的公开属性", "known_from": "原属性来源",
    "note": "说明", "recipients": "主送", "doc_type": "文种", "concept": "涉密事项", "reason": "理由",
    "article": "依据", "object": "对象词", "state": "状态词", "window": "匹配范围", "supporting": "佐证",
    "timing": "日期推断",
    # issue 11: the nature's evidence by facet, and a commercial secret's owner and kind
    "doc_type_evidence": "文种识别", "subject_evidence": "主题线索", "recipient_evidence": "主送线索",
    "content_kind": "内容种类", "organisation": "权利人", "basis": "判断依据", "figures": "所载数字",
    "model_class": "段落模型判断", "passage": "所在段落", "model_score": "段落模型评分",
    "restriction": "限定知悉范围的表述", "also_internal": "另有内部内容（随本项一并报审）",
    "also_mismatch": "公文性质亦表明不应主动公开（随本项一并报审）",
    "also_public_nature": "公文主题本应主动公开（待保密审查及非密处理后再定公开属性）",
}

_SUBTYPE_ID = re.compile(r"(?<![A-Za-z_])(id_card_15|id_card|bank_card|mobile|phone|passport|email|address|name|social_security)(?![A-Za-z_])")


def _zh_ids(s: str) -> str:
    """``同行id_card`` → ``同行公民身份号码``: subtype ids inside a detector's pattern text."""
    return _SUBTYPE_ID.sub(lambda m: L.SUBTYPE.get(m.group(1), m.group(1)), s)


def _steps(steps: Iterable[str]) -> list[str]:
    out = []
    for s in steps:
        for rx, fmt in _STEP:
            m = rx.match(str(s))
            if m:
                out.append(fmt.format(*m.groups()))
                break
    return out


def how_found(f: Finding) -> list[str]:
    """Chinese phrases saying how ``f`` was found, in the order a reader checks them."""
    ex = dict(f.explanation)
    bits: list[str] = []
    if ex.get("pattern"):
        bits.append(_zh_ids(str(ex["pattern"])))
    checksum = ex.get("checksum")
    if checksum and checksum != "—":
        bits.append(str(checksum))
    bits += _steps(ex.get("decision_process") or ())
    if ex.get("paired_with") and "同行" not in str(ex.get("pattern", "")):
        bits.append(f"同行有{L.SUBTYPE.get(str(ex['paired_with']), str(ex['paired_with']))}")
    if f.code == "LABEL_CONFLICT":
        bits += [str(v) for k, v in f.explanation if k.startswith("marking_")]
    for key, label in _PLAIN.items():
        v = ex.get(key)
        if v in (None, "", (), []):
            continue
        if isinstance(v, (list, tuple)):
            v = "、".join(map(str, v))
        bits.append(f"{label}：{v}")
    if ex.get("top_terms"):
        words = [str(t).rsplit(" ", 1)[0] for t in ex["top_terms"]][:5]
        bits.append("主要依据词：" + "、".join(words))
    kind = ex.get("kind")
    if kind and kind in L.BLOCK_KIND:
        bits.append(f"内容类型：{L.BLOCK_KIND[kind][0]}")
    return [scrub(b) for b in dict.fromkeys(bits)]


SOURCE = {"rule": "规则", "detector": "校验识别", "model": "模型", "extractor": "文件读取", "reviewer": "审核人"}


def explain_line(f: Finding) -> str:
    """``发现方式：校验识别；18位号码（GB 11643）、MOD 11-2 校验位正确…；可信度 95%`` (plain text)."""
    bits = how_found(f)
    line = f"发现方式：{SOURCE.get(f.source, '其他')}"
    if bits:
        line += "；" + "、".join(bits)
    if f.confidence is not None:
        line += f"；可信度 {round(f.confidence * 100)}%"
    return line
