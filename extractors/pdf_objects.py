"""What a PDF page paints over its text, what it hides, its annotations — read with pdfium's object API.

Painting order decides what a reader sees: an opaque filled rectangle or image painted *after* a
text object that it overlaps hides that text, though the characters are still in the file (the
classic black-box redaction). A fill painted *before* the text is a background (table shading) and
hides nothing. pdfplumber knows the shapes but not the painting order, so the page objects are read
from pdfium in content-stream order (1–2 ctypes calls per object, only on pages with fills/images).

White text (fill colour on a white page, nothing dark painted under it) and text in render mode 3
(invisible) are reported as invisible — except on pages with an image under the text, which is how
a searchable scan carries its OCR layer. So is text its clip path cuts away (the characters whose
centre lies outside the box the clip keeps) and text drawn at size 0, which pdfium's text page
drops altogether (pdfminer still reads it: ``pdf_machine.unread_text``).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

from .pdf_layout import CLIP_SLACK

#: Smallest box (points) that can hide a character; thinner fills are rules and underlines.
MIN_COVER = 4.0
#: Thinner than this (points) a filled or stroked path is a rule: a table border or an underline.
RULE = 2.5
#: Text drawn smaller than this (points) cannot be read: 1 pt text hidden in a line.
TINY = 2.5
#: A clip path's points are read for at most this many paths of one object, and a path with more segments than
#: MAX_CLIP_SEGMENTS is left out: the kept box only grows, so nothing visible is called clipped, and a hostile
#: page's million-point clip costs nothing. pdfium itself drops a rectangular clip that keeps the whole object,
#: so an ordinary page pays two calls per text object.
MAX_CLIP_PATHS = 16
MAX_CLIP_SEGMENTS = 64


@dataclass(slots=True)
class Cover:
    """A region whose characters a reader cannot see: painted over, white or invisible."""

    bbox: tuple[float, float, float, float]  # PDF space: left, bottom, right, top
    kind: str  # "covered" | "invisible"
    note: str
    #: Only this text object's characters (its address), and only those whose centre lies outside ``keep``
    #: (PDF space): what a clip path cuts away, not the visible text beside it.
    obj: int | None = None
    keep: tuple[float, float, float, float] | None = None
    #: Text drawn too small to see, which pdfium's text page may not hold at all (size 0): read with pdfminer
    #: when no character of the page lies in ``bbox``.
    unread: bool = False


Matrix = tuple[float, float, float, float, float, float] | None  # a b c d e f; None is identity


def _bounds(raw, obj, mat: Matrix = None) -> tuple[float, float, float, float] | None:
    """The object's bounds on the page (children of a form XObject are mapped through its matrix)."""
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
        return None
    return _map_box((l.value, b.value, r.value, t.value), mat)


