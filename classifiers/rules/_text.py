"""Shared plumbing for the rules: a located text stream and a cached lexicon matcher.

PDF extraction breaks a sentence over several lines (blocks), so phrases are matched over the
concatenated body text and mapped back to the block they start in. Lexicons are matched with one
leftmost-longest Aho–Corasick automaton per lexicon (ahocorasick_rs), built once per process and cached
by the lexicon's contents, so a bureau's own lexicon costs the same.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Hashable, Iterable, Iterator, TypeVar

import ahocorasick_rs
from re import _parser as _sre_parse

from extractors.model import Block, BlockKind, Document, Position
from extractors.zones import doc_type_of

T = TypeVar("T")

#: Sentence ends (and PDF line joins never create these) — the unit for context checks.
_SENT_END = re.compile(r"[。！？；!?;\n]")
#: a block ending in one of these (a sentence end, or a colon) is followed by a new line, not glued on
_JOIN_NEWLINE = frozenset("。！？；!?;\n：:")
_FLOW = frozenset({BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX, BlockKind.OCR, BlockKind.INSERTION})


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon match in the stream: the term, its category and where it sits."""

    term: str
    category: str
    start: int
    end: int


class TextStream:
    """Visible flowing blocks joined into one string; offsets map back to (block, local offset).

    Paragraph-like blocks are joined with nothing between them when the previous one does not
    end a sentence (a wrapped PDF line), else with ``\\n``.
    """

    def __new__(cls, blocks: Iterable[Block]) -> "TextStream":
        # several rules join the same blocks of the document being audited (the body, its 正文 lines): one
        # stream per distinct run of blocks, kept with that document's other worked-out values
        blocks = blocks if isinstance(blocks, list) else list(blocks)
        entry = _last[0]
        if entry is None:
            return super().__new__(cls)._build(blocks)
        streams = entry[1].setdefault(_STREAMS, {})
        key = tuple(map(id, blocks))  # the entry keeps the blocks alive, so their ids are not reused
        got = streams.get(key)
        if got is None:
            got = streams[key] = (blocks, super().__new__(cls)._build(blocks))
        return got[1]

    def _build(self, blocks: list[Block]) -> "TextStream":
        parts: list[str] = []
        self.blocks: list[Block] = []
        self.starts: list[int] = []
        pos = 0
        prev_end, prev_cell = "", False  # the previous block's last character, and whether it was a cell
        for b in blocks:
            t = b.text
            if not t.strip():
                continue
            # a line of a plain-text table (cells split by tabs or bars, as an OA export writes one) is a row of its own,
            # never run into the prose after it as a wrapped line is
            cell = b.kind == BlockKind.TABLE_CELL or "\t" in t or t.count("｜") >= 2 or t.count("|") >= 2
            if parts:
                sep = "\n" if prev_end in _JOIN_NEWLINE or cell or prev_cell else ""
                parts.append(sep)
                pos += len(sep)
            self.blocks.append(b)
            self.starts.append(pos)
            parts.append(t)
            pos += len(t)
            prev_end, prev_cell = t[-1], cell
        self.text = "".join(parts)
        self._ends: list[int] | None = None
        return self

    def locate(self, start: int, end: int) -> tuple[Block, Position]:
        """The block ``start`` falls in and the span narrowed to that block."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        b = self.blocks[i]
        s = start - self.starts[i]
        e = min(len(b.text), end - self.starts[i])
        return b, b.position.span(s, max(e, s))

    def sentence(self, start: int, end: int) -> str:
        """The sentence around ``[start, end)``: from just after the last sentence end before ``start`` to
        the first one at or after ``end`` (the ends are found once per stream, then bisected)."""
        ends = self._ends
        if ends is None:
            ends = self._ends = [m.start() for m in _SENT_END.finditer(self.text)]
        i = bisect.bisect_left(ends, start)
        a = ends[i - 1] + 1 if i else 0
        j = bisect.bisect_left(ends, end)
        return self.text[a:ends[j] if j < len(ends) else len(self.text)]


def table_start(blocks: list[Block], i: int) -> int | None:
    """Where the table that ``blocks[i]`` belongs to begins (its first row's first block): the run of cells of one Word
    table, or of a plain-text table's tab-split rows. None when ``blocks[i]`` is in no table."""
    b = blocks[i]
    if b.kind == BlockKind.TABLE_CELL and b.position.cell is not None:
        key = (b.position.part, b.position.cell[0])
        same = lambda x: x.kind == BlockKind.TABLE_CELL and x.position.cell is not None and (  # noqa: E731
            x.position.part, x.position.cell[0]) == key
    elif "\t" in b.text.strip():
        same = lambda x: x.kind != BlockKind.TABLE_CELL and "\t" in x.text.strip()  # noqa: E731
    else:
        return None
    j = i
    while j > 0 and same(blocks[j - 1]):
        j -= 1
    return j


def body_blocks(doc: Document, *, elements: tuple[str, ...] | None = None, skip: tuple[int, int] | None = None) -> list[Block]:
    """Visible flowing blocks (not headers/footers), optionally only some 公文 elements."""
    # several rules ask for the same selection: worked out once per document (a fresh list each time)
    return list(per_document(doc, ("body_blocks", elements, skip), lambda: _body_blocks(doc, elements, skip)))


def _body_blocks(doc: Document, elements: tuple[str, ...] | None, skip: tuple[int, int] | None) -> list[Block]:
    out = []
    for b in doc.blocks:
        if not b.visible or b.kind not in _FLOW or not b.text.strip():
            continue
        if elements is not None and b.element not in elements:
            continue
        if skip is not None and b.position.block is not None and skip[0] <= b.position.block <= skip[1]:
            continue
        out.append(b)
    return out


_SPACES = re.compile(r"[\s\u3000]+")


def normalise(s: str) -> str:
    """Drop white space (incl. full-width) so ``内 部 掌 握`` matches ``内部掌握``."""
    # the rules normalise the same lexicon terms and titles for every document: short ones are remembered.
    # ``str.split()`` splits on exactly the characters ``[\s\u3000]`` matches (``str.isspace``; a test holds
    # it to that over every code point) and is several times faster than the substitution on a body
    return _normalise_short(s) if len(s) <= 64 else "".join(s.split())


@lru_cache(maxsize=8192)
def _normalise_short(s: str) -> str:
    return "".join(s.split())


@lru_cache(maxsize=64)
def _entries(groups: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, str], ...]:
    """(normalised term, category) pairs, sorted — normalised once per lexicon, not once per document."""
    return tuple(sorted({(normalise(t), cat) for cat, terms in groups for t in terms if normalise(t)}))


