"""Write a ``GongwenSpec`` as a docx laid out per GB/T 9704-2012 (python-docx, then raw XML for
what python-docx has no API for: tracked changes, hidden and white text, text boxes, fields,
footnotes, custom properties, embedded objects).

Hidden kinds (``Hidden.kind``) the writer plants: ``insertion``, ``deletion``, ``comment``, ``vanish``,
``style_vanish`` (hidden through a character style), ``white``, ``tiny`` (1 pt), ``covered`` (black
highlight on black text), ``textbox`` (DrawingML with a VML fallback, as Word writes it),
``footnote``, ``endnote``, ``field`` (``text`` is the instruction, ``extra`` the shown result),
``embedded`` (an OLE object part), ``property`` (core property ``extra``), ``app`` (app property
``extra``, e.g. Company), ``custom`` (custom property ``extra``, e.g. an ``MSIP_Label_…_Name``),
``docvar`` (a Word document variable ``extra``), ``header`` and ``footer``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document as new_document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .spec import GongwenSpec, Hidden, Table

FANGSONG, HEITI, XIAOBIAOSONG, KAITI = "仿宋_GB2312", "黑体", "方正小标宋简体", "楷体_GB2312"


def _font(run, name: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text: str, *, font=FANGSONG, size=16.0, align=None, indent=False, bold=False, color=None, red=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    _font(r, font, size, bold, RGBColor(0xC0, 0, 0) if red else color)
    return p


def _table(doc, t: Table) -> None:
    tbl = doc.add_table(rows=len(t.rows), cols=max(len(r) for r in t.rows))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(t.rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            _font(r, HEITI if i == 0 else FANGSONG, 12)


def write_docx(spec: GongwenSpec, path: str | Path) -> Path:
    """Lay out ``spec`` on A4 with the standard margins and fonts; return the path written."""
    doc = new_document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    if spec.header:
        hp = sec.header.paragraphs[0]
        _font(hp.add_run(spec.header), FANGSONG, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("— 1 —"), "宋体", 14)

    # 版头
    if spec.copy_number:
        _para(doc, spec.copy_number, font=HEITI)
    if spec.secrecy:
        _para(doc, spec.secrecy, font=HEITI)
    if spec.work_secret_mark:
        _para(doc, spec.work_secret_mark, font=HEITI)
    if spec.urgency:
        _para(doc, spec.urgency, font=HEITI)
    if spec.issuer:
        _para(doc, spec.issuer, font=XIAOBIAOSONG, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, red=True)
    if spec.doc_number:
        line = spec.doc_number + (f"    签发人：{spec.signer}" if spec.signer else "")
        _para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER)
    # 主体
    _para(doc, spec.title, font=XIAOBIAOSONG, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    if spec.recipients:
        _para(doc, spec.recipients)
    body_paras = []
    for item in spec.body:
        if isinstance(item, Table):
            _table(doc, item)
            body_paras.append(None)
        else:
            body_paras.append(_para(doc, item, indent=True))
    for i, a in enumerate(spec.attachments):
        label = "附件：" if i == 0 else "　　　"
        _para(doc, f"{label}{a}", indent=True)
    _para(doc, spec.signature, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, spec.date, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for n in spec.notes:
        _para(doc, n, indent=True)
    # 版记
    for row in spec.record_rows:
        _para(doc, row, size=14)
    if spec.cc:
        _para(doc, f"抄送：{spec.cc}", size=14)
    _para(doc, f"{spec.printer}　　　　{spec.print_date}印发", size=14)

    patch = PackagePatch()
    cp = doc.core_properties
    cp.author, cp.comments, cp.last_modified_by = "中卫市人社局", "", "中卫市人社局"
    for h in spec.hidden:
        _apply_hidden(doc, h, [p for p in body_paras if p is not None], patch)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    patch.apply(out)
    _fix_zip_times(out)
    return out


def _apply_hidden(doc, h: Hidden, paras: list, patch: PackagePatch | None = None) -> None:
    """Plant content only a machine reads (tracked changes, comments, hidden or white text …)."""
    if not paras:
        return
    p = paras[min(h.anchor, len(paras) - 1)]
    if h.kind in ("vanish", "white"):
        r = p.add_run(h.text)
        _font(r, FANGSONG, 16, color=RGBColor(0xFF, 0xFF, 0xFF) if h.kind == "white" else None)
        if h.kind == "vanish":
            r.font.hidden = True
    elif h.kind in ("insertion", "deletion"):
        tag = "w:ins" if h.kind == "insertion" else "w:del"
        wrap = OxmlElement(tag)
        wrap.set(qn("w:id"), str(900 + h.anchor))
        wrap.set(qn("w:author"), h.extra or "审核人")
        wrap.set(qn("w:date"), "2026-11-18T09:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if h.kind == "deletion" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = h.text
        r.append(t)
        wrap.append(r)
        p._p.append(wrap)
    elif h.kind == "comment":
        doc.add_comment(p.runs[0] if p.runs else p.add_run(""), text=h.text, author=h.extra or "审核人", initials="SH")
    elif h.kind == "property":
        cp = doc.core_properties
        setattr(cp, h.extra or "comments", h.text)
    elif h.kind in ("tiny", "covered"):
        r = p.add_run(h.text)
        _font(r, FANGSONG, 1 if h.kind == "tiny" else 16, color=RGBColor(0, 0, 0) if h.kind == "covered" else None)
        if h.kind == "covered":
            hl = OxmlElement("w:highlight")
            hl.set(qn("w:val"), "black")
            r._element.get_or_add_rPr().append(hl)
    elif h.kind == "style_vanish":
        r = p.add_run(h.text)
        r._element.get_or_add_rPr().insert(0, style_vanish(doc))
    elif h.kind == "textbox":
        p._p.append(textbox_run(h.text, 800 + h.anchor))
    elif h.kind == "field":
        for el in field_runs(h.text, h.extra or "链接"):
            p._p.append(el)
    elif h.kind in ("footnote", "endnote", "embedded", "app", "custom", "docvar"):
        if patch is None:
            raise ValueError(f"docx writer needs a package patch for {h.kind!r}")
        patch.plant(h, p._p)
    elif h.kind == "header":
        _font(doc.sections[0].header.paragraphs[0].add_run(h.text), FANGSONG, 10.5)
    elif h.kind == "footer":
        _font(doc.sections[0].footer.paragraphs[0].add_run(" " + h.text), FANGSONG, 10.5)
    else:
        raise ValueError(f"docx writer cannot plant hidden kind {h.kind!r}")



# -- raw WordprocessingML for what python-docx has no API for ------------------------------------

_NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _xml(fragment: str):
    from docx.oxml import parse_xml

    return parse_xml(fragment)


def _esc(s: str) -> str:
    from xml.sax.saxutils import escape

    return escape(s, {'"': "&quot;"})


def textbox_run(text: str, shape_id: int):
    """A floating text box as Word 2010+ writes it: DrawingML in ``mc:Choice``, VML in ``mc:Fallback``."""
    t = _esc(text)
    return _xml(
        f'<w:r {_NSDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{shape_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="3600000" cy="500000"/><wp:wrapNone/><wp:docPr id="{shape_id}" name="文本框 {shape_id}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="500000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape id="tb{shape_id}" style="width:283pt;height:39pt" type="#_x0000_t202">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def field_runs(instruction: str, result: str) -> list:
    """A complex field: begin, instruction, separate, the result a reader sees, end."""
    return [
        _xml(f'<w:r {_NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>'),
        _xml(f'<w:r {_NSDECL}><w:instrText xml:space="preserve"> {_esc(instruction)} </w:instrText></w:r>'),
        _xml(f'<w:r {_NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>'),
        _xml(f'<w:r {_NSDECL}><w:t xml:space="preserve">{_esc(result)}</w:t></w:r>'),
        _xml(f'<w:r {_NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'),
    ]


def style_vanish(doc):
    """A character style ``内部批注`` that hides its text; returns the ``w:rStyle`` pointing to it."""
    styles = doc.styles.element
    if styles.find(qn("w:style") + "[@" + qn("w:styleId") + "='NeiBuPiZhu']") is None:
        styles.append(_xml(
            f'<w:style {_NSDECL} w:type="character" w:customStyle="1" w:styleId="NeiBuPiZhu">'
            '<w:name w:val="内部批注"/><w:rPr><w:vanish/></w:rPr></w:style>'
        ))
    el = OxmlElement("w:rStyle")
    el.set(qn("w:val"), "NeiBuPiZhu")
    return el


_CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class PackagePatch:
    """Parts to add to the saved package (footnotes, endnotes, custom and app properties, OLE objects)."""

    def __init__(self) -> None:
        self.notes: dict[str, list[tuple[int, str]]] = {"footnote": [], "endnote": []}
        self.custom: list[tuple[str, str]] = []
        self.app: list[tuple[str, str]] = []
        self.docvars: list[tuple[str, str]] = []
        self.embedded: list[tuple[str, bytes]] = []

    def plant(self, h: Hidden, p_el) -> None:
        if h.kind in ("footnote", "endnote"):
            nid = len(self.notes[h.kind]) + 1
            self.notes[h.kind].append((nid, h.text))
            tag = "footnoteReference" if h.kind == "footnote" else "endnoteReference"
            p_el.append(_xml(f'<w:r {_NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag} w:id="{nid}"/></w:r>'))
        elif h.kind == "custom":
            self.custom.append((h.extra or "备注", h.text))
        elif h.kind == "app":
            self.app.append((h.extra or "Company", h.text))
        elif h.kind == "docvar":
            self.docvars.append((h.extra or "备注", h.text))
        elif h.kind == "embedded":
            name = h.extra or f"oleObject{len(self.embedded) + 1}.bin"
            self.embedded.append((name, h.text.encode("utf-8")))
            p_el.append(_xml(
                f'<w:r {_NSDECL}><w:object><o:OLEObject Type="Embed" ProgID="Package" ShapeID="ole{len(self.embedded)}" '
                f'DrawAspect="Icon" ObjectID="_ole{len(self.embedded)}" r:id="rIdOle{len(self.embedded)}"/></w:object></w:r>'
            ))

    def apply(self, path: Path) -> None:
        """Rewrite the zip at ``path`` with the planted parts, relationships and content types."""
        if not any((self.notes["footnote"], self.notes["endnote"], self.custom, self.app, self.docvars, self.embedded)):
            return
        import re
        import zipfile

        with zipfile.ZipFile(path) as z:
            parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        ct = parts["[Content_Types].xml"].decode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        pkg_rels = parts["_rels/.rels"].decode()

        def add_rel(xml: str, rid: str, typ: str, target: str) -> str:
            return xml.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{typ}" Target="{target}"/></Relationships>')

        def override(name: str, typ: str) -> None:
            nonlocal ct
            ct = ct.replace("</Types>", f'<Override PartName="/{name}" ContentType="{typ}"/></Types>')

        for kind in ("footnote", "endnote"):
            if not self.notes[kind]:
                continue
            notes = "".join(
                f'<w:{kind} w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {_esc(t)}</w:t></w:r></w:p></w:{kind}>'
                for i, t in self.notes[kind]
            )
            sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                   f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
            name = f"word/{kind}s.xml"
            parts[name] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {_NSDECL}>{sep}{notes}</w:{kind}s>'.encode()
            override(name, f"{_CT_MAIN}.{kind}s+xml")
            rels = add_rel(rels, f"rId{kind}s", f"{_REL}/{kind}s", f"{kind}s.xml")
        if self.custom:
            props = "".join(
                f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{_esc(k)}"><vt:lpwstr>{_esc(v)}</vt:lpwstr></property>'
                for i, (k, v) in enumerate(self.custom)
            )
            parts["docProps/custom.xml"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
                'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>'
            ).encode()
            override("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
            pkg_rels = add_rel(pkg_rels, "rIdCustom", f"{_REL}/custom-properties", "docProps/custom.xml")
        if self.app:
            app = parts["docProps/app.xml"].decode()
            for k, v in self.app:
                app = re.sub(rf"<{k}>.*?</{k}>|<{k}/>", "", app)
                app = app.replace("</Properties>", f"<{k}>{_esc(v)}</{k}></Properties>")
            parts["docProps/app.xml"] = app.encode()
        if self.docvars:
            st = parts["word/settings.xml"].decode()
            dv = "".join(f'<w:docVar w:name="{_esc(k)}" w:val="{_esc(v)}"/>' for k, v in self.docvars)
            parts["word/settings.xml"] = re.sub(r"(</w:settings>)", f"<w:docVars>{dv}</w:docVars>\\1", st).encode()
        for i, (name, data) in enumerate(self.embedded, 1):
            parts[f"word/embeddings/{name}"] = data
            rels = add_rel(rels, f"rIdOle{i}", f"{_REL}/oleObject", f"embeddings/{name}")
            ext = name.rsplit(".", 1)[-1]
            if f'Extension="{ext}"' not in ct:
                ct = ct.replace("</Types>", f'<Default Extension="{ext}" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/></Types>')
        parts["[Content_Types].xml"] = ct.encode()
        parts["word/_rels/document.xml.rels"] = rels.encode()
        parts["_rels/.rels"] = pkg_rels.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _fix_zip_times(path: Path) -> None:
    """Stamp every zip member with one fixed time, so the same spec gives the same bytes (and sha256)
    on every run: a re-run demo is recognised as the same documents, not new ones."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            dst.writestr(fixed, src.read(info))
    path.write_bytes(buf.getvalue())
