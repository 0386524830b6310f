"""Plain text → Document: UTF-8 (with or without BOM), UTF-16 (with BOM, or without when it reads as
text), GB18030/GBK."""

from __future__ import annotations

import codecs

from .errors import EmptyDocument
from .model import Block, BlockKind, Document, Position
from .registry import Limits, register, text_too_large, too_much_text
from .zones import assign_zones


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode by BOM, then BOM-less UTF-16, then strict UTF-8, then GB18030 (a superset of GBK and GB2312)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if b"\x00" in data[:4096]:
        from .registry import utf16_without_bom

        enc = utf16_without_bom(data[:4096])
        if enc:
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gb18030"


@register("txt")
def extract_txt(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    """Paragraphs from lines; a file over ``limits.max_text_bytes`` is refused before it is decoded."""
    if len(data) > limits.max_text_bytes:
        raise text_too_large(len(data), limits)
    text, enc = decode_text(data)
    if len(text) > limits.max_text_chars:
        raise too_much_text(len(text), limits)
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n")]
    blocks = tuple(
        Block(BlockKind.PARAGRAPH, ln.strip(), Position(block=i))
        for i, ln in enumerate(ln for ln in lines if ln.strip())
    )
    if not blocks:
        raise EmptyDocument(detail="only white space")
    zoned, fields = assign_zones(blocks)
    return Document(source=source, sha256=sha256, format="txt", blocks=zoned, fields=fields, metadata=(("txt:encoding", enc),))
