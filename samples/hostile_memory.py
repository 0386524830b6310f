"""Memory bombs for ``bench/hostile_bench.py`` and ``tests/extractors/test_hostile.py``.

Each builder returns the bytes of one hostile file (or writes it, for the big text files), fast:
a gigabyte of inflated spaces is one deflate block of 1 MB repeated (a full flush makes blocks
independent, so the same bytes can be concatenated), and the zip around it is written by hand, so a
member can also *lie* about its size (declare 2 KB, inflate to 1 GB).

``CASES`` maps a file name to ``(builder, expected error class name)``; builders that write files
themselves (the large texts, the symlink) take the target path.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path
from typing import Callable

from .hostile import _CT, body, deep_xml_docx

_MB = 1024 * 1024


def deflate_run(total: int, unit: bytes = b" ") -> tuple[bytes, int]:
    """(raw deflate stream inflating to ``total`` bytes of ``unit`` repeated, CRC-32 of those bytes)."""
    block = (unit * (_MB // len(unit) + 1))[:_MB]
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    n, rest = divmod(total, _MB)
    crc = 0
    for _ in range(n):
        crc = zlib.crc32(block, crc)
    tail = b""
    if rest:
        co2 = zlib.compressobj(9, zlib.DEFLATED, -15)
        tail = co2.compress(block[:rest]) + co2.flush(zlib.Z_FULL_FLUSH)
        crc = zlib.crc32(block[:rest], crc)
    return piece * n + tail + b"\x03\x00", crc  # \x03\x00: an empty final block


def _member(name: str, data: bytes) -> tuple[str, bytes, int, int, int, int]:
    """An honest deflated member: (name, compressed, method, crc, declared size, real size)."""
    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    comp = co.compress(data) + co.flush()
    return name, comp, 8, zlib.crc32(data), len(data), len(data)


def raw_zip(members: list[tuple[str, bytes, int, int, int, int]]) -> bytes:
    """A zip from (name, compressed bytes, method, crc, declared size, _) — the declared size may lie."""
    out, central = bytearray(), bytearray()
    for name, comp, method, crc, size, _real in members:
        nb = name.encode("utf-8")
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x21, crc, len(comp), size, len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0, 0x21, crc, len(comp), size,
                               len(nb), 0, 0, 0, 0, 0, off) + nb
    cd_off = len(out)
    out += central
    count = min(len(members), 0xFFFF)  # more needs zip64; zipfile reads the directory by its size anyway
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), cd_off, 0)
    return bytes(out)


def _docx_parts() -> list:
    return [_member("[Content_Types].xml", _CT.encode()),
            _member("word/document.xml", body("<w:p><w:r><w:t>关于做好工作的通知</w:t></w:r></w:p>").encode())]


def mimetype_bomb_docx(gigabytes: float = 1.0) -> bytes:
    """A ~1 MB docx whose first member ``mimetype`` inflates to ``gigabytes`` GB (the probe's file)."""
    size = int(gigabytes * 1024 * _MB)
    comp, crc = deflate_run(size)
    return raw_zip([("mimetype", comp, 8, crc, size, size), *_docx_parts()])


def lying_member_docx(gigabytes: float = 1.0, declared: int = 2048) -> bytes:
    """``word/document.xml`` declares ``declared`` bytes (an innocent ratio) but inflates to ``gigabytes`` GB."""
    size = int(gigabytes * 1024 * _MB)
    comp, _ = deflate_run(size, b"<")
    crc = zlib.crc32(b"<" * declared)  # the CRC of what the header promises: only over-reading finds the lie
    return raw_zip([_member("[Content_Types].xml", _CT.encode()), ("word/document.xml", comp, 8, crc, declared, size)])


def properties_bomb_docx(gigabytes: float = 1.0) -> bytes:
    """``docProps/core.xml`` lies about its size and inflates to ``gigabytes`` GB (read by the properties reader)."""
    size = int(gigabytes * 1024 * _MB)
    comp, _ = deflate_run(size, b" ")
    crc = zlib.crc32(b" " * 4096)
    return raw_zip([*_docx_parts(), ("docProps/core.xml", comp, 8, crc, 4096, size)])


def styles_bomb_docx(gigabytes: float = 1.0) -> bytes:
    """An honest header for ``word/styles.xml`` inflating to ``gigabytes`` GB (the declared ratio gives it away)."""
    size = int(gigabytes * 1024 * _MB)
    comp, crc = deflate_run(size, b" ")
    return raw_zip([*_docx_parts(), ("word/styles.xml", comp, 8, crc, size, size)])


def ofd_bomb(gigabytes: float = 1.0) -> bytes:
    """An OFD whose first page's ``Content.xml`` lies about its size and inflates to ``gigabytes`` GB."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    size = int(gigabytes * 1024 * _MB)
    comp, _ = deflate_run(size, b" ")
    return raw_zip([
        _member("OFD.xml", f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'.encode()),
        _member("Doc_0/Document.xml", f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
                                      "</ofd:Pages></ofd:Document>".encode()),
        ("Doc_0/Pages/Page_0/Content.xml", comp, 8, zlib.crc32(b" " * 4096), 4096, size),
    ])


def many_members_docx(n: int = 300_000) -> bytes:
    """A docx with ``n`` empty members: the central directory alone would become ``n`` Python objects."""
    parts = _docx_parts() + [(f"word/media/{i}.bin", b"", 0, 0, 0, 0) for i in range(n)]
    return raw_zip(parts)


def bzip2_member_docx() -> bytes:
    """``word/document.xml`` compressed with bzip2 (method 12), which inflates a whole block per step."""
    import bz2

    data = body("<w:p><w:r><w:t>通知</w:t></w:r></w:p>").encode()
    return raw_zip([_member("[Content_Types].xml", _CT.encode()), ("word/document.xml", bz2.compress(data), 12,
                                                                     zlib.crc32(data), len(data), len(data))])


def huge_page_count_pdf(pages: int = 200_000) -> bytes:
    """A hand-written PDF with ``pages`` empty pages in one page tree (a few MB)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [" % pages + b" ".join(b"%d 0 R" % (i + 3) for i in range(pages)) + b"] >>"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def deep_ofd(depth: int = 5000) -> bytes:
    """An OFD whose page content nests ``depth`` elements (libxml2 refuses past 256)."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    page = f"<ofd:Page {ns}><ofd:Content>" + "<ofd:PageBlock>" * depth + "</ofd:PageBlock>" * depth + "</ofd:Content></ofd:Page>"
    return raw_zip([
        _member("OFD.xml", f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'.encode()),
        _member("Doc_0/Document.xml", f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
                                      "</ofd:Pages></ofd:Document>".encode()),
        _member("Doc_0/Pages/Page_0/Content.xml", page.encode()),
    ])


_LINE = "关于做好城乡居民养老保险费征缴工作的通知，各县（区）人力资源和社会保障局：请按要求办理。\n".encode("utf-8")


def write_text(path: Path, megabytes: float) -> Path:
    """A UTF-8 text file of ``megabytes`` MB (10⁶ bytes) of ordinary 公文 lines."""
    target = int(megabytes * 1_000_000)
    chunk = _LINE * (_MB // len(_LINE))
    with open(path, "wb") as fh:
        left = target
        while left > 0:
            fh.write(chunk[:left])
            left -= len(chunk)
    return path


def _bytes(build: Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        path.write_bytes(build())
        return path

    return write


def _symlink_to_dev_zero(path: Path) -> Path:
    os.symlink("/dev/zero", path)
    return path


#: file name → (writer taking the target path, expected error class name)
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "mimetype 炸弹.docx": (_bytes(mimetype_bomb_docx), "HostileDocument"),
    "谎报大小 lying member.docx": (_bytes(lying_member_docx), "CorruptDocument"),
    "属性炸弹 core.xml.docx": (_bytes(properties_bomb_docx), "CorruptDocument"),
    "样式炸弹 styles.xml.docx": (_bytes(styles_bomb_docx), "HostileDocument"),
    "成员过多 members.docx": (_bytes(many_members_docx), "HostileDocument"),
    "bzip2 成员.docx": (_bytes(bzip2_member_docx), "HostileDocument"),
    "深层 XML.docx": (_bytes(deep_xml_docx), "CorruptDocument"),
    "OFD 炸弹.ofd": (_bytes(ofd_bomb), "CorruptDocument"),
    "深层 OFD.ofd": (_bytes(deep_ofd), "CorruptDocument"),
    "页数巨大 pages.pdf": (_bytes(huge_page_count_pdf), "HostileDocument"),
    "文本 50MB.txt": (lambda p: write_text(p, 50), "DocumentTooLarge"),
    "文本 200MB.txt": (lambda p: write_text(p, 200), "DocumentTooLarge"),
    "指向 dev-zero.txt": (_symlink_to_dev_zero, "HostileDocument"),
    # not hostile: the largest text the default limit lets through must still fit the memory target
    "文本 上限以内 3.8MB.txt": (lambda p: write_text(p, 3.8), "return"),  # ≈ 1.97 million characters
}


def write_cases(folder: str | Path, names: list[str] | None = None) -> dict[str, str]:
    """Write the cases (all, or ``names``) into ``folder``; returns {file name: expected error class name}."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (write, err) in CASES.items():
        if names is None or name in names:
            write(root / name)
            out[name] = err
    return out
