"""Probe 7: hostile input that got through (PDF, OFD and docx parts the extractors do not read, number separators,
the console's audit log). Each test is a confirmed defect, marked xfail(strict) with its reason until it is fixed.

Every test is small and self-contained: a file built under ``tmp_path`` (reportlab for PDFs, a zip for OFD and docx),
then ``gongkai audit``'s in-process function, or the web app through FastAPI's TestClient.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

ID = "640522197001205822"  # a valid 18-digit 公民身份号码 (check character 2)
SECRET = "张三身份证号" + ID
INTERNAL = "内部讨论意见：此事暂不宜公开，请勿外传"
LINES = ("中卫市人力资源和社会保障局", "关于做好就业服务工作的通知", "各科室：", "　　现就做好就业服务工作通知如下。请认真落实。",
         "中卫市人力资源和社会保障局", "2026年11月2日", "公开方式：主动公开")


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"probe7: {reason}")


def audit(path):
    """The result contract of ``gongkai audit PATH`` (in-process)."""
    from classifiers.audit import audit_path

    return audit_path(path).to_contract()


def codes(contract) -> set[str]:
    return {f["code"] for f in contract["findings"]}


# -- PDF ------------------------------------------------------------------------------------------------------------
def pdf(extra=None) -> bytes:
    """A one-page 公文 that is approved as it stands (reportlab, STSong-Light); ``extra(canvas)`` adds to the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 16)
    y = 760
    for ln in LINES:
        c.drawString(80, y, ln)
        y -= 30
    if extra:
        extra(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_update(data: bytes, objects: dict[int, bytes], catalog_extra: bytes = b"", info: bytes | None = None) -> bytes:
    """An incremental update: new objects appended, the catalog rewritten with extra keys, a new Info when given."""
    m = re.search(rb"(\d+) 0 obj\s*<<((?:(?!endobj).)*?/Type /Catalog(?:(?!endobj).)*?)>>\s*endobj", data, re.S)
    cat = int(m.group(1))
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    objects = {**objects, cat: b"<<" + m.group(2) + catalog_extra + b">>"}
    out, offsets = bytearray(data), {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, offsets[n]) for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d" % (max(size, max(objects) + 1), cat, prev)
    out += (b" /Info " + info if info else b"") + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def utf16(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def test_pdf_baseline_is_approved_and_a_visible_id_is_found(tmp_path):
    clean, with_id = tmp_path / "clean.pdf", tmp_path / "id.pdf"
    clean.write_bytes(pdf())
    with_id.write_bytes(pdf(lambda c: c.drawString(80, 300, SECRET)))
    assert audit(clean)["decision"] == "approve"
    assert "PERSONAL_DATA" in codes(audit(with_id))


def _acroform(c):
    from reportlab.lib.colors import black

    c.acroForm.textfield(name="idno", value=ID, x=80, y=280, width=300, height=24, borderWidth=0, fillColor=None,
                         textColor=black)


def _link(c):
    c.linkURL(f"http://oa.local/person?id={ID}", (80, 280, 300, 320), relative=0)
    c.drawString(80, 300, "详见附件")


def _outline(c):
    c.bookmarkPage("p1")
    c.addOutlineEntry("张三 " + ID, "p1", level=0)


def _size0(c):
    t = c.beginText(80, 300)
    t.setFont("STSong-Light", 0)
    t.textOut(SECRET)
    c.drawText(t)


@pytest.mark.parametrize("name,extra", [
    ("acroform", _acroform),
    ("link", _link),
    ("outline", _outline),
    ("size0", _size0),  # fixed: pdfium drops it, pdfminer reads it (pdf_machine.unread_text)
])
def test_pdf_id_outside_the_text_layer_is_found(tmp_path, name, extra):
    p = tmp_path / f"{name}.pdf"
    p.write_bytes(pdf(extra))
    result = audit(p)
    assert result["decision"] != "approve", f"{name}: a full ID number in the PDF, and the file approved"


XMP = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
       'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>张三 ' + ID +
       '</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()


@pytest.mark.parametrize("where", [
    "xmp",
    "info-custom-key",
    "info-author",  # held: the standard key is read
])
def test_pdf_metadata_with_id_is_found(tmp_path, where):
    base = pdf()
    size = int(re.findall(rb"/Size (\d+)", base)[-1])
    if where == "xmp":
        data = pdf_update(base, {size: b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(XMP) + XMP
                                 + b"\nendstream"}, b" /Metadata %d 0 R" % size)
    else:
        key = b"/IDNo " if where == "info-custom-key" else b"/Author "
        data = pdf_update(base, {size: b"<< " + key + utf16(SECRET) + b" >>"}, info=b"%d 0 R" % size)
    p = tmp_path / "meta.pdf"
    p.write_bytes(data)
    result = audit(p)
    assert result["decision"] != "approve" and "PERSONAL_DATA" in codes(result)


def _below_page(c):
    c.drawString(80, -500, INTERNAL)


def _rise(c):
    t = c.beginText(80, 300)
    t.setFont("STSong-Light", 12)
    t.setRise(2000)
    t.textOut(INTERNAL)
    c.drawText(t)


def _visible(c):
    c.drawString(80, 300, INTERNAL)


@pytest.mark.parametrize("name,extra", [
    ("visible", _visible),  # the control: the same remark on the page is MIXED_CONTENT and returned
    ("below-page", _below_page),
    ("text-rise", _rise),
])
def test_pdf_text_off_the_page_is_not_approved(tmp_path, name, extra):
    p = tmp_path / f"{name}.pdf"
    p.write_bytes(pdf(extra))
    assert audit(p)["decision"] != "approve"


def _alpha0(c):
    c.setFillAlpha(0.0)
    c.drawString(80, 300, SECRET)


def _mode7(c):
    t = c.beginText(80, 300)
    t.setFont("STSong-Light", 12)
    t.setTextRenderMode(7)
    t.textOut(SECRET)
    c.drawText(t)


def _clipped(c):
    c.saveState()
    p = c.beginPath()
    p.rect(0, 0, 1, 1)
    c.clipPath(p, stroke=0, fill=0)
    c.drawString(80, 300, SECRET)
    c.restoreState()


@pytest.mark.parametrize("name,extra", [
    ("alpha0", _alpha0),
    ("render-mode-7", _mode7),
    ("clipped-away", _clipped),  # fixed: the clip path's box is read (pdf_objects._clip_box)
    ("size0", _size0),
])
def test_pdf_unpainted_text_is_hidden_content(tmp_path, name, extra):
    p = tmp_path / f"{name}.pdf"
    p.write_bytes(pdf(extra))
    result = audit(p)
    ids = [f for f in result["findings"] if f["code"] == "PERSONAL_DATA"]
    assert ids, "the ID is found"
    assert "HIDDEN_CONTENT" in codes(result) and not any(f["visible"] for f in ids), \
        "a reader sees nothing there: the section is told to look for text that is not on the page"


# -- OFD ------------------------------------------------------------------------------------------------------------
OFD_NS = "http://www.ofdspec.org/2016"


def _text_object(i: int, text: str, y: float, attrs: str = "") -> str:
    dx = " ".join(["5.6"] * (len(text) - 1))
    return (f'<ofd:TextObject ID="{i}" Boundary="25 {y - 6} 170 8" Font="1" Size="5.6" {attrs}>'
            f'<ofd:TextCode X="0" Y="6" DeltaX="{dx}">{text}</ofd:TextCode></ofd:TextObject>')


def ofd(path, page_extra: str = "", doc_extra: str = "", files: dict | None = None):
    """A one-page OFD 公文 (approved as it stands) with extra page content, Document.xml elements and parts."""
    objs = "".join(_text_object(100 + k, t.strip("　"), 40 + 12 * k) for k, t in enumerate(LINES))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="2">'
               f'{objs}{page_extra}</ofd:Layer></ofd:Content></ofd:Page>')
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
                f'<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                f'</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml'
                f'</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
                f'</ofd:Pages>{doc_extra}</ofd:Document>')
    root = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
            f'<ofd:DocInfo><ofd:DocID>abc</ofd:DocID><ofd:Title>关于做好就业服务工作的通知</ofd:Title></ofd:DocInfo>'
            f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    res = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
           f'<ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("OFD.xml", root)
        z.writestr("Doc_0/Document.xml", document)
        z.writestr("Doc_0/PublicRes.xml", res)
        z.writestr("Doc_0/Pages/Page_0/Content.xml", content)
        for k, v in (files or {}).items():
            z.writestr(k, v)
    return path


