"""The service root before anything runs on it: it exists, it is ours, its ledger is there, one service holds it.

Checked by ``gongkai watch`` (and the Prefect sweep) before the ledger opens, and by ``review`` /
``report`` / ``train`` before they read it:

* **root** — a path that does not exist is refused unless ``--init`` (a typo must not start an
  empty service beside the real one); a file is refused; an existing empty folder is set up.
* **ledger** — a root with history (the ``.gongkai-root`` marker written once its ledger exists, or files under
  ``work/``, ``approval/``, ``returned/``, ``escalated/``, ``quarantine/``, ``reports/``) but no
  ledger is refused: a silently re-created empty ledger loses every audit, review and duplicate
  link, and strands the claims in ``work/``. ``--rebuild-ledger`` starts a new, empty ledger and
  says what the old one held that is now lost; files found in ``work/`` are listed so they can be
  dropped into the inbox again.
* **one service** — an exclusive ``flock`` on ``.gongkai-service.lock``: a second watcher on the
  same root refuses to start. Scale-out (several services or sweep workers on one root, PostgreSQL
  ledger) says so with ``[service] shared_root = true`` or ``--shared-root``; those take the lock
  shared, so a lone (non-shared) service still cannot join them. The kernel drops the lock when
  the process dies, so a ``kill -9`` never leaves the root locked.
* **modes** — the process's umask is 027: the service creates files 0640 and folders 0750 (the
  ledger 0600, see ``storage.engine``). ``[service] group`` names the group that may read them: the
  product's folders are given to it with the set-group-id bit, so what is created inside inherits it.
"""

from __future__ import annotations

import fcntl
import grp
import json
import os
import re
import stat
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from extractors.errors import ConfigError

#: Written at set-up: its presence says "this root has a history, its ledger must be there".
MARKER = ".gongkai-root"
LOCK = ".gongkai-service.lock"
#: Folders whose content is history (the inbox is not: files there are still waiting).
HISTORY_DIRS = ("work", "approval", "returned", "escalated", "quarantine", "reports")
#: Folders the product creates and owns (the inbox stays as the OA side set it up).
PRIVATE_DIRS = (*HISTORY_DIRS, ".prefect")
UMASK = 0o027
DIR_MODE, FILE_MODE = 0o750, 0o640


def apply_umask() -> int:
    """Files this process creates are 0640 and folders 0750 from now on; returns the previous umask."""
    return os.umask(UMASK)


@dataclass(frozen=True, slots=True)
class RootState:
    """What ``prepare_root`` found and did."""

    root: Path
    created: bool = False
    rebuilt: bool = False
    stranded: tuple[str, ...] = ()  # root-relative files found in work/ (claimed, never routed)
    history: tuple[str, ...] = ()  # what showed the root has been used (folder: file count)

    def describe(self) -> str:
        """The lines to print after a ``--rebuild-ledger`` (empty otherwise)."""
        if not self.rebuilt:
            return ""
        lines = [f"gongkai: 已新建空台账 / started a new, empty ledger under {self.root}.",
                 "  旧台账中的审查记录、审核结论、登记和重复投递关联已无法恢复 / the old ledger's audits, verdicts, "
                 "register entries and duplicate links are lost; routed files and reports stay where they are: "
                 + ", ".join(self.history)]
        if self.stranded:
            lines.append(f"  work/ 中有 {len(self.stranded)} 个已认领未分流的文件，请放回 inbox/ 重新审查 / "
                         f"{len(self.stranded)} claimed file(s) stranded in work/ — move them back to inbox/ to audit them again:")
            lines += [f"    {p}" for p in self.stranded]
        return "\n".join(lines)


def check_root_path(root: Path, *, init: bool = False) -> bool:
    """Refuse a file, a path inside another service root or (without ``init``) a missing path as the root; returns
    True when it was created. A path the system cannot take (too long, ``/proc/self``) is a ConfigError too."""
    from reports.console import safe

    shown = safe(str(root))  # a root's name is printed: an escape sequence in it is shown, never obeyed
    try:
        outer = _enclosing_root(root)
        if outer is not None:
            # a root in another's inbox (which OA can write) or route folders: the outer service takes the inner
            # root's ledger and files for documents to audit
            raise ConfigError(f"服务根目录位于另一个服务根目录之内 / the service root lies inside another service root "
                              f"({safe(str(outer))}): {shown}")
        if root.exists() and not root.is_dir():
            raise ConfigError(f"服务根目录不是文件夹 / the service root is not a folder: {shown}")
        if root.exists():
            return False
        if not init:
            raise ConfigError(f"服务根目录不存在 / the service root does not exist: {shown}；"
                              f"首次使用请加 --init 创建 / pass --init to create it")
        root.mkdir(parents=True, mode=DIR_MODE)
    except OSError as e:
        raise ConfigError(f"无法使用该服务根目录 / cannot use the service root {shown[:200]}: {e.strerror or e}") from None
    return True


