"""OFD (GB/T 33190-2016) → Document: text objects of each page, in page order, with positions.

An OFD is a zip: ``OFD.xml`` → ``DocBody/DocRoot`` (``Doc_0/Document.xml``) → ``Pages/Page/@BaseLoc``
→ each page's ``Content.xml`` with ``TextObject/TextCode``. Lines are rebuilt from the text codes'
baselines and merged into paragraphs like PDF lines (``pdf_layout``); positions are converted from
millimetres to points so a bbox means the same for PDF and OFD. What only a machine reads:
white or unfilled text (INVISIBLE), text under a filled ``PathObject`` painted after it (COVERED),
annotations with a ``Remark`` (ANNOTATION), attachments (EMBEDDED), DocInfo (METADATA).
"""

from __future__ import annotations

import posixpath

from .errors import CorruptDocument, HostileDocument, NoTextLayer
from .model import Block, BlockKind, Document, Position
from .ooxml import local, open_package, parse_xml, read_part
from .pdf_layout import Line, merge_paragraphs, split_bands
from .registry import Limits, register, too_much_text
from .zones import assign_zones

MM = 72 / 25.4  # points per millimetre
_TEXT_INFO = ("Title", "Author", "Subject", "Abstract", "Keywords", "CustomData")


def _child(el, name: str):
    if el is None:
        return None
    for c in el:
        if local(c.tag) == name:
            return c
    return None


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip()
    if loc.startswith("/"):
        return loc.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, loc))


def _nums(s: str | None, n: int) -> list[float]:
    out = []
    for tok in (s or "").replace(",", " ").split()[:n]:
        try:
            out.append(float(tok))
        except ValueError:
            out.append(0.0)
    return out + [0.0] * (n - len(out))


def _delta_sum(s: str | None, count: int, size: float) -> float:
    """Width covered by DeltaX (``g`` repeats are expanded); falls back to one em per character."""
    if not s:
        return size * max(count - 1, 0)
    toks = s.split()
    total, i, used = 0.0, 0, 0
    while i < len(toks) and used < count - 1:
        if toks[i] == "g" and i + 2 < len(toks):
            k, v = int(_nums(toks[i + 1], 1)[0]), _nums(toks[i + 2], 1)[0]
            take = min(k, count - 1 - used)
            total += take * v
            used += take
            i += 3
        else:
            total += _nums(toks[i], 1)[0]
            used += 1
            i += 1
    return total


def _color_white(el) -> bool:
    fc = _child(el, "FillColor")
    if fc is None:
        return False
    v = _nums(fc.get("Value"), 3)
    return all(c >= 245 for c in v)


def _templates(doc, doc_dir: str) -> dict[str, str]:
    """TemplatePage ID → its content part (版头 and red rules often live in a template page)."""
    out = {}
    common = _child(doc, "CommonData")
    for t in common if common is not None else ():
        if local(t.tag) == "TemplatePage" and t.get("BaseLoc"):
            out[t.get("ID") or ""] = _resolve(doc_dir, t.get("BaseLoc"))
    return out


def _copy_line(ln: Line) -> Line:
    return Line(ln.text, ln.x0, ln.top, ln.x1, ln.bottom, ln.size)