def test_ofd_baseline_is_approved_and_a_visible_id_is_found(tmp_path):
    assert audit(ofd(tmp_path / "clean.ofd"))["decision"] == "approve"
    assert "PERSONAL_DATA" in codes(audit(ofd(tmp_path / "id.ofd", _text_object(300, SECRET, 200))))


def test_ofd_composite_object_text_is_read(tmp_path):
    res = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:CompositeGraphicUnits>'
           f'<ofd:CompositeGraphicUnit ID="50" Width="150" Height="10"><ofd:Content>{_text_object(51, SECRET, 8)}'
           f'</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits></ofd:Res>')
    p = ofd(tmp_path / "composite.ofd", '<ofd:CompositeObject ID="60" Boundary="25 200 150 10" ResourceID="50"/>',
            files={"Doc_0/DocumentRes.xml": res})
    assert audit(p)["decision"] != "approve"


def test_ofd_annotation_appearance_text_is_read(tmp_path):
    index = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations xmlns:ofd="{OFD_NS}"><ofd:Page PageID="1">'
             f'<ofd:FileLoc>Pages/Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>')
    annot = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot xmlns:ofd="{OFD_NS}"><ofd:Annot ID="70" '
             f'Type="Watermark" Creator="x"><ofd:Appearance Boundary="0 0 210 297">{_text_object(71, SECRET, 200)}'
             f'</ofd:Appearance></ofd:Annot></ofd:PageAnnot>')
    p = ofd(tmp_path / "annot.ofd", doc_extra="<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>",
            files={"Doc_0/Annots/Annotations.xml": index, "Doc_0/Annots/Pages/Page_0/Annotation.xml": annot})
    assert audit(p)["decision"] != "approve"


