"""Document → findings and a routing decision. Public API: ``audit_path``, ``audit_document``, ``load_config``."""

from .audit import audit_document, audit_path, unreadable
from .config import Config, load_config
from .model import Attribute, AuditResult, Code, Decision, Finding, Marking, Opinion, Severity

__all__ = [
    "Attribute", "AuditResult", "Code", "Config", "Decision", "Finding", "Marking", "Opinion", "Severity",
    "audit_document", "audit_path", "load_config", "unreadable",
]
