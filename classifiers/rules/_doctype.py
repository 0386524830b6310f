"""The 文种 of a document and where it was read: the title's ending first, the body's closing formula next.

GB/T 9704 and 《党政机关公文处理工作条例》第八条 name fifteen 文种 (决议 决定 命令（令） 公报 公告 通告
意见 通知 通报 报告 请示 批复 议案 函 纪要); a bureau also publishes 公示, 办事指南, 名单 and
行政处罚决定 / 行政处罚结果公示. A title names its 文种 at the end (``关于……的请示``), sometimes
behind a bracketed version note (``（征求意见稿）``, ``（试行）``). When the title does not — a wrapped PDF
title, a title written as a phrase — the body's closing formula does (``妥否，请批示`` is a 请示,
``特此报告`` a 报告, ``特此公告`` a 公告): read where it is, with less weight than the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..pattern_ends import last_chars, prefixes

#: Title endings, most specific first: (pattern at the end of the title, 文种).
_TITLE: tuple[tuple[str, str], ...] = (
    (r"(?:行政)?处罚决定书?", "处罚决定"),
    (r"(?:行政)?处罚(?:结果|信息|决定|案件信息|情况)(?:的)?(?:公示|公开|公告)", "处罚结果公示"),
    (r"(?:办事|服务|办理|申领|申办|经办|业务|报名|参保|登记)指南|(?:办事|申报|报名|参保|办理|申请|申领)(?:须知|流程)", "办事指南"),
    (r"(?:名单|名录|人选|人员)的?公示", "公示"),
    (r"公示", "公示"),
    (r"(?:名单|名录)", "名单"),
    (r"会议纪要|纪要", "纪要"),
    (r"复函", "复函"),
    (r"请示", "请示"),
    (r"(?:报告|汇报)", "报告"),
    (r"批复", "批复"),
    (r"议案", "议案"),
    (r"决议", "决议"),
    (r"决定", "决定"),
    (r"(?:命令|令)(?:第[0-9一二三四五六七八九十百]+号)?", "命令"),
    (r"公报", "公报"),
    (r"公告", "公告"),
    (r"通告", "通告"),
    (r"意见", "意见"),
    (r"通知", "通知"),
    (r"通报", "通报"),
    (r"函", "函"),
    (r"实施方案|工作方案|方案", "方案"),
    (r"办法|规定|细则|规则|制度", "办法"),
)
_TITLE_RE = tuple((re.compile(f"(?:{p})$"), dt) for p, dt in _TITLE)
#: The characters each title ending can end with (``pattern_ends.last_chars``; None: any): a title's last
#: character rules most of them out before a search.
_TITLE_LAST = tuple(last_chars(rx) for rx, _ in _TITLE_RE)
#: A trailing bracketed note that is not part of the 文种 (（征求意见稿）, （试行）, （2026年第3号）).
_TRAILER = re.compile(r"(?:[（(][^（）()]{1,16}[）)]|[\s\u3000]+)$")
#: A 令 only when the title reads like one (中卫市人民政府令 第3号), not any word ending in 令.
_ORDER = re.compile(r"(?:政府|部|局|厅|委员会)令(?:第[0-9一二三四五六七八九十百]+号)?$|命令$")

#: Closing formulas of the body: (pattern, 文种, what it says).
_BODY: tuple[tuple[str, str], ...] = (
    (r"(?:妥否|当否|是否妥当|是否可行)[，,]?\s*(?:请|敬请|恳请)(?:批示|批复|审批|审定|指示)|(?:请予|恳请|敬请)(?:批准|审批|批复|审定)|以上请示"
     r"|特此请示|专此请示|(?:请|恳请|望|敬请)(?:予)?(?:批准|审批|核准|批复|审示|研究批准)为盼", "请示"),
    (r"特此(?:报告|汇报)|专此报告|现将.{0,40}(?:情况|工作|有关事项)(?:报告|汇报)如下", "报告"),
    (r"特此公告", "公告"),
    (r"特此通告", "通告"),
    (r"特此公示|公示期(?:为|自|间)|公示时间(?:为|自)", "公示"),
    (r"特此函告|特此函复|专此函[告复达]|特此致函", "函"),
    (r"特此批复|此复", "批复"),
    (r"特此通报", "通报"),
    (r"特此通知", "通知"),
)
_BODY_RE = tuple((re.compile(p), dt) for p, dt in _BODY)


class _Formulas:
    """Where a closing formula can start, found in one search: every match of a pattern of ``_BODY`` begins with
    one of its two-character ``prefixes`` (read from the pattern), so a pattern is tried only where one of them
    stands — the same matches, in the same order, as a ``finditer`` over the whole body. Patterns whose
    prefixes cannot be said are searched as before."""

    def __init__(self, patterns: tuple[tuple[re.Pattern, str], ...]):
        self.prefixes = [prefixes(rx, 2) for rx, _ in patterns]
        #: prefix → the indices of the patterns that may begin with it
        self.of: dict[str, list[int]] = {}
        for k, got in enumerate(self.prefixes):
            for x in got or ():
                self.of.setdefault(x, []).append(k)
        self.short = any(len(x) < 2 for x in self.of)
        known = sorted(self.of, key=lambda x: (-len(x), x))
        self.finder = re.compile("|".join(map(re.escape, known))) if known else None

    def starts(self, body: str) -> list[list[int]]:
        """For each pattern, the positions of ``body`` where one of its prefixes stands, in order (overlapping
        prefixes included)."""
        out: list[list[int]] = [[] for _ in self.prefixes]
        if self.finder is None:
            return out
        search, of = self.finder.search, self.of
        m = search(body)
        while m is not None:
            i = m.start()
            for k in of.get(body[i:i + 2], ()):
                out[k].append(i)
            if self.short:
                for k in of.get(body[i:i + 1], ()):
                    if not out[k] or out[k][-1] != i:
                        out[k].append(i)
            m = search(body, i + 1)
        return out


@lru_cache(maxsize=1)
def _formulas() -> _Formulas:
    """The closing formulas' prefixes in one search (built on first use)."""
    return _Formulas(_BODY_RE)


