"""Moving files without ever losing or overwriting one: free names, link-then-unlink, write-once.

Shared by the intake (``flows.intake``) and the reviewers' moves (``flows.review_routes``). Every
name made here fits NAME_MAX (``extractors.names.fit_name``).

Two processes may move the same file: the service routing a claim while a reviewer's decision moves it, or two
reviewers deciding at once. ``moves_lock`` serialises them: an exclusive ``flock`` on ``.gongkai-moves.lock`` in the
root, held for one compound move (a document, its sidecars, its notice; the state read again after), never for an
audit. It is re-entrant within a thread and excludes other threads too (every outermost holder opens its own
descriptor, and ``flock`` locks belong to the open file, not the process). ``link_then_unlink`` is the second line:
when its source was moved away between its link and its unlink, it takes its own link back instead of leaving a
second name for the file.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from extractors.names import fit_name, split_name

_NO_LINK = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EACCES}
#: I/O errors worth retrying in place (a share hiccup, a busy file); any other error is the file's own.
_TRANSIENT = {errno.EIO, errno.EAGAIN, errno.EBUSY, errno.ETIMEDOUT, errno.ESTALE, errno.EINTR, errno.ENOLCK,
              errno.ECONNRESET, errno.ECONNABORTED, errno.EHOSTUNREACH, errno.ENETUNREACH}


def sha256_file(path: Path) -> str:
    """The sha256 of a file's content."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def free_name(folder: Path, name: str, start: int = 0) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)`` … — the first that does not exist yet; always ≤ NAME_MAX bytes."""
    stem, suffix = split_name(name)
    n = max(1, start + 1)
    while True:
        cand = folder / (fit_name(stem, suffix) if n == 1 else fit_name(stem, f" ({n}){suffix}"))
        if not os.path.lexists(cand):
            return cand
        n += 1


MOVES_LOCK = ".gongkai-moves.lock"
_held = threading.local()
#: ``flock`` refused by the file system (some network shares): said once per root, then moves go on unlocked
_NO_FLOCK = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EINVAL}
_unlocked: set[str] = set()
log = logging.getLogger("gongkai.watch")


@contextmanager
def moves_lock(root: str | Path) -> Iterator[None]:
    """Hold the root's moves lock (blocking) for one compound move; re-entrant within the thread."""
    key = os.path.realpath(root)
    depth: dict[str, int] = _held.__dict__.setdefault("depth", {})
    if depth.get(key):
        depth[key] += 1
        try:
            yield
        finally:
            depth[key] -= 1
        return
    fd = _open_lock(os.path.join(key, MOVES_LOCK))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as e:
            if e.errno not in _NO_FLOCK:
                raise
            # a share without locks: the moves go on unlocked, ``link_then_unlink`` still keeps one name a file
            if key not in _unlocked:
                _unlocked.add(key)
                log.warning("%s: file locks are not supported here (%s); moves are not serialised between processes",
                            key, os.strerror(e.errno))
        depth[key] = 1
        try:
            yield
        finally:
            depth.pop(key, None)
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _open_lock(path: str) -> int:
    """The lock file's descriptor, never through a link: a link planted in its place is replaced by a real file."""
    nofollow = getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC
    for _ in range(3):
        try:
            return os.open(path, os.O_CREAT | os.O_RDWR | nofollow, 0o640)
        except PermissionError:  # made by the service's user, 0640: a reviewer of its group locks it read-only
            return os.open(path, os.O_RDONLY | nofollow)
        except OSError as e:
            if e.errno != errno.ELOOP:
                raise
            os.unlink(path)  # a symbolic link: removed (its target untouched), a real lock file made next round
    raise OSError(errno.ELOOP, "the moves lock keeps being replaced by a link / 移动锁文件被反复替换为链接", path)


class MovedAway(FileNotFoundError):
    """The source was moved by another process between this move's link and its unlink: this move's link was taken
    back, the file is where the other move put it."""


def link_then_unlink(src: Path, dst: Path) -> None:
    """Move ``src`` to ``dst`` without ever replacing an existing ``dst`` (FileExistsError instead).

    When ``src`` is gone at the unlink and the file has another name besides ``dst`` (a mover without the lock
    linked and unlinked it meanwhile), this link is removed again and ``MovedAway`` raised: the file keeps one name.
    """
    try:
        os.link(src, dst, follow_symlinks=False)  # a quarantined link moves as a link, never as its target
    except FileExistsError:
        raise
    except OSError as e:
        if e.errno not in _NO_LINK:
            raise
        # shares without hard links (and folders): check, then rename (only this claim's owner moves this file)
        if os.path.lexists(dst):
            raise FileExistsError(str(dst)) from None
        os.rename(src, dst)
        return
    try:
        os.unlink(src)
    except FileNotFoundError:
        if os.lstat(dst).st_nlink > 1:  # another name holds it: the other mover's; ours goes
            os.unlink(dst)
            raise MovedAway(errno.ENOENT, "moved by another process meanwhile / 文件已被另一进程移走", str(src)) from None
        # the only name left is ours (the source was deleted by hand after the link): the file moved


def transient(e: BaseException) -> bool:
    """A busy ledger or a share hiccup: worth another try."""
    if isinstance(e, OSError):
        return e.errno in _TRANSIENT
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover
        return False
    return isinstance(e, OperationalError)


def ledger_unavailable(e: BaseException) -> bool:
    """The ledger cannot be reached or used for now (PostgreSQL restarting, the network gone, SQLite locked past its
    wait): the work waits for it; no file is quarantined for it."""
    try:
        from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    except ImportError:  # pragma: no cover
        return False
    return isinstance(e, (OperationalError, InterfaceError)) or (isinstance(e, DBAPIError) and e.connection_invalidated)


class LedgerUnavailable(RuntimeError):
    """A step could not reach the ledger after its retries: the lot stops, its claims stay open in ``work/`` and the
    service takes them up again once the ledger answers (``Service.run``)."""


def write_once(path: Path, data: bytes) -> None:
    """Write ``path`` unless it exists (a retried step writes nothing twice, nothing is overwritten)."""
    if os.path.lexists(path):
        return
    tmp = path.with_name(f".{uuid.uuid4().hex[:12]}.part")  # short: the final name may be 255 bytes already
    tmp.write_bytes(data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    except OSError:
        if not os.path.lexists(path):
            os.rename(tmp, path)
            return
    os.unlink(tmp)


def rmdir_quiet(p: Path) -> None:
    try:
        p.rmdir()
    except OSError:
        pass