def _map_box(box: tuple, mat: Matrix) -> tuple[float, float, float, float]:
    """A box in a form's space as the box that holds it on the page."""
    if mat is None:
        return box
    a, bb, c, d, e, f = mat
    pts = [(a * x + c * y + e, bb * x + d * y + f) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def _meet(a: tuple | None, b: tuple | None) -> tuple | None:
    """The intersection of two kept boxes (None keeps everything); an empty one has left > right."""
    if a is None or b is None:
        return b if a is None else a
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def _clip_box(raw, obj, mat: Matrix, pt) -> tuple[float, float, float, float] | None:
    """The box (page space) that holds what the object's clip path keeps, or None when it has no clip path.

    Every path of a clip path is intersected with the others, so the region lies inside each path's box; a
    Bézier's control points only make a box larger. ``pt`` is a pair of c_float reused across calls.
    """
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    n = raw.FPDFClipPath_CountPaths(clip)
    if n <= 0:
        return None
    x, y = pt
    kept = None
    for p in range(min(n, MAX_CLIP_PATHS)):
        segments = raw.FPDFClipPath_CountPathSegments(clip, p)
        if segments <= 0 or segments > MAX_CLIP_SEGMENTS:
            continue
        xs: list[float] = []
        ys: list[float] = []
        for k in range(segments):
            seg = raw.FPDFClipPath_GetPathSegment(clip, p, k)
            if seg and raw.FPDFPathSegment_GetPoint(seg, x, y):
                xs.append(x.value)
                ys.append(y.value)
        if xs:
            kept = _meet(kept, _map_box((min(xs), min(ys), max(xs), max(ys)), mat))
    return kept


def _cut(bb: tuple, kept: tuple) -> bool:
    """True when part of ``bb`` lies outside ``kept`` (grown by CLIP_SLACK): some characters may be cut away."""
    return (bb[0] < kept[0] - CLIP_SLACK or bb[1] < kept[1] - CLIP_SLACK or bb[2] > kept[2] + CLIP_SLACK
            or bb[3] > kept[3] + CLIP_SLACK)


def _font_size(raw, obj, mat: Matrix) -> float:
    """The size a text object is drawn at on the page: font size × the text and form matrices' scale."""
    size = ctypes.c_float()
    if not raw.FPDFTextObj_GetFontSize(obj, size):
        return 0.0
    m = raw.FS_MATRIX()
    scale = abs(m.a * m.d - m.b * m.c) ** 0.5 if raw.FPDFPageObj_GetMatrix(obj, m) else 1.0
    if mat is not None:
        scale *= abs(mat[0] * mat[3] - mat[1] * mat[2]) ** 0.5
    return size.value * scale


def _compose(outer: Matrix, inner: tuple) -> tuple:
    """``inner`` (a form's matrix) followed by ``outer`` (its parent's)."""
    if outer is None:
        return inner
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def flat_objects(page, raw, max_objects: int = 20000, max_depth: int = 6) -> list[tuple]:
    """Page objects in painting order as (object, type, matrix, kept), form XObjects opened up.

    Some producers (WPS, print-to-PDF drivers) wrap a whole page in a form XObject; without opening
    it a black box inside the form would go unseen. ``kept`` is the box (page space) the clip paths
    of the forms around the object keep, None when they keep everything: pdfium gives a child its
    own clip path in the form's space, without the form's.
    """
    out: list[tuple] = []
    pt = (ctypes.c_float(), ctypes.c_float())

    def walk(count, get, mat: Matrix, kept, depth: int) -> None:
        for i in range(count):
            if len(out) >= max_objects:
                return
            obj = get(i)
            if not obj:
                continue
            typ = raw.FPDFPageObj_GetType(obj)
            if typ == raw.FPDF_PAGEOBJ_FORM and depth < max_depth:
                m = raw.FS_MATRIX()
                inner = (m.a, m.b, m.c, m.d, m.e, m.f) if raw.FPDFPageObj_GetMatrix(obj, m) else (1, 0, 0, 1, 0, 0)
                walk(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k),
                     _compose(mat, inner), _meet(kept, _clip_box(raw, obj, mat, pt)), depth + 1)
            else:
                out.append((obj, typ, mat, kept))

    walk(raw.FPDFPage_CountObjects(page.raw), lambda k: raw.FPDFPage_GetObject(page.raw, k), None, None, 0)
    return out


def _fill(raw, obj) -> tuple[int, int, int, int] | None:
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return (r.value, g.value, b.value, a.value)


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _em_box(bb, size: float):
    """``bb`` grown to at least one em high and by half an em around.

    A text object's bounds come from its font's glyph boxes. With the font not embedded and no
    similar font installed, pdfium's fallback may report a zero-height box, and the characters'
    centres then fall just outside it: 1-pt text would read as visible on a bare machine and as
    hidden on one with CJK fonts. The em box depends on the font size alone.
    """
    l, b, r, t = bb
    half = size / 2
    return (l - half, b - half, r + half, max(t, b + size) + half)


