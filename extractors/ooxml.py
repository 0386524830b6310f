"""Safe access to zip packages (docx, OFD) and their XML parts.

Every bound against hostile input for zip-based formats lives here:

* zip bombs — the sum of the members' declared sizes and each member's compression ratio are
  bounded before anything is inflated, and a member is read at most to its declared size
  (``zipfile`` stops there and checks the CRC), so a lying header cannot inflate more;
* XML entity expansion and XXE — any ``<!DOCTYPE`` / ``<!ENTITY`` anywhere in a part is refused,
  and the parser neither resolves entities, loads DTDs nor touches the network;
* deep nesting — lxml refuses trees deeper than 256 levels unless ``huge_tree`` (off here).
"""

from __future__ import annotations

import io
import zipfile
import zlib

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


def open_package(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open an OOXML/OFD zip with zip-bomb bounds on total size and per-member ratio."""
    if data[:8] == OLE_MAGIC:
        raise EncryptedDocument(detail="OOXML inside an OLE container (EncryptedPackage)")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, NotImplementedError) as e:
        raise CorruptDocument(detail=f"bad zip: {e}") from None
    if len(infos) > 20_000:
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


def read_part(z: zipfile.ZipFile, name: str) -> bytes | None:
    """The bytes of one member, or None when absent; a damaged member is ``CorruptDocument``."""
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
