"""pdf → Document: pypdfium2 for the text of every page (≈1 ms/page), line by line with positions.

pdfplumber (25 ms/page) is kept for the pages where layout matters — tables, boxes over text —
see ``pdf_layout``; the text pass never pays for it.
"""

from __future__ import annotations

from .errors import CorruptDocument, EncryptedDocument, HostileDocument, NoTextLayer
from .model import Block, BlockKind, Document, Position
from .registry import Limits, register
from .zones import assign_zones


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


@register("pdf")
def extract_pdf(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    """One block per text line, in page order, with the page number and line bbox."""
    pdf = open_pdf(data, limits)
    blocks: list[Block] = []
    try:
        n = len(pdf)
        for pno in range(n):
            page = pdf[pno]
            tp = page.get_textpage()
            text = tp.get_text_range()
            tp.close()
            page.close()
            for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                if line.strip():
                    blocks.append(Block(BlockKind.PARAGRAPH, line.strip(), Position(page=pno + 1, block=len(blocks))))
        meta = tuple(sorted((f"pdf:{k}", str(v)) for k, v in pdf.get_metadata_dict(skip_empty=True).items()))
    finally:
        pdf.close()
    if not blocks:
        raise NoTextLayer(detail=f"{n} page(s), no text")
    zoned, fields = assign_zones(tuple(blocks))
    return Document(source=source, sha256=sha256, format="pdf", blocks=zoned, fields=fields, metadata=meta, page_count=n)
