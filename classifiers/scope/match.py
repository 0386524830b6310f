"""Find the secrecy-scope matters in a text: an object word and a state word in one passage window.

For each paragraph (a line of the rules' ``TextStream``) the cheap pass comes first: one Aho–Corasick
scan for the words of every object and state term (``compiled.py``) says which matters can fire at all;
the words of the cancelling, negating and rule terms are read only in a paragraph that gets as far as
asking for them. Only where a matter's object and state both match as raw text within ``window``
sentences is the paragraph segmented (jieba's words, ``segment.py``) and each part of each term checked
to start and end on a word boundary. A candidate
is then dropped when a cancelling term (已公布, 已于…公示, 考生 …) stands in its sentences, when a
negation (不涉及, 不含 …) comes right before its object or state, when its sentences state a rule
(严禁, 保密制度 …) and point at nothing specific (本次, 附件, 以下 …), or when evidence it requires
(a figure, a person's name, a unit's name, the form of exam content) is not in the window.

A state may also be read off dates (``timing.py``): an exam, release, inspection or review dated later
than the document is the "before use" state of a matter that names that kind of event. A heading
(``经办提示：``) is its own state for the matters that take ``heading`` as evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import reduce
from itertools import accumulate
from operator import itemgetter, or_

from . import evidence as evid
from .compiled import CompiledKB, compiled_kb
from .kb import KnowledgeBase, Matter, Term
from .segment import _BLOCK
from .timing import DATE_RX, DEADLINE, SELF_RELEASE, Event, date_of as _date_of, reasoning, timeline, title_kinds

_SENT_END = re.compile(r"[。！？；!?;\n]")
#: the state an object heading its paragraph (or its sentence) stands in
_HEADING_STATE = "段首标题"
#: an object at the head of its paragraph (``经办提示：``, ``【内部备注】``, ``二、工作提示：``)
_HEAD_BEFORE = re.compile(r"(?:^|[。；;！？!?])\s*(?:[（(]?\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．)）]\s*)?[【\[（(〔]?\s*$")
#: after the heading: its colon or closing bracket, perhaps after a short aside (``经办提示（不随文公开）：``)
_HEAD_AFTER = re.compile(r"^\s*(?:[（(][^（）()\n]{1,12}[)）]\s*)?[：:】\]）)〕]")
#: a sentence pointing back at figures given before it (``上述数据``)
_ANAPHORA = re.compile(r"上述|以上|前述|上列|上面|这些|该等")
#: A sentence announcing what follows (按以下标准, 见下表, 如下): its figures stand in the lines after it.
_CATAPHORA = re.compile(r"以下|下列|如下|下表|见表|附表")
#: Units counted (确定核查对象12家): the units themselves are listed next, in the paragraph after.
_UNITS_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:家|个单位|个企业|个项目|所)")
#: The words of ``_ANAPHORA`` and ``_CATAPHORA``, and what every match of ``_UNITS_COUNTED`` holds: a paragraph
#: is tested for them by substring tests (the same answer as the patterns', and cheaper).
_ANAPHORA_WORDS = tuple(_ANAPHORA.pattern.split("|"))
_CATAPHORA_WORDS = tuple(_CATAPHORA.pattern.split("|"))
_COUNTED_WORDS = ("家", "个", "所")
#: The evidence a 以下/下表 sentence may find in the lines after it.
_FORWARD = ("exam_form", "person", "person_or_figure", "org")
#: How much text after a paragraph a 以下/下表 sentence reaches (a table's first rows).
NEXT_CHARS = 600
#: a numbered heading line standing alone (三、下一步工作, （二）资金保障): not the paragraph a 上述 sentence points back at
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分])[^。；;，,]{0,18}$")


@dataclass(frozen=True, slots=True)
class ScopeHit:
    """A matter found: which words matched where, and the window it was found in."""

    matter: Matter
    object_term: str
    state_term: str
    start: int  # the object's span in the text
    end: int
    state_start: int
    state_end: int
    same_sentence: bool
    sentence: str
    evidence: str = ""
    #: the date reasoning, when the state was read off dates (``文件日期 … 早于 考试日期 …``)
    timing: str = ""


@dataclass(frozen=True, slots=True)
class _Sent:
    start: int
    end: int
    para: int


class _Para:
    """One paragraph: its text, sentences and (lazily) its word boundaries."""

    def __init__(self, text: str, offset: int, c: "CompiledKB", prev: str, near: tuple[int, int], present: int,
                 cuts: dict[str, frozenset[int]], nxt: str = "", before: str = "", scanned: str | None = None):
        self.text, self.offset, self._c = text, offset, c
        self.scanned = text if scanned is None else scanned  # the text the paragraph pass read its words in
        self.before = before  # the lines before, when a 以上/上述 sentence may point at a list of people there
        self.nxt = nxt  # the lines after, when a 以下/下表 sentence may point at their figures ("" otherwise)
        self.cuts = cuts  # block → its cut, shared by every paragraph of the document
        self.prev = prev  # the paragraph before: figures a 上述 sentence points back at
        self.near = near  # the span of this paragraph and its neighbours in the whole text
        self._bounds: _Bounds | None = None
        #: the (term, part) bits of the words of objects and states in the paragraph (``CompiledKB.core_words``):
        #: a term missing a part is skipped; ``_every`` adds the other words' bits on first need
        self.present = present
        self._all: int | None = None
        self._possible: dict[int, list[Term]] = {}  # id(terms) → the terms of that tuple that can match
        self._may: dict[str, bool] = {}  # evidence kind → whether the paragraph can hold it
        self._sents: list[tuple[int, int]] | None = None
        self.table = False  # a table passage (``find_matters``' ``start``): one sentence

    @property
    def sents(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence: found on first need (most paragraphs never get that far)."""
        if self._sents is None and self.table:
            # a table read as one passage (caption：header；row；…) is one window: the caption names what its rows are
            # (本次检查确定以下8个项目), a row's remark says how (出发前不与项目部联系) however many rows stand between
            self._sents = [(0, len(self.text))]
        if self._sents is None:
            out, a, text = [], 0, self.text
            for m in _SENT_END.finditer(text):
                out.append((a, m.end()))
                a = m.end()
            if a < len(text):
                out.append((a, len(text)))
            self._sents = out
        return self._sents

    @property
    def bounds(self) -> "_Bounds":
        if self._bounds is None:
            self._bounds = _Bounds(self.text, self._c.seg, self.cuts)
        return self._bounds

    def may_hold(self, kind: str) -> bool:
        """Whether evidence of ``kind`` can be in any window of the paragraph: its pattern matches somewhere
        in the paragraph (or, for figures a 上述 sentence points back at, the paragraph before). The
        patterns have no anchors or look-arounds, so a match inside a window is a match in the whole;
        a name (``person``) is always possible (its pattern reads the end of a slice as an end). The form
        of exam content needs an answer key, a scoring tier or a label (``evidence.exam_form``), so only those are
        asked for."""
        got = self._may.get(kind)
        if got is None:
            t = self.text
            if kind == "figure":
                got = evid.FIGURE.search(t) is not None or evid.FIGURE.search(self.prev) is not None or evid.FIGURE.search(self.nxt) is not None
            elif kind == "org":
                got = (evid.ORG_AT.search(t) is not None or evid.may_point(t) or evid.VILLAGE.search(t) is not None
                       or evid.ORG_AT.search(self.nxt) is not None or evid.ORG_AT.search(_before(self.prev)) is not None)
            elif kind == "detail":
                got = evid.DETAIL.search(t) is not None
            elif kind == "benefit":
                got = evid.BENEFIT.search(t) is not None or evid.BENEFIT.search(self.prev) is not None or evid.BENEFIT.search(self.nxt) is not None
            elif kind == "exam_form":
                # ``evid.exam_form`` needs an answer key, a scoring tier or a scoring label (a task alone is not the form)
                got = any(evid.may_be_form(s) and (evid.TIER.search(s) is not None or evid.SCORE_LABEL.search(s) is not None
                                                   or evid.ANSWER_KEY.search(s) is not None)
                          for s in (t, self.nxt))
            else:
                got = True
            self._may[kind] = got
        return got

    def possible(self, terms: tuple[Term, ...]) -> list[Term]:
        """The terms of ``terms`` with a word of each part in the paragraph (the others cannot match)."""
        got = self._possible.get(id(terms))
        if got is None:
            # only the terms whose first part has a word here are tested (most paragraphs hold few of them)
            c = self._c
            first, by_bit, needs = c.first_parts(terms)
            present = self.present if id(terms) in c.core_tuples else self._every()
            x, idx = present & first, []
            while x:
                low = x & -x
                idx += by_bit[low]
                x ^= low
            if len(idx) > 1:
                idx.sort()  # in the order of ``terms``
            got = self._possible[id(terms)] = [terms[i] for i in idx if present & needs[i] == needs[i]]
        return got

    def _every(self) -> int:
        """The (term, part) bits of every word in the paragraph (one more pass, with the full word list)."""
        if self._all is None:
            c = self._c
            found = c.words.find_matches_as_indexes(self.scanned, overlapping=True)
            self._all = reduce(or_, map(c.word_mask.__getitem__, map(_PATTERN, found)), self.present)
        return self._all

    def sent_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.sents):
            if a <= pos < b:
                return i
        return len(self.sents) - 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        i, j = max(0, min(i, j)), min(len(self.sents) - 1, max(i, j))
        return self.sents[i][0], self.sents[j][1]


