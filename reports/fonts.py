"""Font names for the docx reports: per role, the first of a fallback chain that this machine has.

A docx names its fonts; it does not carry them. Word and WPS on a bureau's Windows PC have
仿宋_GB2312 / 黑体 / 方正小标宋简体; a Debian office PC has Noto CJK (fonts-noto-cjk) and maybe
WenQuanYi, and LibreOffice there falls back to a *sans* font for a name it lacks — a notice then
prints in 黑体-like glyphs throughout. So each role has a chain, Windows names first, and the first
one installed here (asked of fontconfig's ``fc-list``) is written; the font table also lists the
Windows name as ``w:altName`` of the chosen one, which Word and WPS use when the chosen one is
missing on the reading PC. With no fontconfig (Windows, a bare container) the chain's head is used.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

#: role → fallback chain. The Windows/WPS names first, then Debian's packaged CJK fonts.
CHAINS: dict[str, tuple[str, ...]] = {
    "fangsong": ("仿宋_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"),
    "heiti": ("黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"),
    "title": ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"),
    "songti": ("宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"),
}


@lru_cache(maxsize=1)
def installed() -> frozenset[str] | None:
    """Family names fontconfig knows, or None where there is no fontconfig to ask."""
    exe = shutil.which("fc-list")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, ":", "family"], capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    names: set[str] = set()
    for line in out.splitlines():
        names.update(n.strip() for n in line.split(",") if n.strip())
    return frozenset(names)


def family(role_or_name: str) -> str:
    """The font to write for a role (``fangsong`` …); any other string is taken as a font name as it is."""
    chain = CHAINS.get(role_or_name)
    if chain is None:
        return role_or_name
    return family_of(chain)


def declare(docx_document) -> None:
    """Add each chosen font to the docx font table with the role's Windows name as ``w:altName``."""
    from docx.oxml.ns import qn
    from lxml import etree

    part = next((r.target_part for r in docx_document.part.rels.values() if r.reltype.endswith("/fontTable")), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for chain in CHAINS.values():
        chosen = family_of(chain)
        if chosen in known:
            continue
        el = etree.SubElement(root, qn("w:font"))
        el.set(qn("w:name"), chosen)
        if chosen != chain[0]:
            etree.SubElement(el, qn("w:altName")).set(qn("w:val"), chain[0])
        etree.SubElement(el, qn("w:charset")).set(qn("w:val"), "86")  # GB2312
        known.add(chosen)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def family_of(chain: tuple[str, ...]) -> str:
    """The first installed name of ``chain`` (its head when nothing can be asked)."""
    have = installed()
    return chain[0] if have is None else next((n for n in chain if n in have), chain[0])
