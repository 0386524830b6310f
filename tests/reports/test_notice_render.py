"""The 退文通知单 as printed: LibreOffice turns it into a PDF and the layout is read back by position.

Skipped without LibreOffice (``soffice``); ``.ci/run`` installs it. What a clerk would see on paper:
序号 and 位置 on one line in their header cells, each masked ID number on one line, the sign-off
(审查人 … 签收日期 and the office's name) on one page, and a serif CJK font rather than a fallback sans.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reports import fonts
from reports.notice import NoticeOptions, write_return_notice

SHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.slow, pytest.mark.cjk_font, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")]


@pytest.fixture(scope="module")
def printed(tmp_path_factory, id_list_result):
    tmp = tmp_path_factory.mktemp("print")
    docx = write_return_notice(id_list_result, tmp / "notice.docx", options=NoticeOptions(reviewer="马审核"),
                               today=dt.date(2026, 11, 27))
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp), str(docx)], check=True, capture_output=True, timeout=180)
    if os.environ.get("GONGKAI_UPDATE_SCREENSHOTS") == "1":  # the README's picture of page 1
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(tmp / "notice.pdf"))
        try:
            im = doc[0].render(scale=1.2).to_pil().convert("RGB")
        finally:
            doc.close()
        im.quantize(colors=64).save(SHOTS / "return-notice.png", optimize=True)
    import pdfplumber

    with pdfplumber.open(str(tmp / "notice.pdf")) as pdf:
        pages = [(p.extract_words(keep_blank_chars=False, use_text_flow=True), p.chars) for p in pdf.pages]
    return pages


def _lines_with(pages, text):
    """(page, top) of every word containing ``text`` (words never span lines)."""
    return [(i, round(w["top"])) for i, (words, _) in enumerate(pages) for w in words if text in w["text"]]


def test_headers_and_masked_numbers_stay_on_one_line(printed, id_list_result):
    assert _lines_with(printed, "序号"), "序号 broke across lines"
    assert _lines_with(printed, "位置"), "位置 broke across lines"
    # the notice lists the first four numbers of a group, one a line
    listed = [f.evidence for f in id_list_result.findings if f.subtype == "id_card"][:4]
    assert all(_lines_with(printed, m) for m in listed), "a masked ID number was split across lines"


def test_sign_off_block_on_one_page(printed):
    pages = {i for i, _ in _lines_with(printed, "审查人")} | {i for i, _ in _lines_with(printed, "签收日期")}
    pages |= {i for i, _ in _lines_with(printed, "局办公室")}
    assert len(pages) == 1, pages


def test_prints_in_a_serif_cjk_font_where_one_is_installed(printed):
    body = fonts.family("fangsong")
    if body not in (fonts.installed() or ()):
        pytest.skip("no font of the 仿宋 chain is installed here")
    used = {c["fontname"].split("+", 1)[-1] for _, chars in printed for c in chars if "\u4e00" <= c["text"] <= "\u9fff"}
    assert any("Serif" in u or "FangSong" in u or "仿宋" in u for u in used), used