class _Bounds:
    """``segment.Segmenter.boundaries(text)`` asked one offset at a time, cutting only the blocks asked about.

    jieba cuts each run of ``segment._BLOCK`` on its own; every other character is a word by itself.
    So an offset outside a run, or at a run's edge, is always a boundary, and one strictly inside a
    run is a boundary exactly when that run's own cut puts one there — the run alone decides. Most
    paragraphs are asked about a few offsets in one or two clauses, so most runs are never cut.
    """

    __slots__ = ("text", "seg", "cuts", "starts", "ends", "cut")

    def __init__(self, text: str, seg, cuts: dict[str, frozenset[int]]):
        self.text, self.seg, self.cuts = text, seg, cuts
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _BLOCK.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self.cut: dict[int, frozenset[int]] = {}

    def __contains__(self, pos: int) -> bool:
        if pos < 0 or pos > len(self.text):
            return False
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0 or pos >= self.ends[k] or pos == self.starts[k]:
            return True  # outside every run, or at a run's start or end
        got = self.cut.get(k)
        if got is None:
            block = self.text[self.starts[k]:self.ends[k]]
            got = self.cuts.get(block)
            if got is None:
                got = self.cuts[block] = self.seg.cuts(block)
            self.cut[k] = got
        return pos - self.starts[k] in got


