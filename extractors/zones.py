"""公文 zones per GB/T 9704-2012: 版头, 主体, 版记, the element each visible line fills, and the nested parts.

Works on the visible body blocks in reading order, for every format, so docx, pdf, OFD and txt
get the same zoning. The rules follow the standard's order of elements (§7.2–§7.4):

* the 版头 ends at the 发文字号 (or the 标题 when there is none);
* the 标题 follows; it ends at a blank line, a line of another zone, or a 文种 word, and is never longer
  than ``TITLE_MAX`` characters; without a 发文字号 (a .txt, a 函 without zoning) it is one line, or two
  when the second completes the 文种 — so a title can never take in a body line;
* the 成文日期 is the first date line that the 附注, an 附件, the 版记 or the end follows;
* the 版记 (抄送 / 印发 / 公开方式 rows, in lines or a table) is found from the END backwards: it is the
  last thing on the last page, after all attachments (§7.4); or, when attachments follow it, the
  complete 版记 directly after the 成文日期 and 附注;
* between the 附注 and the 版记 (or after a 版记 that attachments follow) sit the children: each 附件
  from its stand-alone ``附件N`` line, and a forwarded original (转发) attached or quoted after the
  forwarding notice. Each child is zoned on its own (版头, 标题, 成文日期, 附注, 版记) for
  ``DocumentPart``; its blocks keep the element ``附件`` so no rule mistakes them for the main's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .canon import canon
from .marking_grammar import label_row
from .portal import find_portal, page_heading
from .model import Block, BlockKind, Document, DocumentPart, GongwenFields, PartKind, Zone

#: 文种 (GB/T 9704 / 《党政机关公文处理工作条例》第八条), longest first so 会议纪要 wins over 纪要.
DOC_TYPES = (
    "会议纪要", "实施方案", "工作方案", "复函", "决定", "决议", "命令", "公报", "公告", "通告",
    "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要", "方案", "办法", "函", "令", "公示",
)
#: Words a 标题 ends with beyond the 文种 (a 名单, 实施细则 …): a second title line without
#: a 发文字号 above must end with one of these (or a 文种) to be taken as part of the title.
TITLE_ENDINGS = DOC_TYPES + ("名单", "规定", "细则", "规则", "要点", "计划", "安排", "总结", "说明", "预案", "制度",
                             "规划", "指南", "目录", "清单", "标准", "章程", "通讯录", "一览表", "汇总表", "情况", "报告单")
#: A 标题 is never longer than this (GB/T 9704 titles run one to three lines of 28 characters).
TITLE_MAX = 80

_SP = r"[\s\u3000]*"
#: 发文字号 (卫人社发〔2026〕12号), or a 纪要's number (校长办公会议纪要〔2025〕第6期), which stands where a 发文字号 does.
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*(?:\d{1,4}\s*号|第\s*\d{1,4}\s*期)")
COPY_NUMBER_RE = re.compile(r"^\s*\d{6}\s*$")
SECRECY_RE = re.compile(r"^(?:绝密|机密|秘密)(?:\s*[★☆\*]\s*\S{0,8})?$")
URGENCY_RE = re.compile(r"^(?:特急|加急|特提|平急)$")
SIGNER_RE = re.compile(r"^签发人[:：]")
DATE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日$"
)
NOTE_RE = re.compile(r"^[（(].{1,80}[）)]$")
ATTACH_RE = re.compile(rf"^附{_SP}件{_SP}(?:\d{{0,2}}{_SP})?[:：]")
#: The stand-alone line an attached document starts with (``附件``, ``附件2``, ``附件：``).
ATTACH_HEAD_RE = re.compile(rf"^附{_SP}件{_SP}(?P<n>\d{{0,2}}){_SP}[:：]?$")
CC_RE = re.compile(rf"^抄{_SP}送{_SP}[:：]")
PRINTER_RE = re.compile(r".{2,40}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
#: The 印发日期 alone, when a 版记 table puts the 印发机关 in the cell to its left.
PRINT_DATE_RE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
#: 主送机关: one line ending in a colon right after the title; commas separate the organs (§7.3.2).
RECIPIENT_RE = re.compile(r"^(?!.*如下[:：]$)[^。；！？]{2,150}[:：]$")
ISSUER_RE = re.compile(r"(?:文件|局|厅|部|委员会|政府|办公室|中心)$")
#: A run of digits no title holds (ID, card and phone numbers): a line with one is never the 标题.
_LONG_NUMBER = re.compile(r"\d{7,}")
def doc_type_of(title: str | None) -> str | None:
    """The 文种 a title ends with (通知, 请示 …); ``转发…的通知`` is still a 通知."""
    if not title:
        return None
    # a trailing bracketed note is not the 文种: …公示（2025年第3期）, …办法（试行）, …办法（征求意见稿）
    t = re.sub(r"(?:[（(][^（）()]{1,16}[)）]|[\s\u3000（）()])+$", "", title)
    for dt in DOC_TYPES:
        if t.endswith(dt):
            return dt
    return None


def _split_list(s: str) -> tuple[str, ...]:
    s = re.sub(r"^[^:：]*[:：]", "", s, count=1) if re.match(r"^(抄\s*送|主\s*送)", s) else s
    s = s.rstrip("：:。. ")
    return tuple(p.strip() for p in re.split(r"[，,、；;]", s) if p.strip())


@dataclass
class _Zoning:
    """One document's zoning over a list of flow block indices (internal)."""

    labels: dict[int, tuple[Zone, str | None]] = field(default_factory=dict)
    fields: dict[str, object] = field(default_factory=dict)
    head: tuple[int, int] | None = None  # block indices
    notes: list[int] = field(default_factory=list)
    record: tuple[int, int] | None = None
    children: list[tuple[int, int, str | None]] = field(default_factory=list)  # flow positions, label


