"""docx → Document, reading the WordprocessingML parts directly with a hardened lxml parser.

python-docx's ``paragraph.text`` drops text inside ``w:ins`` (python-docx #1123) and has no notion of
``w:del``, comments, text boxes or hidden runs; an auditor needs all of them, so every part is walked
at the XML level (≈ 1 ms for a typical 公文; python-docx alone costs ≈ 4.5 ms).

What becomes a block:

=====================  =====================================================  ========
source                 kind                                                    visible
=====================  =====================================================  ========
body paragraph         PARAGRAPH (text with tracked changes accepted)          yes
table cell             TABLE_CELL, ``cell=(table, row, col)``                  yes
text box / shape       TEXTBOX (after the paragraph that anchors it)           yes
header / footer        HEADER / FOOTER                                         yes
footnote / endnote     FOOTNOTE / ENDNOTE                                      yes
``w:del`` text         DELETION (``note``: author)                             no
``w:ins`` text         INSERTION — also inside its paragraph; the pending       no
                       revision record is what only a machine reads
``w:vanish`` run       HIDDEN                                                  no
white / 1 pt text      INVISIBLE (``note``: colour or size)                    no
black highlight        COVERED (text painted over: an ineffective redaction)  no
comment                COMMENT (``note``: author)                              no
field instruction      FIELD (``HYPERLINK``, ``INCLUDETEXT`` … not ``PAGE``)  no
embedded object        EMBEDDED (package member name, size)                    no
document properties    METADATA (``note``: ``core:creator``, ``custom:…``)     no
=====================  =====================================================  ========
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace

from lxml import etree

from .docx_parts import more_text
from .docx_styles import RunFx, StyleSheet, run_effect, styles_of
from .errors import CorruptDocument, HostileDocument
from .model import Block, BlockKind, Document, Position
from .ooxml import SAFE_PARSER, main_part, open_package, parse_xml, read_part, relationships  # noqa: F401  (re-exported)
from .properties import package_properties
from .registry import Limits, register, too_much_text
from .zones import assign_zones

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
_w = "{%s}" % W
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

P, TBL, TR, TC, R = _w + "p", _w + "tbl", _w + "tr", _w + "tc", _w + "r"
T, DELTEXT, TAB, BR, CR = _w + "t", _w + "delText", _w + "tab", _w + "br", _w + "cr"
INS, DEL, MOVE_FROM, MOVE_TO = _w + "ins", _w + "del", _w + "moveFrom", _w + "moveTo"
FLDCHAR, INSTR, FLDSIMPLE = _w + "fldChar", _w + "instrText", _w + "fldSimple"
TXBX = _w + "txbxContent"
#: Inline containers whose runs are ordinary text.
_INLINE_WRAPPERS = frozenset(
    _w + n for n in ("hyperlink", "smartTag", "sdt", "sdtContent", "customXml", "bdo", "dir", "fldSimple")
) | {_M + "oMath", _M + "oMathPara", _M + "r"}
#: Block containers inside the body (content controls, custom XML).
_BLOCK_WRAPPERS = frozenset({_w + "sdt", _w + "sdtContent", _w + "customXml"})
#: Field codes that only lay out the page; their instructions say nothing about the content.
_PLAIN_FIELDS = frozenset(
    {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "TOC", "PAGEREF", "SEQ", "STYLEREF", "DATE", "TIME",
     "CREATEDATE", "SAVEDATE", "PRINTDATE", "=", "NOTEREF", "TC", "XE", "INDEX", "LISTNUM", "AUTONUM"}
)
MAX_DEPTH = 48


@dataclass(slots=True)
class _Spec:
    """A block before it has its index: kind, text, visibility, note and table cell."""

    kind: BlockKind
    text: str
    visible: bool = True
    note: str | None = None
    cell: tuple[int, int, int] | None = None
    part: str | None = None


class _Walker:
    """Walks one part's block-level content into ``_Spec``s, in reading order."""

    def __init__(self, styles: StyleSheet, limits: Limits, kind: BlockKind, table_counter: list[int]):
        self.styles = styles
        self.limits = limits
        self.kind = kind
        self.tables = table_counter  # shared across parts so table numbers are unique per document
        self.out: list[_Spec] = []
        self.fields: list[dict] = []  # complex-field stack: {"instr": [...], "result": bool}
        self.anchors: dict[str, str] = {}  # comment id → start of the paragraph it is attached to
        self._refs: list[str] = []
        self.cell_bg: str | None = None  # shading of the table cell being walked
        self.bg: str | None = None  # background behind the current paragraph's runs

    # -- block level ------------------------------------------------------------------------
    def container(self, el: etree._Element, depth: int = 0, cell: tuple[int, int, int] | None = None,
                  kind: BlockKind | None = None) -> None:
        if depth > MAX_DEPTH:
            raise HostileDocument(detail=f"content nested deeper than {MAX_DEPTH} levels")
        for child in el:
            tag = child.tag
            if tag == P:
                self.paragraph(child, depth, cell, kind or self.kind)
            elif tag == TBL:
                self.table(child, depth + 1, kind)
            elif tag in _BLOCK_WRAPPERS or tag == INS or tag == DEL or tag == MOVE_TO or tag == MOVE_FROM:
                self.container(child, depth + 1, cell, kind)

    def table(self, tbl: etree._Element, depth: int, kind: BlockKind | None) -> None:
        if depth > MAX_DEPTH:
            raise HostileDocument(detail=f"tables nested deeper than {MAX_DEPTH} levels")
        no = self.tables[0]
        self.tables[0] += 1
        for r, tr in enumerate(x for x in tbl if x.tag == TR):
            c = 0
            for tc in tr:
                if tc.tag != TC:
                    continue
                sub = _Walker(self.styles, self.limits, BlockKind.TABLE_CELL, self.tables)
                sub.fields, sub.anchors = self.fields, self.anchors
                sub.cell_bg = _shading(tc.find(_w + "tcPr")) or self.cell_bg
                texts: list[str] = []
                for child in tc:
                    if child.tag == P:
                        texts.append(sub.paragraph(child, depth, (no, r, c), BlockKind.TABLE_CELL, emit=False))
                    elif child.tag == TBL:
                        sub.table(child, depth + 1, kind)
                    elif child.tag in _BLOCK_WRAPPERS:
                        sub.container(child, depth + 1, (no, r, c), BlockKind.TABLE_CELL)
                text = "\n".join(t for t in texts if t.strip())
                if text.strip():
                    self.out.append(_Spec(kind if kind is BlockKind.TEXTBOX else BlockKind.TABLE_CELL, text, cell=(no, r, c)))
                self.out.extend(sub.out)
                self._bound()
                c += _grid_span(tc)

    # -- paragraph level ----------------------------------------------------------------------
    def paragraph(self, p: etree._Element, depth: int, cell, kind: BlockKind, emit: bool = True) -> str:
        """Walk one ``w:p``; returns the text a reader sees (tracked changes accepted)."""
        para_fx = self.styles.paragraph_fx(p)
        self.bg = _shading(p.find(_w + "pPr")) or self.cell_bg
        segs: list[list] = []  # [kind or None, text, note]
        boxes: list[etree._Element] = []
        self._inline(p, para_fx, None, segs, boxes, depth)
        seen = "".join(s[1] for s in segs if s[0] is None or s[0] is BlockKind.INSERTION)
        while self._refs:
            self.anchors[self._refs.pop()] = _snippet(seen)
        extra: list[_Spec] = []
        for s in _merge(segs):
            if s[0] is None or not s[1].strip():
                continue
            extra.append(_Spec(s[0], s[1], visible=False, note=s[2], cell=cell))
        if emit and seen.strip():
            self.out.append(_Spec(kind, seen, cell=cell))
        self.out.extend(extra)
        for box in boxes:
            self.container(box, depth + 1, None, BlockKind.TEXTBOX)
        self._bound()
        return seen

    def _inline(self, el, para_fx: RunFx, rev: tuple[BlockKind, str] | None, segs, boxes, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise HostileDocument(detail=f"runs nested deeper than {MAX_DEPTH} levels")
        for child in el:
            tag = child.tag
            if tag == R or tag == _M + "r":
                self._run(child, para_fx, rev, segs, boxes)
            elif tag in (INS, MOVE_TO):
                self._inline(child, para_fx, (BlockKind.INSERTION, _author(child, "修订插入")), segs, boxes, depth + 1)
            elif tag in (DEL, MOVE_FROM):
                self._inline(child, para_fx, (BlockKind.DELETION, _author(child, "修订删除")), segs, boxes, depth + 1)
            elif tag == _w + "ruby":  # phonetic guide: the base text is what is read
                base = child.find(_w + "rubyBase")
                if base is not None:
                    self._inline(base, para_fx, rev, segs, boxes, depth + 1)
            elif tag in _INLINE_WRAPPERS:
                if tag == FLDSIMPLE:
                    self._field_done(child.get(_w + "instr") or "")
                self._inline(child, para_fx, rev, segs, boxes, depth + 1)

    def _run(self, r, para_fx: RunFx, rev, segs, boxes) -> None:
        fx = self.styles.run_fx(r, para_fx)
        if self.bg and fx.shd is None and (fx.highlight in (None, "none")):
            fx = replace(fx, shd=self.bg)  # white text on a dark paragraph or cell shading is readable
        effect = run_effect(fx)  # None, or (kind, note) for hidden / invisible / covered
        for node in r:
            tag = node.tag
            if tag == T or tag == DELTEXT or tag == _M + "t":
                text = node.text or ""
            elif tag == TAB:
                text = "\t"
            elif tag == BR or tag == CR:
                text = "\n"
            elif tag == _w + "noBreakHyphen":
                text = "-"
            elif tag == _w + "sym":
                text = _symbol(node.get(_w + "font") or "", node.get(_w + "char") or "")
            elif tag == FLDCHAR:
                self._fld_char(node.get(_w + "fldCharType"))
                continue
            elif tag == _w + "commentReference":
                self._refs.append(node.get(_w + "id") or "")
                continue
            elif tag == INSTR:
                if self.fields:
                    self.fields[-1]["instr"].append(node.text or "")
                continue
            else:
                if tag in (_w + "drawing", _w + "pict", _MC + "AlternateContent", _w + "object"):
                    boxes.extend(_text_boxes(node))
                continue
            if self.fields and not self.fields[-1]["result"]:
                self.fields[-1]["instr"].append(text)  # a w:t inside the instruction part
                continue
            if rev is not None and rev[0] is BlockKind.DELETION or tag == DELTEXT:
                seg = (BlockKind.DELETION, rev[1] if rev else "修订删除")
            elif effect is not None:
                seg = effect
            elif rev is not None:
                seg = rev
            else:
                seg = (None, None)
            if segs and segs[-1][0] is seg[0] and segs[-1][2] == seg[1]:
                segs[-1][1] += text
            else:
                segs.append([seg[0], text, seg[1]])

    # -- fields ------------------------------------------------------------------------------
    def _fld_char(self, kind: str | None) -> None:
        if kind == "begin":
            if len(self.fields) > MAX_DEPTH:
                raise HostileDocument(detail="fields nested too deep")
            self.fields.append({"instr": [], "result": False})
        elif kind == "separate" and self.fields:
            self.fields[-1]["result"] = True
        elif kind == "end" and self.fields:
            self._field_done("".join(self.fields.pop()["instr"]))

    def _field_done(self, instr: str) -> None:
        instr = " ".join(instr.split())
        if not instr:
            return
        word = instr.split(" ", 1)[0].lstrip("\\").upper()
        if word in _PLAIN_FIELDS or instr.startswith("="):
            return
        self.out.append(_Spec(BlockKind.FIELD, instr, visible=False, note=f"域代码 {word}"))

    def flush_fields(self) -> None:
        """Fields left open at the end of a part (a damaged or crafted file): their text is kept
        as FIELD blocks rather than lost, so nothing can hide behind an unterminated ``fldChar``."""
        while self.fields:
            instr = " ".join("".join(self.fields.pop()["instr"]).split())
            if instr:
                self.out.append(_Spec(BlockKind.FIELD, instr, visible=False, note="未结束的域代码"))

    def _bound(self) -> None:
        if len(self.out) > self.limits.max_blocks:
            raise HostileDocument(detail=f"more than {self.limits.max_blocks} blocks")


#: Checkbox glyphs Word writes as ``w:sym`` (Wingdings / Wingdings 2 private-use codes) → Unicode,
#: so a 发文稿纸 row “☑依申请公开 □主动公开” reads as it looks.
_SYMBOLS = {
    ("wingdings", "F0FE"): "☑", ("wingdings", "F0A8"): "□", ("wingdings", "F078"): "☒", ("wingdings", "F06F"): "□",
    ("wingdings", "F0FC"): "√", ("wingdings", "F0FB"): "☒", ("wingdings 2", "F052"): "☑", ("wingdings 2", "F0A3"): "□",
    ("wingdings 2", "F054"): "☒", ("wingdings 2", "F050"): "√", ("wingdings 2", "F02A"): "□", ("wingdings 2", "F099"): "●",
}


def _symbol(font: str, char: str) -> str:
    code = char.upper().rjust(4, "0")
    if code.startswith("00"):
        code = "F0" + code[2:]
    hit = _SYMBOLS.get((font.strip().lower(), code))
    if hit:
        return hit
    try:
        c = chr(int(char, 16))
    except ValueError:
        return ""
    return "" if "\ue000" <= c <= "\uf8ff" else c


def _snippet(text: str, n: int = 20) -> str:
    """The start of a paragraph for a note, digit runs starred (notes are never masked later)."""
    t = re.sub(r"[0-9０-９]{5,}[0-9Xx]?", lambda m: "*" * len(m.group()), " ".join(text.split()))
    return t if len(t) <= n else t[:n] + "…"


def _merge(segs: list[list]) -> list[list]:
    out: list[list] = []
    for s in segs:
        if out and out[-1][0] is s[0] and out[-1][2] == s[2]:
            out[-1][1] += s[1]
        else:
            out.append(list(s))
    return out


def _author(el, what: str) -> str:
    a = el.get(_w + "author")
    return f"{what}；作者：{a}" if a else what


def _shading(pr) -> str | None:
    """The fill colour of a ``w:pPr`` / ``w:tcPr`` shading, as RRGGBB."""
    if pr is None:
        return None
    shd = pr.find(_w + "shd")
    fill = (shd.get(_w + "fill") or "").upper() if shd is not None else ""
    return fill if re.fullmatch(r"[0-9A-F]{6}", fill) else None


def _grid_span(tc) -> int:
    pr = tc.find(_w + "tcPr")
    if pr is not None:
        gs = pr.find(_w + "gridSpan")
        if gs is not None:
            try:
                return max(1, min(int(gs.get(_w + "val") or 1), 64))
            except ValueError:
                return 1
    return 1


def _text_boxes(node) -> list[etree._Element]:
    """The ``w:txbxContent`` of a drawing once: the ``mc:Choice`` branch, else its VML fallback."""
    if node.tag == _MC + "AlternateContent":
        for branch in node:
            found = [t for t in branch.iter(TXBX) if not _inside_box(t, branch)]
            if found:
                return found
        return []
    return [t for t in node.iter(TXBX) if not _inside_box(t, node)]


def _inside_box(t, top) -> bool:
    p = t.getparent()
    while p is not None and p is not top:
        if p.tag == TXBX:
            return True
        p = p.getparent()
    return False


# -- parts ---------------------------------------------------------------------------------------

def _walk_part(z, name: str, styles: StyleSheet, limits: Limits, kind: BlockKind, tables: list[int]) -> list[_Spec]:
    xml = read_part(z, name)
    if xml is None:
        return []
    w = _Walker(styles, limits, kind, tables)
    w.container(parse_xml(xml, name))
    w.flush_fields()
    return w.out


def _notes(z, name: str, tag: str, styles, limits, kind, tables) -> list[_Spec]:
    xml = read_part(z, name)
    if xml is None:
        return []
    out: list[_Spec] = []
    for note in parse_xml(xml, name):
        if note.tag != _w + tag or (note.get(_w + "type") or "normal") != "normal":
            continue  # separators and continuation notices
        w = _Walker(styles, limits, kind, tables)
        w.container(note)
        out.extend(w.out)
    return out


def _comments(z, styles, limits, tables, anchors: dict[str, str]) -> list[_Spec]:
    xml = read_part(z, "word/comments.xml")
    if xml is None:
        return []
    out: list[_Spec] = []
    for c in parse_xml(xml, "word/comments.xml"):
        if c.tag != _w + "comment":
            continue
        w = _Walker(styles, limits, BlockKind.COMMENT, tables)
        w.container(c)
        text = "\n".join(s.text for s in w.out if s.kind is BlockKind.COMMENT or s.visible)
        if text.strip():
            author = c.get(_w + "author") or ""
            note = "批注" + (f"；作者：{author}" if author else "")
            where = anchors.get(c.get(_w + "id") or "")
            if where:
                note += f"；位置：“{where}”"
            out.append(_Spec(BlockKind.COMMENT, text, visible=False, note=note))
    return out


def _embedded(z: zipfile.ZipFile) -> list[_Spec]:
    out = []
    for info in z.infolist():
        n = info.filename
        if n.startswith(("word/embeddings/", "word/activeX/")) or (n.startswith("word/") and "afchunk" in n.lower()):
            out.append(_Spec(BlockKind.EMBEDDED, n.rsplit("/", 1)[-1], visible=False, note=f"嵌入对象，{info.file_size} 字节", part=n))
    return out


def _header_footer_parts(names: list[str], rels: list[tuple[str, str]] = ()) -> list[tuple[str, BlockKind]]:
    """The headers and footers: those the main part's relationships name (whatever they are called: Word shows
    ``word/hdr1.xml`` when a relationship points at it), then any other part named like one."""
    present = set(names)
    out: list[tuple[str, BlockKind]] = []
    for want, kind in (("header", BlockKind.HEADER), ("footer", BlockKind.FOOTER)):
        named = [n for k, n in rels if k == want and n in present]
        usual = [n for n in names if n.startswith(f"word/{want}") and n.endswith(".xml")]
        for n in sorted(dict.fromkeys(named + usual), key=_natural):
            out.append((n, kind))
    return out


def _natural(n: str) -> tuple:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", n))


@register("docx")
def extract_docx(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    """Every part a reader sees or a machine reads, in reading order, each block labelled."""
    z = open_package(data, limits)
    names = z.namelist()
    main = main_part(z, "word/document.xml")  # the part Word opens (a decoy document.xml is read as hidden below)
    body_xml = read_part(z, main)
    if body_xml is None:
        raise CorruptDocument(detail=f"{main} missing")
    root = parse_xml(body_xml, main)
    body = root.find("w:body", NS)
    if body is None:
        raise CorruptDocument(detail="no w:body")
    styles = styles_of(z, read_part)
    tables = [0]
    walker = _Walker(styles, limits, BlockKind.PARAGRAPH, tables)
    walker.container(body)
    walker.flush_fields()
    parts: list[tuple[str, list[_Spec]]] = [(main, walker.out)]
    headers_footers = _header_footer_parts(names, relationships(z, main))
    for name, kind in headers_footers:
        parts.append((name, _walk_part(z, name, styles, limits, kind, tables)))
    if main != "word/document.xml" and "word/document.xml" in names:
        # a second body no relationship opens: nobody sees it, but it travels with the file
        decoy = _walk_part(z, "word/document.xml", styles, limits, BlockKind.HIDDEN, tables)
        parts.append(("word/document.xml", [replace(s, visible=False, note="未被引用的正文部件（Word 不显示）") for s in decoy]))
    parts.append(("word/footnotes.xml", _notes(z, "word/footnotes.xml", "footnote", styles, limits, BlockKind.FOOTNOTE, tables)))
    parts.append(("word/endnotes.xml", _notes(z, "word/endnotes.xml", "endnote", styles, limits, BlockKind.ENDNOTE, tables)))
    parts.append(("word/comments.xml", _comments(z, styles, limits, tables, walker.anchors)))
    parts.append(("", _embedded(z)))
    heads = [n for n, kind in headers_footers if kind == BlockKind.HEADER]
    parts.append(("", [_Spec(p.kind, p.text, visible=p.visible, note=p.note, part=p.part)
                       for p in more_text(z, main, root, names, heads)]))
    metadata, meta_blocks = package_properties(z)
    blocks: list[Block] = []
    for part, specs in parts:
        for s in specs:
            pos = Position(block=len(blocks), part=s.part or part, cell=s.cell)
            blocks.append(Block(s.kind, s.text, pos, visible=s.visible, note=s.note))
    for key, value, part in meta_blocks:
        blocks.append(Block(BlockKind.METADATA, value, Position(block=len(blocks), part=part), visible=False, note=key))
    if len(blocks) > limits.max_blocks:
        raise HostileDocument(detail=f"more than {limits.max_blocks} blocks")
    chars = sum(len(b.text) for b in blocks)
    if chars > limits.max_text_chars:
        raise too_much_text(chars, limits)
    zoned, fields = assign_zones(tuple(blocks))
    return Document(source=source, sha256=sha256, format="docx", blocks=zoned, fields=fields, metadata=metadata)