def _raw(rx: re.Pattern, text: str, lo: int, hi: int):
    pos = lo
    while True:
        m = rx.search(text, pos, hi)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _aligned(m: re.Match, bounds: _Bounds) -> bool:
    return all(m.start(g) in bounds and m.end(g) in bounds for g in range(1, (m.lastindex or 0) + 1))


def _find(c: CompiledKB, terms, p: _Para, lo: int, hi: int, aligned: bool = True):
    """(term, match) for each term matching whole words in ``p.text[lo:hi]``."""
    for t in p.possible(terms):
        for m in _raw(c.rx[t.text], p.text, lo, hi):
            if not aligned or _aligned(m, p.bounds):
                yield t, m


def _any(c: CompiledKB, terms, p: _Para, lo: int, hi: int) -> str | None:
    for t, m in _find(c, terms, p, lo, hi):
        return m.group(0)
    return None


def _clause_before(text: str, pos: int, n: int = 8) -> tuple[int, int]:
    a = pos
    while a > 0 and pos - a < n and text[a - 1] not in "，,。；;！？\n：:":
        a -= 1
    return a, pos


class _Dates:
    """The document's date and, on first need, the dated events of its text."""

    def __init__(self, text: str, when: date | None, title: str = ""):
        self.text, self.when, self.title = text, when, title
        self._events: list[Event] | None = None
        self._self_release: bool | None = None
        self._targets: tuple[str, bool] | None | object = _UNSET  # ``targets``, worked out on first need
        #: while a paragraph is read for ``find_matters``' memo: (kinds, position, answer) of each ``later``, ``held`` or
        #: ``targets`` asked
        self.asked: list[tuple[tuple[str, ...], int, tuple | None]] | None = None

    @property
    def events(self) -> list[Event]:
        if self._events is None:
            self._events = timeline(self.text, self.when, title_kinds(self.title)) if self.when else []
        return self._events

    @property
    def self_release(self) -> bool:
        if self._self_release is None:
            self._self_release = SELF_RELEASE.search(self.text) is not None
        return self._self_release

    def later(self, kinds: tuple[str, ...], pos: int, near: tuple[int, int]) -> tuple[Event, str] | None:
        """The nearest event of one of ``kinds`` later than the document. A release must be in the object's
        paragraph or a neighbour, and not in a document that publishes itself; an exam, inspection or
        review anywhere in the document is the one it is about."""
        got = self._later(kinds, pos, near)
        if self.asked is not None:
            self.asked.append((kinds, pos, _answer(got)))
        return got

    def held(self, kinds: tuple[str, ...], pos: int, near: tuple[int, int]) -> bool:
        """Whether an event of one of ``kinds`` dated before the document stands in the object's paragraph or a
        neighbour (``于11月23日召开评审会议``, ``于8月6日至14日…开展了抽查``) — or anywhere in a document that publishes
        itself (a 公示 of the results names the review held before it a few paragraphs up)."""
        if self.self_release:
            near = (0, len(self.text))
        got = self.when is not None and any(
            ev.when < self.when and near[0] <= ev.start < near[1] and not ev.kinds.isdisjoint(kinds)
            and not _scheduled(self.text, ev.start) for ev in self.events)
        if self.asked is not None:
            self.asked.append(((_HELD, *kinds), pos, got))
        return got

    def answer(self, kinds: tuple[str, ...], pos: int, near: tuple[int, int]):
        """What an earlier reading's question (``kinds`` as ``asked`` keeps them) gets here, as the memo compares it."""
        if kinds and kinds[0] == _HELD:
            return self.held(kinds[1:], pos, near)
        if kinds and kinds[0] == _TARGETS:
            return self.targets(pos)
        return _answer(self.later(kinds, pos, near))

    def targets(self, pos: int) -> tuple[str, bool] | None:
        """A unit named under a caption of an inspection's targets anywhere in the text (``三、检查对象和时间``, a table
        headed 被检查单位), and whether a date later than the document's stands with it (the visits' days): the first
        such name (one with a later date first), or None."""
        if self._targets is _UNSET:
            self._targets = None
            for m in _TARGETS_CAPTION.finditer(self.text):
                end = m.end() + NEXT_CHARS
                o = evid.unit(self.text, m.end(), end)
                if o is None:
                    continue
                # a later date with the list (not a deadline for papers, timing.DEADLINE: 3月31日前报送)
                dated = self.when is not None and any(
                    (d := _date_of(x, self.when)) is not None and d > self.when and not DEADLINE.match(self.text, x.end())
                    for x in DATE_RX.finditer(self.text, m.end(), end))
                if self._targets is None or (dated and not self._targets[1]):
                    self._targets = (o, dated)
                if dated:
                    break
        if self.asked is not None:
            self.asked.append(((_TARGETS,), pos, self._targets))
        return self._targets

    def _later(self, kinds: tuple[str, ...], pos: int, near: tuple[int, int]) -> tuple[Event, str] | None:
        if self.when is None:
            return None
        best = None
        for ev in self.events:
            if ev.when <= self.when:
                continue
            for k in kinds:
                if k not in ev.kinds:
                    continue
                if k == "release" and (self.self_release or not near[0] <= ev.start < near[1]):
                    continue
                d = abs(ev.start - pos)
                if best is None or d < best[0]:
                    best = (d, ev, k)
        return (best[1], best[2]) if best else None