class _Lines:
    """The flow blocks of one document with the tests the zoner asks of a line."""

    def __init__(self, blocks: tuple[Block, ...], flow: list[int]):
        self.blocks, self.flow = blocks, flow
        self.text = [_norm(blocks[i].text) for i in flow]
        self.canon = [canon(t) for t in self.text]

    def __len__(self) -> int:
        return len(self.flow)

    def block(self, j: int) -> Block:
        return self.blocks[self.flow[j]]

    def record(self, j: int) -> bool:
        c = self.canon[j]
        return bool(CC_RE.match(c) or PRINTER_RE.match(c) or label_row(c) or PRINT_DATE_RE.match(c))

    def complete_record(self, j: int) -> bool:
        c = self.canon[j]
        return bool(CC_RE.match(c) or PRINTER_RE.match(c) or PRINT_DATE_RE.match(c))

    def note(self, j: int) -> bool:
        c = self.canon[j]
        return bool(NOTE_RE.match(c) or c.startswith("此件"))

    def head_line(self, j: int) -> bool:
        return bool(ATTACH_HEAD_RE.match(self.canon[j])) and not (
            j + 1 < len(self) and re.match(r"^\d{1,2}\s*[.．、]", self.canon[j + 1]))

    def attach_start(self, j: int) -> bool:
        """Below the 成文日期, an attachment also opens with ``附件2：名称`` on one line."""
        if self.head_line(j):
            return True
        c = self.canon[j]
        return bool(ATTACH_RE.match(c)) and len(c) <= 60 and not re.match(rf"^附{_SP}件{_SP}\d{{0,2}}{_SP}:{_SP}\d{{1,2}}\s*[.．、]", c)

    def doc_start(self, j: int) -> bool:
        """A line that opens another document: its 发文字号, its 发文机关标志 (…文件) or a 标题 ending in a 文种."""
        if self.block(j).kind == BlockKind.TABLE_CELL:
            return False  # a 决定书文号 or a 标题 in a table's cell is a row of the body
        t = self.canon[j]
        m = DOC_NUMBER_RE.search(t)
        if m and len(t) <= 40 and len(m.group(0)) >= len(t) - 14:
            return True
        if len(t) <= 30 and t.endswith("文件"):
            return True
        return _title_like(t) and doc_type_of(t) is not None and len(t) >= 8

    def same_table(self, j: int, k: int) -> bool:
        a, b = self.block(j).position, self.block(k).position
        return a.cell is not None and b.cell is not None and a.cell[0] == b.cell[0] and a.part == b.part