def test_ofd_text_off_the_page_is_not_approved(tmp_path):
    assert audit(ofd(tmp_path / "off.ofd", _text_object(300, INTERNAL, 900)))["decision"] != "approve"


@pytest.mark.parametrize("attrs", [
    'Alpha="0"',
    'Visible="false"',
])
def test_ofd_invisible_text_is_hidden_content(tmp_path, attrs):
    result = audit(ofd(tmp_path / "hidden.ofd", _text_object(300, SECRET, 200, attrs)))
    ids = [f for f in result["findings"] if f["code"] == "PERSONAL_DATA"]
    assert ids and "HIDDEN_CONTENT" in codes(result) and not any(f["visible"] for f in ids)


# -- docx -----------------------------------------------------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HEADER_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"


def docx_bytes() -> bytes:
    """A python-docx 公文 approved as it stands."""
    import docx

    d = docx.Document()
    for ln in LINES:
        d.add_paragraph(ln)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def patch(data: bytes, edits: dict | None = None, adds: dict | None = None) -> bytes:
    """The package with parts edited (name → str → str) and parts added (name → str)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            s = zin.read(i.filename)
            if i.filename in (edits or {}):
                s = edits[i.filename](s.decode()).encode()
            z.writestr(i.filename, s)
        for k, v in (adds or {}).items():
            z.writestr(k, v)
    return out.getvalue()


def para(t: str) -> str:
    return f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"


def in_body(snippet: str):
    return lambda s: s.replace("<w:sectPr", snippet + "<w:sectPr", 1)


def add_rel(rel: str):
    return lambda s: s.replace("</Relationships>", rel + "</Relationships>")


def add_type(t: str):
    return lambda s: s.replace("</Types>", t + "</Types>")


def with_header(b: bytes, part: str, xml: str) -> bytes:
    return patch(b, {
        "word/document.xml": lambda s: re.sub(r"<w:sectPr( [^>]*)?>", lambda m: m.group(0)
                                              + '<w:headerReference w:type="default" r:id="rIdH1"/>', s, count=1),
        "word/_rels/document.xml.rels": add_rel(f'<Relationship Id="rIdH1" Type="{HEADER_REL}" Target="{part}"/>'),
        "[Content_Types].xml": add_type(f'<Override PartName="/word/{part}" ContentType="{HEADER_CT}"/>')},
        {f"word/{part}": xml})


def watermark(b: bytes, text: str) -> bytes:
    """Word's WordArt watermark: a VML text path in the header, drawn across every page."""
    return with_header(b, "header1.xml", f'<w:hdr {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:p><w:r><w:pict>'
                       f'<v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136" style="position:absolute;width:400pt;'
                       f'height:100pt;rotation:315" fillcolor="silver" stroked="f"><v:textpath string="{text}"/></v:shape>'
                       f'</w:pict></w:r></w:p></w:hdr>')


