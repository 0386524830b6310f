"""Find the 公开属性 marking wherever real documents put it, and normalise it.

《公开属性源头认定制度》第三条 fixes three values (主动公开 / 依申请公开 / 不予公开); 第四条 sends an
unmarked document back to the drafting section. Real documents mark it as

* a 版记 row — ``公开方式：主动公开``, ``公开属性：…``, ``信息公开选项：…``, ``【公开方式】…``, half- or
  full-width colons and brackets, spaced out (``公 开 方 式``);
* an 附注 line — ``（此件公开发布）``, ``（此件主动公开）``, ``（此件依申请公开）``, ``（此件不予公开）``,
  ``（此件不公开）``, bare ``此件不公开``, ``（免予公开）``, ``（此件为普发性公文，作为主动公开信息）``, optionally
  with a reason (``（此件不予公开，理由：属内部研究过程信息）``);
* a 发文稿纸 checkbox row or table cells — ``□主动公开 ☑依申请公开 □不予公开``, ``[√]主动公开``, or a
  ``公开属性 | 主动公开`` pair of cells;
* the OA sidecar (``公开属性`` field) or a document property named like a row label.

* the page header or footer of a bureau whose template puts ``公开方式：…`` there — read with less
  weight than the 附注/版记 (the primary marking comes from those when both exist), and a
  LABEL_CONFLICT when they disagree.

Every line is matched in a canonical form (``extractors.canon.canon``: NFKC, so full-width colons,
brackets and ideographic spaces become half-width, plus the ratio colon ``∶`` and the other CJK colons),
with positions mapped back to the original text; spaced characters (``主 动 公 开``) match too.

A body sentence that merely talks about 主动公开 is not a marking: a marking is a whole short line,
table cell or checkbox row of its own. 发文字号 and dates are never markings. Which document a
marking belongs to follows ``Document.parts``: the scan reads the main document's own blocks (its
附注 and 版记, wherever the 版记 sits after the attachments), never an 附件's or a forwarded
original's (``part_markings`` reads those, for the forwarding rule). The grammar of a marking line — the
configuration, the value grammar and the compiled line patterns — is ``classifiers.marking_patterns``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from extractors.model import Block, BlockKind, Document, PartKind, Position, Zone
from extractors.marking_grammar import is_label
from extractors.portal import portal_items
from extractors.canon import canon, canon_lines
from extractors.zones import own_blocks, parts_of

from .marking_patterns import (_BOX_CHECKED, _BOX_EMPTY, _CHECKED, _GLUED_NOTE, _NOTE_TOPIC, _REASON_AS, _S,
                               _UNCHECKED, MarkingsConfig, _may_start, _Patterns, _patterns)
from .messages import RULES, message
from .model import Code, Finding, Marking, Severity


@dataclass(frozen=True, slots=True)
class MarkingScan:
    """Every marking found, the resolved attribute, and the label findings."""

    markings: tuple[Marking, ...]
    attribute: str | None
    primary: Marking | None
    findings: tuple[Finding, ...]
    reason: str | None = None
    #: What the web portal's metadata block (门户信息) says: reported beside, never the document's marking.
    portal: tuple[Marking, ...] = ()


def _flow(doc: Document, part: int = 0) -> list[Block]:
    """Visible flowing blocks of one part of ``doc`` (the main document by default), its children left out."""
    return [b for b in own_blocks(doc, part) if b.visible and b.text.strip() and b.kind not in (BlockKind.HEADER, BlockKind.FOOTER)
            and b.zone != Zone.PORTAL]  # the portal's metadata is never the document's own marking


def attachment_span(doc: Document) -> tuple[int, int] | None:
    """(first, last) block indices covering the main document's children below its 成文日期 (附件, a forwarded
    original printed after the notice), or None.

    GB/T 9704 §7.3.7: 附件 is laid out after the 成文日期 and 附注; the 版记 comes after it, found from the
    end of the document (``extractors.zones``), so the span never reaches into the 版记.
    """
    date = next((i for i, b in enumerate(doc.blocks) if b.element == "成文日期"), -1)
    kids = [p for p in parts_of(doc) if p.parent == 0 and p.start > date]  # not an original quoted in the body
    if not kids:
        return None
    return (min(p.start for p in kids), max(p.end for p in kids))


def part_markings(doc: Document, cfg: MarkingsConfig, kind: PartKind = PartKind.FORWARDED) -> tuple[int, list[Marking]] | None:
    """(part index, its own markings) for the first child part of ``kind``, or None when there is none."""
    for i, p in enumerate(parts_of(doc)):
        if p.kind == kind and i > 0:
            return i, find_markings(doc, cfg, blocks=_flow(doc, i), sidecar=False, page=False)
    return None


def find_markings(doc: Document, cfg: MarkingsConfig, *, blocks: list[Block] | None = None, sidecar: bool = True,
                  page: bool = True, canonical: dict[str, str] | None = None) -> list[Marking]:
    """Every marking of the main document (its own visible lines, the page header/footer, the sidecar), in order.

    ``blocks`` restricts the scan (``part_markings`` passes a child part's own blocks); ``page`` adds the
    markings in the 页眉/页脚; ``canonical`` (``_canonical(flow)``) is the canonical form of its lines, when the
    caller has it.
    """
    p = _patterns(cfg)
    flow = _flow(doc) if blocks is None else blocks
    if canonical is None:
        canonical = _canonical(flow)
    tail = {id(b) for b in flow[-cfg.tail_lines:]}
    out: list[Marking] = []
    rows: dict[tuple[str | None, int, int], list[Block]] = {}
    singles: list[_Box] = []  # lines with one checkbox each: a 稿纸 laid out one option a line
    run = 0
    lines: list[tuple[Block, int, str]] = []  # (block, offset, line) of every non-blank line outside the table cells
    for b in flow:
        if b.kind == BlockKind.TABLE_CELL and b.position.cell is not None:
            rows.setdefault((b.position.part, b.position.cell[0], b.position.cell[1]), []).append(b)
            continue
        lines += [(b, line_start, line) for line_start, line in _lines(b.text) if line.strip()]
    canon_lines = [_canon_map(line, canonical.get(line)) for _, _, line in lines]
    boxed = _boxed([c for c, _ in canon_lines], p)
    for k, (b, line_start, line) in enumerate(lines):
        canon_line = canon_lines[k]
        # one checkbox pass serves the group test and the line's markings
        found = _box_matches(canon_line[0], p) if k in boxed else []
        if len(found) == 1:
            singles.append(_Box(*_located(found[0], b, line_start, canon_line[1])[:5], ("lines", run)))
            continue
        run += 1
        if not found and _plain(canon_line[0], p):
            continue  # no checkbox, row, 附注 or bare value can start this line: _line_markings would find nothing
        out.extend(_line_markings(b, line_start, line, p, cfg, id(b) in tail, canon_line=canon_line, boxes=found))
    tables: dict[tuple, list[_Box]] = {}
    for (part, table, _), cells in rows.items():
        pairs = _cell_markings(cells, p, cfg)
        out.extend(pairs)
        if pairs:
            continue
        boxes = _boxes([(c, 0, c.text) for c in cells], p)
        if len(boxes) >= 2:  # a checkbox row split over cells, glyph and word in one cell or in two
            out.extend(_box_markings([_Box(*x[:5], None) for x in boxes], " ".join(c.text.strip() for c in cells), cfg))
        elif boxes:  # one option a row: the table's rows together are the checkbox group
            tables.setdefault((part, table), []).append(_Box(*boxes[0][:5], None))
        else:
            # a 版记 drawn as a table (公开方式：主动公开 | 抄送：… | 印发 …): each of its cells is a 版记 line
            for c in cells:
                if _in_tail(c):
                    for line_start, line in _lines(c.text):
                        if line.strip():
                            out.extend(_line_markings(c, line_start, line, p, cfg, True))
    groups: dict[object, list[_Box]] = {}
    for x in singles:
        groups.setdefault(x.group, []).append(x)
    for g in [*groups.values(), *tables.values()]:
        out.extend(_box_markings(g, " ".join(x.block.text.strip() for x in g), cfg))
    if page:
        out.extend(_page_markings(doc, p, cfg))
    if sidecar:
        for k, v in doc.metadata:
            name = k.split(":", 1)[-1]
            if name in cfg.row_labels and v.strip():
                norm, _ = cfg.normalise(v)
                out.append(Marking(v.strip(), norm, "文档属性", Position(part=k), "文档属性"))
        sc = doc.sidecar
        if sc is not None and sc.attribute:
            norm, _ = cfg.normalise(sc.attribute)
            out.append(Marking(sc.attribute, norm, "OA表单", Position(part=sc.path), "表单"))
    return out


#: Columns of a 页眉/页脚 line (``公开方式：主动公开      — 2 —``) are separated by wide spaces or tabs.
_PAGE_COLUMNS = re.compile(r"\t|[ \u3000]{2,}")
#: A page number inside a header/footer line (``— 1 —``, ``第 2 页 共 3 页``, ``2/3``), blanked out before matching.
_PAGE_NO_IN = re.compile(r"[-—－]+\s*\d{1,4}\s*[-—－]+|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\b\d{1,4}\s*/\s*\d{1,4}\b")
_PAGE_NO = re.compile(r"^[-—－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—－\s]*$")


def _page_markings(doc: Document, p: _Patterns, cfg: MarkingsConfig) -> list[Marking]:
    """Markings in the 页眉/页脚: rows, 附注-style lines, checkbox rows, or a bare valid value.

    A template repeats them on every page, so each distinct text counts once. A bare word there that
    is not one of the three values (``内部``) is a 工作秘密 mark or decoration, not a marking.
    """
    out: list[Marking] = []
    seen: set[str] = set()
    for b in doc.blocks:
        if not (b.visible and b.kind in (BlockKind.HEADER, BlockKind.FOOTER) and b.text.strip()):
            continue
        where = "页眉" if b.kind == BlockKind.HEADER else "页脚"
        for line_start, line in _lines(b.text):
            line = _PAGE_NO_IN.sub(lambda x: " " * len(x.group(0)), line)  # same length: offsets stay
            for m in re.finditer(r"[^\t]+", line):
                for col in _columns(m.group(0), line_start + m.start()):
                    seg_start, seg = col
                    key = re.sub(r"\s", "", canon(seg))
                    if not key or _PAGE_NO.match(seg) or key in seen:
                        continue
                    found = _line_markings(b, seg_start, seg, p, cfg, True, page=True)
                    found = [_replace_zone(mk, where) for mk in found if mk.value is not None or mk.style == "版记行"]
                    if found:
                        seen.add(key)
                        out.extend(found)
    return out


def _columns(text: str, offset: int):
    """(offset, text) of each column of a header/footer line."""
    pos = 0
    for m in _PAGE_COLUMNS.finditer(text):
        if text[pos:m.start()].strip():
            yield offset + pos, text[pos:m.start()]
        pos = m.end()
    if text[pos:].strip():
        yield offset + pos, text[pos:]


def _replace_zone(mk: Marking, zone: str) -> Marking:
    return Marking(mk.text, mk.value, zone, mk.position, mk.style)


def _canonical(flow: list[Block]) -> dict[str, str]:
    """Each line of ``flow``'s blocks → ``canon`` of it, worked out for the whole flow in one pass."""
    lines = [line for b in flow for line in b.text.split("\n")]
    return dict(zip(lines, canon_lines(lines)))


def _canon_map(line: str, whole: str | None = None) -> tuple[str, list[int] | None]:
    """``canon(line)`` (``whole``, when the caller has it) and, for each of its characters, the index of the
    original character it came from (None when that is the character's own index: the usual case, not built
    for every line)."""
    if whole is None:
        whole = canon(line)
    if len(whole) == len(line):  # the usual case: NFKC kept every character one to one
        return whole, None
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(line):
        c = canon(ch)
        out.append(c)
        idx.extend([i] * len(c))
    idx.append(len(line))
    return "".join(out), idx


def _plain(line: str, p: _Patterns) -> bool:
    """True when ``_line_markings`` finds nothing on the canonical ``line`` that holds no checkbox: none of its
    anchored patterns (row, 附注, bare value) matches and no 附注 is glued to its end. Most lines of a body
    are told so by their first non-space character (``_may_start``), the rest by three failing matches,
    without the rest of that function's work."""
    return ((not _may_start(line, p.starts) or (p.row.match(line) is None and p.note.match(line) is None
                                                  and p.bare.match(line) is None))
            and not (len(line) > 40 and _may_glue(line)))


def _line_markings(b: Block, line_start: int, raw: str, p: _Patterns, cfg: MarkingsConfig, in_tail: bool,
                   *, page: bool = False, canon_line: tuple[str, list[int] | None] | None = None,
                   boxes: list[re.Match] | None = None) -> list[Marking]:
    """Markings on one line, matched in its canonical form; spans point into the original ``raw`` text.

    ``canon_line`` (``_canon_map(raw)``) and ``boxes`` (``_box_matches`` of it), when the caller has them already."""
    line, idx = canon_line if canon_line is not None else _canon_map(raw)

    def span(a: int, e: int) -> Position:
        if idx is None:
            return b.position.span(line_start + a, line_start + max(e - 1, a) + (1 if e > a else 0))
        return b.position.span(line_start + idx[a], line_start + idx[max(e - 1, a)] + (1 if e > a else 0))

    # The 版头 is never the tail, even in a short document whose last lines reach up to it.
    tailish = (in_tail and b.zone != Zone.HEAD) or _in_tail(b)
    shown = raw.strip()
    if boxes is None:
        boxes = _box_matches(line, p)
    if len(boxes) >= 2:
        checked = [x for x in boxes if _is_checked(x.group("mark"))]
        out = []
        for x in checked:
            norm, _ = cfg.normalise(x.group("val"))
            out.append(Marking(shown, norm, _zone_name(b, "发文稿纸"), span(x.start("val"), x.end("val")), "勾选"))
        if not checked:
            out.append(Marking(shown, None, _zone_name(b, "发文稿纸"), b.position, "勾选（未勾选）"))
        return out
    m = p.row.match(line)
    # a label outside the KIND class (公开情况 is one; 公开时间 is not) or a bare 公开 is a row only with a
    # separator and a value naming an attribute (extractors.marking_grammar)
    loose = m is not None and m.group("label") is not None and not m.group("kind")
    if m and loose and not ((m.group("sep") or m.group("close")) and cfg.normalise(m.group("val"))[1]):
        m = None
    if m:
        val = m.group("val")
        norm, known = cfg.normalise(val)
        invalid_listed = re.sub(r"[\s\u3000]", "", val) in cfg.invalid
        # In the body a row counts only when short; an unknown value only in the 版记/附注/tail.
        if (tailish or len(line.strip()) <= cfg.body_row_max) and (known or invalid_listed or (tailish and not page)):
            return [Marking(shown, norm, _zone_name(b, "版记"), span(m.start("val"), m.end("val")), "版记行")]
        return []
    m = p.note.match(line)
    if m and _NOTE_TOPIC.search(m.group("val")):
        norm, _ = cfg.normalise(m.group("val"))
        return [Marking(shown, norm, _zone_name(b, "附注"), span(m.start("val"), m.end("val")), "附注")]
    g = _GLUED_NOTE.search(line) if len(line) > 40 and _may_glue(line) else None
    if g and (m := p.note.match(g.group("note"))) and _NOTE_TOPIC.search(m.group("val")):
        norm, _ = cfg.normalise(m.group("val"))
        at = g.start("note")
        return [Marking(g.group("note").strip(), norm, _zone_name(b, "附注"), span(at + m.start("val"), at + m.end("val")), "附注")]
    m = p.bare.match(line)
    if m and (m.group("open") or tailish):
        norm, _ = cfg.normalise(m.group("val"))
        if page and norm is None:
            return []
        return [Marking(shown, norm, _zone_name(b, "附注"), span(m.start("val"), m.end("val")), "附注")]
    return []


def _cell_markings(cells: list[Block], p: _Patterns, cfg: MarkingsConfig) -> list[Marking]:
    """A ``公开属性 | 主动公开`` pair of cells (a checkbox row over cells is ``_boxes``' business)."""
    out: list[Marking] = []
    for i, c in enumerate(cells[:-1]):
        if m := p.label_cell.match(canon(c.text).strip()):
            v = cells[i + 1].text.strip()
            if 0 < len(v) <= 12 and not re.search(rf"{_BOX_CHECKED}|{_BOX_EMPTY}", canon(v)):  # a box: a checkbox row
                norm, known = cfg.normalise(canon(v))
                # a header cell 公开内容 / 公开时限 (a 公开目录's columns) is a label only beside a value naming
                # an attribute, as a row with such a label is (extractors.marking_grammar)
                if m.group("label") is not None and not m.group("kind") and not known:
                    continue
                out.append(Marking(f"{c.text.strip()}｜{v}", norm, "表格", cells[i + 1].position.span(0, len(v)), "表格"))
    return out


@dataclass(frozen=True, slots=True)
class _Box:
    """One checkbox with its option word: where the word is, what it says, whether it is ticked."""

    block: Block
    start: int
    end: int
    value: str
    checked: bool
    group: object


#: Where a checkbox hit can start (``_BOX_CHECKED`` / ``_BOX_EMPTY``): a glyph, or an opening bracket that the
#: tick or the closing bracket follows (after spaces) — not the ``(`` of every ``（一）``. One character a match
#: (the rest is looked at, not taken), so a search from each hit's next character finds every start; it begins
#: with a character class, which the regex engine scans for before trying the rest.
_BOX_START = re.compile(rf"[{_CHECKED}{_UNCHECKED}\[［(（](?:(?<=[\[［(（])(?={_S}[√✓✔xX×\]］)）])|(?<![\[［(（]))")


def _boxed(lines: list[str], p: _Patterns) -> set[int]:
    """The indices of the canonical ``lines`` that hold a checkbox hit, found in one search of them all: joined by
    ``\x00``, which no part of ``p.box`` matches, so a hit never spans two lines and each line's hits are the ones
    it has on its own (the look-ahead after an option sees ``\x00`` where a line alone has its end: not a
    character of a word either way)."""
    joined = "\x00".join(lines)
    # every hit starts at a checkbox's first character: the pattern is tried only there (a search of the whole
    # text would try it at every position); a line has a hit exactly when it is at one of those positions
    at = [m.start() for m in _BOX_START.finditer(joined)]
    if not at:
        return set()
    starts = list(accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    box = p.box.match
    return {bisect_right(starts, i) - 1 for i in at if box(joined, i) is not None}


def _box_matches(text: str, p: _Patterns) -> list[re.Match]:
    """``p.box``'s hits in the canonical ``text``."""
    return list(p.box.finditer(text)) if _BOX_START.search(text) else []


def _may_glue(line: str) -> bool:
    """Whether ``_GLUED_NOTE`` can match the canonical ``line``: it needs a 日, a 件 and an opening bracket."""
    return "日" in line and "件" in line and ("(" in line or "（" in line)


def _located(x: re.Match, b: Block, off: int, idx: list[int] | None, base: int = 0) -> tuple[Block, int, int, str, bool]:
    """A checkbox hit of one piece's canonical text (starting at ``base`` in the matched text) as
    (block, start, end, value, checked), offsets in the block's own text."""
    a = x.start("val")
    if idx is None:
        s = off + a - base
        e = off + min(x.end("val") - base, len(x.string) - base)
    else:
        s = off + idx[a - base]
        e = off + idx[min(x.end("val") - base, len(idx) - 1)]
    return (b, s, max(e, s + 1), x.group("val"), _is_checked(x.group("mark")))


def _boxes(pieces: list[tuple[Block, int, str]], p: _Patterns) -> list[tuple[Block, int, int, str, bool]]:
    """Checkbox hits over ``pieces`` (block, offset, text) read as one row joined by spaces — so a glyph in
    its own cell still stands before the option in the next — as (block, start, end, value, checked)."""
    text, where = "", []  # where: (start in text, block, offset in block, index map)
    for b, off, raw in pieces:
        c, idx = _canon_map(raw)
        if text:
            text += " "
        where.append((len(text), b, off, idx if idx is not None else list(range(len(c) + 1))))
        text += c
    out = []
    for x in _box_matches(text, p):
        a = x.start("val")
        k = max(i for i, w in enumerate(where) if w[0] <= a)
        base, b, off, idx = where[k]
        out.append(_located(x, b, off, idx, base))
    return out


def _box_markings(group: list[_Box], text: str, cfg: MarkingsConfig) -> list[Marking]:
    """Markings of one checkbox group: each ticked option, or an unticked group."""
    checked = [x for x in group if x.checked]
    zone = "表格" if group[0].block.kind == BlockKind.TABLE_CELL else _zone_name(group[0].block, "发文稿纸")
    if not checked:
        return [Marking(text, None, zone, group[0].block.position, "勾选（未勾选）")] if len(group) >= 2 else []
    return [Marking(text, cfg.normalise(x.value)[0], zone, x.block.position.span(x.start, x.end), "勾选") for x in checked]


def _is_checked(mark: str) -> bool:
    return bool(re.fullmatch(_BOX_CHECKED, mark))




def find_reason(doc: Document, cfg: MarkingsConfig, *, flow: list[Block] | None = None,
                canonical: dict[str, str] | None = None) -> str | None:
    """The reason for 依申请公开 / 不予公开 as the sidecar or the document gives it (``flow``: ``_flow(doc)``,
    when the caller has it; ``canonical``: ``_canonical(flow)``, when the caller has that too)."""
    if doc.sidecar is not None and doc.sidecar.reason:
        return doc.sidecar.reason
    p = _patterns(cfg)
    gate, starts = p.reason_chars, p.reason_starts
    if canonical is not None and flow is not None:
        # the flow's distinct lines in the order they first occur: a line repeated gives what it gave the first time
        lines = canonical.values()
    else:
        lines = (canon(raw) for b in (_flow(doc) if flow is None else flow) for _, raw in _lines(b.text))
    for line in lines:
        if not _may_start(line, starts) or (gate and p.reason_gate.search(line) is None):
            continue  # each of the three patterns below begins the line with one of ``starts`` and needs one of ``gate``
        m = p.note.match(line)
        if m and m.group("reason"):
            return m.group("reason").strip()
        m = _REASON_AS.match(line)
        if m:
            return m.group("r").strip()
        m = p.reason_row.match(line)
        if m:
            return m.group("reason").strip()
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of ``text``."""
    if "\n" not in text:
        return [(0, text)]  # most blocks are one line
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _in_tail(b: Block) -> bool:
    return b.zone == Zone.RECORD or b.element in ("附注", "公开方式")


def _zone_name(b: Block, default: str) -> str:
    if b.element in ("附注", "公开方式"):
        return "附注" if b.element == "附注" else "版记"
    if b.kind == BlockKind.TABLE_CELL:
        return "表格"
    if b.zone is not None and b.zone != Zone.BODY:
        return str(b.zone)
    return default if b.zone is None or b.element in (None, "正文", "附件") else b.element


def _weight(m: Marking) -> int:
    """How much a marking counts when choosing the primary one: the document's own lines first, then the
    页眉/页脚 (a template's), then the OA form and document properties. Ties keep document order."""
    if m.style in ("表单", "文档属性"):
        return 2
    return 1 if m.zone in ("页眉", "页脚") else 0


_RULES_TEXT: list = []


def _rules_text():
    """``classifiers.rules._text``, imported on first use (the rules import this module), then kept: an import
    statement run for every document costs microseconds."""
    if not _RULES_TEXT:
        from .rules import _text

        _RULES_TEXT.append(_text)
    return _RULES_TEXT[0]


def scan(doc: Document, cfg: MarkingsConfig) -> MarkingScan:
    """Resolve the attribute: LABEL_MISSING, LABEL_INVALID and LABEL_CONFLICT per 第三、四条.

    The main document's own marking (附注, 版记) wins over the 页眉/页脚 and the OA form when both exist
    (the document is what is published); when they disagree that is a LABEL_CONFLICT either way.
    """
    flow = _flow(doc)
    canonical = _canonical(flow)  # the lines of the flow, canonical: the markings and the reason read them both
    marks = find_markings(doc, cfg, blocks=flow, canonical=canonical)
    text = _rules_text()
    # the rules ask ``label_conflicts`` of the same markings (the nature, forwarding and passage checks)
    text.per_document(doc, ("label_conflicts", id(cfg)), lambda: text.conflicting(marks))
    findings: list[Finding] = []
    unchecked = [m for m in marks if m.style == "勾选（未勾选）"]
    real = [m for m in marks if m.style != "勾选（未勾选）"]
    valid = [m for m in real if m.value is not None]
    for m in real:
        if m.value is None:
            val = re.sub(r"^.*?[:：｜]", "", m.text).strip("（）() ") or m.text
            findings.append(Finding(
                code=Code.LABEL_INVALID, severity=Severity.HIGH,
                message=message("LABEL_INVALID", value=val, zone=m.zone), rule=RULES["source_3_1"],
                position=m.position, evidence=m.text, source="rule", match_key=val,
                explanation=(("zone", m.zone), ("style", m.style)),
            ))
    distinct: list[Marking] = []
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
    if not real:
        key = "LABEL_MISSING_UNCHECKED" if unchecked else "LABEL_MISSING"
        findings.append(Finding(
            code=Code.LABEL_MISSING, severity=Severity.HIGH, message=message(key),
            rule=RULES["source_4"], position=unchecked[0].position if unchecked else Position(),
            evidence=unchecked[0].text if unchecked else None, source="rule", match_key="missing",
        ))
    ranked = sorted(valid, key=_weight)
    primary = (ranked or real or unchecked or [None])[0]
    attribute = primary.value if primary is not None else None
    portal = portal_markings(doc, cfg)
    other = next((m for m in portal if m.value != attribute), None)
    if attribute is not None and other is not None and primary is not None:
        label = re.split(r"[:：]", other.text, maxsplit=1)[0]
        findings.append(Finding(
            code=Code.PORTAL_MISMATCH, severity=Severity.MEDIUM,
            message=message("PORTAL_MISMATCH", label=label, portal=other.value, zone=primary.zone, marked=attribute),
            rule=RULES["source_4"], position=other.position, evidence=other.text, source="rule",
            match_key=f"{other.value}|{attribute}",
            explanation=(("portal", other.text), ("marking", f"{primary.zone}: {primary.text}")),
        ))
    return MarkingScan(tuple(marks), attribute, primary, tuple(findings), find_reason(doc, cfg, flow=flow, canonical=canonical), tuple(portal))


def portal_markings(doc: Document, cfg: MarkingsConfig) -> list[Marking]:
    """The attribute the web portal's metadata block names (``公开方式：主动公开``, ``公开类别 主动公开`` …).

    Only items whose label is a marking label (head 公开) and whose value names an attribute: 公开范围
    ``面向社会`` says nothing about the attribute, and a portal's odd value is the portal's business, not
    the drafting section's (no LABEL_INVALID from it).
    """
    out: list[Marking] = []
    if all(b.zone != Zone.PORTAL for b in doc.blocks):
        return out  # portal_items reads the blocks zoned as the portal's only: most documents have none
    for it in portal_items(doc.blocks):
        if not (is_label(canon(it.label)) or it.label in cfg.row_labels):
            continue
        norm, known = cfg.normalise(canon(it.value))
        if known:
            pos = doc.blocks[it.block].position
            out.append(Marking(f"{it.label}：{it.value.strip()}", norm, "门户信息", pos.span(it.start, it.end) if it.end else pos, "门户信息"))
    return out
