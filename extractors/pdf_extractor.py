"""pdf → Document: pypdfium2 for the text of every page (≈ 1 ms/page), paragraphs with positions.

Per page: lines from pdfium's text page, each with the box of its first and last character; the
page objects in painting order to find text under opaque boxes or images and white/invisible text
(only on pages that paint fills or images); annotations; then lines in the 页眉/页脚 bands become
HEADER/FOOTER blocks and the rest are merged into paragraphs. pdfplumber (≈ 25 ms/page, building
``page.chars``) is not needed for any of this: its shapes carry no painting order, which is what
decides whether a box hides text.

Errors: a user or owner password → ``EncryptedDocument``; no page with a text layer →
``NoTextLayer`` unless the optional OCR extra (``rapidocr_onnxruntime``, models inside its wheel)
is installed, in which case scanned pages come back as ``OCR`` blocks.
"""

from __future__ import annotations

import re

from .errors import CorruptDocument, EncryptedDocument, HostileDocument, NoTextLayer
from .model import Block, BlockKind, Document, Position
from .pdf_layout import Line, has_symbols, merge_paragraphs, page_lines, reorder_marked_lines, split_bands, take_chars, visual_text
from .pdf_objects import attachments, document_info, page_annotations, page_covers
from .pdf_machine import machine_text, unread_text
from .pdf_tables import LazyPlumber, drop_lines_in, page_tables
from .registry import Limits, register, too_much_text
from .zones import assign_zones

#: Document-information keys that hold words a person typed; Creator/Producer name the software.
TEXT_INFO = ("Title", "Author", "Subject", "Keywords")


