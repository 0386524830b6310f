"""Engines for the ledger: SQLite in WAL mode under the service root, or any SQLAlchemy URL (PostgreSQL).

SQLite is shared safely by several processes on one machine: WAL lets readers go on while one
writer commits, ``busy_timeout`` waits for the lock instead of failing, and every transaction starts
with ``BEGIN IMMEDIATE`` so two writers never deadlock upgrading a read lock. WAL does not work on a
network share: more than one machine needs PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

#: The ledger's file name under the service root.
SQLITE_NAME = "ledger.sqlite3"


def sqlite_url(root: str | Path) -> str:
    return f"sqlite:///{Path(root).resolve() / SQLITE_NAME}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a 60 s busy timeout and ``BEGIN IMMEDIATE``."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, future=True)
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False}, future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event below issue BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