def decoy_main(b: bytes) -> bytes:
    """The package's main part (what Word shows) is word/main.xml; word/document.xml stays as a clean decoy."""
    z = zipfile.ZipFile(io.BytesIO(b))
    main = z.read("word/document.xml").decode().replace("<w:sectPr", para(SECRET) + "<w:sectPr", 1)
    return patch(b, {"_rels/.rels": lambda s: s.replace("word/document.xml", "word/main.xml"),
                     "[Content_Types].xml": lambda s: s.replace("/word/document.xml", "/word/main.xml")},
                 {"word/main.xml": main, "word/_rels/main.xml.rels": z.read("word/_rels/document.xml.rels").decode()})


def ruby(b: bytes) -> bytes:
    return patch(b, {"word/document.xml": in_body(
        f'<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>{ID}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>张三</w:t></w:r>'
        f'</w:rubyBase></w:ruby></w:r></w:p>')})


def smartart(b: bytes) -> bytes:
    data = ('<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt modelId="1"><dgm:t>'
            f'<a:bodyPr/><a:p><a:r><a:t>{SECRET}</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>')
    return patch(b, {"[Content_Types].xml": add_type(
        '<Override PartName="/word/diagrams/data1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"/>')},
        {"word/diagrams/data1.xml": data})


def chart(b: bytes) -> bytes:
    data = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea>'
            '<c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:ptCount val="1"/><c:pt idx="0">'
            f'<c:v>{SECRET}</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart>'
            '</c:chartSpace>')
    return patch(b, {"[Content_Types].xml": add_type(
        '<Override PartName="/word/charts/chart1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>')},
        {"word/charts/chart1.xml": data})


def alt_text(b: bytes) -> bytes:
    import docx
    from PIL import Image

    d = docx.Document(io.BytesIO(b))
    im = io.BytesIO()
    Image.new("RGB", (10, 10), "white").save(im, "PNG")
    im.seek(0)
    d.add_picture(im)
    out = io.BytesIO()
    d.save(out)
    return patch(out.getvalue(), {"word/document.xml": lambda s: re.sub(
        r'(<wp:docPr [^>]*?)name="', r'\1descr="' + SECRET + '" name="', s, count=1)})


def hyperlink(b: bytes) -> bytes:
    return patch(b, {
        "word/document.xml": in_body('<w:p><w:hyperlink r:id="rIdX1"><w:r><w:t>详见附件</w:t></w:r></w:hyperlink></w:p>'),
        "word/_rels/document.xml.rels": add_rel(
            '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
            f'Target="http://oa.local/p?idno={ID}" TargetMode="External"/>')})


