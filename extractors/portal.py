"""The web portal's metadata block (门户信息), saved with a page: its own zone, never part of the 公文.

A document copied from a government portal carries the page's 政府信息公开 metadata — 索引号, 发布机构,
主题分类, 成文日期, 发布日期, 公开方式 … — above the 公文 (sometimes below it), laid out as one item a
line (``索引号：…``), several ``label value`` pairs on one line, a label alone on a line with its value on
the next, or a table of label and value cells. It is what the portal says about the document, not what
the document says about itself: the zoner leaves these blocks out of the 公文's zoning (so no 标题 or
版记 is read from them) and marks them ``Zone.PORTAL``; the marking scan never takes its 公开方式 as the
document's own marking, and compares the two (PORTAL_MISMATCH).

A run of such lines is a portal block when it holds at least ``MIN_LABELS`` distinct labels, one of them
an *anchor*: a label no 公文 prints about itself (索引号, 发布机构, 主题分类, 发布日期 …). Other labels
(名称, 文号, 公开方式 …) join a run but never make one. Any label of the marking grammar (head 公开:
公开方式, 公开类别, 公开范围 …) is a label here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .canon import canon
from .marking_grammar import LABEL, spaced
from .model import Block, BlockKind, Zone

#: Labels only a portal's metadata block prints: one of them makes a run of label lines a portal block.
ANCHORS = ("索引号", "发布机构", "主题分类", "发布日期", "成文日期", "体裁分类", "组配分类", "信息分类", "内容分类", "主题词分类",
           "发文机关", "发布时间", "生成日期", "公开日期", "信息索引号", "所属机构", "公开责任部门", "统一编号", "有效性",
           # law databases and aggregators print their own header the same way (bench/real/SOURCES.md)
           "时效性", "效力级别", "发布部门", "发文单位", "执行日期", "实施日期", "登记号")
#: Labels that also appear in a portal block (and in other places): they join a run, never start one.
OTHERS = ("名称", "信息名称", "标题", "文号", "发文字号", "文件编号", "主题词", "关键词", "关键字", "来源", "信息来源", "生效日期",
          "废止日期", "失效日期", "公开时限", "时效", "分类", "发文日期", "成文时间", "浏览次数", "访问次数", "点击数", "服务对象",
          "责任部门", "当前位置", "您当前的位置", "字号", "字体", "体裁", "主题", "机构")
#: A run needs this many distinct labels to be a portal block.
MIN_LABELS = 3
#: A value longer than this is prose, not a metadata item.
VALUE_MAX = 90

_S = r"[\s\u3000]*"
_WORDS = "|".join(spaced(w) for w in sorted(ANCHORS + OTHERS, key=len, reverse=True))
#: A label at the start of a line or after a gap, followed by a colon or a gap (``公开类别 主动公开``).
_ITEM = re.compile(rf"(?:^|(?<=[\s|｜]))[【\[]?(?P<label>{_WORDS}|{LABEL})[】\]]?{_S}(?:[:：]|(?=[\s|｜])|$)")
_ANCHOR_KEYS = frozenset(ANCHORS)
#: The drafting fields of an OA system's 发文稿纸 (拟稿科室：…, 核稿：…, 签发：…): never on a portal's page.
_OA_FIELDS = ("拟稿科室", "拟稿单位", "拟稿人", "拟稿", "核稿", "签发", "会签", "主办科室", "承办科室", "主办单位", "印数", "缓急")
_OA_FIELD_RE = re.compile("(?:^|\\s)(?:" + "|".join(_OA_FIELDS) + ")\\s*[:：]")


@dataclass(frozen=True, slots=True)
class PortalItem:
    """One metadata item: its label (spaces removed), its value as printed, the block it is in and the
    value's span there (``start``/``end``; 0/0 when the value is on another line)."""

    label: str
    value: str
    block: int
    start: int = 0
    end: int = 0


def _key(label: str) -> str:
    return re.sub(r"[\s\u3000【】\[\]]", "", label)


def parse_line(text: str) -> list[tuple[str, int, int]] | None:
    """(label, value start, value end) for each item when the whole line is metadata items, else None.

    ``text`` is the canonical form (``canon.canon``), so full-width colons and spaces are half-width; a
    line holding only a label (its value on the next line) gives one item with an empty span.
    """
    t = text.rstrip()
    hits = [m for m in _ITEM.finditer(t)]
    if not hits or t[:hits[0].start()].strip():
        return None
    out = []
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(t)
        vs = m.end()
        while vs < end and t[vs] in " \t|｜":
            vs += 1
        ve = end
        while ve > vs and t[ve - 1] in " \t|｜":
            ve -= 1
        if ve - vs > VALUE_MAX:
            return None
        out.append((_key(m.group("label")), vs, ve))
    return out


