"""Legacy formats through LibreOffice: a docx converted to .odt/.rtf/.doc by soffice, then extracted.

Slow (LibreOffice starts in 2–5 s) and skipped where ``soffice`` is not installed (Debian package
``libreoffice-writer-nogui``). Without it the formats are ``UnsupportedFormat`` with "save as docx".
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from extractors import UnsupportedFormat, extract
from extractors import legacy


def _convert(src, fmt, out_dir):
    subprocess.run([shutil.which("soffice"), "--headless", "--norestore", f"-env:UserInstallation=file://{out_dir}/profile",
                    "--convert-to", fmt, "--outdir", str(out_dir), str(src)], check=True, capture_output=True, timeout=180)
    return out_dir / (src.stem + "." + fmt.split(":")[0])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("fmt", ["odt", "rtf", "doc"])
def test_legacy_format_via_libreoffice(tmp_path, fixtures, fmt):
    src = tmp_path / "通知 原件.docx"
    src.write_bytes(fixtures["docx_tracked"].read_bytes())
    converted = _convert(src, fmt, tmp_path)
    renamed = converted.with_name(f"旧格式 文件.{fmt}")
    converted.rename(renamed)
    doc = extract(renamed)
    assert doc.format == fmt and any("LibreOffice" in w for w in doc.warnings)
    assert doc.fields.doc_number and doc.fields.title == "关于规范职业培训补贴申领程序的通知"
    assert [b.text for b in doc.elements("公开方式")] == ["公开方式：主动公开"]


def test_without_libreoffice_the_error_says_save_as_docx(monkeypatch):
    monkeypatch.setattr(legacy, "soffice_path", lambda: None)
    with pytest.raises(UnsupportedFormat) as e:
        legacy.convert_to_docx(b"{\\rtf1 x}", ".rtf", timeout=5)
    assert "另存为 docx" in str(e.value) and "save as docx" in str(e.value)


def test_encrypted_word_97_is_refused_before_libreoffice(monkeypatch):
    from extractors import EncryptedDocument, extract_bytes

    monkeypatch.setattr(legacy, "soffice_path", lambda: (_ for _ in ()).throw(AssertionError("LibreOffice started")))
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024 + "Microsoft Enhanced Cryptographic Provider v1.0".encode("utf-16-le")
    with pytest.raises(EncryptedDocument):
        extract_bytes(data, source="加密.doc", name="加密.doc")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_conversion_time_bound_kills_libreoffice(tmp_path, fixtures):
    from extractors import ExtractionTimeout

    src = tmp_path / "a.docx"
    src.write_bytes(fixtures["docx_plain"].read_bytes())
    odt = _convert(src, "odt", tmp_path)
    with pytest.raises(ExtractionTimeout):
        legacy.convert_to_docx(odt.read_bytes(), ".odt", timeout=0.2)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("fixture, kind, text, note", [
    ("docx_covered", "covered", "44030519991011", "深色底纹"),  # a black highlight, exported as a box under black text
    ("docx_white", "invisible", "44030519991011", "白色"),
    pytest.param("docx_white", "invisible", "内部备注", "极小字号", marks=pytest.mark.cjk_font),  # Chinese text: needs a CJK font to export
])
def test_hidden_runs_survive_a_real_pdf_export(tmp_path, fixtures, fixture, kind, text, note):
    """The same docx exported to PDF by LibreOffice: what was hidden in Word is still found in the PDF."""
    src = tmp_path / "导出.docx"
    src.write_bytes(fixtures[fixture].read_bytes())
    doc = extract(_convert(src, "pdf", tmp_path))
    assert any(b.kind == kind and text in b.text and note in (b.note or "") for b in doc.hidden_blocks()), \
        [(b.kind, b.text, b.note) for b in doc.hidden_blocks()]
    assert text not in doc.visible_text()
