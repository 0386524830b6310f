"""Safe access to zip packages (docx, OFD) and their XML parts.

Every bound against hostile input for zip-based formats lives here:

* zip bombs — the central directory's size, the sum of the members' declared sizes and each
  member's compression ratio are bounded before anything is inflated; then every member is read
  through one bounded reader (``Package.read``): in 64 KB steps, never past its declared size nor
  ``Limits.max_part_bytes``, with the ratio and the package total checked on the bytes actually
  inflated. (``ZipFile.read`` would inflate a whole deflate stream in one call before trimming it
  to the declared size: a member declaring 100 bytes could still take 1 GB.) Only stored and
  deflated members are read (bzip2/LZMA inflate a whole block per step; Office never writes them);
* XML entity expansion and XXE — any ``<!DOCTYPE`` / ``<!ENTITY`` anywhere in a part is refused,
  and the parser neither resolves entities, loads DTDs nor touches the network;
* deep nesting — lxml refuses trees deeper than 256 levels unless ``huge_tree`` (off here).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import IO

from lxml import etree

from .errors import CorruptDocument, EncryptedDocument, HostileDocument
from .registry import OLE_MAGIC, Limits

#: No entities, no DTD loading, no network: XML bombs and XXE stop here.
SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
)

#: A member smaller than this is never called a bomb, whatever its ratio (XML compresses 20–50×).
_RATIO_FLOOR_BYTES = 2 * 1024 * 1024


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse one package part safely; a DTD or a malformed part is a typed error."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise HostileDocument(detail=f"{part}: DTD / entity declarations are not allowed")
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise CorruptDocument(detail=f"{part}: {e}") from None
    except ValueError as e:  # e.g. an empty document, or an encoding declaration lxml refuses
        raise CorruptDocument(detail=f"{part}: {e}") from None
    if root is None:
        raise CorruptDocument(detail=f"{part}: empty XML")
    return root


#: Members a package may hold, and the central-directory bytes parsed for them (each entry becomes a
#: Python object: a directory of millions of tiny entries is itself a memory bomb).
MAX_MEMBERS = 20_000
_MAX_DIRECTORY_BYTES = MAX_MEMBERS * 512
_CHUNK = 64 * 1024
_READABLE = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class Package(zipfile.ZipFile):
    """A zip whose members are only ever read bounded (``read``/``read_head``), under ``limits``."""

    def __init__(self, file: IO[bytes], limits: Limits) -> None:
        super().__init__(file)
        self.limits = limits
        self.inflated = 0  # bytes inflated so far, all members

    def read(self, name, pwd=None) -> bytes:  # noqa: ANN001 — ZipFile's signature
        """The whole member, bounded: see the module docstring."""
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        lim = self.limits
        _readable(info)
        if info.file_size > lim.max_part_bytes:
            raise HostileDocument(detail=f"{info.filename}: {info.file_size} bytes > [limits] max_part_bytes = {lim.max_part_bytes}")
        cap = min(info.file_size, lim.max_part_bytes)
        chunks: list[bytes] = []
        got = 0
        with self.open(info, pwd=pwd) as fh:
            while chunk := fh.read(_CHUNK):
                got += len(chunk)
                chunks.append(chunk)
                if got > cap:
                    raise HostileDocument(detail=f"{info.filename} inflates past its declared {info.file_size} bytes")
                if got > _RATIO_FLOOR_BYTES and got / max(info.compress_size, 1) > lim.max_zip_ratio:
                    raise HostileDocument(detail=f"{info.filename}: compression ratio over {lim.max_zip_ratio:.0f}:1 while inflating")
                if self.inflated + got > lim.max_unzipped_bytes:
                    raise HostileDocument(detail=f"more than {lim.max_unzipped_bytes} bytes inflated")
        self.inflated += got
        return b"".join(chunks)

    def read_head(self, name: str, n: int) -> bytes:
        """At most the first ``n`` bytes of a member (the CRC is not checked: the rest is never inflated)."""
        info = self.getinfo(name)
        _readable(info)
        with self.open(info) as fh:
            return fh.read(n)  # read(n) inflates about n bytes; read() would inflate the whole stream first


def _readable(info: zipfile.ZipInfo) -> None:
    if info.compress_type not in _READABLE:
        raise HostileDocument(detail=f"{info.filename}: compression method {info.compress_type} (only stored/deflated are read)")
    if info.flag_bits & 0x1:
        raise EncryptedDocument(detail=f"{info.filename} is encrypted")


def _directory_size(data: bytes) -> int:
    """Bytes of the central directory, from the end record (zip64 included); 0 when there is none."""
    i = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if i < 0:
        return 0
    size = int.from_bytes(data[i + 12:i + 16], "little")
    # zip64: the zip64 end record sits right before its 20-byte locator, itself right before this record
    if size == 0xFFFFFFFF and i >= 76 and data[i - 20:i - 16] == b"PK\x06\x07" and data[i - 76:i - 72] == b"PK\x06\x06":
        size = int.from_bytes(data[i - 76 + 40:i - 76 + 48], "little")
    return size


def open_zip(data: bytes, limits: Limits | None = None) -> Package:
    """``data`` as a ``Package``; a directory too large to parse is refused before it is parsed."""
    if _directory_size(data) > _MAX_DIRECTORY_BYTES:
        raise HostileDocument(detail=f"zip central directory over {_MAX_DIRECTORY_BYTES} bytes")
    return Package(io.BytesIO(data), limits or Limits())


def open_package(data: bytes, limits: Limits) -> Package:
    """Open an OOXML/OFD zip with zip-bomb bounds on total size and per-member ratio."""
    if data[:8] == OLE_MAGIC:
        raise EncryptedDocument(detail="OOXML inside an OLE container (EncryptedPackage)")
    try:
        z = open_zip(data, limits)
        infos = z.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, NotImplementedError) as e:
        raise CorruptDocument(detail=f"bad zip: {e}") from None
    if len(infos) > MAX_MEMBERS:
        raise HostileDocument(detail=f"{len(infos)} zip members")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR_BYTES and ratio > limits.max_zip_ratio:
            raise HostileDocument(detail=f"{info.filename}: compression ratio {ratio:.0f}:1")
        if info.flag_bits & 0x1:
            raise EncryptedDocument(detail=f"{info.filename} is encrypted")
    if total > limits.max_unzipped_bytes:
        raise HostileDocument(detail=f"{total} bytes uncompressed > {limits.max_unzipped_bytes}")
    return z


def read_part(z: Package, name: str) -> bytes | None:
    """The bytes of one member through the bounded reader, or None when absent; a damaged member is ``CorruptDocument``."""
    try:
        return z.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError, RuntimeError) as e:
        # truncated member, mangled deflate stream, bad CRC, unknown compression method, encrypted member
        raise CorruptDocument(detail=f"{name}: {e}") from None


def local(tag: object) -> str:
    """The local name of an lxml tag (``{ns}p`` → ``p``); '' for comments and PIs."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _rels_path(part: str) -> str:
    """Where the relationships of ``part`` live (``word/document.xml`` → ``word/_rels/document.xml.rels``)."""
    head, _, tail = part.rpartition("/")
    return f"{head}/_rels/{tail}.rels" if head else f"_rels/{tail}.rels"