#: a date announced as a plan (定于, 拟于, 将于, 计划在 …) is not a held event, whatever its year reads as
_SCHEDULED = re.compile(r"(?:定|拟|将|计划|预计|预定|准备|安排|暂定)(?:于|在|自)")


def _scheduled(text: str, at: int) -> bool:
    """Whether the clause before the date at ``at`` announces it as a plan (``拟于7月4日至7月8日组织``: the range's
    second date too)."""
    a = at
    while a > 0 and at - a < 30 and text[a - 1] not in "，,。；;！？\n":
        a -= 1
    return _SCHEDULED.search(text, a, at) is not None


#: marks a ``held`` question among the ``later`` ones a paragraph's reading asked (no event kind is named so)
_HELD = "held:"
#: marks a ``targets`` question (``_Dates.targets``) among them
_TARGETS = "targets:"
_UNSET = object()
#: a caption over an inspection's targets: what the list or table after it names (检查对象, 核查安排, 暗访点位 …)
_TARGETS_CAPTION = re.compile(r"(?:检查|核查|核实|抽查|督查|暗访|巡查|稽查|稽核|执法|督导|查房|观察|蹲点|复查|回访|走访|入户)(?:的)?"
                              r"(?:对象|点位|单位|机构|企业|项目|名单|安排|行程|范围和对象|时间和对象|对象和时间|时间和范围|范围和时间|对象和范围)"
                              # 二、时间和对象 in a plan whose method paragraph says the visit is unannounced
                              r"|^[一二三四五六七八九十]+、\s*(?:时间(?:和|与|及)对象|对象(?:和|与|及)时间)"
                              # a caption introducing the visits' list or table (本月巡查的考核现场如下表, 实地检查项目及日期安排表)
                              r"|(?:检查|核查|抽查|督查|巡查|督导|暗访|回访|走访|复查)[的\u4e00-\u9fa5]{0,6}?(?:如下表|见下表|安排表|一览表|计划表|明细表)", re.M)


