"""Engines for the ledger: SQLite in WAL mode under the service root, or any SQLAlchemy URL (PostgreSQL).

SQLite is shared safely by several processes on one machine: WAL lets readers go on while one
writer commits, ``busy_timeout`` waits for the lock instead of failing, and every transaction starts
with ``BEGIN IMMEDIATE`` so two writers never deadlock upgrading a read lock. WAL does not work on a
network share: more than one machine needs PostgreSQL.

The file is private: created 0600 before SQLite first opens it (its ``-wal`` and ``-shm`` files take
the database file's mode), and an existing ledger, WAL and shared-memory file are set to 0600 on
every open. ``secure_delete`` overwrites what a transaction replaces, so a masked value does not
leave the old one behind in a free page.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

#: The ledger's file name under the service root.
SQLITE_NAME = "ledger.sqlite3"
#: Mode of the ledger file and its WAL / shared-memory companions: the service account only.
LEDGER_MODE = 0o600


def sqlite_path(url: str) -> Path | None:
    """The database file of a ``sqlite:///…`` URL (None for memory databases and other engines)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def secure_sqlite_file(path: Path) -> None:
    """Create the ledger file 0600 if it is missing; set it and its -wal/-shm files to 0600."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, LEDGER_MODE))
    except FileExistsError:
        pass
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if p.stat().st_mode & 0o777 != LEDGER_MODE:
                os.chmod(p, LEDGER_MODE)
        except FileNotFoundError:
            pass


def sqlite_url(root: str | Path) -> str:
    return f"sqlite:///{Path(root).resolve() / SQLITE_NAME}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a 60 s busy timeout and ``BEGIN IMMEDIATE``."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, future=True)
    path = sqlite_path(url)
    if path is not None and path.parent.is_dir():
        secure_sqlite_file(path)
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False}, future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event below issue BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