@lru_cache(maxsize=64)
def _automaton(entries: tuple[tuple[str, str], ...]) -> "_Automaton | None":
    if not entries:
        return None
    return _Automaton(entries)


class _Automaton:
    """One lexicon's terms in a leftmost-longest Aho–Corasick automaton (ahocorasick_rs).

    ``Lexicon.find`` reads every match, sorts them by (start, longest first) and keeps each that starts
    at or after the end of the last one kept: that is leftmost-longest matching, which the automaton does
    in one pass with no Python object per overlapping match. A term listed under two categories counts
    under the last of them in sorted order, as it did when each term was added to a pyahocorasick
    automaton in that order (a later ``add_word`` replaced the earlier one)."""

    __slots__ = ("ac", "hits")

    def __init__(self, entries: tuple[tuple[str, str], ...]):
        cat = dict(entries)  # sorted pairs: the last category of a term wins
        terms = list(cat)
        self.hits = [(t, cat[t]) for t in terms]
        self.ac = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


#: (category, id(terms)) of each group → (the groups' term tuples, their automaton): see ``Lexicon``
_BY_IDENTITY: dict[tuple, tuple[tuple, _Automaton | None]] = {}


class Lexicon:
    """Terms with a category each (``{"内部掌握": "internal", …}``); finds non-overlapping hits, longest first."""

    def __init__(self, groups: dict[str, tuple[str, ...]]):
        # a configuration's term tuples are the same objects for every document: looked up by identity first,
        # since hashing a tuple of thousands of terms for the content-keyed cache costs more than the search
        key = tuple((cat, id(terms)) for cat, terms in groups.items())
        got = _BY_IDENTITY.get(key)
        if got is None or any(a is not b for a, b in zip(got[0], groups.values())):
            if len(_BY_IDENTITY) >= 64:
                _BY_IDENTITY.clear()
            got = _BY_IDENTITY[key] = (tuple(groups.values()),  # kept alive, so their ids are not reused
                                       _automaton(_entries(tuple((cat, tuple(terms)) for cat, terms in groups.items()))))
        self._a = got[1]

    def find(self, text: str) -> Iterator[Hit]:
        """Non-overlapping hits, leftmost first and the longest term at each start."""
        a = self._a
        if a is None:
            return
        hits = a.hits
        for i, s, e in _matches(a.ac, text):
            term, cat = hits[i]
            yield Hit(term, cat, s, e)

    def terms(self, text: str) -> frozenset[str]:
        """The terms of ``find``'s hits in ``text``, without a Hit for each."""
        a = self._a
        if a is None:
            return frozenset()
        hits = a.hits
        return frozenset([hits[i][0] for i, _, _ in a.ac.find_matches_as_indexes(text)])

    def contains_any(self, text: str) -> bool:
        return self._a is not None and bool(_matches(self._a.ac, text))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _matches(ac, text: str) -> list[tuple[int, int, int]]:
    """``ac.find_matches_as_indexes(text)``; the automaton reads UTF-8, so a lone surrogate (which no term holds)
    is read as U+FFFD, one character for one: the offsets stay the text's own."""
    try:
        return ac.find_matches_as_indexes(text)
    except UnicodeEncodeError:
        return ac.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text))


