"""Hostile and broken inputs for the extractor tests: each is ``(name, bytes, expected error)``.

Zip bombs, XML entity expansion and external entities, absurd page counts, deep nesting, zero
bytes, truncation, encryption, wrong extensions and file names with spaces and Chinese. Every one
must come out of ``extractors.extract`` as a typed ``ExtractionError`` (→ UNREADABLE), never as
another exception, a hang or a crash. Built in memory, deterministic, in well under a second each.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def minimal_docx(document_xml: str | bytes, extra: dict[str, bytes] | None = None, *, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A docx holding only ``[Content_Types].xml`` and ``word/document.xml`` (plus ``extra`` parts)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("word/document.xml", document_xml if isinstance(document_xml, bytes) else document_xml.encode("utf-8"))
        for k, v in (extra or {}).items():
            z.writestr(k, v)
    return buf.getvalue()


def body(xml: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{xml}</w:body></w:document>'


def zip_bomb_docx(megabytes: int = 16) -> bytes:
    """``word/document.xml`` inflates to ``megabytes`` MB of spaces from a few dozen KB (≈ 1000:1)."""
    inner = body("<w:p><w:r><w:t>x</w:t></w:r></w:p>").encode() + b" " * (megabytes * 1024 * 1024)
    return minimal_docx(inner)


def billion_laughs_docx() -> bytes:
    """Nested entity definitions: 10 levels × 10 copies (the classic XML bomb)."""
    ents = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    xml = f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(ents)}]><w:document {_W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    return minimal_docx(xml)


def xxe_docx() -> bytes:
    """An external entity that would read a local file (XXE)."""
    xml = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document {_W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
    return minimal_docx(xml)


def late_doctype_docx() -> bytes:
    """A DOCTYPE hidden after 8 KB of white space (past any header-only check)."""
    xml = '<?xml version="1.0"?>' + " " * 8192 + f'<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document {_W}><w:body/></w:document>'
    return minimal_docx(xml)


def nested_tables_docx(depth: int = 60) -> bytes:
    """Tables nested ``depth`` deep (each cell holds the next table)."""
    inner = "<w:p><w:r><w:t>底</w:t></w:r></w:p>"
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    return minimal_docx(body(inner))


def deep_xml_docx(depth: int = 5000) -> bytes:
    """Elements nested deeper than any document needs (libxml2 refuses > 256 without huge_tree)."""
    return minimal_docx(body("<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth))


def many_blocks_docx(n: int = 5000) -> bytes:
    """``n`` tiny paragraphs: more blocks than a test's small ``Limits.max_blocks``."""
    return minimal_docx(body("<w:p><w:r><w:t>a</w:t></w:r></w:p>" * n))


def encrypted_docx() -> bytes:
    """What Word writes for a password-protected docx: an OLE container with an EncryptedPackage stream."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return head + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2048


def xlsx_bytes() -> bytes:
    """An Office package that is not a Word document."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def many_pages_pdf(pages: int = 2100) -> bytes:
    """A PDF with more pages than ``Limits.max_pages`` (blank pages, a few hundred KB)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(100, 100)
    buf = io.BytesIO()
    pdf.save(buf)
    pdf.close()
    return buf.getvalue()


def blank_pdf() -> bytes:
    """One page, no text at all (no text layer, no image): NoTextLayer."""
    return many_pages_pdf(1)


def owner_password_pdf() -> bytes:
    """Readable without a password but encrypted with an owner password (permissions restricted)."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner-secret", canPrint=1, canCopy=0)
    c = canvas.Canvas(buf, encrypt=enc, invariant=1)
    c.drawString(80, 760, "restricted")
    c.save()
    return buf.getvalue()


def user_password_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    enc = pdfencrypt.StandardEncryption("123456", ownerPassword="owner-secret")
    c = canvas.Canvas(buf, encrypt=enc, invariant=1)
    c.drawString(80, 760, "secret")
    c.save()
    return buf.getvalue()


def ofd_many_pages(pages: int = 2100) -> bytes:
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Document.xml", f'<ofd:Document {ns}><ofd:Pages>' + "".join(
            f'<ofd:Page ID="{i}" BaseLoc="Pages/Page_0/Content.xml"/>' for i in range(pages)) + "</ofd:Pages></ofd:Document>")
    return buf.getvalue()


def ofd_no_docroot() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>')
    return buf.getvalue()


#: name → (builder, expected error class name). Names carry spaces and Chinese on purpose.
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "空 文件.docx": (lambda: b"", "EmptyDocument"),
    "压缩炸弹 bomb.docx": (zip_bomb_docx, "HostileDocument"),
    "实体膨胀 laughs.docx": (billion_laughs_docx, "HostileDocument"),
    "外部实体 xxe.docx": (xxe_docx, "HostileDocument"),
    "迟到的 DOCTYPE.docx": (late_doctype_docx, "HostileDocument"),
    "深层嵌套 tables.docx": (nested_tables_docx, "HostileDocument"),
    "深层 XML.docx": (deep_xml_docx, "CorruptDocument"),
    "加密 protected.docx": (encrypted_docx, "EncryptedDocument"),
    "表格 book.docx": (xlsx_bytes, "UnsupportedFormat"),
    "页数过多 pages.pdf": (many_pages_pdf, "HostileDocument"),
    "空白页 blank.pdf": (blank_pdf, "NoTextLayer"),
    "所有者密码 owner.pdf": (owner_password_pdf, "EncryptedDocument"),
    "打开密码 user.pdf": (user_password_pdf, "EncryptedDocument"),
    "页数过多 pages.ofd": (ofd_many_pages, "HostileDocument"),
    "缺少 DocRoot.ofd": (ofd_no_docroot, "CorruptDocument"),
    "随机 binary.pdf": (lambda: bytes(range(256)) * 8, "UnsupportedFormat"),
    "截断 truncated.pdf": (lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog", "CorruptDocument"),
}


def write_cases(folder: str | Path) -> dict[str, str]:
    """Write every case into ``folder``; returns {file name: expected error class name}."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (build, err) in CASES.items():
        (root / name).write_bytes(build())
        out[name] = err
    return out