def _answer(got: tuple[Event, str] | None) -> tuple | None:
    """What a paragraph's reading takes from a ``later`` answer (``reasoning`` reads the date, the words and the kind)."""
    return None if got is None else (got[0].when, got[0].kinds, got[0].said, got[1])


def find_matters(text: str, kb: KnowledgeBase, when: date | None = None,
                 cuts: dict[str, frozenset[int]] | None = None, start: int = 0, memo: dict | None = None,
                 title: str = "", categories: frozenset[str] | None = None) -> list[ScopeHit]:
    """Every matter of ``kb`` found in ``text`` (one hit per matter and paragraph, first by position).

    ``when`` is the document's date: with it, an event dated later than the document is the state of
    the matters that take ``later_event`` (an exam, a release, an inspection, a review not yet held).
    ``cuts`` remembers jieba's cut of each block (clause) asked about; the SECRET_CONTENT and
    MIXED_CONTENT rules pass one dict per document, so a clause both read is cut once. ``start`` (the
    start of a paragraph) reads only the paragraphs from there on, while the whole text still gives the
    dated events: the tables appended after a body already read (SECRET_CONTENT's table passages).
    ``memo`` (one dict per document, like ``cuts``) remembers what each paragraph gave, keyed on exactly
    what was read for it: its words' candidates by its text; its hits by its text, the paragraph before it,
    the lines after it (when it points at them) and the date, reused only where the dated events answer
    the questions it asked of them the same way — MIXED_CONTENT reads the body SECRET_CONTENT read, less a
    few lines. ``title`` (the document's) names the event a bare ``会议时间：`` dates (``timing.title_kinds``); the
    memo is per document, so its readings share the title. ``categories``, when given, reads only the matters of
    those categories (a document marked 不予公开 is read for the state secrets alone): the others are never tried.
    """
    c = compiled_kb(kb)
    cuts = {} if cuts is None else cuts
    # the readings of a subset of the matters are kept apart from the whole's
    seen = ({} if memo is None else memo).setdefault(c if categories is None else (c, categories), ({}, {}))
    allowed = -1 if categories is None else sum(1 << mi for mi, m in enumerate(kb.matters) if m.category in categories)
    by_text, by_reading = seen  # paragraph → (word bits, candidates); (paragraph, before, after, date) → hits
    dates = _Dates(text, when, title)
    lines = text.split("\n")
    n = len(lines)
    starts = list(accumulate([len(ln) + 1 for ln in lines[:-1]], initial=0))
    k0 = bisect.bisect_right(starts, start) - 1 if start else 0
    hits: list[ScopeHit] = []
    words, mask = c.core_words, c.core_mask
    drop = None  # the matters no paragraph of the text can hold the evidence of (worked out on first need)
    for k in range(k0, n):
        line = lines[k]
        pi = starts[k]
        got = by_text.get(line) if pi >= start else None
        if got is None:
            # every word of an object or a state in the paragraph, in one overlapping pass (no term holds a line
            # break, so no word spans two paragraphs); its words OR-ed into one mask of the (term, part) pairs present
            found = words.find_matches_as_indexes(line if pi >= start else line[start - pi:], overlapping=True)
            got = _NONE
            if found:
                bits = reduce(or_, map(mask.__getitem__, map(_PATTERN, found)))
                cand = c.candidates(bits, line)
                if cand:
                    got = (bits, cand)
            if pi >= start:
                by_text[line] = got
        if got is _NONE:
            continue
        bits, cand = got
        if drop is None:  # the form of exam content, asked of the whole text once (a paragraph and its next lines are in it)
            drop = c.form_matters if c.form_matters and not evid.may_be_form(text) else 0
        if drop or categories is not None:
            cand = tuple(mi for mi in cand if not drop >> mi & 1 and allowed >> mi & 1)
            if not cand:
                continue
        prev = lines[k - 1] + "\n" if k > 0 else ""
        if k > 1 and _HEADING.match(lines[k - 1]):  # 三、下一步工作: the figures a 上述 sentence points at stand above it
            prev = lines[k - 2] + "\n" + prev
        # the lines after: figures a 以下/下表 sentence points to
        nxt = (text[pi + len(line) + 1:pi + len(line) + 1 + NEXT_CHARS]
               if k + 1 < n and (any(map(line.__contains__, _CATAPHORA_WORDS)) or (
                   any(map(line.__contains__, _COUNTED_WORDS)) and _UNITS_COUNTED.search(line))) else "")
        # the lines before: a list of people a 以上/上述 sentence points back at
        before = text[max(0, pi - NEXT_CHARS):pi] if k > 0 and any(map(line.__contains__, _ANAPHORA_WORDS)) else ""
        # (a paragraph read from its middle is not kept; a table passage is read as one window, so kept apart)
        key = (line, prev, nxt, before, when, 0 < start) if pi >= start else None
        near = (starts[k - 1] if k > 0 else 0, starts[k + 2] if k + 2 < n else len(text))
        old = by_reading.get(key)
        # read before, and the dated events (if asked) answer the same questions the same way here: the same hits
        if old is not None and all(dates.answer(kinds, pi + at, near) == said for kinds, at, said in old[2]):
            shift = pi - old[0]
            hits += [replace(h, start=h.start + shift, end=h.end + shift, state_start=h.state_start + shift,
                             state_end=h.state_end + shift) for h in old[1]] if shift else old[1]
            continue
        para = _Para(line, pi, c, prev, near, bits, cuts, nxt, before, line if pi >= start else line[start - pi:])
        para.table = 0 < start <= pi
        dates.asked = [] if key is not None else None
        found_here = []
        for mi in cand:
            m = kb.matters[mi]
            if m.requires and not all(para.may_hold(need) or (need == "org" and m.category == "inspection"
                                                               and dates.targets(pi) is not None) for need in m.requires):
                continue
            h = _match_matter(c, m, para, dates)
            if h is not None:
                found_here.append(h)
        if dates.asked is not None:
            by_reading[key] = (pi, found_here, [(kinds, at - pi, said) for kinds, at, said in dates.asked])
            dates.asked = None
        hits += found_here
    return sorted(hits, key=lambda h: h.start)


