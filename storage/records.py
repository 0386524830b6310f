"""Frozen read models the ledger hands out — callers never see SQLAlchemy rows or sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Claim:
    """One file taken from the inbox; paths are relative to the service root."""

    id: str
    worker_id: str
    source: str
    work_path: str
    sidecars: tuple[str, ...]
    department: str | None
    state: str  # claimed | audited | routed | aborted
    sha256: str | None
    run_id: int | None
    route: str | None
    claimed_at: datetime


@dataclass(frozen=True, slots=True)
class Move:
    """One move of one file, recorded as an intent before it happens."""

    id: int
    claim_id: str
    kind: str
    src: str
    dst: str
    state: str  # intent | done | aborted


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding of a run, with the reviewer's verdict on its fingerprint (if any)."""

    fingerprint: str
    code: str
    subtype: str | None
    severity: str
    message: str
    evidence: str | None  # masked
    rule: str
    verdict: str | None = None  # confirmed | dismissed
    reason_code: str | None = None
    reviewer: str | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RunView:
    """One audit run as the review queue and the reports see it."""

    id: int
    claim_id: str
    sha256: str | None
    file_name: str
    department: str | None
    doc_number: str | None
    title: str | None
    decision: str
    attribute: str | None
    suggested_attribute: str | None
    duplicate_of: int | None
    route: str | None
    reports: tuple[str, ...]
    audited_at: datetime
    open_findings: int = 0
    review: str | None = None  # approved | returned (latest document-level review)
    findings: tuple[FindingView, ...] = ()
    state: str | None = None  # review state (storage.review_machine.STATES)
    version: int = 0  # the state's compare-and-set version (0: no reviewer has decided)
    reviewed: bool = False  # a reviewer's decision (not the audit's routing) set the state


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """登记 per 《人社系统政务公开工作资料管理制度》第三条: 公开时间, 公开形式, 主题内容, 文件序号, 公开范围, 审核意见."""

    id: int
    published_on: str  # 公开时间
    form: str  # 公开形式
    subject: str  # 主题内容
    doc_number: str | None  # 文件序号/发文字号
    scope: str  # 公开范围
    opinion: str  # 审核意见
    attribute: str | None
    department: str | None
    reviewer: str
    sha256: str
    run_id: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "公开时间": self.published_on, "公开形式": self.form, "主题内容": self.subject,
            "文件序号": self.doc_number, "公开范围": self.scope, "审核意见": self.opinion,
            "公开属性": self.attribute, "承办科室": self.department, "审核人": self.reviewer,
        }