VISIBLE_PARTS = {
    "decoy-main-part": (decoy_main, "the main part is found by its fixed name word/document.xml, not by _rels/.rels: "
                                    "what Word shows (word/main.xml) is never audited"),
    "header-other-name": (lambda b: with_header(b, "hdr1.xml", f"<w:hdr {W}>{para(SECRET)}</w:hdr>"),
                          "headers are found by name (word/header*.xml), not by relationship: a header part named "
                          "hdr1.xml is never read"),
    "ruby": (ruby, "ruby text (w:rt, the phonetic guide shown above the base text) is never read"),
    "smartart": (smartart, "SmartArt text (word/diagrams/data*.xml) is never read"),
    "chart": (chart, "chart labels cached in word/charts/chart*.xml are never read"),
    "watermark": (lambda b: watermark(b, SECRET), "a WordArt watermark (v:textpath/@string in a header) is never read"),
}
MACHINE_PARTS = {
    "alt-text": (alt_text, "an image's alt text (wp:docPr/@descr) is never read"),
    "hyperlink-target": (hyperlink, "an external hyperlink's target (document.xml.rels) is never read"),
    "custom-xml": (lambda b: patch(b, adds={"customXml/item9.xml": f"<root><name>张三</name><idno>{ID}</idno></root>"}),
                   "custom XML data parts (customXml/item*.xml) are never read"),
    "glossary": (lambda b: patch(b, adds={"word/glossary/document.xml":
                                          f"<w:glossaryDocument {W}><w:docParts><w:docPart><w:docPartBody>{para(SECRET)}"
                                          "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"}),
                 "the glossary document (building blocks, word/glossary/document.xml) is never read"),
    "app-titles-of-parts": (lambda b: patch(b, {"docProps/app.xml": lambda s: s.replace("</Properties>", (
        '<TitlesOfParts><vt:vector xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes" '
        f'size="1" baseType="lpstr"><vt:lpstr>{SECRET}</vt:lpstr></vt:vector></TitlesOfParts></Properties>'))}),
        "app.xml properties with children (TitlesOfParts) are skipped"),
    "sdt-alias-tag": (lambda b: patch(b, {"word/document.xml": in_body(
        f'<w:sdt><w:sdtPr><w:alias w:val="{SECRET}"/><w:tag w:val="{ID}"/></w:sdtPr><w:sdtContent>{para("申请人：张某")}'
        '</w:sdtContent></w:sdt>')}), "a content control's title and tag (w:alias, w:tag) are never read"),
    "mail-merge-query": (lambda b: patch(b, {"word/settings.xml": lambda s: re.sub(
        r"(<w:settings[^>]*>)", lambda m: m.group(1) + '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:query '
        "w:val=\"SELECT * FROM `Sheet1$` WHERE id='" + ID + "'\"/></w:mailMerge>", s, count=1)}),
        "the mail-merge query and data source (settings.xml w:mailMerge) are never read"),
}


def test_docx_baseline_is_approved(tmp_path):
    p = tmp_path / "clean.docx"
    p.write_bytes(docx_bytes())
    assert audit(p)["decision"] == "approve"


@pytest.mark.parametrize("case", list(VISIBLE_PARTS))
def test_docx_visible_id_is_found(tmp_path, case):
    p = tmp_path / f"{case}.docx"
    p.write_bytes(VISIBLE_PARTS[case][0](docx_bytes()))
    result = audit(p)
    assert result["decision"] != "approve" and "PERSONAL_DATA" in codes(result)


@pytest.mark.parametrize("case", list(MACHINE_PARTS))
def test_docx_machine_only_id_is_found(tmp_path, case):
    p = tmp_path / f"{case}.docx"
    p.write_bytes(MACHINE_PARTS[case][0](docx_bytes()))
    result = audit(p)
    assert result["decision"] != "approve" and "PERSONAL_DATA" in codes(result)