def _before(prev: str) -> str:
    """The paragraph just before a paragraph (the last line of what ``find_matters`` reads before it), or "" when that
    line is a heading (三、检查方式)."""
    line = prev.rstrip("\n").rpartition("\n")[2]
    return "" if _HEADING.match(line) else line


#: a paragraph without a candidate matter
_NONE = (0, ())
_PATTERN = itemgetter(0)  # of a (pattern index, start, end) match


def _match_matter(c: CompiledKB, m: Matter, p: _Para, dates: _Dates) -> ScopeHit | None:
    kb, text, w = c.kb, p.text, c.kb.window
    objs = [(t, o) for t, o in _find(c, m.objects, p, 0, len(text), aligned=False)]
    if not objs:
        return None
    for ot, o in sorted(objs, key=lambda x: x[1].start()):
        oi = p.sent_of(o.start())
        lo, hi = p.span(oi - w, oi + w)
        near = _near_states(c, m, p, o, lo, hi)
        if not near and not m.state_evidence:
            continue  # no state can stand by this object: its words need not be cut
        if not _aligned(o, p.bounds):
            continue
        ca, cb = _clause_before(text, o.start())
        if _any(c, kb.negation, p, ca, cb):
            continue
        for st, s, timing in _states(c, m, p, o, near, lo, hi, dates):
            si = p.sent_of(s.start()) if s is not None else oi
            a, b = p.span(oi, si)
            if s is not None:
                sa, sb = _clause_before(text, s.start())
                if _any(c, kb.negation, p, sa, sb):
                    continue
            if _cancelled(c, m, p, a, b, s):
                continue
            if st != _HEADING_STATE and _states_rule(c, p, a, b, s) and not (
                    "figure" in m.requires and evid.BENEFIT.search(o.group(0)) and evid.FIGURE.search(text, a, b)):
                # (a note headed 内部掌握： is internal by what it is, though it says 一律 or 要求各; and a pay or benefit
                # with its figures makes its sentence no rule: 绩效工资…由24600元提高到27800元…会前一律不向职工透露)
                continue
            ev = ""
            for need in m.requires:
                if need == "later":  # an event of the matter's kinds later than the document, anywhere in it
                    later = dates.later(m.events, p.offset + o.start(), p.near)
                    if later is None:
                        break
                    timing = timing or reasoning(dates.when, *later)
                    continue
                got = evid.evidence(need, text[lo:hi], text[o.end():o.end() + 12])
                if got is None and need in ("figure", "benefit") and _ANAPHORA.search(text[p.sents[oi][0]:p.sents[oi][1]]):
                    got = evid.evidence(need, p.prev, "")  # 上述数据 … : the figures (and whose) stand in the paragraph before
                if got is None and need in ("figure", "benefit") and p.nxt and _CATAPHORA.search(text[p.sents[oi][0]:p.sents[oi][1]]):
                    got = evid.evidence(need, p.nxt, "")  # 按以下标准 … : the figures (and whose) stand in the lines after
                if got is None and need in _FORWARD and p.nxt and (
                        _CATAPHORA.search(text, lo, hi) or (need == "org" and _UNITS_COUNTED.search(text, lo, hi))):
                    # 从下列题目中 …, 表决结果如下 …: the questions or the people stand in the lines after the window
                    got = evid.evidence(need, p.nxt, "") or (evid.listed_people(p.nxt) if need != "exam_form" else None)
                if got is None and need in ("person", "person_or_figure") and p.before and _ANAPHORA.search(text, lo, hi):
                    got = evid.listed_people(p.before)  # 以上拟入选人选尚需审定 …: the list of people stands in the lines before
                if got is None and need == "org" and m.category == "inspection" and m.events:
                    # 二、检查方式：不提前通知… / 三、检查对象和时间：[the units, the days]: the plan's targets stand under
                    # their own caption elsewhere in the document, and its visits are still ahead (a later date with
                    # them, or an inspection dated later anywhere)
                    listed = dates.targets(p.offset)
                    later = listed is not None and listed[1] or dates.later(m.events, p.offset + o.start(), p.near) is not None
                    if listed is not None and later:
                        got = listed[0]
                    elif later:
                        # 一、[the days and the places] / 二、[the method]: the targets stand in the paragraph just before
                        # (not above a heading: a section's first paragraph has no such neighbour)
                        got = evid.unit(_before(p.prev))
                if got is None:
                    break
                ev = got
            else:
                if m.held and dates.held(m.held, p.offset + o.start(), p.near) \
                        and dates.later(m.events or m.held, p.offset + o.start(), p.near) is None:
                    # the review or inspection was held before the document's date, and none is still to come: the
                    # panel or the targets it names are no longer ahead of it (a 评审结果公示, a 抽查结果通报)
                    return None
                if not timing and m.events:
                    got = dates.later(m.events, p.offset + o.start(), p.near)
                    timing = reasoning(dates.when, *got) if got else ""
                s0, s1 = (s.start(), s.end()) if s is not None else (o.end(), o.end() + len(st))
                sa0, sb0 = p.sents[oi]
                return ScopeHit(m, o.group(0), s.group(0) if s is not None else st, p.offset + o.start(),
                                p.offset + o.end(), p.offset + s0, p.offset + s1, si == oi, text[sa0:sb0].strip(), ev,
                                timing)
    return None


