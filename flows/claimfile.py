"""What a claim holds: a private, regular copy of the dropped file — the bytes audited are the bytes routed.

Right after the claim's ``rename`` into ``work/<claim>/``, the entry is looked at without following
it (``lstat``, then ``open`` with ``O_NOFOLLOW | O_NONBLOCK`` and ``fstat`` on the descriptor):

* a symbolic link, FIFO, device, socket or folder is **never read**: it is quarantined as it is,
  with ``NotRegularFile`` as the reason (a link to ``/dev/zero`` cannot hang anything, a link to a
  file outside the root never brings that file's text in);
* a regular file is **copied** into a new file of the claim's own (same name, mode and times), and
  hashed while copied. The routed document is that copy: no hard link to a file outside the root,
  and no writer that still holds the original open, can change it after the audit. Hard links are
  therefore simply copied (the other names keep the original inode, untouched).

The original inode waits beside the copy (``.gongkai-original``) until the growth check: when it
changed since the copy (size or mtime), the writer was still at work — the copy is dropped and the
original goes back to the inbox, to be taken again once it has settled (``StillBeingWritten``).
No Prefect and no ledger here: the intake records the moves.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import ContentChanged

#: The original inode, kept in the claim's folder until the growth check passes.
ORIGINAL = ".gongkai-original"
#: The copy being written (renamed over the claimed name when complete).
COPYING = ".gongkai-copy"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Taken:
    """A claimed entry: a regular file's private copy (``kind == "file"``) or what else it is."""

    kind: str  # file | too_large | symlink | fifo | device | socket | directory
    sha256: str | None = None
    size: int = 0
    mtime_ns: int = 0
    original: Path | None = None  # the original inode, while the growth check is pending


def kind_of(mode: int) -> str:
    """``file``, ``symlink``, ``fifo``, ``device``, ``socket`` or ``directory`` for an ``st_mode``."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISDIR(mode):
        return "directory"
    return "device"


def _open_regular(path: Path) -> tuple[int | None, str, os.stat_result | None]:
    """(descriptor, kind, fstat) — the descriptor only for a regular file; never follows, never blocks."""
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        return None, kind_of(st.st_mode), st
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ELOOP:  # swapped for a link between lstat and open
            return None, "symlink", None
        raise
    fst = os.fstat(fd)
    if not stat.S_ISREG(fst.st_mode):  # swapped for something else between lstat and open
        os.close(fd)
        return None, kind_of(fst.st_mode), fst
    return fd, "file", fst


def take_private_copy(path: Path, max_bytes: int | None = None) -> Taken:
    """Replace the claimed ``path`` by a private copy (regular files); say what it is otherwise.

    Crash-safe in the claim's folder: until the final rename ``path`` is the original; the original
    then waits as ``ORIGINAL`` (``restore_original`` puts it back if the copy is missing).
    A file larger than ``max_bytes`` is not copied (``too_large``): a sparse file of a terabyte takes no disk in the
    inbox and would take a terabyte as a copy; it is quarantined as it is.
    """
    fd, kind, fst = _open_regular(path)
    if fd is None:
        return Taken(kind)
    if max_bytes is not None and fst.st_size > max_bytes:
        os.close(fd)
        return Taken("too_large", size=fst.st_size)
    copy = path.parent / COPYING
    h = hashlib.sha256()
    try:
        out = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0),
                      stat.S_IMODE(fst.st_mode) & 0o666 | 0o600)
        try:
            while chunk := os.read(fd, _CHUNK):
                h.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view):]
        finally:
            os.close(out)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    os.utime(copy, ns=(after.st_atime_ns, after.st_mtime_ns))
    original = path.parent / ORIGINAL
    os.rename(path, original)
    os.rename(copy, path)
    return Taken("file", h.hexdigest(), after.st_size, after.st_mtime_ns, original)


def grew(taken: Taken) -> bool:
    """True when the original inode changed after the copy was taken (a writer is still at work)."""
    if taken.original is None:
        return False
    try:
        st = os.lstat(taken.original)
    except FileNotFoundError:
        return False
    return (st.st_size, st.st_mtime_ns) != (taken.size, taken.mtime_ns)


def differs(original: Path, copy: Path) -> bool:
    """True when the original inode no longer matches its copy (size or mtime; the copy carries the
    original's mtime from when it was taken): a writer changed it after the copy."""
    a, b = os.lstat(original), os.lstat(copy)
    return (a.st_size, a.st_mtime_ns) != (b.st_size, b.st_mtime_ns)


def drop_original(taken: Taken) -> None:
    """The growth check passed: the original inode is no longer needed."""
    if taken.original is not None:
        try:
            os.unlink(taken.original)
        except FileNotFoundError:
            pass


def restore_original(work_file: Path) -> bool:
    """After a crash between the two renames of ``take_private_copy``: put the original back. True if it did."""
    original = work_file.parent / ORIGINAL
    if os.path.lexists(work_file) or not os.path.lexists(original):
        return False
    os.rename(original, work_file)
    return True


def sha256_regular(path: Path) -> str:
    """The sha256 of a regular file, read without following a link (``NotRegularFile`` kinds raise ``ContentChanged``)."""
    fd, kind, _ = _open_regular(path)
    if fd is None:
        raise ContentChanged(detail=f"now a {kind}")
    h = hashlib.sha256()
    try:
        while chunk := os.read(fd, _CHUNK):
            h.update(chunk)
    finally:
        os.close(fd)
    return h.hexdigest()


def verify_unchanged(path: Path, sha256: str | None) -> None:
    """Raise ``ContentChanged`` unless ``path`` still holds the audited bytes (``sha256``; None: nothing to check)."""
    if sha256 is None:
        return
    now = sha256_regular(path)
    if now != sha256:
        raise ContentChanged(detail=f"sha256 {sha256[:12]}… → {now[:12]}…")
