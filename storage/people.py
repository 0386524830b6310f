"""People, console sessions, the append-only audit log and OA submissions, kept in the ledger.

``People(ledger)`` works on the ledger's own database (its sessions, its migrations: ``0003``). It
stores only hashes — an argon2 hash of a person's password, the sha256 of an OA token, the sha256
of a session id — which the caller (``flows.web.auth``) computes; this layer never sees a secret it
could leak. Audit-log entries are only ever inserted: there is no update or delete here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from classifiers.masking import mask_text
from extractors.errors import ConfigError

from .models import AuditLogRow, ClaimRow, SubmissionRow, UserRow, WebSessionRow

#: role → (中文, what it may do)
ROLES: dict[str, str] = {"reviewer": "审核人", "section": "承办科室", "office": "局办公室", "oa": "OA 系统"}
PEOPLE_ROLES = ("reviewer", "section", "office")


def _now() -> datetime:
    t = datetime.now()
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


@dataclass(frozen=True, slots=True)
class User:
    """A person or an OA system as the console and the API see it (no hashes)."""

    id: int
    name: str
    role: str
    section: str | None
    disabled: bool
    webhook: str | None
    created_at: datetime
    has_password: bool = False

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of the audit log."""

    id: int
    at: datetime
    event: str
    actor: str | None
    role: str | None
    ip: str | None
    target: str | None
    detail: str | None


@dataclass(frozen=True, slots=True)
class Submission:
    """One OA submission and, once the service has taken it, its claim."""

    id: str
    user_id: int
    source: str
    file_name: str
    department: str | None
    sha256: str
    size: int
    submitted_at: datetime
    claim_id: str | None
    webhook_state: str | None
    webhook_attempts: int


def _user(r: UserRow) -> User:
    return User(id=r.id, name=r.name, role=r.role, section=r.section, disabled=bool(r.disabled), webhook=r.webhook,
                created_at=r.created_at, has_password=bool(r.password_hash))


def _sub(r: SubmissionRow) -> Submission:
    return Submission(id=r.id, user_id=r.user_id, source=r.source, file_name=r.file_name, department=r.department,
                      sha256=r.sha256, size=r.size, submitted_at=r.submitted_at, claim_id=r.claim_id,
                      webhook_state=r.webhook_state, webhook_attempts=r.webhook_attempts)