def find_portal(blocks: tuple[Block, ...] | list[Block], flow: list[int], canon) -> dict[int, list[PortalItem]]:
    """The portal blocks among the flow block indices ``flow``: {block index: its items}.

    ``canon`` is the zoner's canonical form function (passed in so this module needs no import cycle).
    """
    runs: list[list[tuple[int, list[PortalItem]]]] = []
    cur: list[tuple[int, list[PortalItem]]] = []
    pending = False  # the previous line was a label alone: this line is its value
    for i in flow:
        b = blocks[i]
        c = canon(b.text.strip())
        items = parse_line(c) if b.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.TEXTBOX) else None
        if items is None and pending and len(c) <= VALUE_MAX:
            last_i, last = cur[-1]
            cur[-1] = (last_i, last[:-1] + [PortalItem(last[-1].label, b.text.strip(), i, 0, len(b.text.strip()))])
            cur.append((i, []))
            pending = False
            continue
        if items is None:
            if cur:
                runs.append(cur)
            cur, pending = [], False
            continue
        # offsets into the stripped canonical text; canon keeps length for what these labels and values use
        lead = len(b.text) - len(b.text.lstrip())
        cur.append((i, [PortalItem(lab, b.text[lead + s:lead + e], i, lead + s, lead + e) for lab, s, e in items]))
        pending = items[-1][1] == items[-1][2]
    if cur:
        runs.append(cur)
    out: dict[int, list[PortalItem]] = {}
    at = {i: k for k, i in enumerate(flow)}
    for run in runs:
        labels = {it.label for _, items in run for it in items}
        # an OA system's form (标题/文号/公开属性/发文单位, then 拟稿科室/拟稿人/核稿/签发): the document's own fields,
        # not a portal's page furniture — its 公开属性 is the document's marking
        k = at.get(run[-1][0], len(flow)) + 1
        after = " ".join(canon(blocks[i].text.strip())[:6] for i in flow[k:k + 3])
        if any(canon(blocks[i].text.strip()).startswith(_OA_FIELDS) for i, _ in run) or _OA_FIELD_RE.search(after):
            continue
        if len(labels) >= MIN_LABELS and labels & _ANCHOR_KEYS:
            for i, items in run:
                out[i] = items
    return out


#: How far down a page's heading may repeat the document's title.
HEADING_REACH = 25
#: The page's heading and the document's own title are at most this many lines apart (date, 字体, 来源 …).
HEADING_GAP = 10
_ISO_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}")


def page_heading(blocks: tuple[Block, ...] | list[Block], flow: list[int], canon, keep, titled) -> set[int]:
    """The page's own heading above the 公文: a portal page prints the document's title as its heading
    (with the site's search box, the date, 字体 …) and then the document, whose 标题 repeats it.

    When a line at flow position ``i`` that ``titled`` calls a title (it ends with a 文种 …) comes back (alone or wrapped over two lines) further
    down, lines ``0..i`` are the page's, and so is each line between that ``keep`` (the zoner's test for a
    版头 line: 发文机关标志, 发文字号) does not claim and that is short or carries a date. Nothing when the
    title never repeats — the usual 公文.
    """
    key = [re.sub(r"\W", "", canon(blocks[i].text)) for i in flow[:HEADING_REACH + 1]]
    for i, k in enumerate(key[:HEADING_REACH // 2]):
        if keep(canon(blocks[flow[i]].text.strip())):
            return set()  # the 公文's own 版头 comes first: no page heading above it
        if len(k) < 8 or not titled(canon(blocks[flow[i]].text.strip())):
            continue  # an issuer's name repeats as the 署名: only a title repeating is a page heading
        for j in range(i + 1, min(len(key), i + 1 + HEADING_GAP)):
            if key[j] == k or (j + 1 < len(key) and key[j] + key[j + 1] == k and len(key[j]) >= 4):
                out = set(flow[:i + 1])
                for x in range(i + 1, j):
                    t = canon(blocks[flow[x]].text.strip())
                    if not keep(t) and (len(t) <= 20 or _ISO_DATE.search(t)):
                        out.add(flow[x])
                return out
    return set()


def portal_items(blocks: tuple[Block, ...] | list[Block]) -> list[PortalItem]:
    """Every metadata item of the zoned blocks labelled ``Zone.PORTAL``, in order."""
    idx = [i for i, b in enumerate(blocks) if b.zone == Zone.PORTAL]
    found = find_portal(blocks, idx, canon)
    return [it for i in idx for it in found.get(i, []) if it.value.strip()]