def _enclosing_root(root: Path) -> Path | None:
    """The nearest folder above ``root`` that is a service root (it holds the root marker), or None."""
    for parent in Path(os.path.abspath(root)).parents:
        try:
            if (parent / MARKER).is_file():
                return parent
        except OSError:
            continue
    return None


def ledger_exists(root: Path, url: str | None) -> bool:
    """True when the ledger is there: ``<root>/ledger.sqlite3``, or a database with the ledger's tables."""
    from storage.engine import SQLITE_NAME

    if url is None:
        return (root / SQLITE_NAME).is_file()
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import SQLAlchemyError

    from storage.engine import sqlite_path

    if url.startswith("sqlite"):  # a file elsewhere: look, do not let a connect create it
        path = sqlite_path(url)
        return path is None or path.is_file()
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ValueError, ImportError) as e:  # an unknown driver, a malformed URL
        raise ConfigError(f"台账数据库地址无效 / the ledger URL is not usable {_hide_password(url)}: "
                          f"{type(e).__name__}: {_first_line(e)}") from None
    try:
        return inspect(engine).has_table("alembic_version")
    except SQLAlchemyError as e:
        raise ConfigError(f"无法连接台账数据库 / cannot reach the ledger database {_hide_password(url)}: "
                          f"{type(e).__name__}: {_first_line(e)}") from None
    finally:
        engine.dispose()


def _first_line(e: BaseException) -> str:
    """The first line of an error, shortened, with any password the driver quotes back hidden."""
    text = (str(e).splitlines() or [""])[0][:200]
    return _SECRET_PARAM.sub(lambda m: m.group(1) + "***", text)


def history(root: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what shows this root was used, the files stranded in work/) — both root-relative."""
    found = []
    if (root / MARKER).exists():
        found.append(MARKER)
    stranded: list[str] = []
    for d in HISTORY_DIRS:
        n = 0
        for dirpath, _dirs, files in os.walk(root / d):
            for f in files:
                n += 1
                if d == "work":
                    stranded.append((Path(dirpath) / f).relative_to(root).as_posix())
        if n:
            found.append(f"{d}/ ({n})")
    return tuple(found), tuple(sorted(stranded))


def prepare_root(root: str | Path, ledger_url: str | None, *, init: bool = False, rebuild_ledger: bool = False,
                 group: str = "") -> RootState:
    """Check the root before the service opens its ledger; set it up (folders, modes, group).

    Call it holding ``root_lock``; call ``root_ready`` once the ledger is open.
    """
    root = Path(root).resolve() if Path(root).exists() else Path(root).absolute()
    created = check_root_path(root, init=init)
    found: tuple[str, ...] = ()
    stranded: tuple[str, ...] = ()
    rebuilt = False
    if not ledger_exists(root, ledger_url):
        found, stranded = history(root)  # walked only when the ledger is missing
    if found:
        where = ledger_url and _hide_password(ledger_url) or str(root / "ledger.sqlite3")
        if not rebuild_ledger:
            lines = [f"台账不存在，但此根目录已有使用记录 / the ledger is missing ({where}) but this root has a history: "
                     f"{', '.join(found)}.",
                     "自动新建空台账会丢失全部审查记录与重复投递识别 / starting an empty ledger would lose every audit, "
                     "review and duplicate link.",
                     "请从备份恢复台账，或确认后加 --rebuild-ledger 新建空台账 / restore the ledger from a backup, or pass "
                     "--rebuild-ledger to start a new, empty one."]
            if stranded:
                lines.append(f"work/ 中有 {len(stranded)} 个已认领未分流的文件 / {len(stranded)} claimed file(s) stranded in "
                             f"work/: {', '.join(stranded[:10])}{' …' if len(stranded) > 10 else ''}")
            raise ConfigError("\n".join(lines))
        rebuilt = True
    gid = _gid(group)
    for d in (*HISTORY_DIRS, "inbox"):
        (root / d).mkdir(exist_ok=True)
    secure_folders(root, gid)
    return RootState(root=root, created=created, rebuilt=rebuilt, stranded=stranded if rebuilt else (), history=found)


def require_ledger(root: str | Path, ledger_url: str | None) -> Path:
    """For commands that only read a root (review, report, train): the root and its ledger must exist."""
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise ConfigError(f"服务根目录不是文件夹 / the service root is not a folder: {root}")
    if not root.exists():
        raise ConfigError(f"台账不存在：服务根目录 {root} 不存在 / no ledger: the service root {root} does not exist")
    if not ledger_exists(root, ledger_url):
        found, _ = history(root)
        why = (f"；此根目录已有使用记录，台账可能被删除 / this root has a history ({', '.join(found)}): was the ledger deleted? "
               f"`gongkai watch --rebuild-ledger` starts a new one") if found else \
              f"；请先运行 / run `gongkai watch --root {root}` first"
        raise ConfigError(f"台账不存在：{root} 下没有台账 / no ledger under {root}{why}")
    return root


def root_ready(root: Path, ledger_url: str | None, *, group: str = "", created: bool = False) -> None:
    """Once the ledger is open: mark the root as used, and give the new ledger files to the group."""
    write_marker(root, ledger_url, created=created)
    secure_folders(Path(root), _gid(group))


def write_marker(root: Path, ledger_url: str | None, *, created: bool = False) -> None:
    """Record once, after its ledger exists, that this root is in use (and which kind of ledger it has)."""
    p = Path(root) / MARKER
    if p.exists():
        return
    body = {"marked": datetime.now().isoformat(timespec="seconds"), "created_by_init": created,
            "ledger": "postgresql" if ledger_url else "sqlite",
            "note": "gongkai-audit service root; the ledger must exist while this file does"}
    fd = os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(body, fh, ensure_ascii=False)


def secure_folders(root: Path, gid: int | None) -> None:
    """The product's folders 0750 (plus set-group-id and ``gid`` when a group is configured)."""
    mode = DIR_MODE | (0o2000 if gid is not None else 0)
    from .inbox import real_dir

    for d in PRIVATE_DIRS:
        p = real_dir(root / d)  # a link there is replaced: never chmod what it points at
        if not p.is_dir():
            continue
        if gid is not None and p.stat().st_gid != gid:
            os.chown(p, -1, gid)
        if p.stat().st_mode & 0o7777 != mode:
            os.chmod(p, mode)
    if gid is not None:
        from storage.engine import SQLITE_NAME

        # the root too (group and set-group-id only, its other bits stay as set up): the ledger's
        # -wal/-shm files, created later by SQLite, then belong to the group as well
        if root.stat().st_gid != gid:
            os.chown(root, -1, gid)
        if not root.stat().st_mode & 0o2000:
            os.chmod(root, stat.S_IMODE(root.stat().st_mode) | 0o2000)

        for name in (SQLITE_NAME, f"{SQLITE_NAME}-wal", f"{SQLITE_NAME}-shm", MARKER):
            if (root / name).exists() and (root / name).stat().st_gid != gid:
                os.chown(root / name, -1, gid)