def test_docx_secret_watermark_is_a_secret_marking(tmp_path):
    p = tmp_path / "wm.docx"
    p.write_bytes(watermark(docx_bytes(), "机密★1年"))
    assert "SECRET_MARKING" in codes(audit(p))


# -- separators: an ID grouped by a dash other than "-" is neither found nor masked -------------------------------
def gongwen(body: str) -> str:
    return (f"中卫市人力资源和社会保障局\n关于发放创业补贴的公示\n各科室：\n{body}\n中卫市人力资源和社会保障局\n2026年11月2日\n"
            "公开方式：主动公开\n")


DASHES = {"en-dash": "\u2013", "non-breaking-hyphen": "\u2011", "hyphen": "\u2010", "minus-sign": "\u2212",
          "em-dash": "\u2014", "full-width-stop": "\uff0e", "middle-dot": "\u00b7"}


@pytest.mark.parametrize("form", list(DASHES))
def test_dash_grouped_id_is_personal_data(tmp_path, form):
    s = DASHES[form]
    doc = tmp_path / "公示.txt"
    doc.write_text(gongwen(f"经审核，张三符合条件，身份证号{ID[:6]}{s}{ID[6:14]}{s}{ID[14:]}。"), encoding="utf-8")
    result = audit(doc)
    assert "PERSONAL_DATA" in codes(result) and result["decision"] != "approve"


@pytest.mark.parametrize("shown", [
    pytest.param(f"{ID[:6]}\u2013{ID[6:14]}\u2013{ID[14:]}", id="en-dash"),
    pytest.param(f"{ID[:6]}   {ID[6:14]}   {ID[14:]}", id="three-spaces"),
])
def test_file_name_id_masked_in_the_contract(tmp_path, shown):
    doc = tmp_path / f"名单{shown}.txt"
    doc.write_text(gongwen("现就做好就业服务工作通知如下。"), encoding="utf-8")
    text = json.dumps(audit(doc), ensure_ascii=False)
    joined = re.sub(r"[\s\u2013]", "", text)  # \s is Unicode: the spaces go too
    assert ID not in joined, "the full number in the result contract"


def test_docx_id_split_by_line_break_is_found(tmp_path):
    """Fixed: a line break inside a block between groups that make a valid ID is read across (_scan._broken)."""
    p = tmp_path / "br.docx"
    p.write_bytes(patch(docx_bytes(), {"word/document.xml": in_body(
        f"<w:p><w:r><w:t>张三身份证号{ID[:6]}</w:t><w:br/><w:t>{ID[6:14]}</w:t><w:br/><w:t>{ID[14:]}</w:t></w:r></w:p>")}))
    result = audit(p)
    assert "PERSONAL_DATA" in codes(result) and result["decision"] != "approve"
    assert ID not in re.sub(r"\s|\\n", "", json.dumps(result, ensure_ascii=False)), "the full number in the result contract"


# -- the console: a failed login's name is stored as typed ------------------------------------------------------------
def test_failed_login_name_is_masked_in_the_ledger(tmp_path):
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from flows.web import create_app
    from storage import Ledger
    from storage.models import AuditLogRow

    root = tmp_path / "root"
    (root / "inbox").mkdir(parents=True)
    Ledger.for_root(root).close()
    app = create_app(root, webhooks=False)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        r = client.post("/login", data={"name": ID, "password": "wrong", "csrf": csrf, "next": "/queue"},
                        follow_redirects=False)
        assert r.status_code == 401
    ledger = app.state.console.ledger
    with ledger.session() as s:
        stored = [(row.actor or "") + (row.target or "") + (row.detail or "") for row in s.execute(select(AuditLogRow)).scalars()]
    ledger.close()
    assert stored and not [t for t in stored if ID in t]