class LexiconPass:
    """Several lexicons and a pattern list's needles (``pattern_needles``) in one automaton: one pass over a
    text gives each lexicon's hits, chosen as ``Lexicon.find`` chooses them (its normalised terms, a term
    listed twice keeping its last category, longest first, none overlapping), and the needles present
    (``pattern_hits``' ``present``). Build it once per configuration."""

    def __init__(self, lexicons: tuple[dict[str, tuple[str, ...]], ...], patterns: tuple[str, ...] = ()):
        # the (normalised term, category) pairs a Lexicon of each is built from, in order: the last one wins
        lists = [dict(_entries(tuple((cat, tuple(terms)) for cat, terms in groups.items()))) for groups in lexicons]
        needles = pattern_needles(patterns)
        self.words = sorted(set().union(*lists, needles))
        #: per word: its category in each lexicon (None where not listed), whether a needle
        self.kinds = [(tuple(cats.get(w) for cats in lists), w in needles) for w in self.words]
        self.auto = _bytes_automaton(self.words)

    def scan(self, text: str) -> tuple[list[list[Hit]], set[str]]:
        """(each lexicon's hits, the needles present) in ``text``."""
        raw: list[list[tuple[int, int, str, str]]] = [[] for _ in self.kinds[0][0]] if self.kinds else []
        present: set[str] = set()
        if self.auto is not None:
            words, kinds = self.words, self.kinds
            data = _utf8(text)
            for i, a, _ in self.auto.find_matches_as_indexes(data, overlapping=True):
                cats, needle = kinds[i]
                if any(cats):  # a listed phrase (few in a body): its offset in characters
                    start = len(data[:a].decode("utf-8", "surrogatepass"))
                    for k, cat in enumerate(cats):
                        if cat is not None:
                            raw[k].append((start, start + len(words[i]), words[i], cat))
                if needle:
                    present.add(words[i])
        return [_longest_first(r) for r in raw], present


