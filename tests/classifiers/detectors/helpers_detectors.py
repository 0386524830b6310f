"""Helpers to build small Documents by hand and run one detector over them."""

from __future__ import annotations

from extractors.model import Block, BlockKind, Document, Position


def make_doc(*items, hidden: tuple[str, ...] = (), fmt: str = "docx") -> Document:
    """Paragraphs (str) and tables (list of rows, first row the header), then hidden blocks."""
    blocks: list[Block] = []
    table_no = 0
    for it in items:
        if isinstance(it, str):
            blocks.append(Block(BlockKind.PARAGRAPH, it, Position(block=len(blocks), part="word/document.xml")))
        else:
            for r, row in enumerate(it):
                for c, val in enumerate(row):
                    blocks.append(Block(BlockKind.TABLE_CELL, val, Position(block=len(blocks), part="word/document.xml", cell=(table_no, r, c))))
            table_no += 1
    for h in hidden:
        blocks.append(Block(BlockKind.COMMENT, h, Position(block=len(blocks), part="word/comments.xml"), visible=False))
    return Document(source=f"t.{fmt}", sha256="0" * 64, format=fmt, blocks=tuple(blocks))