def _area(a) -> float:
    return max(a[2] - a[0], 0) * max(a[3] - a[1], 0)


def _lum(c) -> float:
    return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255


def _opaque(pdf_raw, page, raw, obj) -> bool:
    """True when the rendered image (with its soft mask) is opaque nearly everywhere."""
    bm = raw.FPDFImageObj_GetRenderedBitmap(pdf_raw, page.raw, obj)
    if not bm:
        return True
    try:
        if raw.FPDFBitmap_GetFormat(bm) != raw.FPDFBitmap_BGRA:
            return True
        h, stride = raw.FPDFBitmap_GetHeight(bm), raw.FPDFBitmap_GetStride(bm)
        alpha = ctypes.string_at(raw.FPDFBitmap_GetBuffer(bm), stride * h)[3::4]
        return alpha.count(b"\xff") >= 0.9 * len(alpha) if alpha else True
    finally:
        raw.FPDFBitmap_Destroy(bm)


def page_covers(page, raw, pdf_raw=None, max_objects: int = 20000) -> tuple[list[Cover], bool, bool]:
    """(regions whose text a reader cannot see, whether the page has an image, whether it looks
    like it holds a ruled table) for one page."""
    objs = flat_objects(page, raw, max_objects)
    has_image = has_fill_or_image = False
    for _, typ, _, _ in objs:
        if typ == raw.FPDF_PAGEOBJ_IMAGE:
            has_image = has_fill_or_image = True
        elif typ == raw.FPDF_PAGEOBJ_PATH:
            has_fill_or_image = True
    texts: list[tuple] = []  # index, bounds, fill, render mode, size, object, kept box
    pt = (ctypes.c_float(), ctypes.c_float())
    get_clip, count_paths = raw.FPDFPageObj_GetClipPath, raw.FPDFClipPath_CountPaths  # ≈ 1 µs a text object
    covers: list[Cover] = []
    images: list[tuple] = []
    darks: list[tuple[int, tuple]] = []  # dark fills painted so far (backgrounds for white text)
    darks_lum: list[tuple[int, tuple, float]] = []
    rules = 0
    for i, (obj, typ, mat, kept) in enumerate(objs):
        if typ == raw.FPDF_PAGEOBJ_TEXT:
            bb = _bounds(raw, obj, mat)
            if bb is not None:
                if count_paths(get_clip(obj)) > 0:  # pdfium keeps no clip that keeps the whole object
                    kept = _meet(kept, _clip_box(raw, obj, mat, pt))
                texts.append((i, bb, _fill(raw, obj), raw.FPDFTextObj_GetTextRenderMode(obj), _font_size(raw, obj, mat),
                              obj, kept))
            continue
        if not has_fill_or_image or typ not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        bb = _bounds(raw, obj, mat)
        if bb is None:
            continue
        w, h = bb[2] - bb[0], bb[3] - bb[1]
        if typ == raw.FPDF_PAGEOBJ_PATH:
            mode, stroke = ctypes.c_int(), ctypes.c_int()
            if not raw.FPDFPath_GetDrawMode(obj, mode, stroke):
                continue
            if (w < RULE and h >= 12) or (h < RULE and w >= 12):
                rules += 1  # a table border drawn as a thin filled or stroked rectangle
            elif stroke.value and mode.value == 0 and w >= 40 and h >= 12:
                rules += 4  # a stroked grid or box: a ruled table
            if mode.value == 0 or w < MIN_COVER or h < MIN_COVER:
                continue
            color = _fill(raw, obj)
            if color is None or color[3] < 250:
                continue
            if _lum(color) < 0.35:
                darks.append((i, bb))
                darks_lum.append((i, bb, _lum(color)))
            label = "黑色方框" if _lum(color) < 0.2 else f"填充色块 #{color[0]:02X}{color[1]:02X}{color[2]:02X}"
            if raw.FPDFPageObj_HasTransparency(obj):
                continue
        else:
            if w < MIN_COVER or h < MIN_COVER:
                continue
            label = "图片"
        if not any(_overlap(bb, t[1]) > 0.25 * min(_area(t[1]), _area(bb)) for t in texts):
            if typ == raw.FPDF_PAGEOBJ_IMAGE:
                images.append(bb)  # painted before any text it touches: a background (or a scan)
            continue
        if typ == raw.FPDF_PAGEOBJ_IMAGE and not _opaque(pdf_raw, page, raw, obj):
            continue  # a seal or watermark with an alpha channel: the text under it shows through
        covers.append(Cover(bb, "covered", f"{label}覆盖文字"))
    for i, bb, fill, mode, size, obj, kept in texts:
        if any(_overlap(bb, im) > 0.5 * _area(bb) for im in images):
            continue  # text over a page image: the OCR layer of a searchable scan, or a label on a picture
        if mode == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            covers.append(Cover(bb, "invisible", "不可见文字（渲染模式3）"))
        elif mode == raw.FPDF_TEXTRENDERMODE_CLIP:  # only adds to the clip path: never painted
            covers.append(Cover(bb, "invisible", "不可见文字（渲染模式7，仅作裁剪路径）"))
        elif fill is not None and fill[3] == 0 and mode in (0, 2, 4, 6):
            covers.append(Cover(bb, "invisible", "全透明文字"))
        elif size < TINY:
            # size 0 (a zero font size, a collapsed text matrix) included: pdfium's text page drops such text
            note = f"极小字号文字（{size:.1f} 磅）" if size >= 0.05 else "零字号文字（阅读器不显示）"
            covers.append(Cover(_em_box(bb, size), "invisible", note, unread=True))
        elif kept is not None and _cut(bb, kept):
            covers.append(Cover(_em_box(bb, size), "invisible", "裁剪路径以外的文字（阅读器不显示）",
                                obj=ctypes.cast(obj, ctypes.c_void_p).value, keep=kept))
        elif fill is not None and fill[3] > 0 and _lum(fill) > 0.95 and mode in (0, 2, 4, 6):
            if not any(j < i and _overlap(bb, d) > 0.5 * _area(bb) for j, d in darks):
                covers.append(Cover(bb, "invisible", "白色文字"))
        elif fill is not None and _lum(fill) < 0.2 and mode in (0, 2, 4, 6):
            # black text on a black box painted *before* it: how Word exports a black highlight
            if any(j < i and _overlap(bb, d) > 0.5 * _area(bb) and dl < 0.2 for j, d, dl in darks_lum):
                covers.append(Cover(bb, "covered", "深色底纹上的深色文字"))
    return covers, has_image, rules >= 4