def _page(root, part: str, box: tuple[float, float] = (210.0, 297.0)) -> tuple[list[Line], list[tuple[str, tuple, str]]]:
    """(visible lines, [(kind, bbox, text)] machine-only) of one parsed Content.xml, in points. ``box``: the page's
    width and height in mm — text wholly outside it is in the file but on no page a reader sees."""
    texts: list[tuple[int, tuple, str, float, str]] = []  # order, box(mm x0,top,x1,bottom), text, size, why invisible
    fills: list[tuple[int, tuple]] = []
    for order, obj in enumerate(root.iter()):
        name = local(obj.tag)
        if name == "PathObject" and (obj.get("Fill") or "false").lower() == "true":
            fc = _child(obj, "FillColor")
            if fc is None or sum(_nums(fc.get("Value"), 3)) / 3 < 90:
                bx, by, bw, bh = _nums(obj.get("Boundary"), 4)
                if bw >= 1.4 and bh >= 1.4:
                    fills.append((order, (bx, by, bx + bw, by + bh)))
            continue
        if name != "TextObject":
            continue
        bx, by, _, _ = _nums(obj.get("Boundary"), 4)
        size = _nums(obj.get("Size"), 1)[0] or 3.5
        invisible = "invisible" if _color_white(obj) or ((obj.get("Fill") or "true").lower() == "false"
                                                         and (obj.get("Stroke") or "false").lower() == "false") else ""
        if (obj.get("Visible") or "true").lower() == "false" or (obj.get("Alpha") or "255").strip() == "0":
            invisible = "transparent"
        for code in obj:
            if local(code.tag) != "TextCode" or not code.text:
                continue
            x = bx + _nums(code.get("X"), 1)[0]
            base = by + _nums(code.get("Y"), 1)[0]
            w = _delta_sum(code.get("DeltaX"), len(code.text), size) + size
            texts.append((order, (x, base - size, x + w, base + 0.2 * size), code.text, size, invisible))
    hidden: list[tuple[str, tuple, str]] = []
    visible: list[tuple[tuple, str, float]] = []
    for order, b, text, size, invisible in texts:
        covered = any(o > order and _overlap(b, f) > 0.4 * _area(b) for o, f in fills)
        pts = tuple(round(v * MM, 1) for v in b)
        off = b[0] >= box[0] or b[2] <= 0 or b[1] >= box[1] or b[3] <= 0
        if covered:
            hidden.append(("covered", pts, text))
        elif off:
            hidden.append(("offpage", pts, text))
        elif invisible:
            hidden.append((invisible, pts, text))
        else:
            visible.append((b, text, size))
    rows: dict[float, list[tuple[tuple, str, float]]] = {}
    for box, text, size in visible:
        rows.setdefault(round(box[3] * 2) / 2, []).append((box, text, size))
    lines = []
    for key in sorted(rows):
        items = sorted(rows[key], key=lambda t: t[0][0])
        text = "".join(t[1] for t in items)
        x0, top = min(t[0][0] for t in items), min(t[0][1] for t in items)
        x1, bottom = max(t[0][2] for t in items), max(t[0][3] for t in items)
        lines.append(Line(text, x0 * MM, top * MM, x1 * MM, bottom * MM, max(t[2] for t in items) / 25.4 * 72))
    return lines, hidden


def _composite_units(z, doc, doc_dir: str) -> dict[str, str]:
    """The text of each CompositeGraphicUnit of the document's resources, by ID (a page draws one by reference)."""
    out: dict[str, str] = {}
    common = _child(doc, "CommonData")
    for el in common if common is not None else ():
        if local(el.tag) not in ("PublicRes", "DocumentRes") or not (el.text or "").strip():
            continue
        path = _resolve(doc_dir, el.text)
        xml = read_part(z, path)
        if xml is None:
            continue
        for unit in parse_xml(xml, path).iter():
            if local(unit.tag) == "CompositeGraphicUnit" and unit.get("ID"):
                text = "".join(c.text or "" for c in unit.iter() if local(c.tag) == "TextCode").strip()
                if text:
                    out[unit.get("ID")] = text
    return out


def _composites(root, units: dict[str, str]) -> list[Line]:
    """A line for each CompositeObject of the page that draws a unit with text, where its boundary puts it (in points)."""
    out = []
    for obj in root.iter():
        if local(obj.tag) == "CompositeObject" and obj.get("ResourceID") in units:
            bx, by, bw, bh = _nums(obj.get("Boundary"), 4)
            out.append(Line(units[obj.get("ResourceID")], bx * MM, by * MM, (bx + bw) * MM, (by + bh) * MM, 10.5))
    return out


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _area(a) -> float:
    return max(a[2] - a[0], 0.01) * max(a[3] - a[1], 0.01)


