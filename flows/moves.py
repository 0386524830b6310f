"""Moving files without ever losing or overwriting one: free names, link-then-unlink, write-once.

Shared by the intake (``flows.intake``) and the reviewers' moves (``flows.review_routes``). Every
name made here fits NAME_MAX (``extractors.names.fit_name``).
"""

from __future__ import annotations

import errno
import hashlib
import os
import uuid
from pathlib import Path

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


def link_then_unlink(src: Path, dst: Path) -> None:
    """Move ``src`` to ``dst`` without ever replacing an existing ``dst`` (FileExistsError instead)."""
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
    os.unlink(src)


def transient(e: BaseException) -> bool:
    """A busy ledger or a share hiccup: worth another try."""
    if isinstance(e, OSError):
        return e.errno in _TRANSIENT
    try:
        from sqlalchemy.exc import OperationalError
    except ImportError:  # pragma: no cover
        return False
    return isinstance(e, OperationalError)


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
