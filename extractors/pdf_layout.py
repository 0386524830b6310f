"""Lines with positions from a text page, and lines merged back into paragraphs.

Coordinates are PDF points with ``top`` measured from the top of the page (pdfplumber's convention),
so a bbox is ``(x0, top, x1, bottom)``. A line is merged into the paragraph above when the one above
runs to the right edge of the text block, the new line is not indented, the font size is the same
and the gap is under a line height — how a wrapped paragraph looks in a 公文 (首行缩进两字). A
number is never cut by merging: wrapped CJK lines join with nothing between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Fractions of the page height: above HEADER_BAND is the 页眉, below FOOTER_BAND the 页脚/页码.
HEADER_BAND = 0.09
FOOTER_BAND = 0.91
_SPACES = " \t\u3000\xa0"
#: A character is cut away by a clip path when its centre lies this far (points) outside the box the clip keeps.
CLIP_SLACK = 0.5
#: Two or more blanks inside a line separate columns: a row of a text table is never merged.
_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t)\S")
#: A line that opens a 版记 row, an 附注 or an 附件 is a paragraph of its own, never the tail of the one above
#: (a 版记 row right after a full-width attachment line would otherwise vanish into it).
_OWN_LINE = re.compile(r"^[\s\u3000]*(?:[【\[［]?[\s\u3000]*(?:(?:政[\s\u3000]*府[\s\u3000]*)?(?:信[\s\u3000]*息[\s\u3000]*)?公[\s\u3000]*开[\s\u3000]*(?:方|属|选|形|类))"
                       r"|抄[\s\u3000]*送[\s\u3000]*[:：∶]|附[\s\u3000]*件[\s\u3000]*\d{0,2}[\s\u3000]*[:：]?[\s\u3000]*$|[（(][\s\u3000]*此[\s\u3000]*件)")


@dataclass(slots=True)
class Line:
    """One text line of one page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    start: int = -1  # index of the first character in the text page (-1: unknown)
    end: int = -1  # index after the last
    idx: list[int] | None = None  # per-character indices once characters were taken out

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))


def page_lines(textpage, height: float, raw) -> list[Line]:
    """The page's text split where pdfium puts line breaks, each with the box of its first and last
    character (≈ 2 calls per line instead of one per character)."""
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters outside the BMP: indices no longer line up, fall back to no boxes
        return [Line(t.strip(_SPACES), 0, 0, 0, 0, 0) for t in re.split(r"\r\n|\r|\n", text) if t.strip(_SPACES)]
    out: list[Line] = []
    pos = 0
    for seg in re.split(r"(\r\n|\r|\n)", text):
        start = pos
        pos += len(seg)
        if not seg or seg in ("\r\n", "\r", "\n"):
            continue
        stripped = seg.strip(_SPACES)
        if not stripped:
            continue
        a = start + (len(seg) - len(seg.lstrip(_SPACES)))
        b = start + len(seg.rstrip(_SPACES)) - 1
        l0, b0, r0, t0 = textpage.get_charbox(a, loose=True)
        l1, b1, r1, t1 = textpage.get_charbox(b, loose=True)
        size = raw.FPDFText_GetFontSize(textpage.raw, a)
        out.append(Line(stripped, min(l0, l1), height - max(t0, t1), max(r0, r1), height - min(b0, b1), float(size), a, b + 1))
    return out


def take_chars(lines: list[Line], textpage, box: tuple[float, float, float, float], height: float,
               obj: int | None = None, keep: tuple[float, float, float, float] | None = None) -> str:
    """Remove from ``lines`` the characters whose centre lies in ``box`` (PDF space); return them.

    Covered or invisible characters are not what a reader sees, so they leave the visible line and
    come back as their own machine-only block. With ``obj`` (a text object's address) only that
    object's characters are taken, and with ``keep`` only those whose centre lies outside it (by
    more than ``CLIP_SLACK``): what a clip path cuts away, not the text beside it.
    """
    l, b, r, t = box
    top, bottom = height - t, height - b
    taken: list[str] = []
    owner = None
    if obj is not None:
        import ctypes

        import pypdfium2.raw as raw

        def owner(k: int) -> int | None:
            return ctypes.cast(raw.FPDFText_GetTextObject(textpage.raw, k), ctypes.c_void_p).value
    if keep is not None:
        kl, kb, kr, kt = keep[0] - CLIP_SLACK, keep[1] - CLIP_SLACK, keep[2] + CLIP_SLACK, keep[3] + CLIP_SLACK
    for ln in lines:
        if ln.start < 0 or ln.bottom < top or ln.top > bottom or ln.x1 < l or ln.x0 > r:
            continue
        if ln.idx is None:
            ln.idx = list(range(ln.start, ln.end))
        keep_t: list[str] = []
        keep_i: list[int] = []
        for ch, k in zip(ln.text, ln.idx):
            cl, cb, cr, ct = textpage.get_charbox(k)
            cx, cy = (cl + cr) / 2, (cb + ct) / 2
            if (l <= cx <= r and b <= cy <= t and (owner is None or owner(k) == obj)
                    and (keep is None or not (kl <= cx <= kr and kb <= cy <= kt))):
                if ch not in _SPACES:
                    taken.append(ch)
            else:
                keep_t.append(ch)
                keep_i.append(k)
        ln.text, ln.idx = "".join(keep_t), keep_i
    return "".join(taken)


