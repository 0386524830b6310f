"""docx → Document, reading the WordprocessingML parts directly with a hardened lxml parser.

python-docx's ``paragraph.text`` drops text inside ``w:ins`` (python-docx #1123) and has no notion of
``w:del``; an auditor needs both, so the body is walked at the XML level. python-docx itself is
used by the sample generator and the return notice, where its object model pays off.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from .errors import CorruptDocument, EncryptedDocument, HostileDocument
from .model import Block, BlockKind, Document, Position
from .registry import OLE_MAGIC, Limits, register
from .zones import assign_zones

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
_w = "{%s}" % W

#: No entities, no DTD loading, no network: XML bombs and XXE stop here.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True)


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse one package part safely; a DTD or a malformed part is a typed error."""
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data[:4096]:
        raise HostileDocument(detail=f"{part}: DTD / entity declarations are not allowed")
    try:
        return etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise CorruptDocument(detail=f"{part}: {e}") from None


def open_package(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open an OOXML/OFD zip with zip-bomb bounds on total size and per-member ratio."""
    if data[:8] == OLE_MAGIC:
        raise EncryptedDocument(detail="OOXML inside an OLE container (EncryptedPackage)")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as e:
        raise CorruptDocument(detail=f"bad zip: {e}") from None
    total = 0
    for info in infos:
        total += info.file_size
        if info.compress_size and info.file_size / max(info.compress_size, 1) > limits.max_zip_ratio and info.file_size > 10 * 1024 * 1024:
            raise HostileDocument(detail=f"{info.filename}: ratio {info.file_size // max(info.compress_size, 1)}:1")
        if info.flag_bits & 0x1:
            raise EncryptedDocument(detail=f"{info.filename} is encrypted")
    if total > limits.max_unzipped_bytes:
        raise HostileDocument(detail=f"{total} bytes uncompressed > {limits.max_unzipped_bytes}")
    return z


def read_part(z: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return z.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as e:  # truncated member, bad CRC
        raise CorruptDocument(detail=f"{name}: {e}") from None


def _run_text(el: etree._Element) -> str:
    parts = []
    for node in el.iter(_w + "t", _w + "delText", _w + "tab", _w + "br", _w + "cr"):
        tag = node.tag
        if tag in (_w + "t", _w + "delText"):
            parts.append(node.text or "")
        elif tag == _w + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def paragraph_texts(p: etree._Element) -> tuple[str, str]:
    """(text a reader sees with changes accepted, text of tracked deletions) of one ``w:p``."""
    seen, deleted = [], []
    for node in p.iter(_w + "t", _w + "delText", _w + "tab", _w + "br"):
        if node.tag == _w + "delText":
            deleted.append(node.text or "")
        elif node.tag == _w + "t":
            seen.append(node.text or "")
        elif node.tag == _w + "tab":
            seen.append("\t")
        else:
            seen.append("\n")
    return "".join(seen), "".join(deleted)


@register("docx")
def extract_docx(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    """Body paragraphs and table cells in reading order, tracked deletions, headers and footers."""
    z = open_package(data, limits)
    body_xml = read_part(z, "word/document.xml")
    if body_xml is None:
        raise CorruptDocument(detail="word/document.xml missing")
    root = parse_xml(body_xml, "word/document.xml")
    body = root.find("w:body", NS)
    if body is None:
        raise CorruptDocument(detail="no w:body")
    blocks: list[Block] = []

    def add(kind: BlockKind, text: str, *, visible: bool = True, part: str = "word/document.xml", cell=None, note=None):
        if len(blocks) >= limits.max_blocks:
            raise HostileDocument(detail=f"more than {limits.max_blocks} blocks")
        blocks.append(Block(kind, text, Position(block=len(blocks), part=part, cell=cell), visible=visible, note=note))

    table_no = 0
    for child in body:
        if child.tag == _w + "p":
            seen, deleted = paragraph_texts(child)
            add(BlockKind.PARAGRAPH, seen)
            if deleted.strip():
                add(BlockKind.DELETION, deleted, visible=False, note="修订删除")
        elif child.tag == _w + "tbl":
            for r, tr in enumerate(child.iterfind("w:tr", NS)):
                for c, tc in enumerate(tr.iterfind("w:tc", NS)):
                    texts = [paragraph_texts(p)[0] for p in tc.iterfind(".//w:p", NS)]
                    add(BlockKind.TABLE_CELL, "\n".join(texts), cell=(table_no, r, c))
            table_no += 1
    for name in sorted(z.namelist()):
        kind = BlockKind.HEADER if name.startswith("word/header") else BlockKind.FOOTER if name.startswith("word/footer") else None
        if kind is None or not name.endswith(".xml"):
            continue
        xml = read_part(z, name)
        if xml is None:
            continue
        for p in parse_xml(xml, name).iter(_w + "p"):
            seen, _ = paragraph_texts(p)
            if seen.strip():
                add(kind, seen, part=name)
    metadata = _core_properties(z)
    zoned, fields = assign_zones(tuple(blocks))
    return Document(source=source, sha256=sha256, format="docx", blocks=zoned, fields=fields, metadata=metadata)


def _core_properties(z: zipfile.ZipFile) -> tuple[tuple[str, str], ...]:
    out = []
    xml = read_part(z, "docProps/core.xml")
    if xml:
        for el in parse_xml(xml, "docProps/core.xml"):
            if isinstance(el.tag, str) and (el.text or "").strip():
                out.append((f"core:{etree.QName(el).localname}", el.text.strip()))
    return tuple(sorted(out))