#: A section heading (一、… / （一）… / 第三条 … / 1. …) opens a part of the body: never a 标题.
SECTION_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]"
                        r"|第[一二三四五六七八九十百零〇\d]{1,4}[条章节部分]|\d{1,2}\s*[、.．](?!\d))")


def _title_like(t: str) -> bool:
    return (0 < len(t) <= TITLE_MAX and not t.endswith(("。", "；", ";", "：", ":")) and not RECIPIENT_RE.match(t)
            and not _LONG_NUMBER.search(t) and not _zone_change(t) and not SECTION_RE.match(canon(t)))


def _zone_change(t: str) -> bool:
    """A line that belongs to another zone than the 标题."""
    c = canon(t)
    return bool(DATE_RE.match(c) or ATTACH_RE.match(c) or ATTACH_HEAD_RE.match(c) or CC_RE.match(c) or label_row(c)
                or PRINTER_RE.match(c) or SIGNER_RE.match(c) or (DOC_NUMBER_RE.search(c) and len(c) <= 40))


def _blank_between(blocks: tuple[Block, ...], i: int, k: int) -> bool:
    """An empty paragraph between blocks ``i`` and ``k``, or (PDF/OFD) a gap of more than a line."""
    if any(b.kind == BlockKind.PARAGRAPH and b.visible and not b.text.strip() for b in blocks[i + 1:k]):
        return True
    a, b = blocks[i].position, blocks[k].position
    if a.bbox and b.bbox and a.page == b.page:
        return b.bbox[1] - a.bbox[3] > 1.5 * max(b.bbox[3] - b.bbox[1], 1.0)
    return False