def _states_rule(c: CompiledKB, p: _Para, a: int, b: int, state: re.Match | None = None) -> bool:
    """The window states a rule (严禁, 保密制度, 培训 …) and points at nothing specific. A rule word inside
    a unit's name (某职业培训学校) is part of the name, not a rule; a method named among others (暗访、突击检查等方式)
    is one only when the state is among them, not in a clause of its own (不经属地转告，…，以课堂点名等方式开展核查)."""
    if _any(c, c.kb.specific, p, a, b):
        return False
    if _ARTICLE.match(p.text):
        return True  # 第三条　巡考安排不提前告知考点: an article of rules, for every occasion
    orgs = [(m.start(), m.end()) for m in evid.ORG.finditer(p.text, a, b)]
    for _, x in _find(c, c.kb.statement, p, a, b):
        if any(s <= x.start() and x.end() <= e for s, e in orgs) or _MODIFIER.match(p.text, x.start()):
            continue
        if state is not None and x.group(0).startswith("等") and _CLAUSE_END.search(
                p.text, min(state.end(), x.start()), max(state.end(), x.start())):
            continue
        return True
    return False


_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
#: the words of a course (a cancel: a course on how checks are done) ...
_COURSE_WORDS = frozenset({"授课", "课程", "讲授"})
#: ... which are the checked thing where the window counts a class (在训学员, 实到人数, 签到, 开班, 班次)
_CHECKED_CLASS = re.compile(r"在训|开班|班次|签到|实到|到课|点名|花名册|清点[^，。；]{0,6}学员")
_ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]{1,4}条[\s　]")


