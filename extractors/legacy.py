"""Legacy .doc / .wps / .rtf / .odt: converted to docx by LibreOffice headless when installed.

Debian package: ``libreoffice-writer-nogui`` (provides ``soffice``). Without it the file is
``UNREADABLE`` with "请另存为 docx 后重新提交 / save as docx".
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import CorruptDocument, EncryptedDocument, ExtractionTimeout, UnsupportedFormat
from .model import Document
from .registry import OLE_MAGIC, Limits, register


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


#: Word/WPS binary files encrypted with CryptoAPI RC4 name their crypto provider in UTF-16.
_CRYPTO_MARKERS = ("Cryptographic Provider".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def looks_encrypted(data: bytes) -> bool:
    """True for an OLE file that carries an encryption header (checked before starting LibreOffice,
    which would otherwise wait for a password until the time bound)."""
    return data[:8] == OLE_MAGIC and any(m in data for m in _CRYPTO_MARKERS)


def convert_to_docx(data: bytes, suffix: str, timeout: float) -> bytes:
    """``data`` converted to docx by LibreOffice headless, in a private profile, under ``timeout``."""
    if looks_encrypted(data):
        raise EncryptedDocument(detail=f"{suffix} with an encryption header")
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
        proc = subprocess.Popen(
            [exe, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, str(src)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
        )
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # soffice forks soffice.bin: stop the whole process group, not just the launcher
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
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