def _zone(lines: _Lines, *, nested: bool) -> _Zoning:
    """Zone one document; with ``nested`` also find its children (attachments, forwarded original)."""
    z = _Zoning()
    f, labels, n = z.fields, z.labels, len(lines)
    # --- 版头: up to and including the 发文字号 (only if it occurs early) -------------------------
    head_end = -1
    for k in range(min(12, n)):
        t = lines.canon[k]
        if DOC_NUMBER_RE.search(t) and len(t) <= 60 and lines.block(k).kind != BlockKind.TABLE_CELL:
            head_end = k  # (a 决定书文号 in a table's cell is a row of the body, not the document's number)
            break
    for k in range(head_end + 1):
        i, t = lines.flow[k], lines.text[k]
        el: str | None = None
        if COPY_NUMBER_RE.match(t):
            el, f["copy_number"] = "份号", t
        elif SECRECY_RE.match(t):
            el, f["secrecy"] = "密级", t
        elif URGENCY_RE.match(t):
            el, f["urgency"] = "紧急程度", t
        elif SIGNER_RE.match(t):
            el, f["signer"] = "签发人", t.split("：", 1)[-1].split(":", 1)[-1].strip()
        elif DOC_NUMBER_RE.search(t):
            el, f["doc_number"] = "发文字号", DOC_NUMBER_RE.search(t).group(0).replace(" ", "")  # type: ignore[union-attr]
            sm = re.search(r"签发人[:：]\s*(\S+)", t)
            if sm:
                f["signer"] = sm.group(1)
        elif ISSUER_RE.search(t) and k < head_end:
            el, f["issuer"] = "发文机关标志", t
        labels[i] = (Zone.HEAD, el)
    if head_end >= 0:
        z.head = (lines.flow[0], lines.flow[head_end])
    k = _title(lines, head_end + 1, z)
    if "title" not in f and head_end > 0:
        _title_above(lines, head_end, z)
    if k < n and RECIPIENT_RE.match(lines.text[k]):
        labels[lines.flow[k]] = (Zone.BODY, "主送机关")
        f["recipients"] = _split_list(lines.text[k])
        k += 1
    # --- the end: 成文日期 → 附注 → children → 版记 ----------------------------------------------
    tail = _trailing_record(lines, k)
    date_idx = _date(lines, k, tail)
    own_end = n  # main's own lines after the date end here (children or the 版记 follow)
    record = (tail, n - 1) if tail < n else None
    kids_from = kids_to = None
    if date_idx is not None:
        j = date_idx + 1
        while j < min(n, tail) and not (lines.record(j) or lines.attach_start(j) or lines.doc_start(j)):
            j += 1  # 附注 and other short lines of the main document itself
        own_end = j
        fwd = j
        while fwd < n and (lines.record(fwd) or (fwd > j and (_continues_record(lines, fwd) or lines.same_table(fwd, fwd - 1)))):
            fwd += 1
        if j < fwd < tail:
            if any(lines.complete_record(x) for x in range(j, fwd)):
                record = (j, fwd - 1)  # a complete 版记 directly after the body; the attachments after it
                kids_from, kids_to = fwd, n - 1
            else:
                for x in range(j, fwd):  # 公开方式 rows above the attachments; the 版记 is at the end
                    labels[lines.flow[x]] = (Zone.RECORD, "公开方式")
                kids_from, kids_to = fwd, tail - 1
        elif j < tail:
            kids_from, kids_to = j, tail - 1
    elif nested:
        heads = [j for j in range(k, tail) if lines.head_line(j)]
        if heads:
            own_end, kids_from, kids_to = heads[0], heads[0], tail - 1
    if nested and kids_from is not None and kids_to is not None and kids_from <= kids_to:
        z.children = _segments(lines, kids_from, kids_to)
        first = z.children[0][0] if z.children else kids_to + 1
        for j in range(kids_from, first):  # lines above the first child that open no document: the parent's
            labels[lines.flow[j]] = (Zone.BODY, "附注")
            z.notes.append(lines.flow[j])
    if record is not None:
        _label_record(lines, record, z)
    if date_idx is not None:
        labels[lines.flow[date_idx]] = (Zone.BODY, "成文日期")
        f["date"] = lines.text[date_idx]
        notes = []
        for j in range(date_idx + 1, own_end):
            labels[lines.flow[j]] = (Zone.BODY, "附注")
            if lines.note(j):
                notes.append(lines.text[j])
            z.notes.append(lines.flow[j])
        f["notes"] = tuple(notes)
        j = date_idx - 1  # 署名: the line just above the date that names an organ
        if j >= k:
            t = lines.text[j]
            if len(t) <= 40 and not t.endswith(("。", "；", "：")):
                labels[lines.flow[j]] = (Zone.BODY, "署名")
                f["signature"] = t
                j -= 1
        body_end = j + 1
    else:
        body_end = min(own_end, tail)
    if nested:
        quoted = _quoted(lines, k, body_end)
        if quoted is not None:
            z.children.insert(0, (*quoted, None))
    for s, e, _ in z.children:
        for j in range(s, e + 1):
            labels[lines.flow[j]] = (Zone.BODY, "附件")
    _body(lines, k, body_end, z)
    f["doc_type"] = doc_type_of(f.get("title"))  # type: ignore[arg-type]
    return z


