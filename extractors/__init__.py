"""File → immutable ``Document``. Public API: ``extract``, ``extract_bytes``, ``sniff``, the model and errors."""

from .errors import (
    AuditError,
    ConfigError,
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ExtractionError,
    ExtractionTimeout,
    HostileDocument,
    NoTextLayer,
    RegistryError,
    UnsupportedFormat,
)
from .model import Block, BlockKind, Document, DocumentPart, GongwenFields, PartKind, Position, Sidecar, Zone
from .registry import Limits, extract, extract_bytes, known_formats, sniff

__all__ = [
    "AuditError", "Block", "BlockKind", "ConfigError", "CorruptDocument", "Document", "DocumentPart", "DocumentTooLarge", "PartKind", "EmptyDocument",
    "EncryptedDocument", "ExtractionError", "ExtractionTimeout", "GongwenFields", "HostileDocument",
    "Limits", "NoTextLayer", "Position", "RegistryError", "Sidecar", "UnsupportedFormat", "Zone",
    "extract", "extract_bytes", "known_formats", "sniff",
]
