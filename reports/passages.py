"""A finding's passage in context, ready to show — with every number in it masked.

《保密审查工作制度》第十一条 asks for 去标识化 before publication; a report that reprinted the ID number
it flags would leak it a second time. So the highlighted span shows the finding's (already masked)
evidence, and the surrounding text is scrubbed: ID-, phone- and card-like digit runs are starred
with the same masks the detectors use (``classifiers.masking``), any other run of 7+ digits keeps
only its last two.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.masking import scrub_numbers
from classifiers.model import Finding
from extractors.model import Block, Document

WIDTH = 40  # characters of context either side of the hit


def scrub(text: str) -> str:
    """``text`` with every ID/phone/card-like number masked (dates, amounts under 7 digits kept)."""
    return scrub_numbers(text)


@dataclass(frozen=True, slots=True)
class Passage:
    """What to show for one finding: text before, the highlighted hit, text after — all scrubbed.

    ``row`` is set for a table cell: the header row and the hit row as lists of (scrubbed) cell
    texts, with ``hit_col`` the highlighted column. ``where`` says where it is in words.
    """

    before: str
    hit: str
    after: str
    where: str
    row: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    hit_col: int | None = None


def block_index(doc: Document | None) -> dict[int, Block]:
    """Blocks by their ``position.block`` (falling back to their order)."""
    if doc is None:
        return {}
    out: dict[int, Block] = {}
    for i, b in enumerate(doc.blocks):
        out[b.position.block if b.position.block is not None else i] = b
    return out


def where(block: Block | None, finding: Finding, with_cell: bool = True) -> str:
    """第2页 · 主体 · 正文 · 表格1第3行第2列 — the place in words."""
    from .labels import BLOCK_KIND

    pos = finding.position
    parts = []
    if pos.page:
        parts.append(f"第{pos.page}页")
    if block is not None:
        if block.zone and str(block.zone) != "主体":
            parts.append(str(block.zone))
        if block.element:
            parts.append(block.element)
        if block.kind not in ("paragraph", "table_cell"):
            parts.append(BLOCK_KIND.get(str(block.kind), (str(block.kind), ""))[0])
    cell = pos.cell or (block.position.cell if block is not None else None)
    if cell and with_cell:
        parts.append(f"表格{cell[0] + 1}第{cell[1] + 1}行第{cell[2] + 1}列")
    elif not cell and pos.block is not None and block is not None and block.kind == "paragraph":
        parts.append(f"第{pos.block + 1}段")
    if not parts and pos.part:
        parts.append(pos.part)
    return " · ".join(parts) or "全文"


def _hit_text(block_text: str, finding: Finding) -> str:
    """What the highlight shows: the detector's masked evidence when it masked something (a number,
    a name), else the located span itself — scrubbed either way."""
    p = finding.position
    ev = finding.evidence
    if ev and ("*" in ev or p.start is None or p.end is None):
        return scrub(ev)
    if p.start is not None and p.end is not None:
        return scrub(block_text[p.start:p.end])
    return ""


Spans = dict[int, list[tuple[int, int, str]]]


def finding_spans(findings) -> Spans:
    """block → [(start, end, masked evidence)] of every located finding: shown context replaces
    these spans by their evidence, so a name or number another finding masked is masked here too."""
    out: Spans = {}
    for f in findings:
        p = f.position
        # only masked evidence replaces text: other findings' evidence (a label, a phrase) is no mask
        if p.block is not None and p.start is not None and p.end is not None and f.evidence and "*" in f.evidence:
            out.setdefault(p.block, []).append((p.start, p.end, f.evidence))
    for v in out.values():
        v.sort()
    return out


def redact(text: str, spans: list[tuple[int, int, str]] | None, lo: int = 0, hi: int | None = None) -> str:
    """``text[lo:hi]`` with every finding span lying wholly inside replaced by its evidence."""
    hi = len(text) if hi is None else hi
    if not spans:
        return text[lo:hi]
    out, at = [], lo
    for s, e, ev in spans:
        if s >= at and e <= hi and e <= len(text):
            out.append(text[at:s])
            out.append(ev)
            at = e
    out.append(text[at:hi])
    return "".join(out)


def passage(finding: Finding, doc: Document | None, blocks: dict[int, Block] | None = None, width: int = WIDTH,
            spans: Spans | None = None) -> Passage:
    """The finding's passage in context; without a located block, only its (masked) evidence.

    ``spans`` (from ``finding_spans``) masks other findings' matches in the context shown.
    """
    blocks = blocks if blocks is not None else block_index(doc)
    spans = spans or {}
    pos = finding.position
    block = blocks.get(pos.block) if pos.block is not None else None
    place = where(block, finding)
    if block is None:
        if finding.code == "LABEL_MISSING" and doc is not None:
            return _missing_label(doc, place)
        return Passage("", scrub(finding.evidence or ""), "", place)
    text = block.text
    start = pos.start if pos.start is not None else None
    end = pos.end if pos.end is not None else None
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        # no span: the whole block is the passage, clipped
        # no span: the finding is about the whole block (a comment, a hidden run) — highlight it all
        full = scrub(redact(text, spans.get(pos.block)))
        if len(full) <= 2 * width:
            return Passage("", full, "", place)
        return Passage("", full[: 2 * width], "…", place)
    hit = _hit_text(text, finding)
    cell = pos.cell or block.position.cell
    if cell is not None and doc is not None:
        row = _table_rows(doc, block, cell, spans)
        own = spans.get(pos.block)
        before, after = scrub(redact(text, own, 0, start)), scrub(redact(text, own, end))
        if row is not None:
            header, hit_row = row
            cells = list(hit_row)
            cells[cell[2]] = before + "\0" + after  # \0 marks where the hit goes
            return Passage(before, hit, after, place, (header, tuple(cells)), cell[2])
    # scrub whole strings first, then clip: clipping first could leave a cut number's digits bare
    own = spans.get(pos.block)
    left_src, right_src = redact(text, own, 0, start), redact(text, own, end)
    prev = blocks.get((pos.block or 0) - 1)
    if start < width and prev is not None and prev.visible == block.visible and prev.kind == block.kind:
        left_src = redact(prev.text, spans.get((pos.block or 0) - 1)) + "\n" + left_src
    nxt = blocks.get((pos.block or 0) + 1)
    if len(text) - end < width and nxt is not None and nxt.visible == block.visible and nxt.kind == block.kind:
        right_src = right_src + "\n" + redact(nxt.text, spans.get((pos.block or 0) + 1))
    left, right = scrub(left_src), scrub(right_src)
    before = ("…" + left[-width:]) if len(left) > width else left
    after = (right[:width] + "…") if len(right) > width else right
    return Passage(before, hit, after, place)


def _table_rows(doc: Document, block: Block, cell: tuple[int, int, int], spans: Spans):
    """(header row, hit row) texts of the table the cell sits in, scrubbed; None if not found."""
    t, r, _ = cell
    part = block.position.part
    rows: dict[int, dict[int, str]] = {}
    for b in doc.blocks:
        c = b.position.cell
        if c is None or c[0] != t or b.position.part != part or c[1] not in (0, r):
            continue
        rows.setdefault(c[1], {})[c[2]] = redact(b.text, spans.get(b.position.block))
    if r not in rows:
        return None
    ncol = max(max(v) for v in rows.values()) + 1

    def line(i: int) -> tuple[str, ...]:
        return tuple(scrub(rows.get(i, {}).get(j, "")) for j in range(ncol))

    return (line(0) if r != 0 else tuple(), line(r))


def number_ranges(numbers) -> str:
    """``2、3、4、5、7`` → ``2—5、7``: rows of a table said the way a clerk writes them."""
    ns = sorted(set(numbers))
    out: list[str] = []
    i = 0
    while i < len(ns):
        j = i
        while j + 1 < len(ns) and ns[j + 1] == ns[j] + 1:
            j += 1
        out.append(str(ns[i]) if j == i else f"{ns[i]}{'、' if j == i + 1 else '—'}{ns[j]}")
        i = j + 1
    return "、".join(out)


def places(findings, doc: Document | None, blocks: dict[int, Block], max_places: int = 6) -> str:
    """Where a group of alike findings sits, compact: table cells of one table/column merge into
    "正文 · 表格1第2、3、4行第3列"; other places are listed up to ``max_places``, then the count."""
    cells: dict[tuple, list[int]] = {}
    others: list[str] = []
    for f in findings:
        block = blocks.get(f.position.block) if f.position.block is not None else None
        cell = f.position.cell or (block.position.cell if block is not None else None)
        if cell is not None:
            prefix = where(block, f, with_cell=False)
            cells.setdefault((prefix, cell[0], cell[2]), []).append(cell[1] + 1)
        else:
            others.append(where(block, f))
    out = []
    for (prefix, t, c), rows in cells.items():
        head = prefix if prefix != "全文" else ""
        out.append(f"{head + ' · ' if head else ''}表格{t + 1}第{number_ranges(rows)}行第{c + 1}列")
    others = list(dict.fromkeys(others))
    out.extend(others[:max_places])
    text = "；".join(out)
    if len(others) > max_places:
        text += f" 等{len(others)}处"
    return text


def _missing_label(doc: Document, place: str) -> Passage:
    """Where the 附注 should be (GB/T 9704 §7.3.6: under 成文日期): show that spot, the gap marked."""
    lines = [b.text for b in doc.blocks if b.visible and b.element in ("署名", "成文日期")]
    if not lines:
        return Passage("", "", "", place)
    return Passage(scrub("\n".join(lines[-2:])) + "\n", "（此处缺少公开属性标注）", "", "成文日期下一行（附注位置）")