#: Symbols a PDF often draws from a fallback or symbol font — checkbox and tick glyphs of a 发文稿纸 row,
#: the ratio colon ``∶``, small and presentation-form colons. pdfium's text order then puts them after the
#: words (``□主动公开 依申请公开 不予公开 □ ☑``, ``公开属性 依申请公开 ∶``): a line holding one is rebuilt in
#: the order a reader sees, so each box stands before its option and the colon after its label again.
_SYMBOLS = re.compile("[\u2100-\u2bff\ue000-\uf8ff\ua789\ufe30-\ufe6f]")
#: Wingdings code points (private use) as the box a reader sees.
_SYMBOL_MARKS = str.maketrans({"\uf0a8": "☐", "\uf06f": "☐", "\uf0fe": "☑", "\uf0fd": "☒", "\uf0fc": "✓"})


def has_symbols(text: str) -> bool:
    """True when ``text`` holds a symbol pdfium may have put out of reading order (see ``_SYMBOLS``)."""
    return _SYMBOLS.search(text) is not None


def visual_text(textpage, indices) -> str:
    """The characters at ``indices`` in reading order by their boxes: rows top to bottom, left to right
    within a row, a space where the gap is wider than a third of a character."""
    chars = []
    for k in indices:
        ch = textpage.get_text_range(k, 1)
        if not ch or ch.isspace():
            continue
        l, b, r, t = textpage.get_charbox(k, loose=False)
        if r <= l:
            continue
        chars.append((ch, l, b, r, t))
    if not chars:
        return ""
    size = sorted(t - b for _, _, b, _, t in chars)[len(chars) // 2] or 1.0
    rows: list[list[tuple]] = []
    for c in sorted(chars, key=lambda c: -(c[2] + c[4]) / 2):
        mid = (c[2] + c[4]) / 2
        if rows and abs((rows[-1][0][2] + rows[-1][0][4]) / 2 - mid) < 0.5 * size:
            rows[-1].append(c)
        else:
            rows.append([c])
    out = []
    for row in rows:
        row.sort(key=lambda c: c[1])
        text = row[0][0]
        for prev, cur in zip(row, row[1:]):
            text += (" " if cur[1] - prev[3] > size / 3 else "") + cur[0]
        out.append(text)
    return " ".join(out).translate(_SYMBOL_MARKS)


def reorder_marked_lines(lines: list[Line], textpage) -> None:
    """Rebuild, in visual order, every line whose symbols (``_SYMBOLS``) pdfium put out of order."""
    for ln in lines:
        if ln.start >= 0 and has_symbols(ln.text):
            text = visual_text(textpage, ln.idx if ln.idx is not None else range(ln.start, ln.end))
            if text and re.sub(r"\s", "", text) != re.sub(r"\s", "", ln.text.translate(_SYMBOL_MARKS)):
                ln.text, ln.idx = text, None
                ln.start = ln.end = -1  # the characters no longer map one to one onto the text page


def split_bands(lines: list[Line], height: float) -> tuple[list[Line], list[Line], list[Line]]:
    """(header lines, body lines, footer lines) by position on the page."""
    head, body, foot = [], [], []
    for ln in lines:
        if ln.x1 == 0 and ln.bottom == 0:
            body.append(ln)
        elif ln.bottom < HEADER_BAND * height:
            head.append(ln)
        elif ln.top > FOOTER_BAND * height:
            foot.append(ln)
        else:
            body.append(ln)
    return head, body, foot


def merge_paragraphs(lines: list[Line]) -> list[Line]:
    """Wrapped lines joined into paragraphs; centred, right-aligned and short lines stay alone."""
    if len(lines) < 2:
        return list(lines)
    right = max(ln.x1 for ln in lines)
    left = min(ln.x0 for ln in lines)
    out: list[Line] = [_copy(lines[0])]
    prev = lines[0]
    for ln in lines[1:]:
        cur = out[-1]
        size = max(prev.size, ln.size, 1.0)
        full = prev.x1 >= right - 1.6 * size
        not_indented = ln.x0 <= left + 0.6 * size
        same_font = abs(prev.size - ln.size) < 0.6
        gap = ln.top - prev.bottom
        tabular = _COLUMN_GAP.search(prev.text) or _COLUMN_GAP.search(ln.text) or _OWN_LINE.match(ln.text)
        if full and not_indented and same_font and not tabular and -0.3 * size < gap < 1.3 * size and prev.x0 <= left + 2.6 * size:
            sep = " " if cur.text[-1:].isascii() and cur.text[-1:].isalpha() and ln.text[:1].isascii() and ln.text[:1].isalpha() else ""
            cur.text += sep + ln.text
            cur.x0, cur.x1 = min(cur.x0, ln.x0), max(cur.x1, ln.x1)
            cur.bottom = max(cur.bottom, ln.bottom)
        else:
            out.append(_copy(ln))
        prev = ln
    return out


def _copy(ln: Line) -> Line:
    return Line(ln.text, ln.x0, ln.top, ln.x1, ln.bottom, ln.size)