def _gid(group: str) -> int | None:
    if not group:
        return None
    try:
        return int(group) if group.isdigit() else grp.getgrnam(group).gr_gid
    except KeyError:
        raise ConfigError(f"service.group：没有这个用户组 / no such group: {group!r}") from None


@contextmanager
def root_lock(root: str | Path, *, shared: bool = False) -> Iterator[None]:
    """Hold the root for this process: exclusive unless ``shared`` (scale-out); refuse when another holds it."""
    path = Path(root) / LOCK
    try:
        fd = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    except OSError as e:  # a root the system will not write in (/proc/self, a read-only mount)
        from reports.console import safe

        raise ConfigError(f"无法在服务根目录中写入 / cannot write in the service root {safe(str(root))[:200]}: "
                          f"{e.strerror or e}") from None
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(
                f"另一个监视服务正在使用此根目录 / another gongkai service is already running on {root}. "
                f"多个服务共用一个根目录（扩展部署）须设置 [service] shared_root = true 或加 --shared-root / "
                f"to run several services on one root (scale-out) set [service] shared_root = true or pass --shared-root "
                f"(on every one of them)") from None
        if not shared:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


#: a password given as a query parameter (libpq's ?password=…, sslpassword=…), or in a driver's message (password=…)
_SECRET_PARAM = re.compile(r"((?:^|[?&\s'\"])(?:ssl)?(?:password|passwd|pwd|passfile)\s*=\s*)[^&\s'\"]*", re.I)


def _hide_password(url: str) -> str:
    """``url`` fit to print: the password in ``user:pw@`` and in any ``?password=`` parameter as ``***``."""
    try:
        from sqlalchemy.engine import make_url

        shown = make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 — only for a message
        return "<ledger url>"
    return _SECRET_PARAM.sub(lambda m: m.group(1) + "***", shown)


def warn(state: RootState) -> None:
    """Print what a rebuild lost (stderr)."""
    text = state.describe()
    if text:
        print(text, file=sys.stderr, flush=True)