def largest_image_area(page, raw, max_objects: int = 20000) -> float:
    """Area (points²) of the largest image painted on the page."""
    best = 0.0
    for obj, typ, mat, _ in flat_objects(page, raw, max_objects):
        if typ == raw.FPDF_PAGEOBJ_IMAGE:
            bb = _bounds(raw, obj, mat)
            if bb is not None:
                best = max(best, _area(bb))
    return best


# -- annotations and attachments --------------------------------------------------------------

_SKIP_ANNOTS = {"LINK", "POPUP", "WIDGET"}
#: Annotations that can paint over text: a filled square drawn with the comment tools is a common
#: "redaction" that removes nothing.
_PAINTING_ANNOTS = {"SQUARE", "CIRCLE", "POLYGON", "HIGHLIGHT", "INK"}


def _annot_string(raw, annot, key: bytes) -> str:
    n = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    raw.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
    return buf.raw[: n - 2].decode("utf-16-le", errors="replace")


_SUBTYPES = (
    "UNKNOWN", "TEXT", "LINK", "FREETEXT", "LINE", "SQUARE", "CIRCLE", "POLYGON", "POLYLINE", "HIGHLIGHT", "UNDERLINE",
    "SQUIGGLY", "STRIKEOUT", "STAMP", "CARET", "INK", "POPUP", "FILEATTACHMENT", "SOUND", "MOVIE", "WIDGET", "SCREEN",
    "PRINTERMARK", "TRAPNET", "WATERMARK", "THREED", "RICHMEDIA", "XFAWIDGET", "REDACT",
)