#: a rule word that only qualifies a thing (培训机构, 培训补贴, 其宣传内容): what a check looks at, not a rule or a course
_MODIFIER = re.compile(r"培训(?:机构|学校|补贴|班次|学员|课时|基地|质量|记录|台账|费用|现场|课堂)|宣传(?:内容|资料|材料|单页|海报|用语|广告)")


def _cancelled(c: CompiledKB, m: Matter, p: _Para, a: int, b: int, s: re.Match | None) -> bool:
    """A cancelling term in the window, unless it is a reading of the state's own words: in 报省政府批准后执行
    the state 报…批准后 wins over the cancel 经…批准 that shares its 批准 (but a cancel that holds the whole state and more,
    进行了暗访 around the state 暗访, is the reading that wins); or a hedge stands before it in its
    clause: 预计自明年1月1日起执行 says the plan is not in force yet, where 自…起执行 alone says it is."""
    for _, x in _find(c, m.cancel, p, a, b):
        if x.group(0) in _COURSE_WORDS and _CHECKED_CLASS.search(p.text, a, b):
            continue  # an inspection of classes (清点在训学员, 查看授课教师资质), not a course on inspections
        if s is not None and x.start() < s.end() and s.start() < x.end() \
                and not (x.start() <= s.start() and s.end() <= x.end() and x.end() - x.start() > s.end() - s.start()):
            continue  # (a cancel that holds the state's words and more is the larger reading: 进行了暗访 over 暗访)
        if c.kb.hedge and _any(c, c.kb.hedge, p, *_clause_before(p.text, x.start(), 10)):
            continue
        return True
    return False


def _near_states(c: CompiledKB, m: Matter, p: _Para, o: re.Match, lo: int, hi: int) -> list[tuple[int, str, re.Match]]:
    """(distance, term text, match) of each state term's raw match in ``p.text[lo:hi]`` off the object's words."""
    found = []
    for st, s in _find(c, m.states, p, lo, hi, aligned=False):
        if s.start() < o.end() and o.start() < s.end():
            continue  # the object's own words are not its state
        found.append((abs(s.start() - o.start()), st.text, s))
    return found


def _states(c: CompiledKB, m: Matter, p: _Para, o: re.Match, found: list[tuple[int, str, re.Match]], lo: int, hi: int,
            dates: _Dates):
    """(term text, match or None, date reasoning) for each state near the object, the nearest first:
    ``found`` (``_near_states``) on whole words, then the matter's built-in evidence."""
    for _, st, s in sorted(found, key=lambda x: x[0]):
        if _aligned(s, p.bounds):
            yield st, s, ""
    for kind in m.state_evidence:
        if kind == "later_event":
            got = dates.later(m.events, p.offset + o.start(), p.near)
            if got:
                ev, k = got
                yield f"{ev.said}（晚于文件日期）", None, reasoning(dates.when, ev, k)
        elif kind == "heading":
            if _HEAD_BEFORE.search(p.text, 0, o.start()) and _HEAD_AFTER.match(p.text[o.end():]):
                yield _HEADING_STATE, None, ""
        else:
            got = evid.evidence(kind, p.text[lo:hi], p.text[o.end():o.end() + 12])
            if got:
                yield got, None, ""