def _title(lines: _Lines, k: int, z: _Zoning) -> int:
    """Label the 标题 from flow position ``k``; return the position after it. Bounded (module docstring)."""
    clear = z.head is not None
    parts: list[int] = []
    joined = ""
    n = len(lines)
    if not clear and k < n and ISSUER_RE.search(lines.text[k]) and len(lines.text[k]) <= 30 and not doc_type_of(lines.text[k]) \
            and k + 1 < n and doc_type_of(lines.text[k + 1]) and _title_like(lines.text[k + 1]):
        z.labels[lines.flow[k]] = (Zone.HEAD, "发文机关标志")  # an issuer line above the title of a 函 without 文号
        z.fields["issuer"] = lines.text[k]
        z.head = (lines.flow[k], lines.flow[k])
        k += 1
    # some drafters print the marking row under the 发文字号 (公开属性：主动公开), above the 标题
    while clear and not parts and k < n and len(lines.text[k]) <= 40 and label_row(canon(lines.text[k])):
        k += 1
    while k < n and len(parts) < 3:
        t = lines.text[k]
        if not _title_like(t) or lines.block(k).kind == BlockKind.TABLE_CELL:
            break  # a table's header row is never the 标题
        if parts:
            if _blank_between(lines.blocks, lines.flow[k - 1], lines.flow[k]) or len(joined) + len(t) > TITLE_MAX:
                break
            # without a 发文字号 nothing marks where the title ends: a second line only completes a 文种
            if not clear and (len(parts) >= 2 or len(t) > 40 or not re.sub(r"[\s（）()]+$", "", t).endswith(TITLE_ENDINGS)):
                break
        parts.append(k)
        joined += t
        k += 1
        if doc_type_of(t):
            break
    if parts:
        z.fields["title"] = joined
        for j in parts:
            z.labels[lines.flow[j]] = (Zone.BODY, "标题")
    return k


def _title_above(lines: _Lines, number: int, z: _Zoning) -> None:
    """The 标题 printed above its 发文字号 (a 复函 copied from a portal, a 函 laid out title first).

    The line just above the 文号 must complete a title (end with a 文种 or another title ending); lines
    above it join while they are title-like, unlabelled by the 版头 and no title of their own.
    """
    parts: list[int] = []
    j = number - 1
    while j >= 0 and len(parts) < 3:
        t = lines.text[j]
        if z.labels.get(lines.flow[j], (None, None))[1] is not None or not _title_like(t) or lines.block(j).kind == BlockKind.TABLE_CELL:
            break
        if parts and (doc_type_of(t) or _blank_between(lines.blocks, lines.flow[j], lines.flow[parts[0]])
                      or len(t) + sum(len(lines.text[x]) for x in parts) > TITLE_MAX):
            break
        if not parts and not re.sub(r"[\s（）()]+$", "", t).endswith(TITLE_ENDINGS):
            return
        parts.insert(0, j)
        j -= 1
    if parts:
        z.fields["title"] = "".join(lines.text[x] for x in parts)
        for x in parts:
            z.labels[lines.flow[x]] = (Zone.BODY, "标题")


def _trailing_record(lines: _Lines, lo: int) -> int:
    """Flow position where the 版记 at the end starts (``len(lines)`` when there is none).

    Walks back from the last line: rows within the last eight lines count even with other lines
    between them; further up only an unbroken run does. A second 印发, 抄送 or 公开方式 row belongs
    to another document (a forwarded original's own 版记), and a table holding a row is the 版记 table.
    """
    n = len(lines)
    start = n
    seen: dict[str, int] = {}
    j = n - 1
    while j >= lo:
        if lines.record(j):
            c = lines.canon[j]
            kind = "印发" if PRINTER_RE.match(c) or PRINT_DATE_RE.match(c) else "抄送" if CC_RE.match(c) else "公开"
            seen[kind] = seen.get(kind, 0) + 1
            if seen[kind] > 1 and not (start < n and lines.same_table(j, start)):
                break  # one 版记 has one row of each: this one closes the document above
            start = j
        elif j < n - 8 and not (start < n and (lines.same_table(j, start) or (j == start - 1 and _continues_record(lines, j)))):
            break
        j -= 1
    # the whole 版记 table, when one of its cells is a row
    while start < n and start - 1 >= lo and lines.same_table(start - 1, start) and start - 1 >= n - 24:
        start -= 1
    return start


def _continues_record(lines: _Lines, j: int) -> bool:
    """A 抄送 line wrapped onto the next line or table cell."""
    return j > 0 and CC_RE.match(lines.canon[j - 1]) is not None and not lines.head_line(j) and len(lines.text[j]) <= 60