def _relations(z: Package, part: str):
    """The ``Relationship`` elements of ``part`` (``""``: the package's own); none when it has no relationships part."""
    name = _rels_path(part) if part else "_rels/.rels"
    xml = read_part(z, name)
    return parse_xml(xml, name).iter(_REL_NS) if xml is not None else ()


def relationships(z: Package, part: str = "") -> list[tuple[str, str]]:
    """``(type suffix, target part)`` of each internal relationship of ``part`` (``""``: the package's own), targets
    resolved to part names; a target outside the package (``../``, an external link) is not a part and is left out."""
    import posixpath

    base = part.rpartition("/")[0]
    out = []
    for rel in _relations(z, part):
        target, kind = rel.get("Target") or "", (rel.get("Type") or "").rsplit("/", 1)[-1]
        if not target or rel.get("TargetMode") == "External":
            continue
        name = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(base, target))
        if name.startswith("../") or name == ".." or name.startswith("/"):
            continue
        out.append((kind, name))
    return out


def external_targets(z: Package, part: str, kind: str) -> list[str]:
    """The addresses ``part``'s external relationships of type ``kind`` point at (a hyperlink's URL)."""
    return [rel.get("Target") or "" for rel in _relations(z, part)
            if rel.get("TargetMode") == "External" and (rel.get("Type") or "").rsplit("/", 1)[-1] == kind]


def main_part(z: Package, usual: str) -> str:
    """The package's main part as its relationships name it (``officeDocument``): Word opens that one, whatever it is
    called, so a clean decoy at the usual name must not stand in for it. ``usual`` when the package names none."""
    for kind, name in relationships(z):
        if kind == "officeDocument":
            return name
    return usual