def _subtype_name(raw, code: int) -> str:
    """The PDF annotation subtype name for pdfium's FPDF_ANNOT_* code."""
    return _SUBTYPES[code] if 0 <= code < len(_SUBTYPES) else str(code)


def _dark_annot(raw, annot, sub: str) -> bool:
    """True when the annotation paints an opaque dark area: a black box drawn with the comment tools."""
    kind = raw.FPDFANNOT_COLORTYPE_Color if sub in ("HIGHLIGHT", "INK") else raw.FPDFANNOT_COLORTYPE_InteriorColor
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFAnnot_GetColor(annot, kind, r, g, b, a):
        return False
    return a.value >= 200 and _lum((r.value, g.value, b.value)) < 0.2


def page_annotations(page, raw, limit: int = 2000) -> list[tuple]:
    """[(subtype, contents, author, rect, covers)] of annotations that carry words or paint a dark box
    over the page (links and widgets skipped)."""
    out = []
    n = raw.FPDFPage_GetAnnotCount(page.raw)
    for i in range(min(n, limit)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            sub = _subtype_name(raw, raw.FPDFAnnot_GetSubtype(annot))
            if sub in _SKIP_ANNOTS:
                continue
            contents = _annot_string(raw, annot, b"Contents")
            author = _annot_string(raw, annot, b"T")
            rect = raw.FS_RECTF()
            bb = (rect.left, rect.bottom, rect.right, rect.top) if raw.FPDFAnnot_GetRect(annot, rect) else None
            if bb is not None:
                bb = (min(bb[0], bb[2]), min(bb[1], bb[3]), max(bb[0], bb[2]), max(bb[1], bb[3]))
            covers = sub == "REDACT" or (sub in _PAINTING_ANNOTS and _dark_annot(raw, annot, sub))
            if contents.strip() or covers:
                out.append((sub, contents.strip(), author.strip(), bb, covers))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _utf16(buf, n_bytes: int) -> str:
    return bytes(buf)[: max(n_bytes - 2, 0)].decode("utf-16-le", errors="replace")


def document_info(pdf, raw) -> dict[str, str]:
    """The Info dictionary's text keys; undecodable bytes are replaced, not raised on (pypdfium2's
    ``get_metadata_dict`` raises ``UnicodeDecodeError`` on a mangled string)."""
    out = {}
    for key in ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate"):
        n = raw.FPDF_GetMetaText(pdf.raw, key.encode("ascii"), None, 0)
        if n <= 2:
            continue
        buf = ctypes.create_string_buffer(n)
        raw.FPDF_GetMetaText(pdf.raw, key.encode("ascii"), buf, n)
        value = _utf16(buf, n).strip()
        if value:
            out[key] = value
    return out


def attachments(pdf, raw, limit: int = 1000) -> list[tuple[str, int]]:
    """[(name, size)] of files embedded in the PDF."""
    out = []
    for i in range(min(raw.FPDFDoc_GetAttachmentCount(pdf.raw), limit)):
        att = raw.FPDFDoc_GetAttachment(pdf.raw, i)
        if not att:
            continue
        n = raw.FPDFAttachment_GetName(att, None, 0)
        name = ""
        if n > 2:
            buf = ctypes.create_string_buffer(n)
            raw.FPDFAttachment_GetName(att, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)), n)
            name = _utf16(buf, n)
        size = ctypes.c_ulong()
        ok = raw.FPDFAttachment_GetFile(att, None, 0, size)
        out.append((name or f"附件{i + 1}", int(size.value) if ok else -1))
    return out