def _date(lines: _Lines, lo: int, tail: int) -> int | None:
    """The 成文日期: the first date line that the 附注, a child, the 版记 or the end follows."""
    for j in range(lo, tail):
        if not DATE_RE.match(lines.canon[j]):
            continue
        x = j + 1
        while x < tail and lines.note(x):
            x += 1
        if x >= tail or lines.record(x) or lines.attach_start(x) or lines.doc_start(x):
            return j
    for j in range(tail - 1, max(lo, tail - 8) - 1, -1):
        if DATE_RE.match(lines.canon[j]):
            return j
    return None


def _quoted(lines: _Lines, lo: int, hi: int) -> tuple[int, int] | None:
    """A document quoted in full inside the body (``全文转发如下``): from the line that opens it (its 标题 or
    发文字号) to its own 成文日期 and 附注, all before the parent's 署名 — or None.

    Only a body holding a date line of its own with a document opening above it counts; a wrapped
    标题 (its first line without the 文种) is taken with it.
    """
    for d in range(lo + 1, hi):
        if not DATE_RE.match(lines.canon[d]) or len(lines.text[d - 1]) > 40 or lines.text[d - 1].endswith(("。", "；", "：")):
            continue  # a quoted document ends with its own 署名 and 成文日期
        starts = [j for j in range(lo, d - 1) if lines.doc_start(j)]
        if not starts:
            return None
        s = starts[0]
        if s - 1 >= lo and _title_like(lines.text[s - 1]) and not lines.text[s - 1].endswith(("。", "：", ":")) \
                and len(lines.text[s - 1]) + len(lines.text[s]) <= TITLE_MAX and DOC_NUMBER_RE.search(lines.canon[s]) is None:
            s -= 1  # the first line of a wrapped 标题
        e = d
        while e + 1 < hi and lines.note(e + 1):
            e += 1
        return (s, e)
    return None


def _segments(lines: _Lines, s: int, e: int) -> list[tuple[int, int, str | None]]:
    """Split flow positions ``[s, e]`` into children at each stand-alone 附件 line.

    Lines before the first 附件 line form a child only when they open a document (a forwarded
    original quoted after the forwarding notice); otherwise they are not a document of their own
    and stay with the parent (the caller labelled them).
    """
    heads = [j for j in range(s, e + 1) if lines.attach_start(j)]
    out: list[tuple[int, int, str | None]] = []
    if not heads or heads[0] > s:
        first_end = (heads[0] - 1) if heads else e
        if lines.doc_start(s):
            out.append((s, first_end, None))
    for a, h in enumerate(heads):
        out.append((h, (heads[a + 1] - 1) if a + 1 < len(heads) else e, lines.text[h]))
    return out


def _label_record(lines: _Lines, record: tuple[int, int], z: _Zoning) -> None:
    f, labels = z.fields, z.labels
    r0, r1 = record
    z.record = (lines.flow[r0], lines.flow[r1])
    for j in range(r0, r1 + 1):
        i, t, c = lines.flow[j], lines.text[j], lines.canon[j]
        same_row = j > r0 and _same_row(lines.block(j - 1), lines.block(j))
        if CC_RE.match(c):
            labels[i] = (Zone.RECORD, "抄送")
            f["cc"] = _split_list(t)
        elif PRINT_DATE_RE.match(c) and same_row:
            prev = lines.flow[j - 1]
            labels[prev] = labels[i] = (Zone.RECORD, "印发机关和印发日期")
            f["printer"] = f"{lines.text[j - 1]}　{t}"
        elif PRINTER_RE.match(c):
            labels[i] = (Zone.RECORD, "印发机关和印发日期")
            f["printer"] = t
        elif label_row(c):
            labels[i] = (Zone.RECORD, "公开方式")
        elif (j > r0 and labels.get(lines.flow[j - 1], (None, None))[1] == "抄送" and not t.endswith("印发")
              and (same_row or lines.block(j).kind != BlockKind.TABLE_CELL)):
            # a 抄送 line wrapped onto the next row (PDF/OFD lines shorter than the 版心)
            labels[i] = (Zone.RECORD, "抄送")
            prev = lines.text[j - 1]
            more = _split_list(t)
            cc = tuple(f.get("cc", ()))  # type: ignore[arg-type]
            if cc and more and not prev.endswith(("，", ",", "、", "；", ";")):
                cc, more = cc[:-1] + (cc[-1] + more[0],), more[1:]  # the organ's name itself was wrapped
            f["cc"] = cc + more
        elif labels.get(lines.flow[j - 1] if j > r0 else -1, (None, None))[1] == "公开方式" and same_row:
            labels[i] = (Zone.RECORD, "公开方式")  # the value cell of a ``公开属性 | 依申请公开`` row
        else:
            labels[i] = (Zone.RECORD, None)


