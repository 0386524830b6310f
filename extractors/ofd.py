"""OFD (GB/T 33190-2016) → Document: text objects of each page, in page order.

An OFD is a zip: ``OFD.xml`` → ``DocBody/DocRoot`` (``Doc_0/Document.xml``) → ``Pages/Page/@BaseLoc``
→ each page's ``Content.xml`` with ``TextObject/TextCode``. Lines are rebuilt from the text codes'
baselines (Y), in reading order.
"""

from __future__ import annotations

import posixpath

from .docx_extractor import open_package, parse_xml, read_part
from .errors import CorruptDocument, HostileDocument, NoTextLayer
from .model import Block, BlockKind, Document, Position
from .registry import Limits, register
from .zones import assign_zones


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip()
    if loc.startswith("/"):
        return loc.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, loc))


@register("ofd")
def extract_ofd(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    z = open_package(data, limits)
    root = parse_xml(read_part(z, "OFD.xml") or b"", "OFD.xml")
    body = _child(root, "DocBody")
    doc_root_el = _child(body, "DocRoot") if body is not None else None
    if doc_root_el is None or not (doc_root_el.text or "").strip():
        raise CorruptDocument(detail="OFD.xml has no DocBody/DocRoot")
    doc_path = _resolve("", doc_root_el.text)
    doc_dir = posixpath.dirname(doc_path)
    doc_xml = read_part(z, doc_path)
    if doc_xml is None:
        raise CorruptDocument(detail=f"{doc_path} missing")
    doc = parse_xml(doc_xml, doc_path)
    meta = []
    info = _child(body, "DocInfo")
    if info is not None:
        for el in info:
            if (el.text or "").strip():
                meta.append((f"ofd:{_local(el.tag)}", el.text.strip()))
    pages_el = _child(doc, "Pages")
    pages = [p for p in (pages_el if pages_el is not None else []) if _local(p.tag) == "Page"]
    if len(pages) > limits.max_pages:
        raise HostileDocument(detail=f"{len(pages)} pages > limit {limits.max_pages}")
    blocks: list[Block] = []
    for pno, page in enumerate(pages, 1):
        loc = page.get("BaseLoc")
        if not loc:
            continue
        part = _resolve(doc_dir, loc)
        xml = read_part(z, part)
        if xml is None:
            raise CorruptDocument(detail=f"page {pno}: {part} missing")
        lines: dict[float, list[tuple[float, str]]] = {}
        for obj in parse_xml(xml, part).iter():
            if _local(obj.tag) != "TextObject":
                continue
            bx = [float(v) for v in (obj.get("Boundary") or "0 0 0 0").split()[:4]] + [0, 0, 0, 0]
            for code in obj:
                if _local(code.tag) != "TextCode" or not code.text:
                    continue
                x = bx[0] + float(code.get("X") or 0)
                y = round(bx[1] + float(code.get("Y") or 0), 1)
                lines.setdefault(y, []).append((x, code.text))
        for y in sorted(lines):
            text = "".join(t for _, t in sorted(lines[y])).strip()
            if text:
                blocks.append(Block(BlockKind.PARAGRAPH, text, Position(page=pno, block=len(blocks), part=part)))
    if not blocks:
        raise NoTextLayer(detail="OFD pages carry no TextObject")
    zoned, fields = assign_zones(tuple(blocks))
    return Document(source=source, sha256=sha256, format="ofd", blocks=zoned, fields=fields, metadata=tuple(sorted(meta)), page_count=len(pages))
