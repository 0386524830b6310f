"""Legacy .doc / .wps / .rtf / .odt: converted to docx by LibreOffice headless when installed.

Debian package: ``libreoffice-writer-nogui`` (provides ``soffice``). Without it the file is
``UNREADABLE`` with "请另存为 docx 后重新提交 / save as docx".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import CorruptDocument, ExtractionTimeout, UnsupportedFormat
from .model import Document
from .registry import Limits, register


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, suffix: str, timeout: float) -> bytes:
    exe = soffice_path()
    if exe is None:
        raise UnsupportedFormat(
            detail=f"{suffix} needs LibreOffice (apt install libreoffice-writer-nogui)",
            zh="旧版格式（doc/wps/rtf/odt）需本机安装 LibreOffice 才能审查，请另存为 docx 后重新提交",
            en="legacy format needs LibreOffice here; save as docx and resubmit",
        )
    with tempfile.TemporaryDirectory(prefix="gongkai-lo-") as tmp:
        src = Path(tmp, "in" + suffix)
        src.write_bytes(data)
        env = dict(os.environ, HOME=tmp)  # a private profile: parallel conversions do not collide
        try:
            subprocess.run(
                [exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, str(src)],
                check=False, capture_output=True, timeout=timeout, env=env,
            )
        except subprocess.TimeoutExpired:
            raise ExtractionTimeout(detail=f"LibreOffice conversion over {timeout:.0f} s") from None
        out = Path(tmp, "in.docx")
        if not out.exists():
            raise CorruptDocument(detail=f"LibreOffice could not convert this {suffix} file")
        return out.read_bytes()


def _legacy(fmt: str):
    def extract(data: bytes, *, source: str, sha256: str, limits: Limits) -> Document:
        from dataclasses import replace

        from .docx_extractor import extract_docx

        converted = convert_to_docx(data, "." + fmt, timeout=limits.seconds)
        doc = extract_docx(converted, source=source, sha256=sha256, limits=limits)
        return replace(doc, format=fmt, warnings=doc.warnings + (f"converted from {fmt} with LibreOffice",))

    extract.__name__ = f"extract_{fmt}"
    extract.__doc__ = f"{fmt} → docx with LibreOffice → Document."
    return extract


for _fmt in ("doc", "wps", "rtf", "odt"):
    register(_fmt)(_legacy(_fmt))