def _body(lines: _Lines, k: int, end: int, z: _Zoning) -> None:
    """正文 and 附件说明 between the 主送机关 and the 署名."""
    attachments: list[str] = []
    in_attach = False
    for j in range(k, end):
        i, t = lines.flow[j], lines.text[j]
        if ATTACH_RE.match(lines.canon[j]):
            in_attach = True
            attachments.append(re.sub(rf"^附{_SP}件{_SP}\d{{0,2}}{_SP}[:：]", "", t).strip())
            z.labels[i] = (Zone.BODY, "附件说明")
        elif in_attach and re.match(r"^\d{1,2}[.．、]", t) and len(t) < 80:
            attachments.append(t)
            z.labels[i] = (Zone.BODY, "附件说明")
        else:
            in_attach = False
            z.labels.setdefault(i, (Zone.BODY, "正文"))
    z.fields["attachments"] = tuple(a for a in attachments if a)


def _flow(blocks: tuple[Block, ...]) -> list[int]:
    """The 公文's own flowing lines: visible text blocks, less the web portal's metadata block (门户信息)."""
    flow = [i for i, b in enumerate(blocks) if b.visible and b.kind in _FLOW_KINDS and b.text.strip()]
    portal = _portal(blocks, flow)
    return [i for i in flow if i not in portal] if portal else flow


def _portal(blocks: tuple[Block, ...], flow: list[int]) -> set[int]:
    """Block indices of the portal metadata block: already labelled, or found now (``extractors.portal``)."""
    marked = {i for i in flow if blocks[i].zone == Zone.PORTAL}
    if marked:
        return marked
    found = set(find_portal(blocks, flow, canon))
    rest = [i for i in flow if i not in found]
    return found | page_heading(blocks, rest, canon, lambda t: bool(ISSUER_RE.search(t) or DOC_NUMBER_RE.search(t) or COPY_NUMBER_RE.match(t)),
                                lambda t: _title_like(t) and re.sub(r"[\s（）()]+$", "", t).endswith(TITLE_ENDINGS))


def assign_zones(blocks: tuple[Block, ...], department: str | None = None) -> tuple[tuple[Block, ...], GongwenFields]:
    """Label each block with its zone and element; return the new blocks and the main document's 公文 fields.

    Only visible flowing blocks (paragraphs, table cells, text boxes) are zoned by position in the
    sequence; headers and footers are ``Zone.PAGE``; machine-only blocks keep no zone. Blocks of an
    attachment or forwarded original are ``(主体, 附件)``; ``document_parts`` gives their own zoning.
    """
    out = list(blocks)
    z = _zone(_Lines(blocks, _flow(blocks)), nested=True)
    for i in _portal(blocks, [i for i, b in enumerate(blocks) if b.visible and b.kind in _FLOW_KINDS and b.text.strip()]):
        z.labels[i] = (Zone.PORTAL, "门户信息")
    f = dict(z.fields)
    f["department"] = department
    for i, b in enumerate(out):
        if i in z.labels:
            zone, el = z.labels[i]
            out[i] = replace(b, zone=zone, element=el)
        elif b.visible and b.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            out[i] = replace(b, zone=Zone.PAGE, element=b.element or ("页码" if _is_page_no(b.text) else None))
    return tuple(out), GongwenFields(**{k2: v for k2, v in f.items() if v is not None})


