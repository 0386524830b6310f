"""The flag report and the monthly page open in headless Chromium without errors and render.

Skipped where Debian's ``chromium`` is missing. With ``GONGKAI_UPDATE_SCREENSHOTS=1`` the
screenshots are also written, downscaled, to ``reports/screenshots/`` for the README.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")]
SHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
BAD = ("Uncaught", "net::ERR_", "Failed to load resource", "Refused to")


def _chromium(tmp: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, text=True, timeout=120, cwd=tmp)


def _render(tmp: Path, page: Path, name: str, height: int) -> Path:
    url = page.resolve().as_uri()
    dom = _chromium(tmp, url, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [ln for ln in dom.stderr.splitlines() if "CONSOLE" in ln or any(b in ln for b in BAD)]
    assert not [ln for ln in console if any(b in ln for b in BAD)], console
    shot = tmp / f"{name}.png"
    res = _chromium(tmp, url, f"--screenshot={shot}", f"--window-size=1000,{height}")
    assert res.returncode == 0, res.stderr[-2000:]
    from PIL import Image

    with Image.open(shot) as im:
        assert im.size == (1000, height)
        # not a blank page: plenty of distinct colours (text, highlight, charts)
        assert len(im.convert("RGB").resize((200, 200)).getcolors(maxcolors=100000) or ()) > 50
    if os.environ.get("GONGKAI_UPDATE_SCREENSHOTS") == "1":
        SHOTS.mkdir(exist_ok=True)
        with Image.open(shot) as im:
            small = im.convert("RGB").resize((700, round(height * 0.7)), Image.LANCZOS)
            small.quantize(colors=128).save(SHOTS / f"{name}.png", optimize=True)
    return dom.stdout


def test_flag_report_renders(tmp_path, id_list_result):
    from reports import write_document_reports

    html = write_document_reports(id_list_result, tmp_path, "创业补贴公示", now=dt.datetime(2026, 11, 27, 9, 30))[0]
    dom = _render(tmp_path, html, "flag-report", 1300)
    assert 'id="findings"' in dom and "440305********5258" in dom
    # prints on A4: Chromium's print-to-PDF follows the page's @page rule
    pdf = tmp_path / "flag.pdf"
    res = _chromium(tmp_path, html.resolve().as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert res.returncode == 0 and pdf.exists()
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        w, h = doc[0].get_size()
        assert (round(w), round(h)) == (595, 842)  # A4 in points
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    assert "审查结论" in text and "440305********5258" in text


def test_monthly_page_renders(tmp_path):
    from reports.monthly import write_monthly
    from reports.stats import compute_monthly
    from reports.synthetic import generate

    stats = compute_monthly(generate(2500, 2026, 11, months=6, seed=11), 2026, 11)
    html = write_monthly(stats, tmp_path, generated=dt.datetime(2026, 12, 1, 7, 0))[1]
    dom = _render(tmp_path, html, "monthly", 1500)
    assert dom.count("data:image/png;base64,") == 6 and 'id="kpis"' in dom
