"""The few run properties that decide whether a reader can see a run: hidden, colour, size, shading.

Resolution follows WordprocessingML's order (ECMA-376 §17.7.2): document defaults → paragraph
style (with ``basedOn``) → character style → direct formatting. Only ``w:vanish``, ``w:color``,
``w:sz``, ``w:highlight`` and ``w:shd`` are resolved; the rest of the style sheet is ignored.
A bureau's documents share a template, so parsed style sheets are cached by their bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .ooxml import SAFE_PARSER

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_w = "{%s}" % W
RPR, PPR = _w + "rPr", _w + "pPr"
_OFF = frozenset({"0", "false", "off"})
#: Highlight names dark enough that black text on them cannot be read.
DARK_HIGHLIGHTS = frozenset({"black", "darkBlue", "darkGray", "darkGreen", "darkMagenta", "darkRed", "darkCyan"})
_HL_HEX = {"black": "000000", "darkBlue": "000080", "darkGray": "808080", "darkGreen": "008000", "darkMagenta": "800080",
           "darkRed": "800000", "darkCyan": "008080", "white": "FFFFFF", "yellow": "FFFF00", "lightGray": "C0C0C0"}


@dataclass(frozen=True, slots=True)
class RunFx:
    """Visibility-relevant run properties; None means 'inherit'."""

    vanish: bool | None = None
    color: str | None = None  # RRGGBB upper-case, or "auto"
    theme: str | None = None  # w:themeColor (background1 is white in every stock theme)
    sz: int | None = None  # half-points
    highlight: str | None = None
    shd: str | None = None  # background fill RRGGBB

    def over(self, base: "RunFx") -> "RunFx":
        """``self`` layered over ``base``."""
        return RunFx(
            self.vanish if self.vanish is not None else base.vanish,
            self.color if self.color is not None else base.color,
            self.theme if self.theme is not None else (base.theme if self.color is None else None),
            self.sz if self.sz is not None else base.sz,
            self.highlight if self.highlight is not None else base.highlight,
            self.shd if self.shd is not None else base.shd,
        )


EMPTY = RunFx()


def read_rpr(rpr) -> RunFx:
    """The visibility properties set directly on one ``w:rPr``."""
    if rpr is None:
        return EMPTY
    vanish = color = theme = sz = hl = shd = None
    for el in rpr:
        tag = el.tag
        if tag == _w + "vanish":  # not specVanish (a style separator) nor webHidden (web view only)
            vanish = (el.get(_w + "val") or "true").lower() not in _OFF
        elif tag == _w + "color":
            color = (el.get(_w + "val") or "auto").upper()
            theme = el.get(_w + "themeColor")
            color = "auto" if color == "AUTO" else color
        elif tag == _w + "sz":
            try:
                sz = int(el.get(_w + "val") or 0)
            except ValueError:
                sz = None
        elif tag == _w + "highlight":
            hl = el.get(_w + "val")
        elif tag == _w + "shd":
            fill = (el.get(_w + "fill") or "").upper()
            shd = fill if re.fullmatch(r"[0-9A-F]{6}", fill) else None
    if vanish is color is theme is sz is hl is shd is None:
        return EMPTY
    return RunFx(vanish, color, theme, sz, hl, shd)


class StyleSheet:
    """Paragraph and character styles reduced to ``RunFx``; empty when the sheet sets nothing relevant."""

    def __init__(self, defaults: RunFx = EMPTY, para: dict[str, RunFx] | None = None, char: dict[str, RunFx] | None = None,
                 default_para: str | None = None):
        self.defaults = defaults
        self.para = para or {}
        self.char = char or {}
        self.default_para = default_para

    def paragraph_fx(self, p) -> RunFx:
        """Defaults plus the paragraph's style."""
        if not self.para:
            return self.defaults
        sid = self.default_para
        ppr = p.find(PPR)
        if ppr is not None:
            ps = ppr.find(_w + "pStyle")
            if ps is not None:
                sid = ps.get(_w + "val")
        fx = self.para.get(sid or "")
        return fx.over(self.defaults) if fx else self.defaults

    def run_fx(self, r, para_fx: RunFx) -> RunFx:
        """The run's effective properties over ``para_fx``."""
        rpr = r.find(RPR)
        if rpr is None:
            return para_fx
        fx = para_fx
        if self.char:
            rs = rpr.find(_w + "rStyle")
            if rs is not None and rs.get(_w + "val") in self.char:
                fx = self.char[rs.get(_w + "val")].over(fx)
        direct = read_rpr(rpr)
        return fx if direct is EMPTY else direct.over(fx)