@dataclass(frozen=True, slots=True)
class DocType:
    """The 文种, where it was read (标题 / 正文) and the words that show it."""

    name: str
    where: str
    evidence: str

    def describe(self) -> str:
        """``请示（见标题末尾「……的请示」）`` — for the finding's explanation."""
        return f"{self.name}（见{self.where}「{self.evidence}」）"


def from_title(title: str) -> DocType | None:
    """The 文种 the title ends with (behind any bracketed version note), or None."""
    t = "".join((title or "").split())  # str.split splits exactly where [\s\u3000] matches (``_text.normalise``)
    for _ in range(3):
        # with no space left, ``_TRAILER`` can only remove a bracketed note, which ends the title with a bracket
        stripped = _TRAILER.sub("", t) if t.endswith(("）", ")")) else t
        if stripped == t:
            break
        t = stripped
    if not t:
        return None
    end = t[-1]
    for (rx, dt), last in zip(_TITLE_RE, _TITLE_LAST):
        if last is not None and end not in last:
            continue  # every match of ``rx`` ends the title, with one of ``last``
        m = rx.search(t)
        if m is None:
            continue
        if dt == "命令" and not _ORDER.search(t):
            continue
        if dt == "名单" and len(t) < 6:
            continue
        return DocType(dt, "标题末尾", t[-min(len(t), 14):])
    return None


def from_body(body: str) -> DocType | None:
    """The 文种 a closing formula of the body names (``妥否，请批示`` → 请示), or None.

    Read from the end: the closing formula stands last, and an earlier ``特此通知`` quoted from
    another document is not this one's."""
    f = _formulas()
    starts = f.starts(body)  # most bodies hold a formula's first two characters in a few places, or none
    best: tuple[int, str, re.Match] | None = None
    for (rx, dt), heads, at in zip(_BODY_RE, f.prefixes, starts):
        last = None
        if heads is None:
            for last in rx.finditer(body):
                pass
        else:
            # finditer's matches: from each one's end on, the first of the starts a match can have where it matches
            pos = 0
            for i in at:
                if i >= pos and (m := rx.match(body, i)) is not None:
                    last, pos = m, m.end()
        if last is not None and (best is None or last.start() > best[0]):
            best = (last.start(), dt, last)
    return DocType(best[1], "正文结束语", best[2].group()) if best else None


def doc_type(title: str, body: str) -> tuple[DocType | None, DocType | None]:
    """(the title's 文种, the body's 文种) — either may be None."""
    return from_title(title), from_body(body)
