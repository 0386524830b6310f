"""OOXML document properties: core, app and custom (incl. ``MSIP_Label_*``) and Word document variables.

All of them go into ``Document.metadata`` (``core:creator``, ``app:Company``, ``custom:MSIP_Label_…_Name``,
``docvar:…``). The ones that carry words a person wrote also become ``METADATA`` blocks, so the
sensitive-data detectors read them like any other text; dates, counters and the producing
application stay metadata only.
"""

from __future__ import annotations

import zipfile

from .ooxml import local, parse_xml, read_part

#: Properties that hold free text a person typed (or a label someone chose).
TEXT_CORE = ("title", "subject", "creator", "keywords", "description", "lastModifiedBy", "category", "contentStatus", "identifier")
TEXT_APP = ("Company", "Manager", "HyperlinkBase")
MAX_VALUE = 4000


def _clip(s: str) -> str:
    s = s.strip()
    return s if len(s) <= MAX_VALUE else s[:MAX_VALUE]


def package_properties(z: zipfile.ZipFile) -> tuple[tuple[tuple[str, str], ...], list[tuple[str, str, str]]]:
    """(all properties as sorted (key, value) pairs, [(key, value, part)] for the text-bearing ones)."""
    meta: list[tuple[str, str]] = []
    blocks: list[tuple[str, str, str]] = []
    part = "docProps/core.xml"
    xml = read_part(z, part)
    if xml:
        for el in parse_xml(xml, part):
            name = local(el.tag)
            if name and (el.text or "").strip():
                key, val = f"core:{name}", _clip(el.text)
                meta.append((key, val))
                if name in TEXT_CORE:
                    blocks.append((key, val, part))
    part = "docProps/app.xml"
    xml = read_part(z, part)
    if xml:
        for el in parse_xml(xml, part):
            name = local(el.tag)
            if name and len(el) == 0 and (el.text or "").strip():
                key, val = f"app:{name}", _clip(el.text)
                meta.append((key, val))
                if name in TEXT_APP:
                    blocks.append((key, val, part))
    part = "docProps/custom.xml"
    xml = read_part(z, part)
    if xml:
        for prop in parse_xml(xml, part):
            name = prop.get("name") if local(prop.tag) == "property" else None
            if not name:
                continue
            val = "".join(c.text or "" for c in prop if isinstance(c.tag, str)).strip()
            if val:
                key = f"custom:{name}"
                meta.append((key, _clip(val)))
                blocks.append((key, _clip(val), part))
    part = "word/settings.xml"
    xml = read_part(z, part)
    if xml and b"docVar" in xml:
        for el in parse_xml(xml, part).iter():
            if local(el.tag) == "docVar":
                attrs = {local(k): v for k, v in el.attrib.items()}
                if attrs.get("name") and (attrs.get("val") or "").strip():
                    key = f"docvar:{attrs['name']}"
                    meta.append((key, _clip(attrs["val"])))
                    blocks.append((key, _clip(attrs["val"]), part))
    return tuple(sorted(meta)), blocks