def document_parts(blocks: tuple[Block, ...]) -> tuple[DocumentPart, ...]:
    """The nested structure: the main document (``parts[0]``), then each 附件 / forwarded original."""
    flow = _flow(blocks)
    if not flow:
        return ()
    lines = _Lines(blocks, flow)
    z = _zone(lines, nested=True)
    main = DocumentPart(PartKind.MAIN, 0, len(blocks) - 1, title=z.fields.get("title"),  # type: ignore[arg-type]
                        doc_number=z.fields.get("doc_number"), head=z.head, notes=tuple(z.notes), record=z.record)  # type: ignore[arg-type]
    quoted = _forwarded_name(lines, z)
    kids: list[DocumentPart] = []
    for s, e, label in z.children:
        inner = flow[s + (1 if label else 0):e + 1]
        cz = _zone(_Lines(blocks, inner), nested=False) if inner else _Zoning()
        title = cz.fields.get("title")
        if label and not ATTACH_HEAD_RE.match(canon(label)):  # ``附件2：名称`` on one line
            label, title = (x.strip() for x in re.split(r"[:：∶]", label, maxsplit=1))
        kids.append(DocumentPart(PartKind.ATTACHMENT, flow[s], flow[e], parent=0, label=label,
                                 title=title, doc_number=cz.fields.get("doc_number"),  # type: ignore[arg-type]
                                 head=cz.head, notes=tuple(cz.notes), record=cz.record))
    if quoted is not None and kids:
        hit = [i for i, p in enumerate(kids) if p.title and _same_title(quoted, p.title)]
        for i in hit or [0]:
            kids[i] = replace(kids[i], kind=PartKind.FORWARDED)
    return (main, *kids)


def parts_of(doc: Document) -> tuple[DocumentPart, ...]:
    """``doc.parts``, or the structure computed from its blocks for a Document built without it."""
    return doc.parts or document_parts(doc.blocks)


def own_blocks(doc: Document, index: int = 0) -> list[Block]:
    """The blocks of part ``index`` itself: its range without its children's ranges."""
    parts = parts_of(doc)
    if not parts:
        return list(doc.blocks)
    p = parts[index]
    blocks = doc.blocks
    # ``DocumentPart.holds`` is a closed range: the part's own indices are its range less its children's ranges
    inside = range(max(p.start, 0), min(p.end, len(blocks) - 1) + 1)
    kids = [c for c in parts if c.parent == index]
    if not kids:
        return [blocks[i] for i in inside]
    return [blocks[i] for i in inside if not any(c.start <= i <= c.end for c in kids)]


def _forwarded_name(lines: _Lines, z: _Zoning) -> str | None:
    """The forwarded original's name when the main document forwards one (转发), else None."""
    title = str(z.fields.get("title") or "")
    body = "".join(lines.text[j] for j, i in enumerate(lines.flow) if z.labels.get(i, (None, None))[1] == "正文")
    m = re.search(r"转发.{0,4}《([^》]{2,80})》", title) or re.search(r"现将[^《。]{0,30}《([^》]{2,80})》.{0,60}?转发", body)
    if m:
        return m.group(1)
    if "转发" in title:
        return re.sub(r"^.*?转发|的(?:通知|意见|函)$", "", title)
    return None


def _same_title(quoted: str, title: str) -> bool:
    a, b = re.sub(r"\W", "", quoted), re.sub(r"\W", "", title)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    common = len(set(a) & set(b))
    return common >= 0.7 * min(len(set(a)), len(set(b)))


_FLOW_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX, BlockKind.OCR, BlockKind.INSERTION})


def _same_row(a: Block, b: Block) -> bool:
    """Both are cells of the same table row (a 版记 laid out as a table)."""
    ca, cb = a.position.cell, b.position.cell
    return ca is not None and cb is not None and ca[:2] == cb[:2] and a.position.part == b.position.part


def _norm(s: str) -> str:
    return s.strip().replace("\u3000", " ").strip()


def _is_page_no(s: str) -> bool:
    return bool(re.fullmatch(r"\s*[-—－]?\s*\d{1,4}\s*[-—－]?\s*", s))