def _linked_part(z, doc, doc_dir: str, name: str):
    """(path, parsed root) of the part ``Document.xml`` names in its ``<name>`` element, or None."""
    loc = _child(doc, name)
    if loc is None or not (loc.text or "").strip():
        return None
    path = _resolve(doc_dir, loc.text)
    xml = read_part(z, path)
    return None if xml is None else (path, parse_xml(xml, path))


def _annotations(z, doc, doc_dir: str, page_ids: dict[str, int]) -> list[tuple[int | None, str, str]]:
    """[(page number, text, note)] for annotations that carry words (links skipped)."""
    linked = _linked_part(z, doc, doc_dir, "Annotations")
    if linked is None:
        return []
    path, root = linked
    out = []
    base = posixpath.dirname(path)
    for page in root:
        if local(page.tag) != "Page":
            continue
        fl = _child(page, "FileLoc")
        if fl is None or not (fl.text or "").strip():
            continue
        apath = _resolve(base, fl.text)
        axml = read_part(z, apath)
        if axml is None:
            continue
        for annot in parse_xml(axml, apath):
            if local(annot.tag) != "Annot" or (annot.get("Type") or "") == "Link":
                continue
            words = []
            rem = _child(annot, "Remark")
            if rem is not None and (rem.text or "").strip():
                words.append(rem.text.strip())
            params = _child(annot, "Parameters")
            for p in params if params is not None else ():
                if (p.text or "").strip():
                    words.append(f"{p.get('Name') or ''}：{p.text.strip()}")
            look = _child(annot, "Appearance")  # what a watermark or a stamp draws on the page
            if look is not None:
                drawn = "".join(c.text or "" for c in look.iter() if local(c.tag) == "TextCode").strip()
                if drawn:
                    words.append(drawn)
            if words:
                who = annot.get("Creator")
                note = f"注释 {annot.get('Type') or ''}" + (f"；作者：{who}" if who else "")
                out.append((page_ids.get(page.get("PageID") or ""), "\n".join(words), note))
    return out


def _attachments(z, doc, doc_dir: str) -> list[tuple[str, str]]:
    linked = _linked_part(z, doc, doc_dir, "Attachments")
    if linked is None:
        return []
    out = []
    for a in linked[1]:
        if local(a.tag) == "Attachment":
            name = (a.get("Name") or "") + ("." + a.get("Format") if a.get("Format") else "")
            out.append((name or "附件", f"嵌入附件，{a.get('Size') or '?'} KB"))
    return out


def _docinfo(body) -> list[tuple[str, str]]:
    info = _child(body, "DocInfo")
    meta = []
    for el in info if info is not None else ():
        name = local(el.tag)
        if name == "Keywords":
            kws = [k.text.strip() for k in el if (k.text or "").strip()]
            if kws:
                meta.append(("ofd:Keywords", "；".join(kws)))
        elif name == "CustomDatas":
            for cd in el:
                if (cd.text or "").strip():
                    meta.append((f"ofd:CustomData:{cd.get('Name') or ''}", cd.text.strip()))
        elif (el.text or "").strip():
            meta.append((f"ofd:{name}", el.text.strip()))
    return meta


