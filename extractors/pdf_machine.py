"""Text a PDF holds outside its pages' text layer: every Info key (not only the four standard text ones), the XMP
metadata stream, the values of its form fields (which a viewer draws in their boxes), its bookmarks and the addresses
its links open.

pdfium reads the pages; these live in the document's catalogue and the pages' annotations, which pdfminer (already
installed with pdfplumber) reads without parsing any page's content, so the cost is the cross-reference table and a
walk of the page dictionaries. A probe showed a full ID number in any of them went through approved
(``tests/flows/test_probe7.py``). Anything pdfminer cannot read here is left out: pdfium has opened the file already,
so the pages are audited whatever these hold.

``unread_text`` reads, on the rare page that draws text at size 0, the characters pdfium's text page drops
(``pdf_objects.page_covers`` finds the object, pdfminer has its characters): a reader sees nothing there, but the
text can be copied from the file.
"""

from __future__ import annotations

import io
import re
from typing import Iterator

#: The Info keys already read as text blocks (``pdf_objects.TEXT_INFO``), and those that name software, not content.
SKIP_INFO = frozenset({"Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"})
#: At most this many pieces, each at most MAX_CHARS: a hostile file's thousands of fields or bookmarks stay bounded.
MAX_PIECES = 2000
MAX_CHARS = 20_000
_TAGS = re.compile(rb"<[^>]{0,2000}>")


def machine_text(data: bytes) -> list[tuple[str, str]]:
    """``(where, text)`` of each piece (see the module docstring), in document order."""
    out: list[tuple[str, str]] = []
    try:
        for where, text in _pieces(data):
            text = re.sub(r"\s+", " ", text).strip()[:MAX_CHARS]
            if text:
                out.append((where, text))
                if len(out) >= MAX_PIECES:
                    break
    except Exception:  # noqa: BLE001 — pdfminer's errors on a file pdfium opened: what was read so far is kept
        pass
    return out


def _pieces(data: bytes) -> Iterator[tuple[str, str]]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    doc = PDFDocument(PDFParser(io.BytesIO(data)))
    for info in doc.info:
        for key, value in resolve1(info).items():
            if key not in SKIP_INFO:
                yield f"pdf:{key}", _text(resolve1(value))
    catalog = resolve1(doc.catalog)
    meta = resolve1(catalog.get("Metadata"))
    if meta is not None and hasattr(meta, "get_data"):
        raw = meta.get_data()[:2 * MAX_CHARS * 4]
        yield "XMP 元数据", _TAGS.sub(b" ", raw).decode("utf-8", "replace")
    form = resolve1(catalog.get("AcroForm"))
    if isinstance(form, dict):
        yield from _fields(resolve1(form.get("Fields")) or [], 0)
    try:
        for level, title, *_ in doc.get_outlines():
            yield "书签", _text(title)
    except Exception:  # noqa: BLE001 — no outline (PDFNoOutlines) or a damaged one
        pass
    for page in PDFPage.create_pages(doc):
        for annot in resolve1(page.annots) or []:
            a = resolve1(annot)
            action = resolve1(a.get("A")) if isinstance(a, dict) else None
            if isinstance(action, dict) and action.get("URI") is not None:
                yield "链接地址", _text(resolve1(action.get("URI")))


def unread_text(plumber, pno: int, boxes: list[tuple[float, float, float, float]]) -> list[str] | None:
    """For each box (PDF space), the characters pdfminer reads there that no reader can see: drawn with no width or
    no height (a zero font size, a zero horizontal scale, a collapsed text matrix) or smaller than
    ``pdf_objects.TINY``. None when pdfminer cannot read the page (the caller warns).

    Only the page the boxes are on is parsed, and only when pdfium's text page held none of their characters.
    """
    from .pdf_objects import TINY

    try:
        page = plumber.page(pno)
        chars = page.chars
        x0, y0 = page.mediabox[0], page.mediabox[1]
    except Exception:  # noqa: BLE001 — pdfminer's errors on a page pdfium read
        return None
    unseen = [ch for ch in chars if min(ch["x1"] - ch["x0"], ch["y1"] - ch["y0"]) < 0.01 or ch["size"] < TINY]
    if (page.rotation or 0) % 360:  # pdfminer's space is turned with the page: the first box takes them all
        return ["".join(ch["text"] for ch in unseen)] + [""] * (len(boxes) - 1)
    out = []
    for l, b, r, t in boxes:
        taken = []
        for ch in unseen:
            # pdfminer's page space starts at the media box's corner; pdfium's is the file's own
            cx, cy = (ch["x0"] + ch["x1"]) / 2 + x0, (ch["y0"] + ch["y1"]) / 2 + y0
            if l - 1 <= cx <= r + 1 and b - 1 <= cy <= t + 1:
                taken.append(ch["text"])
        out.append("".join(taken))
    return out


def _fields(fields, depth: int) -> Iterator[tuple[str, str]]:
    from pdfminer.pdftypes import resolve1

    if depth > 16:
        return
    for f in fields:
        f = resolve1(f)
        if not isinstance(f, dict):
            continue
        value = resolve1(f.get("V"))
        if value is not None:
            yield "表单域值", _text(value)
        kids = resolve1(f.get("Kids"))
        if kids:
            yield from _fields(kids, depth + 1)


def _text(value) -> str:
    """A PDF string (PDFDocEncoding or UTF-16 with its BOM), a name or a list of them, as text."""
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, PSLiteral):
        return str(value.name)
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value)
    return ""