class People:
    """Users, sessions, the audit log and submissions in one ledger's database."""

    def __init__(self, ledger) -> None:
        self.ledger = ledger

    # -- users ------------------------------------------------------------------------------------
    def add_user(self, name: str, role: str, *, section: str | None = None, password_hash: str | None = None,
                 token_hash: str | None = None, webhook: str | None = None) -> User:
        """A new user; refused (ConfigError) when the name is taken or the role unknown."""
        if role not in ROLES:
            raise ConfigError(f"未知角色 / unknown role {role!r}; 可选 / known: {', '.join(ROLES)}")
        t = _now()
        row = UserRow(name=name, role=role, section=section, password_hash=password_hash, token_hash=token_hash,
                      webhook=webhook, disabled=False, created_at=t, updated_at=t)
        try:
            with self.ledger.session() as s:
                s.add(row)
                s.flush()
                return _user(row)
        except IntegrityError:
            raise ConfigError(f"用户已存在 / the user already exists: {name}") from None

    def users(self) -> list[User]:
        """Every user, by name."""
        with self.ledger.session() as s:
            return [_user(r) for r in s.execute(select(UserRow).order_by(UserRow.name)).scalars()]

    def user(self, name: str) -> User | None:
        """One user by name (disabled ones too)."""
        with self.ledger.session() as s:
            r = s.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
            return _user(r) if r is not None else None

    def user_by_id(self, user_id: int) -> User | None:
        """One user by id."""
        with self.ledger.session() as s:
            r = s.get(UserRow, user_id)
            return _user(r) if r is not None else None

    def password_hash(self, name: str) -> tuple[User, str] | None:
        """(user, stored argon2 hash) of an enabled person, for the login check; None otherwise."""
        with self.ledger.session() as s:
            r = s.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
            if r is None or r.disabled or not r.password_hash:
                return None
            return _user(r), r.password_hash

    def set_password_hash(self, name: str, password_hash: str) -> None:
        """Replace a person's password hash (``users reset``); their sessions end."""
        self._update(name, password_hash=password_hash)

    def user_by_token(self, token_hash: str) -> User | None:
        """The enabled ``oa`` user whose token hashes to ``token_hash``."""
        with self.ledger.session() as s:
            r = s.execute(select(UserRow).where(UserRow.token_hash == token_hash)).scalar_one_or_none()
            return _user(r) if r is not None and not r.disabled and r.role == "oa" else None

    def set_token_hash(self, name: str, token_hash: str) -> None:
        """Replace an OA user's token hash (``users reset``): the old token stops working."""
        self._update(name, token_hash=token_hash)

    def set_disabled(self, name: str, disabled: bool = True) -> None:
        """Disable (or enable) a user; a disabled user's sessions end at once."""
        self._update(name, disabled=disabled)

    def _update(self, name: str, **values) -> None:
        with self.ledger.session() as s:
            r = s.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
            if r is None:
                raise ConfigError(f"没有这个用户 / no such user: {name}")
            for k, v in values.items():
                setattr(r, k, v)
            r.updated_at = _now()
            s.query(WebSessionRow).filter(WebSessionRow.user_id == r.id).delete()

    # -- sessions ---------------------------------------------------------------------------------
    def create_session(self, id_hash: str, user_id: int, csrf: str, ttl: timedelta, ip: str | None) -> None:
        """Record a console login (the cookie holds the id whose sha256 is ``id_hash``)."""
        t = _now()
        with self.ledger.session() as s:
            s.query(WebSessionRow).filter(WebSessionRow.expires_at < t).delete()  # old ones go as new ones come
            s.add(WebSessionRow(id_hash=id_hash, user_id=user_id, csrf=csrf, created_at=t, expires_at=t + ttl, ip=ip))

    def session(self, id_hash: str) -> tuple[User, str] | None:
        """(user, CSRF token) of a live session of an enabled person; None when expired, unknown or disabled."""
        with self.ledger.session() as s:
            row = s.get(WebSessionRow, id_hash)
            if row is None or row.expires_at < _now():
                return None
            u = s.get(UserRow, row.user_id)
            if u is None or u.disabled or u.role == "oa":
                return None
            return _user(u), row.csrf

    def end_session(self, id_hash: str) -> None:
        """Logout: the session row goes, so the cookie is worthless even if kept."""
        with self.ledger.session() as s:
            s.query(WebSessionRow).filter(WebSessionRow.id_hash == id_hash).delete()

    # -- the audit log ----------------------------------------------------------------------------
    def log(self, event: str, *, actor: str | None = None, role: str | None = None, ip: str | None = None,
            target: str | None = None, detail: str | None = None) -> None:
        """Append one entry (masked: a detail may quote a title or a comment)."""
        with self.ledger.session() as s:
            # the actor too: a failed login records the name as typed, which may be anything (a full ID number)
            s.add(AuditLogRow(at=_now(), event=event, actor=mask_text(actor) if actor else actor, role=role, ip=ip,
                              target=mask_text(target) if target else target,
                              detail=mask_text(detail) if detail else detail))

    def log_entries(self, *, event: str | None = None, actor: str | None = None, limit: int = 200,
                    offset: int = 0) -> tuple[int, list[LogEntry]]:
        """(total, newest first ``limit`` entries), optionally one event kind or one actor."""
        q = select(AuditLogRow)
        n = select(func.count(AuditLogRow.id))
        if event:
            q, n = q.where(AuditLogRow.event == event), n.where(AuditLogRow.event == event)
        if actor:
            actor = mask_text(actor)  # as ``log`` stored it
            q, n = q.where(AuditLogRow.actor == actor), n.where(AuditLogRow.actor == actor)
        with self.ledger.session() as s:
            total = s.execute(n).scalar_one()
            rows = s.execute(q.order_by(AuditLogRow.id.desc()).limit(limit).offset(offset)).scalars()
            return total, [LogEntry(r.id, r.at, r.event, r.actor, r.role, r.ip, r.target, r.detail) for r in rows]

    def recent_failures(self, name: str, ip: str | None, within: timedelta) -> int:
        """Failed logins for ``name`` from ``ip`` in the last ``within`` (the rate limit counts these)."""
        since = _now() - within
        with self.ledger.session() as s:
            return s.execute(select(func.count(AuditLogRow.id)).where(
                AuditLogRow.event == "login_failed", AuditLogRow.actor == mask_text(name), AuditLogRow.ip == ip,
                AuditLogRow.at >= since)).scalar_one()

    # -- OA submissions ---------------------------------------------------------------------------
    def add_submission(self, sub_id: str, user_id: int, source: str, file_name: str, department: str | None,
                       sha256: str, size: int, *, webhook: bool = False) -> Submission:
        """Record a document posted to the API (already written to the inbox at ``source``)."""
        row = SubmissionRow(id=sub_id, user_id=user_id, source=source, file_name=file_name, department=department,
                            sha256=sha256, size=size, submitted_at=_now(), claim_id=None,
                            webhook_state="pending" if webhook else None, webhook_attempts=0)
        with self.ledger.session() as s:
            s.add(row)
            s.flush()
            return _sub(row)

    def submission(self, sub_id: str) -> Submission | None:
        """One submission, with the claim that took it once the service has (looked up and kept)."""
        with self.ledger.session() as s:
            row = s.get(SubmissionRow, sub_id)
            if row is None:
                return None
            if row.claim_id is None:
                claim = s.execute(select(ClaimRow.id).where(
                    ClaimRow.source == row.source, ClaimRow.claimed_at >= row.submitted_at - timedelta(seconds=2),
                    ClaimRow.state != "aborted").order_by(ClaimRow.claimed_at).limit(1)).scalar_one_or_none()
                if claim is not None:
                    row.claim_id = claim
            return _sub(row)

    def webhook_due(self) -> list[Submission]:
        """Submissions whose webhook has not been called successfully yet (nor given up)."""
        with self.ledger.session() as s:
            ids = s.execute(select(SubmissionRow.id).where(SubmissionRow.webhook_state == "pending")).scalars().all()
        return [x for x in (self.submission(i) for i in ids) if x is not None]

    def webhook_attempted(self, sub_id: str, state: str) -> None:
        """One more webhook attempt; ``state`` pending (retry later) | sent | failed (gave up)."""
        with self.ledger.session() as s:
            s.execute(update(SubmissionRow).where(SubmissionRow.id == sub_id).values(
                webhook_state=state, webhook_attempts=SubmissionRow.webhook_attempts + 1))