def _lum(hex6: str) -> float:
    r, g, b = (int(hex6[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _hex(c: str | None) -> str | None:
    return c if c and re.fullmatch(r"[0-9A-F]{6}", c) else None


def run_effect(fx: RunFx):
    """None when a reader sees the run; else (BlockKind, note) for hidden, covered or invisible text."""
    from .model import BlockKind

    if fx is EMPTY:
        return None
    if fx.vanish:
        return (BlockKind.HIDDEN, "隐藏文字（w:vanish）")
    color = _hex(fx.color)
    bg = _hex(fx.shd) or (_HL_HEX.get(fx.highlight or "") if fx.highlight and fx.highlight != "none" else None)
    text_lum = _lum(color) if color else (1.0 if (fx.theme or "").lower() in ("background1", "light1") else None)
    if bg is not None:
        bg_lum = _lum(bg)
        dark_text = text_lum is not None and text_lum < 0.3 or (text_lum is None and fx.highlight in DARK_HIGHLIGHTS)
        if bg_lum < 0.3 and dark_text:
            return (BlockKind.COVERED, f"深色底纹遮盖（{fx.highlight or bg}）")
        if text_lum is not None and abs(text_lum - bg_lum) < 0.08:
            return (BlockKind.INVISIBLE, f"文字颜色与底纹相同（{color or fx.theme}）")
        if bg_lum < 0.3:
            return None  # light text on a dark background is readable
    if text_lum is not None and text_lum > 0.92:
        return (BlockKind.INVISIBLE, f"白色或近白色文字（{color or fx.theme}）")
    if fx.sz is not None and 0 < fx.sz <= 2:
        return (BlockKind.INVISIBLE, f"极小字号（{fx.sz / 2:g} 磅）")
    return None


_MARKERS = re.compile(rb"vanish|[Ff]{6}|background1|highlight|<w:shd|w:sz w:val=\"[12]\"")


_CACHE: dict[tuple[int, int], StyleSheet] = {}


def styles_of(z, read_part) -> StyleSheet:
    """The style sheet of a package's ``word/styles.xml``, cached by the member's CRC and size: a
    bureau's documents share a template, so the 350 KB sheet is neither inflated nor parsed again."""
    try:
        info = z.getinfo("word/styles.xml")
    except KeyError:
        return StyleSheet()
    key = (info.CRC, info.file_size)
    if key not in _CACHE:
        if len(_CACHE) >= 32:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = load_styles(read_part(z, "word/styles.xml"))
    return _CACHE[key]


def load_styles(data: bytes | None) -> StyleSheet:
    """The style sheet of ``word/styles.xml``; a sheet that sets nothing relevant costs one scan."""
    if not data or not _MARKERS.search(data):
        return StyleSheet()
    return _parse_styles(data)


def _parse_styles(data: bytes) -> StyleSheet:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return StyleSheet()  # document.xml's own check reports hostile parts; styles only refine
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return StyleSheet()  # a broken style sheet only loses formatting, not text
    defaults = EMPTY
    dd = root.find(f"{_w}docDefaults/{_w}rPrDefault/{RPR}")
    if dd is not None:
        defaults = read_rpr(dd)
    raw: dict[str, tuple[str, str | None, RunFx]] = {}
    default_para = None
    for st in root.iter(_w + "style"):
        sid = st.get(_w + "styleId") or ""
        typ = st.get(_w + "type") or "paragraph"
        if typ not in ("paragraph", "character"):
            continue
        based = st.find(_w + "basedOn")
        raw[sid] = (typ, based.get(_w + "val") if based is not None else None, read_rpr(st.find(RPR)))
        if typ == "paragraph" and (st.get(_w + "default") or "").lower() in ("1", "true", "on"):
            default_para = sid

    def resolve(sid: str, depth: int = 0) -> RunFx:
        typ, based, fx = raw[sid]
        if based and based in raw and depth < 20:
            return fx.over(resolve(based, depth + 1))
        return fx

    para = {k: resolve(k) for k, v in raw.items() if v[0] == "paragraph"}
    char = {k: resolve(k) for k, v in raw.items() if v[0] == "character"}
    para = {k: v for k, v in para.items() if v != EMPTY}
    char = {k: v for k, v in char.items() if v != EMPTY}
    return StyleSheet(defaults, para, char, default_para)


__all__ = ["RunFx", "StyleSheet", "load_styles", "read_rpr", "run_effect"]