def _utf8(text: str) -> bytes:
    """``text`` as UTF-8 for a bytes automaton (a lone surrogate, which no word holds, passes through)."""
    return text.encode("utf-8", "surrogatepass")


def _bytes_automaton(words) -> "ahocorasick_rs.BytesAhoCorasick | None":
    """An automaton over the UTF-8 of ``words`` (searching bytes skips mapping every match back to characters)."""
    return ahocorasick_rs.BytesAhoCorasick([w.encode("utf-8") for w in words]) if words else None


def _longest_first(raw: list[tuple[int, int, str, str]]) -> list[Hit]:
    """``Lexicon.find``'s choice among raw (start, end, term, category) matches: by start, the longest first,
    none overlapping the one kept before it."""
    raw.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out, last = [], -1
    for s, e, term, cat in raw:
        if s >= last:
            last = e
            out.append(Hit(term, cat, s, e))
    return out


def where(b: Block) -> str:
    """Where a block sits, in the words the drafting section uses."""
    if b.kind == BlockKind.HEADER:
        return "页眉"
    if b.kind == BlockKind.FOOTER:
        return "页脚"
    if b.kind == BlockKind.TABLE_CELL:
        return "表格"
    if b.element in ("标题", "主送机关", "附注", "抄送", "发文字号"):
        return str(b.element)
    if b.zone is not None:
        z = str(b.zone)
        return "正文" if z == "主体" else z
    return "正文"


def short(s: str, n: int = 30) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n] + "…"


def label_conflicts(doc: Document, markings_cfg) -> bool:
    """True when the document's markings disagree (LABEL_CONFLICT): the attribute is then unsettled,
    and a rule comparing it with something else would only repeat the conflict."""
    return per_document(doc, ("label_conflicts", id(markings_cfg)), lambda: _conflicts(doc, markings_cfg))


def _conflicts(doc: Document, markings_cfg) -> bool:
    from ..markings import find_markings

    return conflicting(find_markings(doc, markings_cfg))


def conflicting(markings) -> bool:
    """Whether ``markings`` name two or more attributes."""
    return len({m.value for m in markings if m.value is not None}) >= 2


@dataclass(frozen=True, slots=True)
class Heading:
    """Title, 文种 and 主送机关 as the rules read them (see ``heading``)."""

    title: str
    doc_type: str | None
    recipients: tuple[str, ...]
    title_block: Block | None
    recipient_block: Block | None


_RECIPIENT_LINE = re.compile(r"^[^，。；]{2,120}[:：]$")


_last: list = [None]
_STREAMS = object()  # the key of a document's TextStreams in its ``per_document`` entry  # [(document, {key: value})]: the document being audited and what was worked out for it


def per_document(doc: Document, key: Hashable, fn: Callable[[], T]) -> T:
    """``fn()`` once per document and ``key``, however many rules ask (identity-keyed, last document only).

    The rules read the same heading, 转发 test and secrecy marks several times an audit; the audit
    is one document at a time, so one entry is enough and nothing outlives the next document.
    """
    entry = _last[0]
    if entry is None or entry[0] is not doc:
        entry = (doc, {})
        _last[0] = entry
    try:
        return entry[1][key]
    except KeyError:
        val = entry[1][key] = fn()
        return val


def heading(doc: Document) -> Heading:
    """The zoner's title and 主送机关 (see ``_heading``), worked out once per document."""
    return per_document(doc, "heading", lambda: _heading(doc))