@register("ofd")
def extract_ofd(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
    """Paragraphs per page (with 页眉/页脚 bands), hidden and covered text, annotations, attachments, DocInfo."""
    z = open_package(data, limits)
    root = parse_xml(read_part(z, "OFD.xml") or b"", "OFD.xml")
    body = _child(root, "DocBody")
    doc_root_el = _child(body, "DocRoot")
    if doc_root_el is None or not (doc_root_el.text or "").strip():
        raise CorruptDocument(detail="OFD.xml has no DocBody/DocRoot")
    doc_path = _resolve("", doc_root_el.text)
    doc_dir = posixpath.dirname(doc_path)
    doc_xml = read_part(z, doc_path)
    if doc_xml is None:
        raise CorruptDocument(detail=f"{doc_path} missing")
    doc = parse_xml(doc_xml, doc_path)
    meta = _docinfo(body)
    pages_el = _child(doc, "Pages")
    pages = [p for p in (pages_el if pages_el is not None else []) if local(p.tag) == "Page"]
    if len(pages) > limits.max_pages:
        raise HostileDocument(detail=f"{len(pages)} pages > limit {limits.max_pages}")
    area = _child(_child(_child(doc, "CommonData"), "PageArea"), "PhysicalBox")
    _, _, page_w, page_h = _nums(area.text if area is not None else "0 0 210 297", 4)
    page_box = (page_w or 210.0, page_h or 297.0)
    height = page_box[1] * MM
    units = _composite_units(z, doc, doc_dir)
    templates = _templates(doc, doc_dir)
    blocks: list[Block] = []
    page_ids: dict[str, int] = {}
    parsed: dict[str, tuple[list[Line], list]] = {}
    chars = counted = 0
    for pno, page in enumerate(pages, 1):
        page_ids[page.get("ID") or ""] = pno
        loc = page.get("BaseLoc")
        if not loc:
            continue
        part = _resolve(doc_dir, loc)
        xml = read_part(z, part)
        if xml is None:
            raise CorruptDocument(detail=f"page {pno}: {part} missing")
        root = parse_xml(xml, part)
        lines, hidden = _page(root, part, page_box)
        drawn = _composites(root, units)  # the text of the composite graphic units the page draws
        if drawn:
            lines = sorted(lines + drawn, key=lambda ln: (round(ln.top), ln.x0))
        for tid in [t.get("TemplateID") for t in root if local(t.tag) == "Template"]:
            tpart = templates.get(tid or "")
            if tpart is None:
                continue
            if tpart not in parsed:  # a template is shared by many pages: parse it once
                txml = read_part(z, tpart)
                parsed[tpart] = _page(parse_xml(txml, tpart), tpart) if txml is not None else ([], [])
            t_lines, t_hidden = parsed[tpart]
            lines = sorted([_copy_line(ln) for ln in t_lines] + lines, key=lambda ln: (round(ln.top), ln.x0))
            hidden = list(t_hidden) + hidden
        head, main, foot = split_bands(lines, height)
        items = [(BlockKind.HEADER, ln) for ln in head] + [(BlockKind.PARAGRAPH, ln) for ln in merge_paragraphs(main)]
        items += [(BlockKind.FOOTER, ln) for ln in foot]
        for kind, ln in items:
            text = ln.text.strip(" \u3000\t")
            if text:
                blocks.append(Block(kind, text, Position(page=pno, block=len(blocks), bbox=ln.bbox, part=part)))
        for kind, bbox, text in hidden:
            k = BlockKind.COVERED if kind == "covered" else BlockKind.INVISIBLE
            note = {"covered": "填充路径覆盖文字", "offpage": "页面外的文字（阅读器不显示）",
                    "transparent": "全透明或设为不可见的文字"}.get(kind, "白色或不填充的文字")
            blocks.append(Block(k, text, Position(page=pno, block=len(blocks), bbox=bbox, part=part), visible=False, note=note))
        if len(blocks) > limits.max_blocks:
            raise HostileDocument(detail=f"more than {limits.max_blocks} blocks")
        chars += sum(len(b.text) for b in blocks[counted:])
        counted = len(blocks)
        if chars > limits.max_text_chars:
            raise too_much_text(chars, limits)
    if not any(b.visible for b in blocks):
        raise NoTextLayer(detail="OFD pages carry no TextObject")
    for pno, text, note in _annotations(z, doc, doc_dir, page_ids):
        blocks.append(Block(BlockKind.ANNOTATION, text, Position(page=pno, block=len(blocks)), visible=False, note=note))
    for name, note in _attachments(z, doc, doc_dir):
        blocks.append(Block(BlockKind.EMBEDDED, name, Position(block=len(blocks), part="Attachments"), visible=False, note=note))
    for key, value in meta:
        if key.split(":")[1] in _TEXT_INFO:
            blocks.append(Block(BlockKind.METADATA, value, Position(block=len(blocks), part="OFD.xml"), visible=False, note=key))
    zoned, fields = assign_zones(tuple(blocks))
    return Document(source=source, sha256=sha256, format="ofd", blocks=zoned, fields=fields, metadata=tuple(sorted(meta)),
                    page_count=len(pages))
