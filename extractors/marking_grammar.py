"""The grammar of a 公开属性 marking row label, shared by the zoner (which lines are 版记 rows) and the
marking scan (``classifiers.markings``).

Real documents do not keep to a handful of spellings: 公开方式, 公开类别, 公开情况, 公开属性, 公开形式,
信息公开选项, 政府信息公开属性 … are all one phrase shape — an optional scope (政府, 信息, 政务, 本件 …),
the head 公开, and a noun saying *which aspect* of disclosure the row gives (方式, 属性, 类别 …). So a label
is recognised by that shape, not looked up in a list:

* ``PREFIX 公开 KIND`` — KIND is a noun of the "kind/manner/option" class; the row counts whatever its
  value says (a value naming no attribute is LABEL_INVALID, as before);
* ``PREFIX 公开 X`` with any other short noun X (1–4 characters) followed by a separator — it counts only
  when its value names an attribute (``公开时间：2026年11月20日`` is a 公示 period, never a marking);
* bare ``公开：…`` with a colon, again only when the value names an attribute.

Patterns here match the canonical form of a line (``canon.canon``: NFKC, CJK colons made ``:``); every
character may be spaced out (``公 开 方 式``).
"""

from __future__ import annotations

import re

_S = r"[\s\u3000]*"


def spaced(word: str) -> str:
    """``公开方式`` → a pattern that also matches ``公 开 方 式``."""
    return _S.join(re.escape(c) for c in word)


#: Scope words that may stand before the head 公开 (any order, at most two: 政府信息, 本件信息 …).
PREFIXES = ("政府", "信息", "政务", "文件", "公文", "本件", "此件")
#: Nouns of the "which aspect of disclosure" class: a row with one of these after 公开 is a marking row
#: whatever its value says.
KINDS = ("方式", "属性", "类别", "类型", "形式", "选项", "情况", "标识", "标注", "性质", "意见", "分类")

_PREFIX = "(?:" + "|".join(spaced(p) for p in PREFIXES) + f"){{0,2}}"
_KIND = "(?:" + "|".join(spaced(k) for k in KINDS) + ")"
_HAN = r"[\u4e00-\u9fff]"

#: A label of the marking grammar: ``(?P<kind>…)`` is set for a KIND noun, ``(?P<free>…)`` for any other
#: short noun (the caller then requires a separator and a value naming an attribute).
LABEL = rf"{_PREFIX}{_S}公{_S}开(?:{_S}(?P<kind>{_KIND})|(?P<free>{_HAN}(?:{_S}{_HAN}){{0,3}}?))?"
LABEL_RE = re.compile(rf"^{LABEL}$")

#: A value that at least talks about disclosure (the zoner's quick test; the scan normalises it properly).
_ABOUT = re.compile(rf"公{_S}开|发{_S}布")
_ROW = re.compile(
    rf"^{_S}[【\[［(（]?{_S}(?P<label>{LABEL}){_S}[】\]］)）]?{_S}(?P<sep>[:：]|[\s\u3000]+)?{_S}(?P<val>.*)$"
)


def label_row(line: str) -> bool:
    """True when the canonical ``line`` is a marking row (``公开类别 主动公开``, ``公开情况:公开`` …) — for zoning.

    A KIND label makes a row whatever follows; any other label only with a separator and a value that
    talks about 公开 or 发布, so ``公开招聘工作人员`` or ``公开时间:11月20日`` never does.
    """
    m = _ROW.match(line)
    if not m:
        return False
    if m.group("kind"):
        return True
    return bool(m.group("sep")) and _ABOUT.search(m.group("val") or "") is not None and len(line.strip()) <= 40


def is_label(text: str) -> bool:
    """True when ``text`` (canonical, no colon) is a marking label of the grammar (``信息公开选项``)."""
    return LABEL_RE.match(re.sub(r"[\s\u3000【】\[\]［］:：]", "", text)) is not None
