"""Write a ``GongwenSpec`` as an OFD package (GB/T 33190-2016), the fixed layout OA systems export.

The package is what the extractor must read: ``OFD.xml`` (DocInfo with title, author, keywords,
custom data) → ``Doc_0/Document.xml`` → one ``Content.xml`` per page with a ``TextObject`` per line
(``Boundary`` and ``TextCode X/Y`` in millimetres, y downward), plus optional annotations and
attachments. Layout as in ``pdf_writer``: A4, 版心 156 × 225 mm, 28 characters a line.

Hidden kinds planted after body paragraph ``anchor``: ``covered`` (a black ``PathObject`` painted over
the line), ``white`` (white text), ``annotation`` (an ``Annot`` with a ``Remark``, ``extra`` =
creator); anywhere: ``property`` (DocInfo ``extra`` = Keywords/Subject/Abstract/Author, or a
``CustomData`` of that name), ``attachment`` (an attached file named ``extra``).
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from .pdf_writer import CHARS_PER_LINE, wrap
from .spec import GongwenSpec, Table

NS = "http://www.ofdspec.org/2016"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, WIDTH, BODY_H = 28.0, 37.0, 156.0, 225.0
LINE_H = BODY_H / 22
PT = 25.4 / 72  # millimetres per point
_DOCINFO = ("Title", "Author", "Subject", "Abstract", "Creator")


def _e(s: str) -> str:
    return escape(s, {'"': "&quot;"})


class _Layout:
    """Lines placed page by page; each becomes a TextObject (and maybe a box or an annotation)."""

    def __init__(self, header: str | None):
        self.pages: list[list[str]] = []
        self.annots: dict[int, list[str]] = {}
        self.header = header
        self.next_id = 10
        self._new_page()

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = TOP
        if self.header:
            self._text(self.header, LEFT, 17.0, 10)

    def _text(self, text: str, x: float, y: float, size_pt: float, color: str = "0 0 0") -> float:
        size = size_pt * PT
        widths = [size * (0.5 if c.isascii() else 1.0) for c in text]
        w = sum(widths)
        dx = " ".join(f"{v:.3f}" for v in widths[:-1])
        self.pages[-1].append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{x:.2f} {y - size:.2f} {w + 1:.2f} {size * 1.3:.2f}" Font="3" '
            f'Size="{size:.3f}"><ofd:FillColor Value="{color}"/><ofd:TextCode X="0" Y="{size:.3f}"'
            + (f' DeltaX="{dx}"' if dx else "") + f">{_e(text)}</ofd:TextCode></ofd:TextObject>"
        )
        return w

    def line(self, text: str, size_pt: float = 16, align: str = "left", style: str = "") -> None:
        if self.y > TOP + BODY_H:
            self._finish_page()
            self._new_page()
        size = size_pt * PT
        w = sum(size * (0.5 if c.isascii() else 1.0) for c in text)
        x = LEFT if align == "left" else (PAGE_W - w) / 2 if align == "center" else LEFT + WIDTH - 8 - w
        y = self.y + size
        w = self._text(text, x, y, size_pt, "255 255 255" if style == "white" else "0 0 0")
        if style == "covered":
            self.pages[-1].append(
                f'<ofd:PathObject ID="{self._id()}" Boundary="{x - 0.5:.2f} {y - size - 0.5:.2f} {w + 1:.2f} {size * 1.3 + 1:.2f}" '
                f'Fill="true" Stroke="false"><ofd:FillColor Value="0 0 0"/><ofd:AbbreviatedData>M 0 0 L {w + 1:.2f} 0 '
                f'L {w + 1:.2f} {size * 1.3 + 1:.2f} L 0 {size * 1.3 + 1:.2f} C</ofd:AbbreviatedData></ofd:PathObject>'
            )
        self.y += LINE_H if size_pt >= 14 else LINE_H * 0.8

    def annotate(self, remark: str, creator: str) -> None:
        self.annots.setdefault(len(self.pages) - 1, []).append(
            f'<ofd:Annot ID="{self._id()}" Type="Highlight" Creator="{_e(creator)}" LastModDate="2026-11-20">'
            f"<ofd:Remark>{_e(remark)}</ofd:Remark><ofd:Appearance Boundary=\"{LEFT:.1f} {self.y:.1f} 20 8\"/></ofd:Annot>"
        )

    def _finish_page(self) -> None:
        n = len(self.pages)
        self._text(f"— {n} —", PAGE_W / 2 - 8, PAGE_H - 20 + 4.9, 14)

    def close(self) -> None:
        self._finish_page()


def layout(spec: GongwenSpec, first_page_offset: float = 0.0) -> _Layout:
    """Place every element of ``spec`` on pages (the same order as the PDF writer)."""
    lo = _Layout(spec.header)
    lo.y += first_page_offset  # room for a template's 版头 on the first page
    for v in (spec.copy_number, spec.secrecy, spec.work_secret_mark, spec.urgency):
        if v:
            lo.line(v)
    if spec.issuer:
        lo.line(spec.issuer, 22, "center")
    if spec.doc_number:
        lo.line(spec.doc_number + (f"    签发人：{spec.signer}" if spec.signer else ""), 16, "center")
    for ln in wrap(spec.title, 20, 0):
        lo.line(ln, 20, "center")
    if spec.recipients:
        for ln in wrap(spec.recipients, indent=0):
            lo.line(ln)
    planted: dict[int, list] = {}
    for h in spec.hidden:
        if h.kind in ("covered", "white", "annotation"):
            planted.setdefault(h.anchor, []).append(h)
    bi = 0
    for item in spec.body:
        if isinstance(item, Table):
            for row in item.rows:
                lo.line("  ".join(row), 12)
            continue
        for ln in wrap(item, CHARS_PER_LINE):
            lo.line(ln)
        for h in planted.get(bi, ()):
            if h.kind == "annotation":
                lo.annotate(h.text, h.extra or "审核人")
            else:
                lo.line(h.text, style=h.kind)
        bi += 1
    for i, a in enumerate(spec.attachments):
        lo.line(("　　附件：" if i == 0 else "　　　　　") + a)
    lo.line(spec.signature, 16, "right")
    lo.line(spec.date, 16, "right")
    for n in spec.notes:
        lo.line("　　" + n)
    for row in spec.record_rows:
        lo.line(row, 14)
    if spec.cc:
        for ln in wrap("抄送：" + spec.cc, indent=0):
            lo.line(ln, 14)
    lo.line(f"{spec.printer}　　{spec.print_date}印发", 14)
    lo.close()
    return lo


def write_ofd(spec: GongwenSpec, path: str | Path, *, issuer_in_template: bool = False) -> Path:
    """Write ``spec`` as an OFD file at ``path``; deterministic bytes for the same spec.

    ``issuer_in_template`` moves the 发文机关标志 into a ``TemplatePage`` shared by every page, as
    some OA exports do (the red 版头 is a template; only the first page's position is used).
    """
    template_xml = ""
    if issuer_in_template and spec.issuer:
        t = _Layout(None)
        t.line(spec.issuer, 22, "center")
        template_xml = "".join(t.pages[0])
        spec = replace(spec, issuer="")
    lo = layout(spec, first_page_offset=LINE_H * 1.5 if template_xml else 0.0)
    info: dict[str, str] = {"Title": spec.title, "Author": "中卫市人社局", "Creator": "gongkai-audit samples"}
    keywords: list[str] = []
    custom: list[tuple[str, str]] = []
    files: list[tuple[str, bytes]] = []
    for h in spec.hidden:
        if h.kind == "property":
            key = h.extra or "Keywords"
            if key == "Keywords":
                keywords.append(h.text)
            elif key in _DOCINFO:
                info[key] = h.text
            else:
                custom.append((key, h.text))
        elif h.kind == "attachment":
            files.append((h.extra or "附件.txt", h.text.encode("utf-8")))
    o = f'xmlns:ofd="{NS}"'
    docinfo = "<ofd:DocID>6f1d2c3b4a5948e7a1b2c3d4e5f60718</ofd:DocID>" + "".join(
        f"<ofd:{k}>{_e(v)}</ofd:{k}>" for k, v in info.items()
    ) + "<ofd:CreationDate>2026-11-20</ofd:CreationDate>"
    if keywords:
        docinfo += "<ofd:Keywords>" + "".join(f"<ofd:Keyword>{_e(k)}</ofd:Keyword>" for k in keywords) + "</ofd:Keywords>"
    if custom:
        docinfo += "<ofd:CustomDatas>" + "".join(f'<ofd:CustomData Name="{_e(k)}">{_e(v)}</ofd:CustomData>' for k, v in custom) + "</ofd:CustomDatas>"
    parts: dict[str, str | bytes] = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {o} Version="1.0" DocType="OFD"><ofd:DocBody>'
                   f"<ofd:DocInfo>{docinfo}</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/PublicRes.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {o} BaseLoc="Res"><ofd:Fonts>'
                               '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
    }
    pages_xml = []
    tref = '<ofd:Template TemplateID="900" ZOrder="Background"/>' if template_xml else ""
    for i, objs in enumerate(lo.pages):
        pages_xml.append(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>')
        parts[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {o}>{tref if i == 0 else ""}<ofd:Content><ofd:Layer ID="{1000 + i}">'
            + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>"
        )
    tpl = ""
    if template_xml:
        tpl = '<ofd:TemplatePage ID="900" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
        parts["Doc_0/Tpls/Tpl_0/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {o}><ofd:Content><ofd:Layer ID="901">{template_xml}'
            "</ofd:Layer></ofd:Content></ofd:Page>"
        )
    extra = ""
    if lo.annots:
        extra += "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>"
        parts["Doc_0/Annots/Annotations.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations {o}>' + "".join(
            f'<ofd:Page PageID="{p + 1}"><ofd:FileLoc>Page_{p}/Annotation.xml</ofd:FileLoc></ofd:Page>' for p in sorted(lo.annots)
        ) + "</ofd:Annotations>"
        for p, annots in lo.annots.items():
            parts[f"Doc_0/Annots/Page_{p}/Annotation.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot {o}>' + "".join(annots) + "</ofd:PageAnnot>"
            )
    if files:
        extra += "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>"
        parts["Doc_0/Attachs/Attachments.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Attachments {o}>' + "".join(
            f'<ofd:Attachment ID="a{i}" Name="{_e(n.rsplit(".", 1)[0])}" Format="{_e(n.rsplit(".", 1)[-1])}" '
            f'Size="{len(d) / 1024:.3f}"><ofd:FileLoc>{_e(n)}</ofd:FileLoc></ofd:Attachment>'
            for i, (n, d) in enumerate(files)
        ) + "</ofd:Attachments>"
        for n, d in files:
            parts[f"Doc_0/Attachs/{n}"] = d
    parts["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {o}><ofd:CommonData><ofd:MaxUnitID>{lo.next_id}</ofd:MaxUnitID>'
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W:g} {PAGE_H:g}</ofd:PhysicalBox></ofd:PageArea>"
        f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}</ofd:CommonData><ofd:Pages>{''.join(pages_xml)}</ofd:Pages>{extra}</ofd:Document>"
    )
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts, key=lambda n: (n != "OFD.xml", n)):
            data = parts[name]
            z.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 9, 0, 0)), data.encode("utf-8") if isinstance(data, str) else data,
                       zipfile.ZIP_DEFLATED)
    return out