def _heading(doc: Document) -> Heading:
    """The zoner's title and 主送机关, repaired where a wrapped PDF title was cut short.

    A title line that leaves a 《 or （ open (``关于征求《…管理办法`` / ``（征求意见稿）》意见的函``) is
    continued with the following lines until the brackets close; a 主送机关 line right after the
    repaired title is taken as the recipients. Works around extractors.zones stopping at a title
    line that happens to end with a 文种 word (办法, 方案 …).
    """
    title = doc.fields.title or ""
    recips = tuple(doc.fields.recipients)
    blocks = [b for b in doc.blocks if b.visible and b.text.strip() and b.kind in _FLOW]
    tb = next((b for b in blocks if b.element == "标题"), None)
    rb = next((b for b in blocks if b.element == "主送机关"), None)
    if tb is not None and _unbalanced(title):
        i = max(i for i, b in enumerate(blocks) if b.element == "标题") + 1
        while i < len(blocks) and _unbalanced(title) and len(title) < 120:
            title += blocks[i].text.strip()
            i += 1
        if not recips and i < len(blocks) and _RECIPIENT_LINE.match(blocks[i].text.strip()):
            rb = blocks[i]
            recips = tuple(p.strip() for p in re.split(r"[，,、；;]", rb.text.strip().rstrip("：:")) if p.strip())
    typed, title_type = title, doc_type_of(title)  # asked again below only when the title changes
    if not title_type:
        # an OA export's field line (标题：… 文号：…), or a 纪要/简报 head whose first line is the issuer alone
        # (某中心 / 第7期 / 某中心主任办公会议纪要): the first early line that ends in a 文种 is the title
        for b in blocks[:6]:
            t = b.text.strip()
            m = _TITLE_FIELD.match(t)
            cand = re.split(r"\s{2,}|\t|\u3000{2,}|文号[:：]", m.group(1))[0].strip() if m else t
            if m or (b is not tb and len(cand) <= 80 and _ISSUER_ONLY.search(title or "机关")):
                if doc_type_of(cand):
                    title, tb = cand, b
                    break
        if not recips and tb in blocks:
            # the 主送机关 line under that title; an OA export runs it into its 正文： field
            k = blocks.index(tb)
            for b in blocks[k + 1:k + 3]:
                t = b.text.strip()
                head = t[3:].split("：")[0] + "：" if t.startswith("正文：") else t
                if _RECIPIENT_LINE.match(head):
                    rb = b
                    recips = tuple(p.strip() for p in re.split(r"[，,、；;]", head.rstrip("：:")) if p.strip())
                    break
    form = bool(title) and _FORM_FIELDS.search(title) is not None
    if (not title and tb is None) or form:
        # no 红头 and no title the zoner knows (a 公示 or a list published as a page: 某局行政处罚结果公示（2025年第3期）),
        # or an OA export's form fields taken for the title (拟稿单位：… 缓急：… ====): an early short line that ends in
        # a 文种 the nature rule reads is the title
        from ._doctype import from_title

        if form:
            title, tb = "", None
        for b in blocks[:12 if form else 4]:
            t = b.text.strip()
            if len(t) <= 60 and not re.search(r"[。：:；;，,]", t) and from_title(t) is not None:
                title, tb = t, b
                break
    if title != typed:
        title_type = doc_type_of(title)
    return Heading(title, title_type or doc.fields.doc_type, recips, tb, rb)


#: An OA export's form fields (拟稿单位, 缓急, 签发, 文号：, a rule of ==== or ————): never a title.
_FORM_FIELDS = re.compile(r"拟\s*稿|缓\s*急|签\s*发|核\s*稿|文\s*号\s*[:：]|={4,}|—{4,}")
#: An OA export's title field: 标题：关于…的函  文号：…
_TITLE_FIELD = re.compile(r"^(?:标题|文件标题|公文标题)\s*[:：]\s*(.+)$")
#: A "title" that is only an issuer's name (a 纪要's or 简报's first line): 某市某中心, 某局办公室.
_ISSUER_ONLY = re.compile(r"(?:局|厅|委员会|委|中心|院|办公室|政府|支队|大队|学院|站|所)$")


def _unbalanced(s: str) -> bool:
    return s.count("《") > s.count("》") or s.count("（") > s.count("）") or s.count("(") > s.count(")")