def open_pdf(data: bytes, limits: Limits):
    """Open with pypdfium2; encrypted or broken files become typed errors."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise EncryptedDocument(detail="user password required") from None
        raise CorruptDocument(detail=msg) from None
    if raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
        pdf.close()
        raise EncryptedDocument(detail="encrypted with an owner password (permissions restricted)")
    n = len(pdf)
    if n == 0:
        pdf.close()
        raise CorruptDocument(detail="no pages")
    if n > limits.max_pages:
        pdf.close()
        raise HostileDocument(detail=f"{n} pages > limit {limits.max_pages}")
    return pdf


def _bbox(box: tuple[float, float, float, float], height: float) -> tuple[float, float, float, float]:
    """PDF space (left, bottom, right, top) → (x0, top, x1, bottom) from the top of the page."""
    l, b, r, t = box
    return (round(l, 1), round(height - t, 1), round(r, 1), round(height - b, 1))


def _page_blocks(pdf, pno: int, raw, limits: Limits, plumber: LazyPlumber, tables: list[int],
                 warnings: list[str]) -> tuple[list[tuple], bool]:
    """Blocks of one page as (kind, text, bbox, visible, note, cell) and whether it had any text."""
    import pypdfium2 as pdfium

    try:
        page = pdf[pno]
    except pdfium.PdfiumError as e:
        raise CorruptDocument(detail=f"page {pno + 1}: {e}") from None
    try:
        width, height = page.get_size()
        tp = page.get_textpage()
        try:
            lines = page_lines(tp, height, raw)
            has_text = bool(lines)
            hidden: list[tuple] = []
            # also on a page without a text line: text drawn at size 0 is not in pdfium's text page at all
            covers, _, ruled = page_covers(page, raw, pdf.raw)
            ruled = ruled and has_text
            unread = []
            for cv in covers:
                text = take_chars(lines, tp, cv.bbox, height, cv.obj, cv.keep)
                if text.strip():
                    kind = BlockKind.COVERED if cv.kind == "covered" else BlockKind.INVISIBLE
                    hidden.append((kind, text, _bbox(cv.bbox, height), False, cv.note, None))
                elif cv.unread:
                    unread.append(cv)
            if unread:  # pdfium dropped them (size 0): pdfminer reads this page's characters
                texts = unread_text(plumber, pno, [cv.bbox for cv in unread])
                if texts is None:
                    warnings.append(f"page {pno + 1}: text drawn at size 0 could not be read")
                for cv, text in zip(unread, texts or ()):
                    text = re.sub(r"\s+", " ", text).strip()
                    if text:
                        hidden.append((BlockKind.INVISIBLE, text, _bbox(cv.bbox, height), False, cv.note, None))
            annots = []
            for sub, contents, author, rect, covers in page_annotations(page, raw):
                if covers:
                    under = take_chars(lines, tp, rect, height) if rect and lines else ""
                    if under.strip():
                        what = "未执行的遮盖注释（Redact）" if sub == "REDACT" else f"深色注释（{sub}）覆盖文字"
                        hidden.append((BlockKind.COVERED, under, _bbox(rect, height), False, what, None))
                    if sub == "REDACT" or not contents:
                        continue
                note = f"注释 {sub}" + (f"；作者：{author}" if author else "")
                annots.append((BlockKind.ANNOTATION, contents, _bbox(rect, height) if rect else None, sub == "FREETEXT", note, None))
            found: list = []
            if ruled:
                found, warning = page_tables(plumber, pno)
                if warning:
                    warnings.append(warning)
                found = [(box, [(r, c, _cell_text(tp, bb, height, hidden), bb) for r, c, _, bb in cells]) for box, cells in found]
            reorder_marked_lines(lines, tp)
        finally:
            tp.close()
    finally:
        page.close()
    lines = [ln for ln in lines if ln.text.strip(" \u3000\t")]
    # a line drawn wholly off the page (below it, raised past its top, beside it) is in the file but no viewer shows it
    off = [ln for ln in lines if ln.top >= height or ln.bottom <= 0 or ln.x0 >= width or ln.x1 <= 0]
    if off:
        lines = [ln for ln in lines if ln not in off]
        hidden += [(BlockKind.INVISIBLE, ln.text.strip(" \u3000\t"), ln.bbox, False, "页面外的文字（阅读器不显示）", None)
                   for ln in off]
    for box, _ in found:
        lines = drop_lines_in(lines, box)
    found = [(box, [c for c in cells if c[2]]) for box, cells in found]
    head, body, foot = split_bands(lines, height)
    flow = [(BlockKind.PARAGRAPH, ln.text.strip(" \u3000\t"), ln.bbox, True, None, None) for ln in merge_paragraphs(body)]
    for box, cells in found:  # each table goes where its top is, among the paragraphs
        no = tables[0]
        tables[0] += 1
        at = next((k for k, item in enumerate(flow) if item[2] and item[2][1] > box[1]), len(flow))
        flow[at:at] = [(BlockKind.TABLE_CELL, text, bb, True, None, (no, r, c)) for r, c, text, bb in cells]
    out: list[tuple] = []
    out += [(BlockKind.HEADER, ln.text, ln.bbox, True, None, None) for ln in head]
    out += flow
    out += [(BlockKind.FOOTER, ln.text, ln.bbox, True, None, None) for ln in foot]
    out += hidden + annots
    return out, has_text


#: A page without text whose largest image covers this share of it is a scan, not a blank page.
SCANNED_SHARE = 0.3


def _image_share(pdf, pno: int, raw) -> float:
    """The largest image's share of the page area (0 for a blank page)."""
    from .pdf_objects import largest_image_area

    page = pdf[pno]
    try:
        w, h = page.get_size()
        return largest_image_area(page, raw) / max(w * h, 1.0)
    finally:
        page.close()


def _cell_text(tp, bb: tuple, height: float, hidden: list[tuple]) -> str:
    """A table cell's text from pdfium (as every other line), without what lies under a box in it."""
    x0, top, x1, bottom = bb
    text = tp.get_text_bounded(x0 + 0.5, height - bottom + 0.5, x1 - 0.5, height - top - 0.5)
    text = " ".join(text.replace("\r\n", "\n").split("\n")).strip(" \u3000\t")
    if has_symbols(text):  # a checkbox row or a symbol colon: the glyphs in the order a reader sees them
        inside = []
        for k in range(tp.count_chars()):
            l, b, r, t = tp.get_charbox(k)
            if x0 <= (l + r) / 2 <= x1 and top <= height - (b + t) / 2 <= bottom:
                inside.append(k)
        seen = visual_text(tp, inside)
        if seen and re.sub(r"\s", "", seen) != re.sub(r"\s", "", text):
            text = seen
    for kind, covered, hb, *_ in hidden:
        if hb and hb[0] < x1 and hb[2] > x0 and hb[1] < bottom and hb[3] > top:
            text = text.replace(covered, "").strip(" \u3000\t")
    return text


