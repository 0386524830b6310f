"""The ledger's tables (SQLAlchemy 2 declarative): what arrived, what was found, where it went, who decided.

Tables, one per concern:

* ``documents`` — one row per distinct content (sha256): counted once however often it is dropped.
* ``workers`` — each running service process (host, pid, heartbeat): recovery finishes only the work
  of processes that are gone.
* ``claims`` — one file taken from the inbox: ``claimed`` → ``audited`` → ``routed``
  (or ``aborted`` when another process took it first).
* ``moves`` — every move of a file, written as an *intent* before the rename and marked ``done``
  after it, so a restart after ``kill -9`` can finish or roll back what was half-done.
* ``audit_runs`` and ``findings`` — one audit of one claim, the result contract and its findings
  (evidence already masked by the classifiers).
* ``verdicts`` — a reviewer's word on one finding, keyed by ``Finding.fingerprint`` so a resubmitted
  document keeps it; ``reviews`` — a reviewer's word on a whole document (approve / return).
* ``register_entries`` — 政府信息公开登记 per 《保密审查工作制度》: 公开时间, 公开形式, 主题内容,
  文件序号/发文字号, 公开范围, 审核意见.
* ``review_states`` — where each document stands in the review state machine
  (``storage.review_machine``), with the version compare-and-set checks; ``review_decisions`` — the
  append-only history of every decision (person, time, comment, fingerprints, from → to).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    first_run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_name: Mapped[str] = mapped_column(String(512))
    doc_number: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    department: Mapped[str | None] = mapped_column(String(128), nullable=True)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)


class WorkerRow(Base):
    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime)
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    worker_id: Mapped[str] = mapped_column(String(32), index=True)
    source: Mapped[str] = mapped_column(Text)  # inbox-relative path as dropped
    work_path: Mapped[str] = mapped_column(Text)  # root-relative path in the working area
    sidecars: Mapped[list] = mapped_column(JSON, default=list)  # root-relative work paths
    department: Mapped[str | None] = mapped_column(String(128), nullable=True)
    state: Mapped[str] = mapped_column(String(16), index=True)  # claimed | audited | routed | aborted
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    route: Mapped[str | None] = mapped_column(Text, nullable=True)  # root-relative final path
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    routed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class MoveRow(Base):
    __tablename__ = "moves"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # claim | route | sidecar-claim | sidecar-route
    src: Mapped[str] = mapped_column(Text)  # root-relative
    dst: Mapped[str] = mapped_column(Text)  # root-relative
    state: Mapped[str] = mapped_column(String(16), index=True)  # intent | done | aborted
    created_at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AuditRunRow(Base):
    __tablename__ = "audit_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id"), unique=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    file_name: Mapped[str] = mapped_column(String(512))
    department: Mapped[str | None] = mapped_column(String(128), nullable=True)
    doc_number: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    attribute: Mapped[str | None] = mapped_column(String(16), nullable=True)
    suggested_attribute: Mapped[str | None] = mapped_column(String(16), nullable=True)
    anchor: Mapped[str] = mapped_column(String(128))
    duplicate_of: Mapped[int | None] = mapped_column(Integer, nullable=True)  # earlier run, same sha256
    contract: Mapped[dict] = mapped_column(JSON)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)  # visible text, for retraining
    reports: Mapped[list] = mapped_column(JSON, default=list)  # root-relative report paths
    elapsed_ms: Mapped[float | None] = mapped_column(Float, nullable=True)
    audited_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class FindingRow(Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("audit_runs.id"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(40))
    subtype: Mapped[str | None] = mapped_column(String(64), nullable=True)
    severity: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)  # masked
    rule: Mapped[str] = mapped_column(String(128))


class VerdictRow(Base):
    __tablename__ = "verdicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(40), index=True)
    verdict: Mapped[str] = mapped_column(String(16))  # confirmed | dismissed
    reason_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewer: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # run it was given on


class ReviewRow(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    run_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # approved | returned
    attribute: Mapped[str | None] = mapped_column(String(16), nullable=True)  # reviewer-confirmed 公开属性
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewer: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class RegisterEntryRow(Base):
    """登记: one published (or withheld) document, as the 公开登记表 lists it."""

    __tablename__ = "register_entries"
    __table_args__ = (UniqueConstraint("sha256", name="uq_register_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64))
    run_id: Mapped[int] = mapped_column(Integer)
    published_on: Mapped[str] = mapped_column(String(10), index=True)  # 公开时间 YYYY-MM-DD
    form: Mapped[str] = mapped_column(String(64))  # 公开形式
    subject: Mapped[str] = mapped_column(Text)  # 主题内容
    doc_number: Mapped[str | None] = mapped_column(String(128), nullable=True)  # 文件序号/发文字号
    scope: Mapped[str] = mapped_column(String(64))  # 公开范围
    opinion: Mapped[str] = mapped_column(Text)  # 审核意见
    attribute: Mapped[str | None] = mapped_column(String(16), nullable=True)
    department: Mapped[str | None] = mapped_column(String(128), nullable=True)
    reviewer: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewStateRow(Base):
    """One document's place in the review state machine; ``version`` is what compare-and-set checks."""

    __tablename__ = "review_states"

    doc_key: Mapped[str] = mapped_column(String(80), primary_key=True)  # sha256, or run:<id>
    run_id: Mapped[int] = mapped_column(Integer)  # the run the state concerns (latest audit)
    state: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer)
    attribute: Mapped[str | None] = mapped_column(String(16), nullable=True)  # confirmed 公开属性
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReviewDecisionRow(Base):
    """Append-only: every review decision, never updated or deleted."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_key: Mapped[str] = mapped_column(String(80), index=True)
    run_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)  # the document's version after the decision
    reviewer: Mapped[str] = mapped_column(String(128), index=True)  # the named person who decided
    os_user: Mapped[str | None] = mapped_column(String(128), nullable=True)  # logged, not the reviewer
    decided_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    attribute: Mapped[str | None] = mapped_column(String(16), nullable=True)
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why the override
    fingerprints: Mapped[list] = mapped_column(JSON, default=list)  # the findings the decision covers


Index("ix_moves_claim_kind", MoveRow.claim_id, MoveRow.kind)


class UserRow(Base):
    """A person (reviewer, section, office) or an OA system (``oa``) allowed to use the console or the API."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # reviewer | section | office | oa
    section: Mapped[str | None] = mapped_column(String(128), nullable=True)  # 科室 of a section user
    password_hash: Mapped[str | None] = mapped_column(Text, nullable=True)  # argon2 (people only)
    token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)  # sha256 (oa only)
    webhook: Mapped[str | None] = mapped_column(Text, nullable=True)  # oa: called when a submission is done
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WebSessionRow(Base):
    """A console login: the cookie carries the id, the ledger keeps its sha256, the CSRF token and the expiry."""

    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditLogRow(Base):
    """Append-only: every login (ok or failed), decision, export and API submission — never updated or deleted."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    event: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    role: Mapped[str | None] = mapped_column(String(16), nullable=True)
    ip: Mapped[str | None] = mapped_column(String(64), nullable=True)
    target: Mapped[str | None] = mapped_column(Text, nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)  # masked


class SubmissionRow(Base):
    """One document an OA system posted to the API: where it was put in the inbox, and the claim that took it."""

    __tablename__ = "api_submissions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, index=True)
    source: Mapped[str] = mapped_column(Text)  # root-relative path it was written to (inbox/…) (the claim's ``source``)
    file_name: Mapped[str] = mapped_column(String(512))
    department: Mapped[str | None] = mapped_column(String(128), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    submitted_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    claim_id: Mapped[str | None] = mapped_column(String(32), nullable=True)  # filled once the service took it
    webhook_state: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)  # pending | sent | failed
    webhook_attempts: Mapped[int] = mapped_column(Integer, default=0)


Index("ix_claims_source", ClaimRow.source)
