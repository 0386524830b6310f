"""The inbox: which files are complete and ready to take, and the folder layout under the root.

A file is taken only when it is complete: not a temporary or lock file (``~$*.docx``, ``*.tmp``,
``.~lock*``, dot-files …), not open in Word (its ``~$`` owner file beside it), and its size and mtime
unchanged for ``settle_seconds``. A document whose OA sidecar has not arrived yet waits up to
``sidecar_wait_seconds`` (counted from its last write) for it. OA systems that publish by writing a
temporary name and renaming it are taken as soon as the rename is seen and settled.

Only regular files are documents. The scanner never follows a link (``lstat``): a symbolic link, a
FIFO, a device, a socket and a folder named like a document (``通知.docx/``) are handed on like a
ready file, and the claim puts them in quarantine with their reason without reading them
(``flows.claimfile``). A name too long to have companions (a 85-character title) is simply a name.

A name whose bytes are not UTF-8 (a Windows share's GBK name copied byte for byte, or plain garbage) cannot be
recorded anywhere: the scanner first renames it in place to a readable one (``extractors.names.readable_name``:
GB18030 when the bytes are that, else U+FFFD for each bad byte) and takes it under that name at a later poll. So is a
name holding a control or format character (a bidi override: ``通知\u202etxt.exe`` shows as ``通知exe.txt``; a
zero-width or line-separator character): each such character becomes ``_`` (``extractors.names.plain_name``), as
the API does for the names it makes, so no report, page or register shows a name that reads as another. And so is a
name holding a full ID, card or phone number (``张三110105194912310026.docx``): it is masked in the name itself
(``张三110105＊＊＊＊＊＊＊＊0026.docx``), since a path is recorded and shown as it is.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from extractors.names import department_folder, department_name, fit_name, plain_name, readable_name, shown, split_name, undecodable
from extractors.sidecar import SUFFIXES as SIDECAR_SUFFIXES
from extractors.sidecar import sidecar_paths

#: Names never taken: Office owner/lock files, partial downloads, editor backups, hidden files.
IGNORED = ("~$*", ".*", "*.tmp", "*.temp", "*.part", "*.partial", "*.crdownload", "*.swp", "*~", "Thumbs.db", "desktop.ini")

ROUTES = {"approve": "approval", "return": "returned", "escalate": "escalated", "error": "quarantine"}
#: A folder with one of these endings is a document that is not a file: quarantined, never walked into.
DOCUMENT_SUFFIXES = (".docx", ".doc", ".pdf", ".ofd", ".txt", ".wps", ".rtf", ".odt")

log = logging.getLogger(__name__)


def rename_from_inbox(src: Path, dst: Path, inbox: Path) -> None:
    """``os.rename(src, dst)`` for ``src`` under ``inbox``, never through a link: each folder between the inbox and
    ``src`` is opened without following links, so a folder swapped for a link after the scan (an account with write
    access to the inbox can do that) moves nothing from outside the root. Such a folder raises FileNotFoundError, as a
    file taken by someone else does: the claim is rolled back and the next scan finds the link and refuses it."""
    rel = src.relative_to(inbox)
    fd = os.open(inbox, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for part in rel.parts[:-1]:
            try:
                nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            except OSError as e:  # ELOOP (a link), ENOTDIR (no longer a folder), ENOENT
                raise FileNotFoundError(f"{part}: {e.strerror}") from None
            os.close(fd)
            fd = nfd
        os.rename(rel.parts[-1], dst, src_dir_fd=fd)
    finally:
        os.close(fd)


def real_folders(root: Path, folder: Path) -> None:
    """``real_dir`` for each folder from ``root`` down to ``folder``: a destination reached through no link."""
    part = root
    for step in folder.relative_to(root).parts:
        part = real_dir(part / step)


def real_dir(p: Path) -> Path:
    """``p``, which must be a folder of the root's own: a symbolic link put there (``approval`` → a folder outside the
    root) is removed (the link only: what it points at is left as it is) and a real folder made in its place, so no
    document is routed through it and no start changes the mode of what it points at."""
    if os.path.islink(p):
        log.warning("根目录中的 %s 是符号链接，已删除链接并新建真实目录 / %s was a symbolic link: replaced by a real folder",
                    p.name, p.name)
        os.unlink(p)
        p.mkdir(mode=0o750)
    return p


def _unreadable(rel: str) -> bool:
    """Whether an inbox path must be renamed before it is taken: not UTF-8, a control or format character in it, or a
    full ID, card or phone number (a path is stored and shown as it is, so the number is masked in the name itself)."""
    return undecodable(rel) or plain_name(rel) != rel or (not undecodable(rel) and _masked(rel) != rel)


def _masked(name: str) -> str:
    """``name`` with any full ID, card or phone number masked, as the OA API masks the names it makes (``＊``: a
    ``*`` is no name on a Windows share)."""
    from classifiers.masking import mask_file_name

    return mask_file_name(name) if any(ch.isdecimal() for ch in name) else name


@dataclass(frozen=True, slots=True)
class Layout:
    """The folders under the service root."""

    root: Path

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    def route_dir(self, decision: str, department: str | None) -> Path:
        """approval/, returned/<科室>/, escalated/ or quarantine/ for a decision.

        The department is data (``extractors.names.department_folder``): one plain folder name, or
        ``_未识别科室`` — the result is always a direct child of ``returned/``.
        """
        base = real_dir(self.root / ROUTES[decision])
        if decision == "return":
            return real_dir(base / department_folder(department))
        return base

    def ensure(self) -> None:
        for d in (self.inbox, self.work, self.reports, *(self.root / r for r in ROUTES.values())):
            real_dir(d).mkdir(parents=True, exist_ok=True)

    def rel(self, p: Path) -> str:
        return p.relative_to(self.root).as_posix()

    def abs(self, rel: str) -> Path:
        return self.root / rel


def ignored(name: str) -> bool:
    """True for temporary, lock and hidden files (``~$a.docx``, ``a.tmp``, ``.~lock.a.docx#``, ``.DS_Store``)."""
    return any(fnmatch.fnmatchcase(name, pat) for pat in IGNORED)


def is_sidecar(path: Path) -> bool:
    return path.suffix.lower() in SIDECAR_SUFFIXES


def department_of(inbox: Path, path: Path) -> str | None:
    """The 承办科室 named by the inbox subfolder the file was dropped in (None at the top level)."""
    parts = path.relative_to(inbox).parts
    return department_name(parts[0]) if len(parts) > 1 else None


def locked_by_office(path: Path) -> bool:
    """Word/WPS keep ``~$<name>`` (the first one or two characters replaced) beside an open document; LibreOffice ``.~lock.<name>#``."""
    n = path.name
    cands = {f"~${n}", f"~${n[1:]}", f"~${n[2:]}" if len(n) > 6 else None, f".~lock.{n}#"}
    # os.path.lexists, not Path.exists: a candidate longer than NAME_MAX raises ENAMETOOLONG there
    return any(c and os.path.lexists(path.parent / c) for c in cands)


@dataclass(frozen=True, slots=True)
class ReadyFile:
    """A complete document in the inbox, with the sidecars that belong to it."""

    path: Path
    department: str | None
    sidecars: tuple[Path, ...] = ()


class InboxScanner:
    """Scans the inbox and says which documents are ready, remembering what it saw last time."""

    def __init__(self, inbox: Path, *, settle: float = 1.0, sidecar_wait: float = 1.5, orphan_after: float = 300.0) -> None:
        self.inbox = inbox
        self.settle = settle
        self.sidecar_wait = sidecar_wait
        self.orphan_after = orphan_after
        #: (size, mtime) each entry had at the last poll, and since when it has had them (this process's clock)
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}
        self.pending: int = 0  # documents seen but not yet ready at the last poll

    def _files(self) -> list[Path]:
        out = []
        for dirpath, dirnames, filenames in os.walk(self.inbox):
            keep = []
            for d in sorted(d for d in dirnames if not ignored(d)):
                # a link to a folder, or a folder named like a document: an entry to refuse, not a subfolder
                if os.path.islink(os.path.join(dirpath, d)) or d.lower().endswith(DOCUMENT_SUFFIXES):
                    out.append(Path(dirpath) / d)
                else:
                    keep.append(d)
            dirnames[:] = keep
            for name in sorted(filenames):
                if not ignored(name):
                    out.append(Path(dirpath) / name)
        named = [self._readable(p) if _unreadable(str(p.relative_to(self.inbox))) else p for p in out]
        return [p for p in named if p is not None]

    def _readable(self, p: Path) -> Path | None:
        """``p`` renamed in place so every part of its inbox path is UTF-8 (a name that is not cannot reach the ledger)
        and holds no control or format character (a name that reads as another).

        A name already taken gets a tag from the original bytes (``通知~1a2b3c4d.docx``). The old folder is removed
        when the move leaves it empty. When the rename fails the entry is left as it is and skipped (None): the next
        poll tries again."""
        rel = p.relative_to(self.inbox)
        parts = [_masked(plain_name(readable_name(x) if undecodable(x) else x)) for x in rel.parts]
        target = self.inbox.joinpath(*parts)
        if os.path.lexists(target):
            stem, ext = split_name(parts[-1])
            tag = hashlib.sha256(os.fsencode(str(rel))).hexdigest()[:8]
            target = target.with_name(fit_name(stem, f"~{tag}{ext}"))
        try:
            if os.path.lexists(target):  # a rename would replace it: nothing in the inbox is ever overwritten
                raise FileExistsError(target.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(p, target)
        except OSError as e:
            log.warning("收件夹中的文件名不是 UTF-8、含控制字符或完整号码，改名失败 / could not rename a name that is not UTF-8 or "
                        "holds a control character or a full number: %s (%s)", shown(_masked(str(rel))), e)
            return None
        log.warning("收件夹中的文件名不是 UTF-8、含控制字符或完整号码，已改为“%s” / renamed a name that is not UTF-8 or "
                    "holds a control character or a full number: %s", target.relative_to(self.inbox),
                    shown(_masked(str(rel))))
        if p.parent != self.inbox:
            try:
                p.parent.rmdir()  # the folder whose name was not UTF-8, when this was its last entry
            except OSError:
                pass
        return target

    def _stable(self, p: Path, now: float, st: os.stat_result) -> bool:
        key = (st.st_size, st.st_mtime_ns)
        prev = self._seen.get(p)
        unchanged = prev is not None and prev[0] == key
        self._seen[p] = (key, prev[1] if unchanged else now)
        return unchanged and self._age(p, now, st) >= self.settle

    def _age(self, p: Path, now: float, st: os.stat_result) -> float:
        """How long ``p`` has not changed: since its mtime, or since this scanner first saw it as it is when that is
        earlier — an mtime ahead of this clock (a share's clock running ahead, ``cp -p`` of a file dated 2099) would
        otherwise keep it waiting for ever."""
        seen = self._seen.get(p)
        return now - min(st.st_mtime, seen[1] if seen is not None else st.st_mtime)

    def poll(self, now: float | None = None) -> tuple[list[ReadyFile], list[Path]]:
        """(documents ready to take, orphaned sidecars to quarantine). Oldest first."""
        now = time.time() if now is None else now
        files = self._files()
        present = set(files)
        stats: dict[Path, os.stat_result] = {}
        for p in files:
            try:
                stats[p] = os.lstat(p)  # never follow a link (a link to /dev/zero, to a file outside the root)
            except OSError:
                present.discard(p)
        stable = {p for p in present if self._stable(p, now, stats[p])}
        self._seen = {p: v for p, v in self._seen.items() if p in present}
        ready: list[tuple[float, ReadyFile]] = []
        claimed_sidecars: set[Path] = set()
        pending = 0
        for p in sorted(present):
            regular = stat.S_ISREG(stats[p].st_mode)
            if is_sidecar(p) and regular:
                continue
            cands = [c for c in sidecar_paths(p) if c in present and stat.S_ISREG(stats[c].st_mode)] if regular else []
            claimed_sidecars.update(cands)
            if p not in stable or locked_by_office(p) or any(c not in stable for c in cands):
                pending += 1
                continue
            if regular and not cands and self._age(p, now, stats[p]) < self.sidecar_wait:
                pending += 1
                continue
            ready.append((stats[p].st_mtime, ReadyFile(p, department_of(self.inbox, p), tuple(cands))))
        lone = [p for p in sorted(present) if is_sidecar(p) and stat.S_ISREG(stats[p].st_mode) and p not in claimed_sidecars]
        orphans = [p for p in lone if p in stable and self._age(p, now, stats[p]) >= self.orphan_after]
        self.pending = pending + sum(1 for p in lone if p not in orphans)
        self.pending_documents = pending
        ready.sort(key=lambda t: (t[0], str(t[1].path)))
        return [r for _, r in ready], orphans
