"""Who is asking: passwords (argon2), OA tokens, signed session cookies, CSRF tokens, the login rate limit.

Secrets never reach the ledger: a password is kept as its argon2 hash, an OA token and a session id
as their sha256. The session cookie is ``<id>.<HMAC-SHA256(key, id)>`` — HttpOnly, SameSite=Strict,
Secure behind TLS — with the key in ``<root>/.gongkai-console.key`` (0600, made on first start), so a
cookie forged without the key is refused before the ledger is asked. Each session carries its own
CSRF token, which every form posts back.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from storage.people import People, User

COOKIE = "gongkai_session"
LOGIN_COOKIE = "gongkai_login"  # the login form's own CSRF token (double submit): there is no session yet
KEY_FILE = ".gongkai-console.key"
SESSION_TTL = timedelta(hours=8)  # one working day
FAILURES_ALLOWED = 5
FAILURE_WINDOW = timedelta(minutes=10)

_hasher = None


def _argon():
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def hash_password(password: str) -> str:
    """The argon2id hash stored for a person."""
    return _argon().hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True when ``password`` matches the stored argon2 hash."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _argon().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """A fresh OA API token (shown once; only its sha256 is stored)."""
    return secrets.token_urlsafe(32)


def sha256(text: str) -> str:
    """Hex sha256 of a token or session id (what the ledger keeps)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_key(root: Path) -> bytes:
    """The console's signing key under the root, created 0600 on first use."""
    path = Path(root) / KEY_FILE
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as fh:
        key = secrets.token_bytes(32)
        fh.write(key)
    return key


@dataclass(frozen=True, slots=True)
class Who:
    """The person behind a request and their session's CSRF token."""

    user: User
    csrf: str
    session_hash: str


class Sessions:
    """Signed cookies backed by ``web_sessions`` rows."""

    def __init__(self, people: People, key: bytes) -> None:
        self.people = people
        self.key = key

    def _sign(self, sid: str) -> str:
        return hmac.new(self.key, sid.encode(), hashlib.sha256).hexdigest()

    def start(self, user: User, ip: str | None) -> str:
        """A new session for ``user``; returns the cookie value."""
        sid = secrets.token_urlsafe(32)
        self.people.create_session(sha256(sid), user.id, secrets.token_urlsafe(32), SESSION_TTL, ip)
        return f"{sid}.{self._sign(sid)}"

    def who(self, cookie: str | None) -> Who | None:
        """The live session a cookie names, or None (unsigned, forged, expired, logged out, user disabled)."""
        if not cookie or "." not in cookie:
            return None
        sid, sig = cookie.rsplit(".", 1)
        if not hmac.compare_digest(sig, self._sign(sid)):
            return None
        h = sha256(sid)
        found = self.people.session(h)
        return Who(found[0], found[1], h) if found is not None else None

    def end(self, who: Who) -> None:
        """Logout."""
        self.people.end_session(who.session_hash)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of the session's CSRF token with the form's."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def rate_limited(people: People, name: str, ip: str | None) -> bool:
    """True when ``name`` has failed ``FAILURES_ALLOWED`` times from ``ip`` within ``FAILURE_WINDOW``."""
    return people.recent_failures(name, ip, FAILURE_WINDOW) >= FAILURES_ALLOWED


def token_user(people: People, authorization: str | None) -> User | None:
    """The OA user of an ``Authorization: Bearer TOKEN`` header, or None."""
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    token = authorization[7:].strip()
    return people.user_by_token(sha256(token)) if token else None
