"""The marking grammar: what a line must look like to be a 公开属性 marking.

``MarkingsConfig`` (``[markings]`` in gongkai.toml) lists the labels and the values and normalises a written value
(the value grammar: a modal, a negation, a channel or audience, 依申请, then 公开/发布/公布); ``_patterns`` compiles
a configuration into the anchored line patterns ``classifiers.markings`` reads lines with — a 版记 row, an 附注, a
bare value, a checkbox, a label cell, a reason row — with the characters each can begin with (``pattern_ends``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.marking_grammar import LABEL

from .config import section
from .model import Attribute
from .pattern_ends import first_chars

_S = r"[\s\u3000]*"


def _spaced(word: str) -> str:
    """``公开方式`` → a pattern that also matches ``公 开 方 式``."""
    return _S.join(re.escape(c) for c in word)


@section("markings")
@dataclass(frozen=True, slots=True)
class MarkingsConfig:
    """Phrases that name the attribute, and how each normalises. 《公开属性源头认定制度》第三条."""

    row_labels: tuple[str, ...] = ("公开方式", "公开属性", "信息公开选项", "政府信息公开属性", "信息公开属性", "公开类别", "公开选项",
                                   "公开形式", "公开类型", "信息公开方式", "政府信息公开方式", "政府信息公开选项", "信息公开类别",
                                   "信息公开形式", "信息公开类型")
    proactive: tuple[str, ...] = ("主动公开", "公开发布", "此件公开发布", "此件主动公开", "公开")
    on_request: tuple[str, ...] = ("依申请公开", "可依申请公开", "此件依申请公开", "此件可依申请公开")
    withheld: tuple[str, ...] = ("不予公开", "不公开", "免予公开", "免于公开", "此件不公开", "此件不予公开", "此件免予公开", "非公开")
    #: Values people write that are not one of the three — LABEL_INVALID, never silently mapped.
    invalid: tuple[str, ...] = ("部分公开", "内部公开", "限制公开", "有条件公开", "内部发布", "内部", "暂缓公开", "不宜公开", "待定", "受限公开", "延期公开")
    #: Labels of a row that gives the reason for 依申请公开 / 不予公开.
    reason_labels: tuple[str, ...] = ("不公开理由", "不予公开理由", "免予公开理由", "依申请公开理由", "公开理由")
    #: Where a row may sit outside the 版记 (the last N visible lines hold 附注 and 版记).
    tail_lines: int = 14
    #: A row found in the body (not 版记/附注/tail) counts only if its line is at most this long.
    body_row_max: int = 20

    def normalise(self, raw: str) -> tuple[str | None, bool]:
        """(normalised value or None, is_known). Unknown text → (None, False)."""
        # a bureau writes the same few values again and again: each is worked out once per configuration
        got = _VALUES.get(id(self))
        if got is None or got[0] is not self:
            if len(_VALUES) > 8:
                _VALUES.clear()
            got = _VALUES[id(self)] = (self, {})
        seen = got[1]
        out = seen.get(raw)
        if out is None:
            if len(seen) > 4096:
                seen.clear()
            out = seen[raw] = self._normalise(raw)
        return out

    def _normalise(self, raw: str) -> tuple[str | None, bool]:
        v = re.sub(r"[\s\u3000（）()【】\[\]［］“”\"'。.：:,，;；]", "", raw)
        v = re.sub(rf"^{_SELF}", "此件", v)
        v = re.sub(r"^此件(?:为.{0,30}?作为)?", "此件", v)
        v = re.sub(r"信息$", "", v)
        bare = v.removeprefix("此件")
        # modal and audience words do not change the value: 可公开发布, 主动向社会公开, 予以公开
        loose = re.sub(r"^(?:可|应|予以|拟)", "", re.sub(r"向社会|对社会|向公众", "", bare))
        for vals, attr in ((self.withheld, Attribute.WITHHELD), (self.on_request, Attribute.ON_REQUEST), (self.proactive, Attribute.PROACTIVE)):
            if v in vals or bare in vals or loose in vals:
                return str(attr), True
        if bare in self.invalid or loose in self.invalid:
            return None, False
        m = _VALUE.fullmatch(bare)
        if m is None:
            return None, False
        if m.group("req"):
            return str(Attribute.ON_REQUEST), True
        return str(Attribute.WITHHELD if m.group("neg") else Attribute.PROACTIVE), True

    def values(self) -> list[str]:
        return sorted({*self.proactive, *self.on_request, *self.withheld, *self.invalid}, key=len, reverse=True)


#: id(configuration) → (the configuration, {raw value: ``MarkingsConfig.normalise`` of it})
_VALUES: dict[int, tuple[MarkingsConfig, dict[str, tuple[str | None, bool]]]] = {}

#: The value grammar beyond the configured phrases: [modal] [negation] [channel or audience] [主动|依申请] 公开/发布.
#: A modal (可, 应, 予以 …), a channel (在门户网站, 通过政府网站) or an audience (向社会, 对外) never changes the
#: value; a negation (不, 不予, 免予, 非) makes it 不予公开; 依申请 makes it 依申请公开. Values of the
#: configured ``invalid`` list (部分公开, 暂缓公开 …) are refused before this is tried.
_MODAL = r"(?:可以|可|应当|应|须|需|将|拟|予以|一律|全文)*"
_CHANNEL = r"(?:(?:在|通过|经|于|向|对|面向|对外|向社会)[^公开发布不]{0,14}?(?:网站|网|平台|媒体|社会|公众|外|栏目|公开栏|公示栏))?"
_VALUE = re.compile(rf"{_MODAL}(?:(?P<neg>不予|免予|免于|不|非){_CHANNEL}|{_CHANNEL}{_MODAL}(?P<req>依申请)?(?:主动)?){_CHANNEL}{_MODAL}"
                    r"(?:公开(?:发布)?|发布|公布)(?:信息|发布|形式)?")

#: How a document names itself in an 附注: 此件, 本件, 该件, 本文件, 此文件.
_SELF = r"(?:此|本|该)(?:文)?件"
_SELF_SPACED = r"(?:此|本|该)[\s\u3000]*(?:文[\s\u3000]*)?件"

#: Text saved from a page often loses its line breaks: the 成文日期 and the 附注 after it end one long line
#: (``…附件：1.排查表.xlsx中卫市人力资源和社会保障局 2026年11月20日 （此件公开发布）``). A bracketed 附注 that
#: follows a date at the end of a line is the 附注, as it would be on a line of its own.
_GLUED_NOTE = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})[\s\u3000]*年[\s\u3000]*[\d〇○零一二三四五六七八九十]{1,3}"
                         r"[\s\u3000]*月[\s\u3000]*[\d〇○零一二三四五六七八九十]{1,3}[\s\u3000]*日[\s\u3000]*"
                         rf"(?P<note>[（(][\s\u3000]*{_SELF_SPACED}[^（）()]{{1,60}}[）)][\s\u3000]*[。.]?)[\s\u3000]*$")

#: An 附注 ``（此件…）`` is about disclosure only when it says 公开 / 发布 (not ``（此件发至县级）``).
_NOTE_TOPIC = re.compile(r"公[\s\u3000]*开|发[\s\u3000]*布")

_CHECKED = "☑☒■√✓✔●◉▣"
_UNCHECKED = "□☐○◯"
_BOX_CHECKED = rf"[{_CHECKED}]|[\[［(（]{_S}[√✓✔xX×]{_S}[\]］)）]"
_BOX_EMPTY = rf"[{_UNCHECKED}]|[\[［(（]{_S}[\]］)）]"



_REASON_AS = re.compile(rf"^{_S}[（(]?{_S}此{_S}件{_S}为(?P<r>[^（）()]{{2,30}}?)[，,]?{_S}作{_S}为")

@dataclass(frozen=True, slots=True)
class _Patterns:
    row: re.Pattern
    note: re.Pattern
    bare: re.Pattern
    box: re.Pattern
    label_cell: re.Pattern
    reason_row: re.Pattern
    #: one of these is in every line a reason is read from (理由/原因 in an 附注, 作为 in 此件为…作为, a reason
    #: row's label); empty when that cannot be said (a configuration with an empty reason label)
    reason_chars: str = ""
    #: the first non-space character of every line ``row``, ``note`` or ``bare`` matches is one of these; of every
    #: line a reason is read from, one of ``reason_starts`` (None: not known, every line is tried)
    starts: frozenset[str] | None = None
    reason_starts: frozenset[str] | None = None

    @property
    def reason_gate(self) -> re.Pattern:
        """A search for any of ``reason_chars``."""
        return _char_class(self.reason_chars)


_CACHE: dict[MarkingsConfig, _Patterns] = {}


@lru_cache(maxsize=8)
def _char_class(chars: str) -> re.Pattern:
    return re.compile(f"[{re.escape(chars)}]")


def _patterns(cfg: MarkingsConfig) -> _Patterns:
    if cfg in _CACHE:
        return _CACHE[cfg]
    labels = "|".join(_spaced(w) for w in sorted(cfg.row_labels, key=len, reverse=True))
    values = cfg.values()
    reason_tail = rf"(?:{_S}[，,；;]{_S}(?:理{_S}由|原{_S}因){_S}[:：为是]?{_S}(?P<reason>[^（）()]{{1,60}}?))?"
    # 函 and 报告 put the 联系人 in the same 附注: （此件依申请公开。联系人：…，联系电话：…）
    contact_tail = rf"(?:{_S}[。；;，,]{_S}(?:联{_S}系{_S}人|联{_S}系{_S}电{_S}话|联{_S}系{_S}方{_S}式|电{_S}话)[^（）()]{{0,80}}?)?"
    p = _with_starts(_Patterns(
        row=re.compile(rf"^{_S}(?P<open>[【\[［(（])?{_S}(?:{labels}|(?P<label>{LABEL})){_S}(?P<close>[】\]］)）])?{_S}(?P<sep>[:：]|(?<=[\s\u3000]))?"
                       rf"{_S}(?P<val>[^：:]{{1,20}}?){_S}[。.]?{_S}(?(open)[】\]］)）]?){_S}$"),
        note=re.compile(
            rf"^{_S}[（(]?{_S}(?P<val>{_SELF_SPACED}(?:{_S}为[^（）()]{{0,30}}?作{_S}为)?{_S}[^（）()，,；;：:。]{{1,14}}?){reason_tail}{contact_tail}{_S}[）)]?{_S}[。.]?{_S}$"
        ),
        bare=re.compile(rf"^{_S}(?P<open>[（(])?{_S}(?P<val>{'|'.join(_spaced(v) for v in values if not v.startswith('此件') and v != '公开')}){_S}(?(open)[）)]){_S}$"),
        # an option is a whole word: ``●公开范围`` is a bullet before a heading, not a ticked 公开
        box=re.compile(rf"(?P<mark>{_BOX_CHECKED}|{_BOX_EMPTY}){_S}(?P<val>{'|'.join(_spaced(v) for v in values if not v.startswith('此件'))})(?![\u4e00-\u9fff])"),
        label_cell=re.compile(rf"^{_S}[【\[［]?{_S}(?:{labels}|(?P<label>{LABEL})){_S}[】\]］]?{_S}[:：]?{_S}$"),
        reason_row=re.compile(rf"^{_S}(?:{'|'.join(_spaced(w) for w in cfg.reason_labels)}){_S}[:：]{_S}(?P<reason>.{{2,80}}?){_S}$"),
        reason_chars="".join(sorted({"理", "原", "作", *(w[0] for w in cfg.reason_labels)}))
        if cfg.reason_labels and all(cfg.reason_labels) else "",
    ))
    _CACHE[cfg] = p
    return p


def _with_starts(p: _Patterns) -> _Patterns:
    """``p`` with the characters its anchored line patterns can begin with (``pattern_ends.first_chars``)."""
    return replace(p, starts=_starts(p.row, p.note, p.bare), reason_starts=_starts(p.note, _REASON_AS, p.reason_row))


def _starts(*rxs: re.Pattern) -> frozenset[str] | None:
    got = [first_chars(rx, skip_space=True) for rx in rxs]
    return None if any(g is None for g in got) else frozenset().union(*got)


def _may_start(line: str, starts: frozenset[str] | None) -> bool:
    """False when no pattern of ``starts`` (``_Patterns.starts`` / ``reason_starts``) can match the canonical
    ``line`` from its beginning: its first non-space character is none they begin with."""
    if starts is None:
        return True
    s = line.lstrip()  # strips exactly what ``[\s\u3000]*`` reads as space (str.isspace)
    return not s or s[0] in starts
