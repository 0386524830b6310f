"""Findings, the routing decision and the per-file ``AuditResult`` — the JSON result contract.

The contract (README § "Result contract") is extended only by adding keys; codes are never renamed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from extractors.model import Document, Position

from .masking import mask_text, mask_value


class Attribute(StrEnum):
    """政府信息公开属性 — the three values 《公开属性源头认定制度》第三条 allows."""

    PROACTIVE = "主动公开"
    ON_REQUEST = "依申请公开"
    WITHHELD = "不予公开"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Decision(StrEnum):
    """Where a file goes. Precedence error > return > escalate > approve (a suspected secret escalates first: decision.escalate_first)."""

    APPROVE = "approve"  # 待审批：无阻断问题，送局办公室审批
    RETURN = "return"  # 退回承办科室修改
    ESCALATE = "escalate"  # 需报审：密级或公开属性不明确
    ERROR = "error"  # 无法审查，已隔离

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Decision.APPROVE: 0, Decision.ESCALATE: 1, Decision.RETURN: 2, Decision.ERROR: 3}


class Code(StrEnum):
    """Stable finding codes — public identifiers: add, never rename."""

    LABEL_MISSING = "LABEL_MISSING"
    LABEL_INVALID = "LABEL_INVALID"
    LABEL_CONFLICT = "LABEL_CONFLICT"
    LABEL_MISMATCH = "LABEL_MISMATCH"
    MIXED_CONTENT = "MIXED_CONTENT"
    FORWARD_MISMATCH = "FORWARD_MISMATCH"
    PORTAL_MISMATCH = "PORTAL_MISMATCH"  # the web portal's metadata block names another attribute (issue 18)
    SECRET_MARKING = "SECRET_MARKING"
    SECRET_CONTENT = "SECRET_CONTENT"
    PERSONAL_DATA = "PERSONAL_DATA"
    COMMERCIAL_SECRET = "COMMERCIAL_SECRET"
    HIDDEN_CONTENT = "HIDDEN_CONTENT"
    INEFFECTIVE_REDACTION = "INEFFECTIVE_REDACTION"
    REASON_MISSING = "REASON_MISSING"
    REVIEWER_RETURN = "REVIEWER_RETURN"  # 局办公室审核退回 (a person's decision, on the return notice)
    UNREADABLE = "UNREADABLE"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a document, explained and located. ``evidence`` is always masked.

    ``source`` says who found it: ``rule`` (a lexicon or structural rule), ``detector`` (a
    pattern with a checksum) or ``model`` (the classifier). ``explanation`` holds the why: the
    pattern, checksum result, context words and score, or the model's top terms.
    """

    code: str
    severity: Severity
    message: str
    rule: str
    position: Position = field(default_factory=Position)
    evidence: str | None = None
    subtype: str | None = None
    source: str = "rule"
    confidence: float | None = None
    explanation: tuple[tuple[str, Any], ...] = ()
    match_key: str | None = None  # normalised (already masked or hashed) match, for the fingerprint
    visible: bool = True  # False when found in what only a machine reads

    def fingerprint(self, anchor: str) -> str:
        """Stable id for reviewer verdicts: rule + subtype + normalised match + 发文字号/content hash.

        Not a line number, so a resubmitted document keeps its verdicts (detect-secrets' lesson).
        """
        # masked parts: the same fingerprint from the finding in memory and from its (masked) contract
        parts = [self.code, self.subtype or "", self.match_key or _norm(self.evidence or self.message)]
        key = "|".join([*(mask_text(p) for p in parts), anchor])
        return hashlib.sha256(key.encode()).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON; every string masked (``masking.mask_value``)."""
        d: dict[str, Any] = {
            "code": self.code,
            "subtype": self.subtype,
            "severity": str(self.severity),
            "message": self.message,
            "rule": self.rule,
            "position": self.position.to_dict(),
            "evidence": self.evidence,
            "source": self.source,
            "visible": self.visible,
        }
        if self.match_key is not None:  # already masked or hashed; kept so fingerprints survive a round trip
            d["match_key"] = self.match_key
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 3)
        if self.explanation:
            d["explanation"] = {k: v for k, v in self.explanation}
        return mask_value(d)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        return cls(
            code=d["code"],
            severity=Severity(d["severity"]),
            message=d["message"],
            rule=d["rule"],
            position=Position.from_dict(d.get("position")),
            evidence=d.get("evidence"),
            subtype=d.get("subtype"),
            source=d.get("source", "rule"),
            confidence=d.get("confidence"),
            explanation=tuple((d.get("explanation") or {}).items()),
            match_key=d.get("match_key"),
            visible=d.get("visible", True),
        )


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


@dataclass(frozen=True, slots=True)
class Marking:
    """A 公开属性 marking as found: raw text, normalised value (None if invalid), zone, position."""

    text: str
    value: str | None
    zone: str
    position: Position
    style: str = ""  # 版记行 / 附注 / 勾选 / 表单 / 文档属性

    def to_dict(self) -> dict[str, Any]:
        return mask_value({"text": self.text, "zone": self.zone, "position": self.position.to_dict(), "value": self.value,
                           "style": self.style})


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the attribute should be, by a rule (文种, 主送机关 …) or the model. Checks may yield these
    beside findings; a rule's suggestion wins over the model's (the rules are the regulation)."""

    attribute: str
    source: str  # "rule" | "model"
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Opinion:
    """审查意见 per 《保密审查工作制度》第十条: 公开 / 免于公开 / 需报审, with 依据和理由."""

    verdict: str
    basis: tuple[str, ...] = ()
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return mask_value({"verdict": self.verdict, "basis": list(self.basis), "reason": self.reason})


