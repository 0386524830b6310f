"""One table maps each format to its extractor; the format is sniffed from content, not the name."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from .errors import CorruptDocument, EmptyDocument, RegistryError, UnsupportedFormat
from .model import Document, without_surrogates


class Extractor(Protocol):
    """Turns the bytes of one file into a ``Document``. Raises ``ExtractionError`` on bad input."""

    def __call__(self, data: bytes, *, source: str, sha256: str, limits: "Limits") -> Document: ...


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep one hostile (or merely huge) file from stalling the batch or eating the machine.

    The ``[limits]`` section of the TOML sets them. Sizes are bytes unless the name says otherwise.
    """

    max_bytes: int = 200 * 1024 * 1024  # input file size
    max_unzipped_bytes: int = 300 * 1024 * 1024  # sum of a zip's members (declared, and as inflated)
    max_zip_ratio: float = 200.0  # uncompressed / compressed, per member
    max_part_bytes: int = 64 * 1024 * 1024  # one zip member read (an XML part), as inflated
    # text costs ~110 bytes of memory per byte in the audit (blocks, zones, detectors, report): 4 MB of
    # text (≈ 1.4 million 汉字, ~700 pages) stays near 500 MB; 公文 are a few KB
    max_text_bytes: int = 4 * 1024 * 1024  # a plain-text file, refused before it is decoded
    max_text_chars: int = 2_000_000  # characters extracted from any one document
    max_pages: int = 2000
    max_blocks: int = 200_000
    seconds: float = 60.0  # wall-clock per file (enforced by the caller's worker)
    memory_mb: int = 1536  # address space (RLIMIT_AS) of an audit worker; 0 = no limit (enforced by the caller)

    def __post_init__(self) -> None:
        import math

        for name in ("max_bytes", "max_unzipped_bytes", "max_part_bytes", "max_text_bytes", "max_text_chars",
                     "max_pages", "max_blocks", "max_zip_ratio", "seconds", "memory_mb"):
            # NaN passes every comparison below (and disabled the zip-ratio check); infinity overflows a timer
            v = getattr(self, name)
            if isinstance(v, float) and not math.isfinite(v):
                raise ValueError(f"limits.{name} must be a finite number")
        for name in ("max_bytes", "max_unzipped_bytes", "max_part_bytes", "max_text_bytes", "max_text_chars",
                     "max_pages", "max_blocks"):
            if getattr(self, name) <= 0:
                raise ValueError(f"limits.{name} must be > 0")
        if self.max_zip_ratio <= 1 or self.seconds <= 0:
            raise ValueError("limits.max_zip_ratio must be > 1 and limits.seconds > 0")
        if self.seconds > _MAX_SECONDS:
            raise ValueError(f"limits.seconds must be at most {_MAX_SECONDS} (a day)")
        if self.memory_mb < 0 or 0 < self.memory_mb < 256 or self.memory_mb > _MAX_MEMORY_MB:
            raise ValueError(f"limits.memory_mb must be 0 (no limit) or between 256 and {_MAX_MEMORY_MB}")


#: Upper bounds a limit can be set to: past them a value is a typo (or hostile), and the system calls it feeds
#: (``RLIMIT_AS``, the alarm) overflow.
_MAX_SECONDS = 86_400
_MAX_MEMORY_MB = 1 << 30  # a petabyte of address space

_EXTRACTORS: dict[str, Extractor] = {}


def register(fmt: str) -> Callable[[Extractor], Extractor]:
    """Register ``fn`` as the extractor for ``fmt``; a second registration is an error."""

    def deco(fn: Extractor) -> Extractor:
        if fmt in _EXTRACTORS:
            raise RegistryError(f"extractor {fmt!r} registered twice; known: {sorted(_EXTRACTORS)}")
        _EXTRACTORS[fmt] = fn
        return fn

    return deco


def get(fmt: str) -> Extractor:
    """The extractor for ``fmt``; an unknown one raises ``RegistryError`` listing known formats."""
    _load_builtin()
    try:
        return _EXTRACTORS[fmt]
    except KeyError:
        raise RegistryError(f"no extractor for {fmt!r}; known: {sorted(_EXTRACTORS)}") from None


def known_formats() -> list[str]:
    _load_builtin()
    return sorted(_EXTRACTORS)


_loaded = False


def _load_builtin() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    # Importing registers them; each module keeps its heavy imports lazy.
    from . import docx_extractor, legacy, ofd, pdf_extractor, txt  # noqa: F401


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes, name: str = "") -> str:
    """The format of ``data`` by its content: docx, pdf, ofd, odt, doc, rtf, wps or txt.

    The name is only a tie-breaker for OLE containers (.doc vs .wps, both OLE2) and for
    text; a ``.pdf`` that is really a docx is a docx.
    """
    if not data:
        raise EmptyDocument(detail="0 bytes")
    head = data[:8]
    if data[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _sniff_zip(data)
    if head == OLE_MAGIC:
        # the CFB directory can sit anywhere in the file, so look through all of it (≈ 1 ms per MB)
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            return "docx"  # an encrypted OOXML lives in an OLE container; docx raises Encrypted
        return "wps" if name.lower().endswith(".wps") else "doc"
    if data[:5] == b"{\\rtf":
        return "rtf"
    if head[:4] in (b"PK\x05\x06", b"PK\x07\x08"):
        raise CorruptDocument(detail="empty or spanned zip")
    if _looks_textual(data[:4096]):
        return "txt"
    raise UnsupportedFormat(detail=f"unrecognised content, first bytes {data[:8].hex()}")


def _sniff_zip(data: bytes) -> str:
    import zlib

    from .ooxml import open_zip

    try:
        with open_zip(data) as z:
            names = set(z.namelist())
            # at most 100 bytes inflated: a ``mimetype`` member that inflates to 1 GB is never read whole
            mimetype = z.read_head("mimetype", 100) if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError,
            RuntimeError) as e:  # truncated, bad CRC, unknown compression, encrypted member
        raise CorruptDocument(detail=f"bad zip: {e}") from None
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        return "odt"
    if "[Content_Types].xml" in names:
        raise UnsupportedFormat(
            detail="an Office package that is not a Word document",
            zh="不是 Word 文档（可能是表格或演示文稿），请另存为 docx 或 pdf 后重新提交",
            en="an Office package that is not a Word document; save as docx or pdf",
        )
    raise UnsupportedFormat(detail="a zip archive that is no document format known here")


def utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when ``sample`` reads as BOM-less UTF-16 text, else None.

    Chinese UTF-16 has few zero bytes, so the test is the decode itself: strict, even length, and
    almost all characters CJK, ASCII printable or line ends (binary data fails this quickly).
    """
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError as e:
            if e.start < len(sample) - 4:
                continue
            text = sample[: e.start].decode(enc)
        ok = sum(1 for c in text if c in "\r\n\t" or " " <= c <= "~" or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
        if text and ok >= 0.95 * len(text) and "\x00" not in text:
            return enc
    return None


def _looks_textual(sample: bytes) -> bool:
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in sample:
        return utf16_without_bom(sample) is not None
    for enc in ("utf-8", "gb18030"):
        try:
            sample.decode(enc)
            return True
        except UnicodeDecodeError as e:
            # a multi-byte character cut at the sample's end is still text
            if e.start >= len(sample) - 3:
                return True
    return False


def extract(path: str | Path, *, limits: Limits | None = None, source: str | None = None) -> Document:
    """Read ``path``, sniff its format and extract it into a ``Document``.

    Raises an ``ExtractionError`` subclass for bad input (never another exception for bad bytes).
    """
    limits = limits or Limits()
    p = Path(path)
    from .errors import HostileDocument

    # opened without blocking (a FIFO would wait for a writer) and checked on the descriptor: a link
    # to /dev/zero or a device is refused, and nothing is read past ``max_bytes`` whatever the size says
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise HostileDocument(detail="not a regular file (device, FIFO or socket)",
                                  zh="不是普通文件（设备、管道或套接字），已拒绝", en="not a regular file (device, FIFO or socket)")
        size = st.st_size
        if size > limits.max_bytes:
            raise HostileDocument(detail=f"{size} bytes > limit {limits.max_bytes}")
        if size > limits.max_text_bytes and _text_head(fh.read(4096)):
            # a text file over the text limit is refused from its first bytes, before it is read whole
            raise text_too_large(size, limits)
        fh.seek(0)
        data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:  # grew while being read
        raise HostileDocument(detail=f"over {limits.max_bytes} bytes")
    return extract_bytes(data, source=source or str(path), name=p.name, limits=limits)


def _text_head(head: bytes) -> bool:
    """True when ``sniff`` would call a file starting with ``head`` plain text."""
    if b"%PDF-" in head[:1024] or head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return False
    if head[:8] == OLE_MAGIC or head[:5] == b"{\\rtf":
        return False
    return _looks_textual(head)


def too_much_text(chars: int, limits: Limits) -> Exception:
    """The typed error for a document whose extracted text passes ``limits.max_text_chars``."""
    from .errors import DocumentTooLarge

    return DocumentTooLarge(detail=f"over {chars} characters of text > [limits] max_text_chars = {limits.max_text_chars}",
                            zh=f"文件文字量过大（超过 {limits.max_text_chars} 字的审查上限），请拆分后重新提交",
                            en=f"the document holds more than {limits.max_text_chars} characters of text; split it and resubmit")


def text_too_large(size: int, limits: Limits) -> Exception:
    """The typed error for a plain-text file over ``limits.max_text_bytes``."""
    from .errors import DocumentTooLarge

    mb, cap = size / 2**20, limits.max_text_bytes / 2**20
    return DocumentTooLarge(detail=f"text file {size} bytes > [limits] max_text_bytes = {limits.max_text_bytes}",
                            zh=f"文本文件过大（{mb:.1f} MB，上限 {cap:.1f} MB），请拆分后重新提交",
                            en=f"the text file is too large ({mb:.1f} MB, limit {cap:.1f} MB); split it and resubmit")


def extract_bytes(data: bytes, *, source: str, name: str = "", limits: Limits | None = None) -> Document:
    """Extract a document held in memory (the fuzz tests and the service use this)."""
    limits = limits or Limits()
    fmt = sniff(data, name or source)
    sha = hashlib.sha256(data).hexdigest()
    doc = without_surrogates(get(fmt)(data, source=source, sha256=sha, limits=limits))
    return doc if doc.parts else with_parts(doc)


def with_parts(doc: Document) -> Document:
    """``doc`` with its nested structure (main document, 附件, forwarded original) from its zoned blocks."""
    from dataclasses import replace

    from .zones import document_parts

    return replace(doc, parts=document_parts(doc.blocks))