def _ocr_blocks(found: list[tuple[str, tuple, float]], height: float) -> list[tuple]:
    """OCR lines through the same 页眉/页脚 bands and paragraph merging as text lines."""
    heights = sorted(bb[3] - bb[1] for _, bb, _ in found) or [16.0]
    size = heights[len(heights) // 2] * 0.85  # OCR boxes vary in height; one size per page lets lines merge
    lines = [Line(t, bb[0], bb[1], bb[2], bb[3], size) for t, bb, _ in found]
    head, body, foot = split_bands(lines, height)
    out = [(BlockKind.HEADER, ln.text, ln.bbox, True, "OCR", None) for ln in head]
    out += [(BlockKind.OCR, ln.text, ln.bbox, True, "OCR", None) for ln in merge_paragraphs(body)]
    out += [(BlockKind.FOOTER, ln.text, ln.bbox, True, "OCR", None) for ln in foot]
    return out


@register("pdf")
def extract_pdf(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    """Paragraphs in page order with page number and bbox; covered, invisible and annotation blocks."""
    import pypdfium2.raw as raw

    pdf = open_pdf(data, limits)
    plumber = LazyPlumber(data)
    blocks: list[Block] = []
    warnings: list[str] = []
    textless: list[int] = []
    tables = [0]
    try:
        n = len(pdf)
        chars = 0
        per_page: list[list[tuple]] = []
        for pno in range(n):
            items, has_text = _page_blocks(pdf, pno, raw, limits, plumber, tables, warnings)
            if not has_text:
                textless.append(pno)
            per_page.append(items)
            if sum(len(p) for p in per_page) > limits.max_blocks:
                raise HostileDocument(detail=f"more than {limits.max_blocks} blocks")
            chars += sum(len(it[1]) for it in items)
            if chars > limits.max_text_chars:
                raise too_much_text(chars, limits)
        scanned = [pno for pno in textless if _image_share(pdf, pno, raw) >= SCANNED_SHARE]
        if scanned:
            from .pdf_ocr import ocr_available, ocr_page

            pages = "、".join(str(p + 1) for p in scanned)
            if ocr_available():
                for pno in scanned:
                    per_page[pno] = _ocr_blocks(ocr_page(pdf, pno), pdf.get_page_size(pno)[1])
                warnings.append(f"OCR used on page(s) {pages}")
            elif len(scanned) < n:
                # a scanned page among text pages (a signed 附件, a list) would go unchecked: refuse it
                raise NoTextLayer(
                    detail=f"page(s) {pages} of {n} are images without a text layer",
                    zh=f"PDF 第{pages}页是扫描图像、没有文字层，其内容无法审查；请提交可复制文字的版本或安装 OCR 组件",
                    en=f"page(s) {pages} are scanned images without a text layer; submit a text PDF or install the OCR extra",
                )
        info = document_info(pdf, raw)
        files = attachments(pdf, raw)
    finally:
        pdf.close()
        plumber.close()
    for pno, items in enumerate(per_page, 1):
        for kind, text, bbox, visible, note, cell in items:
            blocks.append(Block(kind, text, Position(page=pno, block=len(blocks), bbox=bbox, cell=cell), visible=visible, note=note))
    if not any(b.kind in (BlockKind.PARAGRAPH, BlockKind.OCR, BlockKind.HEADER, BlockKind.FOOTER) and b.text.strip() for b in blocks):
        raise NoTextLayer(detail=f"{n} page(s), no text")
    for name, size in files:
        blocks.append(Block(BlockKind.EMBEDDED, name, Position(block=len(blocks), part="EmbeddedFiles"), visible=False,
                            note=f"嵌入附件，{size} 字节"))
    meta = tuple(sorted((f"pdf:{k}", str(v).strip()) for k, v in info.items() if str(v).strip()))
    for key in TEXT_INFO:
        if str(info.get(key, "")).strip():
            blocks.append(Block(BlockKind.METADATA, str(info[key]).strip(), Position(block=len(blocks), part="Info"),
                                visible=False, note=f"pdf:{key}"))
    for where, text in machine_text(data):  # other Info keys, XMP, form field values, bookmarks, link addresses
        blocks.append(Block(BlockKind.METADATA, text, Position(block=len(blocks), part="Catalog"), visible=False, note=where))
    zoned, fields = assign_zones(tuple(blocks))
    return Document(source=source, sha256=sha256, format="pdf", blocks=zoned, fields=fields, metadata=meta,
                    page_count=n, warnings=tuple(warnings))


__all__ = ["extract_pdf", "open_pdf", "Line"]