@dataclass(frozen=True, slots=True)
class AuditResult:
    """Everything known about one audited file; ``to_contract`` gives the stable JSON."""

    file: str
    sha256: str | None
    format: str | None
    decision: Decision
    findings: tuple[Finding, ...] = ()
    attribute: str | None = None
    marking: Marking | None = None
    suggested_attribute: str | None = None
    opinion: Opinion | None = None
    document: Document | None = None
    error: str | None = None
    reason: str | None = None  # 不公开/依申请公开理由 as the document or sidecar gives it
    elapsed_ms: float | None = None

    @property
    def anchor(self) -> str:
        """What fingerprints hang on: the 发文字号 when there is one, else the content hash."""
        if self.document is not None and self.document.fields.doc_number:
            return self.document.fields.doc_number
        return self.sha256 or self.file

    def to_contract(self) -> dict[str, Any]:
        """The result contract (README § "Result contract"). The output boundary: every string in
        it — file name, title, 文号, evidence, messages, explanations, reason — is masked, so a
        zoning mistake upstream can never put a full ID, card or phone number into the JSON."""
        doc = self.document
        fields = doc.fields if doc is not None else None
        out: dict[str, Any] = {
            "file": self.file,
            "sha256": self.sha256,
            "format": self.format,
            "attribute": self.attribute,
            "marking": self.marking.to_dict() if self.marking else None,
            "suggested_attribute": self.suggested_attribute,
            "decision": str(self.decision),
            "opinion": self.opinion.to_dict() if self.opinion else None,
            "findings": [dict(f.to_dict(), fingerprint=f.fingerprint(self.anchor)) for f in self.findings],
            "document": {
                "doc_number": fields.doc_number if fields else None,
                "title": mask_text(fields.title) if fields else None,  # a title can run into a 公示's list
                "doc_type": fields.doc_type if fields else None,
                "secrecy": fields.secrecy if fields else None,
                "recipients": list(fields.recipients) if fields else [],
                "department": fields.department if fields else None,
                "page_count": doc.page_count if doc is not None else None,
            },
            "reason": self.reason,
            "error": self.error,
        }
        return mask_value(out)

    @classmethod
    def from_contract(cls, d: dict[str, Any], document: Document | None = None) -> AuditResult:
        """Rebuild from the contract JSON (without the full Document unless given)."""
        m = d.get("marking")
        op = d.get("opinion")
        return cls(
            file=d["file"],
            sha256=d.get("sha256"),
            format=d.get("format"),
            decision=Decision(d["decision"]),
            findings=tuple(Finding.from_dict(f) for f in d.get("findings", ())),
            attribute=d.get("attribute"),
            marking=Marking(m["text"], m.get("value"), m["zone"], Position.from_dict(m.get("position")), m.get("style", "")) if m else None,
            suggested_attribute=d.get("suggested_attribute"),
            opinion=Opinion(op["verdict"], tuple(op.get("basis", ())), op.get("reason", "")) if op else None,
            document=document,
            error=d.get("error"),
            reason=d.get("reason"),
        )
