"""What a value's column or list says about it: table headers, a PDF list's header line, the line above.

One ``_Context`` per document (``_scan.context``), shared by every pass: its indexes are built on
first use and only read after, so the passes that ask (most pages: none) pay for them once.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from extractors.model import Block, BlockKind, Document

if TYPE_CHECKING:
    from ._scan import Joined


class _Context:
    """Column headers of tables and header-like lines above PDF rows, for one document.

    Both indexes are built on first use: most documents ask for neither.
    """

    def __init__(self, doc: Document, j: "Joined | None" = None):
        self.doc = doc
        self.j = j
        self._headers: dict[tuple[str | None, int, int], str] | None = None
        self._rows: dict[tuple[str | None, int, int], list[str]] | None = None
        self._line_headers: list[int] | None = None

    def _tables(self) -> None:
        self._headers, self._rows = {}, {}
        for b in self.doc.blocks:
            c = b.position.cell
            if c is not None and b.kind == BlockKind.TABLE_CELL:
                if c[1] == 0:
                    self._headers[(b.position.part, c[0], c[2])] = b.text
                self._rows.setdefault((b.position.part, c[0], c[1]), []).append(b.text)

    @property
    def headers(self) -> dict:
        if self._headers is None:
            self._tables()
        return self._headers  # type: ignore[return-value]

    @property
    def rows(self) -> dict:
        if self._rows is None:
            self._tables()
        return self._rows  # type: ignore[return-value]

    def header(self, b: Block) -> str | None:
        """The column header of a cell (with the row's 证件类型 cell when the header is a generic
        证件号码), or the header-like line above a row of a PDF list."""
        c = b.position.cell
        if c is not None:
            if c[1] == 0:
                return None
            h = self.headers.get((b.position.part, c[0], c[2]))
            kind = self._row_kind(b)
            return f"{h or ''}{kind}" if kind else h
        idx = b.position.block
        if idx is None or not 0 <= idx < len(self.doc.blocks):
            return None
        if self._line_headers is None:
            self._line_headers = self._find_line_headers()
        k = bisect_right(self._line_headers, idx - 1) - 1
        if k < 0 or idx - self._line_headers[k] > 60:
            return None
        return self.doc.blocks[self._line_headers[k]].text

    def _row_kind(self, b: Block) -> str:
        """The row's cell under a 证件类型 / 类型 column (台胞证, 港澳通行证 …), or ''."""
        c = b.position.cell
        for k in range(c[2]):
            h = self.headers.get((b.position.part, c[0], k), "")
            if "类型" in h or "种类" in h:
                cells = self.rows.get((b.position.part, c[0], c[1]), ())
                return cells[k] if k < len(cells) else ""
        return ""

    def above(self, b: Block) -> str | None:
        """The paragraph right above a paragraph (a label line: ``社会保障卡号`` / ``J33047626``)."""
        i = b.position.block
        if b.position.cell is not None or i is None or i <= 0 or i >= len(self.doc.blocks) or self.doc.blocks[i] is not b:
            return None
        prev = self.doc.blocks[i - 1]
        return prev.text if prev.position.cell is None and len(prev.text) <= 30 else None

    def _find_line_headers(self) -> list[int]:
        # A PDF table comes out as lines; its header is a short line with column names (姓名, 序号)
        # and no digits, at most 60 lines above: the indexes of such lines, for a bisect. With the
        # joined text the two words come from the shared word pass (family ``list_header``), not
        # from testing every block.
        blocks = self.doc.blocks
        if self.j is not None and self.j.blocks is blocks:
            cands = sorted({bisect_right(self.j.starts, end) - 1 for end, _w in self.j.words["list_header"]})
        else:
            cands = [i for i, b in enumerate(blocks) if "姓名" in b.text or "序号" in b.text]
        return [i for i in cands if blocks[i].position.cell is None and len(blocks[i].text) <= 80
                and not any(map(str.isdigit, blocks[i].text[:40]))]

    def row_text(self, b: Block) -> str:
        c = b.position.cell
        if c is None:
            return b.text
        return " ".join(self.rows.get((b.position.part, c[0], c[1]), ()))