@lru_cache(maxsize=64)
def _compiled(entries: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for e in entries:
        cat, sep, rx = e.partition("|")
        if not sep:
            raise ValueError(f"pattern {e!r} must read category|regex")
        out.append((cat.strip(), re.compile(rx.strip())))
    return tuple(out)


def compile_patterns(entries: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """``category|regex`` lines → compiled (category, pattern) pairs; a bad line raises ValueError."""
    try:
        return _compiled(tuple(entries))
    except re.error as e:
        raise ValueError(f"bad regular expression in patterns: {e}") from None


def pattern_hits(text: str, entries: tuple[str, ...], present: set[str] | None = None) -> Iterator[Hit]:
    """Matches of ``category|regex`` patterns, as Hits (term = the matched text).

    A pattern is searched only where each of its parts' needles (``_pattern_gate``) can be in the text:
    the needles of two or more characters found in one pass over the text, the others by substring tests.
    ``present``: those of ``pattern_needles(entries)`` in the text, when the caller's own pass found them."""
    compile_patterns(entries)  # a bad line raises ValueError
    auto, plan = _pattern_gate(tuple(entries))
    if present is None:
        words, found = auto
        present = {words[i] for i, _, _ in found.find_matches_as_indexes(_utf8(text), overlapping=True)} if found else set()
    for cat, rx, passed, tested in plan:
        if any(map(present.isdisjoint, passed)) or not all(any(map(text.__contains__, g)) for g in tested):
            continue
        for m in rx.finditer(text):
            yield Hit(m.group(0), cat, m.start(), m.end())


def pattern_needles(entries: tuple[str, ...]) -> frozenset[str]:
    """The needles ``pattern_hits`` finds in one pass over a text (see ``present`` there)."""
    auto, plan = _pattern_gate(tuple(entries))
    return frozenset(w for _, _, passed, _ in plan for g in passed for w in g)


@lru_cache(maxsize=64)
def _pattern_gate(entries: tuple[str, ...]):
    """((the needles of two or more characters, sorted; one automaton over them), and per pattern (category,
    pattern, its needle groups all of such needles, its other needle groups)), worked out once per pattern list. Every
    match of a pattern holds one needle of each of its groups (``needle_groups``)."""
    plan, words = [], set()
    for cat, rx in compile_patterns(entries):
        groups = needle_groups(rx)
        passed = tuple(frozenset(g) for g in groups if min(map(len, g)) >= 2)
        tested = tuple(g for g in groups if min(map(len, g)) < 2)
        words.update(w for g in passed for w in g)
        plan.append((cat, rx, passed, tested))
    auto = sorted(words), _bytes_automaton(sorted(words))
    return auto, tuple(plan)


@lru_cache(maxsize=512)
def needle_groups(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """The needles of each part of ``rx`` in turn that has some (a run of literals, a group of alternatives):
    every match holds one of each group. Empty when they cannot be worked out (as ``needles``)."""
    if rx.flags & (re.IGNORECASE | re.LOCALE):
        return ()
    try:
        items = list(_sre_parse.parse(rx.pattern, rx.flags & ~re.UNICODE))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not gated
        return ()
    return tuple(g for g in _part_needles(items) if g)


def may_match(rx: re.Pattern, text: str) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text``: none of the strings one of which every match
    holds (``needles``) is in it. A substring test is many times cheaper than a regex scan of a document."""
    found = needles(rx)
    return found is None or any(map(text.__contains__, found))  # any needle in the text (map: no generator frame)


@lru_cache(maxsize=512)
def needles(rx: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``rx`` contains (``(?:试题|考题)…`` → 试题, 考题), or None when
    that cannot be worked out (a case-insensitive pattern, a pattern with no mandatory literal)."""
    if rx.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        return _seq_needles(list(_sre_parse.parse(rx.pattern, rx.flags & ~re.UNICODE)))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not gated
        return None


def _seq_needles(items: list) -> tuple[str, ...] | None:
    """Needles of a sequence (every item of it is in every match): the most selective of its runs of
    literals (one needle each) and its other mandatory items — longest shortest needle, then fewest."""
    best: tuple[str, ...] | None = None
    for got in _part_needles(items):
        if got and (best is None or (min(map(len, got)), -len(got)) > (min(map(len, best)), -len(best))):
            best = got
    return best


def _part_needles(items: list) -> Iterator[tuple[str, ...] | None]:
    """The needles of each part of a sequence in turn: a run of literals (one needle; the item that ends the run goes
    with it), or another item's (``_item_needles``: None when it has none)."""
    from re import _constants as c

    run = ""
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run += chr(av)
            continue
        yield (run,) if run else (_item_needles(op, av) if op is not None else None)
        run = ""


def _item_needles(op, av) -> tuple[str, ...] | None:
    from re import _constants as c

    if op is c.LITERAL:
        return (chr(av),)
    if op is c.IN:
        if all(o is c.LITERAL for o, _ in av):
            return tuple(chr(v) for _, v in av)
        return None
    if op is c.SUBPATTERN:
        _group, add_flags, _del, sub = av
        return None if add_flags & (re.IGNORECASE | re.LOCALE) else _seq_needles(list(sub))
    if op is c.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            got = _seq_needles(list(alt))
            if not got:
                return None  # an alternative without a needle: the branch can match without any
            out += [n for n in got if n not in out]
        return tuple(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _seq_needles(list(sub)) if lo >= 1 else None
    return None


#: The end of an event a restriction lasts until (评审结束前, 公示之前, 考试开始前, 结果公布前).
_UNTIL_EVENT = re.compile(r"(?:结束|完成|开始|启用|公示|公布|发布|揭晓|宣布)(?:之)?前")


def rule_until_an_event(text: str, start: int) -> bool:
    """The restriction at ``start`` in the paragraph ``text`` is a rule that a list of people stays inside until an event
    is over (专家组成人员名单在评审结束前不得对外发布; 名单仅限经办人员掌握，评审结束前不得公布): its sentence names the list and
    the event's end, and the paragraph names nobody, so it keeps nothing of its own back. The list itself under the same
    words (以下名单在公示前不得对外：…) stays a restriction, and so does a plan of the document's own kept back until its
    release (方案在正式公布前不得对外解读): that is the document's content, not a rule for a kind of paper."""
    a = max(text.rfind(c, 0, start) for c in "。；;！？!?\n") + 1
    ends = [i for i in (text.find(c, start) for c in "。；;！？!?\n") if i >= 0]
    b = min(ends) if ends else len(text)
    if _UNTIL_EVENT.search(text, a, b) is None or _PEOPLE_LIST.search(text, a, b) is None:
        return False
    from ..scope.evidence import person_any

    return person_any(text) is None


#: A list of people a rule keeps inside until the event is over (专家名单, 评委名册, 组成人员).
_PEOPLE_LIST = re.compile(r"名单|名册|人选|组成人员|成员")


#: What makes a table or a section a course's (日期 | 课程 | 授课人; 三、培训内容): its first row or its heading names it.
COURSE_HEAD = re.compile(r"课程|授课|讲题|专题|培训内容|教学内容")

#: A section heading (三、培训内容, （二）课程安排): a numbered line with no sentence in it.
_SECTION_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。；;，,]{1,16}$")


def in_course_section(doc: Document, b: Block) -> bool:
    """``b`` stands under a section heading that names what a course teaches (三、培训内容): an item there is a topic
    (不预先通知的检查如何依法启动), not a plan. The nearest heading above it decides, within a dozen blocks."""
    blocks = doc.blocks
    i = next((k for k, x in enumerate(blocks) if x is b), None)
    if i is None:
        return False
    for x in reversed(blocks[max(0, i - 12):i]):
        if _SECTION_HEAD.match(x.text):
            return COURSE_HEAD.search(x.text) is not None
    return False
