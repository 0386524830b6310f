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


def _no_nul(v):
    """A value as the ledger stores it: U+0000 (which PostgreSQL's text refuses, and which means nothing in a name, a
    comment or a sidecar's field) becomes U+FFFD, on every engine alike."""
    if isinstance(v, str):
        return v.replace("\x00", "\ufffd") if "\x00" in v else v
    if isinstance(v, dict):
        return {_no_nul(k): _no_nul(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return type(v)(_no_nul(x) for x in v)
    return v


def _scrub_nul(engine: Engine) -> None:
    """Every statement's parameters without U+0000: a NUL in a sidecar's 密级, a login name or a reviewer's comment is
    then stored (or looked up) as U+FFFD instead of failing the insert on PostgreSQL (a good document quarantined, a
    500 in the console)."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _before(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ARG001
        return statement, _no_nul(parameters)


def _json_dumps(obj) -> str:
    """JSON columns as SQLAlchemy writes them (``json.dumps``), without U+0000 anywhere in them: PostgreSQL keeps the
    escape ``\\u0000`` in a json value and then refuses to read it out as text (a sidecar's 不公开理由 with a NUL, held in
    the result contract, stopped every monthly report that reached it)."""
    import json

    return json.dumps(_no_nul(obj))


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a 60 s busy timeout and ``BEGIN IMMEDIATE``. Neither stores U+0000."""
    if not url.startswith("sqlite"):
        engine = create_engine(url, pool_pre_ping=True, future=True, json_serializer=_json_dumps)
        _scrub_nul(engine)
        return engine
    path = sqlite_path(url)
    if path is not None and path.parent.is_dir():
        secure_sqlite_file(path)
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False}, future=True,
                           json_serializer=_json_dumps)
    _scrub_nul(engine)

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
