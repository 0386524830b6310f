"""Text a docx holds outside its paragraphs: what Word draws from other parts (SmartArt, chart labels, a watermark, the
phonetic guide above a word) and what only a machine reads (an image's alt text, a content control's title and tag,
a hyperlink's address, custom XML data, the building-blocks glossary, the titles in app.xml, a mail merge's query).

Each piece becomes one block of its own, so the detectors read it as they read the body: drawn text is visible, the
rest is not (``visible=False``, with a note saying where it lies). A probe showed a full ID number in any of these
places went through approved (``tests/flows/test_probe7.py``).
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from .errors import CorruptDocument
from .model import BlockKind
from .ooxml import Package, external_targets, parse_xml, read_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_V = "{urn:schemas-microsoft-com:vml}"
_VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
#: Longest piece kept from one attribute or part (a glossary or a custom XML store can be large; the rest is cut).
MAX_CHARS = 20_000


class Piece(NamedTuple):
    kind: BlockKind
    text: str
    visible: bool
    note: str
    part: str


def _clip(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s[:MAX_CHARS]


def _joined(root, tag: str) -> str:
    return _clip(" ".join(t.text or "" for t in root.iter(tag)))


def more_text(z: Package, main: str, root, names: list[str], headers: list[str]) -> list[Piece]:
    """Every piece of text of the package the paragraph walk does not read (see the module docstring); ``root`` is the
    main part, already parsed. A part among these that does not parse is left out: Word opens the document without
    it, and so does the audit."""
    return [p for p in _pieces(z, main, root, names, headers) if p.text]


def _root(z: Package, name: str):
    """The parsed part, or None when it is absent or does not parse (damaged, malformed)."""
    try:
        xml = read_part(z, name)
        return parse_xml(xml, name) if xml is not None else None
    except CorruptDocument:
        return None


def _pieces(z: Package, main: str, root, names: list[str], headers: list[str]) -> Iterator[Piece]:
    if root is not None:
        for ruby in root.iter(_W + "rt"):  # the phonetic guide printed above its base text
            yield Piece(BlockKind.TEXTBOX, _joined(ruby, _W + "t"), True, "注音（ruby）", main)
        for pr in root.iter(_WP + "docPr"):  # an image's or a shape's alt text and title
            for attr, what in (("descr", "替代文字"), ("title", "替代文字标题")):
                yield Piece(BlockKind.METADATA, _clip(pr.get(attr) or ""), False, f"图片{what}", main)
        for pr in root.iter(_W + "sdtPr"):  # a content control's title and tag
            for tag, what in (("alias", "标题"), ("tag", "标记")):
                el = pr.find(_W + tag)
                if el is not None:
                    yield Piece(BlockKind.METADATA, _clip(el.get(_W + "val") or ""), False, f"内容控件{what}", main)
    try:
        links = external_targets(z, main, "hyperlink")
    except CorruptDocument:
        links = []
    for target in links:
        yield Piece(BlockKind.METADATA, _clip(target), False, "超链接地址", main)
    for n in names:
        if re.fullmatch(r"word/diagrams/data\d*\.xml", n):  # SmartArt: drawn on the page
            yield Piece(BlockKind.TEXTBOX, _part_text(z, n, _A + "t"), True, "SmartArt 图形文字", n)
        elif re.fullmatch(r"word/charts/chart\d*\.xml", n):  # a chart's cached titles, labels and values
            yield Piece(BlockKind.TEXTBOX, _chart_text(z, n), True, "图表文字", n)
        elif re.fullmatch(r"customXml/item\d*\.xml", n):
            yield Piece(BlockKind.METADATA, _all_text(z, n), False, "自定义 XML 数据", n)
        elif n == "word/glossary/document.xml":
            yield Piece(BlockKind.METADATA, _part_text(z, n, _W + "t"), False, "构建基块（词汇表）", n)
    for h in headers:  # a WordArt watermark: the text is an attribute of its path
        root = _root(z, h)
        if root is not None:
            for path in root.iter(_V + "textpath"):
                yield Piece(BlockKind.HEADER, _clip(path.get("string") or ""), True, "水印", h)
    root = _root(z, "docProps/app.xml")
    for el in root if root is not None else ():  # TitlesOfParts: the names of the document's parts (HeadingPairs
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "TitlesOfParts":  # beside it names their kinds)
            yield Piece(BlockKind.METADATA, _joined(el, _VT + "lpstr"), False, "app.xml 部件标题", "docProps/app.xml")
    root = _root(z, "word/settings.xml")
    if root is not None:
        merge = root.find(_W + "mailMerge")
        if merge is not None:
            vals = " ".join(el.get(_W + "val") or "" for el in merge.iter() if el.get(_W + "val"))
            yield Piece(BlockKind.METADATA, _clip(vals), False, "邮件合并设置", "word/settings.xml")


def _part_text(z: Package, name: str, tag: str) -> str:
    root = _root(z, name)
    return _joined(root, tag) if root is not None else ""


def _chart_text(z: Package, name: str) -> str:
    root = _root(z, name)
    if root is None:
        return ""
    return _clip(" ".join([t.text or "" for t in root.iter(_A + "t")] + [v.text or "" for v in root.iter(_C + "v")]))


def _all_text(z: Package, name: str) -> str:
    root = _root(z, name)
    return _clip(" ".join(root.itertext())) if root is not None else ""


__all__ = ["Piece", "more_text"]
